package main

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// Flag checks: each returns nil or an error that says, in the user's
// terms, which flag is wrong, what it was given and what it takes.
// Flags out of range are refused, never replaced by a default.

func atLeast(flag string, got, least int64, why string) error {
	if got >= least {
		return nil
	}
	msg := fmt.Sprintf("%s %d is too small: it must be at least %d", flag, got, least)
	if why != "" {
		msg += " (" + why + ")"
	}
	return fmt.Errorf("%s", msg)
}

func positiveDuration(flag string, got time.Duration) error {
	if got > 0 {
		return nil
	}
	return fmt.Errorf("%s %v must be a positive duration, such as 30s or 2m", flag, got)
}

// shorter refuses a duration that is not below another it must fit in.
func shorter(flag string, got time.Duration, otherFlag string, other time.Duration) error {
	if got < other {
		return nil
	}
	return fmt.Errorf("%s %v is too long: it must be shorter than %s (%v)", flag, got, otherFlag, other)
}

func firstProblem(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

func atMost(flag string, got, most int64) error {
	if got <= most {
		return nil
	}
	return fmt.Errorf("%s %d is too large: it must be at most %d", flag, got, most)
}

func oneOf(flag, got string, allowed []string) error {
	if slices.Contains(allowed, got) {
		return nil
	}
	return fmt.Errorf("%s %q is not one of %s", flag, got, strings.Join(allowed, ", "))
}
