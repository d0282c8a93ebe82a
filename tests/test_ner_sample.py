"""The shared sample report (../shared/samples): its people, organisations and places."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.api import analyze
from marsad.arabic.normalise import fold
from marsad.model import Article

PEOPLE = {"فؤاد حسين": "Fuad Hussein", "بسام صباغ": "Bassam Sabbagh",
          "عباس عراقتشي": "Abbas Araghchi"}
ORGANISATIONS = ["وزارة الدفاع السورية", "مجلس الأمن", "الجامعة العربية", "الأمم المتحدة"]
PLACES = {"حمص": ("SY", "Homs"), "حماة": ("SY", "Ḩamāh"), "بغداد": ("IQ", "Baghdad"),
          "سوريا": ("SY", "Syria"), "العراق": ("IQ", "Iraq"), "إيران": ("IR", "Iran"),
          "لبنان": ("LB", "Lebanon"), "غزة": ("PS", "Gaza")}


@pytest.fixture(scope="module")
def sample(sample_path: Path) -> Article:
    return analyze(sample_path.read_text(encoding="utf-8"))


def _bare(text: str) -> str:
    """The folded name without its article (ال, or لل where ل + ال is written: للجامعة)."""
    folded = fold(text)
    for article in ("ال", "لل"):
        if folded.startswith(article):
            return folded[len(article):]
    return folded


def mentions_of(article: Article, name: str) -> list:
    """Mentions whose text is ``name``, with or without its article."""
    return [e for e in article.entities if _bare(e.text) == _bare(name)]


@pytest.mark.parametrize(("name", "english"), PEOPLE.items())
def test_people_are_per_and_linked(sample: Article, name: str, english: str) -> None:
    found = mentions_of(sample, name)
    assert found, f"{name} not found"
    assert all(e.type == "PER" for e in found)
    assert found[0].link is not None and found[0].link.name_en == english


@pytest.mark.parametrize("name", ORGANISATIONS)
def test_organisations_are_org(sample: Article, name: str) -> None:
    found = mentions_of(sample, name)
    assert found, f"{name} not found"
    assert all(e.type == "ORG" for e in found)


@pytest.mark.parametrize(("name", "where"), PLACES.items())
def test_places_are_gpe_with_the_right_link(sample: Article, name: str,
                                            where: tuple[str, str]) -> None:
    found = mentions_of(sample, name)
    assert found, f"{name} not found"
    country, english = where
    for e in found:
        assert e.type == "GPE"
        assert e.link is not None and e.link.country == country
        assert e.link.name_en.startswith(english)
