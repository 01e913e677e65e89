// Command train trains polgraph's part-of-speech tagger, lemmatizer and
// dependency parser on UD_English-EWT and UD_English-GUM, reports their
// accuracy and writes the model that package extract/parse embeds.
package main

import (
	"github.com/polgraph/polgraph/internal/modelio"

	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"

	"github.com/polgraph/polgraph/extract/parse"
	"github.com/polgraph/polgraph/extract/parse/conllu"
)

func main() {
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		log.Error("train", "err", err)
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// run reads the command line args, trains the tagger, lemmatizer and
// parser (or prunes a model) and writes the model, reporting to stdout.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		ewtDir   = fs.String("ewt", "", "UD_English-EWT directory (required)")
		gumDir   = fs.String("gum", "", "UD_English-GUM directory (optional)")
		exclude  = fs.String("exclude", "extract/parse/data/gum-excluded.txt", "GUM documents never to train on, one per line")
		gumNC    = fs.Bool("gum-nc", false, "also train on GUM's non-commercially licensed genres (fiction, wikiHow)")
		dataOnly = fs.Bool("data-only", false, "report what would be trained on, and stop")
		from     = fs.String("from", "", "instead of training, prune this model by -tagger-min-q and -parser-min-q, score it and write it")
		out      = fs.String("out", "extract/parse/model/en_ud.model.gz", "model file to write")
		opt      parse.TrainOptions
		seed     = fs.Uint64("seed", 1, "random seed: the same data and seed give the same model")
		workers  = fs.Int("workers", runtime.GOMAXPROCS(0), "goroutines for the jackknife and evaluation")
		explore  = fs.Float64("explore", 0.9, "how often the parser follows its own transitions once exploring")
		tagEpoch = fs.Int("tagger-epochs", 10, "most tagger epochs (the best on EWT dev is kept)")
		parEpoch = fs.Int("parser-epochs", 15, "most parser epochs (the best on EWT dev is kept)")
		prune    parse.PruneOptions
	)
	fs.IntVar(&opt.Folds, "folds", 5, "jackknife folds for the parser's training tags")
	fs.IntVar(&opt.MinCount, "min-count", 2, "drop features seen fewer times in training")
	fs.IntVar(&opt.TaggerMinQ, "tagger-min-q", 1, "drop tagger features whose weights are all under this many quantisation steps")
	fs.IntVar(&opt.ParserMinQ, "parser-min-q", 1, "drop parser features whose weights are all under this many quantisation steps")
	fs.IntVar(&prune.TaggerSparseQ, "tagger-sparse-q", 1, "with -from: drop the weights under this many quantisation steps from the tagger's sparse rows (fewer than 24 weights)")
	fs.IntVar(&prune.ParserSparseQ, "parser-sparse-q", 1, "with -from: likewise for the parser")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("parse flags: %w", err)
	}
	if *ewtDir == "" {
		fs.Usage()
		return fmt.Errorf("-ewt is required: %w", flag.ErrHelp)
	}
	opt.Seed, opt.Workers, opt.Explore, opt.TaggerEpochs, opt.ParserEpochs = *seed, *workers, *explore, *tagEpoch, *parEpoch
	start := time.Now()

	ewt, err := loadEWT(*ewtDir)
	if err != nil {
		return fmt.Errorf("load EWT: %w", err)
	}
	ewt.report(stdout)
	train := ewt.train
	var gumTest []conllu.Sentence
	if *gumDir != "" {
		excluded, err := readExcluded(*exclude)
		if err != nil {
			return err // readExcluded names its step
		}
		gum, err := loadGUM(*gumDir, excluded, *gumNC)
		if err != nil {
			return fmt.Errorf("load GUM: %w", err)
		}
		gum.report(stdout)
		train = append(train[:len(train):len(train)], gum.train...)
		gumTest = gum.test
	}
	temporal := temporalLemmas(ewt.train)
	for _, ss := range [][]conllu.Sentence{ewt.train, ewt.dev, ewt.test} {
		restoreUnmarked(ss, nil)
	}
	for _, ss := range [][]conllu.Sentence{train[len(ewt.train):], gumTest} {
		restoreUnmarked(ss, temporal)
	}
	fmt.Fprintf(stdout, "training on %d sentences, %d words; %d temporal lemmas tell obl:tmod from obl:npmod\n",
		len(train), countWords(train), len(temporal))
	if *dataOnly {
		return nil
	}

	var p *parse.Parser
	if *from != "" {
		p, err = loadModel(*from)
		if err != nil {
			return fmt.Errorf("load model to prune: %w", err)
		}
		prune.TaggerMinQ, prune.ParserMinQ = opt.TaggerMinQ, opt.ParserMinQ
		p = p.Prune(prune)
	} else if p, err = parse.Train(ctx, train, ewt.dev, opt, stdout); err != nil {
		return fmt.Errorf("train: %w", err)
	}
	trained := time.Since(start)

	fmt.Fprintf(stdout, "EWT dev:  %s\n", p.Evaluate(ewt.dev, *workers))
	fmt.Fprintf(stdout, "EWT test: %s\n", p.Evaluate(ewt.test, *workers))
	if gumTest != nil {
		fmt.Fprintf(stdout, "GUM test: %s\n", p.Evaluate(gumTest, *workers))
	}
	if err := modelio.WriteFile(*out, p.Save); err != nil {
		return err // "write model PATH: ..."
	}
	info, err := os.Stat(*out)
	if err != nil {
		return fmt.Errorf("stat model %s: %w", *out, err)
	}
	fmt.Fprintf(stdout, "wrote %s (%.1f MB); training took %s\n", *out, float64(info.Size())/1e6, trained.Round(time.Second))
	return nil
}

func loadModel(path string) (*parse.Parser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	defer f.Close()
	p, err := parse.Load(f)
	if err != nil {
		return nil, fmt.Errorf("read model %s: %w", path, err)
	}
	return p, nil
}

func countWords(ss []conllu.Sentence) int {
	n := 0
	for _, s := range ss {
		n += s.Len()
	}
	return n
}
