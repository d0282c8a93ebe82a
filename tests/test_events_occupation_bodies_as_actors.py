"""Events: the occupation's authorities, police or army and a prison service named by their
head («سلطات الاحتلال»، «شرطة الاحتلال»، «إدارة السجون») are the unnamed actor of the verb they
follow, past a time set off by commas (``event_actor_heads.tsv``).

The real chain on our own sentences."""

from __future__ import annotations

import pytest

from gold.events.oracle import first_coded


@pytest.mark.parametrize("text, kind, actor", [
    ("وأفرجت سلطات الاحتلال، مساء أمس، عن أسيرين من سجن النقب.", "CONCEDE", "سلطات الاحتلال"),
    ("واعتقلت شرطة الاحتلال، فجر اليوم، ثلاثة شبان من حي سلوان.", "COERCE", "شرطة الاحتلال"),
])
def test_an_occupation_body_is_the_actor_of_its_verb(text: str, kind: str, actor: str) -> None:
    _, event = first_coded(text, kind)
    assert event.actor_text == [actor]
