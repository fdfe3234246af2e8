"""Score the coder on the wire-style sets of tests/extract/wire_styles.py, per set and field, as the README
reports them: recall, type, fatalities, injured, claim status (and who disputes), precision, and violent
events coded in quiet articles. Fields are compared always, so an invented toll counts as wrong.

    python tests/extract/score_wire_styles.py [--ner none|model] [--set fifth] [--errors]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import wire_set7  # noqa: E402
import wire_set9  # noqa: E402
import wire_set10  # noqa: E402
import wire_set11  # noqa: E402
import wire_set12  # noqa: E402
import wire_set13  # noqa: E402
import wire_set14  # noqa: E402
import wire_set15  # noqa: E402
import wire_set16  # noqa: E402
import wire_set17  # noqa: E402
import wire_set18  # noqa: E402
import wire_set19  # noqa: E402
import wire_set20  # noqa: E402
import wire_set21  # noqa: E402
import wire_set22  # noqa: E402
import wire_set23  # noqa: E402
import wire_set24  # noqa: E402
import wire_set25  # noqa: E402
import wire_styles as ws  # noqa: E402
from wire_set8 import EIGHTH_SET  # noqa: E402

from app.extract import Extractor  # noqa: E402
from app.extract.model import Article  # noqa: E402
from app.gazetteer import load_gazetteer  # noqa: E402
from app.geocode import Geocoder  # noqa: E402
from app.settings import Settings  # noqa: E402

SETS = {
    "first": ws.ARTICLES,
    "second": ws.UNSEEN,
    "third": ws.THIRD_SET,
    "fourth": ws.FOURTH_SET,
    "fifth": ws.FIFTH_SET,
    "sixth": ws.SIXTH_SET,
    "seventh": wire_set7.SEVENTH_SET,
    "ninth": wire_set9.NINTH_SET,
    "eighth": EIGHTH_SET,
    "tenth": wire_set10.TENTH_SET,
    "eleventh": wire_set11.ELEVENTH_SET,
    "thirteenth": wire_set13.THIRTEENTH_SET,
    "fourteenth": wire_set14.FOURTEENTH_SET,
    "twelfth": wire_set12.TWELFTH_SET,
    "fifteenth": wire_set15.FIFTEENTH_SET,
    "sixteenth": wire_set16.SIXTEENTH_SET,
    "seventeenth": wire_set17.SEVENTEENTH_SET,
    "eighteenth": wire_set18.EIGHTEENTH_SET,
    "nineteenth": wire_set19.NINETEENTH_SET,
    "twentieth": wire_set20.TWENTIETH_SET,
    "twentyfirst": wire_set21.TWENTYFIRST_SET,
    "twentysecond": wire_set22.TWENTYSECOND_SET,
    "twentythird": wire_set23.TWENTYTHIRD_SET,
    "twentyfourth": wire_set24.TWENTYFOURTH_SET,
    "twentyfifth": wire_set25.TWENTYFIFTH_SET,
}
QUIET = ws.QUIET | wire_set9.QUIET | wire_set10.QUIET
QUIET |= wire_set13.QUIET
QUIET |= wire_set11.QUIET
QUIET |= wire_set14.QUIET
QUIET |= wire_set12.QUIET
QUIET |= wire_set15.QUIET
QUIET |= wire_set16.QUIET
QUIET |= wire_set17.QUIET
QUIET |= wire_set18.QUIET
QUIET |= wire_set19.QUIET
QUIET |= wire_set20.QUIET
QUIET |= wire_set21.QUIET
QUIET |= wire_set22.QUIET
QUIET |= wire_set23.QUIET
QUIET |= wire_set24.QUIET
QUIET |= wire_set25.QUIET
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def score(extractor: Extractor, articles: dict, *, errors: bool = False) -> dict:
    gold_n = matched = 0
    ok = {"type": 0, "fatalities": 0, "injured": 0, "claim": 0, "disputed_by": 0}
    emitted = invented = quiet_violent = 0
    for name, (published, text, gold) in articles.items():
        title = text.split("\n", 1)[0]
        found = extractor.events(Article(id=name, text=text, title=title, published=published))
        emitted += len(found)
        if name in QUIET:
            quiet_violent += sum(e.event_type in VIOLENT for e in found)
        pairs, extra = ws.match(gold, found)
        invented += len(extra)
        gold_n += len(pairs)
        for g, e in pairs:
            if e is None:
                if errors:
                    print(f"  {name}: MISSED {g}")
                continue
            matched += 1
            wrong = ws.wrong_fields(g, e)
            for field in ok:
                ok[field] += not any(w.startswith(field + ":") for w in wrong)
            if errors and wrong:
                print(f"  {name}: {e.location} ({e.event_date}): {'; '.join(wrong)}")
        if errors:
            for e in extra:
                print(f"  {name}: INVENTED {e.event_type} at {e.location} ({e.event_date}): {e.notes[:90]!r}")

    def r(a: int, b: int) -> float | None:
        return round(a / b, 3) if b else None

    return {
        "recall": r(matched, gold_n),
        **{f: r(n, matched) for f, n in ok.items()},
        "precision": r(emitted - invented, emitted),
        "events": emitted,
        "violent_in_quiet": quiet_violent,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ner", choices=["none", "model"], default="none")
    ap.add_argument("--set", choices=[*SETS, "all"], default="all")
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args()
    extractor = Extractor(
        Geocoder(load_gazetteer(Settings())),
        settings=Settings(ner_model="none" if args.ner == "none" else None),
    )
    chosen = SETS if args.set == "all" else {args.set: SETS[args.set]}
    for name, articles in chosen.items():
        print(name, score(extractor, articles, errors=args.errors))


if __name__ == "__main__":
    main()
