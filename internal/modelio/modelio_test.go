package modelio

import (
	"bufio"
	"bytes"
	"testing"
)

// What an Encoder writes, a Decoder reads back; a cut stream or a value
// out of its bounds is an error that sticks, not a wrong value.
func TestRoundTripAndErrors(t *testing.T) {
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	e := NewEncoder(w)
	e.Uint(300)
	e.Int(-7)
	e.String("Varga")
	e.Uint(5)
	if err := w.Flush(); err != nil || e.Err != nil {
		t.Fatal(err, e.Err)
	}
	d := NewDecoder(buf.Bytes())
	if got := d.Uint(); got != 300 {
		t.Errorf("Uint = %d, want 300", got)
	}
	if got := d.Int32(); got != -7 {
		t.Errorf("Int32 = %d, want -7", got)
	}
	if got := d.String(); got != "Varga" {
		t.Errorf("String = %q, want Varga", got)
	}
	if got := d.Below(5); got != 0 || d.Err == nil {
		t.Errorf("Below(5) of 5 = %d, err %v; want an error", got, d.Err)
	}
	if got := d.Uint(); got != 0 {
		t.Errorf("a read after an error = %d, want 0", got)
	}

	cut := NewDecoder(buf.Bytes()[:3])
	cut.Uint()
	cut.Int()
	if s := cut.String(); s != "" || cut.Err == nil {
		t.Errorf("cut stream: String = %q, err %v; want an error", s, cut.Err)
	}
}
