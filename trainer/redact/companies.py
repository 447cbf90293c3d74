"""Companies named after people, per locale: a person-like name next to a legal form or a
company word is a company ("Maren Lindqvist GmbH", "Bellucci e Figli", "Studio Legale
Ferrandino", "Maren Lindqvist's Kitchen") and the name rules of ``people.py`` leave it alone.

Written from general knowledge of company naming in the locales we redact (legal forms of each
company law, family-firm phrases, trade nouns that head or close a business name), not from any
evaluation set. Member names are matched by the member dictionary independently of this: a
member's full name inside a company name is still redacted (the text spells the member's name).
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.lookalike_places import place_before
from trainer.redact.person_words import CAP

# Legal forms, compared as written (case matters: "SA" is a form, "sa" is a word). A trailing
# full stop is also accepted ("Ltda.", "Inc.").
_LEGAL_FORMS = frozenset(
    """Inc Incorporated LLC L.L.C. Ltd Limited PLC plc Pty P/L LLP LP Corp Corporation Co Company
    Cos Bros GmbH gGmbH mbH AG KG OHG GbR UG KGaA SE e.K. e.V. eG e.G. SA S.A. SAS S.A.S. SASU SARL
    S.A.R.L. EURL SNC SCI SCP SELARL Cie S.p.A. SpA S.r.l. Srl SRL S.r.l.s. Srls S.n.c. Snc S.a.s.
    Sas S.L. SL S.L.U. SLU S.A.U. SAU S.C. S.Coop. S.Com. Cía Cia Ltda Ltda. S/A ME EPP EIRELI MEI
    B.V. BV N.V. NV V.O.F. VOF C.V. CV Zn. Pvt Ltée Limitée ULC OÜ AB ASA Oy ApS A/S Kft Kft.
    Zrt Zrt. Nyrt Nyrt. Bt d.o.o. s.r.o. a.s. A.Ş AŞ""".split()
) | {"sp. z o.o.", "S.C. S.R.L.", "SC SRL"}  # written with a space: the regex of
# ``lookalike_company_words`` reads them, a token lookup never does
# The same forms, public: ``lookalike_company_words`` builds its regex from them.
LEGAL_FORMS = _LEGAL_FORMS
# Words that close a business name ("Halvorsen Foods", "Brandstetter Immobilien"), title case.
_AFTER_WORDS = frozenset(
    """Sons Brothers Bros Söhne Sohn Fils Frères Figli Fratelli Hijos Hermanos Hnos Filhos Irmãos
    Zonen Gebroeders Gebrüder Group Groep Gruppe Gruppo Groupe Grupo Holding Holdings Partners
    Partner Partnerschaft Associates Associés Associati Asociados Associados Consulting
    Consultants Consultancy Consultoria Consultoría Consulenze Beratung Conseil Foods Food
    Alimentos Bank Banca Banque Banco Solicitors Lawyers Legal Law Barristers Attorneys Notaries
    Accountants Accounting Architects Architekten Architecten Architectes Architetti Arquitectos
    Arquitetos Arquitetura Immobilien Immobilier Immobiliare Inmobiliaria Imobiliária Imóveis
    Vastgoed Makelaars Makelaardij Realty Properties Estates Homes Advocaten Avocats Avvocati
    Abogados Advogados Advocacia Rechtsanwälte Notaires Notarissen Notariaat Notai Studio Studios
    Editora Editorial Editions Éditions Edizioni Ediciones Verlag Uitgeverij Publishing
    Publishers Press Books Records Media Films Productions Design Designs Digital Marketing
    Agency Agentur Agence Agenzia Agencia Agência Agencies Technologies Technology Tech Software
    Systems Systeme Solutions Services Labs Lab Engineering Ingenieure Engenharia Ingeniería
    Construction Constructions Construcciones Construções Costruzioni Construtora Bouw
    Bouwbedrijf Bau Builders Developers Logistics Logistik Logística Logistica Transport
    Transports Transportes Trasporti Transporte Spedition Freight Haulage Travel Tours Reisen
    Voyages Viaggi Viajes Viagens Turismo Motors Autos Automotive Autohaus Garage Insurance
    Versicherungen Assurances Assicurazioni Seguros Verzekeringen Financial Finance Capital
    Investments Ventures Wealth Securities Advisors Advisers Trading Traders Imports Exports
    Import Export Handel Industries Industrie Industrias Indústria Manufacturing
    Enterprises Textiles Jewellers Jewelers Fashion Mode Moden Bakery Bakehouse Bäckerei
    Boulangerie Panificio Panadería Padaria Bakkerij Kitchen Kitchens Café Cafe Coffee Catering
    Traiteur Restaurant Ristorante Restaurante Bistro Brasserie Trattoria Pizzeria Osteria
    Wines Winery Vins Vini Vinos Vinhos Weine Wijnen Brewery Brewing Brauerei Distillery Farms
    Farm Dairy Hotel Hotels Resorts Airlines Airways Shipping Energy Solar Electric Elektro
    Pharma Pharmaceuticals Pharmacy Apotheke Apotheek Farmacia Farmácia Pharmacie Drogaria
    Clinic Klinik Clinique Clínica Clinica Kliniek Dental Optik Optique Ottica Óptica Ótica
    Opticiens Cosmetics Electronics International Worldwide Global Foundation Stiftung Stichting
    Fondation Fondazione Fundación Fundação Institute Institut Instituto Istituto Academy
    Akademie Académie Accademia Academia Salon Atelier Ateliers Werkstatt Werke Werk Technik
    Techniek Tecnologia Tecnologie Tecnologías Comércio Comercial Commerciale Distribuidora
    Distribuciones Distribuzione Stores Store Shop Supplies Emporium Sweets Steels Chemicals
    Infra Infrastructure Pvt Plumbing Electrical Roofing Landscaping Cleaning Removals Motorsport
    Racing Entertainment Music Medical Health Care Furniture Möbel Meubles Mobili
    Muebles Móveis Gráfica Tipografia Imprimerie Druckerei Drukkerij Imprenta Steuerberatung
    Steuerberater Kanzlei Gestoría Asesores Asesoría Commercialisti Expertise Comptable
    Contabilidade Accountancy Beheer Installatietechniek Schilders Aannemers Slagerij Metzgerei
    Boucherie Macelleria Carnicería Açougue Fromagerie Caseificio Pâtisserie Pasticceria
    Pastelería Confeitaria Konditorei Bodegas Bodega Cantina Cantine Tenuta Weingut Domaine
    Château Vineyards Estate Day Award Awards Prize Medal Fellowship Lecture Memorial Trophy
    Cup Hall Library Museum School College University Hospital Centre Center Stadium Arena
    Airport Bridge""".split()
)
# Words that open a business name ("Studio Legale Ferrandino", "Bäckerei Brandstetter").
_BEFORE_WORDS = frozenset(
    """Studio Legale Associato Cabinet Maison Boulangerie Pâtisserie Boucherie Bäckerei
    Metzgerei Konditorei Autohaus Kanzlei Apotheke Bodegas Bodega Editora Editorial Edições
    Ediciones Edizioni Éditions Verlag Uitgeverij Farmacia Farmácia Pharmacie Drogaria Pizzeria
    Trattoria Osteria Ristorante Restaurante Restaurant Brasserie Bistro Hotel Hôtel Albergo
    Pousada Café Cafe Garage Atelier Galerie Gallery Galleria Advocatenkantoor Notariskantoor
    Bakkerij Slagerij Apotheek Constructora Construtora Inmobiliaria Imobiliária Immobiliare
    Grupo Gruppo Groupe Gruppe Groep Fundación Fondation Fondazione Stiftung Stichting
    Fundação Banco Banca Banque Casa Taverna Panificio Panadería Padaria Librería Livraria
    Libreria Tipografia Gráfica Distribuidora Comercial Transportes Transports Domaine Château
    Weingut Tenuta Cantina Clínica Clinique Klinik Kliniek Clinica Óptica Ottica Optik Ótica
    Officina Taller Oficina Laboratorio Laboratório Laboratoire Agenzia Agencia Agência Agence
    Agentur Azienda Agricola Fattoria Quinta Hacienda Estancia Haras Fazenda Sítio Salon Salão
    Salone Peluquería Friseur Kapsalon Makelaardij Bouwbedrijf Transportbedrijf Autobedrijf
    Reisebüro Viaggi Viajes Imprimerie Druckerei Drukkerij Imprenta Escritório Bureau Büro
    Ingenieurbüro Architekturbüro Praxis Zahnarztpraxis Tierarztpraxis Steuerkanzlei Royal
    Koninklijke Königliche Real Reale""".split()
)
# Belgian hospitals: "algemeen" and "universitair ziekenhuis" (names13). AZ and UZ are also US
# and Uzbek codes after a place ("Mesa, AZ Maria ...", "Tashkent UZ Dilnoza ..."): they open a
# name only after a Dutch word that leads to a hospital ("bij AZ ...", "naar het UZ ..."; review
# 14), not after English "in"/"to".
BELGIAN_HOSPITALS = frozenset(("AZ", "UZ"))
_DUTCH_BEFORE_HOSPITAL = frozenset("bij naar het van uit op aan voor te vanuit".split())
# "& Co.", "e Figli", "und Söhne": a connector before a family or partnership word.
_CONNECTED = re.compile(
    r"\s?(?:&|and|e|et|y|und|en|\+)\s(?:Co|Cie|Cia|Cía|Sons|Söhne|Sohn|Fils|Figli|Hijos|"
    r"Filhos|Zonen|Zn|Partners|Partner|Associates|Associés|Associati|Asociados|Associados|"
    r"Brothers|Frères|Fratelli|Hermanos|Irmãos|Gebroeders|Gebrüder|Company)"
    r"\b"
)
_TOKEN = re.compile(r"\s*([^\s,;:!?()\"]+)")
# "Lindqvist's Kitchen", "Jones' Bakery" (a bare apostrophe only after an s: "Lopez' Team" is
# a closing quote).
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])\s+(?P<word>[^\W\d_][\w&'-]*)")


# Any case for forms of three or more letters ("GMBH", "ltda", "s.r.l."): short ones ("SA",
# "AG", "Co") only as written, since they are also words in some language.
_FOLDED_FORMS = frozenset(
    f.lower().rstrip(".") for f in _LEGAL_FORMS if len(f.replace(".", "")) >= 3
)


def is_company_token(token: str) -> bool:
    """A legal form or a word that closes a business name ("GmbH", "Ltda.", "Hermanos")."""
    return _is_company_token(token)


def is_legal_form(token: str) -> bool:
    """A legal form only ("GmbH", "Ltda."): not a trade word, which can be a surname (Hall)."""
    stripped = token.rstrip(".,;:")
    return (
        stripped in _LEGAL_FORMS
        or f"{stripped}." in _LEGAL_FORMS
        or stripped.lower() in _FOLDED_FORMS
    )


def opens_company(token: str) -> bool:
    """A word that opens a business name ("Stichting", "Bäckerei", "Studio")."""
    return token in _BEFORE_WORDS or (token.isupper() and token.title() in _BEFORE_WORDS)


def _is_company_token(token: str) -> bool:
    stripped = token.rstrip(".,;:")
    return (
        token in _LEGAL_FORMS
        or stripped in _LEGAL_FORMS
        or f"{stripped}." in _LEGAL_FORMS
        or (not stripped.islower() and stripped.title() in _AFTER_WORDS)  # "law" is a word
        or stripped.lower() in _FOLDED_FORMS
    )


def company_after(text: str, end: int, *, skip: int = 2) -> bool:
    """A legal form or company word right after ``end``, or after up to ``skip`` more
    capitalised words ("Maren Lindqvist Holz GmbH"); or "& Co.", "e Figli", "'s Bakery"."""
    if _CONNECTED.match(text, end):
        return True
    if (m := _POSSESSIVE.match(text, end)) and m.group("word")[0].isupper():
        return True  # "Maren Lindqvist's Kitchen": a brand; "Maren's laptop" is a person
    pos = end
    for _ in range(skip + 1):
        m = _TOKEN.match(text, pos)
        if m is None or m.start(1) == pos or text[pos] in ".,;:" or "\n" in text[pos : m.start(1)]:
            return False  # a company name stays on its line ("Maite Roca\nDirector Comercial")
        token = m.group(1)
        if _is_company_token(token):
            return True
        if not token[0].isupper() or token.endswith((".", ",")):
            return False
        if _CONNECTED.match(text, m.end()):
            return True
        pos = m.end()
    return False


def company_before(text: str, start: int) -> bool:
    """A word that opens a business name right before ``start`` ("Bäckerei Brandstetter",
    "Studio Legale Ferrandino", "Editora Quintanilha")."""
    head = text[max(0, start - 40) : start]
    words = head.split()
    if not words or not head.endswith((" ", "\u00a0")):
        return False
    if words[-1] in BELGIAN_HOSPITALS:
        return len(words) > 1 and words[-2] in _DUTCH_BEFORE_HOSPITAL
    return (
        words[-1] in _BEFORE_WORDS
        or (words[-1].isupper() and words[-1].title() in _BEFORE_WORDS)
        or place_before(text, start)  # "Scuola Giulia ...", "Liceum im. ..." (lookalike_places)
    )


# The value of a record key that names a company or a venue ('"merchant": "Giorgio Armani"',
# "LOCATION:Dr. Martens" in iCalendar, "Dónde: Ferrari, Sala 3", "vendor=Ferrari"): where a
# company's name is the value, not a person's. Other keys are no such field ("cc:", "CN=").
_COMPANY_SLOT = re.compile(
    r"[ \t]*(?:[-{,][ \t]*)?[\"']?(?i:merchant|vendor|supplier|company|brand|store|shop|retailer|"
    r"seller|location|venue|where|d[oó]nde|o[uù]|onde|wo|dove|waar|lugar|lieu|ort)[\"']?"
    r"[ \t]?[:=][ \t]?[\"']?"
)


# Company columns of a delimited table ("created_at,merchant,total"): header keys in our languages.
_COMPANY_COLUMNS = frozenset(
    "merchant|vendor|supplier|company|brand|store|shop|retailer|seller|venue|employer|händler|"
    "haendler|firma|unternehmen|marchand|entreprise|magasin|empresa|tienda|proveedor|azienda|"
    "negozio|fornitore|bedrijf|winkel|leverancier|loja|fornecedor|sklep|företag|butik|yritys|"
    "kauppa|şirket|mağaza".split("|")
)


def slot_value_start(text: str, pos: int) -> int | None:
    """Where the value of a company or venue field begins, when such a field opens the line of
    ``pos`` and its value begins at or before ``pos``, or when ``pos`` lies in a company column
    of a delimited table; else None."""
    line_start = text.rfind("\n", 0, pos) + 1
    m = _COMPANY_SLOT.match(text, line_start)
    if m is not None and m.end() <= pos:
        return m.end()
    return _company_column_start(text, line_start, pos)


def _company_column_start(text: str, line_start: int, pos: int) -> int | None:
    """The start of the field holding ``pos`` when its column's header (the first line of the
    block) is a company key and the row has as many fields as the header (no quotes, so every
    delimiter is one)."""
    line_end = text.find("\n", pos)
    row = text[line_start : len(text) if line_end < 0 else line_end]
    block = prefilter.blank_line_before(text, line_start)  # rfind, linear in a long text
    head_start = 0 if block < 0 else block + 2
    head_end = text.find("\n", head_start)
    if '"' in row or head_start == line_start or head_end < 0:
        return None
    delim = next((d for d in ",;\t|" if d in text[head_start:head_end]), None)
    if delim is None:
        return None
    header = text[head_start:head_end].split(delim)
    if len(header) != row.count(delim) + 1:
        return None
    column = text.count(delim, line_start, pos)
    if header[column].strip().strip("\"'").lower() not in _COMPANY_COLUMNS:
        return None
    field = text.rfind(delim, line_start, pos)
    return line_start if field < 0 else field + 1


def company_near(text: str, start: int, end: int) -> bool:
    """The name at ``[start, end)`` is part of a company name."""
    return company_after(text, end) or company_before(text, start)


# Company forms named after people, as the given-name rule checks them (see ``people``).
_CAPS_AHEAD = re.compile(rf"(?:[^\S\n]{CAP}){{1,2}}")
# Company forms named after people ("Vincent Germain et Fils", "Normand Rocher SARL"): kept.
COMPANY_AFTER = re.compile(
    r"\s(?:-\s)?(?:(?:&|and|e|et|y|und)\s)?(?:Filhos|Fils|Sons|Söhne|Hijos|Figli|"
    r"[Aa]sociados|[Aa]ssociados|Associates|Partners)\b|"
    r"\s(?:-\s)?(?:ME|EI|EPP|EIRELI|Ltda|SARL|SAS|SA|S\.A\.|S\.L\.|S\.Coop\.|S\.Com\.|"
    r"S\.p\.A\.|SpA|S\.r\.l\.|Srl|SRL|GmbH|AG|KG|OHG|e\.V\.|B\.V\.|N\.V\.|Ltd|LLC|LLP|"
    r"Inc|PLC|plc|Co|Corp|(?![BM]\.(?:A|S|Sc|Ed|Eng)\.|Ph\.D|LL\.)(?:[A-Z]\.){2,4}[A-Z]?)(?![\w])|"
    # Business nouns: "Del Monte Foods", "Thomas Cook Airlines", "Hunter Douglas Group".
    r"\s(?:Foods|Airlines|Airways|Motors|Hotels|Resorts|Pharma|Pharmaceuticals|Insurance|Bank|"
    r"Brewing|Brewery|Wines|Coffee|Bakery|Furniture|Cosmetics|Electronics|Logistics|Energy|"
    r"Industries|International|Enterprises|Holdings|Group|Travel|Records|Entertainment|Studios|"
    r"Publishing|Realty|Properties|Construction|Consulting|Capital|Ventures|Stores|Restaurants|"
    r"Company|Corporation|Worldwide|Global|Foundation|Institute|Motorsport|Racing|Automotive|"
    # Things named after a (public) person: "Ada Lovelace Day", "Marie Curie Fellowship".
    r"Day|Award|Awards|Prize|Medal|Fellowship|Lecture|Memorial|Trophy|Cup|Hall|Library|Museum|"
    r"School|College|University|Hospital|Centre|Center|Stadium|Arena|Airport|Bridge)\b"
)


def company_follows(text: str, pos: int) -> bool:
    """A company form right after ``pos`` or after one or two more capitalised words
    ("María Belén Cisneros Pozuelo S.Coop."), on the same line."""
    if text.startswith("\n", pos):
        return False
    if COMPANY_AFTER.match(text, pos):
        return True
    skip = _CAPS_AHEAD.match(text, pos)
    return (skip is not None and COMPANY_AFTER.match(text, skip.end()) is not None) or (
        company_after(text, pos)
    )
