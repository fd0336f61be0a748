"""The selected program: a header and the tabs Roster, Itinerary, Guides and Logistics."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from coordinator.ui.formatting import format_day_range, format_languages
from coordinator.ui.placeholder import EmptyPlaceholder
from coordinator.ui.program_tables import GuidesModel, ItineraryModel, RosterModel
from coordinator.ui.record_table_view import RecordTableView

if TYPE_CHECKING:
    from coordinator.services.records import ProgramRecord
    from coordinator.ui.guides_page import GuidesPage
    from coordinator.ui.itinerary_page import ItineraryPage
    from coordinator.ui.logistics_page import LogisticsPage

ITINERARY_PAGE, GUIDES_PAGE, LOGISTICS_PAGE = 1, 2, 3
"""The places of the tabs built after the roster (see :meth:`ProgramView.build_page`)."""


class ProgramView(QWidget):
    """Layout only: the header of a program above its tabs, from the roster to the logistics."""

    itinerary_page: ItineraryPage
    guides_page: GuidesPage
    logistics_page: LogisticsPage

    def __init__(
        self,
        roster: RosterModel,
        itinerary: ItineraryModel,
        guides: GuidesModel,
        parent: QWidget | None = None,
        *,
        pages_later: bool = False,
    ) -> None:
        """With ``pages_later``, only the roster is built: :meth:`build_page` builds the others.

        The start-up shows the roster first and builds the other tabs in the
        turns after, importing their modules only then.
        """
        super().__init__(parent)
        self.title_label = QLabel(self)
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title_label.setFont(font)
        self.details_label = QLabel(self)
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.roster_view = RecordTableView(
            roster, self.tr("Filter the roster: name, title, organization…"), self
        )
        # Without a parent until their pages take them: never drawn on the roster.
        self.itinerary_view = RecordTableView(
            itinerary, self.tr("Filter the itinerary: day, activity, venue, host…")
        )
        self.guides_view = RecordTableView(
            guides, self.tr("Filter the guides: name, language, activity…")
        )
        self._add_placeholders()
        self._name_for_screen_readers()
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Program pages"))
        self.tabs.addTab(self.roster_view, self.tr("R&oster"))
        for title in (self.tr("&Itinerary"), self.tr("G&uides"), self.tr("&Logistics")):
            self.tabs.addTab(QWidget(), title)  # until build_page puts the page there
        self._built: set[int] = set()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(self.title_label)
        layout.addWidget(self.details_label)
        layout.addSpacing(4)
        layout.addWidget(self.tabs, 1)
        if not pages_later:
            for tab in (ITINERARY_PAGE, GUIDES_PAGE, LOGISTICS_PAGE):
                self.build_page(tab)

    def build_page(self, tab: int) -> None:
        """Build the page of ``tab`` in place of the stand-in it had until now."""
        if tab in self._built:
            return
        page: QWidget
        if tab == ITINERARY_PAGE:
            from coordinator.ui.itinerary_page import ItineraryPage  # noqa: PLC0415

            page = self.itinerary_page = ItineraryPage(self.itinerary_view, self)
        elif tab == GUIDES_PAGE:
            from coordinator.ui.guides_page import GuidesPage  # noqa: PLC0415

            page = self.guides_page = GuidesPage(self.guides_view, self)
        else:
            from coordinator.ui.logistics_page import LogisticsPage  # noqa: PLC0415

            page = self.logistics_page = LogisticsPage(self)
        current, title = self.tabs.currentIndex(), self.tabs.tabText(tab)
        stand_in = self.tabs.widget(tab)
        self.tabs.removeTab(tab)
        self.tabs.insertTab(tab, page, title)
        self.tabs.setCurrentIndex(current)
        if stand_in is not None:
            stand_in.deleteLater()
        self._built.add(tab)

    def build_next_page(self) -> None:
        """Build the first of the Itinerary, Guides and Logistics pages not built yet."""
        for tab in (ITINERARY_PAGE, GUIDES_PAGE, LOGISTICS_PAGE):
            if tab not in self._built:
                self.build_page(tab)
                return

    def pages_built(self) -> bool:
        """Tell whether every tab has its page (see ``pages_later``)."""
        return self._built == {ITINERARY_PAGE, GUIDES_PAGE, LOGISTICS_PAGE}

    def _name_for_screen_readers(self) -> None:
        self.title_label.setAccessibleName(self.tr("Program title"))
        self.details_label.setAccessibleName(self.tr("Program details"))
        for view, table, box in (
            (self.roster_view, self.tr("Roster"), self.tr("Filter the roster")),
            (self.itinerary_view, self.tr("Itinerary list"), self.tr("Filter the itinerary")),
            (self.guides_view, self.tr("Guides"), self.tr("Filter the guides")),
        ):
            view.table.setAccessibleName(table)
            view.filter_box.setAccessibleName(box)
            view.count_label.setAccessibleName(self.tr("Rows shown"))

    def _add_placeholders(self) -> None:
        self.roster_placeholder = EmptyPlaceholder(
            self.roster_view.table,
            self.tr(
                "No participants yet. Add one with Roster ▸ Add participant…, or import a list "
                "with File ▸ Import roster… (or drop the Excel file here)."
            ),
        )
        self.itinerary_placeholder = EmptyPlaceholder(
            self.itinerary_view.table,
            self.tr(
                "No activities yet. Add one with Add activity… above, or double-click a free "
                "hour on the timeline."
            ),
        )
        self.guides_placeholder = EmptyPlaceholder(
            self.guides_view.table,
            self.tr(
                "No guides yet. Add one with Add guide… above: escorts, interpreters, local "
                "guides, host officials and drivers."
            ),
        )

    def show_program(self, program: ProgramRecord) -> None:
        """Fill the header with ``program``'s title, dates, place and hosts."""
        self.title_label.setText(program.title)
        place = ", ".join(part for part in (program.city, program.country) if part)
        lines = [
            " · ".join(
                part
                for part in (
                    format_day_range(program.first_day, program.last_day),
                    place,
                    program.code,
                )
                if part
            )
        ]
        if program.languages:
            lines[0] += " · " + self.tr("Working languages: {codes}").format(
                codes=format_languages(program.languages)
            )
        # Two lines at most, so that the tabs below keep the height of the window;
        # the partners, often a long list, are in the tool tip.
        if program.organizer:
            lines.append(self.tr("Organizer: {name}").format(name=program.organizer))
        partners = ""
        if program.partners:
            partners = self.tr("Partners: {names}").format(names=", ".join(program.partners))
        self.details_label.setText("\n".join(lines))
        self.details_label.setToolTip("\n".join([*lines, partners]).strip())
        self.tabs.setTabText(0, self.tr("R&oster (%n)", "", program.participant_count))
        self.tabs.setTabText(1, self.tr("&Itinerary (%n)", "", program.activity_count))

    def set_guide_count(self, count: int) -> None:
        """Show the number of guides on the Guides tab."""
        self.tabs.setTabText(2, self.tr("G&uides (%n)", "", count))
