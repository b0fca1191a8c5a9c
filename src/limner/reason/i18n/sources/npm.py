"""Fetch one pinned npm package tarball into a local cache (``npm pack``) and read files from it."""

from __future__ import annotations

import base64
import hashlib
import os
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class NpmPackage:
    name: str
    version: str
    #: the registry's ``dist.integrity`` (``sha512-<base64>``), checked after every fetch
    integrity: str

    @property
    def filename(self) -> str:
        return f"{self.name.replace('@', '').replace('/', '-')}-{self.version}.tgz"


def cache_dir() -> Path:
    """``$LIMNER_BUILD_CACHE``, else ``$XDG_CACHE_HOME/limner-build``, else ``~/.cache/limner-build``."""
    explicit = os.environ.get("LIMNER_BUILD_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "limner-build"


def _digest(path: Path) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(path.read_bytes()).digest()).decode()


def fetch(package: NpmPackage) -> Path:
    """The package's tarball, fetched with ``npm pack`` on first use; raises if its hash differs."""
    folder = cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    tarball = folder / package.filename
    if not tarball.is_file():
        subprocess.run(
            ["npm", "pack", f"{package.name}@{package.version}", "--pack-destination", str(folder)],
            check=True,
            capture_output=True,
            timeout=300,
        )
    digest = _digest(tarball)
    if digest != package.integrity:
        tarball.unlink()
        raise RuntimeError(f"{package.name}@{package.version}: integrity {digest} != {package.integrity}")
    return tarball


def read_members(tarball: Path, members: list[str]) -> dict[str, bytes]:
    """The named files of the tarball (all must be there)."""
    wanted = set(members)
    out: dict[str, bytes] = {}
    with tarfile.open(tarball, "r:gz") as archive:
        for info in archive:
            if info.name in wanted:
                handle = archive.extractfile(info)
                if handle is not None:
                    out[info.name] = handle.read()
    missing = wanted - set(out)
    if missing:
        raise FileNotFoundError(f"{sorted(missing)} in {tarball}")
    return out


__all__ = ["NpmPackage", "cache_dir", "fetch", "read_members"]
