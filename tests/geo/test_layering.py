"""app.geo is the bottom layer: pure geodesy that imports nothing else from app."""

from __future__ import annotations

import ast
from pathlib import Path

import app.geo

GEO = Path(app.geo.__file__).parent


def test_geo_imports_nothing_from_the_rest_of_app():
    offenders = []
    for path in GEO.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            for name in names:
                if (name == "app" or name.startswith("app.")) and not name.startswith("app.geo"):
                    offenders.append(f"{path.name}: {name}")
    assert offenders == []


def test_public_names_are_exported():
    for name in app.geo.__all__:
        assert hasattr(app.geo, name), name
