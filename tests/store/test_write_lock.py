"""The store's write lock: a read-then-write step of one run is never interleaved with another's."""

from __future__ import annotations

import threading

import pytest

from storylens.store import open_store


def _wait_for(event: threading.Event) -> None:
    assert event.wait(120), "the other thread never got there"


def test_a_second_holder_waits_and_then_sees_the_first_ones_writes(store_url, records):
    first, second = open_store(store_url), open_store(store_url)
    inside, release, seen = threading.Event(), threading.Event(), []

    def hold_and_write():
        with first.write_lock():
            inside.set()
            _wait_for(release)
            first.save_analyses([records.make_analysis(records.make_article("a1"))])

    def read_under_the_lock():
        _wait_for(inside)
        with second.write_lock():
            seen.append(sorted(second.known_article_ids()))

    threads = [threading.Thread(target=hold_and_write), threading.Thread(target=read_under_the_lock)]
    for thread in threads:
        thread.start()
    _wait_for(inside)
    assert not seen  # the second reader is kept out while the first holds the lock
    release.set()
    for thread in threads:
        thread.join(120)
    assert seen == [["a1"]]  # ... and then reads what the first wrote, not a stale snapshot
    first.close()
    second.close()


def test_a_write_made_while_another_holds_the_lock_waits_instead_of_failing(store_url, records):
    holder, writer = open_store(store_url), open_store(store_url)
    inside, release, done = threading.Event(), threading.Event(), threading.Event()

    def hold():
        with holder.write_lock():
            inside.set()
            _wait_for(release)

    def write():
        _wait_for(inside)
        writer.save_analyses([records.make_analysis(records.make_article("b1"))])
        done.set()

    threads = [threading.Thread(target=hold), threading.Thread(target=write)]
    for thread in threads:
        thread.start()
    _wait_for(inside)
    release.set()
    for thread in threads:
        thread.join(120)
    assert done.is_set() and writer.known_article_ids() == {"b1"}
    holder.close()
    writer.close()


def test_an_error_under_the_lock_rolls_back_everything_written_in_it(store, records):
    with pytest.raises(RuntimeError):
        with store.write_lock():
            store.save_analyses([records.make_analysis(records.make_article("c1"))])
            assert store.known_article_ids() == {"c1"}  # reads in the block see its writes
            raise RuntimeError("stopped mid-step")
    assert store.known_article_ids() == set()


def test_the_lock_is_reentrant_on_one_thread(store, records):
    with store.write_lock():
        with store.write_lock():
            store.save_analyses([records.make_analysis(records.make_article("d1"))])
    assert store.known_article_ids() == {"d1"}
