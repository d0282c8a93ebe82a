"""Events: a request announced as coming is a REQUEST of its own
(``eventcoding/future_requests.py``, words in ``lexicons/event_future_requests.yaml``).

* «طلب» is read as a trigger only as a statement's cue or in the past with its mark
  («طلبت الحكومة من …»); in the future («ستطلب»، «سوف تطلب») with what is asked for right
  after it («اجتماعا طارئا»، «مساعدة دولية») it tells a request.
* Not in the present («يطلب الأمر وقتا») nor in the future with no such object.

Our own sentences, through the real chain. The first two fail without the module."""

from __future__ import annotations

from gold.events.oracle import triggers


def test_a_state_that_will_ask_for_an_emergency_meeting_requests_it() -> None:
    assert triggers("وقال وزير الخارجية الجزائري إن بلاده ستطلب اجتماعا طارئا لمجلس الأمن "
                    "لبحث الاعتداءات على حدودها.", "REQUEST") == ["ستطلب"]


def test_authorities_that_will_ask_for_aid_request_it() -> None:
    assert triggers("وأعلن مسؤول حكومي أن السلطات ستطلب مساعدة دولية لإخماد الحرائق في "
                    "غابات الشمال.", "REQUEST") == ["ستطلب"]


def test_a_present_need_is_no_request() -> None:
    assert triggers("ويقول خبراء إن إصلاح الشبكة يطلب وقتا طويلا وتمويلا كبيرا.",
                    "REQUEST") == []


def test_a_future_ask_with_no_object_listed_stays_out() -> None:
    assert triggers("وقال المدرب إن اللاعبين سيطلبون الراحة بعد المباراة القادمة.",
                    "REQUEST") == []
