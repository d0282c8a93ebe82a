"""Events, round 17 (issue 7): recall mechanisms of the matcher and the argument finder.

* a verbal phrase whose parts stand apart («وقّع … اتفاقية»، «توصل … إلى اتفاق») goes on past an
  aside closed by commas that a time opens, even a long one holding where it happened
  («، مساء أمس في العاصمة القطرية الدوحة،»); an aside that no time opens stays short;
* the speaker's fighters (a unit word with a pronoun after «أن/إن») are the speaker's also
  past «لن/لم/قد» before their verb («أكدت الحركة أن مقاتليها لن ينسحبوا»), and after
  «أن يكون/تكون» of a denial.

And the counter-cases: a long aside no time opens still ends the phrase; a subject that is no
unit of fighters, or fighters with no pronoun, give the speaker nothing. Our own sentences,
through the real chain."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed, of_type


def _actors(text: str, type_: str) -> list[list[str]]:
    article = analyzed(text)
    return [[article.entity(i).text for i in event.actors if article.entity(i)] + event.actor_text
            for event in of_type(article.events, type_)]


@pytest.mark.parametrize("text, actors", [
    ("وقعت مصر والأردن، مساء أمس الأحد في مقر وزارة الخارجية بعمان، اتفاقية للتعاون "
     "الأمني.", ["مصر", "الأردن"]),
    ("توصلت الحكومة والمعارضة المسلحة، مساء أمس في العاصمة القطرية الدوحة، إلى اتفاق لتبادل "
     "الأسرى.", ["الحكومة"]),
])
def test_a_phrase_goes_on_past_a_long_aside_a_time_opens(text: str, actors: list[str]) -> None:
    assert _actors(text, "AGREE") == [actors]


@pytest.mark.parametrize("text", [
    "وقعت مصر والأردن، وهما دولتان جارتان لإسرائيل منذ عقود طويلة، اتفاقية للتعاون الأمني.",
    "توصلت الحكومة والمعارضة المسلحة، رغم الخلافات العميقة بين الطرفين منذ سنوات، إلى اتفاق "
    "لتبادل الأسرى.",
])
def test_a_long_aside_no_time_opens_ends_the_phrase(text: str) -> None:
    assert _actors(text, "AGREE") == []


@pytest.mark.parametrize("text, type_, speaker", [
    ("وأكدت الحركة أن مقاتليها لن ينسحبوا من البلدة قبل انسحاب الجيش.", "RETREAT", "الحركة"),
    ("وقالت الجبهة إن عناصرها لم ينسحبوا من التلال المحيطة بالمدينة.", "RETREAT", "الجبهة"),
])
def test_the_speakers_fighters_past_a_negation_are_the_speakers(text: str, type_: str,
                                                                 speaker: str) -> None:
    assert [speaker] in _actors(text, type_)


@pytest.mark.parametrize("text", [
    "وقال المتحدث إن الحكومة لن تنسحب من المفاوضات.",  # no unit of fighters: its own subject
    "وقال المتحدث إن مقاتلين لن ينسحبوا من البلدة.",  # no pronoun: not the speaker's
])
def test_no_unit_with_a_pronoun_gives_the_speaker_nothing(text: str) -> None:
    assert ["المتحدث"] not in _actors(text, "RETREAT") + _actors(text, "REJECT")
