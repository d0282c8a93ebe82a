"""Events, round 28: an act told with the figure of an earlier one of its type is a re-telling
(``tallies.without_same_figures``) — unless both state places of their own and the places
differ: two arrests of five in two cities are two acts. Our own sentences."""

from __future__ import annotations

from gold.events.oracle import analyzed, of_type


def _places(text: str) -> list[str]:
    article = analyzed(text, published="2015-08-09")
    names = {e.id: e.text for e in article.entities}
    return [names.get(e.place or "", "") for e in of_type(article.events, "COERCE")]


def test_the_same_figure_in_another_city_is_another_arrest() -> None:
    assert _places("اعتقلت الشرطة أمس خمسة مطلوبين في بغداد. واعتقلت الشرطة خمسة مطلوبين "
                   "في البصرة.") == ["بغداد", "البصرة"]


def test_the_same_figure_in_the_same_city_is_told_again() -> None:
    assert _places("اعتقلت الشرطة أمس خمسة مطلوبين في بغداد. وقالت الشرطة إنها اعتقلت خمسة "
                   "مطلوبين في بغداد بعد مداهمة.") == ["بغداد"]
