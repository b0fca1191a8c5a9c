package limner

import (
	"bytes"
	"context"
	"errors"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"
)

const planJSON = `{"id":"plan_1","object":"plan","schema_version":"2","created":1795000000,"prompt":"a red apple",` +
	`"language":"en","base_plan_id":null,"canvas":{"width":64,"height":64,"background":{"color":"#ffffff"}},` +
	`"elements":[],"relations":[],"references":[],"diff":null,"trace":[],"warnings":[]}`

func TestPerCallMaxRetriesWinsOverTheClients(t *testing.T) {
	client, s := newScripted(t, 5, problemAnswer(503, "a", nil), problemAnswer(503, "b", nil), okAnswer(planJSON, nil))
	_, err := client.Plans.Get(context.Background(), "plan_1", WithRequestMaxRetries(1))
	var apiErr *APIError
	if !errors.As(err, &apiErr) || apiErr.StatusCode != 503 || apiErr.Status() != 503 || len(s.seen) != 2 {
		t.Fatalf("want a 503 after 2 attempts, got %v after %d", err, len(s.seen))
	}
	if apiErr.Response == nil || apiErr.Response.StatusCode != 503 || apiErr.Response.Request.URL.Path != "/v1/plans/plan_1" {
		t.Fatalf("the error's Response is %+v", apiErr.Response)
	}
}

func TestPerCallTimeoutEndsOneAttempt(t *testing.T) {
	release := make(chan struct{})
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	t.Cleanup(func() { close(release); server.Close() })
	client := NewClient(WithBaseURL(server.URL), WithTimeout(time.Minute), WithMaxRetries(0))
	started := time.Now()
	_, err := client.Plans.Get(context.Background(), "plan_1", WithRequestTimeout(50*time.Millisecond))
	if !errors.Is(err, ErrConnection) || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("want a connection error from the deadline, got %v", err)
	}
	if elapsed := time.Since(started); elapsed > 20*time.Second {
		t.Fatalf("the per-call timeout did not apply (%s)", elapsed)
	}
}

func TestWithOptionsChangesACopyOnly(t *testing.T) {
	client, s := newScripted(t, 0, problemAnswer(503, "a", nil), problemAnswer(503, "b", nil), problemAnswer(503, "c", nil))
	quick := client.WithOptions(WithMaxRetries(1), WithTimeout(5*time.Second), WithHeader("X-Trace", "t1"))
	if quick.MaxRetries() != 1 || client.MaxRetries() != 0 || quick.Timeout() != 5*time.Second || client.Timeout() == 5*time.Second {
		t.Fatal("WithOptions changed the original client")
	}
	quick.sleep = client.sleep
	if _, err := quick.Usage(context.Background(), 0, 0); err == nil || len(s.seen) != 2 {
		t.Fatalf("want 2 attempts, got %d (%v)", len(s.seen), err)
	}
	if s.seen[0].header.Get("X-Trace") != "t1" || s.seen[0].header.Get("Authorization") != "Bearer sk_test" {
		t.Fatalf("headers: %v", s.seen[0].header)
	}
	if _, err := client.Usage(context.Background(), 0, 0); err == nil || len(s.seen) != 3 || s.seen[2].header.Get("X-Trace") != "" {
		t.Fatal("the original client changed")
	}
}

func TestWithResponseIntoGivesTheRawAnswer(t *testing.T) {
	client, _ := newScripted(t, 0, okAnswer(planJSON, map[string]string{"ETag": `"abc"`, "X-Request-ID": "req_ok"}))
	var raw *http.Response
	plan, err := client.Reason(context.Background(), ReasonParams{Prompt: "a red apple"}, WithResponseInto(&raw))
	if err != nil || plan.ID != "plan_1" {
		t.Fatal(err)
	}
	if raw == nil || raw.StatusCode != 200 || raw.Header.Get("ETag") != `"abc"` || raw.Header.Get("X-Request-ID") != "req_ok" {
		t.Fatalf("raw response: %+v", raw)
	}
}

