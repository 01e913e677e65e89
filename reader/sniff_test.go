package reader

import (
	"errors"
	"strings"
	"testing"
)

// Formats that are not articles are refused by their first bytes, whatever
// the file is called and whatever format is asked for, with an error that
// names the file and the format.
func TestNotArticlesRefusedByName(t *testing.T) {
	ooxml := "PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x13\x00[Content_Types].xml"
	tar := strings.Repeat("\x00", 257) + "ustar\x0000"
	tests := []struct {
		file, format, data, want string
	}{
		{"report.pdf", FormatAuto, "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nBT /F1 12 Tf (Tj ET) ET", "a PDF document"},
		{"report.txt", FormatText, "%PDF-1.7\n1 0 obj", "a PDF document"},
		{"bundle.zip", FormatAuto, "PK\x03\x04\x14\x00\x00\x00\x08\x00news.txt", "a ZIP archive"},
		{"minutes.docx", FormatAuto, ooxml, "a Word, Excel or PowerPoint document (Office Open XML)"},
		{"budget.xls", FormatAuto, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "a Word, Excel or PowerPoint 97-2003 document"},
		{"minutes.odt", FormatAuto, "PK\x03\x04" + strings.Repeat("\x00", 22) + "\x08\x00\x00\x00mimetypeapplication/vnd.oasis.opendocument.text", "an OpenDocument file"},
		{"letter.rtf", FormatAuto, `{\rtf1\ansi Dear Mayor`, "an RTF document"},
		{"photo.jpg", FormatAuto, "\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"},
		{"photo.txt", FormatAuto, "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"},
		{"news.json", FormatJSON, "GIF89a\x01\x00\x01\x00", "a GIF image"},
		{"news.html", FormatHTML, "RIFF\x24\x00\x00\x00WEBPVP8 ", "a WebP image"},
		{"news.tar", FormatAuto, tar, "a tar archive"},
		{"news.txt.gz", FormatAuto, "\x1f\x8b\x08\x00\x00\x00\x00\x00", "a gzip archive"},
		{"polgraph", FormatAuto, "\x7fELF\x02\x01\x01\x00", "an ELF executable"},
		{"setup.exe", FormatAuto, "MZ\x90\x00\x03\x00\x00\x00" + strings.Repeat("\x00", 52) + "\x80\x00\x00\x00" + strings.Repeat("\x00", 64) + "PE\x00\x00", "a Windows executable"},
		{"talk.mp4", FormatAuto, "\x00\x00\x00\x20ftypisom\x00\x00\x02\x00", "an MP4 or QuickTime video"},
	}
	for _, tt := range tests {
		_, err := Read(tt.file, []byte(tt.data), tt.format)
		if !errors.Is(err, ErrNotArticle) || !strings.Contains(err.Error(), tt.file) || !strings.Contains(err.Error(), tt.want+", not an article") {
			t.Errorf("Read(%s) err = %v; want ErrNotArticle naming %s and %q", tt.file, err, tt.file, tt.want)
		}
	}
}

// Text that merely starts like a signature is still text.
func TestTextIsNotSniffedAway(t *testing.T) {
	for _, text := range []string{
		"MZ Holdings wins the port contract\n\nThe Elsbridge council chose MZ Holdings.",
		"BM Group to build a bridge\n\nBM Group said on Tuesday it would build it.",
		"PK Rao resigns\n\nPK Rao, a councillor in Elsbridge, resigned.",
		"ID3 standard adopted\n\nThe council adopted it.",
	} {
		if f, ok := Sniff([]byte(text)); ok {
			t.Errorf("Sniff(%.20q) = %s, want no format", text, f.Name)
		}
	}
}

func TestNonArticleExt(t *testing.T) {
	for _, tt := range []struct{ name, kind string }{
		{"seeds.go", "source code file"}, {"PHOTO.PNG", "image"}, {"notes.md", "note or documentation file"},
		{"a.txt", ""}, {"a.html", ""}, {"a.json", ""}, {"README", ""},
	} {
		if kind, _ := NonArticleExt(tt.name); kind != tt.kind {
			t.Errorf("NonArticleExt(%s) = %q, want %q", tt.name, kind, tt.kind)
		}
	}
}
