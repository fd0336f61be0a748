"""The fields of a roster and the headers, in English, Turkish and Russian, that name them.

Headers are compared by :func:`header_key`: the Turkish-aware search key with
punctuation and hints in parentheses dropped, so ``E-mail``, ``e-mail:`` and
``E-Mail *`` are one header, ``Adı Soyadı`` matches ``ADI SOYADI`` and ``Ф.И.О.``
matches ``ФИО``.
"""

from __future__ import annotations

import re
from enum import StrEnum

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
}

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
    RosterField.MIDDLE_NAME: ("Middle name", "Patronymic", "Отчество", "Әкесінің аты"),
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
        "Arrival", "Arrival date", "Arrival time", "Arrives", "Geliş", "Geliş tarihi",
        "Varış", "Varış tarihi", "Прибытие", "Дата прибытия", "Приезд", "Дата приезда",
    ),
    RosterField.DEPARTURE: (
        "Departure", "Departure date", "Departure time", "Leaves", "Dönüş", "Dönüş tarihi",
        "Ayrılış", "Ayrılış tarihi", "Gidiş", "Gidiş tarihi", "Отъезд", "Дата отъезда",
        "Убытие", "Выезд",
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
    return (
        "a name column such as Name, Full name, Adı Soyadı or ФИО "
        "(or First name and Last name, Adı and Soyadı, Имя and Фамилия)"
    )
