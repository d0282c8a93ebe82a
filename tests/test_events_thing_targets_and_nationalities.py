"""Events, round 19: actors and targets that recurred wrong across the spent sets.

* A thing is no target: after a refusal, an agreement, a word of support, a condemnation or a
  reinforcement (the `thing_target` modes of event_args_words.tsv) an object kept as text
  that names a deed or a proposal is dropped («رفضت المعارضة المشاركة»، «عززت القوات
  مواقعها»); one that names people, one a nationality qualifies, one after «مع», and one the
  event stands by (its only party) are kept (``eventcoding/arg_things.py``).
* A nationality that titles a person named a few title words on gives way to that person
  («نظيره السوري العميد أحمد الحسن»); not across a noun of its own or a «و»
  (``eventcoding/arg_nations.py``).

The real chain on our own sentences."""

from __future__ import annotations

import pytest

from gold.events.oracle import first_coded, names
from marsad.eventcoding.arg_things import _thing_modes


@pytest.mark.parametrize("text, kind", [
    ("ورفضت المعارضة السورية المشاركة في الانتخابات.", "REJECT"),
    ("ورفضت الحكومة العراقية المبادرة الجديدة بشكل قاطع.", "REJECT"),
    ("وعززت القوات السعودية مواقعها على الحدود الجنوبية.", "MOBILIZE"),
    ("وأيد البرلمان الكويتي مشروع القانون بالأغلبية.", "SUPPORT"),
    # what was agreed is the event's only evidence: it stays evidence, no target (round 20)
    ("ووافقت الحكومة السودانية على هدنة إنسانية لمدة أسبوع.", "AGREE"),
])
def test_a_thing_done_or_refused_is_no_target_and_the_event_stays(text: str, kind: str) -> None:
    article, event = first_coded(text, kind)
    assert event.target_text == []
    assert event.actors or event.actor_text  # the one who refused still acts


@pytest.mark.parametrize("text, kind, kept", [
    # people or a body after a condemnation or a refusal
    ("وأدانت وزارة الخارجية المصرية المستوطنين المتطرفين.", "ACCUSE", "المستوطنين المتطرفين"),
    ("ورفضت الشرطة المحتجين الذين تجمعوا أمام السفارة.", "REJECT", "المحتجين"),
    # a nationality names the deed's owner
    ("ودانت الجامعة العربية التدخلات الإيرانية في شؤون المنطقة.", "ACCUSE", "التدخلات الإيرانية"),
    # «مع»: the one stood with
    ("وأعلنت الحكومة الليبية تضامنها مع المتظاهرين في طرابلس.", "SUPPORT", "المتظاهرين"),
    # a meeting is no thing mode: whom one meets is a party
    ("وعقد وزير الخارجية الكويتي اجتماعات مع الخبراء في الكويت.", "CONSULT", "الخبراء"),
])
def test_a_party_or_an_evidence_object_is_kept(text: str, kind: str, kept: str) -> None:
    _, event = first_coded(text, kind)
    assert any(kept in target for target in event.target_text), event.target_text


def test_the_thing_modes_are_data_and_leave_the_meetings_out() -> None:
    modes = _thing_modes()
    assert {"refuse", "condemn", "agree", "endorse", "reinforce"} <= modes
    assert not modes & {"meet", "visit", "talks", "call", "accuse"}


@pytest.mark.parametrize("text, person", [
    ("والتقى الوزير في عمان نظيره السوري العميد أحمد الحسن.", "أحمد الحسن"),
    ("والتقى الوزير في الرياض نظيره الإيراني اللواء حسين سلامي.", "حسين سلامي"),
])
def test_a_nationality_gives_way_to_the_person_it_titles(text: str, person: str) -> None:
    article, event = first_coded(text, "CONSULT")
    assert names(article, event.targets) == [person]


@pytest.mark.parametrize("text, kind, nation", [
    # a noun of its own between: the planes' nation acts, not the owner of the house
    ("وقصفت المدفعية الإسرائيلية منزل المواطن محمد أبو علي في خان يونس.", "ASSAULT",
     "الإسرائيلية"),
    # no person after it
    ("ورحبت الحكومة الأردنية بالاتفاق.", "SUPPORT", "الأردنية"),
])
def test_a_nationality_with_no_title_to_a_name_stays(text: str, kind: str, nation: str) -> None:
    article, event = first_coded(text, kind)
    assert nation in names(article, event.actors)
