"""The one compiled part of marsad: the KB scan's first filter (``marsad/kb/_fastscan.c``).

Everything else is declared in ``pyproject.toml``. The extension is optional: where it
cannot be built (no C compiler), the install goes on and ``marsad.kb.scan.starts_py`` gives
the same answers, slower.
"""

from setuptools import Extension, setup

setup(ext_modules=[Extension("marsad.kb._fastscan", ["marsad/kb/_fastscan.c"], optional=True)])
