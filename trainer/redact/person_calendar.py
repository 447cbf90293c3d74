"""Weekday and month names that stand where a name could: capitalised at any position in
English and German orthography, and the object of a verb of meeting in every language ("we
met Tuesday", "ketemu Senin"). Full names only: the short forms ("Jan", "Sat", "Mar") are
given names as often. ``person_words`` counts the English and German ones among the words
its orthography capitalises (``ORTHOGRAPHIC_CAPITALS``); ``person_relation`` reads all of them
as dates in a name slot.
"""

from __future__ import annotations

WEEKDAYS_EN_DE = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday Montag Dienstag Mittwoch
    Donnerstag Freitag Samstag Sonnabend Sonntag""".split()
)
MONTHS_EN_DE = frozenset(
    """January February March April May June July August September October November December
    Januar Februar März Juni Juli Oktober Dezember""".split()
)
# Months of Malay, Indonesian and Tagalog (the Tagalog ones spelt like Spanish among them).
MONTH_NAMES = MONTHS_EN_DE | frozenset(
    """Agustus Desember Mac Julai Ogos Disember Enero Pebrero Marso Abril Mayo Hunyo Hulyo
    Agosto Setyembre Oktubre Nobyembre Disyembre""".split()
)
# Weekdays of es fr it pt nl da nb sv id ms tl, then all the months above.
CALENDAR = (
    WEEKDAYS_EN_DE
    | MONTH_NAMES
    | frozenset(
        """Lunes Martes Miércoles Miercoles Jueves Viernes Sábado Sabado Domingo Lundi Mardi
        Mercredi Jeudi Vendredi Samedi Dimanche Lunedì Lunedi Martedì Martedi Mercoledì
        Mercoledi Giovedì Giovedi Venerdì Venerdi Sabato Domenica Segunda Terça Terca Quarta
        Quinta Sexta Maandag Dinsdag Woensdag Donderdag Vrijdag Zaterdag Zondag Mandag Tirsdag
        Onsdag Torsdag Fredag Lørdag Søndag Måndag Tisdag Lördag Söndag Senin Selasa Rabu
        Kamis Jumat Jum'at Sabtu Minggu Ahad Isnin Khamis Miyerkules Huwebes Biyernes
        Linggo""".split()
    )
)
