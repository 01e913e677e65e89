package main

import (
	"github.com/polgraph/polgraph/internal/modelio"

	"context"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/polgraph/polgraph/extract/entity"
)

// options are the command's flags.
type options struct {
	gumDir    string
	trainList string
	notTrain  string
	exclude   string
	gumNC     bool
	unerDir   string
	unerTrain bool
	out       string
	dump      string
	heldout   string
	train     entity.TrainOptions
}

// run reads the command line args, trains the tagger and writes it (or,
// with -heldout, writes the held-out corpus), reporting to stdout.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var o options
	fs := flag.NewFlagSet("train-entity", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.gumDir, "gum", "", "GUM repository clone (https://github.com/amir-zeldes/gum): coref/gum/tsv, dep and splits.md (required)")
	fs.StringVar(&o.trainList, "train-list", "", "documents to train on, one a line (default: the train section of GUM's splits.md)")
	fs.StringVar(&o.notTrain, "not-train", "", "comma-separated lists of further documents never to train on (UD's files.dev, files.test)")
	fs.StringVar(&o.exclude, "exclude", "extract/parse/data/gum-excluded.txt", "documents of polgraph's evaluation, never trained on")
	fs.BoolVar(&o.gumNC, "gum-nc", false, "also train on the genres whose texts GUM licenses for non-commercial use only")
	fs.StringVar(&o.unerDir, "uner", "", "UNER_English-EWT directory: en_ewt-ud-train.iob2 is trained on (see -uner-train), en_ewt-ud-dev.iob2 chooses the epoch, en_ewt-ud-test.iob2 is reported")
	fs.BoolVar(&o.unerTrain, "uner-train", true, "also train on -uner's en_ewt-ud-train.iob2")
	fs.StringVar(&o.out, "out", "extract/entity/model/en_ner.model.gz", "model file to write")
	fs.StringVar(&o.dump, "dump", "", "also write the GUM training names to this file, as IOB2, to check the conversion")
	fs.StringVar(&o.heldout, "heldout", "", "write GUM's test split less news and reddit to this folder as the evaluation scorer's corpus (input and gold JSON), and train nothing")
	fs.StringVar(&o.train.Scheme, "scheme", entity.SchemeBILOU, "tagging scheme: BIO or BILOU")
	fs.IntVar(&o.train.Epochs, "epochs", 12, "most epochs (the best on the dev data is kept)")
	fs.Uint64Var(&o.train.Seed, "seed", 1, "random seed: the same data and seed give the same model")
	fs.IntVar(&o.train.MinCount, "min-count", 1, "drop features seen fewer times in training")
	fs.Float64Var(&o.train.Lowercase, "lowercase", 0, "share of training sentences also trained on in lower case (0: UNER EWT brings web text that drops capitals; lower-case copies made the tagger deny capitalised names)")
	fs.Float64Var(&o.train.Uppercase, "uppercase", 0.05, "share of training sentences also trained on in capitals")
	fs.BoolVar(&o.train.Gazetteer, "gazetteer", true, "train with the hints of polgraph's gazetteer")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("parse flags: %w", err)
	}
	if o.gumDir == "" {
		fs.Usage()
		return fmt.Errorf("-gum is required: %w", flag.ErrHelp)
	}
	if o.heldout != "" {
		if err := writeHeldout(o.gumDir, o.heldout, stdout); err != nil {
			return fmt.Errorf("write held-out corpus: %w", err)
		}
		return nil
	}
	start := time.Now()

	data, err := loadGUM(o, stdout)
	if err != nil {
		return fmt.Errorf("load GUM: %w", err)
	}
	dev := data.dev
	var unerDev, unerTest []entity.Sentence
	if o.unerDir != "" {
		if unerDev, err = readIOB2(filepath.Join(o.unerDir, "en_ewt-ud-dev.iob2")); err != nil {
			return fmt.Errorf("read UNER dev: %w", err)
		}
		if unerTest, err = readIOB2(filepath.Join(o.unerDir, "en_ewt-ud-test.iob2")); err != nil {
			return fmt.Errorf("read UNER test: %w", err)
		}
		fmt.Fprintf(stdout, "UNER EWT: dev %d sentences, %d names; test %d sentences, %d names (evaluation only)\n",
			len(unerDev), countSpans(unerDev), len(unerTest), countSpans(unerTest))
		if o.unerTrain {
			unerTrain, err := readIOB2(filepath.Join(o.unerDir, "en_ewt-ud-train.iob2"))
			if err != nil {
				return fmt.Errorf("read UNER train: %w", err)
			}
			fmt.Fprintf(stdout, "UNER EWT train: %d sentences, %d names used\n", len(unerTrain), countSpans(unerTrain))
			data.train = append(data.train, unerTrain...)
		}
		dev = unerDev
	}
	if o.dump != "" {
		if err := writeIOB2(o.dump, data.train); err != nil {
			return fmt.Errorf("dump training names: %w", err)
		}
	}
	gumDev := slices.Clone(data.dev)
	o.train.EpochDone = func(epoch int, t *entity.Tagger) {
		if o.unerDir != "" {
			fmt.Fprintf(stdout, "  epoch %d GUM dev: %s\n", epoch, t.Evaluate(gumDev))
		}
	}
	t, err := entity.Train(ctx, data.train, dev, o.train, stdout)
	if err != nil {
		return fmt.Errorf("train: %w", err)
	}
	if o.unerDir != "" {
		fmt.Fprintf(stdout, "UNER EWT dev:  %s\n", t.Evaluate(unerDev))
		fmt.Fprintf(stdout, "UNER EWT test: %s\n", t.Evaluate(unerTest))
	}
	fmt.Fprintf(stdout, "GUM dev named mentions: %s\n", t.Evaluate(data.dev))
	if err := modelio.WriteFile(o.out, t.Save); err != nil {
		return err // "write model PATH: ..."
	}
	info, err := os.Stat(o.out)
	if err != nil {
		return fmt.Errorf("stat model %s: %w", o.out, err)
	}
	fmt.Fprintf(stdout, "wrote %s (%.2f MB) in %s\n", o.out, float64(info.Size())/1e6, time.Since(start).Round(time.Second))
	return nil
}

