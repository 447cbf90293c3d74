"""The redactor's failures on a development set, item by item, for tuning.

    python -m trainer_dev.redaction_failures [--set ninth] [--kind PERSON] [--locale es_ES] \
        [--form lower] [--limit 40]

The fresh (third) to eighth held-out sets are development sets: the fresh set since the morning
of 2026-12-02, the fourth to seventh since the evening of that day, the eighth since 07:00 UTC on
2026-12-02 (the next session), the ninth and tenth since 10:15 UTC on 2026-12-02 (the session
after), the eleventh and twelfth since 13:05 UTC on 2026-12-02 (the session after that), the
thirteenth and fourteenth since 15:55 UTC on 2026-12-02 (the next), the fifteenth and sixteenth
since 19:30 UTC on 2026-12-02 (the session after), the seventeenth and eighteenth since 23:00 UTC
on 2026-12-02 (the next), the nineteenth and twentieth since 02:20 UTC on 2026-12-03 (the one
after), the twenty-first and twenty-second since 06:55 UTC on 2026-12-03 (the session after),
the twenty-third and twenty-fourth since 10:05 UTC on 2026-12-03 (the next), the twenty-fifth and
twenty-sixth since 13:20 UTC on 2026-12-03 (the one after), the twenty-seventh and twenty-eighth
since 16:35 UTC on 2026-12-03 (the next), the twenty-ninth and thirtieth since 21:30 UTC on
2026-12-03 (the session after), the thirty-first and thirty-second since 02:00 UTC on 2026-12-04
(the next), the thirty-third to thirty-fifth since 13:20 UTC on 2026-12-04 (the session after
that), the thirty-sixth and thirty-seventh since 16:30 UTC on 2026-12-04 (the next), the
thirty-eighth and thirty-ninth since 19:45 UTC on 2026-12-04 (the session after), the fortieth
and forty-first since 23:15 UTC on 2026-12-04 (the next), the forty-second and forty-third since
02:20 UTC on 2026-12-05 (the session after), the forty-fourth and forty-fifth since 20:37 UTC on
2026-12-05 (written at 1.26.0, scored clean at every release to 1.31.0), the forty-sixth and
forty-seventh since 02:12 UTC on 2026-12-06 (written at 1.29.0, scored clean at every release to
1.33.0), the forty-eighth and forty-ninth since 05:35 UTC on 2026-12-06 (written at 1.32.0,
scored clean at every release to 1.34.0), once each had been
scored clean. Their failures are read while tuning, so their scores no longer say anything
about text the redactor was not tuned on. Only they can be listed here; the newest sets stay for
scoring, and this tool cannot open them.

Prints leaked labelled items (the fragments that survived, and the redacted text around them),
redactions in PII-free posts (false positives) and look-alikes that did not survive.
"""

from __future__ import annotations

import argparse
import importlib

from trainer.redact import Redactor

