"""The names of a post-office box in the languages of the world's posts, written once.

A box number identifies its holder as well as a street address does, and its name is the cue:
UPU S42 writes the box line ("P.O. Box 12", "Postfach 12 34", "Boîte postale 51", "Căsuța
poștală 12") where the street line would stand, then the postcode and town. Each post names
the box in its own language; the rules that read boxes (``addresses``' box finder and
``address_tail``'s walk to the code after a box) share this list, so a language added here is
read by both. Only names that say "box of the post" are listed: a bare "Box", "CP" or "Pf."
is too often something else ("Box 3 of 5", "CP 12" a course code).
"""

from __future__ import annotations

# Case-insensitive alternation; diacritics optional where writers often drop them.
BOX_NAMES = (
    r"(?i:"
    # English (UPU, Australia Post's "GPO Box" and "Locked Bag", Nigeria's "P.M.B."); "Locked
    # Bag" only capitalised, as Australia Post writes it ("a locked bag 3 of the gym")
    r"p\.?[ \t]?o\.?[ \t]?box|post[ \t]?box|g\.?[ \t]?p\.?[ \t]?o\.?[ \t]box|"
    r"(?-i:Locked[ \t]Bag|LOCKED[ \t]BAG)|"
    r"p\.[ \t]?m\.[ \t]?b\.?|"
    # German, Dutch, Afrikaans, Scandinavian, Icelandic, Finnish, Estonian
    r"postfach|postbus|posbus|postboks|posth[óo]lf|postilokero|postkast|"
    # French (La Poste, bpost, Swiss Post, the francophone posts), Italian
    r"bo[iî]te[ \t]postale|case[ \t]postale|casier[ \t]postal|casella[ \t]postale|"
    # Spanish, Catalan, Portuguese
    # (Colombia's 4-72 keeps the "Apartado Aéreo", the air-mail box)
    r"apartado[ \t](?:postal|de[ \t]correos?|a[ée]reo)|apdo\.?|apartat[ \t]de[ \t]correus|"
    r"casilla(?:[ \t]postal|[ \t]de[ \t]correos?)|caixa[ \t]postal|"
    # Romanian, Albanian, Maltese, Turkish
    r"c[ăa]su[țţt]a[ \t]po[șşs]tal[ăa]|cutia[ \t]po[șşs]tal[ăa]|kutia[ \t]postare|"
    r"kaxxa[ \t]postali|posta[ \t]kutusu|"
    # Polish, Czech, Slovak, Hungarian, South Slavic
    r"skrytka[ \t]pocztowa|skr\.[ \t]?poczt\.|po[šs]tovn[íi][ \t]p[řr]ihr[áa]dka|"
    r"po[šs]tov[ýy][ \t]prie[čc]inok|postafi[óo]k|po[šs]tanski[ \t](?:pretinac|fah)|"
    r"po[šs]tni[ \t]predal|"
    # Latvian, Lithuanian
    r"pasta[ \t]kast[īi]te|pa[šs]to[ \t]d[ėe][žz]ut[ėe]|"
    # Malay, Indonesian, Swahili, Irish, Welsh
    r"peti[ \t]surat|kotak[ \t]pos|sanduku[ \t]la[ \t]posta|bosca[ \t]poist|blwch[ \t]post)"
)

# The same names as the keyword pass reads them (folded, punctuation a space): "P.O. Box" reads
# " p o  box " (two marks, two spaces), so its "p o" is the key; "G.P.O. Box" has "g p o".
BOX_KEYWORDS = frozenset(
    """po box|p o box|p o|pobox|post box|postbox|gpo box|g p o|locked bag|p m b|postfach|
    postbus|posbus|postboks|postholf|postilokero|postkast|boite postale|case postale|
    casier postal|casella postale|apartado postal|apartado de correo|apartado de correos|apdo|
    apartado aereo|
    apartat de correus|casilla postal|casilla de correo|casilla de correos|caixa postal|
    casuta postala|cutia postala|kutia postare|kaxxa postali|posta kutusu|skrytka pocztowa|
    skr poczt|postovni prihradka|postovy priecinok|postafiok|postanski pretinac|postanski fah|
    postni predal|pasta kastite|pasto dezute|peti surat|kotak pos|sanduku la posta|bosca poist|
    blwch post|poczt""".replace("\n", "").split("|")
)
BOX_KEYWORDS = frozenset(word.strip() for word in BOX_KEYWORDS)

# "skr. poczt." reads " skr  poczt " (a dot and a space make two spaces), so its second word
# is the key above.

# Short names of a box that are also other things ("C.P." a course, "Apartado" a section): a
# box only with the UPU box line's structure, the number then a comma and the office's town
# ("C.P. 7633, Bissorã", "Apartado 4520, Bata"): pt/it/fr "C.P." (caixa/casella/case
# postale), es "Apartado". ("Box" and "BP" stay out: "Box 3, Shelf B", "BP 140, Normal".)
SHORT_BOX_NAMES = ("C.P.", "C. P.", "Apartado")
SHORT_BOX_KEYWORDS = frozenset({"c p", "apartado"})
