"""The Logistics tab: arrivals, transfers, rooms, meals and gifts, each on a page of its own.

Layout only: each page has its tool bar with the actions of that page, a
filter box over its table, and a sentence that says what to do next when the
table is empty. The logistics controllers fill the models and answer the actions.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from coordinator.ui.logistics_tables import (
    ArrivalsModel,
    GiftsModel,
    MealsModel,
    RoomsModel,
    TransfersModel,
)
from coordinator.ui.record_table_model import RecordTableModel
from coordinator.ui.record_table_view import RecordTableView
from coordinator.ui.vehicle_drag import DRIVER_MIME, VEHICLE_MIME, DragList
from coordinator.ui.vehicle_timeline import VehicleTimeline, in_scroll_area

ARRIVALS_PAGE, TRANSFERS_PAGE, ROOMS_PAGE, MEALS_PAGE, GIFTS_PAGE = range(5)


class LogisticsSection(QWidget):
    """One page: its tool bar, its table, and what to do when the table is empty."""

    def __init__(
        self,
        model: RecordTableModel[Any],
        placeholder: str,
        empty_text: str,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.tool_bar = QToolBar(self)
        self.tool_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.tool_bar.setAccessibleName(self.tr("{page} actions").format(page=name))
        self.table = RecordTableView(model, placeholder, self)
        self.table.table.setAccessibleName(name)
        self.table.filter_box.setAccessibleName(self.tr("Filter {page}").format(page=name))
        self.empty_label = QLabel(empty_text, self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMargin(24)
        self.empty_label.setAccessibleName(self.tr("{page}: nothing yet").format(page=name))
        self.alternative: QWidget | None = None
        self._reading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.tool_bar)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        model.modelReset.connect(self._show_empty)
        self._show_empty()

    def action(self, text: str, tip: str) -> QAction:
        """Add an action to the page's tool bar and return it."""
        action = QAction(text, self)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        self.tool_bar.addAction(action)
        return action

    def set_alternative(self, widget: QWidget) -> None:
        """Give the page a second view of its records, shown instead of the table on demand."""
        self.alternative = widget
        widget.hide()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(widget, 1)

    def show_alternative(self, shown: bool) -> None:
        """Show the second view instead of the table (and of the empty page), or not."""
        if self.alternative is not None:
            self.alternative.setVisible(shown)
        self._show_empty()

    def is_empty(self) -> bool:
        """Tell whether the page says what to do instead of showing its table."""
        return self.model.total_count() == 0 and not self._reading

    def set_reading(self, reading: bool) -> None:
        """Say the rows are being read: the empty page waits until they have arrived."""
        self._reading = reading
        self._show_empty()

    def _show_empty(self) -> None:
        if self.alternative is not None and self.alternative.isVisibleTo(self):
            self.empty_label.hide()
            self.table.hide()
            return
        empty = self.is_empty()
        self.empty_label.setVisible(empty)
        self.table.setVisible(not empty)


