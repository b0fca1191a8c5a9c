package limner

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"
)

// Version of this client, sent in User-Agent.
const Version = "0.1.0"

// DefaultBaseURL is used when neither WithBaseURL nor LIMNER_BASE_URL gives one.
const DefaultBaseURL = "http://127.0.0.1:8000"

// Client talks to one Limner server. It is safe for concurrent use.
type Client struct {
	baseURL    string
	apiKey     string
	httpClient *http.Client
	retry      RetryPolicy
	headers    http.Header
	sleep      func(ctx context.Context, d time.Duration) error
	// logger gets one line per attempt when set (WithLogger, or LIMNER_LOG=debug: stderr).
	logger *log.Logger

	Plans       *PlansService
	Generations *GenerationsService
	Images      *ImagesService
	References  *ReferencesService
	Webhooks    *WebhooksService
}

// Option configures a Client.
type Option func(*Client)

// WithBaseURL sets the server URL (default: LIMNER_BASE_URL, else DefaultBaseURL).
func WithBaseURL(u string) Option { return func(c *Client) { c.baseURL = strings.TrimRight(u, "/") } }

// WithAPIKey sets the secret sent as "Authorization: Bearer" (default: LIMNER_API_KEY).
func WithAPIKey(key string) Option { return func(c *Client) { c.apiKey = key } }

// WithTimeout sets the timeout of each attempt (default 60 s).
func WithTimeout(d time.Duration) Option { return func(c *Client) { c.httpClient.Timeout = d } }

// WithMaxRetries sets how many further attempts follow a 429, a 5xx or a connection error (default 2).
func WithMaxRetries(n int) Option { return func(c *Client) { c.retry.MaxRetries = n } }

// WithRetryPolicy replaces the whole retry policy.
func WithRetryPolicy(p RetryPolicy) Option { return func(c *Client) { c.retry = p } }

// WithHTTPClient uses h for every request (its Timeout then applies).
func WithHTTPClient(h *http.Client) Option { return func(c *Client) { c.httpClient = h } }

// WithHeader adds a header to every request.
func WithHeader(name, value string) Option { return func(c *Client) { c.headers.Add(name, value) } }

// WithLogger logs one line per attempt (method, path, status, attempt, time, request id; never the
// key or bodies) to l; nil turns the log off. Without it, LIMNER_LOG=debug logs to stderr.
func WithLogger(l *log.Logger) Option { return func(c *Client) { c.logger = l } }

// NewClient returns a client configured by opts.
func NewClient(opts ...Option) *Client {
	c := &Client{
		baseURL:    strings.TrimRight(envOr("LIMNER_BASE_URL", DefaultBaseURL), "/"),
		apiKey:     os.Getenv("LIMNER_API_KEY"),
		httpClient: &http.Client{Timeout: 60 * time.Second},
		retry:      DefaultRetryPolicy(),
		headers:    http.Header{},
		sleep:      sleepContext,
	}
	if strings.EqualFold(strings.TrimSpace(os.Getenv("LIMNER_LOG")), "debug") {
		c.logger = log.New(os.Stderr, "[limner] ", log.LstdFlags)
	}
	for _, opt := range opts {
		opt(c)
	}
	c.bind()
	return c
}

func (c *Client) bind() {
	c.Plans = &PlansService{c}
	c.Generations = &GenerationsService{c}
	c.Images = &ImagesService{c}
	c.References = &ReferencesService{c}
	c.Webhooks = &WebhooksService{}
}

// WithOptions returns a copy of the client with opts applied; c itself is unchanged.
func (c *Client) WithOptions(opts ...Option) *Client {
	clone := *c
	httpClient := *c.httpClient
	clone.httpClient = &httpClient
	clone.headers = c.headers.Clone()
	for _, opt := range opts {
		opt(&clone)
	}
	clone.bind()
	return &clone
}

// MaxRetries is how many further attempts follow a retryable failure.
func (c *Client) MaxRetries() int { return c.retry.MaxRetries }

// Timeout is the client's timeout per attempt (0: none).
func (c *Client) Timeout() time.Duration { return c.httpClient.Timeout }

func (c *Client) logf(format string, args ...any) {
	if c.logger != nil {
		c.logger.Printf(format, args...)
	}
}

// BaseURL is the server this client talks to.
func (c *Client) BaseURL() string { return c.baseURL }

func envOr(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}

func sleepContext(ctx context.Context, d time.Duration) error {
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-timer.C:
		return nil
	}
}

