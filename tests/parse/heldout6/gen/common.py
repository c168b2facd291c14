"""Shared helpers for the hw-* held-out generator: expected-record builders and time-zone arithmetic.

Offsets are computed with zoneinfo (EU summer-time rule) so that no expected offset is typed by hand.
"""

from __future__ import annotations

import datetime as dt
import html
import random
from zoneinfo import ZoneInfo

BRUSSELS = ZoneInfo("Europe/Brussels")
PRAGUE = ZoneInfo("Europe/Prague")


def bx(day: str, time: str | None = None) -> str:
    """Brussels wall-clock time -> ISO 8601 with offset; a date alone stays a date."""
    if time is None:
        dt.date.fromisoformat(day)
        return day
    h, m = (int(x) for x in time.split(":"))
    d = dt.date.fromisoformat(day)
    return dt.datetime(d.year, d.month, d.day, h, m, tzinfo=BRUSSELS).isoformat()


def utc_z(day: str, time: str) -> str:
    """The same Brussels wall-clock instant written as UTC with a Z (as some JSON-LD does)."""
    d = dt.datetime.fromisoformat(bx(day, time)).astimezone(dt.UTC)
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def prague_created(stamp: str) -> str:
    """nca.cz 'Created: DD/MM/YYYY HH:MM:SS' -> ISO with the Europe/Prague offset."""
    d = dt.datetime.strptime(stamp, "%d/%m/%Y %H:%M:%S").replace(tzinfo=PRAGUE)
    return d.isoformat()


def sp(name: str, role: str | None, org: str | None, ec: str | None = None) -> dict:
    return {"name": name, "role": role, "organisation": org, "eurocluster": ec}


def asset(label: str, url: str, created: str | None = None) -> dict:
    return {"label": label, "url": url, "created": prague_created(created) if created else None}


def rec(
    pid: str,
    url: str,
    template: str,
    lang: str,
    is_event: bool,
    title: str | None,
    page_title: str | None,
    series: str | None = None,
    start: str | None = None,
    end: str | None = None,
    tz_label: str | None = None,
    speakers: list | None = None,
    euroclusters: list | None = None,
    assets: list | None = None,
    notes: str = "",
) -> dict:
    timezone = "Europe/Brussels" if start and "T" in start else None
    return {
        "id": pid,
        "url": url,
        "template": template,
        "lang": lang,
        "is_event": is_event,
        "title": title,
        "page_title": page_title,
        "series": series,
        "start": start,
        "end": end,
        "timezone": timezone,
        "tz_label": tz_label,
        "speakers": speakers or [],
        "euroclusters": sorted(euroclusters or [], key=str.casefold),
        "assets": assets or [],
        "notes": notes,
    }


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def pseudo_css(seed: int, prefix_words: list[str], n: int = 60) -> str:
    """Deterministic filler CSS, like the critical-CSS blocks real themes inline."""
    rnd = random.Random(seed)
    props = [
        "margin:0",
        "padding:0",
        "display:flex",
        "display:block",
        "display:grid",
        "gap:1rem",
        "gap:.5rem",
        "font-weight:600",
        "font-weight:700",
        "line-height:1.5",
        "line-height:1.25",
        "color:#1a1a1a",
        "color:#5c5c5c",
        "background:#fff",
        "background:#f4f6f8",
        "border:0",
        "border-radius:4px",
        "text-transform:uppercase",
        "white-space:nowrap",
        "align-items:center",
        "position:relative",
        "overflow:hidden",
        "font-size:1rem",
        "font-size:.875rem",
        "transition:color .2s ease-in-out",
        "letter-spacing:.02em",
        "max-width:1200px",
        "width:100%",
        "z-index:10",
        "opacity:.85",
    ]
    parts = [
        "header",
        "footer",
        "nav",
        "item",
        "title",
        "date",
        "card",
        "list",
        "meta",
        "box",
        "row",
        "col",
        "link",
        "icon",
        "menu",
        "teaser",
        "wrap",
        "inner",
    ]
    mods = ["", "", "--small", "--large", "--active", "--dark", "--primary"]
    pseudo = ["", "", "", ":hover", ":focus", "::before", "::after"]
    out = []
    for _ in range(n):
        sel = f".{rnd.choice(prefix_words)}__{rnd.choice(parts)}{rnd.choice(mods)}{rnd.choice(pseudo)}"
        body = ";".join(rnd.sample(props, rnd.randint(2, 6)))
        out.append(f"{sel}{{{body}}}")
    return "\n".join(out)


def svg_sprite(seed: int, names: list[str]) -> str:
    """An inline SVG icon sprite with meaningless path data (page chrome only)."""
    rnd = random.Random(seed)

    def path() -> str:
        pts = " ".join(f"{rnd.choice('LLQC')}{rnd.uniform(0, 25):.2f} {rnd.uniform(0, 25):.2f}" for _ in range(9))
        return f'<path d="M{rnd.uniform(0, 25):.2f} {rnd.uniform(0, 25):.2f} {pts}Z"/>'

    syms = "\n".join(f'<symbol id="icon-{n}" viewBox="0 0 24 24">{path()}{path()}</symbol>' for n in names)
    return f'<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">\n{syms}\n</svg>'
