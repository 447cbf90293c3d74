"""The cue words of national identifiers and the link words between a cue and its value
("Personalausweisnummer lautet", "DNI n.º", "BSN is:"), in the languages of our posts; read
by ``national_ids`` (moved out of it unchanged, then extended: Slovenian, Croatian, Czech,
Chilean, Peruvian, Colombian and Kenyan cues, the generic "document number").
"""

from __future__ import annotations

import re

from trainer.redact import prefilter

# Cue words, folded as ``prefilter.keywords`` folds them ("C.F." -> "c f").
_ID_CUE_WORDS = {
    "passport", "passport number", "national id", "id number", "id no", "id card",
    "identity card", "identity number", "driver's license", "drivers license",
    "driver's licence", "licence number", "license number", "license no", "licence no",
    "tax id", "tin", "sin", "social insurance number", "tfn", "tax file number", "medicare",
    "nir", "insee", "securite sociale", "numero de securite sociale", "carte d'identite",
    "personalausweis", "personalausweisnummer", "ausweisnummer", "ausweis-nr", "ausweis nr",
    "reisepass", "reisepassnummer", "passnummer", "steuer-id", "steuerid",
    "steueridentifikationsnummer", "steuer-identifikationsnummer", "steuernummer", "idnr",
    "dni", "nie", "nif", "documento de identidad", "documento nacional de identidad",
    "codice fiscale", "cf", "c f", "carta d'identita", "tessera sanitaria",
    "bsn", "burgerservicenummer", "sofinummer", "sofi-nummer", "paspoort", "paspoortnummer",
    "curp", "pan", "pan card", "aadhaar", "aadhar", "cpf", "cnpj", "rg",
    "nino", "national insurance", "national insurance number",
    "pps", "ppsn", "pps number", "pps no", "personal public service number", "rsi number",
    "social security", "ni number", "ni no", "sozialversicherungsnummer", "sv-nummer",
    "rentenversicherungsnummer", "seguridad social", "nuss", "numero d'assurance sociale",
    "numero fiscal", "rfc", "r f c", "ird", "ird number", "clabe",
    "pesel", "numer pesel", "nip", "dowod osobisty", "personnummer", "personnr",
    "samordningsnummer", "henkilotunnus", "hetu", "sotu", "henkilotunnukseni",
    "henkilotunnusta", "kimlik", "kimlik no", "tc kimlik", "t c kimlik", "tckn", "itin",
    # Romania, Denmark, Norway, Pakistan, Singapore, Malaysia, Argentina: the id's own name
    "cnp", "cpr", "cpr nr", "cpr nummer", "fødselsnummer", "fødselsnr", "cnic", "nric",
    "mykad", "kad pengenalan", "kp", "ic", "cuil", "cuit",
    # Germany (the tax id's own name), Switzerland, Hungary, Croatia, Indonesia, Colombia,
    # Nigeria, the Philippines
    "identifikationsnummer", "steuerliche identifikationsnummer", "ahv", "avs", "adoazonosito",
    "adoazonosito jel", "taj szam", "oib", "nik", "npwp", "ktp", "nomor induk kependudukan",
    "nomor identitas", "cedula", "nin", "national identification number", "philsys",
    # Slovenia and the other former Yugoslav states (EMŠO/JMBG, davčna številka), Czechia and
    # Slovakia (rodné číslo), Chile (RUT/RUN), Peru (RUC), Colombia (C.C., cédula de
    # ciudadanía), Kenya (kitambulisho: identity card; KRA PIN), and the words any document
    # number is asked for by ("document number", "número de documento", bare "ID")
    "emso", "jmbg", "davcna", "davcna stevilka", "rodne cislo", "rodneho cisla", "rut", "run",
    "ruc", "c c", "kitambulisho", "kra pin", "document number", "documento",
    "numero de documento", "numero de identificacion", "id",
    # the taxpayer's number by its English name (the TIN written out)
    "tax number", "tax no",
}  # fmt: skip
prefilter.register("id_cue", _ID_CUE_WORDS)
UPPER_ONLY = frozenset({"sin", "tin", "tfn", "nir", "dni", "nie", "nif", "curp", "pan", "cpf"})
UPPER_ONLY |= {"cnpj", "rg", "nino", "cf", "c.f.", "pps", "nuss", "rfc", "ird", "nip", "itin"}
UPPER_ONLY |= {"nik", "ktp", "nin", "avs"}
UPPER_ONLY |= {"rut", "run", "ruc", "id"}
# Short cues that are also words (sin, tin, pan, cf, rg) count only in upper case.
ID_CUE = re.compile(
    r"\b(?:(?i:passport(?:\snumber)?|national\sid|id\s(?:number|no\.?|card)|identity\s(?:card|"
    r"number)|driver'?s\slicen[cs]e|licen[cs]e\s(?:number|no\.?)|tax\sid|social\sinsurance\s"
    r"number|tax\sfile\snumber|medicare|insee|(?:num[ée]ro\sde\s)?s[ée]curit[ée]\ssociale|"
    r"carte\sd['’]identit[ée]|tax\s(?:number|no\.?)|(?:personal)?ausweis(?:nummer|-?nr\.?)?|"
    r"(?:reise)?pass(?:nummer)?|"
    r"steuer-?id|steuer-?identifikationsnummer|steuernummer|idnr|documento\s(?:nacional\s)?de\s"
    r"identidad|codice\sfiscale|carta\sd['’]identit[àa]|tessera\ssanitaria|burgerservicenummer|"
    r"sofi-?nummer|paspoort(?:nummer)?|aadhaa?r|national\sinsurance(?:\snumber|\sno\.?)?|bsn|"
    r"ppsn|pps\s(?:number|no\.?)|personal\spublic\sservice(?:\snumber)?|rsi\s(?:number|no\.?)|"
    # social insurance and tax numbers in each language (the value's own format may vary)
    r"social\ssecurity(?:\snumber|\sno\.?)?|(?:sozial|renten)versicherungsnummer|sv-nummer|"
    r"seguridad\ssocial|num[ée]ro\sd['’]assurance\ssociale|num[ée]ro\sfiscal|"
    # Poland, Sweden, Finland, Turkey: the personal number's own name, in any case
    r"(?:numer\s)?pesel|dow[oó]d\sosobisty|person(?:nummer|nr)|samordningsnummer|"
    r"henkil[oö]tunnu(?:s|sta|kseni)|hetu|sotu|(?:t\.?\s?c\.?\s)?kimlik(?:\sno\.?)?|tckn|"
    # Romania, Denmark, Norway, Pakistan, Singapore, Malaysia, Argentina
    r"cnp|cpr(?:-?(?:nr|nummer))?\.?|f[øo]dselsn(?:ummer|r)\.?|cnic|nric|mykad|kad\spengenalan|"
    # "No. KP", "no IC" (the keyword pass finds "KP"/"IC"; "IC 2218" alone is a train)
    r"(?:(?<=no\.\s)|(?<=no\s)|(?<=no\.))(?:kp|ic)|ic\sno\.?|cuil|cuit|"
    # Germany, Switzerland, Hungary, Croatia, Indonesia, Colombia, Nigeria, the Philippines
    r"(?:steuerliche\s)?identifikationsnummer|ahv(?:-?(?:nummer|nr\.?))?|"
    r"ad[oó]azonos[ií]t[oó](?:\sjel)?|taj[\s-]sz[aá]m|oib|npwp|nomor\sinduk\skependudukan|"
    r"nomor\sidentitas|c[ée]dula(?:\sde\sciudadan[ií]a)?|national\sidentification\snumber|"
    r"philsys(?:\snumber|\sid)?|"
    # si/hr/rs (EMŠO, JMBG, davčna številka), cz/sk (rodné číslo), ke, any document number
    r"em[sš]o|jmbg|dav[cč]na(?:\s[sš]tevilka)?|rodn(?:[eé]|[eé]ho)\s[cč][ií]sl[oa]|"
    r"kitambulisho|kra\spin|document\snumber|n[uú]mero\sde\s(?:documento|"
    r"identificaci[oó]n)|documento)|"
    r"RUT|RUN|RUC|C\.C\.?(?!\w)|ID|"
    r"NIK|KTP|NIN|AVS|"
    r"NI\s(?:[Nn]umber|[Nn]o\.?)|"
    r"SIN|TIN|TFN|NIR|DNI|NIE|NIF|CURP|PAN|CPF|CNPJ|RG|NINO|CF|C\.F\.|PPS|NUSS|"
    r"RFC|R\.F\.C\.|IRD(?:\s[Nn]umber)?|CLABE|NIP|ITIN)"
)
# Words between a cue and its value: "Personalausweisnummer lautet", "DNI n.º", "BSN is:".
ID_LINK = re.compile(
    # a comma and "it's": "my national ID, it's ..."
    r"(?i)(?:\s*(?:[:#=,]|(?:is|it['’]s|ist|lautet|es|est|è|é|n[º°o]|n\.\s?º|nr|no|number|nummer|n[uú]mero|"
    # the link words of pl/sv/fi/tr: "to", "är", "on" (is), "numaram", "numarası" (number)
    r"num[ée]ro|de(?:\sla)?|del|card|kaart|to|är|on|numaram|numarası|numaras[ıi]|"
    # Malay "saya" (my), "ialah"/"adalah" (is); Danish/Norwegian "er" (is)
    # Swahili "changu"/"yangu" (my), "ni" (is), "namba"/"nambari" (number)
    # Slovenian, Croatian, Czech "je" (is)
    r"saya|ialah|adalah|er|changu|yangu|ni|namba|nambari|je|"
    # the possessive that stands for the cue: "ID card number, mine is", "cédula, el mío es",
    # "c'est", "es el"
    r"mine|el\sm[ií]o|la\sm[ií]a|il\smio|la\smia|le\smien|la\smienne|c['’]est|el)"
    r"(?![\w])\.?))*"
    r"\s*[:#=]?\s?"
)
