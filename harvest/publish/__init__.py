"""publish stage: staged tables → immutable release folder, index of versions, delta, validation, `load()`."""

from __future__ import annotations

from harvest.publish.release import PublishResult, publish

__all__ = ["PublishResult", "publish"]
