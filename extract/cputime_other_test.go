//go:build !unix

package extract

// userCPU is not measured here: BenchmarkExtract reports no CPU figures.
func userCPU() float64 { return 0 }
