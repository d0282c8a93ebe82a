"""Events, round 21 (second wave): whom an act is aimed at (targets).

* A trigger that holds its own object, «لتفريق المتظاهرين», takes that crowd as its target
  when nothing else was read (``eventcoding/target_inside.py``).
* A host's titles run on after his name («ولي العهد رئيس مجلس الوزراء»); the guest is the
  person named past the place and time that follow (``eventcoding/target_guests.py``).
* A refusal is aimed at the party whose demand, call or terms it refuses: the owner after the
  noun («مطلب النقابات») or the author after «التي» («الشروط التي وضعها…»)
  (``eventcoding/target_proposals.py``).
* A call is received by the subject of «تلقى» before it, however long his titles
  (``eventcoding/target_receivers.py``).

The real chain on our own sentences."""

from __future__ import annotations

from gold.events.oracle import first_coded, names


def test_the_crowd_inside_a_dispersal_trigger_is_its_target() -> None:
    article, event = first_coded(
        "واستخدمت قوات الأمن خراطيم المياه لتفريق المحتجين أمام مبنى البرلمان.", "COERCE")
    assert event.targets == [] and event.target_text == ["المحتجين"]


def test_a_dispersal_with_its_crowd_outside_the_trigger_keeps_it() -> None:
    article, event = first_coded(
        "وأطلقت الشرطة الغاز المسيل للدموع لتفريق متظاهرين حاولوا قطع الطريق.", "COERCE")
    assert event.target_text == ["متظاهرين"]


def test_the_guest_is_named_past_the_hosts_titles_place_and_time() -> None:
    article, event = first_coded(
        "استقبل صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء في قصر "
        "السلام بجدة مساء اليوم رئيس الوزراء العراقي مصطفى الكاظمي.", "CONSULT")
    assert names(article, event.targets) == ["مصطفى الكاظمي"] and event.target_text == []


def test_a_person_owned_by_a_noun_is_no_guest() -> None:
    article, event = first_coded(
        "والتقى الرئيس المصري عبد الفتاح السيسي، أمس، مبعوث الرئيس الروسي إلى المنطقة.",
        "CONSULT")
    assert "الرئيس الروسي" not in names(article, event.targets)


def test_a_second_name_of_the_host_is_no_guest() -> None:
    article, event = first_coded(
        "استقبل صاحب السمو الملكي الأمير فيصل بن سلمان بن عبدالعزيز آل سعود أمير منطقة المدينة "
        "المنورة، في مكتبه بالإمارة أمس، السفير الياباني فوميو إيواي.", "CONSULT")
    assert names(article, event.targets) == ["فوميو إيواي"]


def test_a_guest_named_right_after_the_host_stays() -> None:
    article, event = first_coded(
        "استقبل الرئيس عبد الفتاح السيسي رئيس الوزراء الإثيوبي آبي أحمد في قصر الاتحادية اليوم.",
        "CONSULT")
    assert names(article, event.targets) == ["آبي أحمد"]


def test_a_refusal_is_aimed_at_the_owner_of_the_refused_demand() -> None:
    article, event = first_coded(
        "ورفضت وزارة المالية مطلب النقابات زيادة الأجور هذا العام.", "REJECT")
    assert event.targets == [] and event.target_text == ["النقابات"]


def test_a_refusal_is_aimed_at_the_author_of_the_refused_terms() -> None:
    article, event = first_coded(
        "ورفضت الحركة الشروط الجديدة التي وضعها رئيس الوزراء الإسرائيلي بنيامين نتنياهو.",
        "REJECT")
    assert names(article, event.targets) == ["بنيامين نتنياهو"]


def test_a_relative_clause_after_a_plain_object_names_no_target() -> None:
    article, event = first_coded(
        "ورفض النواب المعارضون الجلسة الطارئة التي حضرها رئيس الوزراء حيدر العبادي.",
        "REJECT")
    assert event.targets == [] and event.target_text == []


def test_a_call_is_received_by_the_subject_of_talaqqa_past_long_titles() -> None:
    article, event = first_coded(
        "تلقى صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة حفظه الله اتصالا هاتفيا "
        "اليوم من الرئيس الفرنسي إيمانويل ماكرون.", "CONSULT")
    assert names(article, event.targets) == ["الشيخ محمد بن زايد آل نهيان"]


def test_an_unnamed_receiver_of_a_call_is_kept_as_text() -> None:
    article, event = first_coded(
        "وتلقى خادم الحرمين الشريفين اتصالاً هاتفياً من رئيس الوزراء البريطاني ديفيد كاميرون.",
        "CONSULT")
    assert event.target_text == ["خادم الحرمين الشريفين"]
