"""The fields of a roster and the headers, in English, Turkish and Russian, that name them.

Headers are compared by :func:`header_key`: the Turkish-aware search key with
punctuation and hints in parentheses dropped, so ``E-mail``, ``e-mail:`` and
``E-Mail *`` are one header, ``Adı Soyadı`` matches ``ADI SOYADI`` and ``Ф.И.О.``
matches ``ФИО``.
"""

from __future__ import annotations

import re
from enum import StrEnum

from coordinator.domain.messages import said
from coordinator.domain.text import fold_spaces, search_key

_HINT = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_SEPARATOR = re.compile(r"[-/_\\|]+")
_PUNCTUATION = re.compile(r"[^\w\s]+")


class RosterField(StrEnum):
    """A column of a roster; the values are the names of the participant's fields."""

    NAME = "name"
    FIRST_NAME = "first_name"
    MIDDLE_NAME = "middle_name"
    LAST_NAME = "last_name"
    TITLE = "title"
    ORGANIZATION = "organization"
    ROLE = "role"
    ARRIVAL = "arrival"
    DEPARTURE = "departure"
    ROOM = "room"
    DIETARY = "dietary"
    NEEDS = "needs"
    NATIONALITY = "nationality"
    PASSPORT_NUMBER = "passport_number"
    BIRTH_DATE = "birth_date"
    EMAIL = "email"
    PHONE = "phone"
    LANGUAGES = "languages"
    NOTES = "notes"
    ARRIVAL_TIME = "arrival_time"
    """A column of arrival times, combined with the arrival's date."""
    ARRIVAL_MODE = "arrival_mode"
    ARRIVAL_NUMBER = "arrival_number"
    """The carrier and number (``TK 351``), possibly with the date and time in the cell."""
    ARRIVAL_FROM = "arrival_from"
    ARRIVAL_PLACE = "arrival_place"
    ARRIVAL_TERMINAL = "arrival_terminal"
    DEPARTURE_TIME = "departure_time"
    DEPARTURE_MODE = "departure_mode"
    DEPARTURE_NUMBER = "departure_number"
    DEPARTURE_TO = "departure_to"
    DEPARTURE_PLACE = "departure_place"
    DEPARTURE_TERMINAL = "departure_terminal"


TRAVEL_TWINS: dict[RosterField, RosterField] = {
    RosterField.ARRIVAL: RosterField.DEPARTURE,
    RosterField.ARRIVAL_TIME: RosterField.DEPARTURE_TIME,
    RosterField.ARRIVAL_MODE: RosterField.DEPARTURE_MODE,
    RosterField.ARRIVAL_NUMBER: RosterField.DEPARTURE_NUMBER,
    RosterField.ARRIVAL_PLACE: RosterField.DEPARTURE_PLACE,
    RosterField.ARRIVAL_TERMINAL: RosterField.DEPARTURE_TERMINAL,
}
"""An arrival's field and the departure's: a second ``Рейс`` or ``Terminal`` column,
to the right of the first, is the departure's."""

NAME_FIELDS = (
    RosterField.NAME,
    RosterField.FIRST_NAME,
    RosterField.MIDDLE_NAME,
    RosterField.LAST_NAME,
)

# The label each field has in messages and in an exported sheet's header.
FIELD_LABELS: dict[RosterField, str] = {
    RosterField.NAME: "Name",
    RosterField.FIRST_NAME: "First name",
    RosterField.MIDDLE_NAME: "Middle name",
    RosterField.LAST_NAME: "Last name",
    RosterField.TITLE: "Title",
    RosterField.ORGANIZATION: "Organization",
    RosterField.ROLE: "Role",
    RosterField.ARRIVAL: "Arrival",
    RosterField.DEPARTURE: "Departure",
    RosterField.ROOM: "Room",
    RosterField.DIETARY: "Dietary",
    RosterField.NEEDS: "Needs",
    RosterField.PASSPORT_NUMBER: "Passport number",
    RosterField.BIRTH_DATE: "Birth date",
    RosterField.EMAIL: "E-mail",
    RosterField.PHONE: "Phone",
    RosterField.LANGUAGES: "Languages",
    RosterField.NOTES: "Notes",
    RosterField.NATIONALITY: "Nationality",
    RosterField.ARRIVAL_TIME: "Arrival time",
    RosterField.ARRIVAL_MODE: "Arrival by",
    RosterField.ARRIVAL_NUMBER: "Arrival flight or train",
    RosterField.ARRIVAL_FROM: "Arriving from",
    RosterField.ARRIVAL_PLACE: "Arrival airport or station",
    RosterField.ARRIVAL_TERMINAL: "Arrival terminal",
    RosterField.DEPARTURE_TIME: "Departure time",
    RosterField.DEPARTURE_MODE: "Departure by",
    RosterField.DEPARTURE_NUMBER: "Departure flight or train",
    RosterField.DEPARTURE_TO: "Leaving for",
    RosterField.DEPARTURE_PLACE: "Departure airport or station",
    RosterField.DEPARTURE_TERMINAL: "Departure terminal",
}

