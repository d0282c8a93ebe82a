"""Events, round 21 (issue 7): places.

* A dateline left in the first line («الخرطوم - مراسلنا: اقتحمت…») names the place of the acts
  of the sentence it opens, as a parsed dateline does; not of the sentences after it.
* A place located by another through a direction word («مدينة الرمادي غربي بغداد»): the act
  happened at the first place, not at the landmark.
* Aid happens where it goes: the place after «إلى» in its clause, else the crossing after «عبر»;
  not a recipient already taken as the target («أرسلت الكويت طائرة مساعدات إلى السودان»).
* A court or a police force acts in the city its name holds («محكمة جنايات المنيا»).
* An act done to a place takes the place named in its object («على طريق بلدة كفركلا»).

Our own sentences, through the real chain."""

from __future__ import annotations

import pytest

from gold.events.oracle import places


# ---- a dateline left in the first line -------------------------------------------------------

@pytest.mark.parametrize("text, type_, place", [
    ("الخرطوم - مراسلنا: اقتحمت قوات الأمن فجر اليوم مقر حزب الأمة.", "ASSAULT", "الخرطوم"),
    ("تونس - الصباح: تظاهر مئات الطلاب أمس أمام مقر الوزارة احتجاجا على رفع الرسوم.",
     "PROTEST", "تونس"),
])
def test_an_inline_dateline_places_the_acts_of_its_sentence(text: str, type_: str,
                                                            place: str) -> None:
    assert places(text, type_) == [place]


def test_an_inline_dateline_does_not_reach_the_next_sentences() -> None:
    text = ("الخرطوم - مراسلنا: اقتحمت قوات الأمن فجر اليوم مقر حزب الأمة واعتقلت عشرة من قادته. "
            "وكانت الشرطة قد اعتقلت الأسبوع الماضي ثلاثة ناشطين آخرين.")
    assert places(text, "COERCE") == ["الخرطوم", None]


# ---- a place located by another --------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("شنت القوات العراقية أمس حملة دهم في أحياء مدينة الرمادي غربي بغداد، اعتقلت خلالها "
     "عشرين مطلوبا.", "الرمادي"),
    ("وفي قرية النبي صالح شمال غرب رام الله، اعتقلت قوات الاحتلال ثلاثة شبان.", "النبي صالح"),
])
def test_the_act_is_at_the_place_a_direction_locates(text: str, place: str) -> None:
    assert places(text, "COERCE")[-1] == place


# ---- aid goes somewhere ----------------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("وأعلن الأردن أنه سيرسل شحنة من الأدوية إلى مستشفيات الموصل.", "الموصل"),
    ("ووصلت إلى مطار بيروت اليوم طائرة مساعدات قطرية تحمل مواد طبية.", "مطار بيروت"),
    ("وأرسل الأردن قافلة مساعدات عبر معبر رفح.", "معبر رفح"),
])
def test_aid_takes_its_destination_or_crossing(text: str, place: str) -> None:
    assert places(text, "AID") == [place]


# ---- a local body's city ---------------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("قضت محكمة جنايات المنيا أمس بالسجن المؤبد على سبعة متهمين.", "المنيا"),
    ("وقال مصدر في شرطة الموصل إن قوات الأمن اعتقلت ثلاثة مطلوبين.", "الموصل"),
])
def test_a_court_or_police_acts_in_its_city(text: str, place: str) -> None:
    assert places(text, "COERCE") == [place]


# ---- the place in the object -----------------------------------------------------------------

def test_the_place_named_in_the_object_is_the_acts() -> None:
    text = "أفاد مصدر أمني بأن مسيرة إسرائيلية استهدفت دراجة نارية على طريق بلدة كفركلا ظهر اليوم."
    assert places(text, "ASSAULT") == ["كفركلا"]


@pytest.mark.parametrize("text, place", [
    # the doer and a day set off by commas stand between the verb and the town it entered
    ("رام الله - وفا: اقتحمت قوات الاحتلال الإسرائيلي، صباح اليوم الاثنين، مدينة نابلس بعدد "
     "من الآليات.", "نابلس"),
    ("غزة - مراسلنا: ذكر شهود أن الطائرات الحربية قصفت، فجر الثلاثاء، بلدة بيت حانون بعدة "
     "صواريخ.", "بيت حانون"),
])
def test_the_object_place_past_the_doer_and_a_day_set_off(text: str, place: str) -> None:
    assert places(text, "ASSAULT") == [place]



def test_aid_to_a_recipient_taken_as_target_gets_no_place() -> None:
    text = "وأرسلت الكويت طائرة مساعدات إلى السودان."  # a state; a town is the place (round 22)
    assert places(text, "AID") == [None]
