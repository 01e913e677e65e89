package loader

// Memory a process that extracts articles needs, for MemoryLimit.
const (
	// memoryBase holds the extraction models (about 22 MB live) and the
	// runtime's own; the collector's room to work is what the window's
	// share leaves. At 32 MiB a short article's extraction peaked at 77 MB
	// of RSS, at 24 MiB at 68 MB for 4 more collections; at 16 MiB the
	// collector ran without pause (BENCHMARKS.md, issue 15, fourth pass).
	// 20 MiB since the models shrank by 4 MB: as many collections as 24
	// MiB took before, and 66 MB (BENCHMARKS.md, "Models that load lighter").
	memoryBase = 20 << 20
	// extractionWork is what one extraction works with besides the text and
	// its results: one window of text (extract.windowBytes, 512 KiB) at about
	// 48 bytes of tokens, mentions and parses a byte.
	extractionWork = 24 << 20
)

// largeArticle is the length of text over which an article is written
// without waiting for a whole batch: what is extracted from it takes as
// much memory as a batch of a hundred ordinary articles.
const largeArticle = 1 << 20

// MemoryLimit is a soft memory limit (runtime/debug.SetMemoryLimit) under
// which workers extractions at a time of articles of up to largest bytes
// fit: the base, each extraction's window of work, and the largest article
// and three quarters again: its text, what is extracted from it until it
// is written (in its compact form the live heap grew by 7 MiB over a 50 MB
// article's windows) and the collector's room. Under it, the garbage
// collector collects before the heap doubles, as it otherwise would once
// more than the base is live. Twice the article, as before, gave a 50 MB
// one's heap room it did not use (peak RSS 175 MB, now 164 MB, for 2% more
// CPU); at 1.6 times the collector ran without pause and peak RSS rose
// (BENCHMARKS.md, "Work and memory per article", sixth pass).
func MemoryLimit(largest int64, workers int) int64 {
	return memoryBase + int64(max(workers, 1))*extractionWork + largest + largest*3/4
}
