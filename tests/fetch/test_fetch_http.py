"""The fetcher against `responses`: retries and Retry-After, robots.txt, redirects, conditional GET, caps, blocks."""

from __future__ import annotations

import dataclasses
import gzip
import itertools
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
import requests
import responses
from responses import matchers

from harvest.config import Settings
from harvest.fetch import http
from harvest.fetch.http import XML_TYPES, Fetcher

from .conftest import ECCP, FakeClock

PAGE = f"{ECCP}/content/eu-clusters-talks-x"
HTML = {"Content-Type": "text/html; charset=utf-8"}


def no_delay(settings: Settings, **crawl: object) -> Settings:
    return dataclasses.replace(settings, crawl=dataclasses.replace(settings.crawl, delay=0.0, **crawl))


@pytest.fixture
def web() -> responses.RequestsMock:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        mock.add(responses.GET, f"{ECCP}/robots.txt", body="User-agent: *\nDisallow: /user/\n")
        yield mock


def calls_to(web: responses.RequestsMock, url: str) -> int:
    return sum(1 for call in web.calls if call.request.url == url)


# -- retries -----------------------------------------------------------------------------------------------------


def test_retry_after_seconds_is_honoured(web, make_fetcher: Callable[..., Fetcher], settings, clock: FakeClock) -> None:
    web.add(responses.GET, PAGE, status=503, headers={"Retry-After": "7"})
    web.add(responses.GET, PAGE, status=200, body="<h1>ok</h1>", headers=HTML)
    result = make_fetcher(no_delay(settings)).get(PAGE)
    assert result.status == 200 and result.failure is None
    assert clock.sleeps == [7.0]
    assert [e.status for e in result.exchanges] == [200, 503, 200]  # robots.txt, the 503 (archived too), the page


def test_retry_after_http_date_is_honoured_and_capped(web, make_fetcher, settings, clock: FakeClock) -> None:
    soon = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    web.add(responses.GET, PAGE, status=429, headers={"Retry-After": soon})
    web.add(responses.GET, PAGE, status=503, headers={"Retry-After": "86400"})
    web.add(responses.GET, PAGE, status=200, body="<h1>ok</h1>", headers=HTML)
    result = make_fetcher(no_delay(settings, retry_after_max=120.0)).get(PAGE)
    assert result.status == 200
    assert 27 <= clock.sleeps[0] <= 30
    assert clock.sleeps[1] == 120.0  # a day-long Retry-After is cut to the cap


def test_connection_errors_back_off_exponentially_then_fail_after_five_tries(web, make_fetcher, settings, clock):
    web.add(responses.GET, PAGE, body=requests.exceptions.ConnectionError("refused"))
    result = make_fetcher(no_delay(settings)).get(PAGE)
    assert result.failure == "connection" and "try 5" in result.detail
    assert calls_to(web, PAGE) == 5
    assert clock.sleeps == [1.0, 2.0, 4.0, 8.0]  # base 1 s doubled; the jitter factor is 1 with rng = 0.5


def test_jitter_spreads_the_backoff(web, make_fetcher, settings, clock: FakeClock) -> None:
    web.add(responses.GET, PAGE, body=requests.exceptions.ReadTimeout("slow"))
    fetcher = make_fetcher(no_delay(settings))
    fetcher.rng = iter([0.0, 0.99, 0.0, 0.99]).__next__
    result = fetcher.get(PAGE)
    assert result.failure == "timeout"
    assert clock.sleeps == [0.5, 2.98, 2.0, 11.92]  # base·2^n × (0.5 + rng)


def test_a_status_that_stays_bad_ends_with_that_status(web, make_fetcher, settings) -> None:
    web.add(responses.GET, PAGE, status=500)
    result = make_fetcher(no_delay(settings)).get(PAGE)
    assert result.failure is None and result.status == 500
    assert calls_to(web, PAGE) == 5


def test_404_is_not_retried(web, make_fetcher, settings) -> None:
    web.add(responses.GET, PAGE, status=404, body="<title>Page not found</title>", headers=HTML)
    result = make_fetcher(no_delay(settings)).get(PAGE)
    assert result.status == 404 and result.blocked is None
    assert calls_to(web, PAGE) == 1


