"""Events, round 28 (real news, business and market senses).

* A deal between firms — a company, a group or a
bank that signs with another firm or a charity, with no state body among the parties
(``event_other_senses.yaml`` firms) — is routine business, no AGREE between parties of public
affairs. A ministry, a state or an international body among the parties keeps the deal (the
synthetic gold codes agreements between governments and companies).
* Praise of a market's or an economy's showing (``event_senses.yaml`` objects, praise: «بقوة
  المصارف»، «باستمرار التعافي») is a market sense, no SUPPORT; praise of the strength of ties
  or of the army's showing stays.

Our own sentences, through the real chain. Each guarded sentence was coded without the change
(checked when the tests were written)."""

from __future__ import annotations

from gold.events.oracle import triggers


def test_a_hotel_groups_loyalty_deal_with_an_airline_is_no_agreement() -> None:
    assert not triggers("أعلنت مجموعة فنادق النخيل أمس عن توقيعها لاتفاقية برنامج الولاء مع "
                        "شركة الطيران الوطنية، في إطار توسعها في أنحاء المملكة.", "AGREE")


def test_a_companys_grant_to_a_charity_is_no_agreement() -> None:
    assert not triggers("وقعت شركة المراعي أمس مع جمعية البر اتفاقية لدعم الأسر المحتاجة.",
                        "AGREE")


def test_a_ministrys_deal_with_a_company_stays() -> None:
    assert triggers("وقعت وزارة الطاقة أمس مع شركة سيمنس اتفاقية لبناء محطة كهرباء.", "AGREE")


def test_a_states_deal_with_a_company_stays() -> None:
    assert triggers("أعلنت سلطنة عمان توقيعها اتفاقية مع شركة غلاس بوينت لبناء محطة شمسية.",
                    "AGREE")


def test_a_banks_deal_with_the_world_bank_stays() -> None:
    assert triggers("وقع البنك الأهلي أمس اتفاقية مع البنك الدولي لتمويل مشاريع صغيرة في "
                    "اليمن.", "AGREE")


def test_praise_of_the_banks_strength_is_no_support() -> None:
    assert not triggers("وأشاد رئيس رابطة المصارف خالد سالم بقوة المصارف الخليجية رغم تراجع "
                        "أسعار النفط.", "SUPPORT")


def test_praise_of_a_continuing_recovery_is_no_support() -> None:
    assert not triggers("وكان البنك الدولي قد أشاد في تقريره الأخير باستمرار التعافي في "
                        "الاقتصاد الأوروبي.", "SUPPORT")


def test_praise_of_the_strength_of_ties_stays() -> None:
    assert triggers("وأشاد الوزير بقوة العلاقات بين البلدين خلال لقائه السفير أمس.", "SUPPORT")


def test_praise_of_the_armys_showing_stays() -> None:
    assert triggers("أشاد الرئيس بأداء القوات المسلحة في معركة الأمس.", "SUPPORT")
