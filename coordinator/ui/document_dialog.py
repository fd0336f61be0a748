"""The questions asked before a document is made: language, paper, for whom."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class DocumentChoice:
    """What the user chose: ``person_key`` is ``None`` for everyone."""

    language: str
    paper: str
    person_key: str | None
    badge_size: str


class DocumentDialog(QDialog):
    """Asks for the document's language, paper and whether it is for one person only.

    ``person`` is ``(key, name)`` of the participant selected in the roster,
    offered as "only for …" when the kind is made per person.
    """

    def __init__(
        self,
        title: str,
        language: str,
        person: tuple[str, str] | None,
        parent: QWidget,
        *,
        badges: bool = False,
        paper: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(360)
        self._person = person
        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Turkish"), "tr")
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.language.setAccessibleName(self.tr("Language of the document"))
        form.addRow(self.tr("&Language:"), self.language)
        self.paper = QComboBox(self)
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        self.paper.setAccessibleName(self.tr("Paper size"))
        if paper:
            form.addRow(self.tr("&Paper:"), self.paper)
        else:
            self.paper.hide()
        self.badge_size = QComboBox(self)
        self.badge_size.addItem(self.tr("8 a sheet (A7)"), "a7")
        self.badge_size.addItem(self.tr("4 a sheet (A6)"), "a6")
        if badges:
            form.addRow(self.tr("Badge &size:"), self.badge_size)
        else:
            self.badge_size.hide()
        self.everyone = QRadioButton(self.tr("For &everyone"), self)
        self.everyone.setChecked(True)
        self.only = QRadioButton(self)
        group = QButtonGroup(self)
        group.addButton(self.everyone)
        group.addButton(self.only)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if person is not None:
            self.only.setText(self.tr("&Only for {name}").format(name=person[1]))
            layout.addWidget(self.everyone)
            layout.addWidget(self.only)
        else:
            self.everyone.hide()
            self.only.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Make…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choice(self) -> DocumentChoice:
        """Return what the user chose."""
        only = self._person is not None and self.only.isChecked()
        return DocumentChoice(
            language=str(self.language.currentData()),
            paper=str(self.paper.currentData()),
            person_key=self._person[0] if only and self._person else None,
            badge_size=str(self.badge_size.currentData()),
        )
