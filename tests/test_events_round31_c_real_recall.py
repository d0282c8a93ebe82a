"""Events, round 31 (C): misses of the real dev folders that recur as a desk formula. A
congratulation cable sent «on the occasion of» a national day's anniversary is sent that day —
the anniversary is its occasion, not a frame that makes it a figure of speech
(``frame_occasions`` in event_grammar.yaml) — and its sender may be named at length between
«بعث» and the cable (``long_phrase_gaps``); a call told by its bare noun and the one who made it
(«خلال اتصال أجراه …»). Each beside its look-alike. Our own sentences, through the real chain."""

from __future__ import annotations

from gold.events.oracle import analyzed, of_type, types


def _triggers(text: str, type_: str) -> list[str]:
    article = analyzed(text)
    return [article.text[slice(*e.trigger)] for e in of_type(article.events, type_) if e.trigger]


def test_a_cable_on_a_national_day_is_a_congratulation() -> None:
    text = ("وبعث ملك الأردن عبدالله الثاني أمس برقية تهنئة إلى رئيس سنغافورة بمناسبة ذكرى "
            "استقلال بلاده.")
    assert _triggers(text, "SUPPORT") == ["وبعث"], types(analyzed(text).events)


def test_a_cable_past_the_senders_long_titles() -> None:
    text = ("بعث رئيس دولة الإمارات العربية المتحدة الشيخ خليفة بن زايد آل نهيان اليوم برقية "
            "تهنئة لرئيس سنغافورة بمناسبة ذكرى استقلال بلاده.")
    assert _triggers(text, "SUPPORT") == ["بعث"], types(analyzed(text).events)


def test_an_anniversary_told_for_itself_still_frames_its_sentence() -> None:
    # the anniversary is the sentence's subject, not the occasion of the cable: no event
    text = "وأحيا الفلسطينيون أمس الذكرى الأربعين لتوقيع الاتفاق، وبعث الرئيس برقية تهنئة للشعب."
    assert "SUPPORT" not in types(analyzed(text).events)
    # and an occasion word lets no other trigger through
    text = "وقصف الجيش مواقع المسلحين بمناسبة ذكرى تأسيسه."
    assert "ASSAULT" not in types(analyzed(text).events)


def test_a_call_told_by_its_noun_and_its_maker() -> None:
    text = "وتناول الحديث الأوضاع في المنطقة، وتم ذلك خلال اتصال أجراه الملك سلمان بالرئيس المصري."
    article = analyzed(text)
    calls = of_type(article.events, "CONSULT")
    assert [article.text[slice(*e.trigger)] for e in calls if e.trigger] == ["اتصال أجراه"]
    # who made it is the subject of «أجراه» (a light verb that is the phrase's last word)
    assert any(m.text == "الملك سلمان" for m in article.entities if m.id in calls[0].actors)


def test_a_bare_contact_is_no_call() -> None:
    text = "وقالت الوزارة إن الاتصال مع الطاقم انقطع منذ يومين."
    assert "CONSULT" not in types(analyzed(text).events)


def _places(text: str, type_: str) -> list[str | None]:
    article = analyzed(text)
    names = {m.id: m.text for m in article.entities}
    return [names.get(e.place) if e.place else None for e in of_type(article.events, type_)]


def test_a_bombing_takes_the_place_its_relative_clause_states() -> None:
    # «الذي وقع في …»: the clause says where the bombing happened
    text = "وأصيب ثلاثة جنود في التفجير الإرهابي الذي وقع أمس في مدينة أبها."
    assert _places(text, "ASSAULT") == ["أبها"], types(analyzed(text).events)


def test_protests_take_the_place_their_relative_clause_states() -> None:
    text = "وجاءت القرارات بعد التظاهرات الكبيرة التي خرجت الأسبوع الماضي في مدينة البصرة."
    assert _places(text, "PROTEST") == ["البصرة"], types(analyzed(text).events)


def test_a_relative_clause_of_doing_gives_no_place_this_way() -> None:
    # «الذي يخطط له»: a plan, not a clause of taking place — no place, so no happening
    text = "وقال المحلل إن الهجوم الذي يخطط له التنظيم في مدينة أبها لن ينجح."
    assert "ASSAULT" not in types(analyzed(text).events)


def test_the_one_called_is_no_maker_of_the_call() -> None:
    # «أجراه سموه بوالد …»: the honorific stands for the maker; «بـ» marks who was called
    text = ("استقبل الأمير خالد الفيصل أمس سفير فرنسا. وفي سياق آخر تم ذلك خلال اتصال أجراه سموه "
            "بوالد الشهيد الشيخ فهد العتيبي في محافظة الطائف.")
    article = analyzed(text)
    names = {m.id: m.text for m in article.entities}
    calls = [e for e in of_type(article.events, "CONSULT")
             if e.trigger and article.text[slice(*e.trigger)] == "اتصال أجراه"]
    assert calls, types(article.events)
    assert all("والد" not in names.get(a, "") for a in calls[0].actors)
    assert not any("والد" in t for t in calls[0].actor_text)
