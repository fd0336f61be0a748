"""The words for activity kinds and roles, in English and Turkish: one vocabulary for every file.

Documents print these words and exported workbooks write them (``Nezaket
ziyareti``, ``Heyet başkanı``, ``Tercüman``), never the stored codes
(``courtesy_visit``, ``head``, ``interpreter``); workbook readers take them
back in either language. The tables live here, below documents and
workbooks alike, so a word is written down once.
"""

from __future__ import annotations

from collections.abc import Mapping

from coordinator.domain.enums import ActivityKind, GuideRole, ParticipantRole

WORD_LANGUAGES = ("en", "tr")

ACTIVITY_KIND_WORDS: dict[str, tuple[str, str]] = {
    ActivityKind.COURTESY_VISIT: ("Courtesy visit", "Nezaket ziyareti"),
    ActivityKind.MEETING: ("Meeting", "Toplantı"),
    ActivityKind.SITE_VISIT: ("Site visit", "Yerinde inceleme"),
    ActivityKind.CULTURAL_TOUR: ("Cultural tour", "Kültür gezisi"),
    ActivityKind.MEAL: ("Meal", "Yemek"),
    ActivityKind.TRANSFER: ("Transfer", "Transfer"),
    ActivityKind.CEREMONY: ("Ceremony", "Tören"),
    ActivityKind.FREE_TIME: ("Free time", "Serbest zaman"),
}
PARTICIPANT_ROLE_WORDS: dict[str, tuple[str, str]] = {
    ParticipantRole.HEAD: ("Head of delegation", "Heyet başkanı"),
    ParticipantRole.MEMBER: ("Delegate", "Heyet üyesi"),
    ParticipantRole.STAFF: ("Delegation staff", "Heyet personeli"),
}
GUIDE_ROLE_WORDS: dict[str, tuple[str, str]] = {
    GuideRole.GUIDE: ("Guide", "Rehber"),
    GuideRole.INTERPRETER: ("Interpreter", "Tercüman"),
    GuideRole.ESCORT: ("Escort", "Refakatçi"),
    GuideRole.DRIVER: ("Driver", "Şoför"),
    GuideRole.HOST_OFFICIAL: ("Host official", "Ev sahibi yetkili"),
}
YES_NO_WORDS: dict[bool, tuple[str, str]] = {True: ("yes", "evet"), False: ("no", "hayır")}


def pick_word(table: Mapping[str, tuple[str, str]], code: str, language: str) -> str:
    """Return ``code``'s word in ``language``; a code the table lacks as typed, without ``_``.

    Raises:
        ValueError: ``language`` is neither ``en`` nor ``tr``.
    """
    if language not in WORD_LANGUAGES:
        msg = f"Files are written in English (en) or Turkish (tr), not {language!r}"
        raise ValueError(msg)
    words = table.get(code)
    if words is None:
        return code.replace("_", " ")
    return words[WORD_LANGUAGES.index(language)]


def kind_word(kind: str, language: str) -> str:
    """Return an activity kind as a word (``courtesy_visit`` is ``Nezaket ziyareti`` in tr)."""
    return pick_word(ACTIVITY_KIND_WORDS, kind, language)


def participant_role_word(role: str, language: str) -> str:
    """Return a participant's role as words (``head`` is ``Head of delegation``)."""
    return pick_word(PARTICIPANT_ROLE_WORDS, role, language)


def guide_role_word(role: str, language: str) -> str:
    """Return a guide's role as a word (``interpreter`` is ``Tercüman`` in tr)."""
    return pick_word(GUIDE_ROLE_WORDS, role, language)


def yes_no_word(value: bool, language: str) -> str:
    """Return ``yes``/``no`` (``evet``/``hayır``) as a workbook cell writes it."""
    return YES_NO_WORDS[value][WORD_LANGUAGES.index(language)]
