//go:build !amd64 || purego

package parse

// hasAVX2 says whether addDense may use addDenseAVX2: never here.
var hasAVX2 = false

func addDenseAVX2(*scoreArray, *uint64, []int32) { panic("parse: no AVX2") }
