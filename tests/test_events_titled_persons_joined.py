"""Events, round 31 (real-news arguments): a second person joined by «و» + a title
(``argument_phrases._titled_person_joined``): «استشهاد العريف أول فلان والعريف أول فلان»،
«مقتل قائد … فلان ونائب رئيس الهيئة فلان»، «اتصالين بأمير قطر الشيخ فلان وولي العهد الأمير
فلان». The words between are titles, a rank's second word, definite words and the bodies,
places and nations the office names; a comma may stand before «و». Our own sentences."""

from __future__ import annotations

from gold.events.oracle import analyzed, of_type

PUBLISHED = "2024-05-04"


def _targets(text: str, kind: str) -> list[list[str]]:
    article = analyzed(text, PUBLISHED)
    names = {e.id: e.text for e in article.entities}
    return [[names.get(a, a) for a in e.targets] for e in of_type(article.events, kind)]


def test_two_ranked_soldiers_fell() -> None:
    found = _targets("أعلنت قيادة القوات المشتركة أمس استشهاد الرقيب أول سعيد محمد علي الكعبي "
                     "والرقيب أول ناصر حمد سالم المنصوري من القوة المشاركة في العمليات.", "ASSAULT")
    assert found == [["محمد علي الكعبي", "ناصر حمد سالم المنصوري"]]


def test_comma_before_the_second_title() -> None:
    found = _targets("أعلنت القيادة أمس استشهاد الرقيب أول سعيد محمد علي الكعبي، والرقيب أول "
                     "ناصر حمد سالم المنصوري، من القوة المشاركة.", "ASSAULT")
    assert found == [["محمد علي الكعبي", "ناصر حمد سالم المنصوري"]]


def test_crown_prince_after_an_emir() -> None:
    found = _targets("وأجرى أمير البلاد اتصالين هاتفيين بأمير قطر الشيخ تميم بن حمد وولي العهد "
                     "البحريني الأمير سلمان بن حمد.", "CONSULT")
    assert len(found) == 1 and len(found[0]) == 2
