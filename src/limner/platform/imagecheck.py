"""Uploaded reference images: recognise, bound, decode and re-encode them safely.

The format is decided from the bytes (magic numbers), never from a name or a declared type.
Width and height are read from the file's own header (PNG ``IHDR``, JPEG ``SOFn``, WebP
``VP8 ``/``VP8L``/``VP8X``) *before* anything is decoded, so pixel and decompression bombs are
refused (413) without allocating their pixels. The container must end where its format says it
ends (PNG ``IEND``, JPEG ``EOI``, the RIFF size of WebP): trailing bytes make a polyglot (a file
that is also a ZIP, HTML or script) and are refused (422), as are truncated files.

Stored images are re-encoded from the decoded pixels (EXIF orientation applied first), which
drops every metadata chunk (EXIF, XMP, ICC, text; an ICC profile is dropped, not applied):
PNG stays PNG and WebP becomes lossless WebP (no further loss); JPEG is re-encoded at
quality 95 with 4:4:4 chroma. Re-encoding is
deterministic, so the same upload always gives the same stored bytes (and one blob).
"""

from __future__ import annotations

import io
import struct
import warnings
from dataclasses import dataclass
from typing import Literal

from PIL import ExifTags, Image, ImageOps, UnidentifiedImageError

from limner.errors import InvalidRequestError, PayloadTooLargeError, UnsupportedMediaError

ImageFormat = Literal["png", "jpeg", "webp"]

MAX_BYTES = 20_000_000
MAX_PIXELS = 16_700_000
JPEG_QUALITY = 95

_PNG = b"\x89PNG\r\n\x1a\n"
_PARAM = "file"

#: Recognised but refused formats: (magic test, name).
_REFUSED: tuple[tuple[bytes, int, str], ...] = (
    (b"GIF87a", 0, "GIF"),
    (b"GIF89a", 0, "GIF"),
    (b"BM", 0, "BMP"),
    (b"II*\x00", 0, "TIFF"),
    (b"MM\x00*", 0, "TIFF"),
    (b"%PDF", 0, "PDF"),
    (b"\x00\x00\x01\x00", 0, "ICO"),
    (b"PK\x03\x04", 0, "ZIP"),
)
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1", b"avif", b"avis")


@dataclass(frozen=True)
class CheckedImage:
    """A validated, metadata-free image ready to store."""

    data: bytes
    format: ImageFormat
    width: int
    height: int
    has_alpha: bool


def _refused_name(data: bytes) -> str | None:
    for magic, offset, name in _REFUSED:
        if data[offset : offset + len(magic)] == magic:
            return name
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        return "HEIC/AVIF"
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<?xml", b"<svg", b"<!doctype", b"<html")):
        return "SVG/XML/HTML"
    return None


def sniff(data: bytes) -> ImageFormat:
    """The image format of ``data`` from its magic bytes; 415 for anything else."""
    if data.startswith(_PNG):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    name = _refused_name(data)
    what = f"{name} is not accepted" if name else "unrecognised image data"
    raise UnsupportedMediaError(f"{what}; send PNG, JPEG or WebP", param=_PARAM)


def _truncated() -> InvalidRequestError:
    return InvalidRequestError("the image is truncated or corrupt", param=_PARAM)


def _polyglot(fmt: str) -> InvalidRequestError:
    return InvalidRequestError(
        f"bytes follow the end of the {fmt.upper()} image (a polyglot file); send the image alone",
        param=_PARAM,
    )


def _png_size(data: bytes) -> tuple[int, int]:
    """IHDR dimensions; also walks the chunks to check the file ends right after ``IEND``."""
    if len(data) < 33 or data[12:16] != b"IHDR":
        raise _truncated()
    width, height = struct.unpack(">II", data[16:24])
    pos = 8
    while True:
        if pos + 12 > len(data):
            raise _truncated()
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if end > len(data):
            raise _truncated()
        pos = end
        if kind == b"IEND":
            break
    if pos != len(data):
        raise _polyglot("png")
    return width, height


_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


def _jpeg_size(data: bytes) -> tuple[int, int]:
    """Dimensions from the first SOFn; walks segments and entropy data up to ``EOI``."""
    pos, size = 2, None
    n = len(data)
    while True:
        while pos < n and data[pos] == 0xFF and pos + 1 < n and data[pos + 1] == 0xFF:
            pos += 1  # fill bytes
        if pos + 2 > n or data[pos] != 0xFF:
            raise _truncated()
        marker = data[pos + 1]
        pos += 2
        if marker == 0xD9:  # EOI
            break
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            continue
        if pos + 2 > n:
            raise _truncated()
        (length,) = struct.unpack(">H", data[pos : pos + 2])
        if length < 2 or pos + length > n:
            raise _truncated()
        if marker in _SOF and size is None:
            if length < 7:
                raise _truncated()
            height, width = struct.unpack(">HH", data[pos + 3 : pos + 7])
            size = (width, height)
        pos += length
        if marker == 0xDA:  # SOS: skip entropy-coded data to the next real marker
            while True:
                nxt = data.find(b"\xff", pos)
                if nxt < 0 or nxt + 1 >= n:
                    raise _truncated()
                follower = data[nxt + 1]
                if follower == 0x00 or 0xD0 <= follower <= 0xD7:
                    pos = nxt + 2
                    continue
                pos = nxt
                break
    if size is None:
        raise _truncated()
    if pos != n:
        raise _polyglot("jpeg")
    return size


