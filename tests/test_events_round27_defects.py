"""Round 27: five known defects of the events stage, through the real chain.

* «الأمن» right after a trigger of a deed done to people («اعتقل الأمن …») is the security
  services, the doer, not the abstract object of «تعزيز الأمن» (``abstract_doers`` in
  ``event_grammar.yaml``);
* a place the KB is unsure of right after a country's nisba adjective («وصل الوفد المغربي
  الرياض») is a name (``marsad.ner.rules.place_after_demonym``);
* a one-word trigger that a place's name covers («مدينة ودان»: «و» + «دان» condemned) is no
  trigger (``word_guards.place_name``);
* «بـ» + a weapon («بقذيفة»، «بعبوة») ends an unnamed target (``instrument`` in
  ``event_args_words.tsv``);
* a truce breach told by an accuser is the accusation's reported content, and gives way to the
  attack the same speaker tells after it (``marsad/eventcoding/breaches.py``).

Our own sentences; each fails with its change reverted (checked when the tests were written)."""

from __future__ import annotations

from gold.events.oracle import analyzed, of_type, triggers


def test_security_as_the_subject_of_an_arrest_is_its_doer() -> None:
    article = analyzed("اعتقل الأمن ستة طلاب من جامعة الزقازيق فجر أمس.")
    arrests = of_type(article.events, "COERCE")
    assert len(arrests) == 1 and "الأمن" in arrests[0].actor_text


def test_security_after_a_strengthening_masdar_stays_abstract() -> None:
    assert triggers("شدد الوزير على ضرورة تعزيز الأمن في المحافظات الحدودية.", "MOBILIZE") == []


def test_a_city_right_after_a_nisba_is_a_place() -> None:
    for text in ("وصل الوفد المغربي الرياض مساء أمس.", "وصل وزير الخارجية المغربي الرياض أمس."):
        article = analyzed(text)
        assert "الرياض" in [e.text for e in article.entities if e.type == "GPE"], text


def test_a_town_named_like_a_verb_is_no_condemnation() -> None:
    text = "وشنت طائرات حربية غارات على مواقع مسلحة جنوب مدينة ودان الليبية صباح أمس."
    assert triggers(text, "ACCUSE") == []
    assert triggers(text, "ASSAULT")


def test_a_condemnation_beside_the_town_still_stands() -> None:
    text = "ودان المجلس الرئاسي الليبي الغارة التي استهدفت مدينة ودان أمس."
    assert triggers(text, "ACCUSE") == ["دان"]


def test_the_target_stops_before_the_weapon() -> None:
    article = analyzed("تم استهداف مبنى البلدية بقذيفة هاون في درنة مساء أمس.")
    attack = of_type(article.events, "ASSAULT")[0]
    assert attack.target_text == ["مبنى البلدية"]


def test_a_breach_the_accuser_then_tells_as_shelling_is_one_attack() -> None:
    text = ("واتهم المتحدث باسم الحكومة الميليشيات بخرق الهدنة بعد ساعات من بدئها، مؤكدا أنها "
            "قصفت قرى في ريف المحافظة بالمدفعية.")
    assert triggers(text, "ASSAULT") == ["قصفت"]
    # told alone, the breach stays the accusation's reported attack
    article = analyzed("واتهمت الحكومة الصومالية حركة الشباب بخرق الهدنة في إقليم جوبا.")
    breach = of_type(article.events, "ASSAULT")
    assert len(breach) == 1 and breach[0].factuality == "reported" and breach[0].by


def test_a_breach_after_a_quoted_accused_is_the_accusations_report() -> None:
    article = analyzed("واتهم رئيس المجلس الكردي «الحكومة العراقية ورئيس وزرائها» بـ«خرق» الهدنة "
                       "القائمة منذ سنوات.")
    breach = of_type(article.events, "ASSAULT")
    assert len(breach) == 1 and breach[0].factuality == "reported" and breach[0].by
