"""Events: campaigns going on and acts counted over years are no happening (round 29).

- a party's own acts (an act masdar with a possessive pronoun) after a word that tells them
  as kept up or focused («إن الحكومة تواصل مباحثاتها مع المعارضة»، «أن تركيز الطائرات
  قصفها على مواقع في المحافظة») are its campaign (``campaign_leads`` of
  ``event_standing_backdrops.yaml``); a lead after «ب» is the content of a charge and stays,
  and so does a singular act after «بدأت» (the day's offensive);
- a count between «خلال» and a past period («خلال الـ12 عاما الماضية»، «خلال الخمس سنوات
  الأخيرة») makes a tally (``period_counts`` of ``event_tallies.yaml``);
- acts counted by a word of many with no day to them («لكن عشرات الغارات التي تلتها
  استهدفت القرى») are a series (``many`` of ``event_tallies.yaml``); a day named keeps them.

The real chain on our own sentences."""

from __future__ import annotations

from gold.events.oracle import analyzed, of_type


def test_talks_the_state_keeps_up_are_no_event() -> None:
    article = analyzed("وقال نائب الوزير إن الحكومة تواصل مباحثاتها مع زعيم الحركة المسجون.")
    assert of_type(article.events, "CONSULT") == []


def test_a_focus_of_shelling_is_no_event() -> None:
    article = analyzed("وأوضح المتحدث أن تركيز طيران التحالف قصفه على معسكرات في ريف مأرب "
                       "يهدف إلى قطع خطوط الإمداد.")
    assert of_type(article.events, "ASSAULT") == []


def test_attacks_they_began_are_no_event() -> None:
    article = analyzed("ولما انشقوا عن الجيش في الجنوب، وبدأوا اعتداءاتهم على مواقع الشرطة، "
                       "تحركت القوات الحكومية.")
    assert of_type(article.events, "ASSAULT") == []


def test_an_offensive_begun_today_stays() -> None:
    article = analyzed("وبدأت قوات الجيش هجومها على مدينة زنجبار صباح اليوم.")
    assert of_type(article.events, "ASSAULT") != []


def test_a_charge_of_escalating_attacks_stays() -> None:
    article = analyzed("واتهم الجيش المتمردين بمواصلة هجماتهم على مواقعه في جبهة الضباب أمس.")
    assert of_type(article.events, "ASSAULT") != []


def test_clashes_over_twelve_years_are_a_tally() -> None:
    article = analyzed("وخسرت وحدات مكافحة الإرهاب خلال الـ14 عاما الماضية من ملاحقتها للخلايا، "
                       "31 قتيلا في مواجهات مسلحة مع أفراد الجماعة.")
    assert of_type(article.events, "ASSAULT") == []


def test_attacks_documented_over_five_years_are_a_tally() -> None:
    article = analyzed("وأوضح الوزير أنه تم خلال الخمس سنوات الأخيرة رصد 9 آلاف اعتداء من "
                       "المستوطنين على القرى.")
    assert of_type(article.events, "ASSAULT") == []


def test_dozens_of_raids_with_no_day_are_a_series() -> None:
    article = analyzed("إلا أن عشرات الغارات التي أعقبت الهدنة طالت مخابئ المتمردين في الوديان.")
    assert of_type(article.events, "ASSAULT") == []


def test_kidnapping_campaigns_before_are_a_series() -> None:
    article = analyzed("ونفذت العصابات في الماضي العديد من حملات الاختطاف داخل أحياء الموصل.")
    assert of_type(article.events, "ASSAULT") == []


def test_hundreds_of_raids_yesterday_stay() -> None:
    article = analyzed("وأسفرت مئات الغارات أمس الاثنين على بلدات الجنوب عن سقوط عشرات القتلى.")
    assert of_type(article.events, "ASSAULT") != []