FIELD_LABELS_TR: dict[RosterField, str] = {
    RosterField.NAME: "Ad Soyad",
    RosterField.FIRST_NAME: "Adı",
    RosterField.MIDDLE_NAME: "İkinci adı",
    RosterField.LAST_NAME: "Soyadı",
    RosterField.TITLE: "Unvanı",
    RosterField.ORGANIZATION: "Kurumu",
    RosterField.ROLE: "Rolü",
    RosterField.ARRIVAL: "Geliş tarihi",
    RosterField.DEPARTURE: "Dönüş tarihi",
    RosterField.ROOM: "Oda",
    RosterField.DIETARY: "Beslenme",
    RosterField.NEEDS: "Özel ihtiyaçlar",
    RosterField.PASSPORT_NUMBER: "Pasaport numarası",
    RosterField.BIRTH_DATE: "Doğum tarihi",
    RosterField.EMAIL: "E-posta",
    RosterField.PHONE: "Telefon",
    RosterField.LANGUAGES: "Diller",
    RosterField.NOTES: "Notlar",
    RosterField.NATIONALITY: "Uyruğu",
    RosterField.ARRIVAL_TIME: "Geliş saati",
    RosterField.ARRIVAL_MODE: "Geliş şekli",
    RosterField.ARRIVAL_NUMBER: "Geliş seferi",
    RosterField.ARRIVAL_FROM: "Nereden",
    RosterField.ARRIVAL_PLACE: "Geliş havalimanı",
    RosterField.ARRIVAL_TERMINAL: "Geliş terminali",
    RosterField.DEPARTURE_TIME: "Dönüş saati",
    RosterField.DEPARTURE_MODE: "Dönüş şekli",
    RosterField.DEPARTURE_NUMBER: "Dönüş seferi",
    RosterField.DEPARTURE_TO: "Nereye",
    RosterField.DEPARTURE_PLACE: "Dönüş havalimanı",
    RosterField.DEPARTURE_TERMINAL: "Dönüş terminali",
}
"""The header each field has in a roster exported in Turkish (each one of its synonyms)."""


def field_label(field: RosterField, language: str = "en") -> str:
    """Return the header of ``field`` in an exported sheet, in ``language`` (``en`` or ``tr``)."""
    return (FIELD_LABELS_TR if language == "tr" else FIELD_LABELS)[field]


