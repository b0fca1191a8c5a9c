// Package limner is a typed client for the Limner image generation API.
//
// Limner reasons first and draws second: a prompt becomes an inspectable scene plan
// (POST /v1/reason), and a plan becomes pixels (POST /v1/generate).
//
//	client := limner.NewClient(limner.WithBaseURL("http://127.0.0.1:8000"))
//	plan, err := client.Reason(ctx, limner.ReasonParams{Prompt: "three red apples left of a blue vase"})
//	gen, err := client.Generate(ctx, limner.GenerateParams{PlanID: plan.ID, Seed: limner.Int(7)})
//	err = client.Images.Save(ctx, gen.Images[0].ID, "apples.png")
//
// Calls are retried (429, 5xx and connection errors; never another 4xx) with exponential
// backoff and jitter that honours Retry-After, and every POST carries one Idempotency-Key
// across its retries. Errors are matched by family with errors.Is (ErrNotFound,
// ErrInvalidRequest, ErrRateLimit, ...) and inspected with errors.As(err, &apiErr).
//
// Lists (Generations, Images, Plans, References) are newest first. List answers one Page
// (Data, HasMore, NextPage); ListAutoPaging iterates over every item, fetching each next page
// (After = the last id seen) when it is reached:
//
//	it := client.Generations.ListAutoPaging(ctx, limner.ListParams{Limit: 50})
//	for it.Next() {
//		fmt.Println(it.Current().ID)
//	}
//	if err := it.Err(); err != nil { ... }
package limner
