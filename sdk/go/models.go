package limner

// GenerationStatus is one of queued, running, succeeded, failed, canceled.
type GenerationStatus string

// Generation statuses.
const (
	StatusQueued    GenerationStatus = "queued"
	StatusRunning   GenerationStatus = "running"
	StatusSucceeded GenerationStatus = "succeeded"
	StatusFailed    GenerationStatus = "failed"
	StatusCanceled  GenerationStatus = "canceled"
)

// Terminal reports whether a generation in this status will not change any more.
func (s GenerationStatus) Terminal() bool {
	return s == StatusSucceeded || s == StatusFailed || s == StatusCanceled
}

// Box is [x0, y0, x1, y1], normalized to the canvas, origin top-left, y downward.
type Box [4]float64

// Layer is one band of a structured backdrop (sky, mountains, ground, water, wall, floor…).
type Layer struct {
	Kind     string  `json:"kind"`
	Color    string  `json:"color"`
	Material *string `json:"material,omitempty"`
	// Span is [top, bottom] of the band, normalized to the canvas height.
	Span *[2]float64 `json:"span,omitempty"`
}

// Background of the canvas: a fill, and for scenes a setting and backdrop layers.
type Background struct {
	Color       string  `json:"color"`
	Description *string `json:"description"`
	Setting     *string `json:"setting,omitempty"`
	TimeOfDay   *string `json:"time_of_day,omitempty"`
	Weather     *string `json:"weather,omitempty"`
	// Horizon is where ground meets sky (or floor meets wall), normalized y; nil for a plain fill.
	Horizon *float64 `json:"horizon,omitempty"`
	Layers  []Layer  `json:"layers,omitempty"`
}

// Canvas is the plan's image size and background.
type Canvas struct {
	Width      int        `json:"width"`
	Height     int        `json:"height"`
	Background Background `json:"background"`
}

// TextSpec is what a text element must show, exactly.
type TextSpec struct {
	Content   string            `json:"content"`
	Language  string            `json:"language"`
	Script    string            `json:"script"`
	Role      string            `json:"role"`
	Localized map[string]string `json:"localized,omitempty"`
}

// Element is one instance in the scene ("three apples" are three elements).
type Element struct {
	ID          string         `json:"id"`
	Kind        string         `json:"kind"`
	Noun        string         `json:"noun"`
	Label       *string        `json:"label"`
	Attributes  map[string]any `json:"attributes,omitempty"`
	Box         Box            `json:"box"`
	Z           int            `json:"z"`
	Group       *string        `json:"group"`
	ReferenceID *string        `json:"reference_id"`
	Text        *TextSpec      `json:"text"`
	Sentence    *int           `json:"sentence"`
}

// Color is the element's basic colour word, or "" when it has none.
func (e Element) Color() string {
	color, _ := e.Attributes["color"].(string)
	return color
}

// Relation is a spatial relation between elements, e.g. e1 "left of" e3.
type Relation struct {
	Subject   string  `json:"subject"`
	Predicate string  `json:"predicate"`
	Object    string  `json:"object"`
	Object2   *string `json:"object2,omitempty"`
}

// Sentence of the prompt and what it did to the plan.
type Sentence struct {
	Index  int    `json:"index"`
	Text   string `json:"text"`
	Action string `json:"action"`
}

// ReferenceUse is a reference image used by a plan or a request.
type ReferenceUse struct {
	ID   string  `json:"id"`
	Role string  `json:"role,omitempty"`
	Name *string `json:"name,omitempty"`
}

// ChangedElement names the fields of an element an edit changed.
type ChangedElement struct {
	ID     string   `json:"id"`
	Fields []string `json:"fields,omitempty"`
}

// PlanDiff says what an edit added, removed and changed.
type PlanDiff struct {
	Added   []string         `json:"added,omitempty"`
	Removed []string         `json:"removed,omitempty"`
	Changed []ChangedElement `json:"changed,omitempty"`
}

// TraceEntry is one step of the reasoning.
type TraceEntry struct {
	Stage    string   `json:"stage"`
	Message  string   `json:"message"`
	Elements []string `json:"elements,omitempty"`
	Sentence *int     `json:"sentence,omitempty"`
}

