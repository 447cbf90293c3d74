"""Phone words shared by the phone finder and the keep rules (review rev16 F9, F14).

``PHONE_CUE_WORDS``: every word that can start ``phones._PHONE_CUE`` (the prefilter keywords).

``IS_LV_ET_CUE_WORDS``: the Icelandic, Latvian and Estonian phone and calling words that start a
``phone_words_baltic_nordic`` cue. ``PHONE_WORDS_ANYWHERE``: every phone word of the lexicon
(the two sets above and the Baltic and South Slavic phone nouns), for the keeps that refuse a
number with a phone word near it (``invoice_numbers``).

``CALL_ME``: the imperative "call me / text me" of our languages, written after a number ("Pedido
8845-1234, llámame"): the number is the writer's phone, so an order or product keep must not
keep it. Matched as whole words, case-insensitive; accents as written. "Write me" is left
out: it is as often about e-mail or a direct message ("Rechnung 2024-403, schreibt mir").
"""

from __future__ import annotations

CALL_ME = (
    r"ll[aá]m(?:ame|eme|enme|anos|adme)|appel(?:le|ez)[- ]moi|rappel(?:le|ez)[- ]moi|"
    r"t[ée]l[ée]phon(?:e|ez)[- ]moi|ruf(?:t|en sie)? mich an|lig(?:ue|a)[- ]me|chiamami|"
    r"chiamatemi|bel me|app me|(?:call|text|ring|phone|whatsapp|sms) (?:me|us)|whatsapp"
)

# The calling words of Estonian (helista ...: call; numbril: at the number; WhatsAppi), Latvian
# (zvani, sazvanīt: call; tālrunis/tālr.: telephone), Lithuanian (skambinkite: call; numeriu:
# at the number) and Maltese (ċempel: call), folded as ``prefilter.keywords`` folds them.
BALTIC_CALL_WORDS = frozenset(
    """helista helistage helistada helistan helistame numbril numbrile mobiil mobiilil
    whatsappi zvani zvaniet zvanit piezvani piezvaniet sazvanit sazvani talrunis talruni talruna
    talr telefons telefonu telefonas telefonil skambink skambinkite skambinti paskambink
    paskambinkite numeriu cempel""".split()
)
# Every word that can start a ``_PHONE_CUE`` match, or that every such match holds (a wallet's
# "money", the possessive cue's "numero"): the regex runs only when one of them sits in the 24
# characters before a number (``prefilter.keywords`` finds them in the same pass as names).
PHONE_CUE_WORDS = frozenset(
    """phone tel mobile mob cell call text sms whatsapp fax ring nummer telephone portable
    handy celular contato hotline helpline telefon telefone telefono movil numero dial reach
    contact ph tlf tfno telf cel fone mobil llama llamame llamanos llamar chiama chiamami chiamateci
    chiamare appelle appelez appeler bel bellen ruf rufen anrufen ligue escribeme nummeret
    numret beskjed besked meddelande message number joindre mensaje messaggio mensagem pesa
    mpesa momo money ecocash bkash gcash nequi daviplata yape atiende atienden atendemos
    reached llamad llamada suna sunat sunati linea numarul joignable appele appelee marque
    llamo ligou devolver back rappeler richiamare retornar recado marca marcame marcanos
    marcar marcalo marquen marqueme marquenme marquenos mejor mieux najlepiej""".split()
) | BALTIC_CALL_WORDS

# The Icelandic, Latvian and Estonian words of ``phone_words_baltic_nordic`` (its prefilter
# keywords), folded as ``prefilter.keywords`` folds the text ("síma" -> "sima").
IS_LV_ET_CUE_WORDS = frozenset(
    """simi sima siminn simann simanum simans simanumer simanumerið simanumerid simanumerinu
    farsimi farsima farsiminn farsimann farsimanum farsimanumer gsm hringið hringid hringdu
    hringja skilaboð skilabod sms rakstiet raksti rakstit zvani zvaniet zvanit
    piezvani piezvaniet sazvanams sazvanama iszinu iszina numurs numuru numura kirjutage kirjuta
    kirjutada helista helistage helistada helistan helistame numerið numerid""".split()
    + ["minu number", "mu number", "meie number", "minu telefoninumber", "minu mobiil"]
)
# Phone nouns no cue above starts with: Lithuanian "mobilus", Latvian "mobilais"/"telefona",
# Serbian and Croatian "telefonom"/"mobitel"/"mobilni"/"kontakt", Swedish "tfn" (folded).
_MORE_PHONE_NOUNS = frozenset(
    "mobilus mobilais telefona telefonom tfn mobitel mobilni kontakt".split()
)
# "money" only gates the wallet cue ("Orange Money"): by itself it is no phone word
PHONE_WORDS_ANYWHERE = (PHONE_CUE_WORDS - {"money"}) | IS_LV_ET_CUE_WORDS | _MORE_PHONE_NOUNS
