"""Codes a closed noun names, in many languages at once: a bank's BIC or IFSC, a pay grade, a
meeting room, a tax form, a garment size, a statute or article, a support ticket. None of them
is personal, so ``lookalike_named_codes.keep_named_codes`` drops every hit lying wholly inside
one (a name rule that read "Lohnband C" or "SWIFT" as a person, an address rule that read
"Legea 53/2003" as a street and house number).

- BIC (ISO 9362): four letters of the bank, the ISO 3166 country (any region the phone
  metadata knows), two characters of location, an optional three of branch; only after "BIC"
  or "SWIFT" (alone, "QPMKRSV9" is as likely a Malawian national id). IFSC: four letters, 0,
  six.
- A grade, room, form or size noun ("grade", "Lohnband", "échelon", "treapta", "Boardroom",
  "sala", "Formulario", "talla" ...) before a short code: one to three capitals with digits
  ("B3", "PG-12", "W-4"), a roman numeral or a number.
- A statute: a law word ("Law", "Ley", "Legea", "D.Lgs.", "Decreto", "Resolución" ...) and its
  number ("20.744", "53/2003"); an article ("Art. 12 ust. 3", "art. 52.º do Código Laboral");
  a code's name and its article ("Codul muncii art. 41"); "NIS Act Cap. 36:01".
- A revision ("Rev. F", "Revision 3"): a reverend's name reaches past the letter.
- A ticket word ("Case", "Vorgang", "Demande", "Protocolo", "Případ" ...) and its number; an
  article number's label ("Art.nr.", "Best.-Nr.", "SKU", "Réf.") before its code (a URL rule read
  "Art.nr" as a domain on Nauru's TLD; the span is the label's alone, as "Ref." or "SKU" before
  a card, an IBAN or an id names none of them); a barcode's cue and a GTIN with its GS1 check digit
  ("The barcode on the box reads 4006381333931").

Fail closed: the code is short and has the shape its noun allows; a ticket number with a phone
word in its sentence is not kept; the keep drops only hits lying wholly inside the noun and the
code, so a name or an account reaching beyond them stays redacted.
"""

from __future__ import annotations

import re

import phonenumbers

from trainer.redact import prefilter
from trainer.redact.checksums import gs1_ok
from trainer.redact.lookalike_parcels import PHONE_WORD_BEFORE
from trainer.redact.sentence_window import sentence_start

