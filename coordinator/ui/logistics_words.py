"""How the logistics' codes read on screen: transfer kinds, room types, gift directions, needs.

The services hand out the English codes of :mod:`coordinator.domain.enums`
(``pickup``, ``twin``, ``received``…); the Logistics tab shows them as
translated words, never as codes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coordinator.domain.dietary import DietaryNeed
from coordinator.domain.enums import GiftDirection, MovementKind, RoomType, TravelMode

translate = QCoreApplication.translate


def movement_kind_label(kind: str) -> str:
    """Return the word of a transfer kind (``pickup``, ``dropoff``, ``ride``)."""
    labels = {
        MovementKind.PICKUP.value: translate("LogisticsWords", "Pickup"),
        MovementKind.DROPOFF.value: translate("LogisticsWords", "Drop-off"),
        MovementKind.RIDE.value: translate("LogisticsWords", "Ride"),
    }
    return labels.get(kind, kind)


def room_type_label(room_type: str) -> str:
    """Return the word of a room type (``single``, ``double``, ``twin``, ``suite``)."""
    labels = {
        RoomType.SINGLE.value: translate("LogisticsWords", "Single"),
        RoomType.DOUBLE.value: translate("LogisticsWords", "Double"),
        RoomType.TWIN.value: translate("LogisticsWords", "Twin"),
        RoomType.SUITE.value: translate("LogisticsWords", "Suite"),
    }
    return labels.get(room_type, room_type)


def gift_direction_label(direction: str) -> str:
    """Return the word of a gift's direction (``given``, ``received``)."""
    labels = {
        GiftDirection.GIVEN.value: translate("LogisticsWords", "Given"),
        GiftDirection.RECEIVED.value: translate("LogisticsWords", "Received"),
    }
    return labels.get(direction, direction)


def travel_mode_label(mode: str) -> str:
    """Return the word of a way of travelling (``flight``, ``train``, ``car``, ``bus``)."""
    labels = {
        TravelMode.FLIGHT.value: translate("LogisticsWords", "Flight"),
        TravelMode.TRAIN.value: translate("LogisticsWords", "Train"),
        TravelMode.CAR.value: translate("LogisticsWords", "Car"),
        TravelMode.BUS.value: translate("LogisticsWords", "Bus"),
    }
    return labels.get(mode, mode)


def dietary_need_label(need: DietaryNeed) -> str:
    """Return the word of a dietary need a caterer counts."""
    labels = {
        DietaryNeed.VEGETARIAN: translate("LogisticsWords", "vegetarian"),
        DietaryNeed.VEGAN: translate("LogisticsWords", "vegan"),
        DietaryNeed.HALAL: translate("LogisticsWords", "halal"),
        DietaryNeed.KOSHER: translate("LogisticsWords", "kosher"),
        DietaryNeed.NO_PORK: translate("LogisticsWords", "no pork"),
        DietaryNeed.NO_ALCOHOL: translate("LogisticsWords", "no alcohol"),
        DietaryNeed.GLUTEN_FREE: translate("LogisticsWords", "gluten-free"),
        DietaryNeed.LACTOSE_FREE: translate("LogisticsWords", "lactose-free"),
        DietaryNeed.DIABETIC: translate("LogisticsWords", "diabetic"),
        DietaryNeed.NUT_ALLERGY: translate("LogisticsWords", "nut allergy"),
        DietaryNeed.SEAFOOD_ALLERGY: translate("LogisticsWords", "seafood allergy"),
        DietaryNeed.OTHER_ALLERGY: translate("LogisticsWords", "other allergy"),
        DietaryNeed.OTHER: translate("LogisticsWords", "other"),
    }
    return labels.get(need, need.value)
