"""Phone words shared by the keep rules (review rev16 F9, F14).

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
