"""The curated actors (``marsad/kb/actors/*.yaml``): reading and schema checks.

Each file is a YAML list of entries (see ``docs/kb.md`` for the schema). ``load_actors``
reads every file, checks every entry and raises ``ActorError`` naming every problem at once
(file, entry id, field) — duplicate ids across files included.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from marsad.kb.paths import ACTORS_DIR


TYPES = {"PER", "ORG"}
PER_KINDS = {"politician", "military", "religious", "other"}
ORG_KINDS = {"armed_group", "party", "movement", "international", "agency", "government",
             "company", "media", "other"}
ROLES = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister",
         "interior_minister", "speaker", "leader", "secretary_general", "spokesperson",
         "army_chief"}
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_KNOWN_FIELDS = {"id", "type", "kind", "name_en", "names_ar", "variants", "short", "country",
                 "wikidata", "offices", "notes", "members", "aliases_en"}


class ActorError(ValueError):
    """Curated actor files that break the schema (every problem is named)."""


@dataclass(frozen=True, slots=True)
class Office:
    role: str
    country: str
    start: dt.date | None
    end: dt.date | None


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    type: str
    kind: str
    name_en: str
    country: str
    names_ar: tuple[str, ...]
    variants: tuple[str, ...]
    short: tuple[str, ...]
    offices: tuple[Office, ...]
    source: str


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _strings(entry: dict[str, Any], name: str, problems: list[str], where: str) -> tuple[str, ...]:
    value = entry.get(name) or []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        problems.append(f"{where}: `{name}` must be a list of non-empty strings")
        return ()
    return tuple(v.strip() for v in value)


def _offices(entry: dict[str, Any], problems: list[str], where: str) -> tuple[Office, ...]:
    out: list[Office] = []
    for item in entry.get("offices") or []:
        try:
            role, country = item["role"], item["country"]
            office = Office(role, country, _date(item.get("from")), _date(item.get("to")))
        except (KeyError, TypeError, ValueError) as exc:
            problems.append(f"{where}: bad office {item!r} ({exc})")
            continue
        if role not in ROLES:
            problems.append(f"{where}: unknown office role {role!r}")
        if not _COUNTRY.match(str(country)):
            problems.append(f"{where}: office country {country!r} is not ISO alpha-2")
        out.append(office)
    return tuple(out)


def check_entry(entry: Any, where: str, problems: list[str]) -> Actor | None:
    """One entry as an ``Actor``, or ``None`` with its problems appended."""
    if not isinstance(entry, dict):
        problems.append(f"{where}: an entry must be a mapping")
        return None
    before = len(problems)
    actor_id = str(entry.get("id", ""))
    where = f"{where} [{actor_id or '?'}]"
    if not _ID.match(actor_id):
        problems.append(f"{where}: `id` must be an ascii slug")
    unknown = sorted(set(entry) - _KNOWN_FIELDS)
    if unknown:
        problems.append(f"{where}: unknown fields {', '.join(unknown)}")
    kind_ok = {"PER": PER_KINDS, "ORG": ORG_KINDS}.get(entry.get("type", ""), set())
    if entry.get("type") not in TYPES:
        problems.append(f"{where}: `type` must be PER or ORG")
    elif entry.get("kind") not in kind_ok:
        problems.append(f"{where}: `kind` {entry.get('kind')!r} not allowed for {entry['type']}")
    if not isinstance(entry.get("name_en"), str) or not entry["name_en"].strip():
        problems.append(f"{where}: `name_en` is required")
    country = str(entry.get("country", ""))
    if not _COUNTRY.match(country):
        problems.append(f"{where}: `country` {country!r} is not ISO alpha-2 (XX: international)")
    names_ar = _strings(entry, "names_ar", problems, where)
    if not names_ar:
        problems.append(f"{where}: `names_ar` needs at least one Arabic name")
    variants = _strings(entry, "variants", problems, where)
    short = _strings(entry, "short", problems, where)
    offices = _offices(entry, problems, where)
    if len(problems) > before:
        return None
    return Actor(actor_id, entry["type"], entry["kind"], entry["name_en"].strip(), country,
                 names_ar, variants, short, offices, where.split(" [")[0])


def load_actors(folder: Path = ACTORS_DIR) -> list[Actor]:
    """Every actor of every ``*.yaml`` file in ``folder``, checked; ``ActorError`` otherwise."""
    problems: list[str] = []
    actors: list[Actor] = []
    seen: dict[str, str] = {}
    for path in sorted(folder.glob("*.yaml")):
        try:
            entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        except yaml.YAMLError as exc:
            problems.append(f"{path.name}: invalid YAML: {str(exc).splitlines()[0]}")
            continue
        if not isinstance(entries, list):
            problems.append(f"{path.name}: the file must be a YAML list of entries")
            continue
        for number, entry in enumerate(entries, 1):
            actor = check_entry(entry, f"{path.name}#{number}", problems)
            if actor is None:
                continue
            if actor.id in seen:
                problems.append(f"{path.name}#{number}: duplicate id {actor.id!r} "
                                f"(first in {seen[actor.id]})")
                continue
            seen[actor.id] = path.name
            actors.append(actor)
    if problems:
        raise ActorError(f"{len(problems)} problem(s) in {folder}: " + "; ".join(problems))
    return actors