// gumData is GUM's training and dev sentences.
type gumData struct {
	train, dev []entity.Sentence
}

// loadGUM reads the training documents (the train list, less news, dev,
// test, polgraph's evaluation documents, reddit, and unless -gum-nc the
// non-commercial genres) and the dev split, and says what it used and
// left out.
func loadGUM(o options, w io.Writer) (gumData, error) {
	splits, err := readSplits(o.gumDir)
	if err != nil {
		return gumData{}, err
	}
	trainDocs := splits["train"]
	trainFrom := filepath.Join(o.gumDir, "splits.md")
	if o.trainList != "" {
		if trainDocs, err = readList(o.trainList); err != nil {
			return gumData{}, err
		}
		trainFrom = o.trainList
	}
	never := map[string]string{} // document → why it is not trained on
	for _, s := range []string{"dev", "test", "test2"} {
		for _, d := range splits[s] {
			never[d] = "GUM " + s
		}
	}
	if o.notTrain != "" {
		for _, path := range strings.Split(o.notTrain, ",") {
			docs, err := readList(path)
			if err != nil {
				return gumData{}, err
			}
			for _, d := range docs {
				if never[d] == "" {
					never[d] = filepath.Base(path)
				}
			}
		}
	}
	if o.exclude != "" {
		docs, err := readList(o.exclude)
		if err != nil {
			return gumData{}, err
		}
		for _, d := range docs {
			if never[d] == "" {
				never[d] = "polgraph evaluation"
			}
		}
	}
	excluded := map[string][]string{}
	var data gumData
	used, words := 0, 0
	for _, d := range trainDocs {
		why := never[d]
		switch {
		case why != "":
		case genre(d) == "news":
			why = "news genre"
		case genre(d) == "reddit":
			why = "reddit (no text in the repository)"
		case ncGenres[genre(d)] && !o.gumNC:
			why = "non-commercial text licence"
		}
		if why != "" {
			excluded[why] = append(excluded[why], d)
			continue
		}
		doc, err := readGUMDoc(o.gumDir, d)
		if err != nil {
			return gumData{}, err
		}
		data.train = append(data.train, doc.sents...)
		used++
		for _, s := range doc.sents {
			words += len(s.Words)
		}
	}
	fmt.Fprintf(w, "GUM train (from %s): %d documents, %d sentences, %d words, %d names used\n",
		trainFrom, used, len(data.train), words, countSpans(data.train))
	for _, why := range slices.Sorted(maps.Keys(excluded)) {
		fmt.Fprintf(w, "GUM train: left out for %s: %d documents: %s\n", why, len(excluded[why]), strings.Join(excluded[why], " "))
	}
	for _, d := range splits["dev"] {
		if genre(d) == "reddit" {
			continue
		}
		doc, err := readGUMDoc(o.gumDir, d)
		if err != nil {
			return gumData{}, err
		}
		data.dev = append(data.dev, doc.sents...)
	}
	fmt.Fprintf(w, "GUM dev: %d sentences, %d names (reddit left out)\n", len(data.dev), countSpans(data.dev))
	return data, nil
}

func countSpans(ss []entity.Sentence) int {
	n := 0
	for _, s := range ss {
		n += len(s.Spans)
	}
	return n
}

// writeIOB2 writes sentences with their names as IOB2 tags.
func writeIOB2(path string, sents []entity.Sentence) error {
	var b strings.Builder
	for _, s := range sents {
		tags := make([]string, len(s.Words))
		for i := range tags {
			tags[i] = "O"
		}
		for _, sp := range s.Spans {
			for k := sp.Start; k < sp.End; k++ {
				p := "I-"
				if k == sp.Start {
					p = "B-"
				}
				tags[k] = p + sp.Label
			}
		}
		for i, w := range s.Words {
			fmt.Fprintf(&b, "%d\t%s\t%s\n", i+1, w, tags[i])
		}
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
