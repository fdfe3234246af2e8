"""conflictmap: war reporting to a map people can trust."""

from app import regex_cache as _regex_cache

__version__ = "0.1.0"

# before any module of app compiles its patterns (app/regex_cache.py)
_regex_cache.install()
