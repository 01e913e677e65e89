//go:build unix

package extract

import "syscall"

// userCPU is the user CPU time the process has used, in seconds. On a
// shared machine the wall time of a benchmark swings with the other jobs;
// the CPU time the work itself takes swings far less.
func userCPU() float64 {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0
	}
	return float64(u.Utime.Sec) + float64(u.Utime.Usec)/1e6
}
