package limner_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	limner "github.com/limner/limner-go"
)

// liveClient talks to the `limner serve` named by LIMNER_BASE_URL; without one the test is skipped.
func liveClient(t *testing.T) (*limner.Client, context.Context) {
	t.Helper()
	baseURL := os.Getenv("LIMNER_BASE_URL")
	if baseURL == "" {
		t.Skip("set LIMNER_BASE_URL to a running `limner serve` to run the live tests")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return limner.NewClient(limner.WithBaseURL(baseURL), limner.WithMaxRetries(1)), ctx
}

func TestLiveReasonReturnsAPlanThatCanBeFetchedAgain(t *testing.T) {
	client, ctx := liveClient(t)
	plan, err := client.Reason(ctx, limner.ReasonParams{
		Prompt: "three red apples to the left of a blue vase", Size: "640x480", Seed: limner.Int(5),
	})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(plan.ID, "plan_") || plan.Canvas.Width != 640 || plan.Canvas.Height != 480 {
		t.Fatalf("plan %s canvas %dx%d", plan.ID, plan.Canvas.Width, plan.Canvas.Height)
	}
	apples, vases := plan.ElementsNamed("apple"), plan.ElementsNamed("vase")
	if len(apples) != 3 || len(vases) != 1 {
		t.Fatalf("%d apples and %d vases", len(apples), len(vases))
	}
	for _, apple := range apples {
		if apple.Color() != "red" {
			t.Fatalf("apple colour %q", apple.Color())
		}
	}
	for _, e := range plan.Elements {
		b := e.Box
		if !(0 <= b[0] && b[0] < b[2] && b[2] <= 1 && 0 <= b[1] && b[1] < b[3] && b[3] <= 1) {
			t.Fatalf("element %s box %v", e.ID, b)
		}
	}
	again, err := client.Plans.Get(ctx, plan.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(again, plan) {
		t.Fatalf("stored plan differs:\n%+v\n%+v", again, plan)
	}
}

func TestLiveGenerateWaitDownloadAndSave(t *testing.T) {
	client, ctx := liveClient(t)
	plan, err := client.Reason(ctx, limner.ReasonParams{Prompt: "a yellow banana next to a green cup", Size: "512x384"})
	if err != nil {
		t.Fatal(err)
	}
	generation, err := client.Generate(ctx, limner.GenerateParams{PlanID: plan.ID, OutputFormat: "png", Seed: limner.Int(3), N: 2})
	if err != nil {
		t.Fatal(err)
	}
	if generation.Status != limner.StatusSucceeded || generation.PlanID != plan.ID || len(generation.Images) != 2 {
		t.Fatalf("generation %+v", generation)
	}
	if generation.Images[0].Seed != 3 || generation.Images[1].Seed != 4 {
		t.Fatalf("seeds %d %d", generation.Images[0].Seed, generation.Images[1].Seed)
	}
	image := generation.Images[0]
	if image.Width != 512 || image.Height != 384 || image.Format != "png" {
		t.Fatalf("image %+v", image)
	}
	data, err := client.Images.Download(ctx, image.ID)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	if hex.EncodeToString(sum[:]) != image.SHA256 {
		t.Fatal("downloaded bytes do not match the generation's sha256")
	}
	if !bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")) || binary.BigEndian.Uint32(data[16:]) != 512 || binary.BigEndian.Uint32(data[20:]) != 384 {
		t.Fatal("not a 512x384 PNG")
	}
	path := filepath.Join(t.TempDir(), "banana.png")
	if err := client.Images.Save(ctx, image.ID, path); err != nil {
		t.Fatal(err)
	}
	if saved, err := os.ReadFile(path); err != nil || !bytes.Equal(saved, data) {
		t.Fatalf("saved file differs (%v)", err)
	}
	got, err := client.Generations.Get(ctx, generation.ID)
	if err != nil || !reflect.DeepEqual(got, generation) {
		t.Fatalf("generations.get: %v\n%+v\n%+v", err, got, generation)
	}
	waited, err := client.Generations.Wait(ctx, generation.ID, limner.WaitOptions{Timeout: 30 * time.Second})
	if err != nil || !reflect.DeepEqual(waited, generation) {
		t.Fatalf("generations.wait: %v", err)
	}
}

func TestLiveEditedPlanIsRenderedAsEdited(t *testing.T) {
	client, ctx := liveClient(t)
	plan, err := client.Reason(ctx, limner.ReasonParams{Prompt: "a red car", Size: "256x256"})
	if err != nil {
		t.Fatal(err)
	}
	edited := false
	for i := range plan.Elements {
		if plan.Elements[i].Noun == "car" {
			plan.Elements[i].Attributes["color"] = "blue"
			edited = true
		}
	}
	if !edited {
		t.Fatalf("no car in %+v", plan.Elements)
	}
	generation, err := client.Generate(ctx, limner.GenerateParams{Plan: plan, Seed: limner.Int(1)})
	if err != nil {
		t.Fatal(err)
	}
	stored, err := client.Plans.Get(ctx, generation.PlanID)
	if err != nil {
		t.Fatal(err)
	}
	cars := stored.ElementsNamed("car")
	if generation.Status != limner.StatusSucceeded || len(cars) != 1 || cars[0].Color() != "blue" {
		t.Fatalf("status %s cars %+v", generation.Status, cars)
	}
}

func TestLiveErrorsMapToFamilies(t *testing.T) {
	client, ctx := liveClient(t)
	_, err := client.Generate(ctx, limner.GenerateParams{Prompt: "a cat", N: 99})
	var apiErr *limner.APIError
	if !errors.Is(err, limner.ErrInvalidRequest) || !errors.As(err, &apiErr) {
		t.Fatalf("n=99 gave %v", err)
	}
	if apiErr.StatusCode != 422 || apiErr.Param != "n" || !strings.HasPrefix(apiErr.RequestID, "req_") {
		t.Fatalf("error fields %+v", apiErr)
	}
	if _, err := client.Plans.Get(ctx, "plan_doesnotexist"); !errors.Is(err, limner.ErrNotFound) {
		t.Fatalf("unknown plan gave %v", err)
	}
	if _, err := client.Images.Download(ctx, "img_doesnotexist"); !errors.Is(err, limner.ErrNotFound) {
		t.Fatalf("unknown image gave %v", err)
	}
}

func TestLiveReferenceUploadsAsMultipart(t *testing.T) {
	client, ctx := liveClient(t)
	plan, err := client.Reason(ctx, limner.ReasonParams{Prompt: "a blue bottle", Size: "96x64"})
	if err != nil {
		t.Fatal(err)
	}
	generation, err := client.Generate(ctx, limner.GenerateParams{PlanID: plan.ID, OutputFormat: "png"})
	if err != nil {
		t.Fatal(err)
	}
	data, err := client.Images.Download(ctx, generation.Images[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	reference, err := client.References.Create(ctx, data, "product", "bottle")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(reference.ID, "ref_") || reference.Name != "bottle" {
		t.Fatalf("reference %+v", reference)
	}
	var raw *http.Response
	if _, err := client.References.Get(ctx, reference.ID, limner.WithResponseInto(&raw)); err != nil || raw.StatusCode != 200 {
		t.Fatal(err, raw)
	}
	if err := client.References.Delete(ctx, reference.ID); err != nil {
		t.Fatal(err)
	}
	_, err = client.References.Get(ctx, reference.ID)
	var apiErr *limner.APIError
	if !errors.Is(err, limner.ErrNotFound) || !errors.As(err, &apiErr) || apiErr.Response == nil || apiErr.Response.StatusCode != 404 {
		t.Fatalf("want a 404 with its response, got %v", err)
	}
}
