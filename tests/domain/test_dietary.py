"""Dietary needs typed freely in English, Turkish, Russian and Kazakh, read into the fixed set."""

from __future__ import annotations

import datetime as dt

import pytest

from coordinator.domain.catering import Guest, MealActivity, is_meal, meal_sheet
from coordinator.domain.dietary import DietaryNeed, read_dietary

N = DietaryNeed

SPELLINGS = [
    # English
    ("vegetarian", N.VEGETARIAN),
    ("Vegetarian meals please", N.VEGETARIAN),
    ("VEG", N.VEGETARIAN),
    ("no meat", N.VEGETARIAN),
    ("vegan", N.VEGAN),
    ("halal", N.HALAL),
    ("Halal food only", N.HALAL),
    ("kosher", N.KOSHER),
    ("no pork", N.NO_PORK),
    ("No alcohol", N.NO_ALCOHOL),
    ("gluten-free", N.GLUTEN_FREE),
    ("coeliac", N.GLUTEN_FREE),
    ("lactose intolerant", N.LACTOSE_FREE),
    ("no dairy", N.LACTOSE_FREE),
    ("diabetic", N.DIABETIC),
    ("sugar-free desserts", N.DIABETIC),
    ("allergy to nuts", N.NUT_ALLERGY),
    ("peanut allergy", N.NUT_ALLERGY),
    ("nut-free", N.NUT_ALLERGY),
    ("allergic to shellfish", N.SEAFOOD_ALLERGY),
    ("no fish", N.SEAFOOD_ALLERGY),
    ("egg allergy", N.OTHER_ALLERGY),
    # Turkish, with and without its letters, in any case
    ("Vejetaryen", N.VEGETARIAN),
    ("vejeteryan", N.VEGETARIAN),
    ("VEJETARYEN", N.VEGETARIAN),
    ("etsiz", N.VEGETARIAN),
    ("et yemiyor", N.VEGETARIAN),
    ("Helal", N.HALAL),
    ("HELAL", N.HALAL),
    ("koşer", N.KOSHER),
    ("domuz eti yok", N.NO_PORK),
    ("Domuz eti yemez", N.NO_PORK),
    ("alkolsüz", N.NO_ALCOHOL),
    ("glutensiz", N.GLUTEN_FREE),
    ("GLÜTENSİZ", N.GLUTEN_FREE),
    ("Glüten intoleransı", N.GLUTEN_FREE),
    ("çölyak", N.GLUTEN_FREE),
    ("laktozsuz", N.LACTOSE_FREE),
    ("şeker hastası", N.DIABETIC),
    ("Diyabet", N.DIABETIC),
    ("fıstık alerjisi", N.NUT_ALLERGY),
    ("FISTIK ALERJİSİ", N.NUT_ALLERGY),
    ("fistik alerjisi", N.NUT_ALLERGY),
    ("Ceviz alerjisi", N.NUT_ALLERGY),
    ("deniz ürünleri alerjisi", N.SEAFOOD_ALLERGY),
    ("balık yemiyor", N.SEAFOOD_ALLERGY),
    ("süt alerjisi", N.OTHER_ALLERGY),
    # Russian
    ("вегетарианец", N.VEGETARIAN),
    ("Вегетарианское питание", N.VEGETARIAN),
    ("без мяса", N.VEGETARIAN),
    ("веган", N.VEGAN),
    ("халяль", N.HALAL),
    ("Халал", N.HALAL),
    ("без свинины", N.NO_PORK),
    ("без алкоголя", N.NO_ALCOHOL),
    ("без глютена", N.GLUTEN_FREE),
    ("Без глютена", N.GLUTEN_FREE),
    ("непереносимость лактозы", N.LACTOSE_FREE),
    ("диабет", N.DIABETIC),
    ("аллергия на орехи", N.NUT_ALLERGY),
    ("Аллергия на арахис", N.NUT_ALLERGY),
    ("аллергия на морепродукты", N.SEAFOOD_ALLERGY),
    ("аллергия на рыбу", N.SEAFOOD_ALLERGY),
    ("аллергия на мёд", N.OTHER_ALLERGY),
    # Kazakh
    ("вегетариандық", N.VEGETARIAN),
    ("етсіз", N.VEGETARIAN),
    ("адал", N.HALAL),
    ("шошқа етісіз", N.NO_PORK),
    ("глютенсіз", N.GLUTEN_FREE),
    ("қант диабеті", N.DIABETIC),
    ("жаңғаққа аллергия", N.NUT_ALLERGY),
    ("балыққа аллергия", N.SEAFOOD_ALLERGY),
]


