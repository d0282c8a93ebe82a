"""Events, round 29 (other senses): calls to the whole public and the arts and letters.

* the whole public as the addressee (``event_advisories.yaml`` everyone): «داعياً الجميع إلى
  الوقوف صفاً واحداً»، «ناشد جميع أبناء الأمة…»، «وطالب المغردين بالدعاء» is an exhortation
  to the public, whatever is asked; a call to the sons of the people to take part in elections,
  and a call on all parties to a ceasefire, stay REQUEST events;
* the arts and letters (``event_other_senses.yaml`` culture): a calligrapher who criticises the
  calligraphy scene, a call to honour a poet, a call to purge heritage books tell a culture
  sense; a novelist who criticises the regime stays an ACCUSE;
* one's own family (``event_other_senses.yaml`` kin): meeting one's family, a family receiving
  a martyr's body is a private gathering; the king receiving a martyr's father stays a CONSULT.

Our own sentences, through the real chain. Each guarded sentence was coded without the change
(checked when the tests were written)."""

from __future__ import annotations

from gold.events.oracle import triggers


def test_a_call_to_everyone_to_stand_as_one_is_no_request() -> None:
    assert not triggers("وأكد الوزير أن الفئة الضالة تحارب الإسلام وأهله، داعياً الجميع إلى "
                        "الوقوف صفاً واحداً مع القيادة ضد المعتدين.", "REQUEST")


def test_a_call_by_a_named_doer_to_everyone_is_no_request() -> None:
    assert not triggers("ودعا الرئيس الجميع إلى التهدئة.", "REQUEST")


def test_a_call_to_the_users_of_twitter_is_no_request() -> None:
    assert not triggers("وطالب الوزير خالد المغردين في تويتر بالدعاء للفقيد.", "REQUEST")


def test_a_call_to_the_sons_of_the_people_to_vote_stays() -> None:
    assert triggers("ودعا رئيس حزب الأمة أبناء الشعب إلى المشاركة في الانتخابات.", "REQUEST")


def test_a_call_on_all_parties_to_a_ceasefire_stays() -> None:
    assert triggers("ودعا الرئيس جميع الأطراف إلى وقف إطلاق النار.", "REQUEST")


def test_a_calligrapher_criticising_the_calligraphy_scene_is_no_accusation() -> None:
    assert not triggers("انتقد الخطاط العراقي منير الحداد واقع الخط العربي في المدارس، وقال "
                        "إنه يعاني من قلة الاهتمام.", "ACCUSE")


def test_a_call_to_honour_a_poet_is_no_request() -> None:
    assert not triggers("وفي ختام الأمسية دعا الدكتور سالم العمري إلى تكريم الشاعر محمد "
                        "الزهراني بدرع النادي.", "REQUEST")


def test_a_call_to_purge_heritage_books_is_no_request() -> None:
    assert not triggers("ودعا الدكتور أحمد سالم إلى تنقية كتب التراث من الأفكار المتشددة.",
                        "REQUEST")


def test_a_novelist_who_criticises_the_regime_stays_an_accusation() -> None:
    assert triggers("انتقد الروائي السوري خالد خليفة النظام بسبب قصف المدن.", "ACCUSE")


def test_meeting_ones_family_at_the_airport_is_no_meeting() -> None:
    assert not triggers("والتقى خالد السالم أسرته في مطار الرياض أمس بعد غياب سنتين.",
                        "CONSULT")


def test_the_fathers_and_familys_reception_of_a_martyrs_body_is_no_meeting() -> None:
    assert not triggers("حطت في مطار أبها مساء أمس الطائرة التي تحمل جثمان الجندي الشهيد، "
                        "وكان في استقبالها والده وأسرته ورئيس مركز القرية سعد القحطاني.",
                        "CONSULT")


def test_the_king_receiving_a_martyrs_father_stays() -> None:
    assert triggers("واستقبل الملك سلمان والد الشهيد في قصر السلام بجدة أمس.", "CONSULT")
