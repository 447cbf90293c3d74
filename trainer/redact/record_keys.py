"""Which record keys name a personal field, in the seven languages of our locales.

A key is a CSV header, a JSON/YAML key, the label of a ``Key: value`` line or a vCard
property. ``key_kind`` reads it the way people write keys (snake_case, camelCase, kebab-case,
spaced, with "no."/"Nr."/"n°" and a bracketed alias: "Bank account (IBAN)") and returns the
kind of personal value it holds, or None. The kinds map to the engine's types in ``KIND_TYPE``.

English, German and Dutch keys put the head noun last ("shipping address", "Lieferadresse");
French, Spanish, Italian and Portuguese put it first ("numéro de téléphone", "código postal"),
so a key is looked up whole, then by its last word, then by its first. A personal head beside
an owner that is no person ("company name", "product name", "Firmenname") is not personal, nor
is a head followed by a non-personal measure ("tax_rate", "phone_count", "name_length").
A city, country or region alone is not personal; a street, house number or postcode is.
"""

from __future__ import annotations

import re

from trainer.redact.folding import fold
from trainer.redact.record_person_keys import AUTHOR_KEYS, PERSON_KEYS

# kind -> engine type. DOB has no type of its own: a birth date identifies with the rest of
# the record, so it is redacted as an identifier ("[ID]").
KIND_TYPE: dict[str, str] = {
    "NAME": "NAME",
    "PHONE": "PHONE",
    "EMAIL": "EMAIL",
    "ADDRESS": "ADDRESS",
    "IBAN": "IBAN",
    "CARD": "CARD",
    "SSN": "SSN",
    "ID": "NATIONAL_ID",
    "DOB": "NATIONAL_ID",
    "IP": "IP",
}
# Kinds whose value is a number: a value with no digit is no such number (left to detectors).
NUMBER_KINDS = frozenset({"PHONE", "IBAN", "CARD", "SSN", "ID", "DOB", "IP"})


def _words(*groups: str) -> dict[str, str]:
    """``"KIND: a|b c|d"`` groups -> {phrase: kind}."""
    table: dict[str, str] = {}
    for group in groups:
        kind, _, phrases = group.partition(":")
        for phrase in phrases.split("|"):
            table[fold(phrase.strip())] = kind.strip()
    return table


