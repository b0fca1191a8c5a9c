package limner

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
)

// ListParams select one page of a list endpoint (GET /v1/generations, /v1/images, /v1/plans,
// /v1/references): Limit items a page, 1–100 (0 leaves the server's default, 20), After an id to
// start after. The server judges them: a Limit out of range is its 422 naming "limit".
type ListParams struct {
	Limit int
	After string
}

func (p ListParams) query() url.Values {
	query := url.Values{}
	if p.Limit != 0 {
		query.Set("limit", strconv.Itoa(p.Limit))
	}
	if p.After != "" {
		query.Set("after", p.After)
	}
	return query
}

// Page is one page of a list, newest first. NextPage fetches the one after it.
type Page[T any] struct {
	Object  string `json:"object"`
	Data    []T    `json:"data"`
	HasMore bool   `json:"has_more"`

	lister *lister[T]
	params ListParams
}

// NextPageCursor is the After of the next page (this page's last id), or "" at the end of the list.
func (p *Page[T]) NextPageCursor() string {
	if !p.HasMore || len(p.Data) == 0 {
		return ""
	}
	return p.lister.id(&p.Data[len(p.Data)-1])
}

// HasNextPage says whether NextPage has a page to fetch.
func (p *Page[T]) HasNextPage() bool { return p.NextPageCursor() != "" }

// NextPage fetches the page after this one; at the end of the list it returns nil and no error.
func (p *Page[T]) NextPage(ctx context.Context) (*Page[T], error) {
	cursor := p.NextPageCursor()
	if cursor == "" {
		return nil, nil
	}
	next := p.params
	next.After = cursor
	return p.lister.page(ctx, next, false)
}

// Iter walks every item of a list, page after page, fetching each next page when it is reached:
//
//	it := client.Generations.ListAutoPaging(ctx, limner.ListParams{Limit: 50})
//	for it.Next() {
//		generation := it.Current()
//	}
//	if err := it.Err(); err != nil { … }
type Iter[T any] struct {
	ctx    context.Context
	lister *lister[T]
	params ListParams
	page   *Page[T]
	index  int
	err    error
}

// Next advances to the next item, fetching a page when needed; false at the end or on an error.
func (it *Iter[T]) Next() bool {
	if it.err != nil {
		return false
	}
	if it.page == nil {
		it.page, it.err = it.lister.page(it.ctx, it.params, true)
		it.index = -1
		if it.err != nil {
			return false
		}
	}
	for it.index+1 >= len(it.page.Data) {
		next, err := it.page.NextPage(it.ctx)
		if err != nil {
			it.err = err
			return false
		}
		if next == nil {
			return false
		}
		it.page, it.index = next, -1
	}
	it.index++
	return true
}

// Current is the item Next advanced to.
func (it *Iter[T]) Current() T {
	var zero T
	if it.page == nil || it.index < 0 || it.index >= len(it.page.Data) {
		return zero
	}
	return it.page.Data[it.index]
}

// Err is the error that ended the iteration, if any.
func (it *Iter[T]) Err() error { return it.err }

// Page is the page the current item is on (nil before the first Next).
func (it *Iter[T]) Page() *Page[T] { return it.page }

// lister fetches pages of one list endpoint with one call's options.
type lister[T any] struct {
	c    *Client
	path string
	kind string
	id   func(*T) string
	opts []RequestOption
}

func newLister[T any](c *Client, path, kind string, id func(*T) string, opts []RequestOption) *lister[T] {
	return &lister[T]{c: c, path: path, kind: kind, id: id, opts: opts}
}

// page fetches one page; WithResponseInto receives only the first page's answer.
func (l *lister[T]) page(ctx context.Context, params ListParams, first bool) (*Page[T], error) {
	r, err := l.c.newCall(http.MethodGet, l.path, nil, l.opts)
	if err != nil {
		return nil, err
	}
	r.query = params.query()
	if !first {
		r.responseInto = nil
	}
	res, err := l.c.send(ctx, r)
	if err != nil {
		return nil, err
	}
	page, err := decodeList[T](res.body, l.kind)
	if err != nil {
		return nil, err
	}
	for i := range page.Data {
		if l.id(&page.Data[i]) == "" {
			return nil, &limnerError{family: ErrInvalidResponse, msg: fmt.Sprintf("answer is not a list of %s: data[%d].id is missing", l.kind, i)}
		}
	}
	page.lister, page.params = l, params
	return page, nil
}

// decodeList reads a list answer, naming what does not fit (ErrInvalidResponse).
func decodeList[T any](body []byte, kind string) (*Page[T], error) {
	var raw struct {
		Object  string            `json:"object"`
		Data    []json.RawMessage `json:"data"`
		HasMore *bool             `json:"has_more"`
	}
	invalid := func(msg string, err error) error {
		return &limnerError{family: ErrInvalidResponse, msg: "answer is not a list of " + kind + msg, err: err}
	}
	if err := json.Unmarshal(body, &raw); err != nil {
		return nil, invalid("", err)
	}
	switch {
	case raw.Object != "list":
		return nil, invalid(fmt.Sprintf(": object is %q", raw.Object), nil)
	case raw.Data == nil:
		return nil, invalid(": data is missing", nil)
	case raw.HasMore == nil:
		return nil, invalid(": has_more is missing", nil)
	}
	page := &Page[T]{Object: raw.Object, Data: make([]T, len(raw.Data)), HasMore: *raw.HasMore}
	for i, item := range raw.Data {
		if err := json.Unmarshal(item, &page.Data[i]); err != nil {
			return nil, invalid(fmt.Sprintf(": data[%d]", i), err)
		}
	}
	return page, nil
}
