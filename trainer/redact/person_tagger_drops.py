"""The name tagger's hits that the text's writing shows to be no person's name (dev37 N).

One entry for ``name_tagger._kept``, which asks it last:

- a Vietnamese text's words (``person_vietnamese_words``: "Lý do", "Xin cảm", "trường Marie");
- a name inside an institution's name or a finding's ("[Thomas Jefferson] Building", "Estadio
  [Dennis Martínez]", "Boyle's law": ``name_institutions``);
- a banner line between dashes whose words name an office ("— FOD Financiën —", "— Općina —",
  "— Payroll —": ``person_office_words``): a department's heading, no person's; a name alone
  between dashes ("— Maren Oyelaran —") is a sign-off, and goes;
- a reply or forward prefix before its colon ("Odg: produženje", "Odp:", "SV:");
- a lower-case word that every list holds as a word and none as a name ("back and forth"):
  a lower-case name the tagger may find is one the lists or the text make a name;
- capitals glued to a code by a slash or a digit ("AR 2024/925/A"), never a word with
  lower-case letters ("2024/Kowalska");
- a greeting, a salutation or a closing and nothing else ("Hello", "Szanowna Pani", "Viele
  Grüße", "Groetjes"): the shared greetings (``person_greetings``) and the closings and bare
  forms of address ("Madam", "Pani", "Vážená") of many languages;
- a single capital after a label noun ("sala konferencyjna B.", "Form G.":
  ``person_shapes.label_before``) or glued to an abbreviation ("D.Lgs.");
- an employer's or a company's label, or its value ("Empresa: Mercado Libre", "Employer:
  Guyana Goldfields"): the labels of many languages (``_COMPANY_LABEL``);
- a word of a quoted title ("Le titre de l'annonce dit : Fontaine à eau":
  ``person_quoted_titles``);
- a season word before a noun ("Autumn leaves", "Summer vibes"): the season, as in the set
  phrases of ``name_set_phrases`` ("Winter is coming"); before a frequent word, a verb in
  -ed or a line's end ("Autumn said", "Autumn called", "thanks Autumn") it stays a name;
- a word of the text's own language that nothing frames as a name ("she has stopped", "the
  nurse said", "Hacen falta": ``person_language_words``);
- the first part of a compound before a suspended hyphen ("Floh- und Wurmbehandlung":
  ``person_compound_parts``).
"""

from __future__ import annotations

import re

from trainer.redact.companies import COMPANY_AFTER
from trainer.redact.language_evidence import LanguageEvidence
from trainer.redact.name_institutions import in_named_institution
from trainer.redact.person_compound_parts import suspended_compound
from trainer.redact.person_function_words import NODICT_FUNCTION_WORDS
from trainer.redact.person_greetings import DAYTIME, GREETINGS
from trainer.redact.person_language_words import language_word_hit
from trainer.redact.person_office_words import names_office
from trainer.redact.person_quoted_titles import in_quoted_title
from trainer.redact.person_shapes import label_before
from trainer.redact.person_thing_articles import after_thing_article
from trainer.redact.person_vietnamese_words import vietnamese_tagger_non_name
from trainer.redact.person_words import COMMON, GIVEN, HONORIFIC_SET, SURNAMES, TOP

_BANNER = re.compile(r"[ \t]*[—–][ \t]+([^\n]{1,60})[ \t]+[—–][ \t]*$")
_REPLY_PREFIXES = frozenset("re aw wg fw fwd tr odg odp sv vs vl ynt rv rif doorst antw".split())
_WORD = re.compile(r"[^\W\d_]+")
_TITLE_BEFORE = re.compile(r"([^\W\d_]+)\.?[ \t]+$")
_CAPITALISED_NEXT = re.compile(r"[ \t]+(?:[A-Z]\.[ \t]*)*[^\W\d_a-z][^\W\d_]*(?:-[^\W\d_]+)?")

