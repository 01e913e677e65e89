//go:build amd64 && !purego

package parse

import "golang.org/x/sys/cpu"

// hasAVX2 says whether addDense may use addDenseAVX2.
var hasAVX2 = cpu.X86.HasAVX2

// addDenseAVX2 adds the dense rows at word offsets rows (at most
// denseBatch) of dense, a table's w.dense, to scores[0:128]: 16 classes
// at a time, where addDense4 adds 8 in two 64-bit words. The classes past
// a table's own add 0 (their bytes are 128, and 128 is taken off each).
//
//go:noescape
func addDenseAVX2(scores *scoreArray, dense *uint64, rows []int32)
