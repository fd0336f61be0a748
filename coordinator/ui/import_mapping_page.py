"""The first page of the import wizard: the file, its sheet and the column of each field.

Layout and the user's choices only: the controller reads the file, reviews the
mapping and plans the import when the signals ask for it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from coordinator.excel import RosterField, RosterTable
from coordinator.services.roster_mapping_review import FieldSource, MappingReview
from coordinator.ui.icons import icon
from coordinator.ui.import_sample_model import ImportSampleModel
from coordinator.ui.import_texts import column_title, doubt_text, field_labels, review_tooltip

FIELDS_PER_ROW = 3
NOT_IMPORTED = -1
SAMPLE_SHOWN = 8
ICON_SIZE = 16
STATUS_FIELDS = 3
"""How many uncertain fields the status explains; the marks' tooltips explain all."""


class FieldChooser:
    """A field's label, the combo choosing its column and the mark of an uncertain choice."""

    def __init__(self, field: RosterField, label: str, parent: QWidget) -> None:
        self.field = field
        self.label = QLabel(label, parent)
        self.combo = QComboBox(parent)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(14)
        self.combo.setObjectName(f"column_of_{field.value}")
        self.label.setBuddy(self.combo)
        self.mark = QLabel(parent)
        self.mark.setFixedWidth(ICON_SIZE + 2)

    def column(self) -> int | None:
        """Return the chosen column (``None``: not imported)."""
        data = self.combo.currentData()
        return None if data is None or data == NOT_IMPORTED else int(data)

    def choose(self, column: int | None) -> None:
        """Select ``column`` without telling anyone."""
        target = NOT_IMPORTED if column is None else column
        blocked = self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(self.combo.findData(target), 0))
        self.combo.blockSignals(blocked)

    def mark_uncertain(self, tooltip: str) -> None:
        """Show the warning mark with ``tooltip``, or no mark for an empty one."""
        if tooltip:
            self.mark.setPixmap(icon("import-uncertain").pixmap(ICON_SIZE, ICON_SIZE))
        else:
            self.mark.clear()
        self.mark.setToolTip(tooltip)
        self.combo.setToolTip(tooltip)
        font = self.label.font()
        font.setBold(bool(tooltip))
        self.label.setFont(font)