_GRADE = (
    r"(?:pay[ \t]|salary[ \t]|job[ \t])?(?:grade|band|level|scale|step|tier|class)|"
    r"lohnband|gehaltsband|lohnstufe|gehaltsstufe|tarifgruppe|entgeltgruppe|lohnklasse|"
    r"lohngruppe|besoldungsgruppe|gehaltsklasse|cat[ée]gorie|[ée]chelon|classe|niveau|"
    r"bar[èe]me|categor[íi]a|clase|nivel|grupo|escal[óo]n|tramo|escal[ãa]o|n[íi]vel|livello|"
    r"fascia|(?:loon|salaris|functie)?schaal|trede|grupa(?:[ \t]zaszeregowania)?|kategori[ae]|"
    r"stopie[ńn]|poziom|treapta|gradul|clasa|nivelul|t[řr][íi]da|stupe[ňn]|kademe|derece|"
    r"l[öo]negrupp|l[öo]neklass|palkkaluokka|l[øo]nnstrinn|l[øo]ntrin|razred|palkka-aste"
)
_ROOM = (
    r"(?:meeting|conference|board)?[ \t]?room|boardroom|raum|zimmer|saal|besprechungsraum|"
    r"sitzungssaal|salle(?:[ \t]de[ \t]r[ée]union)?|"
    r"sala(?:[ \t](?:de[ \t])?(?:reuni[õo]n(?:es)?|[șs]edin[țt]e|conferin[țt]e|"
    r"conferencias|riunioni|konferencyjna|konferencyjnej))?|"
    r"(?:vergader)?zaal|vergaderruimte|m[íi]stnost|zasedačka|terem|oda|huone|aula"
)
_FORM = (
    r"F\.(?=\d{3,4}(?!\d))|form|schedule|formular|formulaire|formulario|formul[áa]rio|modelo|modello|modulo|"
    r"formularz|formul[áa][řr]|anexo|annex|annexe|anlage|bijlage|za[łl][ąa]cznik|anexa"
)
_SIZE = (
    r"size|talla|taille|gr[öo](?:ß|ss)e|maat|tamanho|taglia|rozmiar|velikost|m[ăa]rime|beden|"
    r"storlek|st[øo]rrelse|koko|m[ée]ret"
)
# a short code: capitals and digits (one to three capitals), a roman numeral, or a number
_SHORT = r"(?:[A-Z]{1,3}(?:[-.]?\d{1,4}[A-Z]{0,3})?|\d{1,4}(?:[-.]?[A-Z]{1,3})?|[IVX]{1,4})"
_SIZE_CODE = r"(?:X{0,3}[SL]|M|XXXL|\d?XL|(?:EU[ \t])?\d{2}(?:[.,]5)?)"
_LAW = (
    r"law|act|gesetz|loi|ley|lei|legge|legea|wet|ustawa|z[áa]kon[a]?|t[öo]rv[ée]ny|lag|lov|"
    r"laki|kanun|decreto(?:[ \t-](?:ley|lei|legislativo))?|decree|d[ée]cret|dekret|"
    r"D\.?[ \t]?Lgs\.?|D\.?L\.?|D\.P\.R\.|DPR|L\.(?=[ \t]?\d{1,5}/\d{2,4})|[HO]G|"
    r"resoluci[óo]n|resolu[çc][ãa]o|ordonan[țt]a|OUG|"
    r"hot[ăa]r[âa]rea|rozporz[ąa]dzenie|verordnung|r[èe]glement|directive|regulation|"
    r"real[ \t]decreto|portaria|CCT|convenio"
)
_LAW_NUMBER = (
    r"(?:[ \t]+(?:n[°º.]|nr\.?|no\.?|n[úu]m\.?|Nr\.?|Cap\.|Chapter))?[ \t]*"
    r"\d{1,5}(?:[./:-]\d{1,4}){0,2}(?:[ \t]+(?:of|de|din|z|vom)[ \t]+\d{4})?"
)
_ARTICLE = r"art(?:icle|ikel|[íi]culo|icolo|igo|icolul|yku[łl])?\.?|[čc]l\.|[čc]l[áa]nek"
_PARTS = (
    r"(?:[ \t,]*(?:ust\.|para\.|Abs\.|alin\.|al\.|lit\.|pkt\.?|par\.|n[°º.]|inc\.|Satz|§)"
    r"[ \t]*\d{1,3}[a-z]?)*"
)
_CODE_NAME = (
    r"(?:C[óo]digo|Codice|Code|Codul|Kodeks|Z[áa]kon[íi]k|Gesetzbuch|Estatuto|Statuto|Ley|Lei|"
    r"Legge|Legea)(?:[ \t]+[\wÀ-ÿ]+){0,2}"
)
_ARTICLE_TAIL = (
    r"(?:[ \t]*,?[ \t]+(?:(?:do|da|del|de[ \t]la|des|du|of[ \t]the|der|dello|della|din)[ \t]+)?"
    + _CODE_NAME + r"|[ \t]+[A-Z]{2,4}(?![\w-]))?"
)
_TICKET = (
    r"case|ticket|claim|incident|request|vorgang|fall|anfrage|dossier|demande|r[ée]clamation|"
    r"caso|incidencia|solicitud|zaak|melding|klacht|protocolo|chamado|atendimento|tiket|"
    r"po[žz]adavek|reklamace|p[řr][íi]pad|sprawa|zg[łl]oszenie|reklamacja|dosar|cerere|tichet|"
    r"talep|[äa]rende|sag|sak|tapaus|predmet|zahtjev"
)
_TICKET_NUMBER = r"[ \t]*(?:#|no\.|nr\.|n[°º]\.?|:)?[ \t]*(?:[A-Z]{2,4}-)?(?:\d{4}-)?\d{5,8}"
# an article or part number's label ("Art.nr.", "Art.-Nr.", "Best.-Nr.", "SKU", "Item no.",
# "Réf.", "P/N", "Kat. č."), then a code with a digit
_SKU = (
    r"Art(?:ikel)?\.?[ \t-]?(?:[Nn]r|[Nn]o|N[°º])\.?|[Aa]rtikelnummer|[Aa]rtikelnr\.?|"
    r"Best(?:ell)?\.?[ \t-]?[Nn]r\.?|SKU|Item[ \t]no\.?|Part[ \t]no\.?|P/N|R[ée]f\.|Ref\.|"
    r"Cod\.[ \t]art\.|Kat\.[ \t]?[čc]\.|Nr[ \t]kat\."
)
_SKU_CODE = r"[ \t]*:?[ \t]*(?P<skuv>(?=[A-Z0-9-]*\d)[A-Z0-9]+(?:-[A-Z0-9]+){0,3})"
# a barcode's cue, a few words ("on the box reads"), then a GTIN (its GS1 check is asked)
_BARCODE = (
    r"barcode|EAN(?:-?1[34]|-?8)?|GTIN(?:-?1[234]|-?8)?|UPC(?:-?A)?|c[óo]digo[ \t]de[ \t]barras|"
    r"code[ \t-]?barres?|strichcode|streepjescode|kod[ \t]kreskowy|[čc][áa]rov[ýy][ \t]k[óo]d|"
    r"vonalk[óo]d|barkod|streckkod|stregkode|strekkode|viivakoodi|codice[ \t]a[ \t]barre"
)
_GTIN = r"(?:[ \t]+[^\W\d]+){0,5}[ \t]*:?[ \t]*(?P<gtin>\d{8}|\d{12,14})"
_END = r"(?![\w-]|[.,/]\d)"
_LABELLED = re.compile(
    r"(?:"
    r"(?P<bic>(?:(?:BIC|SWIFT)(?:[ \t]*/[ \t]*(?:BIC|SWIFT))?(?:[ \t]*(?:code|:))?[ \t]*)+"
    r"(?P<bicv>[A-Z]{4}(?P<cc>[A-Z]{2})[A-Z0-9]{2}(?:[A-Z0-9]{3})?))"
    r"|(?P<ifsc>IFSC(?:[ \t]*(?:code|:))?[ \t]*[A-Z]{4}0[A-Z0-9]{6})"
    r"|(?P<grade>(?i:" + _GRADE + r")[ \t]*:?[ \t]*" + _SHORT + r"(?:[ \t]*\([\w \t.-]{1,20}\))?)"
    r"|(?P<room>(?i:" + _ROOM + r")[ \t]*" + _SHORT + r")"
    r"|(?P<form>(?i:" + _FORM + r")[ \t]*:?[ \t]*" + _SHORT + r")"
    r"|(?P<size>(?i:" + _SIZE + r")[ \t]*:?[ \t]*" + _SIZE_CODE + r")"
    r"|(?P<law>(?i:" + _LAW + r")" + _LAW_NUMBER + r")"
    r"|(?P<article>(?i:" + _ARTICLE + r")[ \t]*\d{1,4}[a-z]?(?:\.?[º°o](?!\w))?" + _PARTS
    + _ARTICLE_TAIL + r")"
    r"|(?P<codeart>" + _CODE_NAME + r",?[ \t]+(?i:" + _ARTICLE + r")[ \t]*\d{1,4}" + _PARTS + r")"
    r"|(?P<ticket>(?i:" + _TICKET + r")" + _TICKET_NUMBER + r")"
    r"|(?P<sku>(?:" + _SKU + r")" + _SKU_CODE + r")"
    r"|(?P<rev>(?i:rev(?:ision|isi[óo]n|is[ãa]o|isione|isie)?\.?)[ \t]*"
    r"(?:[A-Z]|\d{1,3}(?:\.\d{1,3})?[A-Z]?))"
    r"|(?P<barcode>(?i:" + _BARCODE + r")" + _GTIN + r")"
    r")" + _END
)
# a digit or a capital within reach of the head, on its line (the cheap test before the match)
_CODE_NEAR = re.compile(r"[^\n]{1,48}?[\dA-Z]")
# "F.572" (a form), "L. 104/1992" (a law), "P/N 4711-A" (a part)
# each head and what must follow it
_LETTER_HEAD_PARTS = (
    ("F.", r"(?=\d{3,4}(?!\d))"),
    ("L.", r"(?=[ \t]?\d{1,5}/\d{2,4})"),
    ("P/N", ""),
)
_LETTER_HEADS = re.compile(
    r"\b(?:" + "|".join(re.escape(head) + after for head, after in _LETTER_HEAD_PARTS) + ")"
)
_LAW_HEAD = re.compile(r"D\.?[ \t]?$")
# capitalised words before "Act" or "Gesetz" name the statute ("NIS Act Cap. 36:01")
_ACT_NAME_BEFORE = re.compile(r"(?:[A-Z][\w-]*[ \t]+){1,3}$")
_REGIONS = frozenset(phonenumbers.SUPPORTED_REGIONS) | {"XK", "EU"}
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")

