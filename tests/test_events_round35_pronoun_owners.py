"""Events, round 35 (A): the doer a masdar's own pronoun names (``pronoun_owners``).

«ها» names a feminine singular or a non-human plural, «ه» a masculine singular, «هم» a human
plural, «هما» a dual: the masdar's doer is the party before it that agrees, in its clause,
else the speaker of the statement it sits in, else in its sentence; never a nationality
adjective, a party after a preposition, nor one named only in the sentence before when its
own sentence names one. Stance masdars read as verbs with an object pronoun («مؤكدة رفضها»)
are read as masdars after a stating word.

Our own sentences, through the real chain. Each was coded otherwise without the change."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, of_type


def _actors(text: str, kind: str, trigger: str) -> list[list[str]]:
    article = analyzed(text)
    names = {entity.id: entity.text for entity in article.entities}
    return [[names.get(actor, actor) for actor in event.actors]
            for event in of_type(article.events, kind)
            if event.trigger and trigger in article.text[event.trigger[0]:event.trigger[1]]]


def test_a_masculine_pronoun_skips_a_feminine_state() -> None:
    text = "رفض المشير خليفة حفتر الهدنة، فيما هددت تركيا بالرد إذا واصل هجماته على طرابلس."
    assert _actors(text, "ASSAULT", "هجماته") == [["خليفة حفتر"]]


def test_a_stance_read_as_a_verb_is_the_speakers() -> None:
    text = ("وأعلنت كتائب القسام أنها قصفت مدنا إسرائيلية بينها أسدود، مؤكدة رفضها لأي هدنة "
            "لا تنهي الحصار.")
    assert _actors(text, "REJECT", "رفضها") == [["كتائب القسام"]]


@pytest.mark.parametrize("text", [
    "ودان مجلس التعاون الخليجي في بيان التدخلات الإيرانية، مؤكدا تضامنه الكامل مع البحرين.",
    "ودان مجلس التعاون الخليجي بشدة التدخلات الإيرانية، مؤكدا تضامنه التام مع الكويت.",
])
def test_a_nationality_adjective_is_no_owner(text: str) -> None:
    assert _actors(text, "SUPPORT", "تضامنه") == [["مجلس التعاون الخليجي"]]


def test_the_owner_in_its_own_sentence_wins_over_the_one_before() -> None:
    text = ("هدد الرئيس الروسي فلاديمير بوتين بإغلاق الأجواء أمام الطائرات. وفي عمّان، أعلن "
            "رئيس الوزراء بشر الخصاونة بعد لقائه الملك عبدالله الثاني زيادة الدعم للقطاع الصحي.")
    assert _actors(text, "CONSULT", "لقائه") == [["بشر الخصاونة"]]


def test_a_relative_clause_that_ended_is_passed() -> None:
    text = ("رفض المشير خليفة حفتر الوثيقة التي عرضت عليه في موسكو، فيما هددت تركيا بالرد إذا "
            "واصل هجماته على طرابلس.")
    assert _actors(text, "ASSAULT", "هجماته") == [["خليفة حفتر"]]


def test_a_masdar_opening_what_its_speaker_announces_is_done_by_announcing_it() -> None:
    # the speaker's reading names the doer and tells a diplomatic act done by announcing it:
    # the pronoun reading leaves such a masdar alone, so it stays asserted, not reported
    article = analyzed("وأعلنت البرتغال أمس اعترافها بدولة فلسطين، في خطوة رحبت بها السلطة.")
    names = {entity.id: entity.text for entity in article.entities}
    recognitions = [e for e in of_type(article.events, "COOPERATE")
                    if e.trigger and "اعترافها" in article.text[e.trigger[0]:e.trigger[1]]]
    assert [[names.get(a, a) for a in e.actors] for e in recognitions] == [["البرتغال"]]
    assert [e.factuality for e in recognitions] == ["asserted"]
