"""Where a KB mention starts and what it may stand for: a mention starts after its proclitics
(«بحمص» → «حمص»), so «للجامعة العربية» starts at the article's lam; «عمان» is Amman or Oman
by the article's countries; «الأمير» alone names no office; a family name or an
organisation's short form links only after the full name in the same article."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.arabic.tokenise import tokenise
from marsad.kb.match import KBMatch, find_matches


def matches(text: str, on: date | None = date(2024, 12, 6)) -> list[KBMatch]:
    return find_matches(tokenise(text), text, on)


def by_text(text: str, on: date | None = date(2024, 12, 6)) -> dict[str, KBMatch]:
    return {m.text: m for m in matches(text, on)}


@pytest.mark.parametrize("sentence, mention, kb", [
    ("قال الأمين العام للجامعة العربية إن القمة ستعقد.", "لجامعة العربية", "actor:arab-league"),
    ("وجهت الحكومة رسالة للأمم المتحدة أمس.", "لأمم المتحدة", "actor:un"),
    ("نقلت الوكالة عن مصدر للجيش السوري أن الطريق مفتوح.", "لجيش السوري", "actor:syrian-army"),
    ("قدمت الدول دعماً للعراق.", "لعراق", "country:IQ"),
    ("قصفت الطائرات أحياء بحمص.", "حمص", "geonames:169577"),
    ("عاد الوفد وبغداد تستعد للقمة.", "بغداد", "geonames:98182"),
    ("وصلت المساعدات والجيش السوري ينسحب.", "الجيش السوري", "actor:syrian-army"),
])
def test_a_mention_starts_right_after_its_proclitics(sentence: str, mention: str,
                                                     kb: str) -> None:
    match = by_text(sentence)[mention]
    assert match.link.kb == kb
    assert sentence[match.start:match.end] == match.text


@pytest.mark.parametrize("sentence", [
    "تعاني بلاد كثيرة من الجفاف.",        # not «ب» + the town «لاد»
    "صوت المجلس لصالح القرار بالإجماع.",  # «لصالح» is "in favour of"
])
def test_a_common_word_is_not_split_down_to_a_bare_name(sentence: str) -> None:
    assert not matches(sentence)


@pytest.mark.parametrize("sentence, mention, kb", [
    ("عاد الملك عبدالله الثاني إلى عمّان بعد جولة خليجية.", "عمّان", "geonames:250441"),
    ("استضافت عمان اجتماعاً حول اللاجئين في الأردن.", "عمان", "geonames:250441"),
    ("قال مسؤول أردني إن عمان ترحب بالمبادرة.", "عمان", "geonames:250441"),
    ("وقعت سلطنة عمان اتفاقية للتجارة الحرة.", "سلطنة عمان", "country:OM"),
    ("قال المسؤول العماني إن عمان تدعم الحوار.", "عمان", "country:OM"),
    ("وصل الوفد إلى عمان صباح اليوم.", "عمان", "country:OM"),  # bare: Oman, the more frequent
])
def test_amman_or_oman_follows_the_articles_countries(sentence: str, mention: str,
                                                      kb: str) -> None:
    assert by_text(sentence)[mention].link.kb == kb


@pytest.mark.parametrize("sentence", [
    "وصل الأمير السعودي إلى الرياض في زيارة خاصة.",
    "قال الأمير القطري إن السباق انتهى.",
    "افتتح الأمير الأردني معرضاً للكتاب.",
])
def test_the_title_prince_alone_names_no_head_of_state(sentence: str) -> None:
    assert all(m.via != "office" and m.type != "PER" for m in matches(sentence))


def test_a_prince_named_after_his_title_is_that_person() -> None:
    found = by_text("استقبل الأمير محمد بن سلمان الوفد في جدة.", date(2020, 1, 1))
    assert found["الأمير محمد بن سلمان"].link.kb == "actor:mohammed-bin-salman"


@pytest.mark.parametrize("sentence", [
    "قال صالح إن العمل الصالح يبقى.",
    "أكد الأسد أن الغابة محمية.",
])
def test_a_family_name_alone_links_nothing(sentence: str) -> None:
    assert all(m.type != "PER" for m in matches(sentence))


def test_a_family_name_after_the_full_name_is_that_person() -> None:
    found = by_text("التقى علي عبدالله صالح قادة الحزب. وقال صالح إن الحوار مستمر.")
    assert found["صالح"].link.kb == found["علي عبدالله صالح"].link.kb == "actor:ali-abdullah-saleh"
    assert found["صالح"].via == "short"


def test_an_organisations_short_form_is_an_organisation_after_its_full_name() -> None:
    assert "الهيئة" not in by_text("قالت الهيئة إن الانتخابات ستجري في موعدها.")
    found = by_text("سيطرت هيئة تحرير الشام على المعبر. وقالت الهيئة إن المعبر مفتوح.")
    short = found["الهيئة"]
    assert (short.link.kb, short.type, short.via) == ("actor:hts", "ORG", "short")
