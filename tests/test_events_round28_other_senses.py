"""Events, round 28 (real news, other senses): trigger words read in a sense that tells no
happening between parties.

* a football federation's meeting in a match report (``event_other_senses.yaml`` clubs,
  CONSULT added) is the game's business; the cabinet's weekly meeting told in the same report
  stays a CONSULT;
* declining to announce or disclose (``event_grammar.yaml`` object_blockers REJECT, two-word
  blockers and ``object_aside_titles``): «رفض الإعلان عن اسميهما»، «رفض المتحدث، العقيد …،
  الإفصاح عن…» is no refusal between parties; a government that rejects an American
  declaration, or a spokesman with his rank in an aside who rejects a proposal, stays a REJECT.

Our own sentences, through the real chain. Each guarded sentence was coded without the change
(checked when the tests were written)."""

from __future__ import annotations

from gold.events.oracle import triggers

_MATCH = ("خسر الهلال أمام النصر بهدفين في مباراة الدوري أمس، وقال المدرب إن اللاعبين قدموا "
          "مباراة كبيرة. ")


def test_a_football_federations_meeting_in_a_match_report_is_no_consult() -> None:
    assert not triggers(_MATCH + "ومن أهم قرارات الاتحاد الإماراتي في اجتماعه يوم الأحد "
                        "تعيين حكم أجنبي رئيسا للجنة الحكام.", "CONSULT")
    assert not triggers(_MATCH + "وقرر اتحاد الكرة في اجتماعه أمس إيقاف الحكم ثلاث مباريات.",
                        "CONSULT")


def test_a_cabinet_meeting_in_a_match_report_stays() -> None:
    assert triggers(_MATCH + "وفي شأن آخر، عقد مجلس الوزراء السعودي اجتماعه الأسبوعي برئاسة "
                    "الملك سلمان أمس.", "CONSULT")


def test_declining_to_announce_names_is_no_refusal() -> None:
    assert not triggers("وقال المسؤول إن الاتحاد رشح اثنين للجنة، لكنه رفض الإعلان عن هويتهما "
                        "قبل الاجتماع.", "REJECT")


def test_declining_to_disclose_past_the_spokesmans_rank_is_no_refusal() -> None:
    assert not triggers("وبينما رفض المتحدث باسم الجيش، العقيد أحمد سالم، الإفصاح عن عدد "
                        "القتلى، قال شهود إن المعارك مستمرة.", "REJECT")


def test_rejecting_a_declaration_stays_a_rejection() -> None:
    assert triggers("ورفضت الحكومة الإعلان الأمريكي بشأن القدس.", "REJECT")


def test_a_spokesman_with_his_rank_who_rejects_a_proposal_stays() -> None:
    assert triggers("ورفض المتحدث باسم الحكومة، العقيد أحمد علي، المقترح الروسي.", "REJECT")
