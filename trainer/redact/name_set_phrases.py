"""Set expressions that read as names: English idioms with a word that is a surname ("back and
forth", dev37 N), and, written in capitals, greetings, blessings and holidays
("Mutlu Yıllar", "Chúc Mừng Năm Mới", "Eid Mubarak", "Insha Allah", "Merry Christmas"), a kin
word used as a form of address ("Thank you Mom") and a dog breed named after a person ("Jack
Russell terrier"). A NAME hit inside one of them names no one (review rev22 F21, F22).

The greetings are whole phrases, never single words: "Mubarak", "Allah", "Khang" or "Yıllar"
alone stay names wherever a rule or the tagger finds them, and a name written next to a
greeting ("Eid Mubarak Ahmed") keeps its own words: a hit is cut at the phrase's edge, dropped
only when the phrase covers all of it. Phrases are matched by the keyword pass (``prefilter``:
folded, punctuation read as a space: "Insha'Allah", "İyi Bayramlar" and "Chuc Mung Nam Moi"
alike), so a post without one pays nothing here.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.hits import Hit

# Greetings, blessings, holidays and religious formulas that capitalise every word, by language.
_GREETINGS = """
back and forth|and so forth|
merry christmas|happy christmas|merry xmas|happy holidays|happy new year|season's greetings|
seasons greetings|happy easter|happy hanukkah|happy chanukah|happy passover|happy thanksgiving|
happy halloween|happy kwanzaa|happy diwali|happy holi|happy eid|happy ramadan|happy lunar new year|
happy chinese new year|happy mother's day|happy father's day|happy valentine's day|happy birthday|
good friday|holy week|christmas eve|new year's eve|boxing day|god bless|god bless you|
praise the lord|christ is risen|he is risen|rest in peace|mazel tov|shana tova|l'shana tova|
shanah tovah|chag sameach|shabbat shalom|gut yontif|gong xi fa cai|kung hei fat choi|
gong hei fat choy|kong hei fat choy|xin nian kuai le|
mutlu yıllar|iyi yıllar|mutlu bayramlar|iyi bayramlar|bayramınız mübarek olsun|
bayramınız kutlu olsun|kandiliniz mübarek olsun|hayırlı cumalar|hayırlı ramazanlar|
hayırlı bayramlar|ramazan bayramı|kurban bayramı|şeker bayramı|yeni yılınız kutlu olsun|
mutlu noeller|iyi ki doğdun|doğum günün kutlu olsun|geçmiş olsun|kolay gelsin|afiyet olsun|
allah rahmet eylesin|başınız sağ olsun|hoş geldiniz|
chúc mừng năm mới|năm mới|an khang thịnh vượng|vạn sự như ý|cung chúc tân xuân|
chúc mừng xuân|mừng xuân|sức khỏe dồi dào|phát tài phát lộc|tấn tài tấn lộc|cung hỷ phát tài|
chúc mừng sinh nhật|giáng sinh an lành|chúc mừng giáng sinh|chúc mừng|năm mới an khang|
eid mubarak|eid saeed|eid al-fitr|eid al-adha|eid ul-fitr|eid ul-adha|eid ul fitr|eid ul adha|
ramadan kareem|ramadan mubarak|ramzan mubarak|ramadhan kareem|ramadhan mubarak|jumma mubarak|
jummah mubarak|juma mubarak|hajj mubarak|insha allah|in sha allah|inshallah|inshaallah|
masha allah|mashallah|mashaallah|alhamdulillah|alhamdulilah|subhan allah|subhanallah|
allahu akbar|assalamu alaikum|assalamualaikum|as-salamu alaykum|salam alaikum|salaam alaikum|
wa alaikum assalam|walaikum assalam|jazak allah|jazakallah|jazak allah khair|jazakallah khair|
barak allahu feek|bismillah|allah hafiz|khuda hafiz|laylat al-qadr|shab-e-barat|ya allah|
selamat hari raya|selamat idul fitri|selamat idul adha|selamat lebaran|minal aidin wal faizin|
mohon maaf lahir dan batin|maaf zahir dan batin|selamat tahun baru|selamat natal|
selamat hari natal|selamat pagi|selamat siang|selamat sore|selamat malam|selamat ulang tahun|
selamat datang|selamat jalan|terima kasih|selamat hari raya aidilfitri|salam aidilfitri|
salam ramadan|marhaban ya ramadhan|selamat berpuasa|selamat menunaikan ibadah puasa|
heri ya krismasi|krismasi njema|heri ya mwaka mpya|mwaka mpya|sikukuu njema|idd mubarak|
eid njema|pasaka njema|asante sana|karibu sana|hakuna matata|heri ya siku ya kuzaliwa|
mungu akubariki|mungu ibariki afrika|ramadhan karim|
shubh deepavali|shubh diwali|diwali ki shubhkamnayein|holi hai|ganpati bappa morya|
jai shri ram|jai shree ram|jai hind|jai mata di|har har mahadev|om namah shivaya|radhe radhe|
sat sri akal|sat shri akal|waheguru ji ka khalsa|shubh navratri|navratri ki shubhkamnayein|
raksha bandhan|makar sankranti|lohri di lakh lakh vadhaiyan|shubh vivah|naya saal mubarak|
nav varsh ki shubhkamnayein|janamdin mubarak|saal mubarak|bhai dooj|karwa chauth|
ganesh chaturthi|ram navami|hanuman jayanti|buddha purnima|guru nanak jayanti|
kia ora|kia orana|talofa lava|malo e lelei|bula vinaka|ni sa bula|
feliz navidad|próspero año nuevo|feliz año nuevo|felices fiestas|felices pascuas|luz y paz|
paz y amor|paz y bien|
t c kimlik|tc kimlik|kimlik no|kimlik numarası|kimlik kartı
"""
# Season phrases of English posts ("Winter is coming", "Summer is here").
_SEASONS = ("spring", "summer", "autumn", "fall", "winter")
_SEASON_TAILS = ("is coming", "is here", "is over", "is near", "is back", "has come", "has arrived")
PHRASES = frozenset(
    [p.strip() for p in _GREETINGS.replace("\n", "").split("|") if p.strip()]
    + [f"{season} {tail}" for season in _SEASONS for tail in _SEASON_TAILS]
)
prefilter.register("set_phrase", PHRASES)

# Kin words used as a form of address ("Thank you Mom", "Love you Dad"): a hit of one of them
# alone is no one's name. Kin words that are also given names or surnames ("Nana", "Papa",
# "Mama") are left out.
_KIN = frozenset(
    "mom mum mommy mummy momma mommie dad daddy grandma grandpa granny grandad granddad "
    "grandmom grandmother grandfather mother father".split()
)
# A breed noun right after a name: the name is the breed's ("Jack Russell terrier", "Gordon
# Setter", "King Charles Spaniel").
_BREEDS = (
    r"(?i:terriers?|spaniels?|setters?|retrievers?|pinschers?|hounds?|collies?|schnauzers?|"
    r"sheepdogs?|mastiffs?)"
)
_BREED_AFTER = re.compile(rf"[ \t-]+{_BREEDS}\b")
_BREED_LAST = re.compile(rf"[ \t-]{_BREEDS}$")  # a hit that took the breed noun itself


_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")


def keep_set_phrases(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` less the NAME hits (or the parts of them) that are a set phrase, a kin word of
    address or a breed's name (module docstring)."""
    phrases = prefilter.keywords(text).get("set_phrase", ())
    out: list[Hit] = []
    for hit in hits:
        if hit[0] != "NAME":
            out.append(hit)
            continue
        _, start, end = hit
        if (
            text[start:end].lower() in _KIN
            or _BREED_AFTER.match(text, end)
            or _BREED_LAST.search(text, start, end)
        ):
            continue
        for p_start, p_end in phrases:
            if p_start <= start and end <= p_end:
                break  # the whole hit is the phrase
            if p_start <= start < p_end < end:
                start = _word_after(text, p_end, end)
            elif start < p_start < end <= p_end:
                end = start + len(text[start:p_start].rstrip(" \t!,."))
        else:
            if (start, end) == hit[1:]:
                out.append(hit)
            elif start < end and _TWO_LETTERS.search(text, start, end):  # not "T.C" (T.C. Kimlik)
                out.append(("NAME", start, end))
    return out


def _word_after(text: str, pos: int, end: int) -> int:
    """The start of the first letter at or after ``pos`` (before ``end``)."""
    while pos < end and not text[pos].isalpha():
        pos += 1
    return pos
