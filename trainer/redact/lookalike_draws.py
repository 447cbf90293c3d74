"""Lottery draws that look like phones (rev22 #23): "Lotto numbers 04 11 23 35 42 49",
"Lottozahlen: 3 12 19 27 33 48", "EuroMillions 07 19 23 41 50".

Five to seven numbers of one or two digits, strictly rising and none above 90 (every game's
pool: 6 of 49, 5 of 50, 6 of 60 ...), right after a lottery word. A phone grouped in pairs
rises by chance at most a few times in a hundred, and never after such a word; the word alone
keeps nothing ("Lotto hotline 0180 5 123456" is read as before).
"""

from __future__ import annotations

import re

from trainer.redact.keep_veto import personal_value

_DRAW = re.compile(r"\d{1,2}(?:[ ,;\-–]{1,2}\d{1,2}){4,6}")
_LOTTERY_BEFORE = re.compile(
    r"(?i)\b(?:lotto\w*|lottery|lotteri\w*|loterie|loter[ií]a|lotter[ií]a|lotaria|"
    r"euromillions?|eurojackpot|powerball|mega\s?millions|superenalotto|mega-?sena|quina|"
    r"lotof[aá]cil|bonoloto|primitiva|totoloto|keno|superzahl|gewinnzahlen|ziehung|"
    r"winning\snumbers|numbers\sdrawn|draw|tirage|sorteo|estrazione|sorteio|trekking)\b"
    r"[^\n\d]{0,24}$"
)


def lottery_draw(text: str, start: int, core: str) -> bool:
    """``core`` (at ``start``) is a rising draw of small numbers after a lottery word."""
    if _DRAW.fullmatch(core) is None:
        return False
    numbers = [int(n) for n in re.findall(r"\d+", core)]
    rising = all(a < b for a, b in zip(numbers, numbers[1:], strict=False))
    return (
        rising
        and numbers[-1] <= 90
        and not personal_value(core)  # "06 12 34 56 78": a phone as its plan prints it
        and _LOTTERY_BEFORE.search(text, max(0, start - 40), start) is not None
    )
