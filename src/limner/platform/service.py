"""The application service: what the server and the in-process CLI call.

One method per use case. Each validates everything it can first, then does the CPU work
(reasoning, rendering), then stores every row of the request in one transaction, so a bad
request stores nothing and a failed rendering leaves a ``failed`` generation with no images.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import TracebackType

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from limner.config import Settings
from limner.errors import ConflictError, InvalidRequestError, LimnerError, NotFoundError
from limner.plan.diff import plan_diff
from limner.plan.model import Box, Plan, TraceEntry
from limner.platform.blobs import BlobStore
from limner.platform.capacity import CapacityView, Grant, SlotPool, units_from_table
from limner.platform.cost import check_cost
from limner.platform.db import make_engine, make_sessions, prepare_data_dir, upgrade_to_head
from limner.platform.edits import EditBase, apply_edit, change_mask, decode_rgb, edit_format
from limner.platform.history import History
from limner.platform.ids import new_id
from limner.platform.keys import AccountLimits
from limner.platform.metering import RecordedFees, UsageCounters, charge_images
from limner.platform.observers import ServiceObserver
from limner.platform.pricing import load_prices
from limner.platform.references import ReferenceStore, unreferenced_warnings
from limner.platform.render_slots import ProcessRenderers, SlotRenderers, ThreadRenderers, plan_json
from limner.platform.schemas import (
    MAX_SEED,
    GenerateBody,
    Generation,
    GenerationError,
    GenerationImage,
    ReasonBody,
    Usage,
)
from limner.platform.signing import LinkSigner
from limner.platform.tables import (
    LOCAL_ACCOUNT,
    GenerationFields,
    GenerationRow,
    ImageFields,
    ImageRow,
    NewGeneration,
    NewImage,
    PlanRow,
    hot_insert,
    insert_into,
    row_values,
)
from limner.platform.variants import check_localizations, variant_plan
from limner.reason.base import Reasoner, ReasonRequest
from limner.render.base import MEDIA_TYPES, OutputFormat, RenderedImage, Renderer, RenderOptions
from limner.render.overlays import png_bytes
from limner.render.registry import RendererRegistry, default_registry

logger = logging.getLogger(__name__)

DEFAULT_CANVAS = (1024, 1024)
#: Formats a renderer can encode unless it says otherwise with an ``output_formats`` attribute.
DEFAULT_RENDERER_FORMATS: tuple[str, ...] = ("png", "jpeg", "webp")
_RENDER_FORMATS: dict[str, OutputFormat] = {"png": "png", "jpeg": "jpeg", "webp": "webp", "svg": "svg"}


@dataclass(frozen=True)
class _Shot:
    """One image to render: its seed and locale (and, for a prompt with n > 1, its own plan)."""

    seed: int
    locale: str | None
    plan: Plan | None = None


@dataclass(frozen=True)
class _Done:
    shot: _Shot
    image: RenderedImage
    sha256: str


def _now() -> int:
    return int(time.time())


def notes_json(notes: Sequence[str]) -> str:
    """An image's render notes as ``images.notes`` stores them (a JSON list of strings)."""
    return json.dumps(list(notes), ensure_ascii=False)


def _notes_of(stored: str | None) -> list[str]:
    """An image's stored render notes (a JSON list); rows from before they were stored have none."""
    if not stored:
        return []
    try:
        notes = json.loads(stored)
    except ValueError:
        return []
    return [str(note) for note in notes] if isinstance(notes, list) else []


def _default_reasoner(settings: Settings | None = None) -> Reasoner:
    from limner.reason import BuiltinReasoner

    if settings is not None and settings.llm_base_url and settings.llm_model:
        from limner.reason.llm import LLMReasoner, OpenAIChatClient

        client = OpenAIChatClient(
            settings.llm_base_url,
            settings.llm_model,
            api_key=settings.llm_api_key,
            timeout_s=settings.llm_timeout_s,
        )
        return LLMReasoner(client)
    return BuiltinReasoner()