# -- politeness ----------------------------------------------------------------------------------------------------


def test_user_agent_names_the_project_and_a_contact(web, make_fetcher, settings) -> None:
    web.add(responses.GET, PAGE, body="<h1>x</h1>", headers=HTML)
    make_fetcher().get(PAGE)
    agent = web.calls[-1].request.headers["User-Agent"]
    assert agent.startswith("eccp-harvest/") and settings.crawl.contact in agent


def test_per_host_delay_between_requests(web, make_fetcher, clock: FakeClock) -> None:
    web.add(responses.GET, PAGE, body="<h1>x</h1>", headers=HTML)
    fetcher = make_fetcher()
    fetcher.get(PAGE)
    fetcher.get(PAGE)
    assert clock.sleeps == [1.0, 1.0]  # robots.txt → page → page, one second apart (the packaged default)


def test_robots_disallow_is_obeyed_and_crawl_delay_wins_when_larger(make_fetcher, clock: FakeClock) -> None:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as web:
        web.add(responses.GET, f"{ECCP}/robots.txt", body="User-agent: *\nDisallow: /content/private\nCrawl-delay: 5\n")
        web.add(responses.GET, PAGE, body="<h1>x</h1>", headers=HTML)
        fetcher = make_fetcher()
        refused = fetcher.get(f"{ECCP}/content/private-page")
        allowed = fetcher.get(PAGE)
    assert refused.disallowed and refused.response is None
    assert calls_to(web, f"{ECCP}/content/private-page") == 0
    assert allowed.status == 200
    assert clock.sleeps == [5.0]


def test_robots_rules_for_our_token(make_fetcher) -> None:
    rules = "User-agent: eccp-harvest\nDisallow: /event-calendar/\n\nUser-agent: *\nDisallow: /\n"
    with responses.RequestsMock(assert_all_requests_are_fired=False) as web:
        web.add(responses.GET, f"{ECCP}/robots.txt", body=rules)
        web.add(responses.GET, PAGE, body="<h1>x</h1>", headers=HTML)
        fetcher = make_fetcher()
        assert fetcher.get(PAGE).status == 200  # the "*" group does not apply to us
        assert fetcher.get(f"{ECCP}/event-calendar/x").disallowed


def test_missing_robots_allows_and_unreachable_robots_forbids(make_fetcher, settings) -> None:
    nca = "https://nca.cz"
    with responses.RequestsMock(assert_all_requests_are_fired=False) as web:
        web.add(responses.GET, f"{ECCP}/robots.txt", status=404)
        web.add(responses.GET, PAGE, body="<h1>x</h1>", headers=HTML)
        web.add(responses.GET, f"{nca}/robots.txt", status=503)
        fetcher = make_fetcher(no_delay(settings))
        assert fetcher.get(PAGE).status == 200
        unavailable = fetcher.get(f"{nca}/news/x")
        assert calls_to(web, f"{nca}/news/x") == 0  # inside: leaving the mock forgets its calls
    assert unavailable.failure == "robots_unavailable"
    assert f"(HTTP 503 from {nca}/robots.txt)" in unavailable.detail


# -- robots.txt redirects (RFC 9309 §2.3.1.2) -------------------------------------------------------------------------

NCA, WWW_NCA = "https://nca.cz", "https://www.nca.cz"


def robots_redirect_chain(web: responses.RequestsMock, hops: int) -> str:
    """nca.cz/robots.txt → www.nca.cz/robots.txt → www.nca.cz/robots-1.txt → …: `hops` redirects; the last URL."""
    urls = [f"{NCA}/robots.txt", f"{WWW_NCA}/robots.txt", *(f"{WWW_NCA}/robots-{n}.txt" for n in range(1, hops))]
    for source, target in itertools.pairwise(urls):
        redirect(web, source, target)
    return urls[-1]