// NewIdempotencyKey returns a fresh random key (a UUID v4 with a prefix).
func NewIdempotencyKey() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(fmt.Sprintf("limner: no randomness for an idempotency key: %v", err))
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("limner-go-%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

// RequestOption adjusts one call.
type RequestOption func(*call)

// WithIdempotencyKey sets the Idempotency-Key of a POST (default: a fresh one per call).
func WithIdempotencyKey(key string) RequestOption { return func(r *call) { r.idempotencyKey = key } }

// WithRequestTimeout limits each attempt of this call to d (over the client's timeout).
func WithRequestTimeout(d time.Duration) RequestOption { return func(r *call) { r.timeout = d } }

// WithRequestMaxRetries sets this call's further attempts after a retryable failure.
func WithRequestMaxRetries(n int) RequestOption {
	return func(r *call) { r.maxRetries = &n }
}

// WithResponseInto stores the successful HTTP answer of this call (status, headers; its Body
// holds the bytes read) in *dst: the raw response beside the decoded result.
func WithResponseInto(dst **http.Response) RequestOption {
	return func(r *call) { r.responseInto = dst }
}

type call struct {
	method         string
	path           string
	query          url.Values
	body           []byte
	contentType    string
	accept         string
	idempotencyKey string
	timeout        time.Duration
	maxRetries     *int
	responseInto   **http.Response
}

func (c *Client) newCall(method, path string, body any, opts []RequestOption) (*call, error) {
	r := &call{method: method, path: path, accept: "application/json"}
	if body != nil {
		data, err := json.Marshal(body)
		if err != nil {
			return nil, fmt.Errorf("limner: encoding request body: %w", err)
		}
		r.body = data
		r.contentType = "application/json"
	}
	for _, opt := range opts {
		opt(r)
	}
	if method == http.MethodPost && r.idempotencyKey == "" {
		r.idempotencyKey = NewIdempotencyKey()
	}
	return r, nil
}

func (c *Client) build(ctx context.Context, r *call) (*http.Request, error) {
	target := c.baseURL + r.path
	if len(r.query) > 0 {
		target += "?" + r.query.Encode()
	}
	var body io.Reader
	if r.body != nil {
		body = bytes.NewReader(r.body)
	}
	req, err := http.NewRequestWithContext(ctx, r.method, target, body)
	if err != nil {
		return nil, fmt.Errorf("limner: building request: %w", err)
	}
	req.Header.Set("Accept", r.accept)
	req.Header.Set("User-Agent", "limner-client-go/"+Version)
	if r.body != nil {
		req.Header.Set("Content-Type", r.contentType)
	}
	if c.apiKey != "" {
		req.Header.Set("Authorization", "Bearer "+c.apiKey)
	}
	if r.idempotencyKey != "" {
		req.Header.Set("Idempotency-Key", r.idempotencyKey)
	}
	for name, values := range c.headers {
		req.Header[name] = append([]string(nil), values...)
	}
	return req, nil
}

// response is a fully read successful answer.
type response struct {
	status int
	header http.Header
	body   []byte
}

// send performs r and reads the whole successful answer.
func (c *Client) send(ctx context.Context, r *call) (*response, error) {
	res, err := c.open(ctx, r)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		return nil, &ConnectionError{Err: err}
	}
	if r.responseInto != nil {
		res.Body = io.NopCloser(bytes.NewReader(body))
		*r.responseInto = res
	}
	return &response{status: res.StatusCode, header: res.Header, body: body}, nil
}

// open performs r, retrying what may succeed later, and returns the successful answer with its
// body unread (the caller closes it), or the mapped error.
func (c *Client) open(ctx context.Context, r *call) (*http.Response, error) {
	maxRetries := c.retry.MaxRetries
	if r.maxRetries != nil {
		maxRetries = *r.maxRetries
	}
	for attempt := 0; ; attempt++ {
		attemptCtx, cancel := ctx, context.CancelFunc(func() {})
		if r.timeout > 0 {
			attemptCtx, cancel = context.WithTimeout(ctx, r.timeout)
		}
		req, err := c.build(attemptCtx, r)
		if err != nil {
			cancel()
			return nil, err
		}
		var failure error
		var retryAfter time.Duration
		var hasRetryAfter bool
		started := time.Now()
		res, err := c.httpClient.Do(req)
		if err == nil {
			c.logf("%s %s %d (attempt %d, %d ms, request id %s)", r.method, r.path, res.StatusCode, attempt+1,
				time.Since(started).Milliseconds(), orDash(res.Header.Get("X-Request-ID")))
		} else {
			c.logf("%s %s failed (attempt %d): %v", r.method, r.path, attempt+1, err)
		}
		switch {
		case err != nil && ctx.Err() != nil:
			cancel()
			return nil, ctx.Err()
		case err != nil:
			cancel()
			failure = &ConnectionError{Err: err}
		case res.StatusCode >= 200 && res.StatusCode < 300:
			res.Body = &cancelOnClose{ReadCloser: res.Body, cancel: cancel}
			return res, nil
		default:
			body, readErr := io.ReadAll(res.Body)
			res.Body.Close()
			cancel()
			if readErr != nil {
				failure = &ConnectionError{Err: readErr}
				break
			}
			apiErr := newAPIError(res.StatusCode, http.StatusText(res.StatusCode), res.Header, body)
			res.Body = io.NopCloser(bytes.NewReader(body))
			apiErr.Response = res
			if !IsRetryableStatus(res.StatusCode) {
				return nil, apiErr
			}
			failure, retryAfter, hasRetryAfter = apiErr, apiErr.RetryAfter, apiErr.HasRetryAfter
		}
		if attempt >= maxRetries {
			return nil, failure
		}
		delay := c.retry.Delay(attempt, retryAfter, hasRetryAfter)
		c.logf("%s %s: retrying in %s after %v", r.method, r.path, delay, failure)
		if err := c.sleep(ctx, delay); err != nil {
			return nil, err
		}
	}
}