class ImportMappingPage(QWizardPage):
    """Which file and sheet to read, and which column fills each field, over the first rows.

    Signals:
        file_requested(): the user wants to choose another file.
        sheet_chosen(str): the user chose another sheet of the workbook.
        mapping_changed(object): the user chose another column for a field; the
            argument is the whole mapping, ``dict[RosterField, int]``.
    """

    file_requested = Signal()
    sheet_chosen = Signal(str)
    mapping_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Sheet and columns"))
        self.setSubTitle(
            self.tr(
                "Check which column of the file fills each field. The first rows of the file "
                "are shown under its columns; a mark shows a column to check."
            )
        )
        self._review: MappingReview | None = None
        self.file_label = QLabel(self)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_file = QPushButton(self.tr("Choose another &file…"), self)
        self.sheet = QComboBox(self)
        self.sheet.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.header_note = QLabel(self)
        self.fields_box = QGroupBox(self.tr("Column of each field"), self)
        self.choosers = {
            field: FieldChooser(field, label, self.fields_box)
            for field, label in field_labels().items()
        }
        self.status_icon = QLabel(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.sample_model = ImportSampleModel(self)
        self.sample_view = QTableView(self)
        self.sample_view.setModel(self.sample_model)
        self._configure_sample_view()
        self._build_layout()
        self._connect_signals()

    def _configure_sample_view(self) -> None:
        view = self.sample_view
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        view.setWordWrap(False)
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(view.fontMetrics().height() + 8)

    def _build_layout(self) -> None:
        source = QHBoxLayout()
        source.addWidget(QLabel(self.tr("File:"), self))
        source.addWidget(self.file_label, 1)
        source.addWidget(self.choose_file)
        sheet_row = QHBoxLayout()
        sheet_label = QLabel(self.tr("&Sheet:"), self)
        sheet_label.setBuddy(self.sheet)
        sheet_row.addWidget(sheet_label)
        sheet_row.addWidget(self.sheet)
        sheet_row.addWidget(self.header_note, 1)
        grid = QGridLayout(self.fields_box)
        grid.setHorizontalSpacing(6)
        for position, chooser in enumerate(self.choosers.values()):
            row, group = divmod(position, FIELDS_PER_ROW)
            grid.addWidget(chooser.mark, row, group * 3)
            grid.addWidget(chooser.label, row, group * 3 + 1)
            grid.addWidget(chooser.combo, row, group * 3 + 2)
        for group in range(FIELDS_PER_ROW):
            grid.setColumnStretch(group * 3 + 2, 1)
            if group:
                grid.setColumnMinimumWidth(group * 3, 24)
        status = QHBoxLayout()
        status.addWidget(self.status_icon, 0, Qt.AlignmentFlag.AlignTop)
        status.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(source)
        layout.addLayout(sheet_row)
        layout.addWidget(self.fields_box)
        layout.addLayout(status)
        layout.addWidget(QLabel(self.tr("The first rows of the file:"), self))
        layout.addWidget(self.sample_view, 1)

    def _connect_signals(self) -> None:
        self.choose_file.clicked.connect(self.file_requested)
        self.sheet.activated.connect(self._on_sheet_activated)
        for chooser in self.choosers.values():
            chooser.combo.currentIndexChanged.connect(self._on_column_chosen)

    # What the controller shows

    def show_table(self, table: RosterTable, review: MappingReview) -> None:
        """Show a freshly read table: its file, sheets, column choices and first rows."""
        self._show_source(table)
        self._fill_choosers(table, review)
        self.sample_model.set_sample(table.sample(SAMPLE_SHOWN), review)
        self.sample_view.resizeColumnsToContents()
        header = self.sample_view.horizontalHeader()
        for section in range(header.count()):
            header.resizeSection(section, min(max(header.sectionSize(section), 90), 260))
        self.show_review(review)

    def _show_source(self, table: RosterTable) -> None:
        path = Path(table.source)
        self.file_label.setText(path.name)
        self.file_label.setToolTip(str(path))
        self.sheet.clear()
        model = self.sheet.model()
        for summary in table.sheets:
            if summary.header_row is None:
                text = self.tr("{sheet} (no roster found)").format(sheet=summary.name)
            else:
                text = summary.name
            self.sheet.addItem(text, summary.name)
            if summary.header_row is None and isinstance(model, QStandardItemModel):
                item = model.item(self.sheet.count() - 1)
                item.setEnabled(False)
        self.sheet.setCurrentIndex(max(self.sheet.findData(table.sheet), 0))
        self.sheet.setEnabled(len(table.sheets) > 1)
        self.header_note.setText(
            self.tr("Header on row {row}; %Ln row(s) below it.", "", len(table.rows)).format(
                row=table.header_row
            )
        )

    def select_sheet(self, name: str) -> None:
        """Show ``name`` as the chosen sheet again (reading another one failed)."""
        self.sheet.setCurrentIndex(max(self.sheet.findData(name), 0))

    def _fill_choosers(self, table: RosterTable, review: MappingReview) -> None:
        titles = [(column.index, column_title(column)) for column in review.columns]
        for chooser in self.choosers.values():
            combo = chooser.combo
            blocked = combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not imported —"), NOT_IMPORTED)
            for index, title in titles:
                combo.addItem(title, index)
            combo.blockSignals(blocked)
            chooser.choose(table.mapping.get(chooser.field))

    def show_review(self, review: MappingReview) -> None:
        """Mark the uncertain fields and say what needs the user's attention."""
        self._review = review
        labels = field_labels()
        for field, chooser in self.choosers.items():
            field_review = review.field(field)
            chooser.choose(field_review.column)
            chooser.mark_uncertain(review_tooltip(field_review, labels, review.columns))
        self.sample_model.set_review(review)
        self._show_status(review, labels)
        self.completeChanged.emit()

    def _show_status(self, review: MappingReview, labels: dict[RosterField, str]) -> None:
        if review.error is not None:
            text = self.tr(
                "Choose the column of the full name (or of the first and the last name) to go on."
            )
            self._set_status("import-problem", text)
            return
        uncertain = review.uncertain_fields
        if uncertain:
            lines = [self.tr("Check the marked fields before going on:")]
            lines += [
                f"• {labels[item.field]}: {doubt_text(item.doubts[0], labels, review.columns)}"
                for item in uncertain[:STATUS_FIELDS]
            ]
            if len(uncertain) > STATUS_FIELDS:
                lines.append("• " + ", ".join(labels[i.field] for i in uncertain[STATUS_FIELDS:]))
            self._set_status("import-uncertain", "\n".join(lines))
            return
        sources = {item.source for item in review.fields}
        if FieldSource.CHOSEN in sources:
            text = self.tr("Your choices will be kept for the next list with these headers.")
        elif FieldSource.REMEMBERED in sources:
            text = self.tr(
                "The columns are as you chose them for a list with these headers before."
            )
        else:
            text = self.tr("Every column was recognised by its header.")
        self._set_status("import-ok", text)

    def _set_status(self, icon_name: str, text: str) -> None:
        self.status_icon.setPixmap(icon(icon_name).pixmap(ICON_SIZE, ICON_SIZE))
        self.status.setText(text)

    # The user's choices

    def mapping(self) -> dict[RosterField, int]:
        """Return the mapping the combos show."""
        return {
            field: column
            for field, chooser in self.choosers.items()
            if (column := chooser.column()) is not None
        }

    def _on_column_chosen(self) -> None:
        self.mapping_changed.emit(self.mapping())

    def _on_sheet_activated(self, index: int) -> None:
        name = self.sheet.itemData(index)
        if isinstance(name, str):
            self.sheet_chosen.emit(name)

    def isComplete(self) -> bool:
        """Go on only with a mapping that names the participant."""
        return self._review is not None and self._review.error is None