def test_robots_redirects_within_the_site_are_followed_and_rule_the_first_host(make_fetcher, settings) -> None:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as web:
        last = robots_redirect_chain(web, 5)  # five redirects: the most RFC 9309 asks crawlers to follow
        web.add(responses.GET, last, body="User-agent: *\nDisallow: /private\n")
        web.add(responses.GET, f"{NCA}/news/x", body="<h1>x</h1>", headers=HTML)
        fetcher = make_fetcher(no_delay(settings))
        refused = fetcher.get(f"{NCA}/private/x")
        allowed = fetcher.get(f"{NCA}/news/x")
        assert refused.disallowed and calls_to(web, f"{NCA}/private/x") == 0
        assert allowed.status == 200
        assert [e.status for e in refused.exchanges] == [301] * 5 + [200]  # every hop archived
        assert calls_to(web, f"{NCA}/robots.txt") == 1  # read once, for every later request to nca.cz


def test_robots_redirects_past_the_limit_elsewhere_or_round_a_loop_mean_no_robots_txt(make_fetcher, settings) -> None:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as web:
        last = robots_redirect_chain(web, 6)  # one too many: like a 404, everything allowed
        web.add(responses.GET, last, body="User-agent: *\nDisallow: /\n")
        web.add(responses.GET, f"{NCA}/news/x", body="<h1>x</h1>", headers=HTML)
        assert make_fetcher(no_delay(settings)).get(f"{NCA}/news/x").status == 200
        assert calls_to(web, last) == 0

        redirect(web, f"{ECCP}/robots.txt", "https://robots.example.org/robots.txt", 302)  # another site
        web.add(responses.GET, PAGE, body="<h1>x</h1>", headers=HTML)
        foreign = make_fetcher(no_delay(settings)).get(PAGE)
        assert foreign.status == 200 and not foreign.failure
        assert not any("example.org" in call.request.url for call in web.calls)

    with responses.RequestsMock(assert_all_requests_are_fired=False) as web:
        redirect(web, f"{NCA}/robots.txt", f"{WWW_NCA}/robots.txt")
        redirect(web, f"{WWW_NCA}/robots.txt", f"{NCA}/robots.txt")  # a loop
        web.add(responses.GET, f"{NCA}/news/x", body="<h1>x</h1>", headers=HTML)
        assert make_fetcher(no_delay(settings)).get(f"{NCA}/news/x").status == 200
        assert calls_to(web, f"{NCA}/robots.txt") == calls_to(web, f"{WWW_NCA}/robots.txt") == 1


def test_a_robots_redirect_to_an_unreachable_answer_closes_the_site_and_says_why(make_fetcher, settings) -> None:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as web:
        redirect(web, f"{NCA}/robots.txt", f"{WWW_NCA}/robots.txt")
        web.add(responses.GET, f"{WWW_NCA}/robots.txt", status=503)
        result = make_fetcher(no_delay(settings, max_tries=1)).get(f"{NCA}/news/x")
        assert calls_to(web, f"{NCA}/news/x") == 0
    assert result.failure == "robots_unavailable"
    assert f"(HTTP 503 from {WWW_NCA}/robots.txt)" in result.detail


def test_a_robots_redirect_to_an_alias_host_stays_on_the_mirror_in_sample_mode(make_fetcher, settings) -> None:
    mirror = "http://127.0.0.1:8999/nca"
    sample = no_delay(settings).with_origin_map({NCA: mirror})
    with responses.RequestsMock(assert_all_requests_are_fired=False) as web:
        web.add(responses.GET, f"{mirror}/robots.txt", status=301, headers={"Location": f"{WWW_NCA}/robots.txt"})
        web.add(responses.GET, f"{mirror}/robots.txt", body="User-agent: *\nDisallow: /private\n")
        fetcher = make_fetcher(sample)
        assert fetcher.get(f"{NCA}/private/x").disallowed
        assert [call.request.url for call in web.calls] == [f"{mirror}/robots.txt"] * 2


# -- redirects -----------------------------------------------------------------------------------------------------


def redirect(web: responses.RequestsMock, source: str, target: str, status: int = 301) -> None:
    web.add(responses.GET, source, status=status, headers={"Location": target})


def test_redirect_within_the_site_is_followed(web, make_fetcher, settings) -> None:
    redirect(web, f"{ECCP}/node/12", "/content/eu-clusters-talks-x")
    web.add(responses.GET, PAGE, body="<h1>x</h1>", headers=HTML)
    result = make_fetcher(no_delay(settings)).get(f"{ECCP}/node/12")
    assert result.status == 200 and result.final_url == PAGE


