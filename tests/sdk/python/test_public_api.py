"""The Python SDK's public names: exported, documented, and errors catchable by family."""

from __future__ import annotations

import re

import limner_client
from limner_client import errors

from tests.sdk.tools import SDK


def test_every_exported_name_exists() -> None:
    missing = [name for name in limner_client.__all__ if not hasattr(limner_client, name)]
    assert missing == []


def test_error_families() -> None:
    api_families = [
        errors.InvalidRequestError,
        errors.AuthenticationError,
        errors.PermissionDeniedError,
        errors.NotFoundError,
        errors.ConflictError,
        errors.RateLimitError,
    ]
    assert all(issubclass(family, errors.APIError) for family in api_families)
    assert issubclass(errors.APIError, errors.LimnerError)
    assert issubclass(errors.APITimeoutError, errors.APIConnectionError)
    assert issubclass(errors.APIConnectionError, errors.LimnerError)
    assert not issubclass(errors.APIConnectionError, errors.APIError)
    assert issubclass(errors.WaitTimeoutError, TimeoutError)
    statuses = {400: "InvalidRequestError", 401: "AuthenticationError", 403: "PermissionDeniedError"}
    statuses |= {404: "NotFoundError", 409: "ConflictError", 413: "InvalidRequestError"}
    statuses |= {415: "InvalidRequestError", 422: "InvalidRequestError", 429: "RateLimitError"}
    statuses |= {500: "APIError", 503: "APIError", 418: "APIError"}
    assert {status: errors.error_class_for(status).__name__ for status in statuses} == statuses


def test_the_readme_names_only_exported_errors() -> None:
    readme = (SDK / "README.md").read_text()
    python_part = readme.split("## Python", 1)[1].split("## TypeScript", 1)[0]
    named = set(re.findall(r"`([A-Z][A-Za-z]+Error)`", python_part))
    assert named and named <= set(limner_client.__all__)
