"""Events, round 24 (real-news recall): the Gulf press's condemnations by titled officials.

* an honorific before the speaker («معالي»، «سمو»، «صاحب السمو الملكي»، «فخامة»;
  ``speaker_honorifics.txt``, ``attribution/honorifics.py``) is courtesy: the speaker phrase
  starts at the title or the name after it, so the statement has a speaker;
* «مساعد» and «وكيل» head a speaker (``attribution_words.tsv``);
* a condemnation by an office named by its title alone («وزير الداخلية»، «مساعد رئيس
  المجلس») is an ACCUSE with the title as its unnamed actor (``event_title_condemners.yaml``,
  ``eventcoding/title_condemners.py``); a call by the same titles is not widened;
* a statement event whose sentence's only dates stand in a relative clause of what was
  said («… الهجوم الذي استهدف … يوم الخميس الماضي») takes the article's date
  (``eventcoding/own_times.py``); a date right after the speaker keeps dating the saying;
* a retreat a side was forced into («وتجبرها على الانسحاب») stands without arguments of its own
  (``event_forced_retreats.yaml``, rule ``forced_retreat`` of ``event_needs.yaml``); civilians
  driven to flee stay uncoded.

Our own sentences, through the real chain."""

from __future__ import annotations

from gold.events.oracle import analyzed, of_type

PUBLISHED = "2024-05-04"  # a Saturday


def _accuse(text: str) -> list[object]:
    return list(of_type(analyzed(text, PUBLISHED).events, "ACCUSE"))


def test_honorific_is_not_the_speaker() -> None:
    article = analyzed("قال معالي وزير النقل إن الطريق الجديد سيفتتح قريبا.", PUBLISHED)
    speakers = [s.speaker.text for s in article.statements if s.speaker is not None]
    assert speakers == ["وزير النقل"]


def test_royal_honorific_speaker_is_the_prince() -> None:
    article = analyzed("استنكر صاحب السمو الملكي الأمير فهد بن سلطان أمير منطقة تبوك "
                       "الاعتداء على المصلين.", PUBLISHED)
    statement = article.statements[0]
    assert statement.speaker is not None
    assert statement.speaker.text.startswith("الأمير فهد بن سلطان")
    events = of_type(article.events, "ACCUSE")
    assert len(events) == 1 and events[0].actors


def test_honorific_before_an_assistant_title_condemns() -> None:
    events = _accuse("استنكر معالي مساعد رئيس هيئة حقوق الإنسان الدكتور سالم بن فهد العنزي "
                     "التفجير الآثم الذي استهدف المصلين في مدينة نجران.")
    assert len(events) == 1  # round 31: the holder named after the office speaks
    assert events[0].actors and not events[0].actor_text


def test_minister_by_title_alone_condemns() -> None:
    events = _accuse("أدان وزير الداخلية الهجوم المسلح على نقطة التفتيش.")
    assert len(events) == 1
    assert events[0].actor_text == ["وزير الداخلية"]


def test_title_call_to_the_public_is_not_widened() -> None:
    article = analyzed("دعا مدير إدارة الدفاع المدني المواطنين إلى الابتعاد عن مجاري "
                       "السيول.", PUBLISHED)
    assert not of_type(article.events, "REQUEST")


def test_deed_date_in_relative_clause_does_not_date_the_condemnation() -> None:
    events = _accuse("استنكر محافظ الخبر سعد بن ناصر الدوسري الحادث الإجرامي الذي استهدف "
                     "رجال الأمن يوم الخميس الماضي.")
    assert len(events) == 1
    assert events[0].time == PUBLISHED


def test_date_after_the_speaker_dates_the_saying() -> None:
    article = analyzed("دعا الرئيس الصومالي أمس حركة الشباب إلى إلقاء السلاح.",
                       PUBLISHED)
    events = of_type(article.events, "REQUEST")
    assert len(events) == 1
    assert events[0].time == "2024-05-03"


def test_forced_withdrawal_is_a_retreat() -> None:
    article = analyzed("حاولت مجموعة من المهربين عبور السياج قبل أن تتصدى لها دورية الحدود "
                       "وتجبرها على الانسحاب.", PUBLISHED)
    events = of_type(article.events, "RETREAT")
    assert len(events) == 1
    assert article.text[slice(*events[0].trigger)] == "الانسحاب"


def test_civilians_driven_to_flee_are_no_retreat() -> None:
    article = analyzed("أجبر القصف آلاف المدنيين على الفرار من القرية.", PUBLISHED)
    assert not of_type(article.events, "RETREAT")
