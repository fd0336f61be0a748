"""The words of the caterer's sheet and the head waiter's list, in English and Turkish.

The sheets are written in the language the user chooses, whatever the
interface's language (they are made from the command line too), so the words
live here rather than in Qt's translations. Needs are shown as words, never
as their codes.
"""

from __future__ import annotations

from coordinator.domain.dietary import DietaryNeed

CATERING_LANGUAGES = ("en", "tr")

NEED_LABELS: dict[DietaryNeed, tuple[str, str]] = {
    DietaryNeed.VEGETARIAN: ("Vegetarian", "Vejetaryen"),
    DietaryNeed.VEGAN: ("Vegan", "Vegan"),
    DietaryNeed.HALAL: ("Halal", "Helal"),
    DietaryNeed.KOSHER: ("Kosher", "Koşer"),
    DietaryNeed.NO_PORK: ("No pork", "Domuz eti yok"),
    DietaryNeed.NO_ALCOHOL: ("No alcohol", "Alkol yok"),
    DietaryNeed.GLUTEN_FREE: ("Gluten-free", "Glütensiz"),
    DietaryNeed.LACTOSE_FREE: ("Lactose-free", "Laktozsuz"),
    DietaryNeed.DIABETIC: ("Diabetic", "Diyabetik"),
    DietaryNeed.NUT_ALLERGY: ("Nut allergy", "Kuruyemiş / fıstık alerjisi"),
    DietaryNeed.SEAFOOD_ALLERGY: ("Fish and seafood allergy", "Balık ve deniz ürünü alerjisi"),
    DietaryNeed.OTHER_ALLERGY: ("Other allergy", "Diğer alerji"),
    DietaryNeed.OTHER: ("Other request", "Diğer istek"),
}

_WORDS: dict[str, tuple[str, str]] = {
    "sheet": ("Catering", "Yemek"),
    "allergy_sheet": ("Allergies", "Alerjiler"),
    "title": ("Caterer's sheet: {program}", "Yemek firması listesi: {program}"),
    "allergy_title": (
        "Allergy list for the head waiter only: {program}",
        "Yalnızca şef garson için alerji listesi: {program}",
    ),
    "allergy_warning": (
        "Names and health information: not for the caterer's sheet or anyone else.",
        "İsim ve sağlık bilgisi içerir: yemek firmasına veya başkasına verilmez.",
    ),
    "who": (
        (
            "Guests are the delegation's participants at the meal; "
            "hosts, guides, interpreters and drivers are not counted."
        ),
        (
            "Misafirler, yemeğe katılan heyet üyeleridir; "
            "ev sahipleri, rehberler, tercümanlar ve şoförler sayılmamıştır."
        ),
    ),
    "day": ("Day", "Gün"),
    "time": ("Time", "Saat"),
    "venue": ("Venue", "Mekân"),
    "guests": ("Guests", "Misafir sayısı"),
    "standard": ("Standard menu", "Standart menü"),
    "need": ("Dietary need", "Beslenme ihtiyacı"),
    "count": ("Guests", "Kişi"),
    "as_written": ("As written", "Yazıldığı gibi"),
    "meal": ("Meal", "Yemek"),
    "name": ("Name", "Ad soyad"),
    "allergy": ("Allergy", "Alerji"),
    "no_needs": ("No dietary needs recorded.", "Kayıtlı beslenme ihtiyacı yok."),
    "no_meals": ("The itinerary has no meals.", "Programda yemek yok."),
    "no_allergies": (
        "No allergies are recorded for these meals.",
        "Bu yemekler için kayıtlı alerji yok.",
    ),
    "from": ("from {time}", "{time} itibarıyla"),
    "until": ("until {time}", "{time} saatine kadar"),
}


def word(key: str, language: str, **values: str) -> str:
    """Return the sheet's word for ``key`` in ``language`` (``en`` or ``tr``), filled in."""
    english, turkish = _WORDS[key]
    return (turkish if language == "tr" else english).format(**values)


def need_label(need: DietaryNeed, language: str) -> str:
    """Return ``need`` as the sheets print it: ``Vegetarian``, ``Glütensiz``."""
    english, turkish = NEED_LABELS[need]
    return turkish if language == "tr" else english
