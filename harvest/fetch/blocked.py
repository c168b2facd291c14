"""Responses that are not the page: a log-in wall, "Access denied", a bot challenge.

A blocked response is archived (it is evidence) but is never parsed as an event and never replaces a good copy.
Only the response is looked at (status, headers, title, first heading), never the page's prose: an event page may
well mention "access denied" in its text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import urlsplit

LOGIN_PATH = re.compile(r"(^|/)(user/login|login|signin|sign-in|wp-login\.php|cas/login|saml)(/|$|\?)", re.IGNORECASE)
_TITLE_OR_H1 = re.compile(rb"<(title|h1)\b[^>]*>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
# Markers of Cloudflare's interstitial. They count only on an error status: Cloudflare also injects
# `/cdn-cgi/challenge-platform/scripts/jsd/main.js` into ordinary 200 pages when its JavaScript detections are on.
_CHALLENGE_MARKERS = (b"challenge-platform", b"cf-chl-", b"_cf_chl_opt", b"cf-browser-verification")
_CHALLENGE_STATUSES = (403, 429, 503)
_CHALLENGE_TITLES = ("just a moment", "attention required", "checking your browser", "ddos-guard")
_DENIED_TITLES = ("access denied", "403 forbidden", "forbidden", "log in", "login", "sign in")
_SNIFF_BYTES = 65_536


def is_login_url(url: str) -> bool:
    parts = urlsplit(url)
    return bool(LOGIN_PATH.search(parts.path + ("?" if parts.query else "")))


def blocked_reason(url: str, status: int, headers: Mapping[str, str], body: bytes) -> str | None:
    """`login_page`, `bot_challenge` or `access_denied` when the response is not the page asked for, else None."""
    if is_login_url(url):
        return "login_page"
    head = body[:_SNIFF_BYTES]
    # Titles and first headings, whitespace collapsed: "Access denied | European Cluster Collaboration Platform".
    titles = [" ".join(m.group(2).decode("utf-8", "replace").split()).lower() for m in _TITLE_OR_H1.finditer(head)]
    if headers.get("cf-mitigated", "").lower() == "challenge":
        return "bot_challenge"
    if status in _CHALLENGE_STATUSES and any(marker in head for marker in _CHALLENGE_MARKERS):
        return "bot_challenge"
    if any(title.startswith(_CHALLENGE_TITLES) for title in titles):
        return "bot_challenge"
    if status in (401, 403) or any(title.startswith(_DENIED_TITLES) for title in titles):
        return "access_denied"
    return None
