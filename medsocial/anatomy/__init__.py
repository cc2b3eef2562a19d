"""Post anatomy: length as each platform counts it, hashtags, mentions, links, platform rules."""

from __future__ import annotations

from medsocial.anatomy.analyze import PostAnatomy, analyze_post
from medsocial.anatomy.platforms import PLATFORMS, Platform

__all__ = ["PLATFORMS", "Platform", "PostAnatomy", "analyze_post"]
