"""SVG output: the same drawing calls as the PNG, recorded once and played onto skia's SVG canvas.

The renderer draws through a :class:`Tape`. For raster formats the tape is the raster canvas
itself (nothing is recorded). For SVG the drawing is recorded into skia Pictures, segment by
segment: whenever the renderer needs the pixels drawn so far (text picks its colour from what
lies beneath it) :meth:`Tape.sync` plays the open segment onto the raster surface and starts a
new one. At the end every segment is played, in order, onto an ``SVGCanvas`` that converts text
to paths, so the document is self-contained: glyph outlines and art as paths, reference images
as ``data:`` URIs, no fonts or files referenced. Same plan + seed ⇒ same bytes.
"""

from __future__ import annotations

import re

import skia

from limner.errors import RenderError

SVG_MEDIA_TYPE = "image/svg+xml"
#: Anything that would make the document fetch something: a URL or file reference.
_ID = re.compile(rb'\bid="(([A-Za-z]+)_[0-9A-Za-z]+)"')
#: A reference to an id (``id="…"``, ``url(#…)``, ``href="#…"``), the id in group 2.
_REF = re.compile(rb'(\bid="|url\(#|href="#)([A-Za-z]+_[0-9A-Za-z]+)(["\)])')
_EXTERNAL = re.compile(rb"""(?:href|src)\s*=\s*["'](?!data:|#)""", re.IGNORECASE)


class Tape:
    """The canvas the renderer draws on, recording for SVG when ``vector`` is true."""

    def __init__(self, raster: skia.Canvas, width: int, height: int, vector: bool) -> None:
        self._raster = raster
        self._bounds = skia.Rect.MakeWH(width, height)
        self._vector = vector
        self._segments: list[skia.Picture] = []
        self._recorder = skia.PictureRecorder() if vector else None
        self.canvas: skia.Canvas = raster
        if self._recorder is not None:
            self.canvas = self._recorder.beginRecording(self._bounds)

    @property
    def vector(self) -> bool:
        return self._vector

    def sync(self) -> skia.Canvas:
        """Bring the raster pixels up to date with everything drawn; returns the canvas to go on with."""
        if self._recorder is not None:
            picture = self._recorder.finishRecordingAsPicture()
            self._segments.append(picture)
            self._raster.drawPicture(picture)
            self.canvas = self._recorder.beginRecording(self._bounds)
        self._raster.flush()
        return self.canvas

    def svg(self) -> bytes:
        """The whole drawing as an SVG document (only for a vector tape)."""
        if self._recorder is None:
            raise RenderError("this render was not recorded for SVG")
        self.sync()
        stream = skia.DynamicMemoryWStream()
        canvas = skia.SVGCanvas.Make(self._bounds, stream, skia.SVGCanvas.kConvertTextToPaths_Flag)
        for picture in self._segments:
            canvas.drawPicture(picture)
        del canvas  # the SVG canvas writes its closing tags when it is destroyed
        data = bytes(stream.detachAsData())
        return finish_svg(data, int(self._bounds.width()), int(self._bounds.height()))


def renumber_ids(data: bytes) -> bytes:
    """skia numbers clip paths and gradients from a process-wide counter (``cl_17``): number them
    from 0 in document order instead, so the same drawing gives the same bytes in any process."""
    names: dict[bytes, bytes] = {}
    counters: dict[bytes, int] = {}
    for match in _ID.finditer(data):
        name, prefix = match.group(1), match.group(2)
        if name not in names:
            names[name] = prefix + b"_" + str(counters.get(prefix, 0)).encode()
            counters[prefix] = counters.get(prefix, 0) + 1
    if not names:
        return data
    return _REF.sub(lambda m: m.group(1) + names.get(m.group(2), m.group(2)) + m.group(3), data)


def finish_svg(data: bytes, width: int, height: int) -> bytes:
    """skia's document with stable ids and a viewBox, checked to reference nothing outside itself."""
    if not data.lstrip().startswith((b"<?xml", b"<svg")):
        raise RenderError("the SVG canvas produced no document")
    if _EXTERNAL.search(data):
        raise RenderError("the SVG would reference an external resource")
    data = renumber_ids(data)
    size = f'width="{width}" height="{height}"'.encode()
    if b"viewBox" not in data[:400]:
        data = data.replace(size, size + f' viewBox="0 0 {width} {height}"'.encode(), 1)
    return data


__all__ = ["SVG_MEDIA_TYPE", "Tape", "finish_svg"]
