"""The fixed texts of the narrative report, in English and Turkish.

Each entry is a sentence or a piece of one, with ``{placeholders}`` for the
recorded names. The English and the Turkish text of an entry have the same
placeholders; a Turkish placeholder may name the case its name goes in
(``{hosts:dative}`` writes "Hilmi Türkmen'e") or add "de/da" (``{people:also}``),
see :class:`coordinator.documents.grammar.Phrase`. Pieces that the other
language places elsewhere in its sentence carry their own spaces.
"""

from __future__ import annotations

from coordinator.documents.vocabulary import Labels

LABELS = Labels(
    {
        "title": ("Program report: {program}", "Program raporu: {program}"),
        # The opening sentence: who organized what, when and where.
        "opening": (
            "“{program}”{organized} was held {when}{where}.",
            "{organized}“{program}”, {when}{where} gerçekleştirildi.",
        ),
        "organized_both": (
            ", organized by {organizer} in cooperation with {partners},",
            "{organizer} tarafından {partners:genitive} iş birliğiyle düzenlenen ",
        ),
        "organized_by": (", organized by {organizer},", "{organizer} tarafından düzenlenen "),
        "organized_with": (
            ", organized in cooperation with {partners},",
            "{partners:genitive} iş birliğiyle düzenlenen ",
        ),
        "held_days": ("on {dates}", "{dates} tarihlerinde"),
        "held_day": ("on {dates}", "{dates} tarihinde"),
        "held_in": (" in {city}", " {city:locative}"),
        # Who attended, one sentence for each organization.
        "attended": ("The program was attended by {people}.", "Programa {people} katıldı."),
        "attended_also": ("{people} also took part.", "{people:also} heyette yer aldı."),
        "person": ("{title} {name}", "{title} {name}"),
        "group_one": ("{title} of {organization} {name}", "{organization:ablative} {title} {name}"),
        "group_many": ("{people} of {organization}", "{organization:ablative} {people}"),
        # How a day starts, and how one activity follows another.
        "day_lead": (
            "On {date}, the {ordinal} day of the program, ",
            "Programın {ordinal} günü olan {date} günü ",
        ),
        "day_lead_plain": ("On {date}, ", "{date} günü "),
        "ordinal_1": ("first", "ilk"),
        "ordinal_2": ("second", "ikinci"),
        "ordinal_3": ("third", "üçüncü"),
        "ordinal_4": ("fourth", "dördüncü"),
        "ordinal_5": ("fifth", "beşinci"),
        "ordinal_6": ("sixth", "altıncı"),
        "ordinal_7": ("seventh", "yedinci"),
        "ordinal_8": ("eighth", "sekizinci"),
        "ordinal_9": ("ninth", "dokuzuncu"),
        "ordinal_10": ("tenth", "onuncu"),
        "ordinal_last": ("last", "son"),
        "then": ("Then ", "Ardından "),
        "afterwards": ("Afterwards, ", "Daha sonra "),
        "afternoon": ("In the afternoon, ", "Öğleden sonra "),
        "after_visit": ("After the visit, ", "Ziyaretin ardından "),
        "after_meeting": ("After the meeting, ", "Görüşmenin ardından "),
        "who_delegation": ("the delegation", "heyet"),
        "who_group": ("the group", "grup"),
        "who_participants": ("the participants", "katılımcılar"),
        # One clause for each kind of activity.
        "courtesy_visit": (
            "{who} paid a courtesy visit to {target}{at}",
            "{who}, {at}{target:dative} nezaket ziyaretinde bulundu",
        ),
        "meeting": ("{who} met with {hosts}{at}", "{who}, {at}{hosts} ile görüştü"),
        "meeting_venue": (
            "{who} attended a meeting at {venue}",
            "{who}, {venue:locative} bir toplantıya katıldı",
        ),
        "site_visit": (
            "{who} visited {venues}{guided}{hosted}",
            "{who}, {guided}{hosted}{venues:accusative} ziyaret etti",
        ),
        "cultural_tour": (
            "{who} went on a cultural tour of {venue}{guided}",
            "{who}, {guided}{venue} kültür gezisine katıldı",
        ),
        "meal": (
            "{who} attended a meal{at}{hosted}",
            "{who}, {hosted}{at}verilen yemeğe katıldı",
        ),
        "free_time": ("{who} had free time{at}", "{who}, {at}serbest zaman geçirdi"),
        "transfer": ("{who} went to {venue}", "{who}, {venue:dative} geçti"),
        "titled": (
            "{who} took part in “{title}”{held_at}{guided}",
            "{who}, {guided}{held_at}“{title}” etkinliğine katıldı",
        ),
        # Pieces of clauses.
        "at": (" at {venue}", "{venue:locative} "),
        "held_at": (" at {venue}", "{venue:locative} düzenlenen "),
        "guided": (" with the guidance of {guides}", "{guides:genitive} rehberliğinde "),
        "hosted": (" hosted by {hosts}", "{hosts:genitive} ev sahipliğinde "),
        "presence": (", in the presence of {hosts}", "{hosts:genitive} katılımıyla "),
        # How the program closed: the ceremonies that end its last day.
        "closing": (
            "The program was completed with the {ceremonies}{held_at}{presence}.",
            "Program, {presence}{held_at}{ceremonies:instrumental} tamamlandı.",
        ),
        "closing_dated": (
            "The program was completed on {date}, with the {ceremonies}{held_at}{presence}.",
            "Program, {date} günü {presence}{held_at}{ceremonies:instrumental} tamamlandı.",
        ),
    }
)
"""The report's fixed texts; a test checks both languages have the same placeholders."""