# Whole keys and heads (a head may stand last or first in a longer key). Languages per line:
# en, de, fr, es, it, nl, pt.
HEADS: dict[str, str] = _words(
    "NAME: name|names|fullname|firstname|lastname|surname|surnames|forename|forenames|"
    "givenname|nickname|nick|maiden name|contact|passenger|passengers|pax|guest|guests|"
    "attendee|attendees|participant|participants|invitee|invitees|employee|staff member|"
    "customer|client|patient|tenant|applicant|candidate|recipient|addressee|sender|holder|"
    "cardholder|signatory|traveller|traveler|travellers|travelers|occupant|member|person|"
    "spouse|guardian|next of kin|kin|beneficiary|insured|served by|cashier|driver|owner|"
    "organizer|organiser|host|booked by|booker|lead guest|signed by|reported by",
    "NAME: vorname|nachname|familienname|geburtsname|rufname|kontakt|ansprechpartner|"
    "ansprechpartnerin|reisender|reisende|fahrgast|passagier|gast|gaste|teilnehmer|"
    "teilnehmerin|mitarbeiter|mitarbeiterin|kunde|kundin|empfanger|absender|inhaber|"
    "inhaberin|kontoinhaber|karteninhaber|mieter|antragsteller|bewerber|bewerberin|"
    "es bediente sie|bedient von|versicherter|ehepartner|veranstalter|organisator|fahrer|"
    "fahrerin|eigentumer|eigentumerin|besitzer",
    "NAME: nom|noms|prenom|prenoms|nom de famille|nom de naissance|nom complet|nom d'usage|"
    "passager|passagere|invite|invitee|participante|employe|employee|salarie|cliente|"
    "destinataire|expediteur|titulaire|interlocuteur|locataire|candidat|candidate|"
    "beneficiaire|assure|conjoint|servi par|vous avez ete servi par|organisateur|organisatrice|"
    "proprietaire|conducteur|conductrice|chauffeur|referent|referente|invites|invitees|passagers|"
    "participantes|voyageur|voyageurs",
    "NAME: nombre|nombres|apellido|apellidos|primer apellido|segundo apellido|pasajero|"
    "pasajera|invitado|invitada|asistente|empleado|empleada|remitente|contacto|paciente|"
    "inquilino|solicitante|atendido por|le atendio|organizador|organizadora|propietario|"
    "propietaria|conductor|conductora|invitados|invitadas|pasajeros|asistentes|viajero|viajeros",
    "NAME: nome|cognome|cognomi|passeggero|passeggera|ospite|ospiti|partecipante|"
    "partecipanti|dipendente|mittente|intestatario|intestataria|titolare|contatto|referente|"
    "richiedente|servito da|la ha servita|coniuge|organizzatore|organizzatrice|proprietario|"
    "proprietaria|autista|conducente|invitati|passeggeri|viaggiatore",
    "NAME: naam|voornaam|voornamen|achternaam|familienaam|roepnaam|geboortenaam|"
    "tussenvoegsel|deelnemer|deelnemers|werknemer|medewerker|klant|ontvanger|afzender|"
    "rekeninghouder|houder|contactpersoon|huurder|aanvrager|sollicitant|reiziger|"
    "u werd geholpen door|geholpen door|eigenaar|bestuurder|organisator|gasten|reizigers|"
    "passagiers",
    "NAME: sobrenome|apelido|apelidos|passageiro|passageira|convidado|convidada|"
    "funcionario|funcionaria|colaborador|destinatario|contato|requerente|atendido por|"
    "proprietario|proprietaria|motorista|condutor|organizador|convidados|passageiros|viajante",
    "PHONE: phone|telephone|tel|tele|mobile|mobile phone|cell|cellphone|cell phone|fax|"
    "whatsapp|signal|telegram|landline|contact number|msisdn|"
    "telefon|telefonnummer|tel nr|handy|handynummer|mobil|mobilnummer|mobiltelefon|"
    "rufnummer|festnetz|telefax|"
    "portable|tel portable|telephone portable|"
    "telefono|movil|celular|tlf|telf|"
    "cellulare|cell|"
    "telefoonnummer|telefoon|mobiel|gsm|"
    "telemovel|telefone|telemóvel",
    "EMAIL: email|e mail|mail|email address|e mail address|mail address|"
    "e mail adresse|email adresse|mailadresse|"
    "courriel|adresse e mail|adresse mail|adresse electronique|mel|"
    "correo|correo electronico|e correo|"
    "posta elettronica|indirizzo email|indirizzo e mail|pec|"
    "e mailadres|emailadres|mailadres|"
    "endereco de email|endereco de e mail|correio eletronico|correio electronico",
    "ADDRESS: address|addr|street|street address|address line|house number|house no|"
    "postcode|post code|postal code|zip|zip code|zipcode|"
    "anschrift|adresse|wohnanschrift|wohnadresse|lieferadresse|rechnungsadresse|"
    "postanschrift|strasse|hausnummer|plz|postleitzahl|"
    "rue|code postal|domicile|adresse postale|adresse de livraison|adresse de facturation|"
    "direccion|domicilio|calle|codigo postal|direccion de envio|direccion postal|"
    "indirizzo|cap|residenza|indirizzo di consegna|"
    "adres|straat|huisnummer|woonadres|afleveradres|factuuradres|postadres|bezorgadres|"
    "morada|endereco|rua|cep|codigo postal|endereco de entrega",
    "IBAN: iban|account|account number|bank account|acct|bank details|sort code|"
    "kontonummer|konto|bankverbindung|"
    "rib|compte|compte bancaire|numero de compte|coordonnees bancaires|"
    "cuenta|cuenta bancaria|numero de cuenta|ccc|"
    "conto|conto corrente|coordinate bancarie|"
    "rekening|rekeningnummer|bankrekening|"
    "conta|conta bancaria|nib|numero de conta",
    "CARD: card|card number|credit card|debit card|cc number|ccn|card no|"
    "kartennummer|karte|kreditkarte|bankkarte|ec karte|girocard|"
    "carte|carte bancaire|numero de carte|carte de credit|cb|"
    "tarjeta|numero de tarjeta|tarjeta de credito|"
    "carta|numero carta|carta di credito|"
    "kaart|kaartnummer|creditcard|betaalkaart|pinpas|"
    "cartao|numero do cartao|cartao de credito",
    "SSN: ssn|social security|social security number|social security no",
    "ID: tax id|taxid|tin|tax number|tax no|tax code|nino|national insurance|"
    "national insurance number|ni number|nhs|nhs number|national id|id number|id card|"
    "identity card|identity number|passport|passport number|driver license|"
    "drivers license|driving licence|licence number|license number|medicare|"
    "ird|ird number|sin|tfn|personal id|personnummer|"
    "steuer id|steuerid|steuernummer|steuer identifikationsnummer|idnr|personalausweis|"
    "ausweis|ausweisnummer|reisepass|sozialversicherungsnummer|svnr|versichertennummer|"
    "nir|numero de securite sociale|n de securite sociale|securite sociale|insee|"
    "numero fiscal|numero d'identification fiscale|passeport|carte d'identite|cni|"
    "nif|nie|dni|nss|curp|rfc|pasaporte|numero de seguridad social|seguridad social|"
    "documento|documento de identidad|cedula|"
    "codice fiscale|cf|passaporto|carta d'identita|tessera sanitaria|"
    "bsn|burgerservicenummer|paspoort|identiteitskaart|sofinummer|"
    "cpf|rg|cartao de cidadao|passaporte|nif|niss|"
    "aadhaar|aadhar|pan|pan card|sa id|id no|sa id number",
    "DOB: dob|date of birth|birth date|birthdate|birthday|born|bday|"
    "geburtsdatum|geburtstag|geboren|geb|"
    "date de naissance|ne le|nee le|"
    "fecha de nacimiento|f nacimiento|nacido|nacimiento|"
    "data di nascita|nato il|nata il|"
    "geboortedatum|geboren op|"
    "data de nascimento|nascido em|nascimento",
    "IP: ip|ip address|ip addr|client ip|remote addr|remote address|remote ip|source ip|"
    "ip adresse|adresse ip|direccion ip|indirizzo ip|ip adres|endereco ip",
)
# Sender, recipient and author keys of every language (``record_person_keys``): one table.
HEADS.update({key: "NAME" for key in PERSON_KEYS if key not in HEADS})
# "pan" is a card's primary account number or an Indian PAN: ``record_values`` decides by the
# value (13 digits or more: a card).
AMBIGUOUS_CARD_OR_ID = frozenset({"pan"})

