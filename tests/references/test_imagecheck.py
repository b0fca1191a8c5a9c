"""Uploads: PNG/JPEG/WebP recognised from bytes; bombs refused from the header; bad files refused."""

from __future__ import annotations

import io
import struct
import zlib

import numpy as np
import pytest
from PIL import Image, PngImagePlugin

from limner.errors import InvalidRequestError, LimnerError, PayloadTooLargeError, UnsupportedMediaError
from limner.platform import imagecheck
from limner.platform.imagecheck import check_image, header_size, sniff

from .images import encode, product


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_bomb(width: int, height: int, rows: int = 8) -> bytes:
    """A valid-looking PNG header for width × height, with a tiny zlib stream of zero rows."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    raw = zlib.compress(b"\x00" * (rows * (1 + 3 * width)), 9)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", raw) + _chunk(b"IEND", b"")


def jpeg_bomb(width: int, height: int) -> bytes:
    small = encode(Image.new("RGB", (16, 16), (9, 9, 9)), "JPEG")
    at = small.index(b"\xff\xc0")
    return small[: at + 5] + struct.pack(">HH", height, width) + small[at + 9 :]


def webp_vp8x(width: int, height: int) -> bytes:
    body = b"\x00\x00\x00\x00" + (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    chunk = b"VP8X" + struct.pack("<I", len(body)) + body
    payload = b"WEBP" + chunk
    return b"RIFF" + struct.pack("<I", len(payload)) + payload


def test_the_three_formats_are_recognised_and_sized_from_the_header() -> None:
    image = product()
    for fmt, options in (("PNG", {}), ("JPEG", {"quality": 90}), ("WEBP", {"lossless": True}), ("WEBP", {})):
        data = encode(image, fmt, **options)
        name = sniff(data)
        assert name == fmt.lower()
        assert header_size(data, name) == image.size
        checked = check_image(data)
        assert (checked.format, checked.width, checked.height) == (name, *image.size)


def test_the_same_bytes_give_the_same_stored_bytes() -> None:
    data = encode(product(), "JPEG", quality=80)
    assert check_image(data).data == check_image(data).data


def test_exif_orientation_is_applied_and_metadata_stripped() -> None:
    image = Image.new("RGB", (120, 60), (200, 30, 30))
    image.paste((30, 30, 200), (0, 0, 20, 60))  # blue on the left
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    exif[0x010F] = "SecretCam"
    data = encode(image, "JPEG", quality=95, exif=exif.tobytes())
    checked = check_image(data)
    assert (checked.width, checked.height) == (60, 120)
    with Image.open(io.BytesIO(checked.data)) as out:
        assert not out.getexif()
        assert "exif" not in out.info and "icc_profile" not in out.info
        pixels = np.asarray(out.convert("RGB"))
    assert pixels[5, 30, 2] > 150  # blue is now on top
    assert b"SecretCam" not in checked.data


def test_png_text_and_icc_chunks_are_dropped() -> None:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "someone@example.com")
    data = encode(product(), "PNG", pnginfo=info, icc_profile=b"\x00" * 128)
    checked = check_image(data)
    assert b"someone@example.com" not in checked.data and b"iCCP" not in checked.data
    assert b"tEXt" not in checked.data


def test_alpha_is_detected() -> None:
    rgba = Image.new("RGBA", (50, 50), (0, 0, 0, 0))
    assert check_image(encode(rgba)).has_alpha
    assert not check_image(encode(Image.new("RGBA", (50, 50), (1, 2, 3, 255)))).has_alpha


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("png 5000x5000 pixel bomb", png_bomb(5000, 5000)),
        ("png 100000x100000 decompression bomb", png_bomb(100_000, 100_000)),
        ("png 4097x4097", png_bomb(4097, 4097)),
        ("jpeg 65535x65535", jpeg_bomb(65535, 65535)),
        ("jpeg 5000x4000", jpeg_bomb(5000, 4000)),
        ("webp 16384x16384", webp_vp8x(16384, 16384)),
    ],
)
def test_bombs_are_refused_from_the_header_without_decoding(
    name: str, data: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_decode(*args: object) -> object:
        raise AssertionError(f"{name}: decoded")

    monkeypatch.setattr(imagecheck, "_decode", no_decode)
    with pytest.raises(PayloadTooLargeError) as info:
        check_image(data)
    assert info.value.status == 413 and info.value.param == "file"


def test_a_file_over_the_byte_limit_is_413() -> None:
    with pytest.raises(PayloadTooLargeError):
        check_image(encode(product()), max_bytes=1000)


def test_the_pixel_limit_is_inclusive() -> None:
    data = encode(Image.new("RGB", (4096, 4077), (5, 5, 5)))  # 16 699 392 pixels
    assert check_image(data).width == 4096


SVG = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'
HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("svg", SVG),
        ("svg without prolog", b"<svg xmlns='http://www.w3.org/2000/svg'></svg>"),
        ("heic", HEIC),
        ("gif", encode(Image.new("RGB", (10, 10)), "GIF")),
        ("bmp", encode(Image.new("RGB", (10, 10)), "BMP")),
        ("tiff", encode(Image.new("RGB", (10, 10)), "TIFF")),
        ("html then png (polyglot)", b"<html><script>x</script>" + encode(product())),
        ("zip", b"PK\x03\x04" + b"\x00" * 40),
        ("random", bytes(range(256)) * 4),
    ],
)
def test_other_formats_are_415(name: str, data: bytes) -> None:
    with pytest.raises(UnsupportedMediaError) as info:
        check_image(data)
    assert info.value.status == 415, name


def _zip() -> bytes:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("evil.php", "<?php system($_GET['c']); ?>")
    return out.getvalue()


PNG = encode(product())
JPEG = encode(product(), "JPEG", quality=85)
WEBP = encode(product(), "WEBP", quality=80)
WEBP_LOSSLESS = encode(product(), "WEBP", lossless=True)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("png truncated in IDAT", PNG[: len(PNG) // 2]),
        ("png without IEND", PNG[:-12]),
        ("png header only", PNG[:33]),
        ("jpeg truncated", JPEG[: len(JPEG) // 2]),
        ("jpeg without EOI", JPEG[:-2]),
        ("webp truncated", WEBP[: len(WEBP) // 2]),
        ("webp lossless truncated", WEBP_LOSSLESS[: len(WEBP_LOSSLESS) - 40]),
        ("png + zip (polyglot)", PNG + _zip()),
        ("jpeg + html (polyglot)", JPEG + b"<html><script>alert(1)</script></html>"),
        ("webp + trailing script (polyglot)", WEBP + b"\x00<?php echo 1; ?>"),
        ("png with a corrupt IDAT", PNG.replace(b"IDAT", b"IDAT\x00\x00\x00\x00", 1)),
        ("empty", b""),
    ],
)
def test_truncated_corrupt_and_polyglot_files_are_422(name: str, data: bytes) -> None:
    with pytest.raises(LimnerError) as info:
        check_image(data)
    assert isinstance(info.value, InvalidRequestError), (name, info.value)
    assert info.value.status == 422
