"""Calls, threats, sanctions and talks that local news, columns and surveys tell without a
happening (``marsad/eventcoding/column_senses.py``): a vox pop's demands, a standing warning to
whoever breaks the rules, sanctions as a backdrop, talks as a means or a file — each beside its
true counterpart that must stay an event. Sentences written for these tests; the whole chain
runs (``tests/gold/events/oracle.analyzed``)."""

from __future__ import annotations

from gold.events.oracle import analyzed, of_type


def _count(text: str, type_: str) -> int:
    return len(of_type(analyzed(text).events, type_))


# ---- a vox pop: the people a survey quotes give opinions, not REQUEST events ----------------

VOX_POP = ("اعتبر عدد من المواطنين في محافظة القطيف أن افتتاح الحديقة الجديدة خطوة جيدة. "
           "وطالب المهندس سالم العمري بزيادة عدد المسطحات الخضراء في الأحياء، "
           "داعيا إلى توفير مواقف كافية للسيارات.")
NEWS_CALL = ("افتتحت أمانة المنطقة الشرقية الحديقة الجديدة في القطيف أمس. "
             "وطالب المهندس سالم العمري بزيادة عدد المسطحات الخضراء في الأحياء، "
             "داعيا إلى توفير مواقف كافية للسيارات.")


def test_a_vox_pop_s_demands_are_no_request() -> None:
    assert _count(VOX_POP, "REQUEST") == 0
    assert _count(NEWS_CALL, "REQUEST") >= 1


# ---- a standing warning to whoever breaks the rules -----------------------------------------

def test_a_warning_to_any_violator_is_no_threat() -> None:
    assert _count("وشدد المتحدث باسم أمانة جدة على أن الأمانة لن تتهاون مع أي مخالف "
                  "لاشتراطات السلامة في المطاعم.", "THREATEN") == 0
    assert _count("وهدد وزير الداخلية ماجد السالم حركة الشباب بالرد الحاسم إذا هاجمت "
                  "المدينة.", "THREATEN") == 1


# ---- sanctions as a backdrop ----------------------------------------------------------------

def test_sanctions_as_a_backdrop_are_no_sanction() -> None:
    assert _count("وعاش اقتصاد فنزويلا سنوات صعبة تحت وطأة العقوبات على كراكاس، بحسب "
                  "المحلل.", "SANCTION") == 0
    assert _count("وباعت روسيا نفطها بأسعار منخفضة لتجنب العقوبات على موسكو، بحسب المحلل.",
                  "SANCTION") == 0
    assert _count("وأقر الاتحاد الأوروبي أمس حزمة العقوبات الجديدة على روسيا.", "SANCTION") == 1


# ---- talks as a means or a file -------------------------------------------------------------

def test_talks_as_a_means_or_a_file_are_no_consult() -> None:
    assert _count("وقال الوزير: «لا سبيل إلى تجنب الحرب إلا عبر طريق المفاوضات بين الحكومة "
                  "والمعارضة»، محذرا من التصعيد.", "CONSULT") == 0
    assert _count("وطوي ملف المفاوضات بين الحكومة والمعارضة بعد توقيع الاتفاق في جنيف.",
                  "CONSULT") == 0
    assert _count("واستؤنفت أمس في جنيف المفاوضات بين الحكومة اليمنية وجماعة الحوثي.",
                  "CONSULT") == 1
