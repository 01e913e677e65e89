package extract

import (
	"embed"
	"fmt"
	"strings"
)

// The rules' word lists are data, one file a list under data/words
// (data/words/README.md says how they are written). Each is read once, by
// the package variable that holds it; a malformed file, or one no variable
// reads, stops the program at start naming the file and line.
//
//go:embed data/words/*.txt
var wordFiles embed.FS

// wordFilesRead are the files of data/words a variable has read.
var wordFilesRead = map[string]bool{}

// wordSet is the list of data/words/name.
func wordSet(name string) map[string]bool {
	path := "data/words/" + name
	text, err := wordFiles.ReadFile(path)
	if err != nil {
		panic(fmt.Sprintf("extract: %v", err))
	}
	words, err := parseWordSet(path, string(text))
	if err != nil {
		panic(fmt.Sprintf("extract: %v", err))
	}
	wordFilesRead[name] = true
	return words
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
