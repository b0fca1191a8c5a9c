package limner

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"net/url"
	"os"
	"regexp"
	"strings"
	"time"
)

// PlansService reads stored plans.
type PlansService struct{ c *Client }

// Get returns a stored plan: GET /v1/plans/{id}.
func (s *PlansService) Get(ctx context.Context, id string, opts ...RequestOption) (*Plan, error) {
	var plan Plan
	if err := s.c.Do(ctx, http.MethodGet, "/v1/plans/"+url.PathEscape(id), nil, &plan, opts...); err != nil {
		return nil, err
	}
	return &plan, nil
}

// List returns one page of your plans, newest first: GET /v1/plans. Page.NextPage fetches the next.
func (s *PlansService) List(ctx context.Context, params ListParams, opts ...RequestOption) (*Page[Plan], error) {
	return s.lister(opts).page(ctx, params, true)
}

// ListAutoPaging iterates over every one of your plans, newest first, fetching pages as needed.
func (s *PlansService) ListAutoPaging(ctx context.Context, params ListParams, opts ...RequestOption) *Iter[Plan] {
	return &Iter[Plan]{ctx: ctx, lister: s.lister(opts), params: params}
}

func (s *PlansService) lister(opts []RequestOption) *lister[Plan] {
	return newLister(s.c, "/v1/plans", "plans", func(v *Plan) string { return v.ID }, opts)
}

// GenerationsService reads, waits for and cancels generations.
type GenerationsService struct{ c *Client }

func (s *GenerationsService) fetch(ctx context.Context, id string, opts ...RequestOption) (*Generation, *response, error) {
	r, err := s.c.newCall(http.MethodGet, "/v1/generations/"+url.PathEscape(id), nil, opts)
	if err != nil {
		return nil, nil, err
	}
	res, err := s.c.send(ctx, r)
	if err != nil {
		return nil, nil, err
	}
	var generation Generation
	if err := decode(res, &generation, "generation"); err != nil {
		return nil, nil, err
	}
	return &generation, res, nil
}

// Get returns a generation and its images: GET /v1/generations/{id}.
func (s *GenerationsService) Get(ctx context.Context, id string, opts ...RequestOption) (*Generation, error) {
	generation, _, err := s.fetch(ctx, id, opts...)
	return generation, err
}

// Cancel cancels a queued or running generation: POST /v1/generations/{id}/cancel.
func (s *GenerationsService) Cancel(ctx context.Context, id string, opts ...RequestOption) (*Generation, error) {
	var generation Generation
	path := "/v1/generations/" + url.PathEscape(id) + "/cancel"
	if err := s.c.Do(ctx, http.MethodPost, path, nil, &generation, opts...); err != nil {
		return nil, err
	}
	return &generation, nil
}

// List returns one page of your generations, newest first: GET /v1/generations. Page.NextPage fetches the next.
func (s *GenerationsService) List(ctx context.Context, params ListParams, opts ...RequestOption) (*Page[Generation], error) {
	return s.lister(opts).page(ctx, params, true)
}

// ListAutoPaging iterates over every one of your generations, newest first, fetching pages as needed.
func (s *GenerationsService) ListAutoPaging(ctx context.Context, params ListParams, opts ...RequestOption) *Iter[Generation] {
	return &Iter[Generation]{ctx: ctx, lister: s.lister(opts), params: params}
}

func (s *GenerationsService) lister(opts []RequestOption) *lister[Generation] {
	return newLister(s.c, "/v1/generations", "generations", func(v *Generation) string { return v.ID }, opts)
}

