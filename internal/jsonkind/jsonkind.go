// Package jsonkind names the kind of a JSON value from its first byte, for
// errors that tell a user what they sent ("found an array, want an object").
package jsonkind

// Of names the kind of the JSON value that starts with c: "an object",
// "an array", "a string", "a boolean", "null" or "a number".
func Of(c byte) string {
	switch c {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}
