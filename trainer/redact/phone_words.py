"""Phone words shared by the phone finder and the keep rules (review rev16 F9, F14).

``PHONE_CUE_WORDS``: every word that can start ``phones._PHONE_CUE`` (the prefilter keywords).

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
# Every word that can start a ``_PHONE_CUE`` match: the regex runs only when one of them sits in
# the 24 characters before a number (``prefilter.keywords`` finds them in the same pass as names).
PHONE_CUE_WORDS = frozenset(
    """phone tel mobile mob cell call text sms whatsapp fax ring nummer telephone portable
    handy celular contato hotline helpline telefon telefone telefono movil numero dial reach
    contact ph tlf tfno telf cel fone mobil llama llamame llamanos llamar chiama chiamami chiamateci
    chiamare appelle appelez appeler bel bellen ruf rufen anrufen ligue escribeme nummeret
    numret beskjed besked meddelande message number joindre""".split()
) | BALTIC_CALL_WORDS
