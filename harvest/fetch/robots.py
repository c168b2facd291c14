"""robots.txt rules per origin, read with protego (Scrapy's parser: wildcards, `$`, Allow/Disallow precedence).

What a robots.txt answer means follows RFC 9309: 2xx → its rules; 4xx (404 included) → no rules, everything allowed;
5xx or no answer → the whole site is off limits for this run. The fetcher follows redirects within the site (§2.3.1.2);
one it does not follow (to another site, round a loop, past the limit) leaves a 3xx here: no robots.txt found, as a 4xx.
"""

from __future__ import annotations

from enum import Enum

from protego import Protego


class RobotsVerdict(Enum):
    ALLOWED = "allowed"
    DISALLOWED = "disallowed"
    UNAVAILABLE = "unavailable"  # robots.txt answered 5xx or not at all


class RobotsRules:
    def __init__(self, token: str) -> None:
        self.token = token
        self._rules: dict[str, Protego | RobotsVerdict] = {}

    def known(self, origin: str) -> bool:
        return origin in self._rules

    def learn(self, origin: str, status: int | None, body: bytes) -> None:
        """Record the last answer for `origin/robots.txt`, redirects followed (status None: no answer)."""
        if status is not None and 200 <= status < 300:
            self._rules[origin] = Protego.parse(body.decode("utf-8", errors="replace"))
        elif status is not None and 300 <= status < 500:
            self._rules[origin] = RobotsVerdict.ALLOWED
        else:
            self._rules[origin] = RobotsVerdict.UNAVAILABLE

    def verdict(self, origin: str, url: str) -> RobotsVerdict:
        rules = self._rules.get(origin, RobotsVerdict.ALLOWED)
        if isinstance(rules, RobotsVerdict):
            return rules
        return RobotsVerdict.ALLOWED if rules.can_fetch(url, self.token) else RobotsVerdict.DISALLOWED

    def crawl_delay(self, origin: str) -> float:
        rules = self._rules.get(origin)
        if isinstance(rules, Protego):
            return float(rules.crawl_delay(self.token) or 0.0)
        return 0.0
