"""Events on unseen text, round 8 (issue 7): the general causes behind blind5's misses — regret
or welcome of a decision takes that decision as told (not as the speaker's claim), a deal whose
parties are named at length before «إلى اتفاق/تفاهم», a phone call's caller after an honorific
(«من فخامة …»، «من أخيه …»), a light verb whose subject has a long name and title, and parties
named by their kind («العسكريون»، «النقابات»). Articles built by hand
(``tests/gold/events/oracle.py``): only the events stage runs."""

from __future__ import annotations

import pytest

from gold.events.oracle import coded, names, of_type


# ---- regret or welcome takes the act as told -------------------------------------------------

@pytest.mark.parametrize("cue, content", [
    ("وأعربت", "أسفها لقرار الرياض قطع علاقاتها الدبلوماسية مع الدوحة"),
    ("وأبدت", "بالغ أسفها لقرار الرياض قطع علاقاتها الدبلوماسية مع الدوحة"),
])
def test_the_decision_a_statement_regrets_is_told_by_the_reporter(cue, content):
    text = f"{cue} الخارجية القطرية عن {content}."
    _, events = coded(text, {"الخارجية القطرية": "ORG", "الرياض": "GPE", "الدوحة": "GPE"},
                      statements=[{"act": "SAY", "cue": cue, "content": content,
                                   "speaker": "الخارجية القطرية"}])
    [sanction] = of_type(events, "SANCTION")
    assert (sanction.factuality, sanction.by) == ("asserted", None)


def test_what_a_minister_says_happened_stays_reported():
    text = "وقال وزير الخارجية إن الرياض قطعت علاقاتها الدبلوماسية مع الدوحة."
    _, events = coded(text, {"الرياض": "GPE", "الدوحة": "GPE"}, statements=[
        {"act": "SAY", "cue": "وقال", "content": "إن الرياض قطعت علاقاتها الدبلوماسية مع الدوحة",
         "speaker": "وزير الخارجية"}])
    [sanction] = of_type(events, "SANCTION")
    assert sanction.factuality == "reported"


# ---- a deal whose parties are named at length ----------------------------------------------

@pytest.mark.parametrize("text, parties", [
    ("توصل المجلس العسكري الانتقالي وقوى الحرية والتغيير فجر اليوم إلى اتفاق على تقاسم السلطة.",
     {"المجلس العسكري الانتقالي": "ORG", "قوى الحرية والتغيير": "ORG"}),
    ("توصل الرئيس التركي رجب طيب أردوغان ونظيره الروسي فلاديمير بوتين مساء أمس في سوتشي إلى "
     "تفاهم من عشرة بنود.", {"رجب طيب أردوغان": "PER", "فلاديمير بوتين": "PER",
                            "سوتشي": "GPE"}),
])
def test_a_deal_reached_by_parties_named_at_length_is_an_agreement(text, parties):
    article, events = coded(text, parties)
    [agree] = of_type(events, "AGREE")
    assert names(article, agree.actors)[0] in parties


def test_an_understanding_of_words_is_no_deal():
    _, events = coded("وأبدى الوزير تفهما لمطالب المحتجين.", {})
    assert of_type(events, "AGREE") == []


# ---- a phone call: caller after an honorific, receiver with a long name ----------------------

@pytest.mark.parametrize("text, caller, receiver", [
    ("تلقى الشيخ خالد بن سلمان آل سعود وزير الدفاع اتصالاً هاتفياً اليوم من فخامة الرئيس "
     "الكيني ويليام روتو.", "ويليام روتو", "الشيخ خالد بن سلمان"),
    ("وتلقى الأمير فيصل بن حمد أمير البلاد المفدى اليوم اتصالاً هاتفياً من أخيه الشيخ "
     "نواف الأحمد أمير دولة الكويت.", "الشيخ نواف الأحمد", "الأمير فيصل بن حمد"),
])
def test_a_phone_call_has_its_caller_and_its_receiver(text, caller, receiver):
    article, events = coded(text, {caller: "PER", receiver: "PER", "الكويت": "GPE"})
    [call] = of_type(events, "CONSULT")
    assert (names(article, call.actors), names(article, call.targets)) == ([caller], [receiver])


# ---- parties named by their kind ---------------------------------------------------------------

@pytest.mark.parametrize("text, type_, actor", [
    ("فرضت المجموعة عقوبات على باماكو بعد أن رفض العسكريون تنظيم الانتخابات في موعدها.",
     "REJECT", "العسكريون"),
    ("غير أن النقابات هددت بإضراب عام في قطاع النقل.", "THREATEN", "النقابات"),
])
def test_a_party_named_by_its_kind_is_the_actor(text, type_, actor):
    _, events = coded(text, {"باماكو": "GPE"}, statements=[
        {"act": "THREATEN", "cue": "هددت", "content": "بإضراب عام في قطاع النقل",
         "speaker": "النقابات"}] if type_ == "THREATEN" else [])
    [event] = of_type(events, type_)
    assert actor in event.actor_text


def test_members_of_parliament_attacking_in_words_are_no_assault():
    _, events = coded("وهاجم نواب المعارضة الحكومة بسبب ارتفاع الأسعار.", {})
    assert of_type(events, "ASSAULT") == []
