"""Events: a condemnation told as a description («ووصف الحادث بأنه عمل إجرامي جبان») is an
ACCUSE by the describer, where it is the describer's first word on the matter
(``marsad/attribution/described_objects.py``, ``marsad/eventcoding/described_charges.py``,
words in ``marsad/lexicons/attribution_described_objects.yaml`` and the «وصف» rows of
``marsad/lexicons/cues.tsv``).

* «ووصف X الحادث بأنه عمل إجرامي جبان»: an ACCUSE by X;
* «… بالشنيع»: the describing word after «ب» in one word counts too;
* «ووصف الحادثة بأنها …» with no subject: the subject of the sentence before (a new line
  between) is the describer, and the happening described is no target;
* after «دان X …» or «أعرب معالي X عن إدانته …» the description by X (or «معاليه») is the
  same condemnation told again: no second ACCUSE;
* a description without a word of condemnation («بأنه متوازن») is no charge.

Our own sentences, through the real chain, dated Friday 10 May 2024."""

from __future__ import annotations

from gold.events.oracle import analyzed, names, of_type

PUBLISHED = "2024-05-10"


def test_a_description_as_a_cowardly_crime_is_an_accuse_by_the_describer() -> None:
    article = analyzed("ووصف وزير الخارجية عادل الجبير الاعتداء على السفارة بأنه عمل همجي.",
                       published=PUBLISHED)
    [event] = of_type(article.events, "ACCUSE")
    assert names(article, event.actors) == ["عادل الجبير"]


def test_the_describing_word_after_bi_in_one_word_counts() -> None:
    article = analyzed("ووصف الدكتور سعد القحطاني الحادث بالشنيع، مؤكدا أن الوطن سيبقى آمنا.",
                       published=PUBLISHED)
    [event] = of_type(article.events, "ACCUSE")
    assert names(article, event.actors) == ["سعد القحطاني"]


def test_with_no_subject_the_describer_is_the_subject_of_the_line_before() -> None:
    article = analyzed("قدم وزير الصحة خالد الفالح التعازي لأسر رجال الأمن في الحادث.\n"
                       "ووصف الحادثة، بأنها جريمة نكراء تخالف كل القيم.",
                       published=PUBLISHED)
    [event] = of_type(article.events, "ACCUSE")
    assert names(article, event.actors) == ["خالد الفالح"]
    assert event.targets == [] and event.target_text == []


def test_a_description_after_the_describers_own_condemnation_is_no_second_accuse() -> None:
    article = analyzed("دان الأمين العام للمجلس الدكتور محمد آل عمرو الحادث الإجرامي في أبها.\n"
                       "ووصف الدكتور آل عمرو الاعتداء بأنه عمل غادر.",
                       published=PUBLISHED)
    [event] = of_type(article.events, "ACCUSE")
    assert article.text[event.trigger[0]:event.trigger[1]] == "دان"


def test_a_description_by_an_honorific_pronoun_after_a_condemnation_is_no_second_accuse() -> None:
    article = analyzed("أعرب معالي نائب رئيس المجلس الدكتور محمد الجفري عن إدانته للعمل "
                       "الإرهابي في أبها.\nووصف معاليه الهجوم بأنه جريمة بشعة.",
                       published=PUBLISHED)
    [event] = of_type(article.events, "ACCUSE")
    assert article.text[event.trigger[0]:event.trigger[1]] == "أعرب"


def test_a_description_without_a_word_of_condemnation_is_no_charge() -> None:
    article = analyzed("ووصف وزير الخارجية عادل الجبير الاتفاق بأنه متوازن ويخدم المنطقة.",
                       published=PUBLISHED)
    assert of_type(article.events, "ACCUSE") == []
