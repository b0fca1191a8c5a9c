"""JSON-body edits on ``/v1/images/edits``: ``images: [{image_url | file_id}]`` and ``mask``.

- ``image_url``: a ``data:`` URL (base64) or an http(s) URL, fetched through
  :class:`~limner.platform.remote_images.ImageFetcher` (SSRF-guarded, no redirects, ≤ 20 MB).
- ``file_id``: a Limner reference id (``ref_…``, from ``POST /v1/references``) or image id
  (``img_…``, e.g. an earlier generation's output) of the caller's account.

Errors name the field the way OpenAI's do: ``images[0].image_url``, ``mask.file_id``.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from limner.errors import InvalidRequestError, NotFoundError
from limner.platform.openai_compat import ImagesGenerationsBody
from limner.platform.remote_images import ImageFetcher
from limner.platform.service import LimnerService

#: At most this many images in one JSON edit (the first is edited, the rest are references).
MAX_INPUT_IMAGES = 16


class ImageInput(BaseModel):
    """One input image: exactly one of ``image_url`` and ``file_id``."""

    model_config = ConfigDict(extra="forbid")

    image_url: str | None = Field(
        default=None, max_length=30_000_000, description="A data: URL or an http(s) URL of the image."
    )
    file_id: str | None = Field(
        default=None, max_length=128, description="A Limner reference id (ref_…) or image id (img_…)."
    )

    @model_validator(mode="after")
    def _one(self) -> ImageInput:
        if (self.image_url is None) == (self.file_id is None):
            raise ValueError("give exactly one of image_url and file_id")
        return self


class ImagesEditsJsonBody(ImagesGenerationsBody):
    """``POST /v1/images/edits`` with a JSON body (the edit options are the generation ones)."""

    images: list[ImageInput] = Field(
        min_length=1,
        max_length=MAX_INPUT_IMAGES,
        description="The first image is edited; the others become object references of the plan.",
    )
    mask: ImageInput | None = Field(
        default=None, description="PNG with alpha, the first image's size; fully transparent: may change."
    )

    def recorded(self) -> dict[str, Any]:
        """The request as stored with its generation: ``data:`` URLs reduced to their length."""
        fields = self.model_dump(exclude_none=True)
        fields["images"] = [_recorded(item) for item in self.images]
        if self.mask is not None:
            fields["mask"] = _recorded(self.mask)
        return fields


def _recorded(item: ImageInput) -> dict[str, str]:
    if item.file_id is not None:
        return {"file_id": item.file_id}
    url = item.image_url or ""
    if url[:5].lower() == "data:":
        return {"image_url": f"data:… ({len(url)} characters)"}
    return {"image_url": url}


class InputResolver:
    """Turns :class:`ImageInput` items into image bytes for one account."""

    def __init__(self, service: LimnerService, fetcher: ImageFetcher) -> None:
        self.service = service
        self.fetcher = fetcher

    def bytes_of(self, item: ImageInput, param: str, account_id: str) -> bytes:
        if item.image_url is not None:
            return self.fetcher.get(item.image_url, f"{param}.image_url")
        file_id = item.file_id or ""
        field = f"{param}.file_id"
        if file_id.startswith("ref_"):
            ref = self.service.references.get(file_id, account_id, param=field)
            return self.service.blobs.get(ref.sha256, ref.format)
        if file_id.startswith("img_"):
            try:
                data, _media_type, _sha = self.service.get_image(file_id, account_id)
            except NotFoundError as exc:
                raise NotFoundError(f"no image {file_id!r}", param=field) from exc
            return data
        raise InvalidRequestError(
            f"{field} must be a Limner reference id (ref_…) or image id (img_…)", param=field
        )

    def images(self, body: ImagesEditsJsonBody, account_id: str) -> tuple[list[bytes], bytes | None]:
        """The bytes of every input image, in order, and of the mask (if any)."""
        images = [self.bytes_of(item, f"images[{i}]", account_id) for i, item in enumerate(body.images)]
        mask = self.bytes_of(body.mask, "mask", account_id) if body.mask is not None else None
        return images, mask


__all__ = ["MAX_INPUT_IMAGES", "ImageInput", "ImagesEditsJsonBody", "InputResolver"]
