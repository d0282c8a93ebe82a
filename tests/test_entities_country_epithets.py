"""«المملكة» / «السلطنة» standing alone name the kingdom the article has named
(marsad.ner.country_epithets)."""

from __future__ import annotations

import pytest

from marsad.model import Article, Entity
from marsad.pipeline import Pipeline


def _kb_ready() -> bool:
    try:
        from marsad.kb.store import kb
        kb()
    except Exception:  # noqa: BLE001 - any missing piece of the KB means: skip
        return False
    return True


needs_kb = pytest.mark.skipif(not _kb_ready(), reason="the KB artefact is not built")


def analysed(text: str) -> Article:
    return Pipeline(["clean", "text", "kb", "entities"])(Article(raw=text))


def epithets(article: Article, word: str) -> list[Entity]:
    return [e for e in article.entities if word in e.text and e.source == "rule"]


@needs_kb
def test_kingdom_alone_links_to_the_kingdom_named_before_it() -> None:
    article = analysed("استقبل العاهل الأردني في عمان وفدا برلمانيا. وأكدت المملكة رفضها "
                       "لأي تهجير للسكان.")
    found = epithets(article, "المملكة")
    assert [(e.text, e.type) for e in found] == [("المملكة", "GPE")]
    assert found[0].link is not None and found[0].link.country == "JO"


@needs_kb
def test_nearest_kingdom_before_the_word_wins() -> None:
    article = analysed("وصل وزير الخارجية المغربي إلى الرياض أمس. وقال إن المملكة تدعم الحل "
                       "السياسي.")
    found = epithets(article, "المملكة")
    assert len(found) == 1 and found[0].link is not None
    assert found[0].link.country == "SA"


@needs_kb
def test_sultanate_links_to_oman_and_keeps_its_clitics_outside() -> None:
    article = analysed("وصل المبعوث الأممي إلى مسقط. وأجرى في السلطنة محادثات مع الوفد.")
    found = epithets(article, "السلطنة")
    assert [(e.text, e.type) for e in found] == [("السلطنة", "GPE")]
    assert found[0].link is not None and found[0].link.country == "OM"


@needs_kb
def test_no_kingdom_named_leaves_the_word_alone() -> None:
    article = analysed("قالت الحكومة المصرية إن المملكة ستشارك في المؤتمر.")
    assert epithets(article, "المملكة") == []


@needs_kb
def test_word_inside_a_longer_name_or_before_a_nisba_is_not_read() -> None:
    article = analysed("زار الرئيس عمان ثم سافر إلى المملكة المتحدة، وتحدث عن المملكة "
                       "الحيوانية.")
    assert epithets(article, "المملكة") == []


@needs_kb
def test_bare_indefinite_word_is_a_common_noun() -> None:
    article = analysed("استقبل ملك البحرين الوفد في المنامة، وتحدث عن مملكة أجداده.")
    assert epithets(article, "مملكة") == []