def _webp_size(data: bytes) -> tuple[int, int]:
    """Dimensions from the first chunk; the RIFF size must cover the file exactly."""
    if len(data) < 30:
        raise _truncated()
    (riff_size,) = struct.unpack("<I", data[4:8])
    if riff_size + 8 > len(data):
        raise _truncated()
    if riff_size + 8 + (riff_size & 1) < len(data):
        raise _polyglot("webp")
    kind = data[12:16]
    body = data[20:]
    if kind == b"VP8X":
        width = 1 + int.from_bytes(body[4:7], "little")
        height = 1 + int.from_bytes(body[7:10], "little")
    elif kind == b"VP8L":
        if body[:1] != b"\x2f":
            raise _truncated()
        bits = int.from_bytes(body[1:5], "little")
        width, height = 1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF)
    elif kind == b"VP8 ":
        if body[3:6] != b"\x9d\x01\x2a":
            raise _truncated()
        width = int.from_bytes(body[6:8], "little") & 0x3FFF
        height = int.from_bytes(body[8:10], "little") & 0x3FFF
    else:
        raise _truncated()
    return width, height


def header_size(data: bytes, fmt: ImageFormat) -> tuple[int, int]:
    """``(width, height)`` read from the header alone (nothing decoded)."""
    if fmt == "png":
        return _png_size(data)
    if fmt == "jpeg":
        return _jpeg_size(data)
    return _webp_size(data)


def check_bounds(data: bytes, fmt: ImageFormat, max_pixels: int = MAX_PIXELS) -> tuple[int, int]:
    width, height = header_size(data, fmt)
    if width < 1 or height < 1:
        raise InvalidRequestError("the image has no pixels", param=_PARAM)
    if width * height > max_pixels:
        raise PayloadTooLargeError(
            f"the image is {width}x{height} = {width * height} pixels; at most {max_pixels} are accepted",
            param=_PARAM,
        )
    return width, height


def _decode(data: bytes, fmt: ImageFormat, size: tuple[int, int]) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[fmt.upper()]) as opened:
                if opened.size != size:
                    raise InvalidRequestError("the image header is inconsistent", param=_PARAM)
                opened.load()
                # In place: a decoded 16-megapixel image is 64 MB; no copy unless it must turn.
                upright = ImageOps.exif_transpose(opened, in_place=False) if _turned(opened) else opened
                mode = "RGBA" if _has_alpha(upright) else "RGB"
                pixels = upright if upright.mode == mode and upright is not opened else upright.convert(mode)
                pixels.info = {}  # no ICC profile, EXIF, XMP or text is carried to the encoder
                return pixels
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise PayloadTooLargeError(f"the image is too large to decode: {exc}", param=_PARAM) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError, struct.error) as exc:
        raise InvalidRequestError(f"the image is truncated or corrupt: {exc}", param=_PARAM) from exc


def _turned(image: Image.Image) -> bool:
    """Whether the EXIF orientation asks for a rotation or a flip."""
    return int(image.getexif().get(ExifTags.Base.Orientation, 1) or 1) != 1


def _has_alpha(image: Image.Image) -> bool:
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image if image.mode == "RGBA" else image.convert("RGBA")  # no copy when it is already
        low = rgba.getchannel("A").getextrema()[0]
        return isinstance(low, (int, float)) and low < 255
    return False


def encode_clean(image: Image.Image, fmt: ImageFormat) -> bytes:
    """Pixels only: no EXIF, XMP, ICC or text chunks."""
    out = io.BytesIO()
    if fmt == "png":
        image.save(out, "PNG", optimize=False, compress_level=6)
    elif fmt == "webp":
        image.save(out, "WEBP", lossless=True, quality=80, method=4, exact=True)
    else:
        image.convert("RGB").save(out, "JPEG", quality=JPEG_QUALITY, subsampling=0)
    return out.getvalue()


def check_image(data: bytes, *, max_bytes: int = MAX_BYTES, max_pixels: int = MAX_PIXELS) -> CheckedImage:
    """Validate an upload and return its clean re-encoding (see the module docstring)."""
    if len(data) > max_bytes:
        raise PayloadTooLargeError(f"the file is over {max_bytes} bytes", param=_PARAM)
    if not data:
        raise InvalidRequestError("the file is empty", param=_PARAM)
    fmt = sniff(data)
    size = check_bounds(data, fmt, max_pixels)
    image = _decode(data, fmt, size)
    if fmt == "jpeg" and image.mode == "RGBA":
        image = image.convert("RGB")
    clean = encode_clean(image, fmt)
    return CheckedImage(
        data=clean, format=fmt, width=image.width, height=image.height, has_alpha=image.mode == "RGBA"
    )


__all__ = [
    "MAX_BYTES",
    "MAX_PIXELS",
    "CheckedImage",
    "ImageFormat",
    "check_bounds",
    "check_image",
    "encode_clean",
    "header_size",
    "sniff",
]
