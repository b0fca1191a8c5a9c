"""The ``openai-images`` renderer: any OpenAI-compatible Images API paints over the plan's layout."""

from limner.render.openai_images.client import UpstreamClient, UpstreamError
from limner.render.openai_images.config import UpstreamSettings
from limner.render.openai_images.renderer import OpenAIImagesRenderer

__all__ = ["OpenAIImagesRenderer", "UpstreamClient", "UpstreamError", "UpstreamSettings"]
