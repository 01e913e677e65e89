package reader

import (
	"errors"
	"strings"
	"testing"
)

// page wraps a body in a page whose head says head.
func page(head, body string) string {
	return "<!DOCTYPE html><html><head>" + head + "<title>T</title></head><body><article><h1>T</h1><p>" + body + "</p></article></body></html>"
}

func TestDecodeHTML(t *testing.T) {
	longPara := strings.Repeat("Der Rat tagte lange und stritt \xfcber die Kosten. ", 3)
	tests := []struct {
		name     string
		data     string
		wantText string // in the decoded page
		want     Encoding
	}{
		{"utf-8 as is", page(`<meta charset="utf-8">`, "Café €"), "Café €", Encoding{"utf-8", "utf-8"}},
		{"declared windows-1252", page(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">`, "caf\xe9 \x80 \x93gut\x94"), "café € “gut”", Encoding{"windows-1252", "declared"}},
		{"declared iso-8859-1 reads as windows-1252", page(`<meta charset="ISO-8859-1">`, "Stra\xdfe \x80"), "Straße €", Encoding{"windows-1252", "declared"}},
		{"declared late, after 1024 bytes of script", page(`<script>`+strings.Repeat("var x = 1;\n", 200)+`</script><meta charset="iso-8859-15">`, "\xa4 und \xe4"), "€ und ä", Encoding{"iso-8859-15", "declared"}},
		{"xml declaration", `<?xml version="1.0" encoding="windows-1250"?>` + page("", "Zg\xb3oszenie"), "Zgłoszenie", Encoding{"windows-1250", "declared"}},
		{"declared latin-1 but UTF-8", page(`<meta charset="iso-8859-1">`, "Bürgermeisterin"), "Bürgermeisterin", Encoding{"utf-8", "utf-8"}},
		{"undeclared latin-1", page("", "B\xfcrgermeister "+longPara), "Bürgermeister", Encoding{"windows-1252", "guessed"}},
		{"declared utf-8 with a stray byte", page(`<meta charset="utf-8">`, "Bürgermeister \xe9 Straße"), "Bürgermeister \uFFFD Straße", Encoding{"utf-8", "declared"}},
		{"declared utf-8 but no UTF-8 at all", page(`<meta charset="utf-8">`, "B\xfcrgermeister Stra\xdfe"), "Bürgermeister Straße", Encoding{"windows-1252", "guessed"}},
		{"unknown label ignored", page(`<meta charset="x-klingon">`, "caf\xe9"), "café", Encoding{"windows-1252", "guessed"}},
		{"declared shift_jis", page(`<meta charset="shift_jis">`, "\x93\xfa\x96\x7b"), "日本", Encoding{"shift_jis", "declared"}},
		{"utf-16 in a meta of ASCII bytes is UTF-8", page(`<meta charset="utf-16">`, "Ärger \xff"), "Ärger \uFFFD", Encoding{"utf-8", "declared"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc, err := decodeHTML([]byte(tt.data))
			if err != nil {
				t.Fatal(err)
			}
			if enc != tt.want {
				t.Errorf("encoding = %+v, want %+v", enc, tt.want)
			}
			if !strings.Contains(string(got), tt.wantText) {
				t.Errorf("decoded page lacks %q: %q", tt.wantText, got)
			}
		})
	}
}

func TestReadRefusesOnlyWhatCannotBeDecoded(t *testing.T) {
	tests := []struct {
		name, file string
		data       []byte
		want       error
		wantInErr  string
	}{
		{"replacement encoding", "korean.html", []byte(page(`<meta charset="iso-2022-kr">`, "\x1b$)C\x0e\x21\x21\x0f \xc7\xd1")), ErrCharset, `"iso-2022-kr"`},
		{"odd UTF-16", "odd.html", []byte("\xff\xfe<\x00h\x00t"), ErrCharset, "utf-16le"},
		{"binary named .html", "blob.html", []byte("\x13\x37\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"), ErrBinary, "control characters"},
		{"latin-1 text file", "notes.txt", []byte("caf\xe9 cr\xe8me"), ErrUTF8, "byte offset 3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(tt.file, tt.data, FormatAuto)
			if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.file) || !strings.Contains(err.Error(), tt.wantInErr) {
				t.Errorf("err = %v, want %v naming %s and %s", err, tt.want, tt.file, tt.wantInErr)
			}
		})
	}
}

func TestReadUTF16(t *testing.T) {
	// "Wahl\n\nDie Wahl ist am Sonntag." in UTF-16LE with a BOM
	utf16 := []byte{0xff, 0xfe}
	for _, r := range "Wahl\n\nDie Wahl ist am Sonntag." {
		utf16 = append(utf16, byte(r), 0)
	}
	a, enc, err := ReadEncoded("wahl.txt", utf16, FormatAuto)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Wahl" || a.Text != "Wahl\n\nDie Wahl ist am Sonntag." || enc != (Encoding{"utf-16le", "bom"}) {
		t.Errorf("got %q %q %+v", a.Title, a.Text, enc)
	}
}

func TestReadPageWithNUL(t *testing.T) {
	data := []byte(page("", "Der Hafen streikte.\x00 Neun Tage lang, sagte die Gewerkschaft am Montag in einer langen Erklärung."))
	a, err := Read("nul.html", data, FormatAuto)
	if err != nil {
		t.Fatalf("a page with a NUL byte is refused: %v", err)
	}
	if strings.ContainsRune(a.Text, 0) || !strings.Contains(a.Text, "Der Hafen streikte. Neun Tage lang") {
		t.Errorf("text = %q", a.Text)
	}
}
