//go:build !purego

package parse

import "golang.org/x/sys/cpu"

// hasDenseAsm says whether addDenseAVX2 runs here.
var hasDenseAsm = cpu.X86.HasAVX2

// addDenseAVX2 adds to scores the weights of each of rows, offsets in
// words into the dense rows that dense points to (denseWords words each,
// a byte a class holding its weight+128). It needs AVX2 (hasDenseAsm).
//
//go:noescape
func addDenseAVX2(scores *scoreArray, dense *uint64, rows []int32)
