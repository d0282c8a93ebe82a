"""Continents and world regions are places of their own («أوروبا», «أمريكا الجنوبية» — not
the United States), and «كردستان» alone is the Kurdistan Region of Iraq, as Arabic news uses
it; «محافظة كردستان» is still Iran's province."""

from __future__ import annotations

import pytest

from marsad.kb.match import find_matches
from marsad.model import Article
from marsad.pipeline import Pipeline


def links(text: str) -> dict[str, str]:
    article = Pipeline(["clean", "text"])(Article(raw=text))
    return {m.text: m.link.name_en for m in find_matches(article.tokens, article.text)}


@pytest.mark.parametrize(("text", "word", "name"), [
    ("تصدر الشركة النفط إلى أوروبا وآسيا.", "أوروبا", "Europe"),
    ("تصدر الشركة النفط إلى أوروبا وآسيا.", "آسيا", "Asia"),
    ("وتراجعت صادرات البن من أمريكا الجنوبية هذا العام.", "أمريكا الجنوبية", "South America"),
    ("وتشهد دول شمال إفريقيا موجة حر.", "شمال إفريقيا", "North Africa"),
    ("وقال القيادي إن شعب كردستان يرفض العنف.", "كردستان", "Kurdistan Region"),
    ("ووصل الوفد إلى سنندج مركز محافظة كردستان.", "محافظة كردستان", "Kurdistan Province"),
    ("وأعلنت أمريكا فرض عقوبات جديدة.", "أمريكا", "United States"),
])
def test_regions_and_continents_link_to_themselves(text: str, word: str, name: str) -> None:
    assert links(text).get(word) == name
