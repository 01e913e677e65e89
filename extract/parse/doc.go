// Package parse tokenises, tags, lemmatises and dependency-parses English sentences in the style of Universal Dependencies.
package parse
