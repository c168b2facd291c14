from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest
import requests
from protego import Protego

from harvest.sample_site import FaultError, FaultPlan, SampleSite
from harvest.sample_site.faults import crc32_combine, crc32_of_zeros, gzip_of_zeros

CONTENT = "/eccp/content/critical-raw-materials-act"


@pytest.fixture
def serve() -> Iterator[object]:
    """Start a sample site with a fault plan (stopped at the end of the test)."""
    sites: list[SampleSite] = []

    def start(plan: FaultPlan) -> SampleSite:
        sites.append(SampleSite(faults=plan))
        return sites[-1]

    yield start
    for site in sites:
        site.stop()


def get(site: SampleSite, path: str, **options: object) -> requests.Response:
    options.setdefault("timeout", 10)
    return requests.get(site.url + path, **options)  # type: ignore[arg-type]


# --- the plan -----------------------------------------------------------------------------------------------------


def test_the_compact_form_parses_kinds_parameters_and_patterns() -> None:
    plan = FaultPlan.parse(
        "status:code=503,rate=0.3,seed=7@/eccp/content/*; throttle:times=2,retry_after=1,http_date=yes@/nca/news/*;"
        " robots:disallow=/content/|/events@/eccp/robots.txt"
    )
    status, throttle, robots = plan.faults
    assert (status.kind, status.pattern, status.params["code"], status.rate, status.seed) == (
        "status",
        "/eccp/content/*",
        503,
        0.3,
        7,
    )
    assert (throttle.times, throttle.params["retry_after"], throttle.params["http_date"]) == (2, 1, True)
    assert robots.params["disallow"] == ("/content/", "/events")


def test_json_text_and_json_files_load(tmp_path: Path) -> None:
    rules = [{"pattern": "/eccp/*", "kind": "challenge"}, {"pattern": "/nca/*", "kind": "status", "code": 500}]
    path = tmp_path / "faults.json"
    path.write_text(json.dumps({"faults": rules}), encoding="utf-8")
    for spec in (json.dumps(rules), str(path)):
        plan = FaultPlan.load(spec)
        assert [(fault.kind, fault.pattern) for fault in plan.faults] == [
            ("challenge", "/eccp/*"),
            ("status", "/nca/*"),
        ]
    assert FaultPlan.load("denied@/eccp/user/*").faults[0].kind == "denied"


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("explode@/eccp/*", "unknown fault kind"),
        ("status:colour=red@/eccp/*", "unknown parameter"),
        ("status:code=abc@/eccp/*", "is not a int"),
        ("status:rate=2@/eccp/*", "rate must be between 0 and 1"),
        ("status@eccp/*", "must start with /"),
        ("status", "expected KIND"),
        ("slow:where=middle@/x", "where must be one of"),
        ("[1, 2]", "must be a list of"),
        ("{not json", "not valid JSON"),
        ("missing.json", "No such file"),
    ],
)
def test_bad_plans_are_refused_with_a_reason(spec: str, message: str) -> None:
    with pytest.raises(FaultError, match=message):
        FaultPlan.load(spec)


def test_random_errors_are_reproducible_for_a_seed() -> None:
    def failing(seed: int) -> list[str]:
        plan = FaultPlan().add("/eccp/*", "status", rate=0.5, seed=seed)
        return [path for path in (f"/eccp/content/{n}" for n in range(60)) if plan.choose(path, "")]

    assert failing(3) == failing(3)
    assert failing(3) != failing(4)
    assert 10 < len(failing(3)) < 50


def test_times_counts_per_target_or_per_rule() -> None:
    per_path = FaultPlan().add("/eccp/*", "status", times=1)
    assert [bool(per_path.choose(p, "")) for p in ("/eccp/a", "/eccp/a", "/eccp/b", "/eccp/b")] == [
        True,
        False,
        True,
        False,
    ]
    per_rule = FaultPlan().add("/eccp/*", "status", times=1, scope="rule")
    assert [bool(per_rule.choose(p, "")) for p in ("/eccp/a", "/eccp/b")] == [True, False]
    per_rule.reset()
    assert per_rule.choose("/eccp/c", "")
    assert FaultPlan().add("/eccp/events?page=1", "status").choose("/eccp/events", "page=1")


