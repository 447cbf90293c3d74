"""The word gate of ``address_ni.nicaraguan_addresses`` hides nothing.

Each of its three patterns runs only in regions holding one of the words every match of it holds
(on ASCII text; other text is not gated). With the gate forced open the hits must be the same,
on random made-up texts of the patterns' own pieces, near misses, odd case and non-ASCII letters.
"""

from __future__ import annotations

import random

import pytest

from trainer.redact import address_ni, prefilter

_PIECES = (
    "de donde fue el cine |del |Del |frente al |FRENTE A |enfrente de |detrás del |detras de "
    "|costado sur de la |Costado Norte del |contiguo a |cerca de |esquina opuesta de |iglesia "
    "|Colegio Teresiano|parque|Teatro Nacional|la Rotonda|, |,|. |\n| | |2 |100 |1/2 |una |media "
    "|cuadras |cuadra |c. |cdras. |varas |vrs. |metros |mts. |km |Km. |KM |km 5 |700 km |"
    "al lago|al Lago|AL SUR|al sureste|al oeste|al noroeste|al mar|al poniente|a la montaña|"
    "a la montana|arriba|ARRIBA|abajo|hacia el lago|hacia la montaña|y |carretera a Masaya|"
    "Carretera Norte|carretera vieja a León|casa #45|Casa No. 12|Reparto Schick|Barrio Monseñor "
    "Lezcano|Residencial Las Colinas|Managua|vivo |mi casa queda |manden cartas |ſur|"
    "Kelvin Km|the run was |we drove |interested|summary|é|ñ"
).split("|")


# The frame's slots in order (a cue, a reference, a landmark, a distance, a direction, a tail),
# each with near misses; a slot may also be a random piece.
_SLOTS = (
    ("", "Vivo ", "mi casa queda ", "manden cartas ", "The run was ", "\n"),
    ("de donde fue el cine ", "del ", "Del ", "frente al ", "FRENTE A ", "costado sur de la ",
     "contiguo a ", "detrás del ", "detras de ", "enfrente de ", "km ", "Km. ", "", "de "),
    ("Colegio Teresiano", "parque", "iglesia San José", "la Rotonda", "5", "12 1/2", "",
     "Teatro Nacional"),
    (", ", " ", ",", ". "),
    ("2 cuadras ", "100 varas ", "una cuadra ", "media c. ", "3 vrs. ", "50 metros ", "700 km ",
     "carretera a Masaya", "Carretera Norte", "Reparto Schick", "casa #45", ""),
    ("al lago", "al Lago", "AL SUR", "al sureste", "al oeste", "al mar", "a la montaña",
     "a la montana", "arriba", "ABAJO", "hacia el lago", "al ſur", "later", ""),
    ("", ", casa #45", ", Reparto Schick", ", Barrio Monseñor Lezcano, Managua", ".",
     " y 1 c. abajo", ", Managua."),
)  # fmt: skip


def _text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(1, 3)):
        for slot in _SLOTS:
            parts.append(rng.choice(slot) if rng.random() < 0.85 else rng.choice(_PIECES))
    return "".join(parts)


@pytest.mark.parametrize("seed", [1, 2])
def test_gate_changes_no_hit(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    texts = [_text(rng) for _ in range(6_000)]
    texts = [t for t in texts if "address_ni" in prefilter.keywords(t)]
    gated = [address_ni.nicaraguan_addresses(t, prefilter.keywords(t)["address_ni"]) for t in texts]
    monkeypatch.setattr(address_ni, "_may_hold", lambda low, regions, words: True)
    open_ = [address_ni.nicaraguan_addresses(t, prefilter.keywords(t)["address_ni"]) for t in texts]
    assert gated == open_
    assert sum(map(bool, open_)) > 300  # the texts reach the patterns' hits


def test_gate_skips_prose_kilometres() -> None:
    text = "Our team hit 700 km. We shipped the new build on Friday."
    regions = prefilter.windows(text, prefilter.keywords(text)["address_ni"], before=110, after=120)
    low = prefilter.lowered(text)
    for words in (address_ni._FRAMED_WORDS, address_ni._BESIDE_WORDS, address_ni._KM_ROAD_WORDS):
        assert not address_ni._may_hold(low, regions, words)
