"""The examples in app.geo's docstrings run and say what they show."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["app.geo.geodesic", "app.geo.rings", "app.geo.countries", "app.geo.catalogue", "app.geo.ranges"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
