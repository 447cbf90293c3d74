"""Per-language phrasing registry for the twentythird set."""

import random
import re
from types import ModuleType

from . import twentythird_text_baltic as baltic
from . import twentythird_text_de as de
from . import twentythird_text_en as en
from . import twentythird_text_es as es
from . import twentythird_text_fr as fr
from . import twentythird_text_it as it

LANG = {
    "en_US": "en",
    "en_GB": "en",
    "en_MT": "en",
    "de_DE": "de",
    "fr_FR": "fr",
    "fr_CH": "fr",
    "es_ES": "es",
    "es_UY": "es_uy",
    "it_IT": "it",
    "lt_LT": "lt",
    "lv_LV": "lv",
    "et_EE": "et",
}
_CASE = re.compile(r"\{v@(\w+)\}")


class Texts:
    def __init__(self, open_: dict, frame: dict, look: dict, close: list, plain: list):
        self.open, self.frame, self.look, self.close, self.plain = open_, frame, look, close, plain
        self._by_case: dict[tuple[str, str], list[str]] = {}
        for kind, frames in frame.items():
            for f in frames:
                m = _CASE.search(f)
                case = m.group(1) if m else "nom"
                self._by_case.setdefault((kind, case), []).append(_CASE.sub("{v}", f))

    def cases_for(self, kind: str) -> list[str]:
        return [c for (k, c), fs in self._by_case.items() if k == kind for _ in fs]

    def frame_for(self, kind: str, case: str, rng: random.Random) -> str:
        if kind == "BANK":
            kind, case = "IBAN", "nom"
        return rng.choice(self._by_case[(kind, case)])

    def n_pieces(self) -> int:
        return (
            sum(len(v) for v in self.open.values())
            + sum(len(v) for v in self.frame.values())
            + sum(len(v) for v in self.look.values())
            + len(self.close)
            + len(self.plain)
        )


def _mk(mod: ModuleType, suffix: str = "") -> Texts:
    g = mod.__dict__
    return Texts(
        g["OPEN" + suffix],
        g["FRAME" + suffix],
        g["LOOK" + suffix],
        g["CLOSE" + suffix],
        g["PLAIN" + suffix],
    )


# Rioplatense Spanish: ustedes instead of vosotros, local words
UY_SWAP = [
    ("Podéis llamarme", "Pueden llamarme"),
    ("escribidme", "escríbanme"),
    ("llamad", "llamen"),
    ("pasad", "pasen"),
    ("autorizad", "autoricen"),
    ("cargad", "carguen"),
    ("actualizad", "actualicen"),
    ("Apuntad", "Anoten"),
    ("Indicad", "Indiquen"),
    ("encontráis", "encuentran"),
    ("encontraréis", "encuentran"),
    ("queréis", "quieren"),
    ("inscribiros", "inscribirse"),
    ("contaros", "contarles"),
    ("portátil", "laptop"),
    ("ordenador", "computadora"),
    ("Móvil", "Celular"),
    ("tarta", "torta"),
    ("Tarta", "Torta"),
    ("RR. HH.", "RR.HH."),
    ("¡Bienvenido", "¡Bienvenida"),
]


def _swap(obj, pairs):
    if isinstance(obj, str):
        for a, b in pairs:
            obj = obj.replace(a, b)
        return obj
    if isinstance(obj, list):
        return [_swap(x, pairs) for x in obj]
    return {k: _swap(v, pairs) for k, v in obj.items()}


def _mk_uy() -> Texts:
    return Texts(
        *(_swap(getattr(es, n), UY_SWAP) for n in ("OPEN", "FRAME", "LOOK", "CLOSE", "PLAIN"))
    )


LANG_TEXTS = {
    "en": _mk(en),
    "de": _mk(de),
    "fr": _mk(fr),
    "es": _mk(es),
    "es_uy": _mk_uy(),
    "it": _mk(it),
    "lt": _mk(baltic, "_LT"),
    "lv": _mk(baltic, "_LV"),
    "et": _mk(baltic, "_ET"),
}


def texts(loc: str) -> Texts:
    return LANG_TEXTS[LANG[loc]]
# ruff: noqa: E501