def test_redirect_to_a_staging_alias_is_fetched_from_production(web, make_fetcher, settings) -> None:
    redirect(web, f"{ECCP}/node/12", "https://preview.clustercollaboration.eu/content/eu-clusters-talks-x")
    web.add(responses.GET, PAGE, body="<h1>x</h1>", headers=HTML)
    result = make_fetcher(no_delay(settings)).get(f"{ECCP}/node/12")
    assert result.status == 200 and result.final_url == PAGE


def test_redirect_to_the_www_twin_is_followed_and_remembered(make_fetcher, settings) -> None:
    """A site that serves from www. (nca.cz → www.nca.cz): no loop; the next page goes to www. directly."""
    with responses.RequestsMock(assert_all_requests_are_fired=False) as web:
        for origin in (NCA, WWW_NCA):
            web.add(responses.GET, f"{origin}/robots.txt", body="User-agent: *\nDisallow:\n")
        redirect(web, f"{NCA}/news/a", f"{WWW_NCA}/news/a")
        web.add(responses.GET, f"{WWW_NCA}/news/a", body="<h1>a</h1>", headers=HTML)
        web.add(responses.GET, f"{WWW_NCA}/news/b", body="<h1>b</h1>", headers=HTML)
        fetcher = make_fetcher(no_delay(settings))
        first, second = fetcher.get(f"{NCA}/news/a"), fetcher.get(f"{NCA}/news/b")
        assert (first.status, first.final_url) == (200, f"{NCA}/news/a")  # recorded under the canonical URL
        assert (second.status, second.final_url) == (200, f"{NCA}/news/b")
        assert calls_to(web, f"{NCA}/news/b") == 0 and calls_to(web, f"{WWW_NCA}/news/b") == 1


def test_redirect_to_a_foreign_host_is_refused(web, make_fetcher, settings) -> None:
    redirect(web, PAGE, "https://evil.example.org/phish")
    result = make_fetcher(no_delay(settings)).get(PAGE)
    assert result.failure == "redirect_foreign" and "evil.example.org" in result.detail
    assert not any("evil" in call.request.url for call in web.calls)


def test_redirect_loop_is_detected(web, make_fetcher, settings) -> None:
    redirect(web, f"{ECCP}/content/a", f"{ECCP}/content/b", 302)
    redirect(web, f"{ECCP}/content/b", f"{ECCP}/content/a", 302)
    result = make_fetcher(no_delay(settings)).get(f"{ECCP}/content/a")
    assert result.failure == "redirect_loop"
    assert calls_to(web, f"{ECCP}/content/a") == 1


def test_at_most_five_redirects(web, make_fetcher, settings) -> None:
    for hop in range(5):
        redirect(web, f"{ECCP}/content/hop-{hop}", f"{ECCP}/content/hop-{hop + 1}", 307)
    web.add(responses.GET, f"{ECCP}/content/hop-5", body="<h1>x</h1>", headers=HTML)
    fetcher = make_fetcher(no_delay(settings))
    assert fetcher.get(f"{ECCP}/content/hop-0").status == 200  # five redirects: the most allowed
    web.replace(responses.GET, f"{ECCP}/content/hop-5", status=301, headers={"Location": f"{ECCP}/content/hop-6"})
    assert fetcher.get(f"{ECCP}/content/hop-0").failure == "too_many_redirects"
    assert calls_to(web, f"{ECCP}/content/hop-6") == 0


def test_redirect_to_the_login_page_is_blocked(web, make_fetcher, settings) -> None:
    redirect(web, PAGE, f"{ECCP}/user/login?destination=/content/eu-clusters-talks-x", 302)
    result = make_fetcher(no_delay(settings)).get(PAGE)
    assert result.blocked == "login_page"
    assert calls_to(web, f"{ECCP}/user/login?destination=/content/eu-clusters-talks-x") == 0


# -- conditional GET, caps and content types -----------------------------------------------------------------------


def test_conditional_headers_are_sent(web, make_fetcher, settings) -> None:
    validators = {"If-None-Match": '"v1"', "If-Modified-Since": "Wed, 08 Mar 2023 10:00:00 GMT"}
    web.add(responses.GET, PAGE, status=304, match=[matchers.header_matcher(validators)])
    result = make_fetcher(no_delay(settings)).get(PAGE, conditional=lambda url: validators if url == PAGE else {})
    assert result.status == 304 and result.response is not None and result.response.body == b""


