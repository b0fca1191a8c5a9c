package limner

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// listServer serves items (newest first) as the list endpoints do: limit a page, after an id.
// failures answers request number n (0 = the first) instead.
type listServer struct {
	mu       sync.Mutex
	items    []map[string]any
	failures map[int]answer
	queries  []string
	paths    []string
}

func (s *listServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	number := len(s.queries)
	s.queries = append(s.queries, r.URL.RawQuery)
	s.paths = append(s.paths, r.URL.Path)
	failure, failed := s.failures[number]
	s.mu.Unlock()
	if failed {
		for k, v := range failure.header {
			w.Header().Set(k, v)
		}
		w.WriteHeader(failure.status)
		_, _ = w.Write([]byte(failure.body))
		return
	}
	limit := 20
	if v := r.URL.Query().Get("limit"); v != "" {
		limit, _ = strconv.Atoi(v)
	}
	start := 0
	if after := r.URL.Query().Get("after"); after != "" {
		for i, item := range s.items {
			if item["id"] == after {
				start = i + 1
			}
		}
	}
	end := start + limit
	if end > len(s.items) {
		end = len(s.items)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Request-ID", fmt.Sprintf("req_%d", number))
	page := append([]map[string]any{}, s.items[start:end]...)
	_ = json.NewEncoder(w).Encode(map[string]any{"object": "list", "data": page, "has_more": end < len(s.items)})
}

func listGeneration(n int) map[string]any {
	return map[string]any{
		"id": fmt.Sprintf("gen_%d", n), "object": "generation", "status": "succeeded",
		"plan_id": fmt.Sprintf("plan_%d", n), "created": 1795000000 + n,
		"images": []map[string]any{{
			"id": fmt.Sprintf("img_%d", n), "url": fmt.Sprintf("/v1/images/img_%d", n), "width": 64, "height": 64,
			"format": "png", "seed": n, "sha256": strings.Repeat("0", 64), "locale": nil,
			"notes":      []string{fmt.Sprintf("text shrunk to fit in image %d", n)},
			"signed_url": fmt.Sprintf("/v1/images/img_%d?expires=1795003600&signature=s%d", n, n), "signed_url_expires": 1795003600,
		}},
		"usage": map[string]any{"images": 1}, "error": nil, "change_mask": nil,
	}
}

func listGenerations() []map[string]any {
	return []map[string]any{listGeneration(5), listGeneration(4), listGeneration(3), listGeneration(2), listGeneration(1)}
}

func newListClient(t *testing.T, s *listServer, opts ...Option) *Client {
	t.Helper()
	server := httptest.NewServer(s)
	t.Cleanup(server.Close)
	base := []Option{WithBaseURL(server.URL), WithAPIKey("sk_test"), WithMaxRetries(1)}
	client := NewClient(append(base, opts...)...)
	client.sleep = func(context.Context, time.Duration) error { return nil }
	return client
}

func generationIDs(items []Generation) []string {
	ids := []string{}
	for _, g := range items {
		ids = append(ids, g.ID)
	}
	return ids
}

func TestListAutoPagingFetchesEveryPageAfterTheLastID(t *testing.T) {
	server := &listServer{items: listGenerations()}
	client := newListClient(t, server)
	it := client.Generations.ListAutoPaging(context.Background(), ListParams{Limit: 2})
	if len(server.queries) != 0 {
		t.Fatal("nothing is requested before Next")
	}
	var seen []Generation
	for it.Next() {
		seen = append(seen, it.Current())
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	if got := generationIDs(seen); !reflect.DeepEqual(got, []string{"gen_5", "gen_4", "gen_3", "gen_2", "gen_1"}) {
		t.Fatalf("ids %v", got)
	}
	if want := []string{"limit=2", "after=gen_4&limit=2", "after=gen_2&limit=2"}; !reflect.DeepEqual(server.queries, want) {
		t.Fatalf("queries %v, want %v", server.queries, want)
	}
	if it.Next() || it.Page() == nil || it.Page().HasMore {
		t.Fatal("the iteration stays ended on the last page")
	}
	image := seen[0].Images[0]
	if image.SignedURL != "/v1/images/img_5?expires=1795003600&signature=s5" || image.SignedURLExpires != 1795003600 || len(image.Notes) != 1 {
		t.Fatalf("image %+v", image)
	}
}

func TestListGivesOnePageAndNextPageTheRest(t *testing.T) {
	server := &listServer{items: listGenerations()}
	client := newListClient(t, server)
	ctx := context.Background()
	var raw *http.Response
	first, err := client.Generations.List(ctx, ListParams{Limit: 3, After: "gen_5"}, WithResponseInto(&raw))
	if err != nil {
		t.Fatal(err)
	}
	if got := generationIDs(first.Data); !reflect.DeepEqual(got, []string{"gen_4", "gen_3", "gen_2"}) || !first.HasMore {
		t.Fatalf("first page %v has_more %v", got, first.HasMore)
	}
	if first.NextPageCursor() != "gen_2" || !first.HasNextPage() {
		t.Fatalf("cursor %q", first.NextPageCursor())
	}
	last, err := first.NextPage(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got := generationIDs(last.Data); !reflect.DeepEqual(got, []string{"gen_1"}) || last.HasMore || last.HasNextPage() {
		t.Fatalf("last page %v has_more %v", got, last.HasMore)
	}
	if end, err := last.NextPage(ctx); end != nil || err != nil {
		t.Fatalf("past the end: %v, %v", end, err)
	}
	if raw == nil || raw.Header.Get("X-Request-ID") != "req_0" {
		t.Fatal("WithResponseInto keeps the first page's answer")
	}
	if len(server.queries) != 2 || server.queries[1] != "after=gen_2&limit=3" {
		t.Fatalf("queries %v", server.queries)
	}
}

func TestAnEmptyListIsOneRequestAndNoItems(t *testing.T) {
	server := &listServer{items: nil}
	client := newListClient(t, server)
	it := client.Plans.ListAutoPaging(context.Background(), ListParams{})
	if it.Next() || it.Err() != nil {
		t.Fatalf("an item or an error from an empty list: %v", it.Err())
	}
	page, err := client.References.List(context.Background(), ListParams{})
	if err != nil || len(page.Data) != 0 || page.HasMore || page.HasNextPage() {
		t.Fatalf("page %+v, %v", page, err)
	}
	if !reflect.DeepEqual(server.queries, []string{"", ""}) || server.paths[0] != "/v1/plans" || server.paths[1] != "/v1/references" {
		t.Fatalf("queries %q paths %v", server.queries, server.paths)
	}
}

func TestHasMoreWithNoItemsEndsTheIteration(t *testing.T) {
	server := &listServer{failures: map[int]answer{0: okAnswer(`{"object":"list","data":[],"has_more":true}`, nil)}}
	client := newListClient(t, server)
	it := client.Images.ListAutoPaging(context.Background(), ListParams{})
	if it.Next() || it.Err() != nil || len(server.queries) != 1 {
		t.Fatalf("requests %d, err %v", len(server.queries), it.Err())
	}
}

func TestAnErrorMidIterationEndsItWithTheError(t *testing.T) {
	server := &listServer{items: listGenerations(), failures: map[int]answer{1: problemAnswer(404, "not_found", nil)}}
	client := newListClient(t, server)
	it := client.Generations.ListAutoPaging(context.Background(), ListParams{Limit: 2})
	var seen []Generation
	for it.Next() {
		seen = append(seen, it.Current())
	}
	if got := generationIDs(seen); !reflect.DeepEqual(got, []string{"gen_5", "gen_4"}) {
		t.Fatalf("ids before the error %v", got)
	}
	var apiErr *APIError
	if !errors.Is(it.Err(), ErrNotFound) || !errors.As(it.Err(), &apiErr) || apiErr.StatusCode != 404 {
		t.Fatalf("error %v", it.Err())
	}
	if it.Next() {
		t.Fatal("Next after an error")
	}
}

func TestALaterPageIsRetriedLikeAnyCall(t *testing.T) {
	server := &listServer{items: listGenerations(), failures: map[int]answer{1: problemAnswer(503, "overloaded", nil)}}
	client := newListClient(t, server)
	it := client.Generations.ListAutoPaging(context.Background(), ListParams{Limit: 3})
	var seen []Generation
	for it.Next() {
		seen = append(seen, it.Current())
	}
	if it.Err() != nil || len(seen) != 5 {
		t.Fatalf("%d items, err %v", len(seen), it.Err())
	}
	if want := []string{"limit=3", "after=gen_3&limit=3", "after=gen_3&limit=3"}; !reflect.DeepEqual(server.queries, want) {
		t.Fatalf("queries %v", server.queries)
	}
}

func TestABadLimitIsTheServers422NamingLimit(t *testing.T) {
	server := &listServer{failures: map[int]answer{0: problemAnswer(422, "invalid_request", nil)}}
	client := newListClient(t, server)
	_, err := client.Images.List(context.Background(), ListParams{Limit: 101})
	if !errors.Is(err, ErrInvalidRequest) || server.queries[0] != "limit=101" {
		t.Fatalf("err %v, query %q", err, server.queries[0])
	}
}

func TestListAnswersThatDoNotFitAreInvalidResponses(t *testing.T) {
	for body, want := range map[string]string{
		`{"object":"generation","data":[],"has_more":false}`:   `object is "generation"`,
		`{"object":"list","has_more":false}`:                   "data is missing",
		`{"object":"list","data":[]}`:                          "has_more is missing",
		`{"object":"list","data":[{"id":7}],"has_more":false}`: "data[0]",
		`{"object":"list","data":[{}],"has_more":false}`:       "data[0].id is missing",
		`[]`: "answer is not a list",
	} {
		server := &listServer{failures: map[int]answer{0: okAnswer(body, nil)}}
		_, err := newListClient(t, server).Generations.List(context.Background(), ListParams{})
		if !errors.Is(err, ErrInvalidResponse) || !strings.Contains(err.Error(), want) {
			t.Fatalf("%s: error %v, want %q", body, err, want)
		}
	}
}

func TestImagesListAsStoredImages(t *testing.T) {
	image := listGeneration(2)["images"].([]map[string]any)[0]
	image["object"], image["generation_id"], image["created"] = "image", "gen_2", 1795000002
	server := &listServer{items: []map[string]any{image}}
	page, err := newListClient(t, server).Images.List(context.Background(), ListParams{})
	if err != nil {
		t.Fatal(err)
	}
	got := page.Data[0]
	if got.ID != "img_2" || got.GenerationID != "gen_2" || got.Created != 1795000002 || got.Width != 64 ||
		got.SignedURL == "" || got.SignedURLExpires != 1795003600 || got.Notes[0] != "text shrunk to fit in image 2" {
		t.Fatalf("image %+v", got)
	}
}