# Owners that make a name, number or address head impersonal ("company name", "bank name").
NOT_PERSON_OWNERS = frozenset(
    fold(w)
    for w in (
        "company|business|firm|organisation|organization|org|product|item|file|filename|app|"
        "application|host|hostname|domain|server|device|merchant|store|shop|brand|vendor|"
        "supplier|event|project|team|bank|hotel|venue|place|city|town|country|region|state|"
        "county|province|street|field|column|table|model|package|module|branch|account type|"
        "user|username|course|school|university|airline|carrier|ship|"
        "vessel|train|flight|room|building|site|website|web|url|plan|tier|campaign|"
        "firma|firmen|unternehmen|produkt|datei|marke|veranstaltung|projekt|strassen|stadt|"
        "entreprise|societe|produit|fichier|marque|evenement|projet|ville|pays|"
        "empresa|producto|archivo|marca|evento|proyecto|ciudad|pais|"
        "azienda|societa|prodotto|marchio|progetto|citta|paese|"
        "bedrijf|bestand|merk|stad|land|"
        "produto|arquivo|cidade"
    ).split("|")
)
# Measures after a personal head that make the value no personal datum ("tax_rate").
NOT_PERSON_TAILS = frozenset(
    "rate|rates|count|counts|total|totals|amount|type|types|status|format|length|len|size|"
    "verified|valid|validated|flag|enabled|disabled|optin|opt in|consent|country|prefix|"
    "code type|policy|template|field|label|hash|hashed|digest|masked|last4|last 4|brand|"
    "network|issuer|expiry|exp|expires|cvv|cvc|fee|fees|limit|balance|currency|id type|"
    "provider|domain|verified at|updated|updated at|created|created at|at|date|time|"
    "satz|anzahl|betrag|typ|taux|nombre de|tasso|tarief|aantal|taxa|quantidade|tipo|"
    "land|pays|pais|paese".split("|")
)
# Words that say "number of" around a head and carry no meaning of their own.
_NUMBER_WORDS = frozenset(
    "number|no|nr|num|nbr|n|#|nummer|numero|nº|n°|no.|code|id|de|di|du|da|do|del|della|"
    "des|of|van|der|the|d|dos|das|le|la|el|il|lo|my|your|mon|ma|mein|meine|"
    "primary|secondary|main|alt|alternate|alternative|other|private|personal|home|work|"
    "business|office|privat|privee|prive|personnel|personnelle|particular|"
    "privato|pessoal|geschaftlich|dienstlich|1|2|3|details|detail|info|information|"
    "data|daten|gegevens|dados|datos|dati|coordonnees|line|line1|line2|line3|full".split("|")
)
_LINKS = frozenset("de|di|da|do|du|del|della|dello|dei|des|dos|das|d|al|a".split("|"))
_ROMANCE_MODIFIERS = frozenset(
    "completo|completa|complet|complete|paterno|materno|postal|postale|movil|mobile|cellulare|"
    "celular|fijo|fisso|fixe|fixo|electronico|elettronica|electronique|eletronico|personal|"
    "personale|personnel|personnelle|pessoal|privado|privada|privato|privata|prive|privee|"
    "principal|principale|secundario|particular|profesional|professionale|professionnel|"
    "fiscal|fiscale|legal|usual|habitual|actual|attuale|actuel|atual|1|2".split("|")
)
_ID_WORDS = frozenset("id|number|no|nr|num|nbr|#|nummer|numero|nº|n°|ref|reference".split("|"))
_SPLIT = re.compile(r"[\s_\-./:]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_BRACKET = re.compile(r"\(([^)]*)\)|\[([^\]]*)\]")

