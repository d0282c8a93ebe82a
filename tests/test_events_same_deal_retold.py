"""A concluded deal told after an agreement is dropped only when it is that agreement again
(``marsad/eventcoding/told_deals.without_retold_deals``): the earlier agreement holds the
deal's noun and kind, or names all its parties. A deal between other parties, by another noun,
is an event of its own. Our own sentences, through the real chain (article dated 2024-05-01)."""

from __future__ import annotations

from gold.events.oracle import analyzed, of_type


def _agree_triggers(text: str) -> list[str]:
    article = analyzed(text)
    return [article.text[slice(*(event.trigger or event.evidence))]
            for event in of_type(article.events, "AGREE")]


def test_another_deal_between_other_parties_is_kept() -> None:
    found = _agree_triggers(
        "ووقعت الحكومة أمس اتفاقية تجارية مع الصين في بكين.\n"
        "وقال الوزير إن الاتفاق الذي تم التوصل إليه في أبريل الماضي بين الحكومة والمتمردين "
        "ما زال صامدا.")
    assert len(found) == 2
    assert found[1] == "الاتفاق الذي تم التوصل إليه"


_TOLD = "وقال المتحدث إن الاتفاق النووي الذي تم التوصل إليه في 14 أبريل يحقق مصالح الجميع."


def test_a_told_deal_alone_is_an_agreement() -> None:
    """The control of the test below: the told deal with no agreement before it is coded."""
    assert _agree_triggers(_TOLD) == ["الاتفاق النووي الذي تم التوصل إليه"]


def test_the_same_deal_by_its_noun_and_kind_is_dropped() -> None:
    found = _agree_triggers("ووقع الطرفان على اتفاق نووي في فيينا الشهر الماضي.\n" + _TOLD)
    assert found == ["ووقع"]
