"""Prices, as decimals, from configuration (``LIMNER_PRICES``: a JSON file; defaults below).

Build: a price per image by size class (by pixel count) plus a price per extra reference.
Scale: a monthly price per reserved unit (:meth:`Prices.unit_fee`, recorded in the ledger once
per account per month, see :mod:`limner.platform.metering`), plus an overage price per image
beyond the images the units include.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

#: (largest pixel count, name) of each Build size class, smallest first.
SIZE_CLASSES: tuple[tuple[int, str], ...] = (
    (512 * 512, "small"),
    (1024 * 1024, "medium"),
    (10**12, "large"),
)


@dataclass(frozen=True)
class Prices:
    currency: str = "USD"
    build_image: tuple[tuple[str, Decimal], ...] = (
        ("small", Decimal("0.0100")),
        ("medium", Decimal("0.0200")),
        ("large", Decimal("0.0400")),
    )
    build_extra_reference: Decimal = Decimal("0.0050")
    scale_unit_month: Decimal = Decimal("500.00")
    scale_overage_image: Decimal = Decimal("0.0150")
    #: Images per reserved unit per month included in the unit price (Scale).
    scale_unit_images: int = 20_000

    def unit_fee(self, units: int) -> Decimal:
        """A Scale account's fee for one month: ``units × scale_unit_month``."""
        return self.scale_unit_month * max(0, units)

    def size_class(self, width: int, height: int) -> str:
        pixels = width * height
        return next(name for limit, name in SIZE_CLASSES if pixels <= limit)

    def image_price(
        self, tier: str, width: int, height: int, references: int, *, included_left: int = 0
    ) -> tuple[str, Decimal]:
        """(line item, amount) for one image; ``included_left``: Scale images still in the units."""
        if tier == "scale":
            if included_left > 0:
                return "scale included image", Decimal("0")
            return "scale overage image", self.scale_overage_image
        size = self.size_class(width, height)
        base = dict(self.build_image)[size]
        extra = max(0, references - 1)
        item = f"build image {size}" + (f" +{extra} references" if extra else "")
        return item, base + self.build_extra_reference * extra


def load_prices(path: Path | None) -> Prices:
    """Prices from a JSON file (any subset of the fields; amounts as strings), else the defaults."""
    if path is None:
        return Prices()
    raw = json.loads(path.read_text(encoding="utf-8"))
    default = Prices()
    build = raw.get("build_image")
    return Prices(
        currency=str(raw.get("currency", default.currency)),
        build_image=tuple((str(k), Decimal(str(v))) for k, v in build.items())
        if isinstance(build, dict)
        else default.build_image,
        build_extra_reference=Decimal(str(raw.get("build_extra_reference", default.build_extra_reference))),
        scale_unit_month=Decimal(str(raw.get("scale_unit_month", default.scale_unit_month))),
        scale_overage_image=Decimal(str(raw.get("scale_overage_image", default.scale_overage_image))),
        scale_unit_images=int(raw.get("scale_unit_images", default.scale_unit_images)),
    )


__all__ = ["SIZE_CLASSES", "Prices", "load_prices"]