// Events calls fn with each status change of a generation as it happens
// (GET /v1/generations/{id}/events), until a terminal status, an error from fn, or ctx ends.
func (s *GenerationsService) Events(ctx context.Context, id string, fn func(*Generation) error) error {
	r, err := s.c.newCall(http.MethodGet, "/v1/generations/"+url.PathEscape(id)+"/events", nil, nil)
	if err != nil {
		return err
	}
	r.accept = "text/event-stream"
	res, err := s.c.open(ctx, r)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	scanner := bufio.NewScanner(res.Body)
	scanner.Buffer(make([]byte, 64*1024), 8*1024*1024)
	var data []string
	for {
		more := scanner.Scan()
		line := strings.TrimSuffix(scanner.Text(), "\r")
		if more && line != "" {
			if value, ok := sseField(line, "data"); ok {
				data = append(data, value)
			}
			continue
		}
		if len(data) > 0 {
			if generation := generationFromEvent(strings.Join(data, "\n")); generation != nil {
				if err := fn(generation); err != nil {
					return err
				}
				if generation.Status.Terminal() {
					return nil
				}
			}
			data = data[:0]
		}
		if !more {
			if err := scanner.Err(); err != nil {
				return &ConnectionError{Err: err}
			}
			return nil
		}
	}
}

func sseField(line, name string) (string, bool) {
	if !strings.HasPrefix(line, name+":") {
		return "", false
	}
	return strings.TrimPrefix(line[len(name)+1:], " "), true
}

// generationFromEvent reads an event's data: a generation, or one wrapped as {"generation": ...}.
func generationFromEvent(data string) *Generation {
	var wrapped struct {
		Generation *Generation `json:"generation"`
	}
	if json.Unmarshal([]byte(data), &wrapped) == nil && wrapped.Generation != nil && wrapped.Generation.ID != "" {
		return wrapped.Generation
	}
	var generation Generation
	if json.Unmarshal([]byte(data), &generation) != nil || generation.ID == "" || generation.Status == "" {
		return nil
	}
	return &generation
}

// WaitOptions pace Generations.Wait.
type WaitOptions struct {
	// Timeout before a WaitTimeoutError (default 5 minutes).
	Timeout time.Duration
	// PollInterval is the first pause (default 250 ms); it grows ×1.5 up to 2 s
	// unless the server sends Retry-After.
	PollInterval time.Duration
}

// Wait polls until the generation is succeeded, failed or canceled, at the server's pace.
func (s *GenerationsService) Wait(ctx context.Context, id string, opts WaitOptions) (*Generation, error) {
	timeout, interval := opts.Timeout, opts.PollInterval
	if timeout <= 0 {
		timeout = 5 * time.Minute
	}
	if interval <= 0 {
		interval = 250 * time.Millisecond
	}
	deadline := time.Now().Add(timeout)
	for {
		generation, res, err := s.fetch(ctx, id)
		if err != nil {
			return nil, err
		}
		if generation.Status.Terminal() {
			return generation, nil
		}
		if wait, ok := parseRetryAfter(res.header.Get("Retry-After"), time.Now()); ok {
			interval = wait
		} else if interval = interval * 3 / 2; interval > 2*time.Second {
			interval = 2 * time.Second
		}
		remaining := time.Until(deadline)
		if remaining <= 0 {
			return nil, &WaitTimeoutError{GenerationID: id, Timeout: timeout, LastStatus: generation.Status}
		}
		if interval > remaining {
			interval = remaining
		}
		if err := s.c.sleep(ctx, interval); err != nil {
			return nil, err
		}
	}
}

// ImagesService downloads rendered images.
type ImagesService struct{ c *Client }

var sha256Tag = regexp.MustCompile(`^[0-9a-f]{64}$`)

// Download returns the bytes of an image (GET /v1/images/{id}), checked against its sha256 ETag.
func (s *ImagesService) Download(ctx context.Context, id string, opts ...RequestOption) ([]byte, error) {
	r, err := s.c.newCall(http.MethodGet, "/v1/images/"+url.PathEscape(id), nil, opts)
	if err != nil {
		return nil, err
	}
	r.accept = "*/*"
	res, err := s.c.send(ctx, r)
	if err != nil {
		return nil, err
	}
	tag := strings.ToLower(strings.Trim(strings.TrimPrefix(res.header.Get("ETag"), "W/"), `"`))
	if sha256Tag.MatchString(tag) {
		sum := sha256.Sum256(res.body)
		if digest := hex.EncodeToString(sum[:]); digest != tag {
			return nil, &limnerError{family: ErrInvalidResponse, msg: "downloaded image is corrupt: sha256 " + digest + " != ETag " + tag}
		}
	}
	return res.body, nil
}