_SYNONYMS: dict[RosterField, tuple[str, ...]] = {
    RosterField.NAME: (
        "Name", "Full name", "Name surname", "Name and surname", "First and last name",
        "Participant", "Participant name", "Delegate", "Person",
        "Ad Soyad", "Adı Soyadı", "Adı ve Soyadı", "Ad ve Soyad", "Adsoyad", "İsim",
        "İsim Soyisim", "Katılımcı", "Katılımcı adı",
        "ФИО", "Ф.И.О.", "Имя и фамилия", "Фамилия и имя", "Фамилия Имя Отчество",
        "Фамилия, имя", "Участник", "Полное имя", "Аты-жөні",
    ),
    RosterField.FIRST_NAME: ("First name", "Given name", "Forename", "Ad", "Adı", "Имя", "Аты"),
    RosterField.MIDDLE_NAME: (
        "Middle name", "Patronymic", "İkinci ad", "İkinci adı", "Baba adı", "Отчество",
        "Әкесінің аты",
    ),
    RosterField.LAST_NAME: (
        "Last name", "Surname", "Family name", "Soyad", "Soyadı", "Soyisim", "Фамилия", "Тегі",
    ),
    RosterField.TITLE: (
        "Title", "Position", "Job title", "Post", "Designation", "Unvan", "Unvanı", "Görev",
        "Görevi", "Görevi / Unvanı", "Unvanı / Görevi", "Должность", "Лауазымы",
    ),
    RosterField.ORGANIZATION: (
        "Organization", "Organisation", "Institution", "Company", "Employer", "Agency",
        "Kurum", "Kurumu", "Kuruluş", "Kuruluşu", "Kurum adı", "Çalıştığı kurum",
        "Организация", "Учреждение", "Место работы", "Ұйым",
    ),
    RosterField.ROLE: ("Role", "Delegation role", "Status", "Rol", "Rolü", "Роль", "Статус"),
    RosterField.ARRIVAL: (
        "Arrival", "Arrival date", "Date of arrival", "Arrives", "Geliş", "Geliş tarihi",
        "Varış", "Varış tarihi", "Прибытие", "Дата прибытия", "Приезд", "Дата приезда",
        "Дата прилёта", "Дата прилета",
    ),
    RosterField.DEPARTURE: (
        "Departure", "Departure date", "Date of departure", "Leaves", "Dönüş", "Dönüş tarihi",
        "Ayrılış", "Ayrılış tarihi", "Gidiş", "Gidiş tarihi", "Отъезд", "Дата отъезда",
        "Убытие", "Выезд", "Дата вылета",
    ),
    RosterField.ARRIVAL_TIME: (
        "Arrival time", "Time of arrival", "Landing time", "Landing", "Varış saati",
        "Geliş saati", "İniş saati", "Время прибытия", "Время прилёта", "Время прилета",
        "Время приезда",
    ),
    RosterField.DEPARTURE_TIME: (
        "Departure time", "Time of departure", "Dönüş saati", "Ayrılış saati", "Kalkış saati",
        "Время вылета", "Время отъезда", "Время убытия",
    ),
    RosterField.ARRIVAL_NUMBER: (
        "Flight", "Flight number", "Flight no", "Flight nr", "Flight details", "Arrival flight",
        "Inbound flight", "Incoming flight", "Train", "Train number", "Arrival train",
        "Uçuş", "Uçuş no", "Uçuş numarası", "Uçuş bilgisi", "Uçuş bilgileri", "Sefer",
        "Sefer no", "Geliş uçuşu", "Geliş seferi", "Varış uçuşu", "Рейс", "Номер рейса",
        "Рейс прибытия", "Рейс прилёта", "Рейс прилета", "Поезд", "Номер поезда",
        "Arrival flight or train",
    ),
    RosterField.DEPARTURE_NUMBER: (
        "Departure flight", "Return flight", "Outbound flight", "Departure train",
        "Return train", "Dönüş uçuşu", "Dönüş seferi", "Ayrılış uçuşu", "Рейс вылета",
        "Рейс отъезда", "Обратный рейс", "Поезд отъезда", "Departure flight or train",
    ),
    RosterField.ARRIVAL_MODE: (
        "Mode", "Transport", "Travel mode", "Mode of travel", "Arrival mode", "Arrival by",
        "Arriving by", "Ulaşım", "Ulaşım şekli", "Geliş şekli", "Транспорт",
        "Вид транспорта", "Транспорт прибытия",
    ),
    RosterField.DEPARTURE_MODE: (
        "Departure mode", "Departure by", "Leaving by", "Dönüş şekli", "Dönüş ulaşımı",
        "Ayrılış şekli", "Транспорт отъезда", "Транспорт вылета",
    ),
    RosterField.ARRIVAL_FROM: (
        "From", "Arriving from", "Coming from", "Origin", "Arrival from", "Nereden",
        "Geldiği yer", "Geldiği şehir", "Откуда", "Пункт отправления",
    ),
    RosterField.DEPARTURE_TO: (
        "To", "Leaving for", "Going to", "Destination", "Departure to", "Nereye",
        "Gideceği yer", "Gideceği şehir", "Куда", "Пункт назначения",
    ),
    RosterField.ARRIVAL_PLACE: (
        "Airport", "Arrival airport", "Airport or station", "Arrival airport or station",
        "Station", "Arrival station", "Havalimanı", "Havaalanı", "Varış havalimanı",
        "Geliş havalimanı", "Gar", "İstasyon", "Аэропорт", "Аэропорт прибытия", "Вокзал",
    ),
    RosterField.DEPARTURE_PLACE: (
        "Departure airport", "Departure airport or station", "Departure station",
        "Dönüş havalimanı", "Kalkış havalimanı", "Ayrılış havalimanı", "Аэропорт вылета",
        "Аэропорт отъезда", "Вокзал отъезда",
    ),
    RosterField.ARRIVAL_TERMINAL: (
        "Terminal", "Arrival terminal", "Varış terminali", "Geliş terminali", "Терминал",
        "Терминал прибытия",
    ),
    RosterField.DEPARTURE_TERMINAL: (
        "Departure terminal", "Dönüş terminali", "Kalkış terminali", "Ayrılış terminali",
        "Терминал вылета", "Терминал отъезда",
    ),
    RosterField.ROOM: (
        "Room", "Room number", "Room no", "Oda", "Oda no", "Oda numarası", "Комната",
        "Номер комнаты",
    ),
    RosterField.DIETARY: (
        "Dietary", "Diet", "Dietary requirements", "Dietary needs", "Meal preference", "Food",
        "Diyet", "Beslenme", "Yemek tercihi", "Питание", "Диета",
    ),
    RosterField.NEEDS: (
        "Needs", "Special needs", "Accessibility", "Özel ihtiyaç", "Özel ihtiyaçlar",
        "İhtiyaçlar", "Особые потребности", "Потребности",
    ),
    RosterField.PASSPORT_NUMBER: (
        "Passport", "Passport number", "Passport no", "Passport nr", "Pasaport",
        "Pasaport no", "Pasaport numarası", "Паспорт", "Номер паспорта", "Паспорт №",
        "№ паспорта",
    ),
    RosterField.NATIONALITY: (
        "Nationality", "Citizenship", "Country of citizenship", "Uyruk", "Uyruğu", "Vatandaşlık",
        "Гражданство", "Национальность", "Азаматтығы",
    ),
    RosterField.BIRTH_DATE: (
        "Birth date", "Date of birth", "DOB", "Birthday", "Born", "Doğum tarihi", "D. tarihi",
        "Дата рождения", "Туған күні",
    ),
    RosterField.EMAIL: (
        "E-mail", "Email", "Mail", "E-mail address", "Email address", "E-posta",
        "E-posta adresi", "Eposta", "Электронная почта", "Эл. почта", "Почта",
    ),
    RosterField.PHONE: (
        "Phone", "Telephone", "Phone number", "Mobile", "Mobile phone", "Cell", "GSM", "Tel",
        "Telefon", "Telefon no", "Cep telefonu", "Cep", "Телефон", "Моб. телефон", "Мобильный",
    ),
    RosterField.LANGUAGES: (
        "Languages", "Language", "Spoken languages", "Dil", "Diller", "Yabancı dil",
        "Язык", "Языки", "Тілдер",
    ),
    RosterField.NOTES: (
        "Notes", "Note", "Remarks", "Comments", "Comment", "Açıklama", "Açıklamalar", "Not",
        "Notlar", "Примечание", "Примечания", "Комментарий",
    ),
}  # fmt: skip


def header_key(text: str) -> str:
    """Return the key under which a header cell is compared with the synonyms."""
    key = search_key(_HINT.sub(" ", text))
    return fold_spaces(_PUNCTUATION.sub("", _SEPARATOR.sub(" ", key)))


_BY_KEY: dict[str, RosterField] = {
    header_key(synonym): field for field, synonyms in _SYNONYMS.items() for synonym in synonyms
}


def field_for_header(text: str) -> RosterField | None:
    """Return the field a header cell names, or ``None`` if it names none.

    An exact synonym wins; otherwise the longest synonym that starts the header
    as whole words (``Passport number (if any)`` is the passport number).
    """
    key = header_key(text)
    if not key:
        return None
    exact = _BY_KEY.get(key)
    if exact is not None:
        return exact
    words = key.split(" ")
    for length in range(len(words) - 1, 0, -1):
        field = _BY_KEY.get(" ".join(words[:length]))
        if field is not None:
            return field
    return None


def expected_headers() -> str:
    """Say which headers a roster needs, for the refusal of a sheet without them."""
    return said(
        "a name column such as Name, Full name, Adı Soyadı or ФИО "
        "(or First name and Last name, Adı and Soyadı, Имя and Фамилия)"
    )
