"""What ``import marsad`` offers: ``analyze`` and the names around it, nothing more from
``marsad.api``; the version is written once (pyproject.toml) and read from the install."""

from __future__ import annotations

from importlib import metadata

import pytest

import marsad
from marsad import api


def test_api_exports_only_what_the_package_exports() -> None:
    assert set(api.__all__) <= set(marsad.__all__)
    assert {"analyze", "RejectedInput"} <= set(api.__all__)


@pytest.mark.parametrize("name", marsad.__all__)
def test_every_exported_name_is_there(name: str) -> None:
    assert hasattr(marsad, name)


def test_the_version_is_the_installed_one() -> None:
    assert marsad.__version__ == metadata.version("marsad")


@pytest.mark.parametrize("published", ["2024-12-06", "2024-12-06T09:30:00Z"])
def test_analyze_still_takes_a_published_date(published: str) -> None:
    article = marsad.analyze("قال المتحدث باسم الوزارة إن الاجتماع عقد أمس.",
                             published=published)
    assert str(article.published) == "2024-12-06"
