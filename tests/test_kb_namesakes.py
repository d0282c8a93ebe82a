"""A person's name that names something or someone else is not the person: an institution
named after a ruler («مركز الملك سلمان للإغاثة», «إستاد محمد بن زايد», «بطريق الأمير نايف»)
and a father's name inside a longer name («الأمير سعود بن نايف بن عبدالعزيز») are not linked
to the ruler; the ruler named as himself still is. Gulf aid bodies are actors of their own."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.arabic.tokenise import tokenise
from marsad.kb.match import find_matches

ON = date(2015, 8, 9)


def links(text: str) -> dict[str, str]:
    return {m.text: m.link.kb for m in find_matches(tokenise(text), text, ON)}


@pytest.mark.parametrize("sentence, person", [
    ("وصل فريق من مركز الملك سلمان إلى عدن لتوزيع السلال الغذائية.", "actor:king-salman"),
    ("احتضن إستاد محمد بن زايد بأبوظبي المباراة النهائية.", "actor:mohamed-bin-zayed"),
    ("بدأ العمل في جسر بطريق الأمير نايف بن عبد العزيز شمال المدينة.",
     "actor:nayef-bin-abdulaziz"),
    ("رعى الأمير سعود بن نايف بن عبدالعزيز أمير المنطقة الشرقية الحفل.",
     "actor:nayef-bin-abdulaziz"),
    ("زار الأمير متعب بن عبدالله بن عبدالعزيز وزير الحرس الوطني المعرض.",
     "actor:king-abdullah-saudi"),
    ("شارك متدربو مبادرة مؤسسة محمد بن سلمان في الملتقى.", "actor:mohammed-bin-salman"),
])
def test_a_namesake_or_a_fathers_name_is_not_the_person(sentence: str, person: str) -> None:
    assert person not in links(sentence).values()


@pytest.mark.parametrize("sentence, mention, person", [
    ("استقبل الملك سلمان بن عبدالعزيز في الرياض أمس رئيس الوزراء.", "الملك سلمان بن عبدالعزيز",
     "actor:king-salman"),
    ("قال الأمير محمد بن سلمان إن المملكة ماضية في خططها.", "الأمير محمد بن سلمان",
     "actor:mohammed-bin-salman"),
    ("التقى الشيخ محمد بن زايد الرئيس الفرنسي في باريس.", "الشيخ محمد بن زايد",
     "actor:mohamed-bin-zayed"),
    ("وقّع الاتفاقية نيابة عن الملك سلمان وزير الخارجية.", "الملك سلمان", "actor:king-salman"),
])
def test_the_ruler_named_as_himself_is_still_linked(sentence: str, mention: str,
                                                   person: str) -> None:
    assert links(sentence).get(mention) == person


@pytest.mark.parametrize("sentence, mention, actor", [
    ("سلم مركز الملك سلمان للإغاثة والأعمال الإنسانية مساعدات طبية إلى مستشفى في تعز.",
     "مركز الملك سلمان للإغاثة والأعمال الإنسانية", "actor:ksrelief"),
    ("باشرت فرق هيئة الهلال الأحمر السعودي الحادث على طريق تبوك.",
     "هيئة الهلال الأحمر السعودي", "actor:saudi-red-crescent"),
    ("أطلقت جمعية الهلال الأحمر الكويتي حملة لإغاثة المنكوبين.",
     "جمعية الهلال الأحمر الكويتي", "actor:kuwait-red-crescent"),
    ("موّل الصندوق السعودي للتنمية مشروع الطريق.", "الصندوق السعودي للتنمية",
     "actor:saudi-fund-for-development"),
    ("افتتحت مؤسسة محمد بن سلمان بن عبدالعزيز الخيرية مقرها الجديد.",
     "مؤسسة محمد بن سلمان بن عبدالعزيز الخيرية", "actor:misk-foundation"),
])
def test_gulf_aid_bodies_and_foundations_are_actors(sentence: str, mention: str,
                                                   actor: str) -> None:
    assert links(sentence).get(mention) == actor


def test_the_verb_reported_is_not_the_turkish_disaster_agency() -> None:
    found = links("أفاد مصدر أمني بأن الطريق أغلق، كما أفادت الوكالة بذلك.")
    assert "actor:afad" not in found.values()


@pytest.mark.parametrize("sentence, mention, actor", [
    ("أعلنت الخطوط السعودية تشغيل رحلات إضافية إلى القاهرة.", "الخطوط السعودية",
     "actor:saudia"),
    ("وقعت الاتصالات السعودية عقدا مع الوزارة.", "الاتصالات السعودية", "actor:stc"),
])
def test_a_company_named_with_a_nisba_is_the_company_not_the_country(
        sentence: str, mention: str, actor: str) -> None:
    found = links(sentence)
    assert found.get(mention) == actor and "country:SA" not in found.values()
