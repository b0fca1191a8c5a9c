package limner

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

const generationJSON = `{"id":"gen_1","object":"generation","status":"succeeded","plan_id":"plan_1",` +
	`"created":1795000000,"images":[],"usage":{"images":0},"error":null,"change_mask":null}`

type answer struct {
	status int
	header map[string]string
	body   string
	hangUp bool // close the connection without answering
}

func problemAnswer(status int, code string, header map[string]string) answer {
	body := fmt.Sprintf(`{"type":"urn:limner:error:%s","title":"%s","status":%d,"detail":"%s happened",`+
		`"code":"%s","param":"n","request_id":"req_test"}`, code, code, status, code, code)
	h := map[string]string{"Content-Type": "application/problem+json"}
	for k, v := range header {
		h[k] = v
	}
	return answer{status: status, header: h, body: body}
}

func okAnswer(body string, header map[string]string) answer {
	h := map[string]string{"Content-Type": "application/json"}
	for k, v := range header {
		h[k] = v
	}
	return answer{status: 200, header: h, body: body}
}

type seenRequest struct {
	method, path, body string
	header             http.Header
}

type script struct {
	mu      sync.Mutex
	answers []answer
	seen    []seenRequest
	sleeps  []time.Duration
}

func newScripted(t *testing.T, maxRetries int, answers ...answer) (*Client, *script) {
	t.Helper()
	s := &script{answers: answers}
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		s.mu.Lock()
		s.seen = append(s.seen, seenRequest{r.Method, r.URL.Path, string(body), r.Header.Clone()})
		if len(s.answers) == 0 {
			s.mu.Unlock()
			t.Errorf("unexpected request %s %s", r.Method, r.URL.Path)
			w.WriteHeader(599)
			return
		}
		a := s.answers[0]
		s.answers = s.answers[1:]
		s.mu.Unlock()
		if a.hangUp {
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				conn.Close()
			}
			return
		}
		for k, v := range a.header {
			w.Header().Set(k, v)
		}
		w.WriteHeader(a.status)
		_, _ = io.WriteString(w, a.body)
	}))
	t.Cleanup(server.Close)
	client := NewClient(WithBaseURL(server.URL+"/"), WithAPIKey("sk_test"), WithMaxRetries(maxRetries))
	client.sleep = func(_ context.Context, d time.Duration) error {
		s.mu.Lock()
		defer s.mu.Unlock()
		s.sleeps = append(s.sleeps, d)
		return nil
	}
	return client, s
}

func TestRetryAfterIsHonouredAndTheIdempotencyKeyIsStable(t *testing.T) {
	client, s := newScripted(t, 2,
		problemAnswer(429, "rate_limited", map[string]string{"Retry-After": "3"}),
		problemAnswer(503, "overloaded", map[string]string{"Retry-After": "1"}),
		okAnswer(generationJSON, nil),
	)
	generation, err := client.Generate(context.Background(), GenerateParams{Prompt: "a red apple", Seed: Int(4)})
	if err != nil {
		t.Fatal(err)
	}
	if generation.ID != "gen_1" || generation.Status != StatusSucceeded {
		t.Fatalf("unexpected generation %+v", generation)
	}
	if fmt.Sprint(s.sleeps) != fmt.Sprint([]time.Duration{3 * time.Second, time.Second}) {
		t.Fatalf("sleeps %v, want [3s 1s]", s.sleeps)
	}
	if len(s.seen) != 3 {
		t.Fatalf("%d requests, want 3", len(s.seen))
	}
	key := s.seen[0].header.Get("Idempotency-Key")
	if !strings.HasPrefix(key, "limner-go-") || len(key) != len("limner-go-")+36 {
		t.Fatalf("bad idempotency key %q", key)
	}
	for _, r := range s.seen {
		if r.header.Get("Idempotency-Key") != key || r.body != s.seen[0].body {
			t.Fatalf("retry changed key or body: %q %q", r.header.Get("Idempotency-Key"), r.body)
		}
	}
	var body map[string]any
	if err := json.Unmarshal([]byte(s.seen[0].body), &body); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(body) != "map[prompt:a red apple seed:4]" {
		t.Fatalf("body %v", body)
	}
	if s.seen[0].path != "/v1/generate" || s.seen[0].header.Get("Authorization") != "Bearer sk_test" {
		t.Fatalf("path %q auth %q", s.seen[0].path, s.seen[0].header.Get("Authorization"))
	}
}

