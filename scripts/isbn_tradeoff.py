"""ISBN-10 look-alikes vs phones: variants of the keep rule, measured on the standards set
(look-alikes kept, phone recall, per locale) and on cue-less phones of both generators."""

import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))
import eval_redaction as ev  # noqa: E402

from trainer.redact import Redactor, phones  # noqa: E402
from trainer.redact.tlds import delegated_tlds  # noqa: E402
from trainer_dev.redaction_sets.standards_set import make_standards_set  # noqa: E402

BOOK_ML = re.compile(
    r"(?i)\b(?:book|books|read|reading|edition|novel|author|paperback|hardcover|publisher|"
    r"published|library|isbn|textbook|title|"
    # fr, de, es/gl, it, nl, pt
    r"livre|livres|roman|romans|[ée]dition|auteur|[ée]diteur|lire|lu|biblioth[èe]que|poche|"
    r"buch|bücher|buecher|auflage|autor|autorin|verlag|taschenbuch|lesen|gelesen|bibliothek|"
    r"libro|libros|novela|edici[óo]n|editorial|leer|le[íi]do|biblioteca|"
    r"romanzo|edizione|autore|editore|leggere|letto|"
    r"boek|boeken|uitgave|druk|uitgever|schrijver|lezen|gelezen|bibliotheek|"
    r"livro|livros|edi[çc][ãa]o|editora|ler|lido)\b"
)
ALWAYS = re.compile(r"")
variants = {
    "V0 current": None,
    "V2 book words in 10 languages": BOOK_ML,
    "V1 keep every cue-less ISBN-10": ALWAYS,
}
tlds = sorted(t for t in delegated_tlds() if t.isascii() and not t.startswith("xn--"))
members, posts = make_standards_set(seed=8, n=12000, tlds=tlds)
orig = phones._BOOK_CONTEXT
out = {}
for name, pattern in variants.items():
    phones._BOOK_CONTEXT = pattern or orig
    rep = ev.evaluate_standards(Redactor.from_members(members, name_tagger=False), posts)
    rules = Redactor.from_members([], name_tagger=False)
    cue = ev.evaluate_cueless_phones(rules, seed=8, per_locale=2000)
    out[name] = {
        "lookalikes_kept": rep["lookalike_survival"],
        "lookalikes_kept_by_locale": rep["lookalike_survival_by_locale"],
        "standards_phone_by_locale": {
            loc: v.get("PHONE") for loc, v in rep["recall_by_locale"].items()
        },
        "fp_per_1000_words": rep["false_positives_per_1000_words"],
        "cueless_phones_caught": cue,
    }
    print(
        name,
        round(rep["lookalike_survival"], 4),
        {k: round(v, 3) for k, v in rep["lookalike_survival_by_locale"].items()},
    )
    print(
        "   standards phone min",
        min(v for v in out[name]["standards_phone_by_locale"].values() if v is not None),
        " cueless min",
        min(cue.values()),
        {k: round(v, 3) for k, v in cue.items() if v < 0.9995},
    )
json.dump(out, open(sys.argv[1], "w"), indent=1)
