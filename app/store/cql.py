"""app.store.cql: OGC CQL2 filters (text or JSON, parsed by pygeofilter) translated to SQL for both stores.

The filter becomes a WHERE clause with bound parameters and runs inside the database next to bbox,
datetime and the indexes; nothing is evaluated in Python over all rows. Only queryables (see
app.store.queryables) may appear, literals must have the property's type, and anything outside the
supported subset is an InvalidQuery naming `filter`, never a silently ignored clause.

Supported: AND/OR/NOT, = <> < <= > >=, LIKE (case-sensitive, % and _ wildcards, \\ escape), BETWEEN,
IN, IS NULL; S_INTERSECTS, S_DISJOINT, S_WITHIN, S_CONTAINS, S_EQUALS, S_TOUCHES, S_CROSSES,
S_OVERLAPS on `geometry` against any WKT geometry or BBOX (CRS84, planar as CQL2 defines them).
`event_date` compares with DATE('...'), TIMESTAMP('...') (its UTC day) or a 'YYYY-MM-DD' string.

On SQLite the spatial test is an R*Tree lookup by the literal's envelope AND-ed with a shapely
predicate registered as an SQL function (`cm_spatial`), so shapely only sees points inside the
envelope; PostGIS uses ST_Intersects and friends on the GIST-indexed column.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Any

import orjson
import shapely
from pygeofilter import ast, values
from shapely.geometry import shape

from app.errors import InvalidQuery
from app.store._records import split_bbox
from app.store.queryables import GEOMETRY, QUERYABLES, Queryable

__all__ = ["FILTER_LANGS", "Dialect", "SQLITE", "POSTGIS", "parse_filter", "to_sql", "sqlite_spatial"]

FILTER_LANGS = ("cql2-text", "cql2-json")
_PARAM = "filter"

_COMPARE = {
    ast.ComparisonOp.EQ: "=",
    ast.ComparisonOp.NE: "<>",
    ast.ComparisonOp.LT: "<",
    ast.ComparisonOp.LE: "<=",
    ast.ComparisonOp.GT: ">",
    ast.ComparisonOp.GE: ">=",
}
_SPATIAL = {
    ast.SpatialComparisonOp.INTERSECTS: "intersects",
    ast.SpatialComparisonOp.DISJOINT: "disjoint",
    ast.SpatialComparisonOp.CONTAINS: "contains",
    ast.SpatialComparisonOp.WITHIN: "within",
    ast.SpatialComparisonOp.TOUCHES: "touches",
    ast.SpatialComparisonOp.CROSSES: "crosses",
    ast.SpatialComparisonOp.OVERLAPS: "overlaps",
    ast.SpatialComparisonOp.EQUALS: "equals",
}
# S_WITHIN(literal, geometry) is S_CONTAINS(geometry, literal); the others read the same both ways.
_SWAPPED = {"within": "contains", "contains": "within"}


@dataclass(frozen=True, slots=True)
class Dialect:
    name: str  # "sqlite" | "postgis"
    ph: str  # the driver's placeholder


SQLITE = Dialect("sqlite", "?")
POSTGIS = Dialect("postgis", "%s")


def parse_filter(text: str, lang: str | None = None) -> ast.Node:
    """A CQL2 text or JSON filter -> pygeofilter AST; `lang` None guesses JSON from a leading '{'."""
    if lang is None:
        lang = "cql2-json" if text.lstrip().startswith("{") else "cql2-text"
    if lang not in FILTER_LANGS:
        raise InvalidQuery(
            f"unknown filter language {lang!r}; supported: {', '.join(FILTER_LANGS)}", param="filter-lang"
        )
    if not text.strip():
        raise InvalidQuery("is empty", param=_PARAM)
    try:
        if lang == "cql2-json":
            from pygeofilter.parsers.cql2_json import parse as parse_json

            node = parse_json(_fix_json(orjson.loads(text)))
            to_sql(node, SQLITE)
            return node
        from pygeofilter.parsers.cql2_text import parse as parse_text

        node = parse_text(text)
    except InvalidQuery:
        raise
    except Exception as exc:  # lark and pygeofilter raise many unrelated types
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InvalidQuery(f"is not valid {lang}: {first}", param=_PARAM) from None
    to_sql(node, SQLITE)  # checks names and types now, so a bad filter fails before any store is opened
    return node


def _fix_json(node: Any) -> Any:
    """Bridge CQL2-JSON 1.0 to what pygeofilter 0.4's JSON parser (written to a draft) reads:
    it builds Envelope(x1, x2, y1, y2) straight from {"bbox": [minx, miny, maxx, maxy]}, swapping miny and
    maxx, and wants BETWEEN's bounds as one [low, high] argument where 1.0 gives three arguments."""
    if isinstance(node, dict):
        if node.get("op") == "between" and isinstance(node.get("args"), list) and len(node["args"]) == 3:
            a = [_fix_json(v) for v in node["args"]]
            return {**node, "args": [a[0], [a[1], a[2]]]}
        if set(node) == {"bbox"} and isinstance(node["bbox"], list):
            b = node["bbox"]
            if len(b) == 6:  # 3D: drop the heights
                b = [b[0], b[1], b[3], b[4]]
            if len(b) == 4:
                return {"bbox": [b[0], b[2], b[1], b[3]]}
        return {k: _fix_json(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_fix_json(v) for v in node]
    return node


def to_sql(node: ast.Node, dialect: Dialect) -> tuple[str, list[Any]]:
    """The AST as one SQL boolean expression over `events e` and its bound parameters."""
    params: list[Any] = []
    sql = _Translator(dialect, params).expr(node)
    return sql, params


class _Translator:
    def __init__(self, dialect: Dialect, params: list[Any]) -> None:
        self.d = dialect
        self.params = params

    def bind(self, value: Any) -> str:
        self.params.append(value)
        return self.d.ph

    def expr(self, node: Any) -> str:
        if isinstance(node, ast.And | ast.Or):
            op = "AND" if isinstance(node, ast.And) else "OR"
            return f"({self.expr(node.lhs)} {op} {self.expr(node.rhs)})"
        if isinstance(node, ast.Not):
            return f"(NOT {self.expr(node.sub_node)})"
        if isinstance(node, ast.Comparison):
            return self.comparison(node)
        if isinstance(node, ast.Between):
            q = self.queryable(node.lhs)
            low, high = self.literal(node.low, q), self.literal(node.high, q)
            return f"({q.column} {'NOT ' if node.not_ else ''}BETWEEN {low} AND {high})"
        if isinstance(node, ast.In):
            q = self.queryable(node.lhs)
            if not node.sub_nodes:
                raise InvalidQuery("IN needs at least one value", param=_PARAM)
            options = ", ".join(self.literal(v, q) for v in node.sub_nodes)
            return f"({q.column} {'NOT ' if node.not_ else ''}IN ({options}))"
        if isinstance(node, ast.IsNull):
            q = self.queryable(node.lhs)
            return f"({q.column} IS {'NOT ' if node.not_ else ''}NULL)"
        if isinstance(node, ast.Like):
            return self.like(node)
        if isinstance(node, ast.SpatialComparisonPredicate):
            return self.spatial(node)
        if isinstance(node, ast.Include):
            return "(1 = 0)" if node.not_ else "(1 = 1)"
        if isinstance(node, ast.TemporalPredicate):
            raise InvalidQuery(
                "temporal functions are not supported; compare event_date with DATE('YYYY-MM-DD')",
                param=_PARAM,
            )
        if isinstance(node, ast.Arithmetic):
            raise InvalidQuery("arithmetic is not supported", param=_PARAM)
        if isinstance(node, ast.Function):
            raise InvalidQuery(f"function {node.name!r} is not supported", param=_PARAM)
        if isinstance(node, bool):
            return "(1 = 1)" if node else "(1 = 0)"
        raise InvalidQuery(f"unsupported expression {type(node).__name__}", param=_PARAM)

    # -- operands -----------------------------------------------------------------------------------------

    def queryable(self, node: Any) -> Queryable:
        if not isinstance(node, ast.Attribute):
            raise InvalidQuery("the left side must be a queryable property", param=_PARAM)
        q = QUERYABLES.get(node.name)
        if q is None:
            if node.name == GEOMETRY:
                raise InvalidQuery(
                    "geometry is only usable in spatial functions (S_INTERSECTS...)", param=_PARAM
                )
            raise InvalidQuery(
                f"{node.name!r} is not a queryable; see /ogc/collections/events/queryables", param=_PARAM
            )
        return q

    def literal(self, value: Any, q: Queryable) -> str:
        return self.bind(_coerce(value, q))

    def operand(self, node: Any, q: Queryable) -> str:
        if isinstance(node, ast.Attribute):
            other = self.queryable(node)
            if _family(other.kind) != _family(q.kind):
                raise InvalidQuery(
                    f"cannot compare {q.name} ({q.kind}) with {other.name} ({other.kind})", param=_PARAM
                )
            return other.column
        return self.literal(node, q)

    def comparison(self, node: ast.Comparison) -> str:
        lhs, rhs, op = node.lhs, node.rhs, _COMPARE[node.op]
        if not isinstance(lhs, ast.Attribute) and isinstance(rhs, ast.Attribute):
            lhs, rhs = rhs, lhs
            op = {"<": ">", "<=": ">=", ">": "<", ">=": "<="}.get(op, op)
        q = self.queryable(lhs)
        return f"({q.column} {op} {self.operand(rhs, q)})"

    def like(self, node: ast.Like) -> str:
        q = self.queryable(node.lhs)
        if q.kind != "string" or not isinstance(node.pattern, str):
            raise InvalidQuery(
                f"LIKE needs a text property and a text pattern ({q.name} is {q.kind})", param=_PARAM
            )
        tokens = _like_tokens(node.pattern)
        neg = "NOT " if node.not_ else ""
        if self.d is SQLITE:
            # SQLite's LIKE ignores ASCII case; GLOB is case-sensitive, as CQL2's LIKE is.
            return f"({q.column} {neg}GLOB {self.bind(_glob(tokens))})"
        return f"({q.column} {neg}LIKE {self.bind(_sql_like(tokens))} ESCAPE '\\')"

    def spatial(self, node: ast.SpatialComparisonPredicate) -> str:
        op = _SPATIAL[node.op]
        lhs, rhs = node.lhs, node.rhs
        if not _is_geometry_attr(lhs) and _is_geometry_attr(rhs):
            lhs, rhs = rhs, lhs
            op = _SWAPPED.get(op, op)
        if not _is_geometry_attr(lhs):
            raise InvalidQuery(
                f"spatial functions compare the `{GEOMETRY}` property with a geometry", param=_PARAM
            )
        if op == "disjoint":
            return f"(NOT {self._spatial('intersects', rhs)})"
        return self._spatial(op, rhs)

    def _spatial(self, op: str, literal: Any) -> str:
        boxes = _as_boxes(literal)
        if boxes is not None and op == "intersects":
            return self._boxes(boxes)
        geom = _as_shape(literal)
        if self.d is POSTGIS:
            fn = {"intersects": "ST_Intersects", "within": "ST_Within", "contains": "ST_Contains",
                  "touches": "ST_Touches", "crosses": "ST_Crosses", "overlaps": "ST_Overlaps",
                  "equals": "ST_Equals"}[op]  # fmt: skip
            return f"{fn}(e.geom, ST_GeomFromText({self.bind(geom.wkt)}, 4326))"
        minx, miny, maxx, maxy = geom.bounds
        prefilter = self._boxes([(minx, miny, maxx, maxy)])
        return (
            f"({prefilter} AND cm_spatial({self.bind(op)}, e.lon, e.lat, {self.bind(shapely.to_wkb(geom))}))"
        )

    def _boxes(self, boxes: list[tuple[float, float, float, float]]) -> str:
        parts = []
        for minx, miny, maxx, maxy in boxes:
            if self.d is POSTGIS:
                parts.append(
                    f"e.geom && ST_MakeEnvelope({self.bind(minx)}, {self.bind(miny)}, {self.bind(maxx)}, {self.bind(maxy)}, 4326)"
                )
            else:
                tree = (
                    f"e.rid IN (SELECT rid FROM events_rtree WHERE maxlon >= {self.bind(minx)} AND minlon <= "
                    f"{self.bind(maxx)} AND maxlat >= {self.bind(miny)} AND minlat <= {self.bind(maxy)})"
                )
                exact = (
                    f"e.lon BETWEEN {self.bind(minx)} AND {self.bind(maxx)} AND e.lat BETWEEN {self.bind(miny)} "
                    f"AND {self.bind(maxy)}"
                )
                parts.append(f"({tree} AND {exact})")
        return f"({' OR '.join(parts)})"


def _family(kind: str) -> str:
    return "number" if kind in ("integer", "number") else kind


def _coerce(value: Any, q: Queryable) -> Any:
    """A literal checked against the queryable's type, in the form the column stores."""
    if isinstance(value, ast.Node | values.Geometry | values.Envelope):
        raise InvalidQuery(f"{q.name} must be compared with a literal value", param=_PARAM)
    if q.kind == "date":
        if isinstance(value, dt.datetime):
            if value.tzinfo is not None:
                value = value.astimezone(dt.UTC)
            return value.date().isoformat()
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value).isoformat()
            except ValueError:
                pass
        raise InvalidQuery(f"{q.name} compares with DATE('YYYY-MM-DD'), not {value!r}", param=_PARAM)
    if q.kind in ("integer", "number"):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise InvalidQuery(f"{q.name} is a number; {value!r} is not", param=_PARAM)
        return value
    if not isinstance(value, str):
        raise InvalidQuery(f"{q.name} is text; quote the value ('...'), not {value!r}", param=_PARAM)
    return value


