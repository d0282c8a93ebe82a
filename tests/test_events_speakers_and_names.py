"""Upstream readings the events stage leans on: who speaks, what they say, whose name it is.

* a name with a definite title in apposition and a quoted outlet before «أن» («وأكد اللواء
  فلان، المتحدث الإعلامي للشرطة، لـ«الحياة»، أن «…»»): the content is the quote, not
  the apposition, so an act told in it is ``reported`` (``attribution/reading.py``);
* a title, its town and the town's region, then the person («أدان محافظ محايل عسير فلان»،
  «رئيس بلدية جبلة اللاذقية فلان»):
  the speaker is the person, not the town (``attribution/phrase.py``);
* a compound first name joined by a hyphen («فرانك-فالتر شتاينماير»، «فرانك - فالتر
  شتاينماير») is one person's name (``ner/spans.py``), and the speaker's phrase runs over it;
* a town spelled like a particle («في مدينة فان») opens no statement content
  (``attribution/place_words.py``).

Our own sentences, through the real chain."""

from __future__ import annotations

from gold.events.oracle import analyzed, names, of_type

PUBLISHED = "2015-08-09"


def test_a_definite_title_in_apposition_leaves_the_quote_as_the_content() -> None:
    text = ("وأكد العقيد ناصر الدوسري، المتحدث الإعلامي لشرطة المنطقة الشرقية، لـ«الحياة»، أن "
            "«الشرطة اعتقلت المتهم قبل عامين ثم أطلقت سراحه بكفالة مالية».")
    article = analyzed(text, published=PUBLISHED)
    [statement] = article.statements
    assert article.text[slice(*statement.content)] == \
        "الشرطة اعتقلت المتهم قبل عامين ثم أطلقت سراحه بكفالة مالية"
    assert [(e.factuality, e.by) for e in of_type(article.events, "COERCE")] == \
        [("reported", statement.id)]


def test_a_title_with_town_and_region_speaks_as_the_person_named_after_it() -> None:
    text = "من جانبه أدان رئيس بلدية جبلة اللاذقية محمد الأحمد الهجوم على المسجد."
    article = analyzed(text, published=PUBLISHED)
    [condemn] = [s for s in article.statements if s.act == "CONDEMN"]
    assert condemn.speaker.text == "رئيس بلدية جبلة اللاذقية محمد الأحمد"
    [accuse] = of_type(article.events, "ACCUSE")
    assert names(article, accuse.actors) == ["محمد الأحمد"]
    assert names(article, accuse.targets) == []


def test_a_hyphenated_first_name_is_one_person() -> None:
    for name in ("فرانك-فالتر شتاينماير", "فرانك - فالتر شتاينماير"):
        text = f"وحذر وزير الخارجية الألماني {name} من تصعيد العنف في جنوب تركيا."
        article = analyzed(text, published=PUBLISHED)
        assert [e.text for e in article.entities if e.type == "PER"] == [name]
        [warn] = article.statements
        assert warn.speaker.text == f"وزير الخارجية الألماني {name}"


def test_a_dash_before_one_word_still_ends_the_name() -> None:
    text = "قال المتحدث محمد علي - رويترز إن الوفد وصل إلى العاصمة."
    article = analyzed(text, published=PUBLISHED)
    assert "محمد علي" in [e.text for e in article.entities if e.type == "PER"]
    assert not any("-" in e.text for e in article.entities)


def test_a_town_spelled_like_a_particle_opens_no_content() -> None:
    text = ("وقال صلاح الدين دمرطاش «ندعو الجانبين إلى وقف القتال». وأضاف أمام أنصاره في "
            "مدينة فان بعد يومين من مقتل أربعة جنود في اشتباكات بولاية هكاري أن على الحكومة "
            "أن تعود إلى طاولة المفاوضات.")
    article = analyzed(text, published=PUBLISHED)
    contents = [article.text[slice(*s.content)] for s in article.statements]
    assert contents == ["ندعو الجانبين إلى وقف القتال", "على الحكومة أن تعود إلى طاولة المفاوضات"]
    assert [e.factuality for e in of_type(article.events, "ASSAULT")] == ["asserted"]
