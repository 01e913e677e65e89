// Package entity finds the names of people, organisations and places in a tokenised sentence with a learned sequence tagger.
package entity
