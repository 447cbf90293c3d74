"""Words that say a company, not a person, holds a register number in their sentence: company
nouns, the seller or shop of a purchase, an employer, a site's legal notice and the legal forms
of firms, written for many languages at once.

``lookalike_named_codes`` and ``lookalike_company_registers`` keep a register a person can hold
too (an EIN, a NIP, a CNPJ, a CUI ...) only when one of these stands in its sentence. Never a
pronoun or possessive ("our", "nos": a person writes them of a cousin's or a client's number).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from trainer.redact.companies import LEGAL_FORMS

_NOUNS = (
    # company, firm, business, supplier, agency, insurer ...
    r"supplier|vendor|billing[ \t]entity|agency|company|companies|corporation|firm|business|"
    r"manufacturer|wholesaler|organi[sz]ation|cent(?:er|re)|school|llc|inc|ltd|"
    r"lieferant\w*|rechnungssteller\w*|firma|unternehmen\w*|gesellschaft|hersteller\w*|"
    r"proveedor\w*|entidad[ \t]que[ \t]factura|empresa\w*|sociedad|compa[ñn][íi]a|fabricante|"
    r"raz[ãa]o[ \t]social|fornecedor\w*|sociedade|fournisseur\w*|"
    r"entit[ée][ \t]de[ \t]facturation|soci[ée]t[ée]|entreprise|fabricant|fornitore|"
    r"soggetto[ \t]fatturante|azienda|ditta|leverancier\w*|factuurentiteit|bedrijf\w*|"
    r"onderneming|tedarik[çc]i\w*|şirket\w*|fatura[ \t]kesen|agence|organisme|cabinet|"
    r"[ée]tablissement|inmobiliaria|agencia|academia|cursinho|imobili[áa]ria|ag[êe]ncia|"
    r"escola|col[ée]gio|biur\w*|firm[aąyie]\w*|sp[óo][łl]k\w*|agencj\w*|"
    r"przedsi[ęe]biorstw\w*|dostawc\w*|dodavatel\w*|dod[áa]vate[lľ]\w*|leverant[öo]r\w*|"
    r"leverand[øo]r\w*|toimittaj\w*|dobavitelj\w*|dobavlja[čc]\w*|(?:be)?sz[áa]ll[íi]t[óo]\w*|"
    r"furnizor\w*|sp[óo][łl]dzielni\w*|trung[ \t]t[âa]m|c[ôo]ng[ \t]ty|"
    r"doanh[ \t]nghi[ệe]p|spole[čc]nost\w*|societat\w*|firm[ăa]|c[ée]g\w*|yritys\w*|"
    r"f[öo]retag\w*|virksomhed\w*|selskab\w*|selskap\w*|poduze[ćc]\w*|podjetj\w*|"
    # a subcontractor (a lone "contractor" may be a person); an agency or insurer
    r"subcontractor|aannemer|onderaannemer|podizvo[đd]a[čc]\w*|nh[àa][ \t]th[ầa]u|"
    r"empreiteiro|sous-traitant|subunternehmer|aseguradora|seguradora|assureur|"
    # the seller or shop of a purchase, and a site's legal notice
    r"seller|merchant|retailer|shop|store|e-?shop\w*|webshop\w*|onlineshop\w*|marketplace|"
    r"h[äa]ndler\w*|verk[äa]ufer\w*|vendeur\w*|commer[çc]ant\w*|boutique|magasin|"
    r"vendedor\w*|tienda|comercio|loja|lojista|venditore|negozio|commerciante|winkel\w*|"
    r"webwinkel\w*|verkoper\w*|sklep\w*|sprzedawc\w*|obchod\w*|prodejc\w*|magazin\w*|"
    r"v[âa]nz[ăa]tor\w*|ma[ğg]aza\w*|sat[ıi]c[ıi]\w*|butik\w*|kauppa\w*|myyj[äa]\w*|"
    r"trgovin\w*|prodava[čc]\w*|impressum|mentions[ \t]l[ée]gales|aviso[ \t]legal|"
    r"note[ \t]legali|legal[ \t]notice|imprint|"
    # the employer (of a payslip, a contract, a hiring)
    r"employer|arbeitgeber\w*|employeur\w*|empleador\w*|empregador\w*|"
    r"entidade[ \t]empregadora|datore[ \t]di[ \t]lavoro|angajator\w*|pracodawc\w*|"
    r"werkgever\w*|zam[ěe]stnavatel\w*|munk[áa]ltat[óo]\w*|i[şs]veren\w*|arbetsgivar\w*|"
    r"arbejdsgiver\w*|arbeidsgiver\w*|ty[öo]nantaj\w*|t[öo][öo]andja\w*|poslodav\w*|"
    r"delodajal\w*"
)
# The legal forms of firms as written after a firm's name (case as written: "AG", not "ag"),
# from the one set ``companies.is_legal_form`` reads; longest first ("S.A.S." before "S.A."), an
# optional full stop after a form written without one ("Inc."). Not a form that names a
# person's own business (a MEI is its owner: ``PERSONAL_WORD``), nor one that is also a common
# capitalised word beside a person's number ("ME", a "CV").
_NOT_COMPANY_FORMS = frozenset({"MEI", "ME", "CV"})
_LEGAL_FORMS = "|".join(
    re.escape(form) + ("" if form.endswith(".") else r"\.?")
    for form in sorted(LEGAL_FORMS - _NOT_COMPANY_FORMS, key=lambda f: (-len(f), f))
)
# the company nouns alone (a register slot's owner: "the supplier's registration")
COMPANY_NOUNS = _NOUNS
COMPANY_WORD = re.compile(r"(?i:\b(?:" + _NOUNS + r")\b)|\b(?:" + _LEGAL_FORMS + r")(?!\w)")

# Possessives and a sole trader's business in German, Dutch, Polish, Italian, Portuguese, the
# Nordic languages and Turkish ("meine Steuernummer", "mijn btw-nummer", "moja firma", "JDG").
# Homographs: "Mio." after a number is German for million, not Italian "mio" (my); German
# "ihr" (your, her, their) and Dutch "haar" (her; also "hair") stay: read wrongly they only
# redact a firm's number, the fail-closed direction.
_POSSESSIVES_MORE = (
    r"mein\w*|ihr\w*|seine[mnrs]?|mijn|zijn|haar|jouw|m[óo]j\w*|moj\w*|jego|jej|"
    r"tw[óo]j\w*|twoj\w*|osobist\w*|prywatn\w*|jednoosobow\w*|dzia[łl]alno[śs]\w*[ \t]+"
    r"gospodarcz\w*|JDG|(?<!\d[ \t])(?<!\d)mio(?!\.)|suo|minha|meu|seu|mitt|sitt|hennes|benim|"
    r"onun|kişisel"
)
# A firm entered in a register: the verb of a registration ("The installer is registered as
# BN ...", "ist eingetragen als", "est inscrit comme", "está registrado como", "jest
# zarejestrowany", "je zapsán", "är registrerad som"), many languages at once. It says a firm
# only where no subject pronoun names a person (``_SUBJECT_PRONOUN``: "she is registered as").
_REGISTERED = re.compile(
    r"(?i)\b(?:registered|incorporated|eingetragen|registriert|inscrite?s?|immatricul[ée]e?s?|"
    r"registrad[oa]s?|inscrit[oa]s?|matriculad[oa]s?|registrat[oa]|iscritt[oa]|"
    r"zarejestrowan[aey]?|wpisan[aey]?|zaps[áa]n[aáo]?|zaregistrov[áa]n[aáo]?|registrerad|"
    r"registreret|registrert|geregistreerd|ingeschreven|rekisteröity|kayıtlı|tescilli|"
    r"înregistrat[ăa]?)\b"
)
# a person as the subject: he, she, they, I, we (not "il", Italian's article too; not "er",
# the Danish and Norwegian "is"; not "on", the English preposition)
_SUBJECT_PRONOUN = re.compile(
    r"(?i)\b(?:he|she|they|we|sie|elle|elles|ils|él|ella|ellos|ellas|ele|ela|eles|elas|"
    r"lui|lei|loro|hij|zij|ona|oni|han|hon|hun|ja|my|wir|nous|nosotros|nós)\b"
)


def firm_in_sentence(text: str, lo: int, hi: int) -> bool:
    """A company holds the register number of the sentence [lo, hi): a company word or legal
    form stands in it, or a registration's verb with no person as its subject."""
    if COMPANY_WORD.search(text, lo, hi):
        return True
    return bool(_REGISTERED.search(text, lo, hi)) and not _SUBJECT_PRONOUN.search(text, lo, hi)