func TestEachCallGetsItsOwnKeyAndGetsCarryNone(t *testing.T) {
	client, s := newScripted(t, 2, okAnswer(generationJSON, nil), okAnswer(generationJSON, nil),
		okAnswer(generationJSON, nil), okAnswer(generationJSON, nil))
	ctx := context.Background()
	for _, opts := range [][]RequestOption{nil, nil, {WithIdempotencyKey("my-key")}} {
		if _, err := client.Generate(ctx, GenerateParams{PlanID: "plan_1"}, opts...); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := client.Generations.Get(ctx, "gen_1"); err != nil {
		t.Fatal(err)
	}
	keys := []string{}
	for _, r := range s.seen {
		keys = append(keys, r.header.Get("Idempotency-Key"))
	}
	if keys[0] == keys[1] || keys[2] != "my-key" || keys[3] != "" {
		t.Fatalf("keys %q", keys)
	}
	if s.seen[3].method != "GET" || s.seen[3].path != "/v1/generations/gen_1" {
		t.Fatalf("GET went to %s %s", s.seen[3].method, s.seen[3].path)
	}
}

func TestBackoffGrowsExponentiallyWithJitter(t *testing.T) {
	client, s := newScripted(t, 3, problemAnswer(500, "internal_error", nil), problemAnswer(502, "bad_gateway", nil),
		problemAnswer(504, "timeout", nil), okAnswer(generationJSON, nil))
	if _, err := client.Generations.Get(context.Background(), "gen_1"); err != nil {
		t.Fatal(err)
	}
	if len(s.sleeps) != 3 {
		t.Fatalf("sleeps %v", s.sleeps)
	}
	for attempt, d := range s.sleeps {
		ceiling := 500 * time.Millisecond << attempt
		if d < ceiling*3/4 || d > ceiling {
			t.Fatalf("attempt %d slept %v, outside [%v, %v]", attempt, d, ceiling*3/4, ceiling)
		}
	}
}

func TestClientErrorsAreNeverRetried(t *testing.T) {
	cases := []struct {
		status int
		code   string
		family error
	}{
		{400, "malformed_request", ErrInvalidRequest},
		{401, "unauthorized", ErrAuthentication},
		{403, "forbidden", ErrPermission},
		{404, "not_found", ErrNotFound},
		{409, "idempotency_conflict", ErrConflict},
		{413, "payload_too_large", ErrInvalidRequest},
		{415, "unsupported_media_type", ErrInvalidRequest},
		{422, "invalid_request", ErrInvalidRequest},
	}
	for _, tc := range cases {
		t.Run(tc.code, func(t *testing.T) {
			client, s := newScripted(t, 2, problemAnswer(tc.status, tc.code, map[string]string{"Retry-After": "1"}))
			_, err := client.Generate(context.Background(), GenerateParams{Prompt: "a cat", N: 99})
			if !errors.Is(err, tc.family) || !errors.Is(err, ErrAPI) || !errors.Is(err, ErrLimner) {
				t.Fatalf("error %v is not in family %v", err, tc.family)
			}
			var apiErr *APIError
			if !errors.As(err, &apiErr) {
				t.Fatalf("error %T is not an *APIError", err)
			}
			if apiErr.StatusCode != tc.status || apiErr.Code != tc.code || apiErr.Param != "n" || apiErr.RequestID != "req_test" {
				t.Fatalf("unexpected error fields %+v", apiErr)
			}
			if !strings.Contains(err.Error(), tc.code) || !strings.Contains(err.Error(), "req_test") {
				t.Fatalf("message %q", err.Error())
			}
			if len(s.seen) != 1 || len(s.sleeps) != 0 {
				t.Fatalf("%d requests and sleeps %v: a %d must not be retried", len(s.seen), s.sleeps, tc.status)
			}
		})
	}
}

func TestRateLimitErrorAfterRetriesCarriesRetryAfter(t *testing.T) {
	limited := problemAnswer(429, "rate_limited", map[string]string{"Retry-After": "7"})
	client, s := newScripted(t, 2, limited, limited, limited)
	_, err := client.Reason(context.Background(), ReasonParams{Prompt: "a dog"})
	var apiErr *APIError
	if !errors.Is(err, ErrRateLimit) || !errors.As(err, &apiErr) || !apiErr.HasRetryAfter || apiErr.RetryAfter != 7*time.Second {
		t.Fatalf("error %v", err)
	}
	if len(s.seen) != 3 || fmt.Sprint(s.sleeps) != "[7s 7s]" {
		t.Fatalf("%d requests, sleeps %v", len(s.seen), s.sleeps)
	}
}

func TestServerErrorsExhaustRetries(t *testing.T) {
	client, s := newScripted(t, 1, problemAnswer(500, "internal_error", nil), problemAnswer(500, "internal_error", nil))
	_, err := client.Plans.Get(context.Background(), "plan_1")
	if !errors.Is(err, ErrServer) || errors.Is(err, ErrInvalidRequest) {
		t.Fatalf("error %v", err)
	}
	if len(s.seen) != 2 || len(s.sleeps) != 1 {
		t.Fatalf("%d requests, sleeps %v", len(s.seen), s.sleeps)
	}
}

func TestConnectionErrorsAreRetriedWithTheSameKey(t *testing.T) {
	client, s := newScripted(t, 2, answer{hangUp: true}, okAnswer(generationJSON, nil))
	if _, err := client.Generate(context.Background(), GenerateParams{Prompt: "a boat"}); err != nil {
		t.Fatal(err)
	}
	if len(s.seen) != 2 || s.seen[0].header.Get("Idempotency-Key") != s.seen[1].header.Get("Idempotency-Key") {
		t.Fatalf("requests %d keys differ", len(s.seen))
	}

	down := NewClient(WithBaseURL("http://127.0.0.1:1"), WithMaxRetries(2))
	var slept int
	down.sleep = func(context.Context, time.Duration) error { slept++; return nil }
	_, err := down.Generate(context.Background(), GenerateParams{Prompt: "a boat"})
	var connErr *ConnectionError
	if !errors.Is(err, ErrConnection) || !errors.As(err, &connErr) || slept != 2 {
		t.Fatalf("error %v after %d sleeps", err, slept)
	}
}

func TestAsync202FollowsLocation(t *testing.T) {
	client, s := newScripted(t, 2,
		answer{status: 202, header: map[string]string{"Location": "/v1/generations/gen_9"}},
		okAnswer(strings.Replace(strings.Replace(generationJSON, "gen_1", "gen_9", 1), "succeeded", "queued", 1), nil),
	)
	generation, err := client.Generate(context.Background(), GenerateParams{Prompt: "a kite", Async: true})
	if err != nil {
		t.Fatal(err)
	}
	if generation.ID != "gen_9" || generation.Status != StatusQueued || generation.Status.Terminal() {
		t.Fatalf("generation %+v", generation)
	}
	if !strings.Contains(s.seen[0].body, `"async":true`) || s.seen[1].path != "/v1/generations/gen_9" {
		t.Fatalf("requests %+v", s.seen)
	}
}

func TestWaitPollsAtTheServersPace(t *testing.T) {
	queued := strings.Replace(generationJSON, "succeeded", "queued", 1)
	running := strings.Replace(generationJSON, "succeeded", "running", 1)
	client, s := newScripted(t, 2, okAnswer(queued, map[string]string{"Retry-After": "2"}), okAnswer(running, nil),
		okAnswer(generationJSON, nil))
	generation, err := client.Generations.Wait(context.Background(), "gen_1", WaitOptions{Timeout: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	if generation.Status != StatusSucceeded || len(s.sleeps) != 2 || s.sleeps[0] != 2*time.Second {
		t.Fatalf("status %s sleeps %v", generation.Status, s.sleeps)
	}
}

func TestWaitGivesUpAfterItsTimeout(t *testing.T) {
	running := okAnswer(strings.Replace(generationJSON, "succeeded", "running", 1), nil)
	answers := make([]answer, 50)
	for i := range answers {
		answers[i] = running
	}
	client, _ := newScripted(t, 0, answers...)
	client.sleep = sleepContext
	started := time.Now()
	_, err := client.Generations.Wait(context.Background(), "gen_1", WaitOptions{Timeout: 300 * time.Millisecond})
	var waitErr *WaitTimeoutError
	if !errors.Is(err, ErrWaitTimeout) || !errors.As(err, &waitErr) || waitErr.LastStatus != StatusRunning {
		t.Fatalf("error %v", err)
	}
	if elapsed := time.Since(started); elapsed > 2*time.Second {
		t.Fatalf("took %v", elapsed)
	}
}

func TestDownloadChecksTheSHA256ETag(t *testing.T) {
	good := `"b5bb9d8014a0f9b1d61e21e796d78dccdf1352f23cd32812f4850b878ae4944c"` // sha256 of "foo\n"
	client, _ := newScripted(t, 0,
		answer{status: 200, header: map[string]string{"ETag": good}, body: "foo\n"},
		answer{status: 200, header: map[string]string{"ETag": good}, body: "bar\n"},
	)
	data, err := client.Images.Download(context.Background(), "img_1")
	if err != nil || string(data) != "foo\n" {
		t.Fatalf("%q %v", data, err)
	}
	if _, err := client.Images.Download(context.Background(), "img_1"); !errors.Is(err, ErrInvalidResponse) || !errors.Is(err, ErrLimner) {
		t.Fatalf("corrupt download gave %v", err)
	}
}

func TestGenerateNeedsExactlyOneSource(t *testing.T) {
	client := NewClient(WithBaseURL("http://127.0.0.1:1"))
	for _, params := range []GenerateParams{{}, {Prompt: "a cat", PlanID: "plan_1"}} {
		if _, err := client.Generate(context.Background(), params); err == nil || !strings.Contains(err.Error(), "exactly one") {
			t.Fatalf("params %+v gave %v", params, err)
		}
	}
}

func TestRetryPolicyRules(t *testing.T) {
	var retryable []int
	for status := 400; status < 600; status++ {
		if IsRetryableStatus(status) {
			retryable = append(retryable, status)
		}
	}
	if len(retryable) != 101 || retryable[0] != 429 || retryable[1] != 500 || retryable[100] != 599 {
		t.Fatalf("retryable %v", retryable)
	}
	policy := DefaultRetryPolicy()
	policy.MaxRetries = 5
	policy.Jitter = func() float64 { return 0 }
	got := []time.Duration{}
	for attempt := 0; attempt < 6; attempt++ {
		got = append(got, policy.Delay(attempt, 0, false))
	}
	if fmt.Sprint(got) != "[500ms 1s 2s 4s 8s 8s]" {
		t.Fatalf("delays %v", got)
	}
	if d := policy.Delay(0, 2*time.Minute, true); d != time.Minute {
		t.Fatalf("Retry-After not capped: %v", d)
	}
	now := time.Date(2026, 11, 25, 7, 0, 0, 0, time.UTC)
	if d, ok := parseRetryAfter("Wed, 25 Nov 2026 07:00:30 GMT", now); !ok || d != 30*time.Second {
		t.Fatalf("HTTP date: %v %v", d, ok)
	}
	if d, ok := parseRetryAfter("2.5", now); !ok || d != 2500*time.Millisecond {
		t.Fatalf("seconds: %v %v", d, ok)
	}
	if _, ok := parseRetryAfter("soon", now); ok {
		t.Fatal("garbage accepted")
	}
}

func TestAPIKeyFromTheEnvironment(t *testing.T) {
	t.Setenv("LIMNER_API_KEY", "sk_env")
	t.Setenv("LIMNER_BASE_URL", "http://example.invalid/")
	client := NewClient()
	if client.apiKey != "sk_env" || client.BaseURL() != "http://example.invalid" {
		t.Fatalf("key %q url %q", client.apiKey, client.BaseURL())
	}
}

func TestEventsYieldGenerationsUntilATerminalStatus(t *testing.T) {
	frame := func(status string) string {
		return "event: status\ndata: " + strings.Replace(generationJSON, "succeeded", status, 1) + "\n\n"
	}
	stream := ": hello\n\n" + frame("queued") + frame("running") + frame("succeeded") + frame("queued")
	client, s := newScripted(t, 0, answer{status: 200, header: map[string]string{"Content-Type": "text/event-stream"}, body: stream})
	var statuses []GenerationStatus
	err := client.Generations.Events(context.Background(), "gen_1", func(g *Generation) error {
		statuses = append(statuses, g.Status)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(statuses) != "[queued running succeeded]" {
		t.Fatalf("statuses %v", statuses)
	}
	if s.seen[0].path != "/v1/generations/gen_1/events" || s.seen[0].header.Get("Accept") != "text/event-stream" {
		t.Fatalf("request %+v", s.seen[0])
	}
}
