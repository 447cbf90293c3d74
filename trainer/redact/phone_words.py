"""Phone words shared by the keep rules (review rev16 F9, F14).

``CALL_ME``: the imperative "call me / text me" of our languages, written after a number ("Pedido
8845-1234, llámame"): the number is the writer's phone, so an order or product keep must not
keep it. Matched as whole words, case-insensitive; accents as written.
"""

from __future__ import annotations

CALL_ME = (
    r"ll[aá]m(?:ame|eme|enme|anos|adme)|escr[ií]b(?:eme|ame)|appel(?:le|ez)[- ]moi|"
    r"rappel(?:le|ez)[- ]moi|t[ée]l[ée]phon(?:e|ez)[- ]moi|ruf(?:t|en sie)? mich an|"
    r"schreib(?:t|en sie)? mir|lig(?:ue|a)[- ]me|liga[- ]me|chiamami|chiamatemi|scrivimi|"
    r"bel me|app me|(?:call|text|ring|phone|message|whatsapp|sms) (?:me|us)|whatsapp"
)
