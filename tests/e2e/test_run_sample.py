"""End to end: `harvest run --sample` over real HTTP on 127.0.0.1 into a temporary home, read back with pandas.

The expectations below are facts of the bundled mirror (harvest/data/sample_site/), written out by hand: which pages
are event pages, which of them are the same real event, and what the seed page (dev-001 of the corpus, the nca.cz
copy of the 8 March 2023 EU Clusters Talk) says.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from harvest.sample_site import copy_site, mirror_file

pytestmark = pytest.mark.e2e

ECCP = "https://clustercollaboration.eu"
NCA = "https://nca.cz"

# Pages that describe the same real event: an ECCP page and its nca.cz republication, or an ECCP announcement and
# the ECCP report of the same event.
SAME_EVENT = [
    {
        f"{ECCP}/content/eu-clusters-talks-meet-euroclusters-initiatives-green-and-digital-transition",
        f"{NCA}/news/meet-the-euroclusters-innitiatives-for-the-green-and-digital-transformation-eu-cluster-talk-8-march-2023",
    },
    {
        f"{ECCP}/event-calendar/clusters-meet-regions-Kittila-Finland",
        f"{ECCP}/content/clusters-meet-regions-east-and-north-finland",
    },
    {
        f"{ECCP}/content/clusters-meet-regions-iasi-romania",
        f"{ECCP}/content/clusters-driving-regional-innovation-comprehensive-look-clusters-meet-regions",
    },
]
SINGLE_EVENT_PAGES = {
    f"{ECCP}/events/organised-by-eccp/clusters-talks/bio-based-products",
    f"{ECCP}/event-calendar/eu-clusters-talks-agri-food-cluster-activities-sustainable-and-resilient",
    f"{ECCP}/content/eu-clusters-talks-patents-europe-new-framework-innovation",
    f"{ECCP}/content/eu-clusters-talks-european-year-skills-talent-twin-transition",
    f"{ECCP}/content/clusters4neb-new-european-bauhaus-and-sustainable-construction",
    f"{ECCP}/event-calendar/clusters-meet-regions-kosice-slovakia",
    f"{ECCP}/event-calendar/clusters-meet-regions-lyon-france",
    f"{ECCP}/content/c2lab-cluj-romania-round-activities-summary-projects",
    f"{ECCP}/content/intra-european-cluster-matchmaking-event-call-register",
    f"{ECCP}/content/european-alliance-against-coronavirus-discuss-swedish-cluster-landscape",
    f"{ECCP}/news/industrial-ecosystems-textile",
    f"{ECCP}/community-event/eacp-abroad-1st-global-aerospace-cluster-manager-meeting",
    f"{ECCP}/community-event/cloth-clusterxchange-netherlands",
    f"{ECCP}/content/how-can-clusters-be-more-strategic-their-internationalisation",
    f"{ECCP}/content/eu-clusters-talks-special-recap-key-policies-and-takeaways",
    f"{NCA}/news/transition-pathway-for-textiles-for-sustainable-and-circular-value-chains-invitation-for-the-eu-clusters-talk-17-may-2023",
    f"{NCA}/news/sustainable-food-systems-cluster-approaches-in-the-bio-based-economy-eu-clusters-talk-15-november-2023",
    f"{NCA}/news/clusters-meet-regions-and-eu-clusters-matchmaking-event-in-lithuania",
    f"{NCA}/news/eccp-invitation-for-the-cluster-collaboration-labs-c2lab-strasbourg-france-on-25-26-september-2024",
    f"{NCA}/news/european-cluster-conference-2024-takes-place-in-brussels",
    f"{NCA}/news/nca-attended-european-cluster-conference-2020",
}
EVENT_PAGES = SINGLE_EVENT_PAGES.union(*SAME_EVENT)
NOT_EVENT_PAGES = {
    f"{ECCP}/content/critical-raw-materials-act",
    f"{ECCP}/content/keep-your-cluster-profile-up-to-date",
    f"{ECCP}/content/call-experts-support-clusters-their-internationalisation",
    f"{ECCP}/content/euroclusters-first-year-work",
}

SEED_TITLE = "Meet the Euroclusters: Initiatives for the green and digital transition"
SEED_SPEAKERS = ["Marek Przeor", "Ewa Rekosz", "Josep Casamada", "Loïc Marin", "Marta Krakowiak"]
PATENTS_PAGE = f"{ECCP}/content/eu-clusters-talks-patents-europe-new-framework-innovation"


def harvest(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "harvest", *args], capture_output=True, text=True, timeout=300, check=False
    )


def run_sample(home: Path, *extra: str) -> dict[str, Any]:
    result = harvest("--home", str(home), "run", "--sample", "--json", *extra)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def read_release(report: dict[str, Any], table: str) -> pd.DataFrame:
    return pd.read_parquet(Path(report["release"]["path"]) / f"{table}.parquet")


@pytest.fixture(scope="module")
def first_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_sample(tmp_path_factory.mktemp("home"))


def test_run_report_is_one_json_object_and_publishes(first_run: dict[str, Any]) -> None:
    for key in ("status", "started_at", "finished_at", "pages_seen", "fetched", "not_modified", "failed", "blocked"):
        assert key in first_run
    assert first_run["status"] == "ok" and first_run["failed"] == 0 and first_run["blocked"] == 0
    assert first_run["release"]["published"] is True
    release = Path(first_run["release"]["path"])
    assert release.parent.name == "eccp-events" and release.is_dir()
    index = json.loads((release.parent / "index.json").read_text())
    assert index["latest"] == first_run["release"]["version"]
    for name in ("datapackage.json", "SHA256SUMS", "README.md", "CHANGES.md", "CITATION.cff", "dcat.jsonld"):
        assert (release / name).is_file(), name


def test_one_event_per_real_event_of_the_mirror(first_run: dict[str, Any]) -> None:
    pages = read_release(first_run, "event_pages")
    events = read_release(first_run, "events")
    event_pages = pages[pages["is_event"]]
    assert set(event_pages["page_url"]) == EVENT_PAGES
    assert not set(pages["page_url"]) & NOT_EVENT_PAGES - set(pages[~pages["is_event"]]["page_url"])
    event_of = dict(zip(event_pages["page_url"], event_pages["event_id"], strict=True))
    for group in SAME_EVENT:
        assert len({event_of[url] for url in group}) == 1, group
    assert len(set(event_of.values())) == len(SINGLE_EVENT_PAGES) + len(SAME_EVENT)
    assert set(events["event_id"]) == set(event_of.values())
    assert events["event_id"].is_unique
    # the ECCP page is primary where there is one
    seed_id = event_of[next(iter(SAME_EVENT[0]))]
    assert events.set_index("event_id").loc[seed_id, "primary_url"].startswith(ECCP)


def test_seed_event_speakers_and_assets(first_run: dict[str, Any]) -> None:
    events = read_release(first_run, "events")
    seed = events[events["title"] == SEED_TITLE]
    assert len(seed) == 1
    event = seed.iloc[0]
    assert event["start_local"] == "2023-03-08T08:30:00+01:00"
    assert event["start_utc"] == pd.Timestamp("2023-03-08T07:30:00Z")
    assert event["series"] == "EU Clusters Talks"
    appearances = read_release(first_run, "appearances")
    mine = appearances[appearances["event_id"] == event["event_id"]].sort_values("position")
    assert list(mine["name"]) == SEED_SPEAKERS
    people = read_release(first_run, "people").set_index("person_id")
    assert [people.loc[p, "name"] for p in mine["person_id"]] == SEED_SPEAKERS
    assets = read_release(first_run, "assets")
    assert len(assets[assets["event_id"] == event["event_id"]]) == 3


def test_csv_rows_equal_parquet_rows(first_run: dict[str, Any]) -> None:
    release = Path(first_run["release"]["path"])
    package = json.loads((release / "datapackage.json").read_text())
    tables = sorted({Path(r["path"]).stem for r in package["resources"]})
    assert {"events", "people", "organisations", "appearances", "euroclusters", "event_euroclusters", "assets"} <= set(
        tables
    )
    for table in tables:
        parquet = pd.read_parquet(release / f"{table}.parquet")
        csv_text = (release / f"{table}.csv").read_text(encoding="utf-8")
        csv = pd.read_csv(io.StringIO(csv_text), dtype=str, keep_default_na=False)
        assert list(csv.columns) == list(parquet.columns), table
        assert len(csv) == len(parquet), table
        key = next(r for r in package["resources"] if Path(r["path"]).stem == table)["schema"]["primaryKey"]
        key = [key] if isinstance(key, str) else key
        assert csv[key].astype(str).values.tolist() == parquet[key].astype(str).values.tolist(), table


def test_second_run_fetches_no_event_page_and_publishes_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    first = run_sample(home)
    second = run_sample(home)
    event_pages = second["stages"]["crawl"]["by_kind"]["event"]
    assert event_pages["fetched"] == 0
    assert event_pages["not_modified"] == first["stages"]["crawl"]["by_kind"]["event"]["fetched"]
    assert second["release"]["published"] is False and second["release"]["status"] == "unchanged"
    index = json.loads((home / "datasets" / "eccp-events" / "index.json").read_text())
    assert index["latest"] == first["release"]["version"]
    assert len([v for v in index["versions"] if v.get("result") == "published"]) == 1


def test_one_changed_page_makes_a_release_naming_that_change(tmp_path: Path) -> None:
    home, site = tmp_path / "home", copy_site(tmp_path / "site")
    first = run_sample(home, "--root", str(site))
    page = site / mirror_file(PATENTS_PAGE)
    html = page.read_text(encoding="utf-8")
    assert html.count("Markus Kicia, Legal Officer") == 1
    page.write_text(html.replace("Markus Kicia, Legal Officer", "Markus Kicia, Senior Legal Officer"), encoding="utf-8")

    second = run_sample(home, "--root", str(site))
    assert second["stages"]["crawl"]["by_kind"]["event"]["fetched"] == 1
    assert second["release"]["published"] is True
    assert second["release"]["version"] != first["release"]["version"]
    delta = json.loads((Path(second["release"]["path"]) / "delta.json").read_text())
    changes = {table: d for table, d in delta["tables"].items() if d["added"] or d["removed"] or d["changed"]}
    assert set(changes) == {"appearances"}  # the page's new body hash is bookkeeping, published but not a change
    assert not changes["appearances"]["added"] and not changes["appearances"]["removed"]
    [(appearance_id, fields)] = changes["appearances"]["changed"].items()
    assert fields == ["role"]
    old_body, new_body = (
        read_release(r, "event_pages").set_index("page_url").loc[PATENTS_PAGE] for r in (first, second)
    )
    assert old_body["sha256"] != new_body["sha256"]  # refreshed in the release all the same
    changes_md = (Path(second["release"]["path"]) / "CHANGES.md").read_text()
    assert appearance_id in changes_md and PATENTS_PAGE in changes_md  # the speaker line, named by its page
    for table in ("events", "people", "organisations", "assets"):
        assert table not in changes, table


def test_parse_prints_the_seed_record() -> None:
    seed_page = (
        Path(__file__).resolve().parents[2]
        / "harvest"
        / "data"
        / "sample_site"
        / mirror_file(
            f"{NCA}/news/meet-the-euroclusters-innitiatives-for-the-green-and-digital-transformation-eu-cluster-talk-8-march-2023"
        )
    )
    url = "https://www.nca.cz/news/meet-the-euroclusters-innitiatives-for-the-green-and-digital-transformation-eu-cluster-talk-8-march-2023"
    result = harvest("parse", str(seed_page), "--url", url)
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["title"] == SEED_TITLE
    assert record["start"] == "2023-03-08T08:30:00+01:00"
    assert [s["name"] for s in record["speakers"]] == SEED_SPEAKERS
