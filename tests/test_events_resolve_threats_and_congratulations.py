"""Events, round 23 (consult): threats told as resolve, a threat's mark after a long speaker,
and congratulations and thanks that are SUPPORT.

- A statement whose content is the speaker's side's resolve to punish or hit back is a threat
  whatever its cue («لن تتهاون»، «ستتصدى بكل حسم»، «تحتفظ بحقها في الرد»، «لن تمر
  دون عقاب»; ``eventcoding/resolve_threats.py``, ``event_resolve_threats.yaml``). Measures with no
  one they are taken against and a denial stay no threat.
- A threat's mark («بـ») is counted from the end of a speaker told right after the cue
  («وتوعد ولي العهد وزير الداخلية الأمير … بملاحقة…»; ``eventcoding/speaker_marks.py``).
- «هنأ/يهنئ» and «شكر … على جهود» are SUPPORT (praise) by a party the knowledge base links;
  not the adverb «هنا/هناك» that «هنأ» folds to, not the placard's «شكرا», not a private
  courtesy (``eventcoding/courtesies.py``, ``event_courtesies.yaml``).

The real chain on our own sentences."""

from __future__ import annotations

from gold.events.oracle import analyzed, first_coded, names, of_type, triggers


def test_a_ministry_that_will_not_be_lenient_threatens() -> None:
    article, event = first_coded("وأكدت وزارة الداخلية أنها لن تتهاون مع كل من يحاول المساس "
                                 "بأمن الوطن.", "THREATEN")
    assert names(article, event.actors) == ["وزارة الداخلية"]
    assert event.factuality == "asserted"


def test_a_resolve_to_confront_firmly_after_a_ban_threatens() -> None:
    assert triggers("وأعلنت وزارة الداخلية حظر التجمعات أمام المحاكم، مشيرة إلى أنها ستتصدى "
                    "بكل حسم لأي خروج على القانون.", "THREATEN") == ["مشيرة"]


def test_an_attack_that_will_not_go_unpunished_is_a_threat() -> None:
    article, event = first_coded("وقال المتحدث باسم الحوثيين محمد عبد السلام إن الغارات "
                                 "الأمريكية لن تمر دون عقاب.", "THREATEN")
    assert names(article, event.actors) == ["محمد عبد السلام"]


def test_keeping_the_right_to_respond_is_a_threat() -> None:
    assert triggers("وحذرت وزارة الخارجية الإيرانية من أن طهران تحتفظ بحقها في الرد.",
                    "THREATEN") == ["حذرت"]


def test_measures_to_protect_citizens_are_no_threat() -> None:
    article = analyzed("وقال وزير الخارجية الأردني أيمن الصفدي إن الحكومة ستتخذ الإجراءات "
                       "اللازمة لحماية مواطنيها في الخارج.")
    assert of_type(article.events, "THREATEN") == []


def test_a_denied_resolve_is_no_threat() -> None:
    article = analyzed("ونفت وزارة الداخلية الكويتية أن تكون ستتخذ إجراءات بحق المعتصمين.")
    assert of_type(article.events, "THREATEN") == []


def test_a_threats_mark_after_a_long_title_and_name() -> None:
    article, event = first_coded("وتوعد ولي العهد وزير الداخلية الأمير محمد بن نايف بملاحقة "
                                 "كل من تورط في التفجير.", "THREATEN")
    assert event.trigger is not None
    assert article.text[slice(*event.trigger)] == "توعد"


def test_a_leaders_congratulation_is_support() -> None:
    article, event = first_coded("وهنأ الرئيس التونسي قيس سعيد نظيره الجزائري عبد المجيد تبون "
                                 "بفوزه في الانتخابات الرئاسية.", "SUPPORT")
    assert event.trigger is not None
    assert article.text[slice(*event.trigger)] == "وهنأ"


def test_here_is_no_congratulation() -> None:
    article = analyzed("وقال وزير الخارجية المصري سامح شكري إن هناك اتصالات مع الجانب "
                       "الإسرائيلي، وإن الوضع هنا هادئ.")
    assert of_type(article.events, "SUPPORT") == []


def test_a_firms_congratulation_to_a_colleague_is_a_private_courtesy() -> None:
    article = analyzed("من جهته، هنأ ماجد بن سعد الحربي الرئيس التنفيذي لشركة الواحة "
                       "القابضة، الزميل خالد الشمري بتعيينه مديرا للتحرير.")
    assert of_type(article.events, "SUPPORT") == []


def test_a_state_thanking_another_for_its_efforts_is_support() -> None:
    article, _ = first_coded("ورحبت الفلبين بالإفراج عن البحارة، وشكرت سلطنة عمان على "
                                 "جهودها.", "SUPPORT")
    supports = of_type(article.events, "SUPPORT")
    assert [article.text[slice(*(e.trigger or e.evidence))] for e in supports] == \
        ["ورحبت", "وشكرت"]


def test_a_placards_thanks_is_no_verb() -> None:
    article = analyzed("وقدم الطلاب شكرهم لوزير التجارة توفيق الربيعة، ورفعوا لافتة كتب عليها "
                       "شكرا يا وزيرنا على جهودكم.")
    assert of_type(article.events, "SUPPORT") == []
