"""Reference images: upload (validated, metadata-free, content-addressed), look up, delete.

Each upload is a row (``ref_…`` id, its account, role and name); the bytes are a blob keyed by
their sha256, so the same image uploaded twice is stored once. A blob is deleted with the last
row that uses it.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from limner.errors import InvalidRequestError, NotFoundError, PayloadTooLargeError
from limner.plan.model import Plan, ReferenceRole, ReferenceUse
from limner.platform.blobs import BlobStore
from limner.platform.heap import trim_heap
from limner.platform.ids import new_id
from limner.platform.imagecheck import MAX_BYTES, ImageFormat, check_image
from limner.platform.tables import ReferenceRow

ROLES: tuple[ReferenceRole, ...] = ("product", "character", "object", "style", "background")
PLACED_ROLES = frozenset({"product", "character", "object"})
#: Uploads decoded at the same time by one process (the others wait, their bytes on disk).
DECODE_SLOTS = 2


class Reference(BaseModel):
    """``201`` answer of ``POST /v1/references`` and ``GET /v1/references/{id}``."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(description="ref_…")
    object: Literal["reference"] = "reference"
    created: int
    role: ReferenceRole
    name: str | None = None
    format: ImageFormat = Field(description="png, jpeg or webp (as stored, metadata stripped).")
    width: int
    height: int
    bytes: int = Field(description="Size of the stored (re-encoded) file.")
    sha256: str = Field(description="SHA-256 of the stored bytes, hex.")
    has_alpha: bool = Field(description="Whether the image has transparent pixels.")


class ReferenceUpload(BaseModel):
    """JSON form of ``POST /v1/references``."""

    model_config = ConfigDict(extra="forbid")

    data: str = Field(min_length=1, description="The image file, base64 (standard alphabet).")
    role: ReferenceRole = "object"
    name: str | None = Field(default=None, max_length=200)

    def image_bytes(self) -> bytes:
        text = self.data.strip()
        if text.startswith("data:") and "," in text:
            text = text.split(",", 1)[1]  # a data: URL
        if len(text) > (MAX_BYTES * 4) // 3 + 8:
            raise PayloadTooLargeError(f"the file is over {MAX_BYTES} bytes", param="data")
        try:
            return base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise InvalidRequestError("data must be base64", param="data") from exc


def check_role(value: str | None, param: str = "role") -> ReferenceRole:
    if value is None or value == "":
        return "object"
    for role in ROLES:
        if value == role:
            return role
    raise InvalidRequestError(f"role must be one of {', '.join(ROLES)}", param=param)


def reference_view(row: ReferenceRow) -> Reference:
    return Reference(
        id=row.id,
        created=row.created,
        role=check_role(row.role),
        name=row.name,
        format=_format(row.format),
        width=row.width,
        height=row.height,
        bytes=row.bytes,
        sha256=row.sha256,
        has_alpha=row.has_alpha,
    )


def _format(value: str) -> ImageFormat:
    if value == "png":
        return "png"
    if value == "jpeg":
        return "jpeg"
    if value == "webp":
        return "webp"
    raise ValueError(f"stored reference has an unknown format {value!r}")


