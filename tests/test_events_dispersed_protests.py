"""Events, round 26: a protest told as what a dispersal broke up is no new protest
(``marsad/eventcoding/dispersed_protests.py``, ``event_dispersed_protests.yaml``).

* «فضت قوات الأمن اعتصام المحتجين» is the dispersal (COERCE) alone: the sit-in it ended was
  going on before it;
* a protest told by its own verb or before the dispersal stays («اعتصم العمال … وفرقتهم
  الشرطة»).

Our own sentences, through the real chain."""

from __future__ import annotations

from gold.events.oracle import analyzed, of_type, types


def test_sitin_broken_up_is_the_dispersal_alone() -> None:
    article = analyzed("فضت قوات مكافحة الشغب اعتصام المحتجين أمام مقر الحكومة في مدينة "
                       "الناصرية.")
    assert types(article.events) == ["COERCE"]


def test_sitin_named_after_dispersal_and_its_time_is_no_protest() -> None:
    article = analyzed("وفضت الشرطة بالقوة، فجر الأحد، اعتصام العمال أمام مقر الشركة في "
                       "مدينة المحلة الكبرى.")
    assert of_type(article.events, "PROTEST") == []


def test_protest_told_by_its_own_verb_before_the_dispersal_stays() -> None:
    article = analyzed("واعتصم مئات العمال أمام مقر الشركة في مدينة المحلة الكبرى قبل أن "
                       "تفرقهم الشرطة بالقوة.")
    assert len(of_type(article.events, "PROTEST")) == 1
