package extract

import "github.com/polgraph/polgraph"

type relation struct{}

func (d *doc) findRelations()                    {}
func (d *doc) outRelations() []polgraph.Relation { return []polgraph.Relation{} }
