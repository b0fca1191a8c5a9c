"""The stateful layer: database, blob store, ids and the application service."""

from limner.platform.blobs import BlobStore
from limner.platform.db import make_engine, upgrade_to_head
from limner.platform.ids import new_id
from limner.platform.schemas import GenerateBody, Generation, GenerationImage, ReasonBody
from limner.platform.service import LimnerService
from limner.platform.tables import LOCAL_ACCOUNT
from limner.platform.validation import invalid_request

__all__ = [
    "LOCAL_ACCOUNT",
    "BlobStore",
    "GenerateBody",
    "Generation",
    "GenerationImage",
    "LimnerService",
    "ReasonBody",
    "invalid_request",
    "make_engine",
    "new_id",
    "upgrade_to_head",
]
