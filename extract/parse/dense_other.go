//go:build !amd64 || purego

package parse

// hasDenseAsm says whether addDenseAVX2 runs here: it does not.
var hasDenseAsm = false

func addDenseAVX2(scores *scoreArray, dense *uint64, rows []int32) {
	panic("parse: addDenseAVX2 without AVX2")
}
