package limner

import (
	"math"
	"math/rand"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// RetryPolicy says how often and how long to wait between attempts: delays double from
// InitialDelay up to MaxDelay, jittered into [0.75, 1] of that; a server's Retry-After
// replaces the delay (capped at MaxRetryAfter).
type RetryPolicy struct {
	MaxRetries    int
	InitialDelay  time.Duration
	MaxDelay      time.Duration
	MaxRetryAfter time.Duration
	// Jitter returns a number in [0, 1); nil means math/rand.
	Jitter func() float64
}

// DefaultRetryPolicy retries twice, from 0.5 s up to 8 s.
func DefaultRetryPolicy() RetryPolicy {
	return RetryPolicy{MaxRetries: 2, InitialDelay: 500 * time.Millisecond, MaxDelay: 8 * time.Second, MaxRetryAfter: time.Minute}
}

// Delay is how long to wait before retry number attempt (0 for the first retry).
func (p RetryPolicy) Delay(attempt int, retryAfter time.Duration, hasRetryAfter bool) time.Duration {
	if hasRetryAfter {
		if retryAfter > p.MaxRetryAfter {
			return p.MaxRetryAfter
		}
		return retryAfter
	}
	base := float64(p.InitialDelay) * math.Pow(2, float64(attempt))
	if base > float64(p.MaxDelay) {
		base = float64(p.MaxDelay)
	}
	jitter := rand.Float64
	if p.Jitter != nil {
		jitter = p.Jitter
	}
	return time.Duration(base * (1 - 0.25*jitter()))
}

// IsRetryableStatus reports whether an answer with this status may succeed later: 429 and 5xx.
func IsRetryableStatus(status int) bool {
	return status == http.StatusTooManyRequests || (status >= 500 && status <= 599)
}

// parseRetryAfter reads delta-seconds or an HTTP date.
func parseRetryAfter(value string, now time.Time) (time.Duration, bool) {
	value = strings.TrimSpace(value)
	if value == "" {
		return 0, false
	}
	if seconds, err := strconv.ParseFloat(value, 64); err == nil {
		if seconds < 0 || math.IsNaN(seconds) {
			seconds = 0
		}
		return time.Duration(seconds * float64(time.Second)), true
	}
	when, err := http.ParseTime(value)
	if err != nil {
		return 0, false
	}
	wait := when.Sub(now)
	if wait < 0 {
		wait = 0
	}
	return wait, true
}
