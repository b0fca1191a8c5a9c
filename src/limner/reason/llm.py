"""Optional LLM reasoner: an OpenAI-compatible chat endpoint reads prompts the built-in parser can't.

``LLMReasoner`` runs the built-in reasoner first. Only when that result shows the parser could not
read the prompt fully (unknown words left out, or nothing found) does it ask the chat model for the
scene's structure as JSON. The answer is validated against :class:`Extraction`, turned into the same
entities and relations the built-in parser produces, and laid out by the same solver and scene logic
(:func:`limner.reason.pipeline.plan_from_scene`). Any error, time-out or invalid answer falls back to
the built-in plan, with a line in ``warnings`` saying so. Edits always use the built-in reasoner.

The HTTP client (:class:`OpenAIChatClient`, httpx, short time-out) is injected, so the reasoner itself
stays pure and tests can pass any client; the platform builds one from ``Settings`` (environment
``LIMNER_LLM_BASE_URL``, ``LIMNER_LLM_MODEL``, optional ``LIMNER_LLM_API_KEY``, ``LIMNER_LLM_TIMEOUT``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal, Protocol

import httpx
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from limner.plan.model import Plan
from limner.reason.base import ReasonRequest
from limner.reason.pipeline import Trace, plan_from_scene, read_prompt, reason
from limner.reason.resolve import MAX_COUNT, MAX_ELEMENTS, Entity, EntityRelation, ResolvedScene
from limner.reason.vocab import Lexicon, lexicon, tokens_of

DEFAULT_TIMEOUT_S = 8.0
Predicate = Literal[
    "left of",
    "right of",
    "above",
    "below",
    "next to",
    "on top of",
    "under",
    "in front of",
    "behind",
    "inside",
]

SYSTEM_PROMPT = (
    "You turn an image description (any language) into JSON describing the scene. Answer with one JSON "
    'object only: {"objects": [{"noun": str, "count": int, "color": str|null, "size": str|null}], '
    '"relations": [{"subject": int, "predicate": str, "object": int}], "background": str|null}. '
    "noun: the English singular common noun (e.g. 'traffic light', 'person'); count: how many; "
    "color: a basic English colour word or null; relations use indexes into objects and one of: "
    "left of, right of, above, below, next to, on top of, under, in front of, behind, inside. "
    "Leave out anything the description excludes or retracts."
)


class ChatClient(Protocol):
    """Sends chat messages, returns the assistant's text. Raises on transport or protocol errors."""

    @property
    def label(self) -> str: ...

    def complete(self, messages: Sequence[Mapping[str, str]]) -> str: ...


class LLMError(Exception):
    """The chat endpoint failed or answered in a shape that is not a chat completion."""


