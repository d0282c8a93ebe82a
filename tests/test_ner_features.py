"""The tagger sees at inference exactly the training features it has weights for."""

from __future__ import annotations

import pytest

from marsad.arabic.normalise import fold
from marsad.ner import tagger
from marsad.ner.features import Features, sequence_features
from marsad.ner.gazetteer import sentence_gazetteer

SENTENCES = [
    "قال وزير الخارجية العراقي فؤاد حسين في بغداد إن المحادثات مع إيران مستمرة",
    "وصل الرئيس إلى مدينة حمص صباح الأحد 12 آب",
    "أعلنت وزارة الدفاع السورية أن الجامعة العربية ستجتمع في القاهرة",
]


def words(sentence: str) -> list[str]:
    return [fold(w) for w in sentence.split()]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_inference_features_are_the_known_training_features(sentence: str) -> None:
    known = frozenset({"w=بغداد", "sh=ar", "bi=في|بغداد", "bi+1=وزير|الخارجيه", "-1:w=الرئيس",
                       "g=B-GPE", "1:g=B-GPE", "-1:g=B-GPE"})
    ws = words(sentence)
    gazetteer = sentence_gazetteer(ws)
    full = sequence_features(ws, gazetteer)
    fast = Features(known)(ws, gazetteer)
    assert len(fast) == len(full)
    for train, infer in zip(full, fast):
        assert all(isinstance(a, bytes) for a in infer)
        assert sorted(a.decode() for a in infer) == sorted(a for a in train if a in known)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_shipped_model_gets_only_attributes_it_weighs(sentence: str) -> None:
    if not tagger.available():
        pytest.skip("no shipped NER model")
    features = tagger._features()
    for attributes in features(words(sentence)):
        assert {a.decode() for a in attributes} <= features.known


MODEL_SENTENCES = [
    *SENTENCES,
    "وبحث الشيخ محمد بن راشد مع وفد جامعة الملك سعود في الرياض خطط 2030",
    "ولفت اللواء المتحدث باسم وزارة الداخلية إلى أن «الحادث» وقع للمرة الثانية",
    "استقبل رئيس الوزراء العراقي نظيره اللبناني بمطار بغداد الدولي مساء الخميس",
]


@pytest.mark.parametrize("sentence", MODEL_SENTENCES)
def test_the_shipped_model_gets_the_training_attributes_in_training_order(sentence: str
                                                                          ) -> None:
    if not tagger.available():
        pytest.skip("no shipped NER model")
    features = tagger._features()
    features.clear()
    ws = words(sentence)
    gazetteer = sentence_gazetteer(ws)
    full = sequence_features(ws, gazetteer)
    fast = features(ws, gazetteer)
    assert [[a.decode() for a in infer] for infer in fast] == \
        [[a for a in train if a in features.known] for train in full]
