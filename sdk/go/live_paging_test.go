package limner_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"

	limner "github.com/limner/limner-go"
)

// liveListClient is liveClient, skipping the test while the server has no list routes (404).
func liveListClient(t *testing.T) (*limner.Client, context.Context) {
	t.Helper()
	client, ctx := liveClient(t)
	if _, err := client.Generations.List(ctx, limner.ListParams{Limit: 1}); errors.Is(err, limner.ErrNotFound) {
		t.Skip("this server has no GET /v1/generations yet")
	} else if err != nil {
		t.Fatal(err)
	}
	return client, ctx
}

func collect[T any](t *testing.T, it *limner.Iter[T]) []T {
	t.Helper()
	var items []T
	for it.Next() {
		items = append(items, it.Current())
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	return items
}

func TestLiveListGenerationsNewestFirstAcrossPages(t *testing.T) {
	client, ctx := liveListClient(t)
	var made []string
	for _, prompt := range []string{"a red apple", "two green cups", "three blue kites"} {
		generation, err := client.Generate(ctx, limner.GenerateParams{Prompt: prompt, Size: "64x64", Seed: limner.Int(7)})
		if err != nil {
			t.Fatal(err)
		}
		made = append(made, generation.ID)
	}
	onePage, err := client.Generations.List(ctx, limner.ListParams{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	paged := collect(t, client.Generations.ListAutoPaging(ctx, limner.ListParams{Limit: 1}))
	seen := map[string]bool{}
	for i, g := range paged {
		if seen[g.ID] {
			t.Fatalf("%s listed twice", g.ID)
		}
		seen[g.ID] = true
		if i < len(onePage.Data) && onePage.Data[i].ID != g.ID {
			t.Fatalf("item %d: %s paged, %s in one page", i, g.ID, onePage.Data[i].ID)
		}
		if i > 0 && g.Created > paged[i-1].Created {
			t.Fatalf("not newest first: %s (%d) after %s (%d)", g.ID, g.Created, paged[i-1].ID, paged[i-1].Created)
		}
	}
	for _, id := range made {
		if !seen[id] {
			t.Fatalf("%s not listed", id)
		}
	}
	after, err := client.Generations.List(ctx, limner.ListParams{Limit: 2, After: paged[0].ID})
	if err != nil || len(after.Data) != 2 || after.Data[0].ID != paged[1].ID || after.Data[1].ID != paged[2].ID {
		t.Fatalf("after %s: %+v, %v", paged[0].ID, after, err)
	}
}

func TestLiveListImagesPlansAndReferences(t *testing.T) {
	client, ctx := liveListClient(t)
	generation, err := client.Generate(ctx, limner.GenerateParams{Prompt: "a yellow banana next to a green cup", Size: "96x64", Seed: limner.Int(4)})
	if err != nil {
		t.Fatal(err)
	}
	made := generation.Images[0]
	var listed *limner.Image
	for _, image := range collect(t, client.Images.ListAutoPaging(ctx, limner.ListParams{Limit: 2})) {
		if image.ID == made.ID {
			image := image
			listed = &image
			break
		}
	}
	if listed == nil || listed.Width != 96 || listed.Height != 64 || listed.SHA256 != made.SHA256 {
		t.Fatalf("image %s listed as %+v", made.ID, listed)
	}
	found := false
	for _, plan := range collect(t, client.Plans.ListAutoPaging(ctx, limner.ListParams{Limit: 100})) {
		found = found || plan.ID == generation.PlanID
	}
	if !found {
		t.Fatalf("plan %s not listed", generation.PlanID)
	}
	png, err := client.Images.Download(ctx, made.ID)
	if err != nil {
		t.Fatal(err)
	}
	reference, err := client.References.Create(ctx, png, "product", "banana")
	if err != nil {
		t.Fatal(err)
	}
	found = false
	for _, r := range collect(t, client.References.ListAutoPaging(ctx, limner.ListParams{Limit: 1})) {
		found = found || r.ID == reference.ID
	}
	if !found {
		t.Fatalf("reference %s not listed", reference.ID)
	}
}

func TestLiveListSignedImageLinkWorksWithoutAKey(t *testing.T) {
	client, ctx := liveListClient(t)
	generation, err := client.Generate(ctx, limner.GenerateParams{Prompt: "a sign that says 'OPEN' above a brown bench", Size: "128x96", Seed: limner.Int(2)})
	if err != nil {
		t.Fatal(err)
	}
	stored, err := client.Generations.Get(ctx, generation.ID)
	if err != nil {
		t.Fatal(err)
	}
	image := stored.Images[0]
	if image.SignedURL == "" {
		t.Skip("this server does not sign image URLs yet")
	}
	if strings.Join(image.Notes, "|") != strings.Join(generation.Images[0].Notes, "|") {
		t.Fatalf("stored notes %v, rendered %v", image.Notes, generation.Images[0].Notes)
	}
	url := image.SignedURL
	if !strings.HasPrefix(url, "http") {
		url = client.BaseURL() + url
	}
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	data, err := io.ReadAll(res.Body)
	sum := sha256.Sum256(data)
	if err != nil || res.StatusCode != 200 || hex.EncodeToString(sum[:]) != image.SHA256 {
		t.Fatalf("signed link: %d, %v", res.StatusCode, err)
	}
}

func TestLiveListBadLimitNamesLimit(t *testing.T) {
	client, ctx := liveListClient(t)
	for _, limit := range []int{-1, 101} {
		_, err := client.Generations.List(ctx, limner.ListParams{Limit: limit})
		var apiErr *limner.APIError
		if !errors.As(err, &apiErr) || apiErr.StatusCode != 422 || apiErr.Param != "limit" {
			t.Fatalf("limit %d: %v", limit, err)
		}
	}
}