# A personal or possessive word, first person or a sole trader's business in the sentence:
# the number is a person's (``lookalike_company_registers``, ``lookalike_register_slots``;
# ``lookalike_named_codes`` asks it of the registers a person can hold too).
PERSONAL_WORD = re.compile(
    r"(?i)\b(?:" + _POSSESSIVES_MORE + r"|my|mine|his|her|your|their|personal|private|"
    r"self-employed|sole[ \t]trader|freelance\w*|mon|ma|mes|auto-entrepreneur|micro-entrepreneur|"
    r"mi|mis|su|sus|tu|"
    r"aut[óo]nom[oa]|meu|minha|seu|sua|MEI|c[ủu]a[ \t]t[ôo]i|c[ủu]a[ \t]anh|c[ủu]a[ \t]ch[ịi]|"
    r"c[ủu]a[ \t]em|c[áa][ \t]nh[âa]n|me|myself|sole[ \t]proprietor\w*|proprietorship|"
    r"one-(?:person|man|woman)|self[ \t]employed|je|j['’]|moi|yo|eu|entreprise[ \t]individuelle|"
    r"persona[ \t](?:natural|f[íi]sica)|empres[áa]ri[oa][ \t]individual|t[ôo]i|"
    r"h[ộo][ \t](?:kinh[ \t]doanh|c[áa][ \t]th[ểe]))\b|\bI\b(?-i:(?<=I))"
)


