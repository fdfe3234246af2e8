"""Geoparsing measured as an outside user would: the public benchmark corpora of Gritta et al.
(GeoWebNews, LGL, TR-News, GeoVirus; github.com/milangritta/Pragmatic-Guide-to-Geoparsing-Evaluation).

The corpora are NOT part of the project: pass their paths (or a folder holding GWN.xml, lgl.xml,
TR-News.xml, GeoVirus.xml) as arguments or in CONFLICTMAP_BENCH_CORPORA; a missing corpus is skipped
with a message. Usage:

    python tests/benchmarks/bench_geoparsing.py /path/to/GWN.xml /path/to/lgl.xml [--modes rules,model]

Per corpus and recogniser mode (rules only = CONFLICTMAP_NER_MODEL=none; model = the NER stage on):
- precision / recall / F1 of literal toponyms, spans matched by overlap. Recall counts the literal
  toponyms found; precision counts a found span right when it overlaps any annotated toponym (a
  metonymic "Moscow" is a toponym; GWN's "Literal", "Mixed" and "Literal_Modifier" types are the
  literal ones, as in the issue's baseline; LGL, TR-News and GeoVirus annotate literal places only);
- Acc@161 of found: share of found literal toponyms with coordinates resolved within 161 km,
  with the mean and median error in km;
- Acc@161 on gold spans: the gold literal spans alone handed to the resolver (a span it cannot
  resolve counts as wrong);
- articles/s of the geoparse in one process.

Mentions flagged `adjectival` ("Turkish") or `metonymic` ("Moscow said") are left out of the scores, as the
seed scorer does (the system says they are not literal places); the P*, R*, F1* columns count them as
output (GWN, TR-News and partly LGL annotate country adjectives as toponyms, GeoVirus does not);
--count-flagged makes the other figures count them too.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CORPUS_FILES = ("GWN.xml", "lgl.xml", "TR-News.xml", "GeoVirus.xml")
GWN_LITERAL = {"Literal", "Mixed", "Literal_Modifier"}
GWN_NOT_TOPONYM = {"Non_Toponym", "Homonym", "Demonym", "Language"}


@dataclass(slots=True)
class Gold:
    start: int
    end: int
    literal: bool
    lat: float | None
    lon: float | None


@dataclass(slots=True)
class Doc:
    id: str
    text: str
    title: str | None
    gold: list[Gold] = field(default_factory=list)


def _f(el, tag):
    x = el.find(tag)
    return None if x is None or x.text is None else x.text.strip()


def read_corpus(path: Path) -> list[Doc]:
    """GWN, LGL/TR-News or GeoVirus XML -> documents with their gold spans (format told by the tags)."""
    root = ET.parse(path).getroot()
    docs: list[Doc] = []
    for n, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        title = (art.findtext("title") or "").strip() or None
        doc = Doc(art.get("docid") or art.get("file") or str(n), text, title)
        if art.find("locations") is not None:  # GeoVirus: offsets one past the name; realigned on it
            for loc in art.find("locations"):
                start, end = _align(text, _f(loc, "name") or "", int(_f(loc, "start")), int(_f(loc, "end")))
                doc.gold.append(Gold(start, end, True, float(_f(loc, "lat")), float(_f(loc, "lon"))))
        else:
            for t in art.find("toponyms") or []:
                name = _f(t, "phrase") or _f(t, "extractedName") or ""
                start, end = _align(text, name, int(_f(t, "start")), int(_f(t, "end")))
                if t.find("gaztag") is not None:  # LGL, TR-News
                    g = t.find("gaztag")
                    lat, lon = _f(g, "lat"), _f(g, "lon")
                    doc.gold.append(Gold(start, end, True, _num(lat), _num(lon)))
                elif t.find("type") is not None:  # GWN
                    kind = _f(t, "type") or ""
                    lat, lon = _f(t, "latitude"), _f(t, "longitude")
                    if kind in GWN_NOT_TOPONYM or "Expression" in kind or lat is None:
                        continue
                    doc.gold.append(Gold(start, end, kind in GWN_LITERAL, _num(lat), _num(lon)))
                else:  # LGL toponym without a gazetteer entry: still a literal place
                    doc.gold.append(Gold(start, end, True, None, None))
        docs.append(doc)
    return docs


def _align(text: str, name: str, start: int, end: int) -> tuple[int, int]:
    """The annotated span, moved onto its name when the offsets are off by a few characters."""
    if not name or text[start:end] == name:
        return start, end
    for d in (-1, 1, -2, 2, -3, 3):
        if text[start + d : start + d + len(name)] == name:
            return start + d, start + d + len(name)
    return start, end


def _num(x: str | None) -> float | None:
    try:
        return float(x) if x is not None else None
    except ValueError:
        return None


def _km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def _overlaps(a0, a1, b0, b1) -> bool:
    return a0 < b1 and b0 < a1


@dataclass(slots=True)
class Score:
    found: int = 0  # predicted spans
    right: int = 0  # predicted spans overlapping any gold toponym
    literal: int = 0  # gold literal spans
    hit: int = 0  # gold literal spans overlapped by a prediction
    # the same three counting the flagged (adjectival/metonymic) mentions as output
    all_found: int = 0
    all_right: int = 0
    all_hit: int = 0
    errors: list[float] = field(default_factory=list)  # km, found literal toponyms with coordinates
    gold_errors: list[float] = field(default_factory=list)  # km, gold spans resolved alone (inf = none)
    seconds: float = 0.0
    articles: int = 0

    def row(self) -> dict[str, float]:
        p = self.right / self.found if self.found else 0.0
        r = self.hit / self.literal if self.literal else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        pa = self.all_right / self.all_found if self.all_found else 0.0
        ra = self.all_hit / self.literal if self.literal else 0.0
        fa = 2 * pa * ra / (pa + ra) if pa + ra else 0.0
        acc = sum(e <= 161 for e in self.errors) / len(self.errors) if self.errors else 0.0
        finite = [e for e in self.errors if math.isfinite(e)]
        gacc = sum(e <= 161 for e in self.gold_errors) / len(self.gold_errors) if self.gold_errors else 0.0
        return {
            "P": p, "R": r, "F1": f, "P*": pa, "R*": ra, "F1*": fa, "acc161": acc,
            "mean_km": statistics.fmean(finite) if finite else 0.0,
            "median_km": statistics.median(finite) if finite else 0.0,
            "gold_acc161": gacc,
            "art_s": self.articles / self.seconds if self.seconds else 0.0,
        }  # fmt: skip


def make_extractor(mode: str):
    """An Extractor with the recogniser of `mode` ("rules" or "model")."""
    from app.extract import Extractor
    from app.gazetteer import load_gazetteer
    from app.geocode import Geocoder
    from app.settings import Settings

    settings = Settings(ner_model="none") if mode == "rules" else Settings()
    geocoder = Geocoder(load_gazetteer(settings))
    return Extractor(geocoder, settings=settings)


def score_corpus(
    ex, docs: list[Doc], *, gold_spans: bool = True, errors_out=None, count_flagged: bool = False
) -> Score:
    from app.extract import Article

    sc = Score()
    parsed = []
    t0 = time.perf_counter()
    for d in docs:
        parsed.append(ex.geoparse(Article(id=d.id, text=d.text, title=None)))
    sc.seconds = time.perf_counter() - t0
    sc.articles = len(docs)
    for d, mentions in zip(docs, parsed, strict=True):
        lits = [g for g in d.gold if g.literal]
        sc.all_found += len(mentions)
        sc.all_right += sum(any(_overlaps(m.start, m.end, g.start, g.end) for g in d.gold) for m in mentions)
        sc.all_hit += sum(any(_overlaps(m.start, m.end, g.start, g.end) for m in mentions) for g in lits)
        if not count_flagged:  # as the seed scorer: a flagged mention is not a claim of a literal place
            mentions = [m for m in mentions if not (m.metonymic or m.adjectival)]
        sc.literal += len(lits)
        sc.found += len(mentions)
        for m in mentions:
            if any(_overlaps(m.start, m.end, g.start, g.end) for g in d.gold):
                sc.right += 1
            elif errors_out is not None:
                errors_out.append(("FP", d.id, d.text[m.start : m.end], m.name, m.country_code))
        for g in lits:
            over = [m for m in mentions if _overlaps(m.start, m.end, g.start, g.end)]
            if not over:
                if errors_out is not None:
                    errors_out.append(("FN", d.id, d.text[g.start : g.end]))
                continue
            sc.hit += 1
            if g.lat is not None:
                m = over[0]
                e = _km(m.lat, m.lon, g.lat, g.lon)
                sc.errors.append(e)
                if errors_out is not None and e > 161:
                    errors_out.append(
                        ("FAR", d.id, d.text[g.start : g.end], m.name, m.country_code, round(e))
                    )
        if gold_spans:
            spans = [(g.start, g.end) for g in lits if g.lat is not None]
            got = ex.resolve_spans(Article(id=d.id, text=d.text, title=None), spans)
            for g in (g for g in lits if g.lat is not None):
                c = got.get((g.start, g.end))
                sc.gold_errors.append(math.inf if c is None else _km(c.lat, c.lon, g.lat, g.lon))
    return sc


def corpus_paths(args: list[str]) -> list[Path]:
    raw = args or [p for p in os.environ.get("CONFLICTMAP_BENCH_CORPORA", "").split(os.pathsep) if p]
    out: list[Path] = []
    for a in raw:
        p = Path(a)
        if p.is_dir():
            out.extend(p / f for f in CORPUS_FILES if (p / f).is_file())
        elif p.is_file():
            out.append(p)
        else:
            print(f"skipped {p}: no such corpus file (see the module docstring for where to get it)")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpora", nargs="*", help="corpus XML files or a folder holding them")
    ap.add_argument("--modes", default="rules,model", help="comma list of: rules, model")
    ap.add_argument("--no-gold-spans", action="store_true", help="skip the gold-span resolution pass")
    ap.add_argument(
        "--count-flagged",
        action="store_true",
        help="score adjectival/metonymic mentions too (GWN annotates 'Turkish'; LGL and GeoVirus do not)",
    )
    ap.add_argument("--errors", type=int, default=0, help="print this many errors per kind (FP, FN, FAR)")
    ns = ap.parse_args(argv)
    paths = corpus_paths(ns.corpora)
    if not paths:
        print("geoparsing benchmark skipped: no corpus given (args or CONFLICTMAP_BENCH_CORPORA)")
        return 0
    header = f"{'corpus':10} {'mode':6} {'P':>6} {'R':>6} {'F1':>6} {'P*':>6} {'R*':>6} {'F1*':>6} {'A@161':>6} {'mean km':>8} {'med km':>7} {'gold A@161':>10} {'art/s':>7}"  # fmt: skip
    rows = []
    for mode in ns.modes.split(","):
        ex = make_extractor(mode.strip())
        for path in paths:
            docs = read_corpus(path)
            errs: list | None = [] if ns.errors else None
            sc = score_corpus(
                ex, docs, gold_spans=not ns.no_gold_spans, errors_out=errs, count_flagged=ns.count_flagged
            )
            r = sc.row()
            line = (f"{path.stem:10} {mode:6} {r['P']:6.3f} {r['R']:6.3f} {r['F1']:6.3f} {r['P*']:6.3f} {r['R*']:6.3f} {r['F1*']:6.3f} {r['acc161']:6.3f} "
                    f"{r['mean_km']:8.0f} {r['median_km']:7.1f} {r['gold_acc161']:10.3f} {r['art_s']:7.1f}")  # fmt: skip
            rows.append(line)
            print(line, flush=True)
            if errs:
                for kind in ("FP", "FN", "FAR"):
                    for e in [e for e in errs if e[0] == kind][: ns.errors]:
                        print("   ", *e)
    print("\n" + header)
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
