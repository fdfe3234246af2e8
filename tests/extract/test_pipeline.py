"""app.extract.pipeline.collector_paused: the cyclic collector is off while articles are processed, and back
exactly as it was when the last overlapping extraction ends."""

from __future__ import annotations

import gc
import threading

import pytest

from app.extract import pipeline
from app.extract.pipeline import collector_paused


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_the_collector_is_off_inside_and_on_again_after(collector_on):
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # events() inside parse()
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_off_before_stays_off(collector_on):
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_overlapping_extractions_in_threads_turn_it_on_only_when_the_last_ends(collector_on):
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen = {}

    def first():
        with collector_paused():
            first_in.set()
            second_in.wait(5)
        first_out.set()

    def second():
        first_in.wait(5)
        with collector_paused():
            second_in.set()
            first_out.wait(5)
            seen["after the first ended"] = gc.isenabled()
        seen["after both ended"] = gc.isenabled()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert seen == {"after the first ended": False, "after both ended": True}


def test_a_long_overlap_still_collects(collector_on, monkeypatch):
    monkeypatch.setattr(pipeline, "MAX_COLLECTOR_PAUSE_S", 0.0)
    calls = []
    monkeypatch.setattr(pipeline.gc, "collect", lambda *a: calls.append(a) or 0)
    with collector_paused():
        with collector_paused():
            pass  # ends while the outer one still runs, past the (zero) limit: one collection
        assert calls == [()]
        assert not gc.isenabled()
    assert gc.isenabled()