def _inpaint_hint(
    renderer: Renderer, edit: EditBase | None, mask: list[Box] | None
) -> tuple[bytes, tuple[Box, ...]] | None:
    """The base image (PNG) and change mask for renderers that repaint only the mask (``inpaints``)."""
    if edit is None or mask is None or not getattr(renderer, "inpaints", False):
        return None
    return png_bytes(edit.pixels), tuple(mask)


def renderer_formats(renderer: Renderer) -> tuple[str, ...]:
    formats = getattr(renderer, "output_formats", DEFAULT_RENDERER_FORMATS)
    return tuple(str(f) for f in formats)


class LimnerService:
    """Plans, generations and images of one data dir (or database URL)."""

    def __init__(
        self,
        settings: Settings,
        engine: Engine,
        *,
        reasoner: Reasoner,
        renderers: RendererRegistry,
        render_processes: bool = False,
    ) -> None:
        self.settings = settings
        self.engine = engine
        self.reasoner = reasoner
        self.renderers = renderers
        self.blobs = BlobStore(settings.blob_dir)
        self._sessions: sessionmaker[Session] = make_sessions(engine)
        self.references = ReferenceStore(self._sessions, self.blobs)
        #: Signed, expiring image links (``signed_url``).
        self.links = LinkSigner.for_settings(settings)
        #: The list endpoints (``GET /v1/generations`` …), newest first.
        self.history = History(self._sessions, self._generation_view, self.image_view)
        self.prices = load_prices(settings.prices_file)
        #: Months whose Scale unit fee this process has seen recorded (skips the fee queries).
        self.fees = RecordedFees()
        #: The usage counters this process wrote last (one statement instead of two per charge).
        self.counters = UsageCounters()
        # Render slots (Scale units reserve some); each slot renders in a thread or a process.
        self.slot_renderers: SlotRenderers = (
            ProcessRenderers() if render_processes else ThreadRenderers(renderers)
        )
        self.slots = SlotPool(
            settings.render_slots, units_from_table(self._sessions), uncapped=frozenset({LOCAL_ACCOUNT})
        )
        #: Told of every rendered image and stored generation (the server's ``/metrics``).
        self.observers: list[ServiceObserver] = []

    @classmethod
    def open(
        cls,
        settings: Settings,
        *,
        reasoner: Reasoner | None = None,
        renderers: RendererRegistry | None = None,
    ) -> LimnerService:
        """Create the data dir, migrate the database to the newest schema, build the engines."""
        prepare_data_dir(settings)
        engine = make_engine(settings)
        try:
            upgrade_to_head(settings, engine)
        except BaseException:
            engine.dispose()
            raise
        return cls(
            settings,
            engine,
            reasoner=reasoner if reasoner is not None else _default_reasoner(settings),
            renderers=renderers if renderers is not None else default_registry(),
            # Slot processes build the installed renderers: only for the default registry.
            render_processes=bool(settings.render_processes) and renderers is None,
        )

    def close(self) -> None:
        self.slot_renderers.close()
        self.engine.dispose()

    def __enter__(self) -> LimnerService:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # --- plans -----------------------------------------------------------------------------

    def reason(
        self, body: ReasonBody, account_id: str = LOCAL_ACCOUNT, *, trace: Sequence[TraceEntry] = ()
    ) -> Plan:
        """Reason a prompt into a plan and store it (``plan_…`` id, ``created`` set).

        ``trace``: entries the caller adds first (e.g. the OpenAI route saying it shortened the prompt).
        """
        # 1. The plan to edit, if any
        base = None
        if body.base_plan_id is not None:
            base = self.get_plan(body.base_plan_id, account_id, param="base_plan_id")
        # 2. The canvas: asked for, else the base plan's, else the default
        width, height = body.dimensions() or (
            (base.canvas.width, base.canvas.height) if base is not None else DEFAULT_CANVAS
        )
        # 3. Reason (every reference must exist for this account: 404 naming references.N)
        uses = self.references.resolve_uses(body.reference_uses(), account_id)
        request = ReasonRequest(
            prompt=body.prompt,
            width=width,
            height=height,
            seed=body.seed if body.seed is not None else 0,
            references=uses,
            base=base,
        )
        plan = self._reason(request)
        if uses:
            plan = plan.model_copy(
                update={
                    "references": plan.references or list(uses),
                    "warnings": plan.warnings + unreferenced_warnings(plan, uses),
                }
            )
        if trace:
            plan = plan.model_copy(update={"trace": [*trace, *plan.trace]})
        # 4. Store
        with self._sessions.begin() as session:
            session.connection().execute(insert_into(PlanRow), self._plan_values(plan, account_id))
        return plan

    def get_plan(self, plan_id: str, account_id: str = LOCAL_ACCOUNT, *, param: str = "id") -> Plan:
        with self._sessions() as session:
            row = session.get(PlanRow, plan_id)
            if row is None or row.account_id != account_id:
                raise NotFoundError(f"no plan {plan_id!r}", param=param)
            body = row.body
        try:
            return Plan.model_validate_json(body)
        except ValueError as exc:  # stored before today's checks (e.g. NaN saved as null)
            logger.warning("stored plan %s cannot be read: %s", plan_id, exc)
            raise ConflictError(
                f"the stored plan {plan_id!r} cannot be read (it holds values this version refuses); "
                "make a new plan",
                param=param,
                code="plan_unreadable",
            ) from exc

    def _reason(self, request: ReasonRequest) -> Plan:
        draft = self.reasoner.reason(request)
        return draft.model_copy(
            update={
                "id": new_id("plan"),
                "created": _now(),
                "prompt": draft.prompt or request.prompt,
                "base_plan_id": request.base.id if request.base is not None else draft.base_plan_id,
            }
        )

    @staticmethod
    def _plan_values(plan: Plan, account_id: str, body: str | None = None) -> dict[str, object]:
        """A plan's row; ``body``: its :func:`plan_json` when already made."""
        return {
            "id": plan.id,
            "account_id": account_id,
            "created": plan.created,
            "prompt": plan.prompt,
            "base_plan_id": plan.base_plan_id,
            "body": body if body is not None else plan.model_dump_json(),
        }

    # --- generations -----------------------------------------------------------------------

    def generate(
        self,
        body: GenerateBody,
        account_id: str = LOCAL_ACCOUNT,
        *,
        generation_id: str | None = None,
        on_store: Callable[[Session, GenerationFields], None] | None = None,
        account: AccountLimits | None = None,
    ) -> Generation:
        """Render ``n`` images (per locale) of a stored, inline or freshly reasoned plan.
        ``account``: the account's row as the caller's key was read with (not read again to charge).

        A renderer failure gives a ``failed`` generation (stored, with ``error``, no images);
        an invalid request raises and stores nothing.
        """
        # 1. What this server can do
        renderer_name = body.renderer or self.settings.default_renderer
        renderer = self.renderers.get(renderer_name)
        output_format = self._check_supported(body, renderer)
        edit = self._edit_base(body, account_id) if body.base_image_id is not None else None
        if edit is not None:
            explicit = "output_format" in body.model_fields_set
            output_format = edit_format(body.output_format, explicit, edit.format)
        # 2. The plan: stored, inline or reasoned from the prompt (new plans are stored below)
        plan, new_plan = self._resolve_plan(body, account_id, edit.plan if edit is not None else None)
        # A new plan's JSON, made once: sent to a render process and stored
        new_json = plan_json(new_plan) if new_plan is not None else None
        references = self.references.load(plan, account_id)
        # 3. Seeds and locales (an edit keeps its base image's seed, locale and size)
        default_seed = edit.seed if edit is not None else plan.seed
        first = body.seed if body.seed is not None else (default_seed if default_seed is not None else 0)
        if first + body.n - 1 > MAX_SEED:
            raise InvalidRequestError(f"seed + n - 1 must be at most {MAX_SEED}", param="seed")
        default_locales: list[str | None] = [edit.locale] if edit is not None else [None]
        locales: list[str | None] = list(body.locales) if body.locales else default_locales
        if body.locales:
            check_localizations(plan, body.locales)  # 422 naming the element and the locale
        shots = [_Shot(first + i, locale) for locale in locales for i in range(body.n)]
        if new_plan is not None and body.prompt is not None and edit is None:
            shots = self._variant_shots(body.prompt, plan, shots)
        size = (edit.width, edit.height) if edit is not None else body.dimensions()
        width, height = size or (plan.canvas.width, plan.canvas.height)
        check_cost(width, height, len(shots), len(plan.elements))  # 422 naming what to reduce
        # 4. Render (CPU); store the bytes content-addressed (idempotent, safe to repeat)
        # An async job (its id given by the queue) waits for a slot as long as it takes.
        wait_s = None if generation_id is not None else self.settings.render_wait_s
        mask = change_mask(edit.plan, plan, edit.width, edit.height) if edit is not None else None
        # A renderer that inpaints (generative ones) gets the base image and the mask as well.
        inpaint = _inpaint_hint(renderer, edit, mask)
        with self.slots.slot(account_id, wait_s) as grant:  # 503 capacity_unavailable: nothing stored
            rendered, error = self._render_all(
                renderer_name,
                grant,
                plan,
                shots,
                size,
                "png" if edit is not None else output_format,
                references,
                body.mirror_rtl,
                inpaint,
                new_json,
            )
        if error is not None:
            mask = None
        if edit is not None and mask is not None:
            rendered = [(shot, apply_edit(image, edit, mask, output_format)) for shot, image in rendered]
        done = [_Done(shot, image, self.blobs.put(image.data, image.format)) for shot, image in rendered]
        # 5. One transaction (Core inserts, no ORM unit of work): the new plan, the generation,
        # its images, their ledger rows and the month's usage counter
        created = _now()
        # Plain records (no ORM instances: much cheaper to make): what on_store, the charges and
        # the view read, and the column values inserted
        generation = NewGeneration(
            id=generation_id or new_id("gen"),
            account_id=account_id,
            plan_id=plan.id,
            status="failed" if error is not None else "succeeded",
            created=created,
            renderer=renderer_name,
            request=body.model_dump_json(by_alias=True, exclude_unset=True),
            error=error.model_dump_json() if error is not None else None,
            change_mask=json.dumps(mask) if mask is not None else None,
        )
        images = [
            NewImage(
                id=new_id("img"),
                account_id=account_id,
                generation_id=generation.id,
                position=position,
                sha256=d.sha256,
                width=d.image.width,
                height=d.image.height,
                format=d.image.format,
                seed=d.shot.seed,
                locale=d.shot.locale,
                created=created,
                notes=notes_json(d.image.notes),
            )
            for position, d in enumerate(done)
        ]
        refs = len(references)
        if on_store is not None:  # first: an async job's completion (raising stores nothing)
            with self._sessions.begin() as session:
                on_store(session, generation)
                self._store(session.connection(), (new_plan, new_json), generation, images, refs, account)
        else:  # a plain connection's transaction: no ORM session to make
            with self.engine.begin() as connection:
                self._store(connection, (new_plan, new_json), generation, images, refs, account)
        self.generation_stored(renderer_name, generation.status, width, height)
        # Render notes (text shrunk to fit, art substitutions) are stored with each image.
        return self._generation_view(generation, images)

    def _store(
        self,
        connection: Connection,
        new: tuple[Plan | None, str | None],
        generation: NewGeneration,
        images: list[NewImage],
        references: int,
        account: AccountLimits | None = None,
    ) -> None:
        """The rows of one generation, in the caller's transaction (Core inserts); ``new``: the new
        plan to store, if any, and its JSON if made already."""
        account_id = generation.account_id
        new_plan, new_json = new
        if new_plan is not None:
            hot_insert(PlanRow).run(connection, self._plan_values(new_plan, account_id, new_json))
        hot_insert(GenerationRow).run(connection, row_values(generation))
        if images:
            hot_insert(ImageRow).run(connection, [row_values(image) for image in images])
        charge_images(
            connection,
            self.prices,
            account_id,
            generation,
            images,
            references,
            fees=self.fees,
            counters=self.counters,
            account=account,
        )

    def _variant_shots(self, prompt: str, plan: Plan, shots: list[_Shot]) -> list[_Shot]:
        """A prompt with n > 1: each image is drawn from the plan reasoned with its own seed, so the
        images are real variants (another arrangement), not one layout drawn again. The generation's
        ``plan_id`` is the first seed's plan; reasoning the prompt with an image's ``seed`` gives its own.
        """
        plans: dict[int, Plan] = {}
        out: list[_Shot] = []
        for shot in shots:
            if shot.seed == plan.seed:
                out.append(shot)
                continue
            if shot.seed not in plans:
                request = ReasonRequest(
                    prompt=prompt, width=plan.canvas.width, height=plan.canvas.height, seed=shot.seed
                )
                plans[shot.seed] = self.reasoner.reason(request)
            out.append(dataclasses.replace(shot, plan=plans[shot.seed]))
        return out

    def _resolve_plan(
        self, body: GenerateBody, account_id: str, base: Plan | None = None
    ) -> tuple[Plan, Plan | None]:
        """The plan to render, and the same plan again if it is new and must be stored.

        With ``base`` (an edit), a new plan records it as ``base_plan_id`` and gets its ``diff``.
        """
        if body.plan_id is not None:
            return self.get_plan(body.plan_id, account_id, param="plan_id"), None
        if body.plan is not None:
            if body.plan.seed is not None and not 0 <= body.plan.seed <= MAX_SEED:
                raise InvalidRequestError(f"plan.seed must be between 0 and {MAX_SEED}", param="plan.seed")
            update: dict[str, object] = {"id": new_id("plan"), "created": _now()}
            if base is not None:
                update["base_plan_id"] = body.plan.base_plan_id or base.id
                update["diff"] = body.plan.diff or plan_diff(base, body.plan)
            plan = body.plan.model_copy(update=update)
            return plan, plan
        if body.prompt is not None:
            width, height = body.dimensions() or (
                (base.canvas.width, base.canvas.height) if base is not None else DEFAULT_CANVAS
            )
            seed = body.seed if body.seed is not None else 0
            request = ReasonRequest(prompt=body.prompt, width=width, height=height, seed=seed, base=base)
            plan = self._reason(request)
            return plan, plan
        # GenerateBody's own validation makes this unreachable.
        raise InvalidRequestError("give exactly one of plan_id, plan or prompt", param="prompt")

    def _render_all(
        self,
        name: str,
        grant: Grant,
        plan: Plan,
        shots: list[_Shot],
        size: tuple[int, int] | None,
        output_format: OutputFormat,
        references: Mapping[str, bytes] | None = None,
        mirror_rtl: bool = False,
        inpaint: tuple[bytes, tuple[Box, ...]] | None = None,
        plan_text: str | None = None,
    ) -> tuple[list[tuple[_Shot, RenderedImage]], GenerationError | None]:
        """Every image, or none and the error: a generation never keeps part of its images.
        ``plan_text``: ``plan``'s JSON when already made (sent as it is for a shot drawing ``plan``
        itself)."""
        rendered: list[tuple[_Shot, RenderedImage]] = []
        try:
            for shot in shots:
                options = RenderOptions(
                    width=size[0] if size else None,
                    height=size[1] if size else None,
                    seed=shot.seed,
                    output_format=output_format,
                    locale=shot.locale,
                    references=references or {},
                    base_image=inpaint[0] if inpaint is not None else None,
                    edit_mask=inpaint[1] if inpaint is not None else (),
                )
                # localized, locale-formatted text (of its own seed's plan for a prompt with n > 1)
                variant = variant_plan(shot.plan or plan, shot.locale, mirror_rtl)
                text = plan_text if variant is plan else None
                rendered.append((shot, self._render(name, grant, variant, options, text)))
        except InvalidRequestError:
            raise  # the request asks for something this renderer refuses: 422, nothing stored
        except LimnerError as exc:
            return [], GenerationError(code=exc.code, message=exc.detail)
        except Exception as exc:
            logger.exception("renderer %r failed on plan %s", name, plan.id)
            return [], GenerationError(
                code="render_failed", message=f"renderer {name!r} failed: {type(exc).__name__}"
            )
        return rendered, None

    def get_generation(self, generation_id: str, account_id: str = LOCAL_ACCOUNT) -> Generation:
        with self._sessions() as session:
            row = session.get(GenerationRow, generation_id)
            if row is None or row.account_id != account_id:
                raise NotFoundError(f"no generation {generation_id!r}", param="id")
            images = session.scalars(
                select(ImageRow).where(ImageRow.generation_id == row.id).order_by(ImageRow.position)
            ).all()
            return self._generation_view(row, list(images))

    def get_image(self, image_id: str, account_id: str = LOCAL_ACCOUNT) -> tuple[bytes, str, str]:
        """``(bytes, media type, sha256)`` of a stored image."""
        with self._sessions() as session:
            row = session.get(ImageRow, image_id)
            if row is None or row.account_id != account_id:
                raise NotFoundError(f"no image {image_id!r}", param="id")
            sha256, fmt = row.sha256, row.format
        return self.blobs.get(sha256, fmt), MEDIA_TYPES[fmt], sha256

    def image_sha256(self, image_id: str, account_id: str = LOCAL_ACCOUNT) -> tuple[str, str]:
        """``(sha256, media type)`` without reading the bytes (for conditional requests)."""
        with self._sessions() as session:
            row = session.get(ImageRow, image_id)
            if row is None or row.account_id != account_id:
                raise NotFoundError(f"no image {image_id!r}", param="id")
            return row.sha256, MEDIA_TYPES[row.format]

    # --- helpers ---------------------------------------------------------------------------

    def _check_supported(self, body: GenerateBody, renderer: Renderer) -> OutputFormat:
        """Options this server cannot honour yet are refused by name, never ignored."""
        if body.async_:
            raise InvalidRequestError(
                "async generation is not available on this server yet; omit 'async'", param="async"
            )
        if body.webhook_url is not None:
            raise InvalidRequestError('webhook_url needs "async": true', param="webhook_url")
        formats = [f for f in renderer_formats(renderer) if f in _RENDER_FORMATS]
        if body.output_format not in formats:
            raise InvalidRequestError(
                f"output_format {body.output_format!r} is not supported by renderer {renderer.name!r}"
                f" (supported: {', '.join(formats)})",
                param="output_format",
            )
        return _RENDER_FORMATS[body.output_format]

    def _edit_base(self, body: GenerateBody, account_id: str) -> EditBase:
        """The image an edit starts from (404 ``base_image_id``), with its plan and pixels."""
        image_id = body.base_image_id or ""
        with self._sessions() as session:
            row = session.get(ImageRow, image_id)
            if row is None or row.account_id != account_id:
                raise NotFoundError(f"no image {image_id!r}", param="base_image_id")
            generation = session.get(GenerationRow, row.generation_id)
            if generation is None:
                raise NotFoundError(f"no generation for image {image_id!r}", param="base_image_id")
            sha256, fmt, seed, locale = row.sha256, row.format, row.seed, row.locale
            plan_id, width, height = generation.plan_id, row.width, row.height
        if body.size is not None and body.dimensions() != (width, height):
            raise InvalidRequestError(
                f"an edit keeps the base image's size ({width}x{height}); omit size", param="size"
            )
        if fmt == "svg":
            raise InvalidRequestError(
                f"image {image_id!r} is an SVG; an edit starts from a png, jpeg or webp image",
                param="base_image_id",
            )
        plan = self.get_plan(plan_id, account_id, param="base_image_id")
        pixels = decode_rgb(self.blobs.get(sha256, fmt))
        return EditBase(image_id=image_id, plan=plan, pixels=pixels, format=fmt, seed=seed, locale=locale)

    def render_plan(
        self,
        plan: Plan,
        options: RenderOptions,
        account_id: str = LOCAL_ACCOUNT,
        *,
        renderer: str | None = None,
    ) -> RenderedImage:
        """Render a plan with ``renderer`` (default: the server's) with its references loaded;
        nothing is stored.

        For callers that post-process and store images themselves (the OpenAI-compatible routes).
        """
        name = renderer or self.settings.default_renderer
        references = self.references.load(plan, account_id)
        with_refs = dataclasses.replace(options, references=references or options.references)
        self.renderers.get(name)  # 422 if unknown
        with self.slots.slot(account_id, self.settings.render_wait_s) as grant:
            return self._render(name, grant, plan, with_refs)

    def generation_stored(self, renderer: str, status: str, width: int, height: int) -> None:
        """Tell the observers a generation was stored (every path that stores one calls this)."""
        for observer in self.observers:
            observer.generation_finished(renderer, status, width, height)

    def capacity(self) -> CapacityView:
        """This process's render slots: total, shared, reserved per account, busy, waiting."""
        return self.slots.view(self.slot_renderers.isolation)

    def _render(
        self, name: str, grant: Grant, plan: Plan, options: RenderOptions, plan_text: str | None = None
    ) -> RenderedImage:
        # Each busy slot renders with a renderer instance (or process) of its own.
        started = time.perf_counter()
        image = self.slot_renderers.render(grant, name, plan, options, plan_text)
        if image.format not in MEDIA_TYPES or not image.data:
            raise ValueError(f"renderer returned an unusable image (format {image.format!r})")
        seconds = time.perf_counter() - started
        for observer in self.observers:
            observer.image_rendered(name, image.width, image.height, seconds)
        return image

    def _generation_view(self, row: GenerationFields, images: Sequence[ImageFields]) -> Generation:
        now = _now()
        return Generation(
            id=row.id,
            status=row.status,
            plan_id=row.plan_id,
            created=row.created,
            images=[self.image_view(image, now) for image in images],
            usage=Usage(images=len(images)),
            error=GenerationError.model_validate_json(row.error) if row.error else None,
            change_mask=json.loads(row.change_mask) if row.change_mask else None,
        )

    def image_view(self, image: ImageFields, now: int) -> GenerationImage:
        """A stored image as answers show it, with a signed link made at ``now``."""
        link = self.links.link(image.id, now)
        return GenerationImage(
            id=image.id,
            url=f"/v1/images/{image.id}",
            signed_url=link.url,
            signed_url_expires=link.expires,
            width=image.width,
            height=image.height,
            format=image.format,
            seed=image.seed,
            sha256=image.sha256,
            locale=image.locale,
            notes=_notes_of(image.notes),
        )

    def count_rows(self) -> dict[str, int]:
        """Rows per table (for health checks and tests)."""
        counts: dict[str, int] = {}
        with self._sessions() as session:
            for table in (PlanRow, GenerationRow, ImageRow):
                counts[table.__tablename__] = session.scalar(select(func.count()).select_from(table)) or 0
        return counts


__all__ = ["DEFAULT_CANVAS", "LimnerService", "notes_json", "renderer_formats"]
