"""Events, round 28: whom a call is addressed to when no entity names it. An unnamed addressee
opening a call's content after a known speaker is its target, kept as text: «داعياً المجتمع
الدولي إلى…»، «مطالبة المنظمات الدولية بـ…»، «وحث … الأطراف على…» (``addressee`` and
``addressee_all`` rows of ``event_args_words.tsv``); and a «بـ» the conservative clitic split
leaves on its word («بضرورة»، «بضمان») still opens the call's complement, so the words before
it are the addressee. These run the real chain, as the bundled example does."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed as _analyzed, names, only


# ---- an unnamed addressee after a known speaker ----------------------------------------------

@pytest.mark.parametrize("text, addressee", [
    ("أشاد رئيس الحكومة بالمبادرة، داعياً المجتمع الدولي إلى دعم جهود الإعمار.",
     "المجتمع الدولي"),
    ("وأدان المتحدث القصف، مطالباً المجتمع الدولي بالتحرك العاجل لحماية المدنيين.",
     "المجتمع الدولي"),
    ("وحذرت الهيئة من انتشار الأوبئة في المخيمات، داعية المانحين إلى تمويل خطة الإغاثة.",
     "المانحين"),
    ("وحث وزير الخارجية المصري سامح شكري الأطراف على العودة إلى طاولة الحوار.", "الأطراف"),
    ("وطالبت النقابة الجهات المعنية بالتدخل لوقف ارتفاع الأسعار.", "الجهات المعنية"),
    ("ورحب الأمين العام بالهدنة، داعيا جميع الأطراف إلى احترامها.", "جميع الأطراف"),
])
def test_an_unnamed_addressee_of_a_call_is_its_target(text, addressee):
    article = _analyzed(text)
    request = only(article.events, "REQUEST")
    assert request.target_text == [addressee]
    assert not request.targets


# ---- a «بـ» left on its word opens the complement -------------------------------------------

@pytest.mark.parametrize("text, addressee", [
    ("وانتقد الشيخ سياسات الجار، داعياً المجتمع الإسلامي بضرورة التنبه لخطرها.",
     "المجتمع الإسلامي"),
    ("وطالب الوزير جميع الأطراف بضمان وصول المساعدات إلى المحاصرين.", "جميع الأطراف"),
])
def test_a_whole_bi_word_closes_an_unnamed_addressee(text, addressee):
    article = _analyzed(text)
    request = only(article.events, "REQUEST")
    assert request.target_text == [addressee]



# ---- whose role or efforts praise is aimed at -----------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("وأشاد الوزير بالدعم الذي تقدمه السعودية لبلاده في مواجهة الأزمة.", "السعودية"),
    ("وأشاد السفير بالجهود التي تبذلها دولة قطر لدعم الحوار بين الأطراف.", "قطر"),
    ("وأشاد الرئيس بالدور الذي تضطلع به مصر في تهدئة المنطقة.", "مصر"),
    ("وأشاد وزير الخارجية بالمساعي التي بذلتها سلطنة عمان لإطلاق سراح المحتجزين.", "سلطنة عمان"),
])
def test_the_owner_of_praised_efforts_is_the_target(text, target):
    article = _analyzed(text)
    support = only(article.events, "SUPPORT")
    assert names(article, support.targets) == [target]


def test_a_refused_demand_of_a_titled_state_names_the_state():
    article = _analyzed("ورفضت الحكومة مطالب دولة قطر بشأن الحدود.")
    reject = only(article.events, "REJECT")
    assert names(article, reject.targets) == ["قطر"]


# ---- a participle-shaped noun after a definite speaker opens the addressee --------------------

@pytest.mark.parametrize("text, speaker, addressee", [
    ("ودعا الوزير المجتمع الدولي إلى التدخل لوقف القصف على المدنيين.",
     "الوزير", "المجتمع الدولي"),
    ("وطالب الرئيس المجتمع الدولي بالضغط لوقف الحصار.", "الرئيس", "المجتمع الدولي"),
    ("ودعا الأمين العام المجلس إلى التحرك العاجل لوقف الحرب.", "الأمين العام", "المجلس"),
])
def test_a_speaker_stops_before_its_addressee(text, speaker, addressee):
    """«المجتمع»، «المجلس» have a participle's shape but never describe the word before them
    (``not_adjective`` rows of ``attribution_words.tsv``): the speaker ends before them."""
    request = only(_analyzed(text).events, "REQUEST")
    assert request.actor_text == [speaker]
    assert request.target_text == [addressee]