_HEADS = frozenset(
    """bic swift ifsc grade band level scale step tier pay salary job lohnband gehaltsband
    lohnstufe gehaltsstufe tarifgruppe entgeltgruppe lohnklasse lohngruppe besoldungsgruppe
    gehaltsklasse categorie echelon classe niveau bareme categoria clase nivel grupo escalon
    tramo escalao livello fascia schaal loonschaal salarisschaal functieschaal trede grupa
    kategoria kategorie stopien poziom treapta gradul clasa nivelul trida stupen kademe derece
    lonegrupp loneklass palkkaluokka lonnstrinn lontrin razred palkka
    room meeting conference board boardroom class raum zimmer saal besprechungsraum sitzungssaal
    salle sala zaal vergaderzaal vergaderruimte mistnost zasedacka terem oda huone aula
    form schedule formular formulaire formulario modelo modello modulo formularz anexo annex
    annexe anlage bijlage zalacznik anexa
    size talla taille grosse groesse maat tamanho taglia rozmiar velikost marime beden storlek
    storrelse koko meret
    law act gesetz loi ley lei legge legea wet ustawa zakon zakona torveny lag lov laki kanun
    decreto decree decret dekret lgs dlgs dl dpr hg og resolucion resolucao ordonanta oug
    hotararea
    rozporzadzenie verordnung reglement directive regulation real portaria cct convenio
    art article artikel articulo articolo artigo articolul artykul cl clanek
    codigo codice code codul kodeks zakonik gesetzbuch estatuto statuto
    case ticket claim incident request vorgang fall anfrage dossier demande reclamation caso
    incidencia solicitud zaak melding klacht protocolo chamado atendimento tiket pozadavek
    reklamace pripad sprawa zgloszenie reklamacja dosar cerere tichet talep arende sag sak
    tapaus predmet zahtjev
    rev revision revisao revisione revisie
    artikelnummer artikelnr best bestell sku item part ref cod kat nr
    barcode ean gtin upc barre barres strichcode streepjescode kod carovy cárový
    vonalkod barkod streckkod stregkode strekkode viivakoodi""".split()
)
prefilter.register("labelled_code", _HEADS)


