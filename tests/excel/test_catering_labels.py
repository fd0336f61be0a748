"""The words of the catering sheets: every need named, both languages with the same placeholders."""

from __future__ import annotations

import string

from coordinator.domain.dietary import DietaryNeed
from coordinator.excel import catering_labels
from coordinator.excel.catering_labels import NEED_LABELS, need_label, word


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_need_has_a_word_in_both_languages() -> None:
    assert set(NEED_LABELS) == set(DietaryNeed)
    for need in DietaryNeed:
        assert need_label(need, "en")
        assert need_label(need, "tr")
        assert need_label(need, "en") != need.name  # a word, not an internal code


def test_both_languages_have_the_same_placeholders() -> None:
    for key, (english, turkish) in catering_labels._WORDS.items():
        assert _placeholders(english) == _placeholders(turkish), key


def test_words_are_filled_in() -> None:
    assert word("from", "tr", time="19:00") == "19:00 itibarıyla"
    assert word("title", "en", program="Visit") == "Caterer's sheet: Visit"
