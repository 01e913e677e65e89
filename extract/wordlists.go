package extract

import (
	"embed"
	"fmt"
	"slices"
	"strings"
)

// The rules' word lists are data, one file a list under data/words
// (data/words/README.md says how they are written). Each is read once, by
// the package variable that holds it; a malformed file, or one no variable
// reads, stops the program at start naming the file and line.
//
//go:embed data/words/*.txt data/words/*.tsv
var wordFiles embed.FS

// wordFilesRead are the files of data/words a variable has read.
var wordFilesRead = map[string]bool{}

// wordSet is the list of data/words/name.
func wordSet(name string) map[string]bool {
	return readWordFile(name, parseWordSet)
}

// wordTable is the table of data/words/name: a value for each key, one of
// values where any are given.
func wordTable(name string, values ...string) map[string]string {
	return readWordFile(name, func(path, text string) (map[string]string, error) {
		return parseWordTable(path, text, values)
	})
}

// readWordFile parses data/words/name, or stops the program naming what is
// wrong with it.
func readWordFile[T any](name string, parse func(path, text string) (T, error)) T {
	path := "data/words/" + name
	text, err := wordFiles.ReadFile(path)
	if err != nil {
		panic(fmt.Sprintf("extract: %v", err))
	}
	out, err := parse(path, string(text))
	if err != nil {
		panic(fmt.Sprintf("extract: %v", err))
	}
	wordFilesRead[name] = true
	return out
}

// parseWordSet reads a word list: lowercase words separated by spaces and
// lines, each once; a line that starts with "#" is a comment.
func parseWordSet(path, text string) (map[string]bool, error) {
	words := map[string]bool{}
	for n, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for w := range strings.FieldsSeq(line) {
			switch {
			case w != strings.ToLower(w):
				return nil, fmt.Errorf("%s:%d: %q: want lowercase, as the words are looked up", path, n+1, w)
			case words[w]:
				return nil, fmt.Errorf("%s:%d: %q is listed twice", path, n+1, w)
			}
			words[w] = true
		}
	}
	if len(words) == 0 {
		return nil, fmt.Errorf("%s: no words", path)
	}
	return words, nil
}

// parseWordTable reads a table: lines of a key, a tab and its value, each
// key once; a line that starts with "#" is a comment.
func parseWordTable(path, text string, values []string) (map[string]string, error) {
	table := map[string]string{}
	for n, line := range strings.Split(text, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, value, ok := strings.Cut(line, "\t")
		_, twice := table[key]
		switch {
		case !ok || key == "" || value == "" || strings.Contains(value, "\t"):
			return nil, fmt.Errorf("%s:%d: want key, tab, value: %q", path, n+1, line)
		case len(values) > 0 && !slices.Contains(values, value):
			return nil, fmt.Errorf("%s:%d: %q: want one of %s", path, n+1, value, strings.Join(values, ", "))
		case twice:
			return nil, fmt.Errorf("%s:%d: %q is listed twice", path, n+1, key)
		}
		table[key] = value
	}
	if len(table) == 0 {
		return nil, fmt.Errorf("%s: no rows", path)
	}
	return table, nil
}

// init runs after every package variable has read its list: a file left
// over is one a variable was renamed away from, or one added and never read.
func init() {
	files, err := wordFiles.ReadDir("data/words")
	if err != nil {
		panic(fmt.Sprintf("extract: %v", err))
	}
	for _, f := range files {
		if !wordFilesRead[f.Name()] {
			panic(fmt.Sprintf("extract: data/words/%s: no variable reads it", f.Name()))
		}
	}
}
