"""app.extract.ner_process: the statistical recogniser in a helper process, for the articles of one run.

spaCy keeps the GIL for most of its work (its parser takes it back at every step of its nogil loop), so a
thread running the model beside the gazetteer work only slows both down. A second process does not: while
this one loads the gazetteer and spots, resolves and codes the articles, the helper imports spaCy, loads the
model and runs it over the same articles in order (app.extract.ner_worker is its program). The CLI verbs
that read all their articles first use it; it lives as long as the run and ends when its stdin closes.
The entities are the in-process ones: the same model, the same components, the same text.
"""

from __future__ import annotations

import atexit
import logging
import subprocess
import sys
from collections import deque
from contextlib import suppress
from pathlib import Path

import orjson

from app.extract import ner_worker
from app.extract.ner import Entity, Recogniser, load, model_name, warn_missing

log = logging.getLogger(__name__)

# Requests written ahead of the article being read: enough to keep the helper busy, few enough that a run of
# thousands of articles is not copied into the pipe (and the helper's memory) at once.
AHEAD = 8


class HelperRecogniser:
    """`entities(text)` as Recogniser's, answered by the helper process; `plan(texts)` says what comes."""

    def __init__(self, setting: str | None, name: str, proc: subprocess.Popen) -> None:
        self.setting = setting
        self.model = name
        self.name: str | None = None  # the loaded pipeline's, once the helper says it is ready
        self._proc = proc
        self._next = 0
        self._plan: deque[str] = deque()  # texts announced, not yet sent
        self._sent: dict[str, deque[int]] = {}  # text -> ids sent, not yet taken
        self._answers: dict[int, list] = {}
        self._fallback: Recogniser | None | bool = False  # in-process model, when the helper fails

    def plan(self, texts: list[str]) -> None:
        self._plan.extend(texts)
        self._top_up()

    def entities(self, text: str) -> list[Entity] | None:
        """The model's entities of `text`, or None when the model is not installed (rules only)."""
        if self._fallback is not False:
            return self._fallback.entities(text) if self._fallback is not None else None
        ids = self._sent.get(text)
        if not ids:  # not sent yet (announced later, or not at all): asked now
            if text in self._plan:
                self._plan.remove(text)
            ids = self._sent.setdefault(text, deque([self._send(text)]))
        rid = ids.popleft()
        if not ids:
            del self._sent[text]
        self._top_up()
        ents = self._answer(rid)
        if ents is None:
            return self.entities(text)  # the helper failed: answered in this process from now on
        return [Entity(s, e, label, text[s:e]) for s, e, label in ents]

    @property
    def ready(self) -> bool:
        """Whether the model is usable (waits for the helper to load it); False when it is not installed."""
        self._answer(None)
        return self.name is not None or bool(self._fallback)

    def close(self) -> None:
        """Ends the helper now: what it still has queued (an interrupted run's articles) is not wanted."""
        if self._proc.poll() is None:
            self._proc.terminate()
            self._proc.wait()
        for f in (self._proc.stdin, self._proc.stdout):
            with suppress(OSError):  # a request still buffered for a helper that is gone
                f.close()

    def __enter__(self) -> HelperRecogniser:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _top_up(self) -> None:
        pending = sum(len(ids) for ids in self._sent.values())
        while self._plan and pending < AHEAD and self._fallback is False:
            text = self._plan.popleft()
            self._sent.setdefault(text, deque()).append(self._send(text))
            pending += 1

    def _send(self, text: str) -> int:
        rid, self._next = self._next, self._next + 1
        try:
            self._proc.stdin.write(orjson.dumps({"id": rid, "text": text}) + b"\n")
            self._proc.stdin.flush()
        except OSError:  # the helper is gone; _answer finds out and falls back
            pass
        return rid

    def _answer(self, rid: int | None) -> list | None:
        """Reads the helper's lines until request `rid` is answered (None: until it is ready); None when the
        helper failed and this process took over."""
        while (self.name is None) if rid is None else (rid not in self._answers):
            if self._fallback is not False:
                return None
            line = self._proc.stdout.readline()
            if not line:
                self._take_over("the helper process ended")
                return None
            msg = orjson.loads(line)
            if "ready" in msg:
                self.name = msg["ready"]
                log.info("NER model %s loaded in a helper process (pid %s)", self.name, self._proc.pid)
            elif "error" in msg:
                warn_missing(self.model, msg["error"])
                self._fallback = None
                self._plan.clear()
                return None
            else:
                self._answers[msg["id"]] = msg["ents"]
        return self._answers.pop(rid) if rid is not None else None

    def _take_over(self, why: str) -> None:
        log.warning("NER model %s: %s; it runs in this process instead", self.model, why)
        self._fallback = load(self.setting)
        self._plan.clear()


_prestarted: dict[str | None, HelperRecogniser | None] = {}


def prestart(setting: str | None) -> None:
    """Starts the helper now, for the next `start(setting)` of this process to take (one never taken, as
    when a verb fails on its input, ends with the process)."""
    if setting not in _prestarted:
        _prestarted[setting] = _spawn(setting)


def start(setting: str | None) -> HelperRecogniser | None:
    """A helper process loading the model of this CONFLICTMAP_NER_MODEL setting (the one `prestart` started,
    if any); None when rules only or when no process can be started (the caller then loads the model
    in-process, as without a helper)."""
    if setting in _prestarted:
        return _prestarted.pop(setting)
    return _spawn(setting)


def _spawn(setting: str | None) -> HelperRecogniser | None:
    name = model_name(setting)
    if name is None:
        return None
    try:
        proc = subprocess.Popen(
            # -P: the script's folder (app/extract, which has a numbers.py) must not shadow the standard library
            [sys.executable, "-P", str(Path(ner_worker.__file__)), name],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
    except (OSError, ValueError) as exc:
        log.warning("NER helper process not started (%s); the model runs in this process", exc)
        return None
    helper = HelperRecogniser(setting, name, proc)
    atexit.register(helper.close)  # whatever happens to the run, the helper does not outlive it
    return helper