def governed_by_person(
    text: str,
    lo: int,
    hi: int,
    people: Iterable[tuple[int, int]],
    *,
    except_words: frozenset[str] = frozenset(),
    names_start_inside: bool = False,
) -> bool:
    """A person holds the code or number whose governing words are [lo, hi): a possessive or
    personal word (``PERSONAL_WORD``, less ``except_words``, lower-cased) or a person's name
    (``people``: (start, end) of NAME and MEMBER hits) stands there. A name that only overlaps
    the window counts (fail closed) unless ``names_start_inside``.

    The look-alike keeps that ask it (``lookalike_thing_codes``, ``lookalike_register_slots``)
    differ only in the window and these options, so their vetoes cannot drift apart."""
    if except_words:
        if any(m.group().lower() not in except_words for m in PERSONAL_WORD.finditer(text, lo, hi)):
            return True
    elif PERSONAL_WORD.search(text, lo, hi):
        return True
    if names_start_inside:
        return any(lo <= start < hi for start, _ in people)
    return any(lo < end and start < hi for start, end in people)


# right after a register's value, the person it belongs to (both register keeps ask it):
# "do trabalhador", "del empleado", "of the new employee", "des Mitarbeiters", "du salarié"
WORKER_AFTER = re.compile(
    r"(?i)[ \t,]+(?:of[ \t]+(?:the|our|a|an)|do|da|del|de[ \t]+la|de[ \t]+l['’]|du|de|"
    r"des|der|della|dello|van[ \t]+de)(?:[ \t]+[^\W\d_]+)?[ \t]+"
    r"(?:employee|worker|contractor|candidate|applicant|freelancer|staff|trabalhador\w*|"
    r"funcion[áa]ri\w*|empregad\w*|colaborador\w*|candidat\w*|trabajador\w*|empleado\w*|"
    r"contratista|salari[ée]\w*|employ[ée]\w*|mitarbeiter\w*|arbeitnehmer\w*|"
    r"bewerber\w*|dipendente|lavorator\w*|werknemer|medewerker|sollicitant|pracownik\w*|"
    r"zam[ěe]stnan\w*|angajat\w*)\b"
)