# --- each fault over HTTP -----------------------------------------------------------------------------------------


def test_status_and_throttle(serve: object) -> None:
    site = serve(
        FaultPlan().add(CONTENT, "status", code=503, times=1).add("/eccp/events", "throttle", times=2, retry_after=7)
    )
    assert get(site, CONTENT).status_code == 503
    assert get(site, CONTENT).status_code == 200
    throttled = [get(site, "/eccp/events") for _ in range(3)]
    assert [r.status_code for r in throttled] == [429, 429, 200]
    assert throttled[0].headers["Retry-After"] == "7"
    assert [r.fault for r in site.requests] == ["status", None, "throttle", "throttle", None]


def test_retry_after_as_an_http_date(serve: object) -> None:
    site = serve(FaultPlan().add("/eccp/*", "throttle", retry_after=120, http_date=True))
    response = get(site, CONTENT)
    assert response.status_code == 429
    assert parsedate_to_datetime(response.headers["Retry-After"]) > parsedate_to_datetime(response.headers["Date"])


def test_slow_before_headers_and_in_the_middle_of_the_body(serve: object) -> None:
    site = serve(FaultPlan().add("/eccp/events", "slow", delay=30).add(CONTENT, "slow", delay=30, where="body"))
    with pytest.raises(requests.exceptions.ReadTimeout):
        get(site, "/eccp/events", timeout=(5, 0.3))
    response = get(site, CONTENT, timeout=(5, 0.3), stream=True, headers={"Accept-Encoding": "identity"})
    assert response.status_code == 200  # the headers come at once
    with pytest.raises(requests.exceptions.ConnectionError):  # urllib3's read timeout, raised while streaming
        response.content  # noqa: B018


def test_truncated_body(serve: object) -> None:
    site = serve(FaultPlan().add(CONTENT, "truncate", fraction=0.5))
    with pytest.raises(requests.exceptions.ChunkedEncodingError):
        get(site, CONTENT, headers={"Accept-Encoding": "identity"})
    record = site.requests[-1]
    assert (record.status, record.fault, record.complete) == (200, "truncate", False)
    declared = requests.head(site.url + CONTENT, headers={"Accept-Encoding": "identity"}, timeout=10)
    assert 0 < record.body_bytes == int(declared.headers["Content-Length"]) // 2


def test_redirect_loop_and_foreign_redirect(serve: object) -> None:
    site = serve(FaultPlan().add("/eccp/events", "redirect_loop").add(CONTENT, "redirect"))
    first = get(site, "/eccp/events", allow_redirects=False)
    assert first.status_code == 302
    assert first.headers["Location"] == f"{site.url}/eccp/events?loop=1"
    assert get(site, "/eccp/events?loop=1", allow_redirects=False).headers["Location"] == f"{site.url}/eccp/events"
    with requests.Session() as session:
        session.max_redirects = 5
        with pytest.raises(requests.exceptions.TooManyRedirects):
            session.get(site.url + "/eccp/events", timeout=10)
    foreign = get(site, CONTENT, allow_redirects=False)  # never follow it: the default host does not resolve
    assert foreign.status_code == 302
    assert foreign.headers["Location"] == "http://foreign.invalid/"


@pytest.mark.parametrize("chunked", [False, True])
def test_huge_page_is_streamed(serve: object, chunked: bool) -> None:
    size = 3 * 2**20 + 17
    site = serve(FaultPlan().add("/eccp/events", "huge", size=size, chunked=chunked))
    response = get(site, "/eccp/events", stream=True)
    if chunked:
        assert response.headers["Transfer-Encoding"] == "chunked"
        assert "Content-Length" not in response.headers
    else:
        assert response.headers["Content-Length"] == str(size)
    received = sum(len(piece) for piece in response.iter_content(65536))
    assert received == size
    assert site.requests[-1].complete


