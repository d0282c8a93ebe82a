"""A word right after a place's head word names a place even when neither the KB nor the
tagger knows it («ببلدة …», «بمركز …»: ``marsad.ner.headed_places``, round 27); everyday
words after a head («حي سكني», «من ناحية أخرى», «قضاء عطلتهم», «مركز تسوق») name none; such a
place is its own clause's place and is not carried to the next sentence."""

from __future__ import annotations

import pytest
from gold.events.oracle import event_places

from marsad.api import analyze


def places(text: str) -> dict[str, tuple[str, str]]:
    article = analyze(text, published="2024-05-01")
    return {e.text: (e.type, e.source) for e in article.entities if e.type in ("GPE", "LOC")}


@pytest.mark.parametrize(("text", "name", "typ"), [
    ("قتل شرطيان في اشتباكات مع مسلحين ببلدة زورقان أمس.", "زورقان", "GPE"),
    ("أصيب ثلاثة مدنيين في قصف استهدف منطقة أم دويليب ليلا.", "أم دويليب", "LOC"),
    ("أطلق مجهولون النار على دورية عند عزبة الرملة بمركز طلخان، ولاذوا بالفرار.", "طلخان",
     "GPE"),
    ("اندلعت مواجهات في منطقة \"جرزان\" التابعة للمحافظة.", "جرزان", "LOC"),
    ("سيطرت القوات على مديرية حزم العدين بعد معارك.", "حزم العدين", "GPE"),
])
def test_the_word_after_a_head_is_a_place(text: str, name: str, typ: str) -> None:
    assert places(text).get(name) == (typ, "rule")


@pytest.mark.parametrize(("text", "word"), [
    ("انتقلت الأسرة إلى حي سكني جديد في أطراف المدينة.", "سكني"),
    ("ومن ناحية أخرى، أعلنت الوزارة عن خطة جديدة.", "أخرى"),
    ("سافر المواطنون لقضاء عطلتهم في الخارج.", "عطلتهم"),
    ("افتتح المحافظ مركز تسوق عملاقا في وسط البلد.", "تسوق"),
    ("وكانت الضالع أول محافظة يخسرها المسلحون في الجنوب.", "يخسرها"),
    ("يسكن العمال في منطقة مجاورة للمصنع.", "مجاورة"),
    ("حقق الفريق مركز متقدم في الدوري هذا الموسم.", "متقدم"),
    ("لم يحدد التقرير إن كانت مدينة أم قرية صغيرة.", "قرية"),
    ("فاز رئيس الاتحاد بولاية خامسة على التوالي.", "خامسة"),
    ("اقترح النواب أن تتولى كل محافظة تجنيد شبابها.", "تجنيد"),
    ("وقدم التعازي لأمير منطقة تبوكالأمير سلطان.", "تبوكالأمير"),
    ("شملت الأعمال حي منسوبي التعليم وحي الورود.", "منسوبي"),
    ("تحدث الشاب عن أهل بلده المغتربين في الخليج.", "المغتربين"),
    ("ارتفعت الأسعار في سوق مدينة التمور بالقصيم.", "التمور"),
    ("قضينا الصيف في مدينة ساحلية قرب العاصمة.", "ساحلية"),
])
def test_an_everyday_word_after_a_head_is_no_place(text: str, word: str) -> None:
    assert not any(word in name for name in places(text))


def test_a_place_the_tagger_found_keeps_its_type() -> None:
    found = places("استفاد مئات الأطفال في مخيم الزعتري من حملة التطعيم.")
    assert found.get("الزعتري", ("", ""))[1] != "rule"


def test_the_headed_town_is_the_place_of_the_attack() -> None:
    assert ("ASSAULT", "زورقان") in event_places(
        "قتل ثلاثة أشخاص في اشتباكات بين الشرطة ومسلحين ببلدة زورقان الحدودية.")


def test_the_first_place_of_a_list_is_the_place() -> None:
    found = event_places("وبعد تطهير مدينة الضالع ومنطقة سناح شمالا اقتحم المسلحون البلدة.")
    assert found == [("ASSAULT", "الضالع")]


def test_a_headed_subject_gives_way_to_the_place_stated_before() -> None:
    found = event_places("وفي مدينة حلب، تعرض حي الزبدية، ليلا، لقصف عنيف بالمدفعية.")
    assert ("ASSAULT", "حلب") in found


@pytest.mark.parametrize("text", [
    "وجاءت المواجهات عقب محاولة تنفيذ حملة اختطافات ومداهمات في مديرية أرحب.",
    "وتشهد عدة مدن انتفاضة ضد القوات التي سيطرت عليها في منطقة مريس.",
])
def test_a_headed_town_is_no_evidence_of_a_happening(text: str) -> None:
    assert event_places(text) == []


def test_after_a_neighbourhood_the_next_sentence_goes_on_in_its_city() -> None:
    found = event_places("اقتحمت القوات حي الزبدية شرقي حلب بعد معارك. وشنت القوات هجمات "
                         "على مواقع المسلحين.")
    assert found == [("ASSAULT", "الزبدية"), ("ASSAULT", "حلب")]


def test_the_headed_town_is_not_carried_to_the_next_sentence() -> None:
    found = event_places("قتل ثلاثة أشخاص في اشتباكات بين الشرطة ومسلحين ببلدة زورقان. "
                         "وقتل مسلحون جنديين في هجومين منفصلين في الشمال.")
    assert ("ASSAULT", "زورقان") in found
    assert len([p for t, p in found if t == "ASSAULT" and p == "زورقان"]) == 1


@pytest.mark.parametrize(("text", "name"), [
    ("سقط عامل من سقالة في حي الشاطئ الجنوبي بالمدينة.", "الشاطئ الجنوبي"),
    ("زرعت البلدية أشجارا في منطقة السهل الأخضر شرق البلدة.", "السهل الأخضر"),
    ("نظمت ولاية البنغال الغربي مهرجانا للكتاب.", "البنغال الغربي"),
    ("افتتح مستوصف جديد في حي الربوة الثاني هذا الأسبوع.", "الربوة الثاني"),
    ("سجلت الشرطة سرقة في حي النخيل الثالث ليلا.", "النخيل الثالث"),
    ("ضبطت الدوريات مخالفين في حي إسكان قوى الأمن بالمحافظة.", "إسكان قوى الأمن"),
    ("زار الوفد حي مساكن الضباط قرب القاعدة.", "مساكن الضباط"),
])
def test_a_name_takes_the_words_that_go_on_it(text: str, name: str) -> None:
    found = places(text)
    assert found.get(name, ("", ""))[1] == "rule"
    assert not any(other != name and other in name for other in found)


@pytest.mark.parametrize(("text", "word"), [
    ("إنه شاهد حي وأمين على ما جرى في تلك السنوات.", "وأمين"),
    ("عاد الوزير من ولاية نورد كيرلان المجاورة.", "نورد"),
    ("حضر الحفل سكان مدينة الغابة الشمالي من الجمهور.", "الغابة"),
])
def test_a_name_whose_end_is_unknown_is_no_place(text: str, word: str) -> None:
    assert not any(word in name for name in places(text))
