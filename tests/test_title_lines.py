"""Crossheads and the dateline label a report; they say and do nothing themselves.
«نفي رسمي» over a paragraph is not a denial, «اشتباكات في الشمال» over one is not a clash:
the statements and events come from the paragraphs under them."""

from __future__ import annotations

import marsad

ARTICLE = """الحكومة ترد على أنباء الاشتباكات
بيروت - وكالات
أعلنت وزارة الداخلية اللبنانية، اليوم الثلاثاء، خطة أمنية جديدة لمدينة طرابلس تشمل نشر ثلاثة آلاف عنصر في أحيائها.
نفي رسمي
وقال وزير الداخلية في مؤتمر صحافي إن الأوضاع مستقرة في المدينة، وإن ما تناقلته المواقع عن مواجهات واسعة غير دقيق.
اشتباكات في الشمال
وذكر شهود أن الجيش اللبناني اعتقل خمسة مسلحين قرب مدخل المدينة الشمالي مساء أمس.
"""


def _analysed() -> marsad.Article:
    return marsad.analyze(ARTICLE, published="2025-04-08")


def test_the_crossheads_and_the_dateline_are_one_sentence_each_and_marked() -> None:
    article = _analysed()
    marked = [(article.text[s.start:s.end], s.heading, s.dateline) for s in article.sentences
              if s.heading or s.dateline]
    assert marked == [("بيروت - وكالات", False, True), ("نفي رسمي", True, False),
                      ("اشتباكات في الشمال", True, False)]


def test_no_statement_has_its_cue_in_a_crosshead_or_the_dateline() -> None:
    article = _analysed()
    titles = [(s.start, s.end) for s in article.sentences if s.heading or s.dateline]
    cues = [article.text[st.cue[0]:st.cue[1]] for st in article.statements]
    assert "نفي" not in cues
    assert all(not (a <= st.cue[0] < b) for st in article.statements for a, b in titles)
    assert {"أعلنت", "قال"} <= set(cues)


def test_no_event_has_its_evidence_in_a_crosshead_or_the_dateline() -> None:
    article = _analysed()
    titles = [(s.start, s.end) for s in article.sentences if s.heading or s.dateline]
    assert all(not (a <= ev.evidence[0] < b) for ev in article.events for a, b in titles)
    assert any(ev.type == "COERCE" for ev in article.events), "the arrest under the crosshead"