def test_gzip_bomb_is_small_on_the_wire_and_huge_decoded(serve: object) -> None:
    size = 64 * 2**20 + 5
    site = serve(FaultPlan().add("/eccp/events", "gzip_bomb", size=size).add("/eccp/news", "gzip_bomb"))
    response = get(site, "/eccp/events", stream=True)
    assert response.headers["Content-Encoding"] == "gzip"
    wire = response.raw.read(decode_content=False)
    assert len(wire) == int(response.headers["Content-Length"]) < size // 500
    total, stream = 0, zlib.decompressobj(16 + zlib.MAX_WBITS)  # gzip framing: checks the CRC-32 and the length
    for start in range(0, len(wire), 1024):
        chunk = wire[start : start + 1024]
        while chunk:
            out = stream.decompress(chunk, 2**22)
            assert not out.strip(b"\0")
            total += len(out)
            chunk = stream.unconsumed_tail
    total += len(stream.flush())
    assert stream.eof
    assert total == size
    default = requests.head(site.url + "/eccp/news", timeout=10)  # the default: gigabytes from a few megabytes
    assert int(default.headers["Content-Length"]) < 5 * 2**20


def test_gzip_of_zeros_and_crc_helpers_agree_with_zlib() -> None:
    length, pieces = gzip_of_zeros(3 * 2**20 + 12345)
    data = b"".join(pieces)
    assert len(data) == length
    assert gzip.decompress(data) == bytes(3 * 2**20 + 12345)
    for size in (0, 1, 1000, 2**20, 2**20 + 1, 5 * 2**20 + 3):
        assert crc32_of_zeros(size) == zlib.crc32(bytes(size))
    first, second = b"eccp-harvest", b"sample site"
    assert crc32_combine(zlib.crc32(first), zlib.crc32(second), len(second)) == zlib.crc32(first + second)


def test_xml_bomb_sitemap(serve: object) -> None:
    site = serve(FaultPlan().add("/eccp/sitemap.xml", "xml_bomb"))
    response = get(site, "/eccp/sitemap.xml?page=1")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/xml")
    assert len(response.content) < 4096
    assert '<!ENTITY lol9 "&lol8;&lol8;' in response.text
    assert "&lol10;" in response.text


def test_robots_override_disallows_the_path(serve: object) -> None:
    site = serve(FaultPlan.parse("robots:disallow=/content/,crawl_delay=2@/eccp/robots.txt"))
    text = get(site, "/eccp/robots.txt").text
    robots = Protego.parse(text)
    assert not robots.can_fetch("https://clustercollaboration.eu/content/x", "eccp-harvest")
    assert robots.can_fetch("https://clustercollaboration.eu/events", "eccp-harvest")
    assert not robots.can_fetch(
        "https://clustercollaboration.eu/user/login", "eccp-harvest"
    )  # the site's own rules stay
    assert robots.crawl_delay("eccp-harvest") == 2
    assert "Sitemap: https://clustercollaboration.eu/sitemap.xml" in text


def test_login_redirect_lands_on_the_login_page(serve: object) -> None:
    site = serve(FaultPlan().add("/eccp/*", "login"))
    redirect = get(site, CONTENT + "?a=1", allow_redirects=False)
    assert redirect.status_code == 302
    assert (
        redirect.headers["Location"]
        == f"{site.url}/eccp/user/login?destination=/content/critical-raw-materials-act%3Fa%3D1"
    )
    landed = get(site, CONTENT)
    assert landed.status_code == 200
    assert 'id="user-login-form"' in landed.text


def test_access_denied_and_cloudflare_challenge(serve: object) -> None:
    site = serve(FaultPlan().add(CONTENT, "denied").add("/nca/*", "challenge"))
    denied = get(site, CONTENT)
    assert denied.status_code == 403
    assert "<title>Access denied | European Cluster Collaboration Platform</title>" in denied.text
    challenge = get(site, "/nca/en/news/")
    assert challenge.status_code == 503
    assert challenge.headers["Server"] == "cloudflare"
    assert challenge.headers["cf-mitigated"] == "challenge"
    assert "<title>Just a moment...</title>" in challenge.text
    assert get(site, "/eccp/events").headers["Server"] != "cloudflare"