# set name -> (module, generator function, default seed). Scoring sets are not listed on purpose.
DEVELOPMENT_SETS = {
    "fresh": ("fresh", "make_fresh_set", 2026),
    "fourth": ("fourth", "make_fourth_set", 4242),
    "fifth": ("fifth", "make_fifth_set", 5555),
    "sixth": ("sixth", "make_sixth_set", 6666),
    "seventh": ("seventh", "make_seventh_set", 7777),
    "eighth": ("eighth", "make_eighth_set", 8888),
    "ninth": ("ninth", "make_ninth_set", 9999),
    "tenth": ("tenth", "make_tenth_set", 1010),
    "eleventh": ("eleventh", "make_eleventh_set", 1111),
    "twelfth": ("twelfth", "make_twelfth_set", 1212),
    "thirteenth": ("thirteenth", "make_thirteenth_set", 1313),
    "fourteenth": ("fourteenth", "make_fourteenth_set", 1414),
    "fifteenth": ("fifteenth", "make_fifteenth_set", 1515),
    "sixteenth": ("sixteenth", "make_sixteenth_set", 1616),
    "seventeenth": ("seventeenth", "make_seventeenth_set", 1717),
    "eighteenth": ("eighteenth", "make_eighteenth_set", 1818),
    "nineteenth": ("nineteenth", "make_nineteenth_set", 1919),
    "twentieth": ("twentieth", "make_twentieth_set", 2020),
    "twentyfirst": ("twentyfirst", "make_twentyfirst_set", 2121),
    "twentysecond": ("twentysecond", "make_twentysecond_set", 2222),
    "twentythird": ("twentythird", "make_twentythird_set", 2323),
    "twentyfourth": ("twentyfourth", "make_twentyfourth_set", 2424),
    "twentyfifth": ("twentyfifth", "make_twentyfifth_set", 2525),
    "twentysixth": ("twentysixth", "make_twentysixth_set", 2626),
    "twentyseventh": ("twentyseventh", "make_twentyseventh_set", 2727),
    "twentyeighth": ("twentyeighth", "make_twentyeighth_set", 2828),
    "twentyninth": ("twentyninth", "make_twentyninth_set", 2929),
    "thirtieth": ("thirtieth", "make_thirtieth_set", 3030),
    "thirtyfirst": ("thirtyfirst", "make_thirtyfirst_set", 3131),
    "thirtysecond": ("thirtysecond", "make_thirtysecond_set", 3232),
    "thirtythird": ("thirtythird", "make_thirtythird_set", 3333),
    "thirtyfourth": ("thirtyfourth", "make_thirtyfourth_set", 3434),
    "thirtyfifth": ("thirtyfifth", "make_thirtyfifth_set", 3535),
    "thirtysixth": ("thirtysixth", "make_thirtysixth_set", 3636),
    "thirtyseventh": ("thirtyseventh", "make_thirtyseventh_set", 3737),
    "thirtyeighth": ("thirtyeighth", "make_thirtyeighth_set", 3838),
    "thirtyninth": ("thirtyninth", "make_thirtyninth_set", 3939),
    "fortieth": ("fortieth", "make_fortieth_set", 4040),
    "fortyfirst": ("fortyfirst", "make_fortyfirst_set", 4141),
    "fortysecond": ("fortysecond", "make_fortysecond_set", 4242),
    "fortythird": ("fortythird", "make_fortythird_set", 4343),
    "fortyfourth": ("fortyfourth", "make_fortyfourth_set", 4444),
    "fortyfifth": ("fortyfifth", "make_fortyfifth_set", 4545),
    "fortysixth": ("fortysixth", "make_fortysixth_set", 4646),
    "fortyseventh": ("fortyseventh", "make_fortyseventh_set", 4747),
    "fortyeighth": ("fortyeighth", "make_fortyeighth_set", 4848),
    "fortyninth": ("fortyninth", "make_fortyninth_set", 4949),
}


def _surviving(leaked, redacted: str, fragments: list[str], background: str) -> list[str]:
    return [f for f in fragments if leaked(redacted, [f], background)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kind", help="only this labelled kind (PERSON, ADDRESS, MEMBER, ...)")
    parser.add_argument("--locale", help="only this locale (es_ES, ...)")
    parser.add_argument("--limit", type=int, default=40, help="at most this many per section")
    parser.add_argument(
        "--form", help="only items of this written form (the sets that record forms: seventh on)"
    )
    parser.add_argument("--set", choices=sorted(DEVELOPMENT_SETS), default="fresh",
                        help="which development set (default: fresh)")
    parser.add_argument("--seed", type=int, help="the set's seed (default: the set's own)")
    parser.add_argument(
        "--name-tagger", action="store_true",
        help="the product's default path (rules and the learned name tagger); default: rules alone",
    )
    args = parser.parse_args()

    module_name, make_name, seed = DEVELOPMENT_SETS[args.set]
    module = importlib.import_module(f"trainer_dev.redaction_sets.{module_name}")
    leaked = module.leaked
    members, posts = getattr(module, make_name)(seed=args.seed if args.seed is not None else seed)
    redactor = Redactor.from_members(members, name_tagger=args.name_tagger)
    misses, false_pos, lost = [], [], []
    for post in posts:
        if args.locale and post.locale != args.locale:
            continue
        result = redactor.redact(post.text)
        forms = getattr(post, "item_forms", None) or [""] * len(post.items)
        for (kind, fragments, value), form in zip(post.items, forms, strict=True):
            if args.kind and kind != args.kind:
                continue
            if args.form and form != args.form:
                continue
            background = post.text.replace(value, " ")
            left = _surviving(leaked, result.text, list(fragments), background)
            if left:
                label = f"{kind}/{form}" if form else kind
                misses.append(
                    f"{post.locale} {label} {value!r} left {left}\n    -> {result.text!r}"
                )
        if post.pii_free and result.spans:
            found = [post.text[s.start:s.end] for s in result.spans]
            false_pos.append(f"{post.locale} redacted {found}\n    in {post.text!r}")
        for value, kind in zip(post.lookalikes, post.lookalike_kinds, strict=True):
            if value not in result.text:
                lost.append(f"{post.locale} {kind} {value!r}\n    -> {result.text!r}")
    for title, rows in (("leaked items", misses), ("false positives", false_pos),
                        ("look-alikes lost", lost)):
        print(f"== {title}: {len(rows)}")
        for row in rows[: args.limit]:
            print(row)


if __name__ == "__main__":
    main()
