"""Errors that end a command with a one-line message instead of a traceback."""

from __future__ import annotations


class HarvestError(Exception):
    """Base class: the CLI prints `harvest: <message>` and exits with `exit_code`."""

    exit_code = 2


class UserError(HarvestError):
    """A mistake in how the tool was called or configured (bad --home, bad config, missing file)."""


class LockHeld(HarvestError):
    """Another harvest holds the lock of this home."""


class ReleaseRefused(HarvestError):
    """The publish checks refused the build; nothing was published."""