# Closings and bare forms of address: a hit of these words alone names no one.
_CLOSINGS = frozenset(
    """regards best wishes kind warm yours sincerely faithfully madam sir sirs team all everyone
    grüße grüsse gruß gruss viele beste freundliche herzliche liebe mfg lg vg damen herren
    groeten groetjes hartelijke vriendelijke met cordialement salutations amitiés bises
    madame monsieur mesdames messieurs saludos atentamente cordiales abrazos besos señor señora
    señores atenciosamente cumprimentos abraços beijos senhor senhora senhores cordiali saluti
    distinti signor signora signori hälsningar vänliga mvh hilsen venlig vennlig terveisin
    pozdrawiam pozdrowienia szanowna szanowny szanowni pani pan państwo pozdravem pozdravy
    vážená vážený vážení zdravím stimate stimată stimați cu drag salutări doamnă domnule
    saygılarımla sayın hanım bey salam hormat"""
    # "everyone" and "all" after a salutation ("Kedves Mindenki", "Drodzy Wszyscy", "Cari
    # tutti", "Hej allihop"), by language (dev42 N)
    """ everybody mindenki mindenkinek alle allen allemaal iedereen tous toutes tutti todos todas
    alla allihop allihopa allesammen kaikki wszyscy wszystkim všichni všem všetci toți
    tuturor herkes herkese semua svi svima vsi vsem visi visiems visiem kõik allir gjithë"""
    # the greeting's other words and the colleagues a salutation addresses ("Guten Morgen",
    # "Liebes Kundenteam", "Rebonjour", "Liebe Kolleginnen und Kollegen", "Chers collègues")
    """ guten liebes rebonjour colleagues kolleginnen kollegen kundenteam collègues colegas
    colleghi collega collega's""".split()
)
# The words that join a salutation's addressees ("Kolleginnen und Kollegen", "Madame et
# Monsieur"): allowed between greeting words, never a salutation on their own.
_JOINS = frozenset("and und et y e en og och i ve".split())


def tagger_non_name(
    text: str, start: int, end: int, *, evidence: LanguageEvidence | None = None
) -> bool:
    """Whether the tagger hit ``text[start:end]`` is no person's name (module docstring);
    ``evidence``, the text's languages read once for all its hits (``language_evidence``)."""
    lang = evidence if evidence is not None else LanguageEvidence(text)
    return (
        (lang.vietnamese and vietnamese_tagger_non_name(text, start, end))
        or in_named_institution(text, start, end)
        or _banner(text, start, end)
        or _reply_prefix(text, start, end)
        or _lower_word(text[start:end])
        or _glued_code(text, start, end)
        or in_quoted_title(text, start, end)
        or _greeting_only(text[start:end])
        or (end - start == 1 and _label_letter(text, start, end))  # "sala konferencyjna [B]."
        or _company_key_or_value(text, start, end)  # "Employer: Guyana Goldfields"
        or _season_before_noun(text, start, end)  # "Autumn leaves"
        or _company_word_after(text, start, end)  # "Harry Reid International at night"
        or _function_word_opens(text[start:end])  # "A koncert csak 20 órakor", "az élő adás"
        or after_thing_article(text, start, end)  # "The Aberdeen Angus did well"
        or language_word_hit(text, start, end, evidence=lang)  # "she has", "the nurse said"
        or suspended_compound(text, start, end)  # "Floh- und Wurmbehandlung"
    )


def _function_word_opens(hit: str) -> bool:
    """A lower-case hit that opens with a closed-class word of a language with no dictionary
    here (``person_function_words``: "csak", "vannak", "az élő"): a clause, no name."""
    words = hit.split()
    return hit.islower() and bool(words) and words[0] in NODICT_FUNCTION_WORDS


def _company_word_after(text: str, start: int, end: int) -> bool:
    """A full name (two words or more, the hit and up to two capitalised words after it) right
    before a company word or legal form (``companies.COMPANY_AFTER``: "International", "Foods",
    "Airport", "GmbH"): the rules keep such a name as the company's or the institution's
    (``people``), and the tagger now agrees ("We flew into Harry Reid International"); a lone
    word before one ("Doris Day", "I met Anna Hall") is a person's and stays its hit, and so is
    a name after a title ("Dr. Maren Oyelaran Hospital is busy": dev37 review)."""
    before = _TITLE_BEFORE.search(text, max(0, start - 16), start)
    if before is not None and before.group(1) in HONORIFIC_SET:
        return False
    words = len(_WORD.findall(text, start, end))
    pos = end
    for _ in range(3):
        if words >= 2 and COMPANY_AFTER.match(text, pos):
            return True
        m = _CAPITALISED_NEXT.match(text, pos)
        if m is None:
            return False
        words, pos = words + 1, m.end()
    return False


_SEASONS = frozenset("spring summer autumn fall winter".split())
_LOWER_AFTER = re.compile(r"[ \t]([a-z]{3,})\b")


