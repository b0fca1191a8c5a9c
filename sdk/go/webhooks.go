package limner

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"
)

// SignatureHeader carries a webhook delivery's signature:
// "t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the account's webhook secret>".
const SignatureHeader = "Limner-Signature"

// DefaultWebhookTolerance is how old a signature may be before it is refused (replays).
const DefaultWebhookTolerance = 5 * time.Minute

// ErrInvalidSignature matches (errors.Is) every failed webhook verification.
var ErrInvalidSignature = errors.New("limner: invalid webhook signature")

type signatureError struct{ reason string }

func (e *signatureError) Error() string { return "limner: invalid webhook signature: " + e.reason }
func (e *signatureError) Is(target error) bool {
	return target == ErrInvalidSignature || target == ErrLimner
}

// SignWebhook returns the header value Limner sends for payload at timestamp (for receivers' tests).
func SignWebhook(payload []byte, secret string, timestamp int64) string {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(strconv.FormatInt(timestamp, 10) + "."))
	mac.Write(payload)
	return "t=" + strconv.FormatInt(timestamp, 10) + ",v1=" + hex.EncodeToString(mac.Sum(nil))
}

// VerifyWebhook checks the raw body of a delivery against its signature header value, refusing
// signatures older (or newer) than tolerance at now.
func VerifyWebhook(payload []byte, signature, secret string, tolerance time.Duration, now time.Time) error {
	if signature == "" {
		return &signatureError{"no " + SignatureHeader + " header"}
	}
	var stamps, macs []string
	for _, part := range strings.Split(signature, ",") {
		key, value, found := strings.Cut(strings.TrimSpace(part), "=")
		switch {
		case !found:
		case key == "t":
			stamps = append(stamps, value)
		case key == "v1":
			macs = append(macs, value)
		}
	}
	if len(stamps) != 1 {
		return &signatureError{SignatureHeader + " has no timestamp"}
	}
	timestamp, err := strconv.ParseInt(stamps[0], 10, 64)
	if err != nil || timestamp < 0 {
		return &signatureError{SignatureHeader + " has no timestamp"}
	}
	age := now.Sub(time.Unix(timestamp, 0))
	if age > tolerance || -age > tolerance {
		return &signatureError{"signature timestamp is more than " + tolerance.String() + " away from now"}
	}
	expected := strings.TrimPrefix(SignWebhook(payload, secret, timestamp), "t="+stamps[0]+",v1=")
	for _, candidate := range macs {
		if hmac.Equal([]byte(expected), []byte(candidate)) {
			return nil
		}
	}
	return &signatureError{"signature does not match the payload and secret"}
}

// WebhooksService checks webhook deliveries (no HTTP calls).
type WebhooksService struct{}

// Verify returns nil when payload (the raw request body) carries a valid signature in header made
// with secret (default: LIMNER_WEBHOOK_SECRET) in the last five minutes; else an error matching
// ErrInvalidSignature.
func (s *WebhooksService) Verify(payload []byte, header http.Header, secret string) error {
	if secret == "" {
		secret = os.Getenv("LIMNER_WEBHOOK_SECRET")
	}
	if secret == "" {
		return errors.New("limner: pass the webhook secret (or set LIMNER_WEBHOOK_SECRET)")
	}
	return VerifyWebhook(payload, header.Get(SignatureHeader), secret, DefaultWebhookTolerance, time.Now())
}

// Unwrap verifies the delivery and decodes the generation it carries.
func (s *WebhooksService) Unwrap(payload []byte, header http.Header, secret string) (*Generation, error) {
	if err := s.Verify(payload, header, secret); err != nil {
		return nil, err
	}
	var generation Generation
	if err := json.Unmarshal(payload, &generation); err != nil {
		return nil, &limnerError{family: ErrInvalidResponse, msg: "webhook payload is not a generation", err: err}
	}
	return &generation, nil
}
