"""Events, round 28 (real news; each fired on one corpus story, shipped as word-sense data):
«أيد» as «hands», a body that «rejects» water, social-media followers as the doer, passengers asked for
their papers. Our own sentences; each guarded one was coded without the change."""

from __future__ import annotations

from gold.events.oracle import triggers


def test_egyptian_hands_endorse_nothing() -> None:
    assert not triggers("وقال المتحدث إن المشروع أنجز بأموال وطنية وأيد مصرية خلال عام "
                        "واحد.", "SUPPORT")


def test_a_prime_minister_who_backs_an_initiative_stays_a_support() -> None:
    assert triggers("وأيد رئيس الوزراء المصري مبادرة السلام العربية أمس.", "SUPPORT")


def test_a_body_that_rejects_food_is_no_refusal() -> None:
    assert not triggers("وقال المحامي لوكالة الأنباء: «وضع سامر الخطيب صعب للغاية، وجسمه بدأ "
                        "يرفض الطعام، وقد نقل إلى المستشفى».", "REJECT")


def test_a_government_that_rejects_a_proposal_stays_a_rejection() -> None:
    assert triggers("ورفضت الحكومة المقترح الأمريكي بشأن الهدنة.", "REJECT")


def test_followers_of_a_video_demand_nothing_as_a_party() -> None:
    assert not triggers("وانتشر المقطع على مواقع التواصل، حيث طالب متابعو المقطع بمعاقبة "
                        "السائق.", "REQUEST")


def test_a_rights_groups_demand_stays() -> None:
    assert triggers("وطالبت منظمة العفو الدولية الحكومة المصرية بالإفراج عن الصحفيين.",
                    "REQUEST")


def test_passengers_asked_for_their_papers_is_no_request() -> None:
    assert not triggers("وأقام مسلحون حواجز على الطريق وطلبوا من الركاب إبراز بطاقاتهم "
                        "الشخصية.", "REQUEST")


def test_a_government_that_asks_the_un_for_monitors_stays_a_request() -> None:
    assert triggers("وطلبت الحكومة من الأمم المتحدة إرسال مراقبين إلى الحدود.", "REQUEST")