func TestLoggerNamesEachAttemptButNotTheKey(t *testing.T) {
	client, _ := newScripted(t, 1, problemAnswer(503, "unavailable", nil), okAnswer(planJSON, map[string]string{"X-Request-ID": "req_ok"}))
	var lines bytes.Buffer
	client = client.WithOptions(WithLogger(log.New(&lines, "", 0)), WithAPIKey("sk_secret_value"))
	client.sleep = func(context.Context, time.Duration) error { return nil }
	if _, err := client.Reason(context.Background(), ReasonParams{Prompt: "a red apple"}); err != nil {
		t.Fatal(err)
	}
	text := lines.String()
	for _, want := range []string{"POST /v1/reason 503 (attempt 1", "POST /v1/reason 200 (attempt 2", "request id req_ok", "retrying"} {
		if !strings.Contains(text, want) {
			t.Fatalf("log lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "sk_secret_value") || strings.Contains(text, "red apple") {
		t.Fatalf("log leaks the key or the body:\n%s", text)
	}
}

func TestLimnerLogDebugTurnsTheLogOn(t *testing.T) {
	t.Setenv("LIMNER_LOG", "debug")
	if NewClient().logger == nil {
		t.Fatal("LIMNER_LOG=debug did not turn the log on")
	}
	t.Setenv("LIMNER_LOG", "")
	if NewClient().logger != nil {
		t.Fatal("the log is on without LIMNER_LOG")
	}
}

func TestWebhookSignatures(t *testing.T) {
	client := NewClient()
	body := []byte(generationJSON)
	now := time.Now().Unix()
	header := http.Header{}
	header.Set(SignatureHeader, SignWebhook(body, "whsec_1", now))
	if err := client.Webhooks.Verify(body, header, "whsec_1"); err != nil {
		t.Fatal(err)
	}
	if generation, err := client.Webhooks.Unwrap(body, header, "whsec_1"); err != nil || generation.ID != "gen_1" {
		t.Fatal(generation, err)
	}
	old := http.Header{}
	old.Set(SignatureHeader, SignWebhook(body, "whsec_1", now-3600))
	for name, check := range map[string]error{
		"tampered":     client.Webhooks.Verify(append(append([]byte{}, body...), ' '), header, "whsec_1"),
		"other secret": client.Webhooks.Verify(body, header, "whsec_2"),
		"old":          client.Webhooks.Verify(body, old, "whsec_1"),
		"unsigned":     client.Webhooks.Verify(body, http.Header{}, "whsec_1"),
	} {
		if !errors.Is(check, ErrInvalidSignature) {
			t.Errorf("%s: want ErrInvalidSignature, got %v", name, check)
		}
	}
	// A delivery signed by the Limner server itself (tests/sdk/test_go.py passes one).
	if vector := os.Getenv("LIMNER_WEBHOOK_VECTOR"); vector != "" {
		parts := strings.SplitN(vector, "\n", 3)
		serverHeader := http.Header{}
		serverHeader.Set(SignatureHeader, parts[1])
		if err := client.Webhooks.Verify([]byte(parts[2]), serverHeader, parts[0]); err != nil {
			t.Fatalf("the server's signature: %v", err)
		}
	}
}

func TestReferencesUploadAsMultipartWithTheSameBytesOnRetry(t *testing.T) {
	reference := `{"id":"ref_1","object":"reference","role":"product","name":"bottle"}`
	client, s := newScripted(t, 1, problemAnswer(503, "unavailable", nil), okAnswer(reference, nil))
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	created, err := client.References.Create(context.Background(), png, "product", "bottle")
	if err != nil || created.ID != "ref_1" {
		t.Fatal(created, err)
	}
	first, second := s.seen[0], s.seen[1]
	if !strings.HasPrefix(first.header.Get("Content-Type"), "multipart/form-data; boundary=") {
		t.Fatalf("content type %q", first.header.Get("Content-Type"))
	}
	if first.body != second.body || first.header.Get("Idempotency-Key") != second.header.Get("Idempotency-Key") {
		t.Fatal("the retry sent other bytes or another key")
	}
	for _, want := range []string{"name=\"role\"\r\n\r\nproduct", `name="file"; filename="bottle"`, "Content-Type: image/png", string(png)} {
		if !strings.Contains(first.body, want) {
			t.Fatalf("body lacks %q", want)
		}
	}
}
