"""Pages → tables: merging, stable ids, folding of names, appearances, assets, Euroclusters, withdrawals."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pyarrow as pa
import pyarrow.compute as pc

from harvest.schema import stable_id
from harvest.tables.checks import check_tables
from harvest.tables.fold import name_key

from .pages import ECCP, NCA, asset, page, rows, tables_of

TALK = "Meet the Euroclusters: Initiatives for the green and digital transition"
PRZEOR = ("Marek Przeor", "Team Leader - Cluster Policy", "DG GROW, European Commission", None)


def only_event(tables):
    (event,) = rows(tables, "events")
    return event


def test_eccp_page_and_republication_merge_into_one_event_with_eccp_primary() -> None:
    tables = tables_of(
        [
            page(
                NCA + "talk-8-march", TALK, seen_day=0, page_title="Meet the Euroclusters: Innitiatives, 8 March 2023"
            ),
            page(ECCP + "eu-clusters-talks-meet", TALK + ".", seen_day=3, page_title=f"EU Clusters Talks: {TALK}"),
        ]
    )
    event = only_event(tables)
    assert event["primary_url"] == ECCP + "eu-clusters-talks-meet"
    assert event["pages"] == 2
    assert event["title"] == TALK + "."  # facts come from the ECCP page
    pages = {p["page_url"]: p for p in rows(tables, "event_pages")}
    assert {p["event_id"] for p in pages.values()} == {event["event_id"]}
    assert pages[ECCP + "eu-clusters-talks-meet"]["is_primary"] and not pages[NCA + "talk-8-march"]["is_primary"]
    assert check_tables(tables) == []


def test_announcement_and_report_of_one_event_merge() -> None:
    tables = tables_of(
        [
            page(
                ECCP + "cmr-finland",
                "Clusters meet Regions East and North Finland: A sustainable approach",
                "2023-04-25",
            ),
            page(
                ECCP + "cmr-finland-report", "Clusters meet Regions East and North Finland", "2023-04-25", seen_day=40
            ),
        ]
    )
    assert only_event(tables)["pages"] == 2


def test_different_events_on_one_day_stay_apart() -> None:
    tables = tables_of(
        [
            page(
                ECCP + "kosice",
                "Clusters meet Regions - Kosice, Slovakia",
                "2023-03-29",
                series="Clusters meet Regions",
            ),
            page(ECCP + "lyon", "Clusters meet Regions - Lyon, France", "2023-03-29", series="Clusters meet Regions"),
            page(ECCP + "talk", TALK, "2023-03-30"),
            page(NCA + "talk", TALK, "2023-03-31"),  # same title, another day: another event
        ]
    )
    assert tables["events"].num_rows == 4


def test_event_id_survives_a_republication_appearing_or_going_and_a_title_fix() -> None:
    eccp_only = only_event(tables_of([page(ECCP + "talk", TALK)]))["event_id"]
    with_copy = only_event(tables_of([page(ECCP + "talk", TALK), page(NCA + "talk", TALK, seen_day=2)]))["event_id"]
    copy_gone = tables_of([page(ECCP + "talk", TALK), page(NCA + "talk", TALK, seen_day=2, gone=True)])
    typo_fixed = only_event(tables_of([page(ECCP + "talk", TALK.replace("green", "gren"))]))["event_id"]
    assert eccp_only == with_copy == only_event(copy_gone)["event_id"] == typo_fixed == stable_id("ev", ECCP + "talk")
    # A republication harvested before the ECCP page gave the event its id; the ECCP page arriving keeps it.
    copy_first = only_event(tables_of([page(NCA + "talk", TALK)]))["event_id"]
    both = only_event(tables_of([page(NCA + "talk", TALK), page(ECCP + "talk", TALK, seen_day=5)]))
    assert copy_first == both["event_id"] and both["primary_url"] == ECCP + "talk"


def test_times_are_utc_instants_plus_the_printed_local_time() -> None:
    summer = only_event(
        tables_of([page(ECCP + "skills", "Skills", "2023-06-14T08:30:00+02:00", end="2023-06-14T09:45:00+02:00")])
    )
    assert summer["start_utc"] == datetime(2023, 6, 14, 6, 30, tzinfo=UTC)
    assert summer["end_utc"] == datetime(2023, 6, 14, 7, 45, tzinfo=UTC)
    assert summer["start_local"] == "2023-06-14T08:30:00+02:00" and summer["tz_label"] == "CET"
    assert summer["timezone"] == "Europe/Brussels" and not summer["all_day"]
    dates_only = only_event(tables_of([page(ECCP + "lyon", "Lyon", "2023-10-12", end="2023-10-13")]))
    assert dates_only["all_day"] and dates_only["start_utc"] is None and dates_only["timezone"] is None
    assert (dates_only["start_date"], dates_only["end_date"]) == (date(2023, 10, 12), date(2023, 10, 13))


def test_people_fold_across_spellings_and_keep_the_most_frequent_spelling() -> None:
    accented, plain = "Kristina Šermukšnytė-Alešiūnienė", "Kristina Sermuksnyte-Alesiuniene"
    assert name_key(plain) == name_key(accented) == name_key(f"Dr. {plain.upper()}")
    tables = tables_of(
        [
            page(ECCP + "a", "Talk A", "2023-01-11", speakers=[(plain, "CEO", "Lithuanian Cluster", None)]),
            page(ECCP + "b", "Talk B", "2023-02-11", speakers=[(accented, None, None, None)]),
            page(ECCP + "c", "Talk C", "2023-03-11", speakers=[("Loic Marin", None, "CIMES", None)]),
            page(ECCP + "d", "Talk D", "2023-04-11", speakers=[("Loic Marin", None, "Cimes", None)]),
            page(ECCP + "e", "Talk E", "2023-05-11", speakers=[("Loïc Marin", None, "CIMES", None)]),
        ]
    )
    people = {p["name"]: p for p in rows(tables, "people")}
    assert set(people) == {accented, "Loic Marin"}  # a tie goes to diacritics; else the most frequent spelling
    assert people[accented]["events"] == 2 and people[accented]["spellings"] == f"{plain} | {accented}"
    organisations = rows(tables, "organisations")
    assert [(o["name"], o["appearances"]) for o in organisations if o["name_key"] == "cimes"] == [("CIMES", 3)]


def test_appearances_keep_what_each_page_prints_primary_page_first() -> None:
    tables = tables_of(
        [
            page(NCA + "talk", TALK, speakers=[("Ewa Rekosz", None, "Mazovia Cluster ICT", "INGENIOUS"), PRZEOR]),
            page(ECCP + "talk", TALK, speakers=[PRZEOR, ("Dr. Ewa Rekosz", "Manager", "Mazovia ICT", None)]),
        ]
    )
    appearances = rows(tables, "appearances")
    assert [(a["name"], a["position"], a["page_url"]) for a in appearances] == [
        ("Marek Przeor", 1, ECCP + "talk"),
        ("Dr. Ewa Rekosz", 2, ECCP + "talk"),
    ]
    assert appearances[1]["role"] == "Manager" and appearances[1]["organisation"] == "Mazovia ICT"
    assert appearances[0]["organisation_id"] == stable_id("or", "dg grow european commission")
    assert only_event(tables)["speakers"] == 2
    # The Eurocluster named only in the republication's line still counts as named by a speaker.
    assert rows(tables, "event_euroclusters") == [
        {"event_id": appearances[0]["event_id"], "eurocluster_id": "INGENIOUS", "how": "speaker"}
    ]


def test_a_person_only_on_a_republication_is_added_after_the_primary_speakers() -> None:
    tables = tables_of(
        [
            page(ECCP + "talk", TALK, speakers=[PRZEOR]),
            page(NCA + "talk", TALK, speakers=[PRZEOR, ("Josep Casamada", None, "AEI TÈXTILS", "X-BUILD EU")]),
        ]
    )
    last = rows(tables, "appearances")[-1]
    assert (last["name"], last["position"], last["page_url"], last["eurocluster_id"]) == (
        "Josep Casamada",
        2,
        NCA + "talk",
        "xBUILD-EU",
    )


def test_two_affiliations_link_the_first_organisation_and_list_both() -> None:
    line = ("Anna Rosenqvist", "CEO; COB", "OpenTech; Clusters of Sweden", None)
    tables = tables_of([page(ECCP + "talk", TALK, speakers=[line])])
    (appearance,) = rows(tables, "appearances")
    assert appearance["organisation"] == "OpenTech; Clusters of Sweden"
    assert appearance["organisation_id"] == stable_id("or", "opentech")
    assert check_tables(tables) == []


def test_euroclusters_named_in_text_and_unknown_names() -> None:
    from harvest.reference import load_euroclusters
    from harvest.tables.assemble import assemble_tables

    pages = [page(ECCP + "neb", "Clusters4NEB", euroclusters=["SILEO", "Eurocluster Rural Tourism", "NOT-A-CLUSTER"])]
    assembled = assemble_tables(pages, load_euroclusters())
    assert [(r["eurocluster_id"], r["how"]) for r in rows(assembled.tables, "event_euroclusters")] == [
        ("EU Rural Tourism", "text"),
        ("SILEO", "text"),
    ]
    assert assembled.notes["unknown_eurocluster"] == 1
    assert "SILEO" in assembled.tables["euroclusters"].column("eurocluster_id").to_pylist()


def test_assets_deduplicated_with_upload_times_in_utc() -> None:
    summary = "https://www.nca.cz/files/summary.pdf"
    tables = tables_of(
        [
            page(ECCP + "talk", TALK, assets=[asset("Slides", "https://clustercollaboration.eu/files/slides.PPTX")]),
            page(NCA + "talk", TALK, assets=[asset("Summary", summary, "2023-08-07T10:25:16+02:00")]),
            page(NCA + "talk-copy", TALK, assets=[asset("Summary again", summary)]),
        ]
    )
    assets = rows(tables, "assets")
    assert [(a["label"], a["position"]) for a in assets] == [("Slides", 1), ("Summary", 2)]
    assert assets[0]["media_type"].endswith("presentationml.presentation")
    assert assets[1]["created_utc"] == datetime(2023, 8, 7, 8, 25, 16, tzinfo=UTC)
    assert assets[1]["created_local"] == "2023-08-07T10:25:16+02:00"
    assert assets[1]["asset_id"] == stable_id("as", assets[1]["event_id"], summary)


def test_first_seen_last_seen_and_withdrawal() -> None:
    live = tables_of([page(ECCP + "talk", TALK, seen_day=1, checked_day=9), page(NCA + "talk", TALK, gone=True)])
    event = only_event(live)
    assert event["first_seen"].day == 5 and event["last_seen"].day == 14
    assert event["withdrawn_at"] is None
    gone = only_event(tables_of([page(ECCP + "talk", TALK, gone=True), page(NCA + "talk", TALK, gone=True)]))
    assert gone["withdrawn_at"] == datetime(2026, 2, 4, 8, 0, tzinfo=UTC)


def test_non_event_pages_are_listed_without_an_event() -> None:
    tables = tables_of([page(NCA + "project", "Eurocluster Rural Tourism 09/2022 - 08/2024", None, is_event=False)])
    assert tables["events"].num_rows == 0
    (listed,) = rows(tables, "event_pages")
    assert listed["event_id"] is None and listed["is_event"] is False


def test_unknown_series_and_unreadable_dates_are_notes_not_errors() -> None:
    from harvest.reference import load_euroclusters
    from harvest.tables.assemble import assemble_tables

    pages = [page(ECCP + "odd", "Odd", "8 March", series="Cluster Days"), page(ECCP + "ok", "Ok", "2023-03-08")]
    assembled = assemble_tables(pages, load_euroclusters())
    assert assembled.notes == {"unreadable_start": 1, "unknown_series": 1}
    odd = next(e for e in rows(assembled.tables, "events") if e["title"] == "Odd")
    assert odd["start_date"] is None and odd["series"] is None
    assert check_tables(assembled.tables) == []


def test_suppressed_people_leave_no_trace() -> None:
    pages = [
        page(ECCP + "a", "Talk A", "2023-01-11", speakers=[PRZEOR, ("Ewa Rekosz", None, "Mazovia ICT", "INGENIOUS")]),
        page(ECCP + "b", "Talk B", "2023-02-11", speakers=[("EWA REKOSZ", None, None, None)]),
    ]
    for suppressed in ({name_key("Ewa Rekosz")}, {stable_id("pe", "ewa rekosz")}):
        tables = tables_of(pages, suppressed)
        assert [p["name"] for p in rows(tables, "people")] == ["Marek Przeor"]
        assert {a["name"] for a in rows(tables, "appearances")} == {"Marek Przeor"}
        assert "mazovia ict" not in tables["organisations"].column("name_key").to_pylist()
        assert [e["speakers"] for e in rows(tables, "events")] == [1, 0]
        assert rows(tables, "event_euroclusters") == []
        assert check_tables(tables) == []


def test_checks_catch_what_a_release_must_not_contain() -> None:
    from .pages import corpus_pages

    tables = tables_of(corpus_pages())
    people = tables["people"]
    doubled = {**tables, "people": pa.concat_tables([people, people.slice(0, 1)])}
    problems = check_tables(doubled)
    assert "people.person_id: values are not unique" in problems
    assert "people: primary key (person_id) has duplicates" in problems
    orphaned = {**tables, "people": people.slice(1)}
    assert any(p.startswith("appearances.person_id: 1 values not in people.person_id") for p in check_tables(orphaned))
    blank = pc.if_else(pc.equal(pa.array(range(people.num_rows)), 0), "", people.column("spellings"))
    emptied = {**tables, "people": people.set_column(3, people.schema.field("spellings"), blank)}
    assert check_tables(emptied) == ["people.spellings: empty strings (use null)"]
    assert check_tables({**tables, "people": people.drop_columns(["events"])})[0].startswith("people: columns or types")
