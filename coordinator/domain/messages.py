"""Sentences the core says to a user, kept translatable.

The core speaks English, but a sentence that a user reads in the window must
reach the window as *what* was said, not only as finished English, so that the
Turkish interface can say it in Turkish. :func:`said` builds such a sentence:
it is a ``str`` (the English text, so the command line, logs and tests read it
as before) that also carries its template and values. The window translates the
template (the English text with ``{name}`` placeholders is the message id) and
fills in the values; a value that is itself a :class:`Said` is translated too.

Templates are string literals at the call, so a scan of the source finds every
one of them (the translation catalog of the window is built from that scan).
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["Said", "said", "said_of"]


class Said(str):
    """An English sentence that remembers its template and values.

    ``str(said)`` and every string operation see the English text; only
    :attr:`template` and :attr:`values` are extra. String methods return plain
    ``str``, so a sentence that is cut or joined falls back to English.
    """

    __slots__ = ("template", "values")

    template: str
    values: Mapping[str, object]

    def __new__(cls, template: str, values: Mapping[str, object]) -> Said:
        """Fill ``template`` with ``values`` and keep both."""
        self = super().__new__(cls, template.format_map(values))
        self.template = template
        self.values = values  # the caller's own keyword dictionary: no copy
        return self

    def __reduce__(self) -> tuple[type[Said], tuple[str, dict[str, object]]]:
        return (Said, (self.template, dict(self.values)))


def said(template: str, /, **values: object) -> Said:
    """Return the sentence ``template`` with ``values`` filled in.

    ``template`` must be a string literal with ``{name}`` placeholders (no
    conversions or format specs: format the value before passing it), so that
    translations can keep every placeholder.
    """
    return Said(template, values)


def said_of(error: BaseException) -> str:
    """Return what ``error`` says, keeping its template when it was raised with :func:`said`."""
    first = error.args[0] if len(error.args) == 1 else None
    return first if isinstance(first, str) else str(error)
