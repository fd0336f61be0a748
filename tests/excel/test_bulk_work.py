"""Long work sets the older objects aside from the garbage collector, and puts them back."""

from __future__ import annotations

import gc
import weakref

import pytest

from coordinator.excel.bulk_work import older_objects_set_aside


def test_objects_are_set_aside_for_the_block_only() -> None:
    assert gc.get_freeze_count() == 0
    with older_objects_set_aside():
        assert gc.get_freeze_count() > 0
        with older_objects_set_aside():
            assert gc.get_freeze_count() > 0
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


def test_a_failure_puts_them_back() -> None:
    with pytest.raises(RuntimeError), older_objects_set_aside():
        raise RuntimeError
    assert gc.get_freeze_count() == 0


def test_objects_set_aside_before_stay_aside() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with older_objects_set_aside():
            pass
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_cycles_made_during_the_block_are_collected() -> None:
    class Node:
        partner: Node

    with older_objects_set_aside():
        gc.collect()
        first, second = Node(), Node()
        first.partner, second.partner = second, first
        del first, second
        assert gc.collect() >= 2


def test_cycles_left_at_the_end_are_swept_before_the_older_objects_return() -> None:
    class Node:
        partner: Node

    gc.disable()  # no automatic pass may do the sweeping for the block
    try:
        with older_objects_set_aside():
            first, second = Node(), Node()
            first.partner, second.partner = second, first
            left = weakref.ref(first)
            del first, second
        assert left() is None
    finally:
        gc.enable()