# Compound keys written as one word (German, Dutch): (ending, kind), longest first; the part
# before the ending must not be an owner ("Firmenname", "Dateiname").
_COMPOUND_ENDINGS: tuple[tuple[str, str], ...] = (
    ("mailadresse", "EMAIL"),
    ("mailadres", "EMAIL"),
    ("ipadresse", "IP"),
    ("webadresse", ""),
    ("telefonnummer", "PHONE"),
    ("telefoonnummer", "PHONE"),
    ("handynummer", "PHONE"),
    ("mobilnummer", "PHONE"),
    ("kontonummer", "IBAN"),
    ("rekeningnummer", "IBAN"),
    ("kartennummer", "CARD"),
    ("kaartnummer", "CARD"),
    ("anschrift", "ADDRESS"),
    ("adresse", "ADDRESS"),
    ("adres", "ADDRESS"),
    ("name", "NAME"),
    ("naam", "NAME"),
)


def key_words(key: str) -> list[str]:
    """A key as folded words: camelCase, snake_case, kebab-case and dots split."""
    key = _CAMEL.sub(" ", key.strip())
    return [w for w in _SPLIT.split(fold(key)) if w]


def _strip_number_words(words: list[str]) -> list[str]:
    lo, hi = 0, len(words)
    while hi > lo and words[hi - 1] in _NUMBER_WORDS:
        hi -= 1
    while lo < hi and words[lo] in _NUMBER_WORDS:
        lo += 1
    return words[lo:hi]


def _phrase_kind(words: list[str]) -> str | None:
    if not words:
        return None
    whole = " ".join(words)
    if whole in HEADS:
        return HEADS[whole]
    if len(words) > 1 and (
        words[-1] in NOT_PERSON_TAILS or " ".join(words[-2:]) in NOT_PERSON_TAILS
    ):
        return None
    core = _strip_number_words(words)
    if not core:
        return None
    if words[-1] in _ID_WORDS and core != words and _phrase_kind(core) == "NAME":
        return "ID"  # a person's number in some register ("customer_id", "employee no.")
    whole = " ".join(core)
    if whole in HEADS:
        return HEADS[whole]
    for head, rest in ((core[-1], core[:-1]), (core[0], core[1:])):
        kind = HEADS.get(head) or _compound_kind(head)
        if kind is None:
            continue
        if kind in ("NAME", "ADDRESS", "PHONE", "EMAIL") and any(
            w in NOT_PERSON_OWNERS for w in rest
        ):
            return "ADDRESS" if "street" in rest or "strassen" in rest else None
        if head is core[0] and rest and not _romance_tail(rest):
            return None  # an English head stands last: "customer feedback", "phone case"
        return kind
    two = " ".join(core[-2:])
    return HEADS.get(two) if len(core) > 2 else None


def _romance_tail(rest: list[str]) -> bool:
    """Words after a head that stands first, as French, Spanish, Italian and Portuguese write
    keys: a linking preposition ("nome del cliente") or adjectives ("nombre completo")."""
    return rest[0] in _LINKS or all(w in _ROMANCE_MODIFIERS for w in rest)


def _compound_kind(word: str) -> str | None:
    for ending, kind in _COMPOUND_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending):
            stem = word[: -len(ending)].rstrip("ns")
            if not kind or stem in NOT_PERSON_OWNERS or word[: -len(ending)] in NOT_PERSON_OWNERS:
                return None
            return kind
    return None


