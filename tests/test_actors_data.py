"""The curated actors (``marsad/kb/actors/*.yaml``) keep to their schema.

Every entry has the required fields, ids are unique slugs, types, kinds and office roles come
from the allowed sets, dates are ISO, one role of one country is never held by two people at
once, Arabic is NFC Arabic script with no presentation forms, and one Arabic name never points
to two actors unless it is listed below as deliberately ambiguous. Files whose name starts
with ``_`` (the KB engineer's seed) are not curated here and are skipped.

Offices of a movement or an international body (``leader``, ``secretary_general``,
``spokesperson``) name it in ``org`` (an ORG id); their periods are checked per ``org``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from marsad.arabic.normalise import fold

ACTORS_DIR = Path(__file__).resolve().parent.parent / "marsad" / "kb" / "actors"

REQUIRED = {"id", "type", "kind", "name_en", "names_ar", "variants", "short", "country",
            "wikidata", "notes"}
OPTIONAL = {"offices", "members", "aliases_en"}
KINDS = {
    "PER": {"politician", "military", "religious", "other"},
    "ORG": {"armed_group", "party", "movement", "international", "agency", "government",
            "company", "media", "other"},
}
ROLES = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister",
         "interior_minister", "speaker", "leader", "secretary_general", "spokesperson",
         "army_chief"}
OFFICE_KEYS = {"role", "country", "from", "to", "org"}
# Roles held by one person at a time per country, or per organisation when `org` is given.
EXCLUSIVE = ROLES - {"spokesperson", "leader", "secretary_general"}
ORG_EXCLUSIVE = {"leader", "secretary_general"}
LATEST_START = dt.date(2026, 1, 1)

# Arabic names (folded) that deliberately point to more than one actor: the matcher must
# decide by context. Each is a real, common way of naming both.
AMBIGUOUS: dict[str, set[str]] = {
    fold("حزب العدالة والتنمية"): {"akp", "pjd-morocco"},
}

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ISO2 = re.compile(r"^[A-Z]{2}$")
WIKIDATA = re.compile(r"^Q[1-9][0-9]*$")
# Arabic letters (with the Persian پ چ ژ گ ڤ ی ک), spaces, the dot or hyphen of an acronym,
# and digits where a name has them («فرانس 24»); at least one Arabic letter.
ARABIC_NAME = re.compile(r"^(?=.*[\u0621-\u064A])[\u0621-\u063A\u0641-\u064A\u067E\u0686\u0698"
                         r"\u06A4\u06AF\u06CC\u06A9 .\-0-9]+$")
PRESENTATION = re.compile(r"[\uFB50-\uFDFF\uFE70-\uFEFF]")
BIDI = re.compile(r"[\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C]")


def _files() -> list[Path]:
    return sorted(p for p in ACTORS_DIR.glob("*.yaml") if not p.name.startswith("_"))


FILES = {path.name: yaml.safe_load(path.read_text(encoding="utf-8")) for path in _files()}
ENTRIES = [entry for data in FILES.values() if isinstance(data, list) for entry in data]
BY_ID = {e["id"]: e for e in ENTRIES if isinstance(e, dict) and "id" in e}
ORG_IDS = {i for i, e in BY_ID.items() if e.get("type") == "ORG"}


def _arabic(entry: dict[str, Any]) -> list[str]:
    return [*entry.get("names_ar", []), *entry.get("variants", []), *entry.get("short", [])]


def _schema_problems(entry: Any) -> Iterator[str]:
    if not isinstance(entry, dict):
        yield "an entry must be a mapping"
        return
    if missing := REQUIRED - set(entry):
        yield f"missing {sorted(missing)}"
        return
    if unknown := set(entry) - REQUIRED - OPTIONAL:
        yield f"unknown fields {sorted(unknown)}"
    if not SLUG.match(str(entry["id"])):
        yield "id is not an ascii slug"
    if entry["kind"] not in KINDS.get(entry["type"], ()):
        yield f"type/kind {entry['type']}/{entry['kind']} not allowed"
    if not isinstance(entry["name_en"], str) or entry["name_en"].strip() != entry["name_en"]:
        yield "name_en must be a trimmed string"
    if not isinstance(entry["country"], str) or not ISO2.match(entry["country"]):
        yield f"country {entry['country']!r} is not ISO alpha-2 (quote NO, write XX for none)"
    if entry["wikidata"] is not None and not WIKIDATA.match(str(entry["wikidata"])):
        yield "wikidata must be null or a Q-id"
    if not isinstance(entry["notes"], str):
        yield "notes must be a string"
    if not all(isinstance(entry[f], list) for f in ("names_ar", "variants", "short")):
        yield "names_ar, variants and short must be lists"
    elif not entry["names_ar"]:
        yield "at least one Arabic name"
    if entry["type"] == "ORG" and entry.get("offices"):
        yield "offices are for people"
    if entry["type"] == "PER" and not isinstance(entry.get("offices"), list):
        yield "a person lists offices (empty when none)"


def _arabic_problems(entry: dict[str, Any]) -> Iterator[str]:
    for name in _arabic(entry):
        if not isinstance(name, str) or name != name.strip() or "  " in name:
            yield f"untidy name {name!r}"
        elif unicodedata.normalize("NFC", name) != name:
            yield f"not NFC: {name!r}"
        elif PRESENTATION.search(name) or BIDI.search(name):
            yield f"presentation form or bidi control in {name!r}"
        elif not ARABIC_NAME.match(name):
            yield f"not plain Arabic: {name!r}"
    folded = Counter(fold(n) for n in _arabic(entry) if isinstance(n, str))
    yield from (f"listed twice (after folding): {n}" for n, c in folded.items() if c > 1)


def _office_problems(entry: dict[str, Any]) -> Iterator[str]:
    for office in entry.get("offices") or []:
        if not isinstance(office, dict) or not {"role", "country", "from", "to"} <= set(office):
            yield f"office needs role, country, from, to: {office}"
            continue
        if set(office) - OFFICE_KEYS:
            yield f"unknown office keys in {office}"
        if office["role"] not in ROLES:
            yield f"unknown role {office['role']!r}"
        if not ISO2.match(str(office["country"])):
            yield f"office country {office['country']!r} is not ISO alpha-2"
        start, end = office["from"], office["to"]
        if not isinstance(start, dt.date) or not (end is None or isinstance(end, dt.date)):
            yield f"from/to must be ISO dates (to may be null): {office}"
        elif (end is not None and start > end) or start > LATEST_START:
            yield f"dates out of order: {office}"
        if office.get("org") is not None and office["org"] not in ORG_IDS:
            yield f"org {office['org']!r} is not a curated ORG id"


def _problems(check: Any, name: str) -> list[str]:
    return [f"{e.get('id', '?') if isinstance(e, dict) else '?'}: {p}"
            for e in FILES[name] for p in check(e)]


def test_there_are_at_least_450_curated_actors() -> None:
    assert len(ENTRIES) >= 450


@pytest.mark.parametrize("name", sorted(FILES))
def test_each_file_is_a_yaml_list_of_entries(name: str) -> None:
    assert isinstance(FILES[name], list) and FILES[name]


def test_ids_are_unique_across_files() -> None:
    counts = Counter(entry["id"] for entry in ENTRIES)
    assert [i for i, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("name", sorted(FILES))
def test_entries_follow_the_schema(name: str) -> None:
    assert _problems(_schema_problems, name) == []


@pytest.mark.parametrize("name", sorted(FILES))
def test_arabic_names_are_clean_nfc_arabic_listed_once(name: str) -> None:
    assert _problems(_arabic_problems, name) == []


@pytest.mark.parametrize("name", sorted(FILES))
def test_offices_have_known_roles_and_iso_dates(name: str) -> None:
    assert _problems(_office_problems, name) == []


def _periods() -> dict[tuple[str, str], list[tuple[dt.date, dt.date, str]]]:
    periods: dict[tuple[str, str], list[tuple[dt.date, dt.date, str]]] = defaultdict(list)
    for entry in ENTRIES:
        for office in entry.get("offices") or []:
            role, org = office["role"], office.get("org")
            if role in EXCLUSIVE:
                key = (role, office["country"])
            elif role in ORG_EXCLUSIVE and org:
                key = (role, org)
            else:
                continue
            end = office["to"] or dt.date.max
            periods[key].append((office["from"], end, entry["id"]))
    return periods


PERIODS = _periods()


def test_one_office_is_held_by_one_person_at_a_time() -> None:
    overlaps = []
    for key, spans in PERIODS.items():
        spans.sort()
        overlaps += [(key, a[2], b[2]) for a, b in zip(spans, spans[1:]) if b[0] < a[1]]
    assert overlaps == []


def test_one_arabic_name_points_to_one_actor() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in ENTRIES:
        for name in [*entry["names_ar"], *entry["variants"]]:
            owners[fold(name)].add(entry["id"])
    clashes = {n: ids for n, ids in owners.items() if len(ids) > 1 and AMBIGUOUS.get(n) != ids}
    assert clashes == {}


@pytest.mark.parametrize(
    ("name", "actor"),
    [
        ("فؤاد حسين", "fuad-hussein"),
        ("عراقجي", "abbas-araghchi"),
        ("عراقتشي", "abbas-araghchi"),
        ("نتانياهو", "benjamin-netanyahu"),
        ("أبو محمد الجولاني", "ahmed-al-sharaa"),
        ("قسد", "sdf"),
        ("داعش", "isis"),
        ("الحشد الشعبي", "pmf"),
        ("واس", "spa"),
        ("د ب أ", "dpa"),
        ("أ ش أ", "mena"),
        ("الكنيست", "knesset"),
        ("القيادة المركزية الأمريكية", "centcom"),
    ],
)
def test_well_known_names_find_their_actor(name: str, actor: str) -> None:
    entry = BY_ID[actor]
    assert fold(name) in {fold(n) for n in [*entry["names_ar"], *entry["variants"]]}


@pytest.mark.parametrize(
    ("name", "actor"),
    [("حسين", "fuad-hussein"), ("الأسد", "bashar-al-assad"), ("الشرع", "ahmed-al-sharaa")],
)
def test_ambiguous_family_names_are_only_short_forms(name: str, actor: str) -> None:
    entry = BY_ID[actor]
    assert name in entry["short"]
    assert fold(name) not in {fold(n) for n in [*entry["names_ar"], *entry["variants"]]}


@pytest.mark.parametrize(
    ("role", "country", "day", "actor"),
    [
        ("head_of_government", "IQ", "2013-01-01", "nouri-al-maliki"),
        ("head_of_government", "IQ", "2016-05-01", "haider-al-abadi"),
        ("head_of_government", "IQ", "2019-06-01", "adil-abdul-mahdi"),
        ("head_of_government", "IQ", "2021-03-01", "mustafa-al-kadhimi"),
        ("head_of_government", "IQ", "2024-12-06", "mohammed-shia-al-sudani"),
        ("foreign_minister", "IQ", "2024-12-15", "fuad-hussein"),
        ("foreign_minister", "SY", "2024-10-15", "bassam-sabbagh"),
        ("foreign_minister", "SY", "2025-02-01", "asaad-al-shaibani"),
        ("foreign_minister", "IR", "2023-01-01", "hossein-amir-abdollahian"),
        ("foreign_minister", "IR", "2025-01-01", "abbas-araghchi"),
        ("head_of_state", "SY", "2015-06-01", "bashar-al-assad"),
        ("head_of_state", "SY", "2025-06-01", "ahmed-al-sharaa"),
        ("head_of_state", "IR", "2022-01-01", "ebrahim-raisi"),
        ("leader", "IR", "2022-01-01", "ali-khamenei"),
        ("head_of_government", "IL", "2022-08-01", "yair-lapid"),
        ("defence_minister", "US", "2018-06-01", "jim-mattis"),
    ],
)
def test_office_holder_on_a_date(role: str, country: str, day: str, actor: str) -> None:
    when = dt.date.fromisoformat(day)
    holders = {i for start, end, i in PERIODS.get((role, country), []) if start <= when < end}
    if role == "leader":  # not in PERIODS (held per organisation); read the entry itself
        holders = {e["id"] for e in ENTRIES for o in e.get("offices") or []
                   if (o["role"], o["country"]) == (role, country) and not o.get("org")
                   and o["from"] <= when and (o["to"] is None or when < o["to"])}
    assert holders == {actor}


def test_the_kb_loader_accepts_every_curated_file(tmp_path: Path) -> None:
    actors = pytest.importorskip("marsad.kb.actors")
    for path in _files():
        (tmp_path / path.name).write_bytes(path.read_bytes())
    assert len(actors.load_actors(tmp_path)) == len(ENTRIES)