class OpenAIChatClient:
    """``POST {base_url}/chat/completions`` of any OpenAI-compatible server (llama.cpp, vLLM, Ollama)."""

    def __init__(
        self,
        base_url: str,
        model: str,
        *,
        api_key: str | None = None,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.api_key = api_key
        self.timeout_s = timeout_s
        self.transport = transport

    @property
    def label(self) -> str:
        return f"{self.model} at {self.base_url}"

    def complete(self, messages: Sequence[Mapping[str, str]]) -> str:
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        body = {
            "model": self.model,
            "messages": [dict(m) for m in messages],
            "temperature": 0,
            "response_format": {"type": "json_object"},
        }
        try:
            with httpx.Client(timeout=self.timeout_s, transport=self.transport) as client:
                response = client.post(f"{self.base_url}/chat/completions", json=body, headers=headers)
                response.raise_for_status()
                data = response.json()
        except httpx.HTTPError as exc:
            raise LLMError(f"{type(exc).__name__}: {exc}") from exc
        except ValueError as exc:
            raise LLMError("the answer is not JSON") from exc
        try:
            content = data["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError) as exc:
            raise LLMError("the answer is not a chat completion") from exc
        if not isinstance(content, str):
            raise LLMError("the completion has no text content")
        return content


class ExtractedObject(BaseModel):
    model_config = ConfigDict(extra="ignore")

    noun: str = Field(min_length=1, max_length=60)
    count: int = Field(default=1, ge=0, le=MAX_COUNT)
    color: str | None = Field(default=None, max_length=40)
    size: str | None = Field(default=None, max_length=40)


class ExtractedRelation(BaseModel):
    model_config = ConfigDict(extra="ignore")

    subject: int = Field(ge=0)
    predicate: Predicate
    object: int = Field(ge=0)


class Extraction(BaseModel):
    """What the LLM must answer; anything else is rejected."""

    model_config = ConfigDict(extra="ignore")

    objects: list[ExtractedObject] = Field(max_length=MAX_ELEMENTS)
    relations: list[ExtractedRelation] = Field(default_factory=list, max_length=200)
    background: str | None = Field(default=None, max_length=200)


def _json_of(content: str) -> str:
    """The JSON object in a completion (models sometimes wrap it in a code fence)."""
    start, end = content.find("{"), content.rfind("}")
    if start < 0 or end <= start:
        raise LLMError("the completion holds no JSON object")
    return content[start : end + 1]


def _noun(word: str, lex: Lexicon) -> str:
    key = tokens_of(word)
    for size in range(len(key), 0, -1):  # "red sports car" → car: the longest known tail
        tags = lex.phrases.get(key[-size:], ())
        noun = next((t.value for t in tags if t.kind == "noun"), None)
        if noun is not None:
            return noun
    return " ".join(key) or "object"


def _color(word: str | None, lex: Lexicon) -> list[tuple[str, str]]:
    if not word:
        return []
    tag = next((t for t in lex.phrases.get(tokens_of(word), ()) if t.kind == "color"), None)
    return [(tag.value, tag.extra)] if tag is not None else []


def _scene(text: str, lex: Lexicon) -> tuple[str, str] | None:
    """The first (longest) known scene phrase in the LLM's background description."""
    key = tokens_of(text)
    for size in range(min(len(key), lex.max_len), 0, -1):
        for start in range(len(key) - size + 1):
            tag = next((t for t in lex.phrases.get(key[start : start + size], ()) if t.kind == "scene"), None)
            if tag is not None:
                return tag.value, tag.extra
    return None


def scene_from_extraction(extraction: Extraction, lex: Lexicon) -> ResolvedScene:
    """The extraction as the entities and relations stage 4 produces; invalid indexes are dropped."""
    entities: list[Entity] = []
    by_index: dict[int, Entity] = {}
    notes_total = 0
    sizes = lex.phrases
    for index, obj in enumerate(extraction.objects):
        count = min(obj.count, MAX_ELEMENTS - notes_total)
        if count <= 0:
            continue
        notes_total += count
        noun = _noun(obj.noun, lex)
        size_tag = next((t for t in sizes.get(tokens_of(obj.size or ""), ()) if t.kind == "size"), None)
        entity = Entity(
            key=len(entities),
            noun=noun,
            label=obj.noun,
            count=count,
            sentence=0,
            colors=_color(obj.color, lex),
            size=size_tag.number if size_tag is not None else 1.0,
            size_words=[size_tag.value] if size_tag is not None else [],
        )
        entities.append(entity)
        by_index[index] = entity
    relations = [
        EntityRelation(by_index[r.subject], r.predicate, by_index[r.object], None, 0)
        for r in extraction.relations
        if r.subject in by_index and r.object in by_index and r.subject != r.object
    ]
    background = _scene(extraction.background, lex) if extraction.background else None
    return ResolvedScene(entities, relations, background, [], [], {0: "create"})


def fully_read(plan: Plan) -> bool:
    """Whether the built-in parser read the prompt: no word left out as unknown, something found."""
    if any("unknown object" in w or "no known objects" in w for w in plan.warnings):
        return False
    return bool(plan.elements)


class LLMReasoner:
    """The built-in reasoner, helped by a chat model for prompts it cannot fully read."""

    name = "llm"

    def __init__(self, client: ChatClient) -> None:
        self.client = client

    def reason(self, request: ReasonRequest) -> Plan:
        builtin = reason(request)
        if request.base is not None or fully_read(builtin):
            return builtin
        messages = [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": request.prompt}]
        try:
            extraction = Extraction.model_validate_json(_json_of(self.client.complete(messages)))
        except (LLMError, ValidationError) as exc:
            why = str(exc).splitlines()[0][:200]
            builtin.warnings.append(f"LLM reasoner failed ({why}); using the built-in result")
            return builtin
        if not any(o.count > 0 for o in extraction.objects) and builtin.elements:
            builtin.warnings.append("LLM reasoner found no objects; using the built-in result")
            return builtin
        lex = lexicon()
        trace = Trace()
        warnings: list[str] = []
        parsed, _ = read_prompt(request, trace, warnings)
        scene = scene_from_extraction(extraction, lex)
        for entity in scene.entities:
            trace.add("llm", f"{entity.count} × {entity.noun} ('{entity.label}') from {self.client.label}")
        for rel in scene.relations:
            trace.add("llm", f"{rel.subject.noun} {rel.predicate} {rel.object.noun} from the LLM")
        trace.add("llm", f"the built-in parser could not fully read the prompt; used {self.client.label}")
        scene.actions = {p.index: "create" for p in parsed} or {0: "create"}
        plan = plan_from_scene(request, parsed, scene, trace, [])
        plan.warnings = [w for w in warnings if "unknown object" not in w] + plan.warnings
        return plan


__all__ = [
    "ChatClient",
    "Extraction",
    "LLMError",
    "LLMReasoner",
    "OpenAIChatClient",
    "fully_read",
    "scene_from_extraction",
]