// Save downloads an image into the file at path.
func (s *ImagesService) Save(ctx context.Context, id, path string) error {
	data, err := s.Download(ctx, id)
	if err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}

// List returns one page of your images, newest first: GET /v1/images. Page.NextPage fetches the next.
func (s *ImagesService) List(ctx context.Context, params ListParams, opts ...RequestOption) (*Page[Image], error) {
	return s.lister(opts).page(ctx, params, true)
}

// ListAutoPaging iterates over every one of your images, newest first, fetching pages as needed.
func (s *ImagesService) ListAutoPaging(ctx context.Context, params ListParams, opts ...RequestOption) *Iter[Image] {
	return &Iter[Image]{ctx: ctx, lister: s.lister(opts), params: params}
}

func (s *ImagesService) lister(opts []RequestOption) *lister[Image] {
	return newLister(s.c, "/v1/images", "images", func(v *Image) string { return v.ID }, opts)
}

// ReferencesService uploads and manages reference images.
type ReferencesService struct{ c *Client }

// Create uploads a reference image (PNG, JPEG or WebP bytes) as multipart form data:
// POST /v1/references. The form is encoded once, so retries send the very same bytes.
func (s *ReferencesService) Create(ctx context.Context, data []byte, role, name string, opts ...RequestOption) (*Reference, error) {
	var form bytes.Buffer
	writer := multipart.NewWriter(&form)
	for _, field := range [][2]string{{"role", role}, {"name", name}} {
		if field[1] != "" {
			if err := writer.WriteField(field[0], field[1]); err != nil {
				return nil, err
			}
		}
	}
	filename := name
	if filename == "" {
		filename = "reference"
	}
	header := textproto.MIMEHeader{}
	header.Set("Content-Disposition", fmt.Sprintf(`form-data; name="file"; filename=%q`, filename))
	header.Set("Content-Type", http.DetectContentType(data))
	part, err := writer.CreatePart(header)
	if err != nil {
		return nil, err
	}
	if _, err := part.Write(data); err != nil {
		return nil, err
	}
	if err := writer.Close(); err != nil {
		return nil, err
	}
	r, err := s.c.newCall(http.MethodPost, "/v1/references", nil, opts)
	if err != nil {
		return nil, err
	}
	r.body, r.contentType = form.Bytes(), writer.FormDataContentType()
	res, err := s.c.send(ctx, r)
	if err != nil {
		return nil, err
	}
	var reference Reference
	if err := decode(res, &reference, "reference"); err != nil {
		return nil, err
	}
	return &reference, nil
}

// Get returns a reference: GET /v1/references/{id}.
func (s *ReferencesService) Get(ctx context.Context, id string, opts ...RequestOption) (*Reference, error) {
	var reference Reference
	if err := s.c.Do(ctx, http.MethodGet, "/v1/references/"+url.PathEscape(id), nil, &reference, opts...); err != nil {
		return nil, err
	}
	return &reference, nil
}

// Delete removes a reference: DELETE /v1/references/{id}.
func (s *ReferencesService) Delete(ctx context.Context, id string, opts ...RequestOption) error {
	return s.c.Do(ctx, http.MethodDelete, "/v1/references/"+url.PathEscape(id), nil, nil, opts...)
}

// List returns one page of your references, newest first: GET /v1/references. Page.NextPage fetches the next.
func (s *ReferencesService) List(ctx context.Context, params ListParams, opts ...RequestOption) (*Page[Reference], error) {
	return s.lister(opts).page(ctx, params, true)
}

// ListAutoPaging iterates over every one of your references, newest first, fetching pages as needed.
func (s *ReferencesService) ListAutoPaging(ctx context.Context, params ListParams, opts ...RequestOption) *Iter[Reference] {
	return &Iter[Reference]{ctx: ctx, lister: s.lister(opts), params: params}
}

func (s *ReferencesService) lister(opts []RequestOption) *lister[Reference] {
	return newLister(s.c, "/v1/references", "references", func(v *Reference) string { return v.ID }, opts)
}
