"""A phone word a few words before the number, or a phone noun right after it: "the candidate
answers on ...", "O telemóvel dele para a chamada: ...", "Zavolejte mi na ...", "sms sturen
naar ...", "The referee left ... as the best number".

Pattern (general, not a set's phrasing): a phone number is handed out as the object of a verb
of calling, texting or reaching, or as the value of a phone noun, and between that word and the
number stand a few words of the clause (whose phone, what for, a preposition: "mi na", "dele
para a chamada", "sturen naar"). ``phones._PHONE_CUE`` knows the cue words of its languages
right before the number; this module knows one vocabulary of phone nouns and calling and
reaching verbs written for many languages at once (Germanic, Romance, Slavic, Finno-Ugric,
Turkic, Bantu, Austronesian), and lets up to five words of the same clause (no digit, no
sentence end, no reference word) stand between it and the number. After the number, "as the
best number", "is my mobile" name it a phone too. A reference cue right before the number
still keeps it (``phones`` asks ``national_ids.is_reference`` first).
"""

from __future__ import annotations

import re

from trainer.redact.sentence_window import sentence_start

# The past of calling, one tuple for many languages (a report of a call names the number
# as the present does: "I rang ... twice", "Llamé dos veces al ...", "Dzwoniłam pod ..."):
# en, es, pt, fr, it, de, nl, pl, cs/sk, ro, sw
CALLED_WORDS = (
    "rang", "rung", "phoned", "texted", "dialled", "dialed", "rang up",
    "llam[eé]", "llamamos", "llam[oó]", "llamaron", "marqu[eé]", "liguei", "ligamos", "ligou",
    "appel[eé]", "t[eé]l[eé]phon[eé]", "chiamato", "chiamai", "angerufen", "rief", "gebeld",
    "dzwoni[łl]a[mś]?", "dzwoni[łl]em", "dzwoni[łl]", "volal[ai]?", "volal[ai]?\\s+jsem",
    "am\\s+sunat", "nilipiga",
)  # fmt: skip
# Phone nouns and calling/texting/reaching verbs, as whole words (a few inflections each).
_WORDS = (
    # phone nouns: en de nl fr es pt it ro pl cs sk hr/sr sl hu tr sw id/ms tl
    r"phone|phones|telephone|t[ée]l[ée]phone|telefone|tel[ée]fono|telefon\w{0,3}|telefoon\w{0,6}|"
    r"tel|t[ée]l|telem[óo]vel|m[óo]vil|mobile|mobil|mobiel|mobiele|mobiln[íi]|mobilu|mobitel|"
    r"cell|cellphone|cellulare|celular|handy|handynummer|portable|gsm|whatsapp|sms|fax|"
    r"kom[óo]rk[aię]|simu|nambari|ponsel|hp|"
    # calling, texting, reaching: en
    r"call|calls|called|calling|ring|text|reach|reachable|contact|contactable|"
    # nl de
    r"bel|bellen|belt|gebeld|teruggebeld|terugbellen|bereikbaar|anrufen|ruf|rufen|"
    r"zur[üu]ckrufen|r[üu]ckruf|erreichbar|erreichen|"
    # fr es pt it ro
    r"appeler|appelez|appelle|rappeler|rappelez|joindre|joignable|llamar|llame|llamen|"
    r"ll[aá]meme|localizable|ligar|liga|ligue|atende|atendem|atiende|atienden|contactar|"
    r"chiamare|chiamami|richiamare|raggiungibile|suna[țt]i|sun[aă]|"
    # cs sk pl hr/sr sl hu tr
    r"zavolejte|zavolajte|zavolat|volejte|volajte|volat|vol[áa]n[íi]|zastihnete|zastihnout|"
    r"dovol[áa]te|zadzwo[ńn]|zadzwoni[ćc]|dzwo[ńn]|dzwoni[ćc]|nazovite|nazvati|zovite|"
    r"pokli[čc]ite|h[íi]vjon|h[íi]vhat[óo]|aray[ıi]n|ula[şs]abilirsiniz|"
    # sw id/ms tl vi (folded)
    r"piga|hubungi|telepon|tawagan|goi|"
    + "|".join(CALLED_WORDS)
)
# the phone word, then up to five words of the same clause, then what links the value
_REACH = re.compile(
    r"(?i)(?<![\w-])(?:" + _WORDS + r")(?:-(?:me|moi|mi|nos))?"
    r"(?:[ \t]+[^\W\d_][\w'’-]{0,20}){0,5}"
    r"[ \t]*[:,]?[ \t]*\(?$"
)
# no reference word among the words between: "call about order ...", "ticket", "issue"
_REFERENCE_WORD = re.compile(
    r"(?i)\b(?:order|orders|invoice|ticket|case|issue|bug|build|ref|reference|booking|tracking|"
    r"parcel|"
    r"bestelling|bestellung|commande|pedido|ordine|objedn[áa]vk\w*|zam[óo]wieni\w*|comanda|"
    r"factuur|rechnung|facture|factura|fattura|fatura|faktur\w*|dossier|legajo|processo)\b"
)
# the writer's own number and what it is for, up to a colon: "Mijn nummer voor het
# bezorgmoment:", "my number for the driver:", "mon numéro pour le livreur :" (a number word
# alone is no phone word: "número de pedido" is an order's, so a possessive is asked for)
_MY_NUMBER = re.compile(
    r"(?i)(?<![\w-])(?:my|mijn|mein|meine|mon|mi|meu|o\smeu|il\smio|m[óo]j|m[ůu]j|moje|mitt|min|"
    r"benim|saya|numarul\smeu)[ \t]+(?:number|nummer|num[ée]ro|n[uú]mero|numer|[čc][íi]slo|"
    r"num[ăa]r|numaram|nomor)(?:[ \t]+[^\W\d_][\w'’-]{0,20}){0,4}[ \t]*:[ \t]*$"
)
# "the best number (for ...) is", in many languages at once: the adjective, the number word,
# up to five words of what it is for, a copula (en, es, pt, fr, it, de, nl, pl, cs/sk, ro)
BEST_WORDS = (
    "best", "mejor", "melhor", "meilleur", "miglior", "beste", "besten", "najlepszy",
    "nejlep[šs][íi]", "najlep[šs][íi]", "cel\\s+mai\\s+bun",
)  # fmt: skip
_BEST_NUMBER = re.compile(
    r"(?i)(?<![\w-])(?:" + "|".join(BEST_WORDS) + r")[ \t]+"
    r"(?:number|nummer|num[ée]ro|n[uú]mero|numer|[čc][íi]slo|num[ăa]r|contact)"
    r"(?![ \t]+of\b)(?:[ \t]+[^\W\d_][\w'’-]{0,20}){0,5}[ \t]*,?[ \t]+"
    r"(?:is|es(?:[ \t]+el)?|é|est|è|ist|jest|je|este)[ \t]*:?[ \t]*$"
)
_CLAUSE = 72  # the phone word stands at most this far before the number
_SENTENCE_END = re.compile(r"[.?!] ")  # ". ", "? ", "! " end the clause
# after the number: "as the best number", "is my mobile", "c'est mon portable"
_NAMED_AFTER = re.compile(
    r"(?i)[ \t]*,?[ \t]+(?:as|is|was|c['’]est|es|é|ist|is\sde|je)[ \t]+"
    r"(?:the|my|his|her|their|our|mon|ma|mi|su|o\smeu|meine?|mijn|zijn|haar)?[ \t]*"
    r"(?:best|contact|direct|mobile|home|work|new)?[ \t]*"
    r"(?:number|phone|mobile|cell|portable|num[ée]ro|n[uú]mero|celular|telem[óo]vel|"
    r"telefoon|nummer|handy)\b"
)


def reach_cue(text: str, start: int) -> bool:
    """A phone word ends a few words of its clause before ``start`` (see above)."""
    # the clause: after the last sentence end within the reach, on the number's line (an end
    # never spans a newline, so the line bound is applied after the shared walk)
    line = text.rfind("\n", max(0, start - _CLAUSE), start) + 1
    lo = max(line, sentence_start(text, start, ends=_SENTENCE_END, reach=_CLAUSE))
    m = (
        _REACH.search(text, lo, start)
        or _MY_NUMBER.search(text, lo, start)
        or _BEST_NUMBER.search(text, lo, start)
    )
    return m is not None and _REFERENCE_WORD.search(text, m.start(), start) is None


def named_after(text: str, end: int) -> bool:
    """A phone noun names the number right after it ("... as the best number")."""
    return _NAMED_AFTER.match(text, end) is not None