def _is_geometry_attr(node: Any) -> bool:
    return isinstance(node, ast.Attribute) and node.name in (GEOMETRY, "geom")


def _as_boxes(literal: Any) -> list[tuple[float, float, float, float]] | None:
    """A BBOX literal as boxes that do not cross 180° (a box with minx > maxx crosses it, as in bbox=)."""
    if isinstance(literal, values.Envelope):
        box = (float(literal.x1), float(literal.y1), float(literal.x2), float(literal.y2))
    elif (
        isinstance(literal, ast.Function)
        and literal.name.lower() == "bbox"
        and len(literal.arguments) in (4, 6)
    ):
        a = [float(x) for x in literal.arguments]
        box = (a[0], a[1], a[2], a[3]) if len(a) == 4 else (a[0], a[1], a[3], a[4])
    else:
        return None
    if box[1] > box[3]:
        raise InvalidQuery("BBOX minimum latitude exceeds its maximum", param=_PARAM)
    return split_bbox(box)


def _as_shape(literal: Any):
    boxes = _as_boxes(literal)
    if boxes is not None:
        return shapely.union_all([shapely.box(*b) for b in boxes])
    if isinstance(literal, values.Geometry):
        try:
            geom = shape(literal.geometry)
        except Exception as exc:
            raise InvalidQuery(f"bad geometry: {exc}", param=_PARAM) from None
        if geom.is_empty:
            raise InvalidQuery("the geometry is empty", param=_PARAM)
        return geom
    raise InvalidQuery("spatial functions need a geometry literal (POINT, POLYGON, BBOX...)", param=_PARAM)


