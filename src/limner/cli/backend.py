"""Where CLI commands run: in-process against a data directory, or against a server over HTTP.

Both backends speak the API's JSON shapes, so commands print and save the same way either way.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import httpx

from limner.config import Settings
from limner.errors import LimnerError


class Backend(Protocol):
    def reason(self, body: dict[str, Any]) -> dict[str, Any]: ...

    def generate(self, body: dict[str, Any]) -> dict[str, Any]: ...

    def image(self, image_id: str) -> bytes: ...

    def generation(self, generation_id: str) -> dict[str, Any]: ...

    def close(self) -> None: ...


class RemoteError(Exception):
    """A problem+json answer from a server, kept readable for the terminal."""

    def __init__(self, status: int, problem: dict[str, Any]) -> None:
        self.status = status
        self.problem = problem
        param = problem.get("param")
        where = f" ({param})" if param else ""
        super().__init__(f"{status} {problem.get('code', 'error')}{where}: {problem.get('detail', '')}")


@dataclass
class LocalBackend:
    """Runs the engines and the store in this process (the embedded default)."""

    data_dir: Path

    def __post_init__(self) -> None:
        from limner.platform.service import LimnerService

        self._service = LimnerService.open(Settings(data_dir=self.data_dir))

    def reason(self, body: dict[str, Any]) -> dict[str, Any]:
        from limner.platform.schemas import ReasonBody

        plan = self._service.reason(ReasonBody.model_validate(body))
        return plan.model_dump(mode="json")

    def generate(self, body: dict[str, Any]) -> dict[str, Any]:
        from limner.platform.schemas import GenerateBody

        generation = self._service.generate(GenerateBody.model_validate(body))
        return generation.model_dump(mode="json")

    def image(self, image_id: str) -> bytes:
        data, _media_type, _sha = self._service.get_image(image_id)
        return data

    def generation(self, generation_id: str) -> dict[str, Any]:
        return self._service.get_generation(generation_id).model_dump(mode="json")

    def close(self) -> None:
        self._service.close()


class HttpBackend:
    """Talks to a running ``limner serve``."""

    def __init__(self, server: str, key: str | None, timeout: float = 300.0) -> None:
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        self._client = httpx.Client(base_url=server.rstrip("/"), headers=headers, timeout=timeout)

    def _json(self, response: httpx.Response) -> dict[str, Any]:
        if response.status_code >= 400:
            try:
                problem = response.json()
            except ValueError:
                problem = {"detail": response.text[:500]}
            raise RemoteError(response.status_code, problem)
        data: dict[str, Any] = response.json()
        return data

    def reason(self, body: dict[str, Any]) -> dict[str, Any]:
        return self._json(self._client.post("/v1/reason", json=body))

    def generate(self, body: dict[str, Any]) -> dict[str, Any]:
        return self._json(self._client.post("/v1/generate", json=body))

    def image(self, image_id: str) -> bytes:
        response = self._client.get(f"/v1/images/{image_id}")
        if response.status_code >= 400:
            self._json(response)
        return response.content

    def generation(self, generation_id: str) -> dict[str, Any]:
        return self._json(self._client.get(f"/v1/generations/{generation_id}"))

    def close(self) -> None:
        self._client.close()


def open_backend(server: str | None, key: str | None, data_dir: Path) -> Backend:
    if server:
        return HttpBackend(server, key)
    return LocalBackend(data_dir)


CliError = (LimnerError, RemoteError, httpx.HTTPError)

__all__ = ["Backend", "CliError", "HttpBackend", "LocalBackend", "RemoteError", "open_backend"]