// cancelOnClose ends a per-attempt timeout's context once the caller has read the answer.
type cancelOnClose struct {
	io.ReadCloser
	cancel context.CancelFunc
}

func (b *cancelOnClose) Close() error {
	err := b.ReadCloser.Close()
	b.cancel()
	return err
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func decode(res *response, out any, what string) error {
	if err := json.Unmarshal(res.body, out); err != nil {
		return &limnerError{family: ErrInvalidResponse, msg: "answer is not a " + what, err: err}
	}
	return nil
}

// Do performs a raw call with this client's auth, retries and idempotency, and decodes the JSON
// answer into out (when out is not nil); for endpoints this package has no method for.
func (c *Client) Do(ctx context.Context, method, path string, body, out any, opts ...RequestOption) error {
	r, err := c.newCall(method, path, body, opts)
	if err != nil {
		return err
	}
	res, err := c.send(ctx, r)
	if err != nil {
		return err
	}
	if out == nil || len(res.body) == 0 {
		return nil
	}
	return decode(res, out, "JSON object")
}

// ReasonParams are the fields of POST /v1/reason.
type ReasonParams struct {
	Prompt      string         `json:"prompt"`
	References  []ReferenceUse `json:"references,omitempty"`
	BasePlanID  string         `json:"base_plan_id,omitempty"`
	Size        string         `json:"size,omitempty"`
	AspectRatio string         `json:"aspect_ratio,omitempty"`
	Seed        *int           `json:"seed,omitempty"`
}

// Reason turns a prompt (or an edit of BasePlanID) into a scene plan: POST /v1/reason.
func (c *Client) Reason(ctx context.Context, params ReasonParams, opts ...RequestOption) (*Plan, error) {
	var plan Plan
	if err := c.Do(ctx, http.MethodPost, "/v1/reason", params, &plan, opts...); err != nil {
		return nil, err
	}
	return &plan, nil
}

// GenerateParams are the fields of POST /v1/generate; set exactly one of Prompt, PlanID or Plan.
type GenerateParams struct {
	Prompt       string   `json:"prompt,omitempty"`
	PlanID       string   `json:"plan_id,omitempty"`
	Plan         *Plan    `json:"plan,omitempty"`
	N            int      `json:"n,omitempty"`
	Size         string   `json:"size,omitempty"`
	OutputFormat string   `json:"output_format,omitempty"`
	Seed         *int     `json:"seed,omitempty"`
	Renderer     string   `json:"renderer,omitempty"`
	Locales      []string `json:"locales,omitempty"`
	MirrorRTL    bool     `json:"mirror_rtl,omitempty"`
	BaseImageID  string   `json:"base_image_id,omitempty"`
	// Async makes the server answer 202 at once; follow the generation with Generations.Wait.
	Async      bool   `json:"async,omitempty"`
	WebhookURL string `json:"webhook_url,omitempty"`
}

// Generate renders images: POST /v1/generate.
func (c *Client) Generate(ctx context.Context, params GenerateParams, opts ...RequestOption) (*Generation, error) {
	sources := 0
	for _, given := range []bool{params.Prompt != "", params.PlanID != "", params.Plan != nil} {
		if given {
			sources++
		}
	}
	if sources != 1 {
		return nil, errors.New("limner: set exactly one of Prompt, PlanID or Plan")
	}
	r, err := c.newCall(http.MethodPost, "/v1/generate", params, opts)
	if err != nil {
		return nil, err
	}
	res, err := c.send(ctx, r)
	if err != nil {
		return nil, err
	}
	if res.status == http.StatusAccepted && len(bytes.TrimSpace(res.body)) == 0 {
		location := strings.TrimRight(res.header.Get("Location"), "/")
		id := location[strings.LastIndex(location, "/")+1:]
		if id == "" {
			return nil, &limnerError{family: ErrInvalidResponse, msg: "202 answer with neither a body nor a Location header"}
		}
		return c.Generations.Get(ctx, id, opts...)
	}
	var generation Generation
	if err := decode(res, &generation, "generation"); err != nil {
		return nil, err
	}
	return &generation, nil
}

// Usage is the metered usage between two Unix times (zero means unbounded): GET /v1/usage.
func (c *Client) Usage(ctx context.Context, start, end int64, opts ...RequestOption) (*Usage, error) {
	r, err := c.newCall(http.MethodGet, "/v1/usage", nil, opts)
	if err != nil {
		return nil, err
	}
	r.query = url.Values{}
	if start != 0 {
		r.query.Set("start", fmt.Sprint(start))
	}
	if end != 0 {
		r.query.Set("end", fmt.Sprint(end))
	}
	res, err := c.send(ctx, r)
	if err != nil {
		return nil, err
	}
	var usage Usage
	if err := decode(res, &usage, "usage"); err != nil {
		return nil, err
	}
	return &usage, nil
}