# -- LIKE patterns ------------------------------------------------------------------------------------------


def _like_tokens(pattern: str) -> list[tuple[str, str]]:
    """CQL2 LIKE pattern -> [("any"|"one"|"lit", char)]: % any run, _ one character, \\ escapes."""
    out: list[tuple[str, str]] = []
    chars = iter(pattern)
    for ch in chars:
        if ch == "\\":
            nxt = next(chars, None)
            if nxt is None:
                raise InvalidQuery("LIKE pattern ends with an escape character", param=_PARAM)
            out.append(("lit", nxt))
        elif ch == "%":
            out.append(("any", ""))
        elif ch == "_":
            out.append(("one", ""))
        else:
            out.append(("lit", ch))
    return out


def _glob(tokens: list[tuple[str, str]]) -> str:
    special = {"*": "[*]", "?": "[?]", "[": "[[]"}
    return "".join("*" if k == "any" else "?" if k == "one" else special.get(c, c) for k, c in tokens)


def _sql_like(tokens: list[tuple[str, str]]) -> str:
    def lit(c: str) -> str:
        return "\\" + c if c in "%_\\" else c

    return "".join("%" if k == "any" else "_" if k == "one" else lit(c) for k, c in tokens)


# -- SQLite's spatial predicate ------------------------------------------------------------------------------


@functools.lru_cache(maxsize=64)
def _prepared(wkb: bytes):
    geom = shapely.from_wkb(wkb)
    shapely.prepare(geom)
    return geom


def sqlite_spatial(op: str, lon: float, lat: float, wkb: bytes) -> int:
    """cm_spatial(op, lon, lat, wkb): does the event point stand in relation `op` to the geometry?"""
    geom = _prepared(bytes(wkb))
    pt = shapely.Point(lon, lat)
    if op == "intersects":
        return int(shapely.intersects(geom, pt))
    if op == "within":  # the point within the geometry = the geometry contains the point
        return int(shapely.contains(geom, pt))
    if op == "contains":
        return int(shapely.contains(pt, geom))
    return int(getattr(shapely, op)(pt, geom))
