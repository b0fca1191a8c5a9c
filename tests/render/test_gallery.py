"""The gallery generator: every prompt drawn once, listed with its picture, same bytes twice."""

from __future__ import annotations

from pathlib import Path

from bench.gallery import PROMPTS, Entry, render_one, slug, write_index
from PIL import Image


def test_the_list_covers_scenes_and_designed_formats() -> None:
    prompts = " | ".join(e.prompt for e in PROMPTS)
    assert 25 <= len(PROMPTS) <= 40
    for word in ("kitchen", "beach", "night", "rain", "underwater", "space", "poster", "banner", "card"):
        assert word in prompts
    assert len({slug(e.prompt, i) for i, e in enumerate(PROMPTS)}) == len(PROMPTS)


def test_pictures_and_index(tmp_path: Path) -> None:
    entries = [Entry("a red apple"), Entry("a banner that says 'Fresh Bread' with a loaf of bread", 0.34)]
    shots = [render_one(entry, i + 1, 320, tmp_path) for i, entry in enumerate(entries)]
    write_index(shots, tmp_path)
    for shot in shots:
        with Image.open(tmp_path / shot.file) as image:
            assert image.size == (320, shot.height)
    assert shots[1].height < shots[0].height
    readme = (tmp_path / "README.md").read_text(encoding="utf-8")
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    for shot in shots:
        assert f"]({shot.file})" in readme and f'src="{shot.file}"' in page
    again = render_one(entries[0], 1, 320, tmp_path / "..")
    assert (tmp_path / ".." / again.file).read_bytes() == (tmp_path / shots[0].file).read_bytes()
