"""app.regex_cache: what `re` compiles for app's patterns, kept on disk between processes like bytecode.

Event coding and spotting compile about 550 regular expressions (the lexicons' long alternations among them)
when their modules are imported, and Python's `re` compiles each from its text in every new process: about
0.15 s of a 1.1 s `conflictmap extract`. The compiler's output is a pure function of the pattern, its flags and
the Python build, so it is stored once (keyed by all of them) beside the bytecode in app/__pycache__ and handed
to the regular-expression engine (`_sre.compile`) as it is in the next process, exactly as `re` would have
built it. Any doubt turns the cache off: another Python than the ones whose compiler this mirrors, a compiled
probe that differs from `re`'s own, an unreadable file. It is written even under PYTHONDONTWRITEBYTECODE (it
holds no bytecode, and that setting is common in containers, where it would cost every run); a folder that
cannot be written just leaves every process compiling as before. CONFLICTMAP_REGEX_CACHE=off turns it off.
"""

from __future__ import annotations

import _sre
import array
import atexit
import marshal
import os
import re
import sys
import threading
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]

# The compiler internals mirrored in _compile below are those of CPython 3.11-3.13.
_PYTHONS = ((3, 11), (3, 12), (3, 13))
MAX_ENTRIES = 3000  # patterns kept on disk; app compiles about 600
_FORMAT = 1

_lock = threading.Lock()
# read from disk: (flags, code as bytes, groups, groupindex, indexgroup) by (pattern, flags)
_stored: dict[tuple[str, int], tuple] = {}
_fresh: dict[tuple[str, int], tuple] = {}  # compiled here, by app's modules: written at exit
_original = _compiler.compile
_installed_at: Path | None = None


def cache_file(folder: Path | None = None) -> Path:
    """The cache of this Python build (its bytecode tag and the regex engine's version in the name)."""
    if folder is None:
        here = Path(__file__).resolve().parent
        prefix = sys.pycache_prefix
        folder = Path(prefix + str(here)) if prefix else here / "__pycache__"
    version = ".".join(map(str, sys.version_info[:3]))
    return folder / f"regex.{sys.implementation.cache_tag}-{version}-{_sre.MAGIC}-{_sre.CODESIZE}.marshal"


def _compile(pattern: str, flags: int) -> tuple[re.Pattern[str], tuple]:
    """re._compiler.compile's own steps (parse, generate code, map the groups), keeping what it hands _sre."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    entry = (
        int(flags | parsed.state.flags),
        array.array("I" if _sre.CODESIZE == 4 else "H", code).tobytes(),
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )
    return _build(pattern, entry), entry


def _build(pattern: str, entry: tuple) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = entry
    words = array.array("I" if _sre.CODESIZE == 4 else "H")
    words.frombytes(code)
    return _sre.compile(pattern, flags, words.tolist(), groups, dict(groupindex), indexgroup)


def _from_app() -> bool:
    """Asked by a module of app (past re's own frames): others' patterns are not stored."""
    frame = sys._getframe(3)
    for _ in range(8):
        if frame is None:
            return False
        name = frame.f_globals.get("__name__", "")
        if name != "re" and not name.startswith(("re.", "functools", __name__)):
            return name == "app" or name.startswith("app.")
        frame = frame.f_back
    return False


def _cached_compile(p, flags=0):
    if not isinstance(p, str) or flags & re.DEBUG:
        return _original(p, flags)
    key = (p, int(flags))
    entry = _stored.get(key) or _fresh.get(key)
    if entry is not None:
        return _build(p, entry)
    compiled, entry = _compile(p, int(flags))
    if _from_app():
        with _lock:
            if len(_fresh) < MAX_ENTRIES:
                _fresh[key] = entry
    return compiled


def _agrees() -> bool:
    """The mirror builds what re builds, on a probe with every kind of part the app's patterns use."""
    probe = (
        r"(?P<who>\b(?:army|forces?)\b)(?<!x)\s+(?:said|says)(?=\s)[^,.;]{0,40}?"
        r"(?:\d+(?:\.\d+)?|one|two)\s*(?i:km|miles)\b|(?#c)^\w+[’'\-]?$(?(who)a|b)"
    )
    for flags in (re.I,):
        compiled, entry = _compile(probe, int(flags))
        fresh = _original(probe, flags)
        if compiled != fresh or compiled.groupindex != fresh.groupindex or _build(probe, entry) != fresh:
            return False
    return True


def _load(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            data = marshal.load(fh)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(data, dict) or data.get("format") != _FORMAT:
        return {}
    entries = data.get("entries")
    return entries if isinstance(entries, dict) else {}


def save(path: Path | None = None) -> None:
    """Write what this process compiled for app beside what was read (the newest first when over the cap)."""
    path = path or _installed_at
    if path is None or not _fresh:
        return
    with _lock:
        entries = {**_fresh, **_stored}
    if len(entries) > MAX_ENTRIES:
        entries = dict(list(entries.items())[:MAX_ENTRIES])
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as fh:
            marshal.dump({"format": _FORMAT, "entries": entries}, fh)
        os.replace(tmp, path)  # readers see the old file or the new one, never half of one
    except OSError:
        tmp.unlink(missing_ok=True)
        return
    with _lock:
        _stored.update(_fresh)
        _fresh.clear()


def install(path: Path | None = None) -> bool:
    """Serve re's compilations from the cache at `path` (default: cache_file()); False when it cannot."""
    global _installed_at
    if os.environ.get("CONFLICTMAP_REGEX_CACHE", "").lower() in ("off", "0", "false", "no"):
        return False
    if sys.version_info[:2] not in _PYTHONS or _sre.CODESIZE not in (2, 4):
        return False
    if _compiler.compile is _cached_compile:
        return True
    try:
        if not _agrees():
            return False
    except Exception:  # noqa: BLE001 - any change in the internals mirrored here: plain re
        return False
    _installed_at = path or cache_file()
    _stored.update(_load(_installed_at))
    _compiler.compile = _cached_compile
    atexit.register(save)
    return True


def uninstall() -> None:
    """Back to re's own compiler (tests)."""
    global _installed_at
    _compiler.compile = _original
    _installed_at = None
    _stored.clear()
    _fresh.clear()