def test_declared_oversize_body_is_refused_unread(web, make_fetcher, settings) -> None:
    small = no_delay(settings, max_body_bytes=1000)
    web.add(responses.GET, PAGE, body=b"x" * 5000, headers=HTML)
    result = make_fetcher(small).get(PAGE)
    assert result.failure == "too_large" and result.response is None


def test_gzip_bomb_stops_at_the_decoded_cap(web, make_fetcher, settings) -> None:
    bomb = gzip.compress(b"\0" * 30_000_000)  # 30 MB that travel as ~30 kB
    web.add(responses.GET, PAGE, body=bomb, headers={**HTML, "Content-Encoding": "gzip"})
    result = make_fetcher(no_delay(settings, max_body_bytes=1_000_000)).get(PAGE)
    assert result.failure == "too_large"


def test_gzip_body_is_stored_decoded(web, make_fetcher, settings) -> None:
    web.add(responses.GET, PAGE, body=gzip.compress(b"<h1>hello</h1>"), headers={**HTML, "Content-Encoding": "gzip"})
    result = make_fetcher(no_delay(settings)).get(PAGE)
    assert result.response is not None and result.response.body == b"<h1>hello</h1>"


def test_unexpected_content_type_is_refused(web, make_fetcher, settings) -> None:
    web.add(responses.GET, PAGE, body=b"%PDF-1.7", headers={"Content-Type": "application/pdf"})
    web.add(responses.GET, f"{ECCP}/sitemap.xml", body="<html></html>", headers=HTML)
    fetcher = make_fetcher(no_delay(settings))
    assert fetcher.get(PAGE).failure == "content_type"
    assert fetcher.get(f"{ECCP}/sitemap.xml", accept=XML_TYPES).failure == "content_type"


# -- blocked responses ---------------------------------------------------------------------------------------------


def test_access_denied_is_blocked(web, make_fetcher, settings) -> None:
    web.add(responses.GET, PAGE, status=403, body="<title>Access denied | ECCP</title>", headers=HTML)
    assert make_fetcher(no_delay(settings)).get(PAGE).blocked == "access_denied"


def test_cloudflare_detection_script_on_a_good_page_is_not_a_challenge(web, make_fetcher, settings) -> None:
    page = (
        "<html><head><title>EU Clusters Talks</title></head><body><h1>EU Clusters Talks</h1><p>On 8 March 2023</p>"
        '<script src="/cdn-cgi/challenge-platform/scripts/jsd/main.js"></script></body></html>'
    )
    web.add(responses.GET, PAGE, status=200, body=page, headers=HTML)
    assert make_fetcher(no_delay(settings)).get(PAGE).blocked is None


def test_challenge_markers_on_an_error_status_are_a_challenge(web, make_fetcher, settings) -> None:
    page = '<html><head><title>example.org</title></head><body><div id="cf-chl-widget"></div></body></html>'
    web.add(responses.GET, PAGE, status=403, body=page, headers=HTML)
    assert make_fetcher(no_delay(settings)).get(PAGE).blocked == "bot_challenge"


def test_bot_challenge_is_blocked(web, make_fetcher, settings) -> None:
    challenge = "<html><head><title>Just a moment...</title></head><body>Checking</body></html>"
    web.add(responses.GET, PAGE, status=200, body=challenge, headers=HTML)
    assert make_fetcher(no_delay(settings)).get(PAGE).blocked == "bot_challenge"


def test_an_event_page_mentioning_access_denied_is_not_blocked(web, make_fetcher, settings) -> None:
    body = "<title>EU Clusters Talks | ECCP</title><p>Without registration access denied at the door.</p>"
    web.add(responses.GET, PAGE, body=body, headers=HTML)
    assert make_fetcher(no_delay(settings)).get(PAGE).blocked is None


# -- the origin map (sample mode) ----------------------------------------------------------------------------------


