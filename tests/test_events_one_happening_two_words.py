"""Events, round 30 (T2): one happening told by two words of one type in one sentence is one
event. The merge (``merge.merge_in_sentences``) now joins

* two support words of one statement (``same_telling`` of ``event_grammar.yaml``): a welcome
  and a praise, unless the later one names a party of its own as its target;
* a dispersal and the arrests made in it (``same_telling`` too);
* an attack noun and the verb of aiming that describes it without «الذي/التي»
  (``described_attacks.described_pairs``): the verb's doer is the noun, so a name after it
  is what it hit;
* a ground act and the fire told right after a bare «بعد» (``two_acts.preludes``, words in
  ``two_acts.yaml``).

Our own sentences, through the real chain."""

from __future__ import annotations

from gold.events.oracle import analyzed, names, of_type, triggers


# ---- one statement of support -----------------------------------------------------------------

def test_a_welcome_and_a_praise_of_one_statement_are_one_support() -> None:
    text = "ورحبت وزارة الخارجية المغربية بالهدنة، وأشادت بجهود الوسطاء في التوصل إليها."
    assert len(triggers(text, "SUPPORT")) == 1


def test_a_welcome_and_a_backing_are_one_support() -> None:
    text = "ورحب الاتحاد الأفريقي بنتائج الجولة الثانية، وأعرب عن دعمه الكامل لمسار الحوار."
    assert len(triggers(text, "SUPPORT")) == 1


def test_thanks_to_a_named_party_stay_a_second_support() -> None:
    text = "ورحبت الفلبين بالقرار وشكرت سلطنة عمان على جهودها في الإفراج عن البحارة."
    assert len(triggers(text, "SUPPORT")) == 2


# ---- an attack noun and the verb that describes it --------------------------------------------

def test_strikes_and_the_verb_that_says_what_they_hit_are_one_attack() -> None:
    text = ("تعرضت مدن درعا وحمص وحماة صباح الأحد لضربات جوية روسية وسورية استهدفت "
            "مستودعات ذخيرة.")
    assert triggers(text, "ASSAULT") == ["لضربات جوية"]


def test_a_name_after_the_describing_verb_is_its_target() -> None:
    text = "وقال المتحدث إن الغارة جاءت ردا على هجمات استهدفت القوات الأمريكية في شرق الفرات."
    article = analyzed(text)
    events = [e for e in of_type(article.events, "ASSAULT")
              if text[slice(*e.trigger)] == "هجمات"]
    assert len(events) == 1
    assert "القوات الأمريكية" in names(article, events[0].targets)
    assert "القوات الأمريكية" not in names(article, events[0].actors)
    assert "استهدفت" not in triggers(text, "ASSAULT")


# ---- the fire before a ground act -------------------------------------------------------------

STORM = "اقتحمت قوات الجيش فجر اليوم بلدة السلام في ريف حلب{} بعد قصف مدفعي عنيف استمر يومين."


def test_the_shelling_that_opened_a_storming_is_the_same_operation() -> None:
    assert triggers(STORM.format(""), "ASSAULT") == ["اقتحمت"]


def test_a_comma_before_baad_keeps_what_came_before_apart() -> None:
    assert len(triggers(STORM.format("،"), "ASSAULT")) == 2


def test_the_other_side_of_the_battle_is_not_the_stormer() -> None:
    text = ("وأعلنت القيادة أن وحدات الجيش اقتحمت حي الصناعة شرقي المدينة بعد معارك عنيفة "
            "مع عناصر تنظيم داعش.")
    article = analyzed(text)
    events = of_type(article.events, "ASSAULT")
    assert len(events) == 1
    assert not any("داعش" in name for name in names(article, events[0].actors))

