package limner

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// Error families, matched with errors.Is. Every error this package returns Is ErrLimner;
// every answer with an error status Is ErrAPI and, by status, one family below.
var (
	ErrLimner          = errors.New("limner: error")
	ErrAPI             = errors.New("limner: API error")
	ErrInvalidRequest  = errors.New("limner: invalid request")   // 400, 413, 415, 422
	ErrAuthentication  = errors.New("limner: authentication")    // 401
	ErrPermission      = errors.New("limner: permission denied") // 403
	ErrNotFound        = errors.New("limner: not found")         // 404
	ErrConflict        = errors.New("limner: conflict")          // 409
	ErrRateLimit       = errors.New("limner: rate limited")      // 429
	ErrServer          = errors.New("limner: server error")      // 5xx
	ErrConnection      = errors.New("limner: connection error")
	ErrInvalidResponse = errors.New("limner: invalid response")
	ErrWaitTimeout     = errors.New("limner: wait timed out")
)

// FamilyFor returns the error family of an HTTP error status (ErrAPI when it has none of its own).
func FamilyFor(status int) error {
	switch {
	case status == 400 || status == 413 || status == 415 || status == 422:
		return ErrInvalidRequest
	case status == 401:
		return ErrAuthentication
	case status == 403:
		return ErrPermission
	case status == 404:
		return ErrNotFound
	case status == 409:
		return ErrConflict
	case status == 429:
		return ErrRateLimit
	case status >= 500 && status <= 599:
		return ErrServer
	}
	return ErrAPI
}

// APIError is an answer with an error status, read from its problem+json body.
type APIError struct {
	StatusCode int
	Problem    Problem
	Code       string
	Param      string
	Detail     string
	RequestID  string
	// RetryAfter is the server's Retry-After, when HasRetryAfter.
	RetryAfter    time.Duration
	HasRetryAfter bool
	Header        http.Header
	// Response is the answer (its Body holds the bytes read); nil when built without one.
	Response *http.Response
}

// Status is the HTTP status; an alias of StatusCode.
func (e *APIError) Status() int { return e.StatusCode }

func (e *APIError) Error() string {
	name := e.Code
	if name == "" {
		name = e.Problem.Title
	}
	var b strings.Builder
	fmt.Fprintf(&b, "limner: %d %s", e.StatusCode, name)
	if e.Detail != "" {
		fmt.Fprintf(&b, ": %s", e.Detail)
	}
	if e.Param != "" {
		fmt.Fprintf(&b, " (param: %s)", e.Param)
	}
	if e.RequestID != "" {
		fmt.Fprintf(&b, " [request_id: %s]", e.RequestID)
	}
	return b.String()
}

// Is matches ErrLimner, ErrAPI and the family of the status.
func (e *APIError) Is(target error) bool {
	return target == ErrLimner || target == ErrAPI || target == FamilyFor(e.StatusCode)
}

func newAPIError(status int, statusText string, header http.Header, body []byte) *APIError {
	problem := Problem{Type: "about:blank", Title: statusText, Status: status}
	if err := json.Unmarshal(body, &problem); err != nil || problem.Status == 0 {
		problem = Problem{Type: "about:blank", Title: statusText, Status: status, Detail: truncate(string(body), 500)}
	}
	e := &APIError{
		StatusCode: status,
		Problem:    problem,
		Code:       problem.Code,
		Detail:     problem.Detail,
		RequestID:  problem.RequestID,
		Header:     header,
	}
	if problem.Param != nil {
		e.Param = *problem.Param
	}
	if e.RequestID == "" {
		e.RequestID = header.Get("X-Request-ID")
	}
	e.RetryAfter, e.HasRetryAfter = parseRetryAfter(header.Get("Retry-After"), time.Now())
	return e
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}

// ConnectionError means no answer came: the server was unreachable or the connection broke.
type ConnectionError struct{ Err error }

func (e *ConnectionError) Error() string { return "limner: connection error: " + e.Err.Error() }
func (e *ConnectionError) Unwrap() error { return e.Err }

// Is matches ErrLimner and ErrConnection.
func (e *ConnectionError) Is(target error) bool {
	return target == ErrLimner || target == ErrConnection
}

// WaitTimeoutError means Generations.Wait gave up before a terminal status.
type WaitTimeoutError struct {
	GenerationID string
	Timeout      time.Duration
	LastStatus   GenerationStatus
}

func (e *WaitTimeoutError) Error() string {
	return fmt.Sprintf("limner: generation %s still %s after %s", e.GenerationID, e.LastStatus, e.Timeout)
}

// Is matches ErrLimner and ErrWaitTimeout.
func (e *WaitTimeoutError) Is(target error) bool {
	return target == ErrLimner || target == ErrWaitTimeout
}

// limnerError wraps other failures (an unreadable answer, a corrupt download) so they match ErrLimner.
type limnerError struct {
	family error
	msg    string
	err    error
}

func (e *limnerError) Error() string {
	if e.err != nil {
		return "limner: " + e.msg + ": " + e.err.Error()
	}
	return "limner: " + e.msg
}
func (e *limnerError) Unwrap() error        { return e.err }
func (e *limnerError) Is(target error) bool { return target == ErrLimner || target == e.family }