def test_origin_map_rewrites_requests_out_and_locations_back(make_fetcher, settings) -> None:
    mirror = "http://127.0.0.1:8999/eccp"
    sample = no_delay(settings).with_origin_map({ECCP: mirror})
    with responses.RequestsMock(assert_all_requests_are_fired=False) as web:
        web.add(responses.GET, f"{mirror}/robots.txt", body="User-agent: *\nDisallow:\n")
        redirect(web, f"{mirror}/node/12", "/eccp/content/eu-clusters-talks-x")
        web.add(responses.GET, f"{mirror}/content/eu-clusters-talks-x", body="<h1>x</h1>", headers=HTML)
        result = make_fetcher(sample).get(f"{ECCP}/node/12")
    assert result.status == 200 and result.final_url == PAGE
    assert result.response is not None and result.response.url == f"{mirror}/content/eu-clusters-talks-x"
    assert all(call.request.url.startswith(mirror) for call in web.calls)


def test_a_trailing_slash_redirect_keeps_the_canonical_page_and_its_validators(make_fetcher, settings) -> None:
    page = "https://nca.cz/news/european-cluster-conference-2024"
    with responses.RequestsMock(assert_all_requests_are_fired=False) as web:
        web.add(responses.GET, "https://nca.cz/robots.txt", status=404)
        redirect(web, page, "/news/european-cluster-conference-2024/")
        web.add(responses.GET, page + "/", status=304, match=[matchers.header_matcher({"If-None-Match": '"v1"'})])
        result = make_fetcher(no_delay(settings)).get(
            page, conditional=lambda url: {"If-None-Match": '"v1"'} if url == page else {}
        )
    assert result.status == 304 and result.final_url == page


# -- the environment (proxies, ~/.netrc, CA bundle), read once per origin --------------------------------------------


def test_environment_proxies_and_ca_bundle_apply_as_requests_would(web, make_fetcher, settings, monkeypatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    monkeypatch.setenv("NO_PROXY", "nca.cz")
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", "/etc/ssl/certs/bundle-for-test.pem")
    web.add(responses.GET, PAGE, body="<h1>ok</h1>", headers=HTML)
    web.add(responses.GET, "https://nca.cz/robots.txt", status=404)
    web.add(responses.GET, "https://nca.cz/news/x", body="<h1>ok</h1>", headers=HTML)
    fetcher = make_fetcher(no_delay(settings))
    assert fetcher.get(PAGE).status == 200 and fetcher.get("https://nca.cz/news/x").status == 200
    sent = {call.request.url: call.request.req_kwargs for call in web.calls}
    assert sent[PAGE]["proxies"]["https"] == "http://proxy.example:3128"
    assert "https" not in sent["https://nca.cz/news/x"]["proxies"]  # NO_PROXY honoured per origin
    assert {kwargs["verify"] for kwargs in sent.values()} == {"/etc/ssl/certs/bundle-for-test.pem"}


def test_netrc_credentials_are_sent_and_the_environment_is_read_once_per_origin(
    web, make_fetcher, settings, monkeypatch, tmp_path
) -> None:
    netrc = tmp_path / "netrc"
    netrc.write_text("machine clustercollaboration.eu login crawler password s3cret\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    lookups: list[str] = []
    real_lookup = http.get_netrc_auth
    monkeypatch.setattr(http, "get_netrc_auth", lambda url: lookups.append(url) or real_lookup(url))
    for number in range(3):
        web.add(responses.GET, f"{PAGE}-{number}", body="<h1>ok</h1>", headers=HTML)
    fetcher = make_fetcher(no_delay(settings))
    assert all(fetcher.get(f"{PAGE}-{number}").status == 200 for number in range(3))
    assert lookups == [f"{ECCP}/robots.txt"]  # four requests, one origin: one look-up
    assert all(call.request.headers["Authorization"].startswith("Basic ") for call in web.calls)


def test_a_session_that_ignores_the_environment_still_does(web, settings, monkeypatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    session = requests.Session()
    session.trust_env = False
    web.add(responses.GET, PAGE, body="<h1>ok</h1>", headers=HTML)
    fetcher = Fetcher(no_delay(settings), lambda url: url, session=session)
    assert fetcher.get(PAGE).status == 200
    assert all(not call.request.req_kwargs["proxies"] for call in web.calls)
