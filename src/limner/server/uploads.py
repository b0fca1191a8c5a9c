"""Multipart file uploads read late: the form parser spools each file to a temporary file, and a
route hands on a reader that takes the bytes only when called (in a decode slot, off the event
loop), so a burst of large uploads waits on disk rather than in memory."""

from __future__ import annotations

from collections.abc import Callable

from starlette.datastructures import UploadFile


def upload_reader(upload: UploadFile) -> Callable[[], bytes]:
    """Reads the spooled upload, from its start, each time it is called."""

    def read() -> bytes:
        upload.file.seek(0)
        return upload.file.read()

    return read


__all__ = ["upload_reader"]