def _bic_ok(m: re.Match[str]) -> bool:
    return m.group("cc") in _REGIONS


def _may_have_letter_head(text: str) -> bool:
    """False only when ``_LETTER_HEADS`` cannot match in ``text`` (a gate: the same spans): none
    of its heads is written (the pattern is case-sensitive)."""
    return any(head in text for head, _ in _LETTER_HEAD_PARTS)


def labelled_code_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each code named by its noun in ``text`` (see the module's list)."""
    spans: list[tuple[int, int]] = []
    starts = [start for start, _ in prefilter.keywords(text).get("labelled_code", ())]
    if _may_have_letter_head(text):  # one-letter heads are no keywords (every "l'" would be one)
        starts = sorted(starts + [m.start() for m in _LETTER_HEADS.finditer(text)])
    for start in starts:
        if _CODE_NEAR.match(text, start) is None:
            continue  # no digit and no capital after the head on its line: no code (most heads)
        if head := _LAW_HEAD.search(text, max(0, start - 3), start):
            start = head.start()  # "D.Lgs.": the keyword pass found "lgs"
        if spans and start < spans[-1][1]:
            continue
        m = _LABELLED.match(text, start)
        if m is None or m.lastgroup is None:
            continue
        kind = m.lastgroup  # the outer group closes last ("bic", not "cc")
        if kind == "bic" and not _bic_ok(m):
            continue
        if kind == "barcode" and not gs1_ok(m.group("gtin")):
            continue
        lo = start
        if kind == "ticket":
            opens = sentence_start(text, start, ends=_SENTENCE_END, reach=120)
            if PHONE_WORD_BEFORE.search(text, opens, start):
                continue  # "call me about case 00812345": the writer's number may follow
        if kind == "law" and text.startswith(("Act", "Gesetz"), start):
            before = _ACT_NAME_BEFORE.search(text, max(0, start - 40), start)
            lo = before.start() if before else start
        # an article number's label only: "Ref." or "SKU" before a card, an IBAN or an id
        # names none of them (fail closed), so a hit on the value stays
        spans.append((lo, m.start("skuv") if kind == "sku" else m.end()))
    return sorted(spans)
