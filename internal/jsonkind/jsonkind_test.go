package jsonkind

import "testing"

func TestOf(t *testing.T) {
	tests := []struct {
		value, want string
	}{
		{`{"a":1}`, "an object"},
		{`[1]`, "an array"},
		{`"x"`, "a string"},
		{`true`, "a boolean"},
		{`false`, "a boolean"},
		{`null`, "null"},
		{`-1.5`, "a number"},
	}
	for _, tt := range tests {
		if got := Of(tt.value[0]); got != tt.want {
			t.Errorf("Of(%q) = %q, want %q", tt.value, got, tt.want)
		}
	}
}
