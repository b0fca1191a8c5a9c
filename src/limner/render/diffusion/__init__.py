"""The ``diffusion`` renderer (extra ``limner[diffusion]``): Stable Diffusion paints over the plan's layout.

Importing this package never imports torch; the pipeline is loaded on the first render.
"""

from limner.render.diffusion.config import DiffusionSettings
from limner.render.diffusion.renderer import DiffusionRenderer

__all__ = ["DiffusionRenderer", "DiffusionSettings"]
