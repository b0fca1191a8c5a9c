"""An account's history: its generations, images, plans and references, newest first, a page at a time.

Keyset pagination: a page is the rows whose ``(created, id)`` come after the cursor row's in
descending order, read from the ``(account_id, created, id)`` index of each table (migration 0008),
so a page costs the same however deep it is. The cursor (``after``) must be an id of the same
account and kind: otherwise 404 naming ``after``. Generations include async jobs that have no stored
generation (queued, running, or ended before one was stored); a finished job is listed as its
generation.
"""

from __future__ import annotations

import heapq
import logging
import time
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, select, tuple_
from sqlalchemy.orm import InstrumentedAttribute, Session, sessionmaker

from limner.errors import NotFoundError
from limner.plan.model import Plan
from limner.platform.accounts_tables import JobRow
from limner.platform.jobs import job_view
from limner.platform.lists import (
    GenerationList,
    ImageList,
    ImageObject,
    PageRequest,
    PlanList,
    ReferenceList,
)
from limner.platform.references import reference_view
from limner.platform.schemas import Generation, GenerationImage
from limner.platform.tables import GenerationRow, ImageRow, PlanRow, ReferenceRow

logger = logging.getLogger(__name__)

GenerationView = Callable[[GenerationRow, list[ImageRow]], Generation]
#: A stored image as answers show it, its signed link made at the given time.
ImageView = Callable[[ImageRow, int], GenerationImage]
#: A row with the columns a page is ordered by.
_Keyed = PlanRow | GenerationRow | ImageRow | ReferenceRow | JobRow


def _columns(model: type[_Keyed]) -> tuple[InstrumentedAttribute[str], InstrumentedAttribute[int]]:
    return model.id, model.created


def _newest_first(model: type[_Keyed], account_id: str, cursor: tuple[int, str] | None) -> Select[Any]:
    """``SELECT model`` of the account, after ``cursor`` (created, id), newest first."""
    id_column, created = _columns(model)
    statement = select(model).where(model.account_id == account_id)
    if cursor is not None:
        statement = statement.where(tuple_(created, id_column) < tuple_(*cursor))
    return statement.order_by(created.desc(), id_column.desc())


def _cursor_of(session: Session, model: type[_Keyed], account_id: str, after: str) -> tuple[int, str] | None:
    id_column, created = _columns(model)
    found = session.execute(
        select(created).where(id_column == after, model.account_id == account_id)
    ).scalar_one_or_none()
    return None if found is None else (int(found), after)


def _unknown_cursor(after: str, what: str) -> NotFoundError:
    return NotFoundError(f"after: no {what} {after!r} in this account's list", param="after")


def _job_without_generation() -> ColumnElement[bool]:
    return ~exists().where(GenerationRow.id == JobRow.id)


class History:
    """The list endpoints' queries over one database."""

    def __init__(self, sessions: sessionmaker[Session], view: GenerationView, image_view: ImageView) -> None:
        self._sessions = sessions
        self._view = view
        self._image_view = image_view

    def _page(
        self, session: Session, model: type[_Keyed], account_id: str, page: PageRequest, what: str
    ) -> tuple[Sequence[Any], bool]:
        """Up to ``page.limit`` rows of ``model`` and whether more follow."""
        cursor = None
        if page.after is not None:
            cursor = _cursor_of(session, model, account_id, page.after)
            if cursor is None:
                raise _unknown_cursor(page.after, what)
        rows = session.scalars(_newest_first(model, account_id, cursor).limit(page.limit + 1)).all()
        return rows[: page.limit], len(rows) > page.limit

    def plans(self, account_id: str, page: PageRequest) -> PlanList:
        with self._sessions() as session:
            rows, more = self._page(session, PlanRow, account_id, page, "plan")
            bodies = [(row.id, row.body) for row in rows]
        plans: list[Plan] = []
        for plan_id, body in bodies:
            try:
                plans.append(Plan.model_validate_json(body))
            except ValueError as exc:  # stored before today's checks: GET /v1/plans/{id} says 409
                logger.warning("stored plan %s cannot be read, not listed: %s", plan_id, exc)
        return PlanList(data=plans, has_more=more)

    def references(self, account_id: str, page: PageRequest) -> ReferenceList:
        with self._sessions() as session:
            rows, more = self._page(session, ReferenceRow, account_id, page, "reference")
            return ReferenceList(data=[reference_view(row) for row in rows], has_more=more)

    def images(self, account_id: str, page: PageRequest) -> ImageList:
        with self._sessions() as session:
            rows, more = self._page(session, ImageRow, account_id, page, "image")
        now = int(time.time())
        return ImageList(data=[self._image(row, now) for row in rows], has_more=more)

    def _image(self, row: ImageRow, now: int) -> ImageObject:
        shown = self._image_view(row, now).model_dump()
        return ImageObject(**shown, generation_id=row.generation_id, created=row.created)

    def generations(self, account_id: str, page: PageRequest) -> GenerationList:
        """Stored generations and the async jobs that have none, merged newest first."""
        limit = page.limit + 1
        with self._sessions() as session:
            cursor = None
            if page.after is not None:
                cursor = _cursor_of(session, GenerationRow, account_id, page.after)
                if cursor is None:
                    cursor = _cursor_of(session, JobRow, account_id, page.after)
                if cursor is None:
                    raise _unknown_cursor(page.after, "generation")
            stored = session.scalars(_newest_first(GenerationRow, account_id, cursor).limit(limit)).all()
            pending = session.scalars(
                _newest_first(JobRow, account_id, cursor).where(_job_without_generation()).limit(limit)
            ).all()
            merged: list[GenerationRow | JobRow] = list(
                heapq.merge(stored, pending, key=lambda r: (r.created, r.id), reverse=True)
            )[:limit]
            shown = merged[: page.limit]
            ids = [row.id for row in shown if isinstance(row, GenerationRow)]
            images: dict[str, list[ImageRow]] = {i: [] for i in ids}
            if ids:
                for image in session.scalars(
                    select(ImageRow)
                    .where(ImageRow.generation_id.in_(ids))
                    .order_by(ImageRow.generation_id, ImageRow.position)
                ).all():
                    images[image.generation_id].append(image)
            data = [
                self._view(row, images[row.id]) if isinstance(row, GenerationRow) else job_view(row)
                for row in shown
            ]
        return GenerationList(data=data, has_more=len(merged) > page.limit)


__all__ = ["History"]