# Every word a personal key can hold (ASCII keys are screened with it before the full parse).
_VOCAB = frozenset(w for phrase in HEADS for w in phrase.split() if len(w) > 1)
_ENDINGS = tuple(ending for ending, _ in _COMPOUND_ENDINGS)
_ASCII_WORDS = re.compile(r"[a-z0-9#]+")


def _may_be_personal(key: str) -> bool:
    words = _ASCII_WORDS.findall((key if " " in key else _CAMEL.sub(" ", key)).lower())
    return any(w in _VOCAB or w.endswith(_ENDINGS) for w in words)


# Keys that name a part of a person's name: their value is a name however it is written.
_NAME_PART_STEMS = (
    "surname|lastname|firstname|forename|givenname|familyname|fullname|maidenname|middlename|"
    "nachname|vorname|familienname|geburtsname|apellido|cognome|achternaam|voornaam|"
    "familienaam|geboortenaam|sobrenome|apelido|prenom|nomdefamille|nomdenaissance|"
    "nombrecompleto|nomecompleto|nomcomplet"
).split("|")


# Person keys that technical records use too ("name: nginx-deployment", "host: db.internal",
# "owner: platform-team"): their values must look like a person's name (``record_names``).
_GENERIC_PERSON_KEYS = frozenset(
    "name|names|contact|host|owner|member|person|driver|holder|naam|nom|nombre|nome".split("|")
)


# Infrastructure objects of deployment and configuration files: "container_name: pg-main"
# names the container, but people name machines after themselves, so such a key is a generic
# person key (its value must not be a slug or a name: ``record_names.names_nobody``).
_INFRA_THINGS = frozenset(
    "container|image|service|volume|network|pod|cluster|job|task|step|workflow|pipeline|"
    "bucket|queue|topic|database|db|schema|index|deployment|namespace|secret|config|function|"
    "variable".split("|")
)


def generic_person_key(key: str) -> bool:
    """True for a person key that also names things in technical records ("name", "host",
    "container_name")."""
    words = key_words(key)
    joined = " ".join(words)
    return joined in _GENERIC_PERSON_KEYS or joined in AUTHOR_KEYS or (
        len(words) == 2 and words[1] == "name" and words[0] in _INFRA_THINGS
    )


def names_a_name(key: str) -> bool:
    """True for a key that names a part of a name ("Last name", "Nachname", "apellidos")."""
    joined = "".join(key_words(key))
    return any(stem in joined for stem in _NAME_PART_STEMS)


def key_kind(key: str) -> str | None:
    """The personal kind a record key names (a key of ``KIND_TYPE``), or None when the key is
    no personal field (then its value is left to the ordinary detectors)."""
    if not key or len(key) > 60:
        return None
    if key.isascii() and not _may_be_personal(key):
        return None
    aliases = [a or b for a, b in _BRACKET.findall(key)]
    main = _BRACKET.sub(" ", key)
    words = key_words(main)
    if len(words) > 6:
        return None
    if " ".join(words) in AMBIGUOUS_CARD_OR_ID:
        return "CARD_OR_ID"
    kind = _phrase_kind(words)
    if kind is None:
        for alias in aliases:
            kind = _phrase_kind(key_words(alias))
            if kind is not None:
                break
    return kind


# Values that say "nothing here": a personal key with one of these holds no personal datum.
_PLACEHOLDERS = frozenset(
    "n/a|na|n.a.|n.a|-|--|---|—|–|null|none|nil|undefined|nan|true|false|yes|no|y|n|tbd|tba|"
    "unknown|?|??|[]|{}|\"\"|''|0|ja|nein|oui|non|si|sí|sì|nee|sim|não|nao|keine|k.a.|"
    "aucun|aucune|ninguno|nessuno|geen|nenhum|n.v.t.|nvt|s/o|n/d|s/d|-/-|not provided|"
    "not given|withheld|redacted|hidden|private|masked".split("|")
)
_MASKED = re.compile(r"^(?:\[[A-Z_ ]+\]|<[a-z_ ]+>|[*x•#.\- ]+)$", re.IGNORECASE)


def is_placeholder(value: str) -> bool:
    """True for an empty, placeholder or fully masked value ("N/A", "null", "***", "[NAME]")."""
    v = value.strip().strip("\"'").strip()
    return not v or v.lower() in _PLACEHOLDERS or bool(_MASKED.match(v))
