"""Events on unseen text, recall round 2 (issue 7, blind7 spent): an unnamed speaker with a place
inside («طالب سكان في حي الهاشمي الشمالي») demands; a speaker's second office before its name
(«نائب رئيس الوزراء وزير الخارجية أيمن الصفدي»); a threat whose mark is «بشن»; an unnamed
actor's head between «أن» and the verb is its subject («أن مسلحي التنظيم انسحبوا»), but not of
a toll («أن رجال الأمن قُتلوا»); an order makes a plan («أمر بسحب»); and new wordings: offensives
named «عملية تحرير»، aid planes «محملة»، rescue teams sent, troops counted singly. Most articles
are built by hand (``tests/gold/events/oracle.py``: only the events stage runs); the first tests
run the real chain, as the bundled example does."""

from __future__ import annotations

import pytest

from gold.events.oracle import analyzed as _analyzed, coded, names, only, types


# ---- speakers the statements layer left as text ----------------------------------------------

@pytest.mark.parametrize("text, actor", [
    ("ورغم النفي، طالب سكان في حي الهاشمي الشمالي بتعويضهم عن الأضرار.", "سكان"),
    ("ورغم النفي، طالب السكان بتعويضهم عن الأضرار.", "السكان"),
    ("وطالب سكان البلدة بفتح تحقيق في الحريق.", "سكان البلدة"),
])
def test_unnamed_residents_who_demand_make_a_request(text, actor):
    article = _analyzed(text)
    request = only(article.events, "REQUEST")
    assert request.actor_text == [actor]


def test_the_place_inside_an_unnamed_speaker_is_where_the_demand_was_made():
    article = _analyzed("ورغم النفي، طالب سكان في حي الهاشمي الشمالي بتعويضهم عن الأضرار.")
    request = only(article.events, "REQUEST")
    assert request.place is not None
    assert "الهاشمي" in article.entity(request.place).text


def test_a_thing_with_a_place_inside_is_no_speaker():
    article = _analyzed("وطالبت الأمطار في مدينة جدة بإجراءات عاجلة.")
    assert "REQUEST" not in types(article.events)


def test_a_speakers_second_office_stands_between_the_first_and_the_name():
    text = "اتهم نائب رئيس الوزراء وزير الخارجية أيمن الصفدي الأمير بالتواصل مع جهات خارجية."
    article, events = coded(text, {"أيمن الصفدي": "PER"}, statements=[
        {"act": "ACCUSE", "cue": "اتهم", "speaker": "نائب رئيس الوزراء",
         "content": "الأمير بالتواصل مع جهات خارجية"}])
    assert names(article, only(events, "ACCUSE").actors) == ["أيمن الصفدي"]


# ---- a threat's mark ------------------------------------------------------------------------

@pytest.mark.parametrize("text, threat", [
    ("وهدد الرئيس رجب طيب أردوغان بشن عملية عسكرية واسعة في الشمال.", True),
    ("وهدد الرئيس رجب طيب أردوغان في بيان أمس.", False),  # no mark: what he threatened is unsaid
])
def test_bishann_marks_a_threat(text, threat):
    article, events = coded(text, {"رجب طيب أردوغان": "PER"}, statements=[
        {"act": "THREATEN", "cue": "وهدد", "speaker": "الرئيس رجب طيب أردوغان",
         "content": text.split("أردوغان ", 1)[1].rstrip(".")}])
    assert ("THREATEN" in types(events)) is threat, [(e.type, e.mode) for e in events]


# ---- the subject between «أن» and the verb --------------------------------------------------

@pytest.mark.parametrize("text, type_, actor", [
    ("وأعلنت خلية الإعلام أن مسلحي التنظيم انسحبوا من محيط الجامع.", "RETREAT",
     "مسلحي التنظيم"),
    ("وأكدت الوزارة أن مسلحي العشائر انسحبوا من البلدة بعد الظهر.", "RETREAT", "مسلحي العشائر"),
])
def test_an_unnamed_actors_head_after_an_is_the_verbs_subject(text, type_, actor):
    cue, rest = text.split(" ", 1)
    speaker, content = rest.split(" أن ", 1)
    _, events = coded(text, statements=[
        {"act": "ANNOUNCE", "cue": cue, "speaker": speaker, "content": content.rstrip(".")}])
    assert only(events, type_).actor_text == [actor]


@pytest.mark.parametrize("text, type_", [
    ("وأكد الشيخ أن مسلحي التنظيم قُتلوا في الغارة.", "ASSAULT"),   # a toll: they were killed
    ("وقالت المنظمة إن مسلحي التنظيم اعتقلوا في المطار.", "COERCE"),  # they were held
])
def test_the_head_before_a_toll_or_an_arrest_is_not_its_doer(text, type_):
    cue, rest = text.split(" ", 1)
    speaker, content = rest.split(" أن " if " أن " in rest else " إن ", 1)
    _, events = coded(text, statements=[
        {"act": "SAY", "cue": cue, "speaker": speaker, "content": content.rstrip(".")}])
    assert only(events, type_).actor_text == []


# ---- how sure ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, factuality", [
    ("وأمر الرئيس بسحب ألف جندي من العراق.", "future"),    # ordered, not yet done
    ("وسحب الجيش ألف جندي من العراق.", "asserted"),
])
def test_an_order_makes_a_plan_of_the_act_ordered(text, factuality):
    _, events = coded(text, {"العراق": "GPE"})
    assert only(events, "RETREAT").factuality == factuality


def test_a_noun_amr_is_no_order():
    _, events = coded("وقال إن هذا أمر جديد والاعتداءات على المسجد متكررة.")
    assert all(e.factuality != "future" for e in events)


# ---- new wordings -------------------------------------------------------------------------

@pytest.mark.parametrize("text, entities, type_, mode", [
    ("وانطلقت عملية تحرير مدينة الرمادي من قبضة المسلحين فجر اليوم.", {"الرمادي": "GPE"},
     "ASSAULT", "seize"),
    ("وتواصل القوات معارك تحرير الأحياء الشرقية من الموصل.", {"الموصل": "GPE"},
     "ASSAULT", "seize"),
    ("وأرسلت الجزائر خمس طائرات محملة بالأدوية إلى ليبيا.", {"الجزائر": "GPE", "ليبيا": "GPE"},
     "AID", "humanitarian"),
    ("وأرسلت تونس فرق إنقاذ إلى المناطق المنكوبة.", {"تونس": "GPE"}, "AID", "humanitarian"),
    ("وسحبت واشنطن ألف جندي من العراق.", {"واشنطن": "GPE", "العراق": "GPE"}, "RETREAT",
     "withdraw"),
    ("وأكد المتحدث أن المقاتلين أخلوا المدينة ليلا.", {}, "RETREAT", "withdraw"),
])
def test_a_wording_of_the_blind7_set_is_an_event(text, entities, type_, mode):
    _, events = coded(text, entities)
    assert only(events, type_).mode == mode


@pytest.mark.parametrize("text, type_", [
    ("وقال رئيس تحرير الصحيفة إن العدد سيصدر غدا.", "ASSAULT"),     # an editor, no offensive
    ("ووصلت الطائرات محملة بالركاب إلى المطار.", "AID"),           # the word needs its aid
    ("وسحب اللاعب ترشحه من الانتخابات.", "RETREAT"),              # a candidacy, not troops
])
def test_a_look_alike_of_the_new_wordings_is_no_event(text, type_):
    _, events = coded(text)
    assert type_ not in types(events), [(e.type, e.mode) for e in events]
