"""Typed Python client for the Limner image generation API.

>>> from limner_client import Limner
>>> client = Limner(base_url="http://127.0.0.1:8000")          # doctest: +SKIP
>>> generation = client.generate(prompt="a red apple", seed=7)  # doctest: +SKIP
"""

from limner_client._core import PollSchedule
from limner_client._raw import RawResponse
from limner_client._retry import RetryPolicy
from limner_client._version import __version__
from limner_client.async_client import AsyncLimner, AsyncLimnerWithRawResponse
from limner_client.client import Limner, LimnerWithRawResponse
from limner_client.errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    AuthenticationError,
    ConflictError,
    InvalidRequestError,
    InvalidWebhookSignatureError,
    LimnerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    WaitTimeoutError,
)
from limner_client.models import (
    Element,
    Generation,
    GenerationError,
    GenerationImage,
    GenerationStatus,
    GenerationUsage,
    Image,
    Plan,
    Problem,
    ProblemItem,
    Reference,
    Relation,
    TextSpec,
    Usage,
)
from limner_client.pagination import AsyncPage, AsyncPaginator, SyncPage
from limner_client.webhooks import Webhooks, verify_signature

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APITimeoutError",
    "AsyncLimner",
    "AsyncLimnerWithRawResponse",
    "AsyncPage",
    "AsyncPaginator",
    "AuthenticationError",
    "ConflictError",
    "Element",
    "Generation",
    "GenerationError",
    "GenerationImage",
    "GenerationStatus",
    "GenerationUsage",
    "Image",
    "InvalidRequestError",
    "InvalidWebhookSignatureError",
    "Limner",
    "LimnerError",
    "LimnerWithRawResponse",
    "NotFoundError",
    "PermissionDeniedError",
    "Plan",
    "PollSchedule",
    "Problem",
    "ProblemItem",
    "RateLimitError",
    "RawResponse",
    "Reference",
    "Relation",
    "RetryPolicy",
    "SyncPage",
    "TextSpec",
    "Usage",
    "WaitTimeoutError",
    "Webhooks",
    "__version__",
    "verify_signature",
]
