"""Lists kept as JSON text: read once per distinct text, refused when they are not lists."""

from __future__ import annotations

import pytest

from coordinator.store.json_lists import string_list


def test_a_stored_list_comes_back_as_a_tuple_of_strings() -> None:
    assert string_list('["kk", "ru", "tr"]') == ("kk", "ru", "tr")
    assert string_list("[1, 2]") == ("1", "2")
    assert string_list(None) == ()
    assert string_list("") == ()
    assert string_list("null") == ()
    assert string_list("[]") == ()


def test_the_same_text_is_parsed_once() -> None:
    string_list.cache_clear()
    for _ in range(1000):
        string_list('["en"]')
    assert string_list.cache_info().misses == 1


def test_text_that_is_not_a_list_is_refused() -> None:
    with pytest.raises(TypeError):
        string_list('{"en": true}')
    with pytest.raises(ValueError, match="Expecting"):
        string_list("[en")