// Plan is a scene plan: every element with its box and attributes, relations, and the trace.
type Plan struct {
	ID            string         `json:"id"`
	Object        string         `json:"object"`
	SchemaVersion string         `json:"schema_version"`
	Created       int64          `json:"created"`
	Prompt        string         `json:"prompt"`
	Language      string         `json:"language"`
	BasePlanID    *string        `json:"base_plan_id"`
	Seed          *int64         `json:"seed"`
	Canvas        Canvas         `json:"canvas"`
	Elements      []Element      `json:"elements,omitempty"`
	Relations     []Relation     `json:"relations,omitempty"`
	Sentences     []Sentence     `json:"sentences,omitempty"`
	References    []ReferenceUse `json:"references,omitempty"`
	Diff          *PlanDiff      `json:"diff"`
	Trace         []TraceEntry   `json:"trace,omitempty"`
	Warnings      []string       `json:"warnings,omitempty"`
}

// ElementsNamed returns every element whose canonical English noun is noun.
func (p Plan) ElementsNamed(noun string) []Element {
	var found []Element
	for _, e := range p.Elements {
		if e.Noun == noun {
			found = append(found, e)
		}
	}
	return found
}

// GenerationImage is one rendered image of a generation.
type GenerationImage struct {
	ID     string  `json:"id"`
	URL    string  `json:"url"`
	Width  int     `json:"width"`
	Height int     `json:"height"`
	Format string  `json:"format"`
	Seed   int64   `json:"seed"`
	SHA256 string  `json:"sha256"`
	Locale *string `json:"locale"`
	// Notes are render decisions (text shrunk to fit, art substituted, …), stored with the image.
	Notes []string `json:"notes,omitempty"`
	// SignedURL works without a key until SignedURLExpires (Unix seconds): for an <img> tag.
	SignedURL        string `json:"signed_url,omitempty"`
	SignedURLExpires int64  `json:"signed_url_expires,omitempty"`
}

// Image is a stored image as GET /v1/images lists it: a generation's image, with where it came from.
type Image struct {
	GenerationImage
	Object       string `json:"object,omitempty"`
	GenerationID string `json:"generation_id,omitempty"`
	Created      int64  `json:"created,omitempty"`
}

// GenerationUsage is what a generation was charged for.
type GenerationUsage struct {
	Images int `json:"images"`
}

// GenerationError says why a generation failed (it is then not charged).
type GenerationError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// Generation is one generation request: its status and, once succeeded, its images.
type Generation struct {
	ID         string            `json:"id"`
	Object     string            `json:"object"`
	Status     GenerationStatus  `json:"status"`
	PlanID     string            `json:"plan_id"`
	Created    int64             `json:"created"`
	Images     []GenerationImage `json:"images,omitempty"`
	Usage      GenerationUsage   `json:"usage"`
	Error      *GenerationError  `json:"error"`
	ChangeMask []Box             `json:"change_mask,omitempty"`
}

// Problem is an RFC 9457 problem detail, as every Limner error is served.
type Problem struct {
	Type      string  `json:"type"`
	Title     string  `json:"title"`
	Status    int     `json:"status"`
	Detail    string  `json:"detail"`
	Code      string  `json:"code"`
	Param     *string `json:"param"`
	RequestID string  `json:"request_id"`
	// Errors lists every validation error, when there were several.
	Errors []ProblemItem `json:"errors,omitempty"`
}

// ProblemItem is one of several validation errors of a request.
type ProblemItem struct {
	Param  *string `json:"param"`
	Detail string  `json:"detail"`
}

// Reference is an uploaded reference image.
type Reference struct {
	ID      string `json:"id"`
	Object  string `json:"object"`
	Role    string `json:"role"`
	Name    string `json:"name"`
	Width   int    `json:"width"`
	Height  int    `json:"height"`
	Format  string `json:"format"`
	SHA256  string `json:"sha256"`
	Created int64  `json:"created"`
	// Bytes is the size of the stored (re-encoded) file.
	Bytes    int64 `json:"bytes"`
	HasAlpha bool  `json:"has_alpha"`
}

// Usage is metered usage over a period; Amount is a decimal string.
type Usage struct {
	Images    int              `json:"images"`
	Amount    string           `json:"amount"`
	Currency  string           `json:"currency"`
	LineItems []map[string]any `json:"line_items,omitempty"`
}

// Int returns a pointer to v, for optional integer parameters.
func Int(v int) *int { return &v }

// Bool returns a pointer to v, for optional boolean parameters.
func Bool(v bool) *bool { return &v }