@pytest.mark.parametrize(("text", "need"), SPELLINGS)
def test_a_spelling_is_recognized(text: str, need: DietaryNeed) -> None:
    reading = read_dietary(text)
    assert reading.needs == (need,)
    assert reading.text == text
    assert reading.items[0].text == text


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("Halal, no alcohol; allergic to shellfish", (N.HALAL, N.NO_ALCOHOL, N.SEAFOOD_ALLERGY)),
        ("Vejetaryen ve fıstık alerjisi", (N.VEGETARIAN, N.NUT_ALLERGY)),
        ("вегетарианец и без глютена", (N.VEGETARIAN, N.GLUTEN_FREE)),
        ("без свинины и алкоголя", (N.NO_PORK, N.NO_ALCOHOL)),
        ("halal and diabetic", (N.HALAL, N.DIABETIC)),
        ("Helal / laktozsuz", (N.HALAL, N.LACTOSE_FREE)),
        ("vegetarian\ngluten-free", (N.VEGETARIAN, N.GLUTEN_FREE)),
        ("адал және етсіз", (N.VEGETARIAN, N.HALAL)),
        ("allergy to nuts and shellfish", (N.NUT_ALLERGY, N.SEAFOOD_ALLERGY)),
        ("halal vegetarian", (N.VEGETARIAN, N.HALAL)),
    ],
)
def test_several_needs_in_one_cell(text: str, needs: tuple[DietaryNeed, ...]) -> None:
    assert read_dietary(text).needs == needs


def test_vegan_supersedes_vegetarian() -> None:
    assert read_dietary("vegetarian, vegan if possible").needs == (N.VEGAN,)


def test_the_same_need_twice_is_one() -> None:
    assert read_dietary("Halal; helal; халал").needs == (N.HALAL,)


@pytest.mark.parametrize(
    "text", ["", "  ", "-", "—", "none", "None", "yok", "Yok", "нет", "жоқ", "n/a"]
)
def test_nothing_is_no_need(text: str) -> None:
    reading = read_dietary(text)
    assert reading.needs == ()
    assert not reading.has_needs
    assert reading.allergies == ()


def test_none_reads_as_no_need() -> None:
    assert read_dietary(None).text == ""


def test_unknown_text_is_kept_as_other() -> None:
    reading = read_dietary("Halal; no spicy food")
    assert reading.needs == (N.HALAL, N.OTHER)
    other = reading.items[-1]
    assert (other.need, other.text, other.allergy) == (N.OTHER, "no spicy food", False)
    assert reading.text == "Halal; no spicy food"


def test_two_unknown_requests_stay_apart() -> None:
    reading = read_dietary("small portions; no spicy food")
    assert [item.text for item in reading.items] == ["small portions", "no spicy food"]


def test_allergies_are_flagged() -> None:
    reading = read_dietary("vegetarian; glüten alerjisi; egg allergy")
    assert [(item.need, item.text) for item in reading.allergies] == [
        (N.GLUTEN_FREE, "glüten alerjisi"),
        (N.OTHER_ALLERGY, "egg allergy"),
    ]
    assert not reading.items[0].allergy


def test_an_intolerance_is_not_an_allergy() -> None:
    assert read_dietary("gluten-free").allergies == ()


def test_no_nuts_is_on_the_allergy_list() -> None:
    assert [item.need for item in read_dietary("no nuts please").allergies] == [N.NUT_ALLERGY]


def test_words_that_only_contain_a_need_are_not_it() -> None:
    assert read_dietary("coconut water").needs == (N.OTHER,)
    assert read_dietary("good nutrition").needs == (N.OTHER,)


def test_formula_looking_text_is_kept_as_typed() -> None:
    reading = read_dietary("=HYPERLINK(1)")
    assert reading.text == "=HYPERLINK(1)"
    assert reading.needs == (N.OTHER,)


@pytest.mark.parametrize(
    "kind", ["meal", "Meal", "lunch", "Dinner", "öğle yemeği", "Akşam yemeği", "обед", "түскі ас"]
)
def test_meal_kinds(kind: str) -> None:
    assert is_meal(kind)


@pytest.mark.parametrize("kind", ["meeting", "site_visit", "transfer", "meal planning"])
def test_kinds_that_are_no_meals(kind: str) -> None:
    assert not is_meal(kind)


def test_a_meal_sheet_counts_each_guest_once_per_need() -> None:
    meal = MealActivity(1, "Lunch", dt.date(2021, 8, 25), dt.time(12, 30), None, "Tebessüm")
    guests = [
        Guest("Zhandos Tasov", "Halal; vegetarian"),
        Guest("Maksat Tangatarov", "helal"),
        Guest("Zhamila Suleymanova", "fıstık alerjisi"),
        Guest("Timur Akhmetov", ""),
        Guest("Berik Baibolov", "no spicy food"),
    ]
    sheet = meal_sheet(meal, guests)
    assert sheet.guests == 5
    assert sheet.standard == 1
    assert dict(sheet.needs) == {N.VEGETARIAN: 1, N.HALAL: 2, N.NUT_ALLERGY: 1, N.OTHER: 1}
    assert sheet.requests == ((N.OTHER, "no spicy food"),)
    assert [(entry.name, entry.need, entry.text) for entry in sheet.allergies] == [
        ("Zhamila Suleymanova", N.NUT_ALLERGY, "fıstık alerjisi")
    ]
