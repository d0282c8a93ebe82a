"""The shared sample article (read from ../shared, never copied): its places, its ministry
in both forms, and the Iraqi foreign minister on the article's date."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.api import analyze
from marsad.pipeline import Pipeline


@pytest.fixture(scope="module")
def links(sample_path: Path) -> dict[str, set[str]]:
    article = analyze(sample_path.read_text(encoding="utf-8"), published="2024-12-06",
                      pipeline=Pipeline(["clean", "text", "kb"]))
    out: dict[str, set[str]] = {}
    for match in article.kb_matches:
        out.setdefault(match.text, set()).add(match.link.kb)
    return out


@pytest.mark.parametrize("mention, kb", [
    ("حمص", "geonames:169577"),
    ("بغداد", "geonames:98182"),
    ("سوريا", "country:SY"),
    ("العراق", "country:IQ"),
    ("إيران", "country:IR"),
    ("لبنان", "country:LB"),
    ("غزة", "place:gaza-strip"),
    ("حماة", "geonames:170017"),
    ("وزارة الدفاع السورية", "ministry:SY:defence"),
    ("الدفاع السورية", "ministry:SY:defence"),
    ("وزير الخارجية العراقي", "actor:fuad-hussein"),
    ("فؤاد حسين", "actor:fuad-hussein"),
])
def test_the_sample_links_right(links: dict[str, set[str]], mention: str, kb: str) -> None:
    assert links.get(mention) == {kb}


def test_its_countryside_after_the_city_is_the_governorate(links: dict[str, set[str]]) -> None:
    assert links.get("ريفها") == {"geonames:169575"}
