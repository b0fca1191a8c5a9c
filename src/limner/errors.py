"""Errors a caller can catch by family.

Every layer raises these; the server turns them into RFC 9457 problem details
(``code`` and ``param`` included), the CLI into a readable message. This module
imports nothing from the rest of limner so that every layer may use it.
"""

from __future__ import annotations


class LimnerError(Exception):
    """Base of every error Limner raises on purpose."""

    status: int = 500
    code: str = "internal_error"
    title: str = "Internal error"

    def __init__(self, detail: str, *, param: str | None = None, code: str | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.param = param
        if code is not None:
            self.code = code


class InvalidRequestError(LimnerError):
    """The request is well-formed but a field is invalid (422)."""

    status = 422
    code = "invalid_request"
    title = "Invalid request"


class NothingToDrawError(InvalidRequestError):
    """The prompt names nothing that can be drawn: no known thing, no text, no scene (422, ``prompt``)."""

    code = "nothing_to_draw"
    title = "Nothing to draw"


class MalformedRequestError(LimnerError):
    """The body cannot be parsed at all (400)."""

    status = 400
    code = "malformed_request"
    title = "Malformed request"


class AuthenticationError(LimnerError):
    status = 401
    code = "unauthorized"
    title = "Unauthorized"


class PermissionDeniedError(LimnerError):
    status = 403
    code = "forbidden"
    title = "Forbidden"


class NotFoundError(LimnerError):
    status = 404
    code = "not_found"
    title = "Not found"


class ConflictError(LimnerError):
    status = 409
    code = "conflict"
    title = "Conflict"


class PayloadTooLargeError(LimnerError):
    status = 413
    code = "payload_too_large"
    title = "Payload too large"


class UnsupportedMediaError(LimnerError):
    status = 415
    code = "unsupported_media_type"
    title = "Unsupported media type"


class RateLimitError(LimnerError):
    status = 429
    code = "rate_limited"
    title = "Too many requests"

    def __init__(self, detail: str, *, retry_after: int, param: str | None = None, code: str | None = None):
        super().__init__(detail, param=param, code=code)
        self.retry_after = retry_after


class OverloadedError(LimnerError):
    status = 503
    code = "overloaded"
    title = "Service overloaded"

    def __init__(self, detail: str, *, retry_after: int) -> None:
        super().__init__(detail)
        self.retry_after = retry_after


class InsufficientStorageError(OverloadedError):
    """The disk (or the database's) is full: nothing was stored; retry once space is freed (507)."""

    status = 507
    code = "insufficient_storage"
    title = "Insufficient storage"


class RenderError(LimnerError):
    """A renderer failed on a valid plan: the generation fails and is not charged."""

    status = 500
    code = "render_failed"
    title = "Rendering failed"


__all__ = [
    "AuthenticationError",
    "ConflictError",
    "InsufficientStorageError",
    "InvalidRequestError",
    "LimnerError",
    "MalformedRequestError",
    "NotFoundError",
    "NothingToDrawError",
    "OverloadedError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "RateLimitError",
    "RenderError",
    "UnsupportedMediaError",
]
