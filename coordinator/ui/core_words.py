"""The core's sentences in the interface's language.

The services, importers and conflict rules say what happened with
:func:`coordinator.domain.messages.said`: English text that carries its
template and values. Here the template is looked up in the ``Core`` context of
the installed translation (the catalog of every template is
:mod:`coordinator.ui.core_messages`) and the values are filled in; a sentence
without a template (plain ``str``) is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coordinator.domain.messages import Said, said_of

CONTEXT = "Core"


def translated(text: str) -> str:
    """Return ``text`` in the interface's language, when it is a core sentence."""
    if not isinstance(text, Said):
        return text
    values = {
        name: translated(value) if isinstance(value, str) else value
        for name, value in text.values.items()
    }
    template = QCoreApplication.translate(CONTEXT, text.template)
    try:
        return template.format_map(values)
    except (KeyError, IndexError, ValueError):
        # A translation that lost a placeholder must not hide what happened.
        return text.template.format_map(values)


def error_text(error: BaseException) -> str:
    """Return what ``error`` says, translated when a service said it with a template."""
    return translated(said_of(error))