class TransferTimelinePanel(QWidget):
    """The day's transfers by vehicle, beside the vehicles and drivers to drop on them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.timeline = VehicleTimeline(self)
        self.vehicle_list = DragList(VEHICLE_MIME, self.tr("Vehicles to drop on a transfer"), self)
        self.driver_list = DragList(DRIVER_MIME, self.tr("Drivers to drop on a transfer"), self)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        for title, items in (
            (self.tr("Vehicles"), self.vehicle_list),
            (self.tr("Drivers"), self.driver_list),
        ):
            label = QLabel(title, self)
            label.setBuddy(items)
            side.addWidget(label)
            side.addWidget(items, 1)
        side_widget = QWidget(self)
        side_widget.setLayout(side)
        side_widget.setFixedWidth(150)
        side_widget.setToolTip(self.tr("Drag a vehicle or a driver onto a transfer"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(in_scroll_area(self.timeline, self), 1)
        row.addWidget(side_widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.note)
        layout.addLayout(row, 1)


class LogisticsPage(QWidget):
    """The tab of a program's logistics: arrivals, transfers, rooms, meals and gifts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = QTabWidget(self)
        self.pages.setAccessibleName(self.tr("Logistics pages"))
        self._build_arrivals()
        self._build_transfers()
        self._build_rooms()
        self._build_meals()
        self._build_gifts()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.pages, 1)

    def _build_arrivals(self) -> None:
        self.arrivals = LogisticsSection(
            ArrivalsModel(self),
            self.tr("Filter the arrivals: name, flight, airport…"),
            self.tr(
                "Nobody's arrival or departure is recorded yet. Give the participants their "
                "travel on the Roster tab (Edit participant), or import it with the roster; "
                "each arrival then shows here with the transfer that meets it."
            ),
            self.tr("Arrivals"),
            self,
        )
        self.arrivals.tool_bar.hide()  # the board is read only: no actions
        self.pages.addTab(self.arrivals, self.tr("&Arrivals"))

    def _build_transfers(self) -> None:
        page = LogisticsSection(
            TransfersModel(self),
            self.tr("Filter the transfers: place, vehicle, driver…"),
            self.tr(
                "No transfers yet. Add one, or let Plan transfers… propose the pickups, "
                "drop-offs and rides from the roster's travel and the itinerary."
            ),
            self.tr("Transfers"),
            self,
        )
        self.transfers = page
        self.day_choice = QComboBox(page)
        self.day_choice.setAccessibleName(self.tr("Day of the transfers shown"))
        self.day_choice.setToolTip(self.tr("Show and export the transfers of this day"))
        page.tool_bar.addWidget(QLabel(self.tr("Day:") + " ", page))
        page.tool_bar.addWidget(self.day_choice)
        page.tool_bar.addSeparator()
        self.add_transfer = page.action(self.tr("&Add transfer…"), self.tr("Add a transfer"))
        self.edit_transfer = page.action(
            self.tr("&Edit transfer…"), self.tr("Change the selected transfer")
        )
        self.remove_transfer = page.action(
            self.tr("&Remove transfer"), self.tr("Remove the selected transfer")
        )
        self.remove_transfer.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_transfer.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        page.tool_bar.addSeparator()
        self.plan_transfers = page.action(
            self.tr("&Plan transfers…"),
            self.tr("Propose the pickups, drop-offs and rides the program lacks"),
        )
        self.vehicles = page.action(
            self.tr("&Vehicles…"), self.tr("Add, change or remove the vehicles of the directory")
        )
        self.export_manifest = page.action(
            self.tr("E&xport manifest…"),
            self.tr("Write the transfers of the day shown (or all) as a PDF or a workbook"),
        )
        page.tool_bar.addSeparator()
        self.show_timeline = page.action(
            self.tr("&Timeline"), self.tr("Show the day's transfers by vehicle, or the table")
        )
        self.show_timeline.setCheckable(True)
        self.timeline_panel = TransferTimelinePanel(page)
        page.set_alternative(self.timeline_panel)
        self.show_timeline.toggled.connect(page.show_alternative)
        self.pages.addTab(page, self.tr("Tra&nsfers"))

    def _build_rooms(self) -> None:
        page = LogisticsSection(
            RoomsModel(self),
            self.tr("Filter the rooms: name, hotel, room…"),
            self.tr(
                "The roster is empty. Add the participants on the Roster tab, then give each "
                "a hotel room here."
            ),
            self.tr("Rooms"),
            self,
        )
        self.rooms = page
        self.edit_stay = page.action(
            self.tr("&Edit room…"), self.tr("Give the selected participant a hotel room")
        )
        self.remove_stay = page.action(
            self.tr("&Remove room"), self.tr("Take the selected participant's room away")
        )
        page.tool_bar.addSeparator()
        self.export_rooming = page.action(
            self.tr("E&xport rooming list…"),
            self.tr("Write the rooming list for the hotels as a workbook"),
        )
        self.pages.addTab(page, self.tr("Room&s"))

    def _build_meals(self) -> None:
        page = LogisticsSection(
            MealsModel(self),
            self.tr("Filter the meals: day, meal, venue…"),
            self.tr(
                "No meals on the itinerary. Add an activity of the kind Meal on the Itinerary "
                "tab; its guests and their dietary needs are counted here."
            ),
            self.tr("Meals"),
            self,
        )
        self.meals = page
        self.export_catering = page.action(
            self.tr("E&xport caterer's sheet…"),
            self.tr("Write the caterer's sheet and the head waiter's allergy list"),
        )
        self.pages.addTab(page, self.tr("&Meals"))

    def _build_gifts(self) -> None:
        page = LogisticsSection(
            GiftsModel(self),
            self.tr("Filter the gifts: giver, receiver, gift…"),
            self.tr(
                "No gifts recorded. Add the gifts given and received at the courtesy visits; "
                "the register is exported for the yearly declaration."
            ),
            self.tr("Gifts"),
            self,
        )
        self.gifts = page
        self.add_gift = page.action(self.tr("&Add gift…"), self.tr("Record a gift"))
        self.edit_gift = page.action(self.tr("&Edit gift…"), self.tr("Change the selected gift"))
        self.remove_gift = page.action(self.tr("&Remove gift"), self.tr("Remove the selected gift"))
        page.tool_bar.addSeparator()
        self.export_gifts = page.action(
            self.tr("E&xport gift register…"), self.tr("Write the program's gifts as a workbook")
        )
        self.pages.addTab(page, self.tr("&Gifts"))

    def sections(self) -> tuple[LogisticsSection, ...]:
        """Return the pages in tab order."""
        return (self.arrivals, self.transfers, self.rooms, self.meals, self.gifts)