class ReferenceStore:
    """References of every account in one database and blob store."""

    def __init__(
        self, sessions: sessionmaker[Session], blobs: BlobStore, decode_slots: int = DECODE_SLOTS
    ) -> None:
        self._sessions = sessions
        self._blobs = blobs
        #: Uploads decoded at once: each holds its file, its pixels and their re-encoding.
        self._decoding = threading.BoundedSemaphore(max(1, decode_slots))

    @contextmanager
    def decode_slot(self) -> Iterator[None]:
        """One of this process's decode slots: hold it while reading an upload from its temporary
        file and decoding it (also for callers that decode uploads themselves: the OpenAI edits and
        variations). Free heap pages go back to the system when it is released."""
        with self._decoding:
            try:
                yield
            finally:
                trim_heap()  # the file, its pixels and their re-encoding are freed: give the pages back

    def create(self, data: bytes, role: ReferenceRole, name: str | None, account_id: str) -> Reference:
        return self.create_from(lambda: data, role, name, account_id)

    def create_from(
        self, read: Callable[[], bytes], role: ReferenceRole, name: str | None, account_id: str
    ) -> Reference:
        """:meth:`create` with the bytes read by ``read`` only once a decode slot is free (an
        upload waiting for one stays in its temporary file, not in memory)."""
        with self.decode_slot():
            checked = check_image(read())
            sha256 = self._blobs.put(checked.data, checked.format)
            stored = len(checked.data)
            checked = dataclasses.replace(checked, data=b"")
        row = ReferenceRow(
            id=new_id("ref"),
            account_id=account_id,
            created=int(time.time()),
            sha256=sha256,
            format=checked.format,
            width=checked.width,
            height=checked.height,
            bytes=stored,
            has_alpha=checked.has_alpha,
            role=role,
            name=name.strip() if name and name.strip() else None,
        )
        with self._sessions.begin() as session:
            session.add(row)
        return reference_view(row)

    def _row(self, session: Session, ref_id: str, account_id: str, param: str) -> ReferenceRow:
        row = session.get(ReferenceRow, ref_id)
        if row is None or row.account_id != account_id:
            raise NotFoundError(f"no reference {ref_id!r}", param=param)
        return row

    def get(self, ref_id: str, account_id: str, *, param: str = "id") -> Reference:
        with self._sessions() as session:
            return reference_view(self._row(session, ref_id, account_id, param))

    def delete(self, ref_id: str, account_id: str) -> None:
        with self._sessions.begin() as session:
            row = self._row(session, ref_id, account_id, "id")
            sha256, fmt = row.sha256, row.format
            session.delete(row)
            session.flush()
            others = session.scalar(
                select(func.count()).select_from(ReferenceRow).where(ReferenceRow.sha256 == sha256)
            )
            if not others:
                self._blobs.path(sha256, fmt).unlink(missing_ok=True)

    def resolve_uses(self, uses: tuple[ReferenceUse, ...], account_id: str) -> tuple[ReferenceUse, ...]:
        """Check every id exists for the account (404 naming ``references.N``); fill in the
        stored role and name where the request gave a bare id."""
        seen: set[str] = set()
        out: list[ReferenceUse] = []
        for index, use in enumerate(uses):
            param = f"references.{index}"
            if use.id in seen:
                raise InvalidRequestError(f"reference {use.id!r} is listed twice", param=param)
            seen.add(use.id)
            stored = self.get(use.id, account_id, param=param)
            explicit = use.model_fields_set
            out.append(
                ReferenceUse(
                    id=use.id,
                    role=use.role if "role" in explicit else stored.role,
                    name=use.name if use.name is not None else stored.name,
                )
            )
        return tuple(out)

    def load(self, plan: Plan, account_id: str) -> dict[str, bytes]:
        """The bytes of every reference a plan uses (elements and plan-wide ones), by id."""
        ids = {e.reference_id for e in plan.elements if e.reference_id is not None}
        ids |= {r.id for r in plan.references}
        out: dict[str, bytes] = {}
        if not ids:
            return out  # no session to open (the common case, on every generate)
        with self._sessions() as session:
            for ref_id in sorted(ids):
                row = session.get(ReferenceRow, ref_id)
                if row is None or row.account_id != account_id:
                    raise NotFoundError(
                        f"the plan uses reference {ref_id!r}, which does not exist", param="plan"
                    )
                out[ref_id] = self._blobs.get(row.sha256, row.format)
        return out


def unreferenced_warnings(plan: Plan, uses: tuple[ReferenceUse, ...]) -> list[str]:
    """A warning for each placed reference that no element uses (unless one already says so)."""
    used = {e.reference_id for e in plan.elements if e.reference_id is not None}
    warnings: list[str] = []
    for index, use in enumerate(uses):
        if use.role not in PLACED_ROLES or use.id in used:
            continue
        if any(use.id in w for w in plan.warnings):
            continue
        warnings.append(f"reference {use.id} (references.{index}, {use.role}) is not used by any element")
    return warnings


__all__ = [
    "PLACED_ROLES",
    "ROLES",
    "Reference",
    "ReferenceStore",
    "ReferenceUpload",
    "check_role",
    "reference_view",
    "unreferenced_warnings",
]
