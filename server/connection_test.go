package server_test

import "encoding/json"

// nodes decodes a connection's edges { node { … } } as the list of its
// nodes, so that a test reads a paged list as it reads a plain one.
type nodes[T any] []T

func (n *nodes[T]) UnmarshalJSON(b []byte) error {
	var c struct {
		Edges []struct{ Node T }
	}
	if err := json.Unmarshal(b, &c); err != nil {
		return err
	}
	*n = make(nodes[T], 0, len(c.Edges))
	for _, e := range c.Edges {
		*n = append(*n, e.Node)
	}
	return nil
}
