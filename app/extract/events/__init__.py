"""app.extract.events: sentences that report hostile acts or territorial claims -> ACLED-coded events.

Named stages, one module each: trigger -> place -> when -> toll -> actors -> status, then merge; the word
lists they use are data files in lexicons/. `code_events` (coder.py) runs them over a parsed article.
"""

from __future__ import annotations


def code_events(parsed, geocoder):
    """The events of a parsed article (see coder.py); imported on first use so that app.extract.numbers can
    read the lexicons of this package without an import cycle."""
    from app.extract.events.coder import code_events as run

    return run(parsed, geocoder)


__all__ = ["code_events"]
