"""app.extract.events: sentences that report hostile acts or territorial claims -> ACLED-coded events.

Named stages, one module each: trigger -> place -> when -> toll -> actors -> status, then merge; the word
lists they use are data files in lexicons/. `code_events` (coder.py) runs them over a parsed article.
"""

from app.extract.events.coder import code_events

__all__ = ["code_events"]
