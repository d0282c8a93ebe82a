"""Round 31: a person named after an office or a rank is a person, whole — the office's body,
place or nation between («المتحدث باسم الهيئة فلان الفلاني»، «المدرب الهولندي …»), a
rank and its second word before («الملازم أول فلان الفلاني»), a compound first name
written as one word («عبدالله») or as two («عبد الله»), «آل» and the family after it, a
family name the KB knows a person by. What is no name stays out: a condolence after an
adjective spelt like a first name, «فإن» before a known name, an institution named after a
royal, a person the KB knows whole."""

from __future__ import annotations

import pytest

import marsad


def people(text: str) -> list[str]:
    return [e.text for e in marsad.analyze(text, published="2015-08-09").entities
            if e.type == "PER"]


@pytest.mark.parametrize("sentence, name", [
    ("واستنكر أمين منطقة الجوف سعد الفرحان الحادث.", "سعد الفرحان"),
    ("واستنكر مدير عام دائرة الآثار العراقية جمال الساعدي سرقة المخطوطات.", "جمال الساعدي"),
    ("وأدان رئيس الهيئة الوطنية للإغاثة نادر المولد القصف.", "نادر المولد"),
    ("وأكد نائب رئيس مجلس النواب مبارك الهاجري أن البلاد تقف مع جيرانها.", "مبارك الهاجري"),
])
def test_the_person_after_an_office_is_named(sentence: str, name: str) -> None:
    assert name in people(sentence)


@pytest.mark.parametrize("sentence, names", [
    ("ونعت الوزارة الملازم أول بندر الجمعان والرقيب ماجد فهد السبيعي.",
     ["بندر الجمعان", "ماجد فهد السبيعي"]),
    ("وشيعت البلدة العريف أول راشد الكتبي ظهر اليوم.", ["راشد الكتبي"]),
])
def test_a_rank_opens_a_name(sentence: str, names: list[str]) -> None:
    assert people(sentence) == names


@pytest.mark.parametrize("sentence, name", [
    ("وأوضح المهندس سعد بن مبارك الزهراني أن اللجنة بدأت عملها.", "سعد بن مبارك الزهراني"),
    ("وقال السفير سعيد أحمد آل عواض إن السفارة تتابع القضية.", "سعيد أحمد آل عواض"),
    ("وكرم المدير الدكتور عبدالرحمن بن صالح الرشيدان الفائزين.", "عبدالرحمن بن صالح الرشيدان"),
])
def test_a_titled_name_is_whole(sentence: str, name: str) -> None:
    assert name in people(sentence)


@pytest.mark.parametrize("sentence, not_a_name", [
    ("ورفع الأمين العام للمجلس صادق العزاء لأسر الضحايا.", "صادق العزاء"),
    ("وشاركت مديرة جمعية الملك فيصل النسائية في الحفل.", "فيصل النسائية"),
    ("ويضم المجلس مئة عضو فإن أوباما يحتاج إلى أصوات قليلة.", "فإن أوباما"),
    ("وكان الرئيس محمد مرسي المنتمي للجماعة قد عزل.", "محمد مرسي المنتمي"),
])
def test_no_name_is_read_past_an_office(sentence: str, not_a_name: str) -> None:
    assert not_a_name not in people(sentence)
