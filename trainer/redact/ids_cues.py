"""The cue words of national identifiers and the link words between a cue and its value
("Personalausweisnummer lautet", "DNI n.º", "BSN is:"), in the languages of our posts; read
by ``national_ids`` (moved out of it unchanged, then extended: Slovenian, Croatian, Czech,
Chilean, Peruvian, Colombian and Kenyan cues, the generic "document number").
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.ids_cue_families import FAMILY_WORDS, UPPER_ONLY_WORDS, family_pattern

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
    "rentenversicherungsnummer", "seguridad social", "nuss", "nss", "numero d'assurance sociale",
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
    # West Africa's identity card (carte nationale d'identite: Senegal, Cote d'Ivoire,
    # Cameroon ...), the cedula de identidad written "C.I." (Paraguay, Bolivia, Venezuela),
    # Ghana's social security number, Jamaica's taxpayer registration number
    "cni", "c i", "ssnit", "trn",
    # Costa Rica's foreigner id (DIMEX), India's voter id (EPIC)
    "dimex", "voter id", "voters id", "voter's id", "epic number",
    # the identity number's own name in Albania (numri personal, NID), Angola and Mozambique
    # (bilhete de identidade, BI), Tanzania (NIDA), Botswana (Omang), Moldova (IDNP), Morocco
    # (CIN), Guatemala (DPI, CUI), Cameroon (NIU, the taxpayer number), Bolivia and Paraguay
    # (carnet de identidad, CI)
    "numri personal", "nid", "bilhete de identidade", "bi", "nida", "omang", "idnp", "cin",
    "dpi", "cui", "niu", "carnet", "carnet de identidad", "ci",
    # the French identity document and its number by their plain names (Morocco's CIN is
    # asked for so: "pièce d'identité", "N° d'identité")
    "piece d'identite", "numero d'identite", "n d'identite", "n° d'identite", "no d'identite",
    # Morocco's and Tunisia's identity card ("carte nationale", the electronic CNIE)
    "carte nationale", "cnie",
    # India's voter id by its own acronym (Electors Photo Identity Card)
    "epic",
    # passports and driving licences in German, French, Italian, Dutch, Portuguese (rev22 #5):
    # "permis" alone is a cue only before "n°"/"numéro"/":" (``ID_CUE``)
    "fuhrerschein", "fuehrerschein", "fuhrerscheinnummer", "fuehrerscheinnummer",
    "passeport", "numero de passeport", "permis", "permis de conduire", "passaporto",
    "numero di passaporto", "patente", "patente di guida", "rijbewijs", "rijbewijsnummer",
    "carteira de motorista", "cnh",
    # health insurance numbers: the German KVNR, the Brazilian Cartao SUS (CNS), the French
    # carte Vitale and "numero de secu" (the NIR by its everyday names; rev22 #6)
    "krankenversichertennummer", "versichertennummer", "krankenversicherungsnummer", "kvnr",
    "cartao sus", "cartao do sus", "cartao nacional de saude", "cns", "carte vitale",
    "secu", "numero de secu", "n de secu",
    # one family written for many languages at once (general, not one country's): the id
    # word joined to "number"/"card" by a hyphen ("ID-nummer", "ID-Nummer", "ID-kaart"); the
    # plain "identification number" of each language; the voter's card; the taxpayer's
    # number (TPIN, NUIT, contribuable, contribuinte); the social and health insurance
    # numbers by their scheme's name (NHS, NIS, CNSS, INSS, NSSF, NAPSA, UAN/EPF, ESIC)
    "id nummer", "id nr", "id kaart", "id karte", "id kort", "id numero", "id cislo",
    "identification number", "identification no", "numero d'identification",
    "numero de identificacao", "identificatienummer", "identifikacni cislo",
    "numer identyfikacyjny", "numar de identificare", "identifikacijski broj",
    "voter card", "voters card", "voter's card", "electoral card", "carte d'electeur",
    "carte electorale", "cartao de eleitor", "titulo de eleitor", "tarjeta electoral",
    "credencial para votar", "kiezerspas",
    "tpin", "taxpayer", "taxpayer number", "taxpayer identification number",
    "numero de contribuable", "numero contribuable", "numero de contribuinte", "nuit",
    "contribuinte", "nhs number", "nhs no", "nis number", "nis no", "national insurance scheme",
    "cnss", "inss", "nssf", "napsa", "uan", "epf number", "pf number", "esic number",
    # Mali's numéro d'identification nationale (NINA)
    "nina",
    # Burkina Faso's identity card (carte nationale d'identité burkinabè, CNIB); the taxpayer's
    # identifiant fiscal unique (IFU) of Benin and Burkina Faso
    "cnib", "ifu",
}  # fmt: skip
# the passport, driving licence and health-card families, many languages at once
_ID_CUE_WORDS |= set(FAMILY_WORDS)
prefilter.register("id_cue", _ID_CUE_WORDS)
UPPER_ONLY = frozenset({"sin", "tin", "tfn", "nir", "dni", "nie", "nif", "curp", "pan", "cpf"})
UPPER_ONLY |= {"cnpj", "rg", "nino", "cf", "c.f.", "pps", "nuss", "rfc", "ird", "nip", "itin"}
UPPER_ONLY |= {"nik", "ktp", "nin", "avs"}
UPPER_ONLY |= {"rut", "run", "ruc", "id"}
UPPER_ONLY |= {"cni", "c.i.", "trn"}
UPPER_ONLY |= {"nid", "bi", "cin", "dpi", "cui", "niu", "ci"}
UPPER_ONLY |= {"epic"}
UPPER_ONLY |= {"cnh", "cns"}
UPPER_ONLY |= UPPER_ONLY_WORDS
UPPER_ONLY |= {"nss"}  # Mexico's IMSS número de seguridad social
UPPER_ONLY |= {"nina"}
UPPER_ONLY |= {"cnib", "ifu"}
UPPER_ONLY |= {"tpin", "nuit", "cnss", "inss", "nssf", "napsa", "uan"}
# Short cues that are also words (sin, tin, pan, cf, rg) count only in upper case. Words of a cue
# may be joined by "_" as in log fields and form keys ("national_id=", "id_number:").
ID_CUE = re.compile(
    r"\b(?:(?i:"
    # the families of ``ids_cue_families`` (first: "pasaporte" before "pass")
    + family_pattern(FAMILY_WORDS)
    + r"|"
    # rev22 #5, #6: before "pass", which would match their heads; es/pt "patente de invención"
    # is a patent
    r"f(?:ü|ue|u)hrerschein(?:nummer|-?nr\.?)?|passeport|passaporto|"
    r"permis[\s_]de[\s_]conduire|permis(?=\s*(?:n[°º.o]|num[ée]ro\b|:))|"
    r"patente[\s_]di[\s_]guida|patente(?![\s_]+d[eo]s?[\s_])|rijbewijs(?:nummer)?|carteira[\s_]de[\s_]motorista|"
    r"kranken(?:versicherten|versicherungs)nummer|versichertennummer|kvnr|"
    r"cart[ãa]o(?:[\s_]do)?[\s_]sus|cart[ãa]o[\s_]nacional[\s_]de[\s_]sa[úu]de|"
    r"carte[\s_]vitale|(?:num[ée]ro[\s_]de[\s_]|n[°º]?[\s_]de[\s_])?s[ée]cu(?![\w])|"
    r"passport(?:[\s_]number)?|national[\s_]id|"
    # the id word and "number"/"card" in any of our languages, spaced or hyphenated
    r"id[\s_-](?:number|nummer|nr\.?|no\.?|card|kaart|karte|kort|n[uú]mero|numero|[cč][ií]slo)|"
    r"identification[\s_](?:number|no\.?)|num[ée]ro[\s_]d['’]identification(?:[\s_]fiscale)?|"
    r"n[uú]mero[\s_]de[\s_]identifica[çc][ãa]o|identificatienummer|identifika[cč]n[ií][\s_][cč][ií]slo|"
    r"numer[\s_]identyfikacyjny|num[ăa]r[\s_]de[\s_]identificare|identifikacijski[\s_]broj|"
    r"(?:voter['’]?s?|electoral)[\s_]card|carte[\s_](?:d['’][ée]lecteur|[ée]lectorale)|"
    r"cart[ãa]o[\s_]de[\s_]eleitor|t[ií]tulo[\s_]de[\s_]eleitor|tarjeta[\s_]electoral|"
    r"credencial[\s_]para[\s_]votar|kiezerspas|"
    r"taxpayer(?:[\s_](?:identification[\s_])?number)?|num[ée]ro[\s_](?:de[\s_])?contribuable|"
    r"(?:n[uú]mero[\s_]de[\s_])?contribuinte|nhs[\s_](?:number|no\.?)|nis[\s_](?:number|no\.?)|"
    r"national[\s_]insurance[\s_]scheme|(?:epf|pf|esic)[\s_]number|"
    r"identity[\s_](?:card|"
    r"number)|driver'?s[\s_]licen[cs]e|licen[cs]e[\s_](?:number|no\.?)|tax[\s_]id|social[\s_]insurance[\s_]"
    r"number|tax[\s_]file[\s_]number|medicare|insee|(?:num[ée]ro[\s_]de[\s_])?s[ée]curit[ée][\s_]sociale|"
    r"carte[\s_]d['’]identit[ée]|(?:pi[eè]ce|num[ée]ro|n[°º]|no\.?)[\s_]d['’]identit[ée]|"
    # Morocco's and Tunisia's identity card by its everyday name (CNIE: "carte nationale")
    r"carte[\s_]nationale(?:[\s_]d['’]identit[ée](?:[\s_][ée]lectronique)?)?|cnie|"
    r"tax[\s_](?:number|no\.?)|(?:personal)?ausweis(?:nummer|-?nr\.?)?|"
    r"(?:reise)?pass(?:nummer)?|"
    r"steuer-?id|steuer-?identifikationsnummer|steuernummer|idnr|documento[\s_](?:nacional[\s_])?de[\s_]"
    r"identidad|codice[\s_]fiscale|carta[\s_]d['’]identit[àa]|tessera[\s_]sanitaria|burgerservicenummer|"
    r"sofi-?nummer|paspoort(?:nummer)?|aadhaa?r|national[\s_]insurance(?:[\s_]number|[\s_]no\.?)?|bsn|"
    r"ppsn|pps[\s_](?:number|no\.?)|personal[\s_]public[\s_]service(?:[\s_]number)?|rsi[\s_](?:number|no\.?)|"
    # social insurance and tax numbers in each language (the value's own format may vary)
    r"social[\s_]security(?:[\s_]number|[\s_]no\.?)?|(?:sozial|renten)versicherungsnummer|sv-nummer|"
    r"seguridad[\s_]social|num[ée]ro[\s_]d['’]assurance[\s_]sociale|num[ée]ro[\s_]fiscal|"
    # Poland, Sweden, Finland, Turkey: the personal number's own name, in any case
    r"(?:numer[\s_])?pesel|dow[oó]d[\s_]osobisty|person(?:nummer|nr)|samordningsnummer|"
    r"henkil[oö]tunnu(?:s|sta|kseni)|hetu|sotu|(?:t\.?[\s_]?c\.?[\s_])?kimlik(?:[\s_]no\.?)?|tckn|"
    # Romania, Denmark, Norway, Pakistan, Singapore, Malaysia, Argentina
    r"cnp|cpr(?:-?(?:nr|nummer))?\.?|f[øo]dselsn(?:ummer|r)\.?|cnic|nric|mykad|kad[\s_]pengenalan|"
    # "No. KP", "no IC" (the keyword pass finds "KP"/"IC"; "IC 2218" alone is a train)
    r"(?:(?<=no\.[\s_])|(?<=no[\s_])|(?<=no\.))(?:kp|ic)|ic[\s_]no\.?|cuil|cuit|"
    # Germany, Switzerland, Hungary, Croatia, Indonesia, Colombia, Nigeria, the Philippines
    r"(?:steuerliche[\s_])?identifikationsnummer|ahv(?:-?(?:nummer|nr\.?))?|"
    r"ad[oó]azonos[ií]t[oó](?:[\s_]jel)?|taj[\s_-]sz[aá]m|oib|npwp|nomor[\s_]induk[\s_]kependudukan|"
    r"nomor[\s_]identitas|c[ée]dula(?:[\s_]de[\s_](?:ciudadan[ií]a|identidad(?:[\s_](?:civil|personal))?))?|"
    r"national[\s_]identification[\s_]number|dimex|voter(?:['’]?s)?[\s_]id(?:[\s_](?:card|number|no\.?))?|epic[\s_]number|"
    r"philsys(?:[\s_]number|[\s_]id)?|"
    # si/hr/rs (EMŠO, JMBG, davčna številka), cz/sk (rodné číslo), ke, any document number
    r"em[sš]o|jmbg|dav[cč]na(?:[\s_][sš]tevilka)?|rodn(?:[eé]|[eé]ho)[\s_][cč][ií]sl[oa]|"
    r"kitambulisho|kra[\s_]pin|document[\s_]number|n[uú]mero[\s_]de[\s_](?:documento|"
    r"identificaci[oó]n)|documento|"
    # al, ao/mz, tz, bw, md, bo (their cue words above)
    r"numri[\s_]personal|bilhete[\s_]de[\s_]identidade|nida|omang|idnp|"
    r"carnet(?:[\s_]de[\s_]identidad)?)|"
    r"NID|BI|CIN|DPI|CUI|NIU|CI|EPIC|NINA|CNIB|IFU|"
    r"RUT|RUN|RUC|C\.C\.?(?!\w)|C\.I\.|ID|CNI|SSNIT|TRN|CNH|CNS|"
    r"NIK|KTP|NIN|AVS|TPIN|NUIT|CNSS|INSS|NSSF|NAPSA|UAN|"
    r"NI[\s_](?:[Nn]umber|[Nn]o\.?)|"
    r"SIN|TIN|TFN|NIR|DNI|NIE|NIF|CURP|PAN|CPF|CNPJ|RG|NINO|CF|C\.F\.|PPS|NUSS|NSS|"
    r"RFC|R\.F\.C\.|IRD(?:[\s_][Nn]umber)?|CLABE|NIP|ITIN)"
)
# Words between a cue and its value: "Personalausweisnummer lautet", "DNI n.º", "BSN is:".
ID_LINK = re.compile(
    # a comma and "it's": "my national ID, it's ..."; a bracket: "the ID number (...)"
    r"(?i)(?:\s*(?:[:#=,(]|(?:is|it['’]s|ist|lautet|es|est|è|é|n[º°o]|n\.\s?[º°o]|nr|no|number|nummer|n[uú]mero|"
    # the link words of pl/sv/fi/tr: "to", "är", "on" (is), "numaram", "numarası" (number)
    r"num[ée]ro|de(?:\sla)?|del|card|kaart|to|är|on|numaram|numarası|numaras[ıi]|"
    # Malay "saya" (my), "ialah"/"adalah" (is); Danish/Norwegian "er" (is)
    # Swahili "changu"/"yangu" (my), "ni" (is), "namba"/"nambari" (number)
    # Slovenian, Croatian, Czech "je" (is)
    r"saya|ialah|adalah|er|changu|yangu|ni|namba|nambari|je|"
    # a relative clause or "so" before the value: "número de pasaporte, que es ...", "which
    # is ...", "paspoortnummer, dus ...", "donc ..."
    r"que\s(?:es|é|est)|qui\sest|which\sis|that\sis|dus|donc|"
    # the possessive that stands for the cue: "ID card number, mine is", "cédula, el mío es",
    # "c'est", "es el"
    r"mine|el\sm[ií]o|la\sm[ií]a|il\smio|la\smia|le\smien|la\smienne|c['’]est|el|"
    # the French article before the value: "son CNI est le ..."
    r"le|"
    # the form "shows" the value: "el C.I. figura como ...", "the MBI reads ...", "consta como"
    r"figura\scomo|consta\scomo|aparece\scomo|reads|shows|"
    # "quotes my ID number as ..."; the card "bears" it: "sa CNIB porte le numéro ..."
    r"as|porte)"
    r"(?![\w])\.?))*"
    r"\s*[:#=]?\s?"
)
