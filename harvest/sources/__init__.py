"""sources: where to look. One module per site, named by the `module` of its config entry; it exposes `SOURCE`."""

from __future__ import annotations

import importlib

from harvest.config import SourceConfig
from harvest.errors import UserError
from harvest.sources.base import Discovery, Link, Source, UrlKind


def load_source(config: SourceConfig) -> Source:
    """The Source object of one config entry: `SOURCE` of its module, built with that entry."""
    try:
        module = importlib.import_module(config.module)
    except ImportError as exc:
        raise UserError(f"[sources.{config.key}]: cannot import module {config.module!r} ({exc})") from None
    source_class = getattr(module, "SOURCE", None)
    if not (isinstance(source_class, type) and issubclass(source_class, Source)):
        raise UserError(f"[sources.{config.key}]: module {config.module} has no SOURCE class (a harvest Source)")
    return source_class(config)


__all__ = ["Discovery", "Link", "Source", "UrlKind", "load_source"]
