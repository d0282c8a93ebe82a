"""Events, round 27 (V): verbal events told by «وصف … بـ» and by a support noun.

* «وصف» with a negative description is an ACCUSE by the describer, also when the verb bears its
  object as a pronoun («ووصفه بالمخيب»: no passive, ``pronoun_objects`` in
  ``attribution_described_objects.yaml``), when the preposition stands apart («بـ«الإرهابي»»)
  and past a short aside between commas («…، أمس، …»); a claim called false («وصف … اتهامات …
  بأنها أكاذيب») is a REJECT of the claim (``claim_nouns``/``falsity_words``;
  ``marsad/eventcoding/described_charges.py``). A praise, the wording of a condemnation
  («بما وصفه بـ…») and a rejection told again are no new event.
* a support noun as the object of a stating verb («أكد دعم بلاده لمصر») is a SUPPORT only where
  it stands tight with a party after it (``marsad/eventcoding/support_nouns.py``,
  ``event_support_nouns.yaml``): not inside a reported clause, a readiness or a programme.

Our own sentences, through the real chain."""

from __future__ import annotations

from gold.events.oracle import analyzed, of_type, types

PUBLISHED = "2015-08-09"


def _triggers(text: str, type_: str) -> list[str]:
    article = analyzed(text, published=PUBLISHED)
    return [article.text[e.trigger[0]:e.trigger[1]] for e in of_type(article.events, type_)
            if e.trigger]


def _types(text: str) -> list[str]:
    return types(analyzed(text, published=PUBLISHED).events)


# ---- «وصف … بـ» ------------------------------------------------------------------------


def test_a_description_by_a_verb_bearing_its_object_is_an_accuse() -> None:
    assert _triggers("علق المتحدث باسم الخارجية الفرنسية جان بيرنار على قرار البرلمان، "
                     "ووصفه بالمخيب للآمال.", "ACCUSE") == ["وصفه"]


def test_accusations_called_lies_are_a_rejection() -> None:
    text = ("وصف وزير الخارجية التركي مولود تشاووش أوغلو اتهامات بأن حكومته تشتري النفط "
            "من التنظيم بأنها «أكاذيب» يروجها خصوم أنقرة.")
    assert _types(text) == ["REJECT"]


def test_a_charge_before_a_claim_called_false_stays_its_own_event() -> None:
    text = ("هاجم وزير الخارجية التركي مولود تشاووش أوغلو الصحافة الألمانية واتهمها بالتحريض "
            "على بلاده، ووصف تقريرا نشرته مجلة «دير شبيغل» بـ«الادعاءات الكاذبة».")
    assert _types(text) == ["ACCUSE", "REJECT"]


def test_a_short_aside_between_commas_does_not_end_the_description() -> None:
    text = ("من جانبه، وصف وزير الخارجية التركي مولود تشاووش أوغلو، اليوم، اتهامات بأن "
            "حكومته تشتري النفط من التنظيم بأنها «أكاذيب».")
    assert _types(text) == ["REJECT"]


def test_a_preposition_written_apart_still_opens_the_description() -> None:
    assert _triggers("ووصف وزير الخارجية الأردني ناصر جودة التفجير بـ«الإرهابي».",
                     "ACCUSE") == ["وصف"]


def test_a_liar_described_is_a_charge_not_a_rejection() -> None:
    assert _types("ووصف زعيم المعارضة التركية كمال كليتشدار أوغلو رئيس الحكومة "
                  "بالكاذب.") == ["ACCUSE"]


def test_a_praise_told_by_wasafa_is_no_accuse() -> None:
    assert _triggers("وقال رئيس الاتحاد القاري إن القارة ستدعم المرشح الفرنسي، ووصفه "
                     "بالرجل الاستثنائي.", "ACCUSE") == []


def test_the_wording_of_a_condemnation_is_no_second_event() -> None:
    assert _triggers("ندد الرئيس اللبناني ميشال سليمان بما وصفه بالعدوان على بلدة "
                     "عرسال.", "ACCUSE") == ["ندد"]


def test_a_rejection_described_again_is_no_accuse() -> None:
    text = ("ورفض رئيس البرلمان الليبي عقيلة صالح الاتفاقية، ووصفها بأنها باطلة وعدوانية "
            "ولا تلزم الدولة.")
    assert _types(text) == ["REJECT"]


# ---- support told as a noun ------------------------------------------------------------


def test_a_support_noun_with_its_party_after_the_verb_is_support() -> None:
    assert _triggers("وأكد المبعوث الروسي دعم بلاده بكل قوة للعراق في حربه على "
                     "الإرهاب.", "SUPPORT") == ["وأكد"]


def test_a_renewed_support_of_the_kingdom_for_a_people_is_support() -> None:
    assert _triggers("وجدد الملك عبدالله الثاني دعم المملكة الكامل للشعب الفلسطيني.",
                     "SUPPORT") == ["وجدد"]


def test_a_support_noun_inside_a_reported_clause_is_no_stance() -> None:
    assert _triggers("وأكد الوزير أن الحكومة ستواصل دعم المزارعين في المحافظة.",
                     "SUPPORT") == []


def test_a_readiness_to_give_support_is_no_support() -> None:
    assert _triggers("أكد رئيس الهيئة حرص الهيئة واستعدادها التام لتقديم كامل الدعم "
                     "للمجالس البلدية.", "SUPPORT") == []


def test_support_of_projects_is_a_programme() -> None:
    assert _triggers("وأكد وزير الاقتصاد دعم الحكومة للمشاريع الصغيرة والمتوسطة.",
                     "SUPPORT") == []


def test_a_bare_support_noun_of_a_thing_is_no_support() -> None:
    assert _triggers("وأكد وزير المالية دعم القطاع الخاص لتنويع مصادر الدخل.",
                     "SUPPORT") == []