def _season_before_noun(text: str, start: int, end: int) -> bool:
    """A capitalised season word before a lower-case word that is no frequent word and no
    verb in -ed: a noun it qualifies ("Autumn leaves", "Summer vibes"), no name."""
    if text[start:end].lower() not in _SEASONS or not text[start].isupper():
        return False
    after = _LOWER_AFTER.match(text, end)
    return (
        after is not None
        and after.group(1) not in TOP
        and not after.group(1).endswith("ed")
    )


def _glued_code(text: str, start: int, end: int) -> bool:
    """Capitals glued to a code ("AR 2024/925/A"); a word with lower-case letters after a slash
    or a digit is still a name ("AR 2024/Kowalska", "Ref 12Anna Kowalska")."""
    return (
        start > 0
        and text[start - 1] in "/0123456789"
        and not any(ch.islower() for ch in text[start:end])
    )


def _banner(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    banner = _BANNER.fullmatch(line)
    return banner is not None and names_office(banner.group(1))


def _greeting_only(hit: str) -> bool:
    words = _WORD.findall(hit.lower())
    return bool(words) and all(w in GREETINGS or w in DAYTIME or w in _CLOSINGS for w in words)


def salutation_line(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a salutation and nothing else, closed by a comma at its line's
    end ("Kundin: Guten Morgen,", "Client: Madame, Monsieur,", "Customer: Evening,"): the
    greeting, daytime, closing and addressee words of many languages, joined by "and"; a name
    among them ("Guten Morgen, Anna,") makes it no salutation."""
    rest = text[end : text.find("\n", end) if "\n" in text[end:] else len(text)]
    if rest.strip() != ",":
        return False
    words = _WORD.findall(text[start:end].lower())
    return (
        bool(words)
        and words[0] not in _JOINS
        and all(
            w in GREETINGS or w in DAYTIME or w in _CLOSINGS or w in _JOINS for w in words
        )
    )


def _label_letter(text: str, start: int, end: int) -> bool:
    """A lone capital after a label noun ("Form G.") or glued by a full stop to the word of
    an abbreviation ("D.Lgs. 81/2015")."""
    if _initial_before_name(text, end):
        return False  # "Form G. Oyelaran": an initial before a surname (review rv2)
    return label_before(text, start) or (
        text[end : end + 1] == "." and text[end + 1 : end + 2].isalpha()
    )


# A letter's dot, then a capitalised word: an initial when the word is no common word.
_INITIAL = re.compile(r"\.[ \t]+([^\W\d_][^\W\d_'’-]+)")


def _initial_before_name(text: str, end: int) -> bool:
    """The letter ending at ``end`` is an initial before a surname ("Form G. Oyelaran")."""
    m = _INITIAL.match(text, end)
    return m is not None and m[1][0].isupper() and m[1].lower() not in COMMON


# A label whose value is a company, in many languages at once.
_COMPANY_WORDS = (
    "employer|company|company name|firm|business|organisation|organization|empresa|"
    "empleador|empregador|entidad|entreprise|société|employeur|raison sociale|azienda|"
    "datore di lavoro|società|arbeitgeber|firma|unternehmen|werkgever|bedrijf|pracodawca|"
    "zaměstnavatel|společnost|angajator|companie|societate|arbetsgivare|arbeidsgiver|"
    "työnantaja|yritys|munkáltató|cég|işveren|şirket|majikan|syarikat|perusahaan|mwajiri|"
    "kampuni"
)
_COMPANY_LABEL = re.compile(
    r"(?:^|\n)[ \t]*(?:[-*•>][ \t]*)?(?i:" + _COMPANY_WORDS + r")[ \t]*:[ \t]*"
    r"(?:[^\W\d_][\w&.'’-]*[ \t]+){0,3}\Z"
)
_COMPANY_KEY = re.compile(r"(?i:" + _COMPANY_WORDS + r")\Z")


def _company_key_or_value(text: str, start: int, end: int) -> bool:
    """The hit is a company label before its colon ("Empresa: ...") or the value after one."""
    if text[end : end + 1] == ":" and _COMPANY_KEY.match(text[start:end]):
        return True
    return _COMPANY_LABEL.search(text, max(0, start - 40), start) is not None


def _reply_prefix(text: str, start: int, end: int) -> bool:
    return text[end : end + 1] == ":" and text[start:end].lower() in _REPLY_PREFIXES


def _lower_word(hit: str) -> bool:
    if not hit.islower():
        return False
    words = _WORD.findall(hit)
    return bool(words) and all(
        (w in COMMON or w in TOP) and w.title() not in GIVEN and w.title() not in SURNAMES
        for w in words
    )
