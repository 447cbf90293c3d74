"""Evaluate the redaction engine on seeded, labelled sets: its own and two held-out ones.

    python scripts/eval_redaction.py --n 3000 --seed 7 --heldout --standards \
        --json docs/bench/eval_redaction.json

The first set (``trainer_dev.redaction_sets.synthetic``) was written beside the rules. The
held-out set (``--heldout``, ``trainer_dev.redaction_sets.heldout``, needs the dev dependency
Faker) draws values from Faker in twelve locales. The standards set (``--standards``,
``trainer_dev.redaction_sets.standards_set``) is written from postal and numbering standards in
ten locales and scored from the redacted text alone, as a reviewer would. Both were held out at
first and have since been looked at during tuning (docs/redaction.md); both are reported per type
and per locale. The fresh set (``--fresh``, ``trainer_dev.redaction_sets.fresh``) is a third
held-out set with its own generator (eleven locales, 4,620 labelled + 990 PII-free posts),
written without reading the redactor and scored the same way with its own fragment rule; its
JSON keeps no failure examples, so that tuning never sees them. The fourth set (``--fourth``,
``trainer_dev.redaction_sets.fourth``; twelve locales, 4,800 labelled + 1,200 PII-free posts)
is a further independent one, scored exactly like the fresh set. The fifth set (``--fifth``,
``trainer_dev.redaction_sets.fifth``; twelve locales, 4,800 labelled + 1,200 PII-free posts,
hand-written templates and name lists, no Faker) is another, scored the same way. The sixth
set (``--sixth``, ``trainer_dev.redaction_sets.sixth``; twelve locales, 3,600 labelled + 1,080
PII-free posts, professional-network genres, own name lists) is another, scored the same way. The
seventh (``--seventh``; 4,500 labelled + 900 PII-free posts, 835 balanced sentence frames, each
name item with its written form, so recall is also reported per form) and the eighth (``--eighth``;
4,500 + 900 posts built from structured records by per-locale formatters) came next, and the
ninth (``--ninth``) and tenth (``--tenth``), then the eleventh (``--eleventh``) and twelfth
(``--twelfth``), then the thirteenth (``--thirteenth``: long-form professional
writing) and fourteenth (``--fourteenth``: chat exports, transcripts, spoken and obfuscated
contact details); each chose the same four locales no earlier set had (pl_PL sv_SE fi_FI tr_TR).
The fifteenth (``--fifteenth``: local community and marketplace posts; adds cs_CZ ro_RO da_DK
nb_NO) and sixteenth (``--sixteenth``: noisy, transformed, multicultural text; adds en_SG ms_MY
en_PK es_AR) came next. The seventeenth (``--seventeenth``: hiring and careers paperwork; adds
de_CH hu_HU sk_SK hr_HR) and eighteenth (``--eighteenth``: discussion threads; adds en_NG en_PH
id_ID es_CO) came next, then the nineteenth (``--nineteenth``: endorsements, introductions,
events; adds fr_BE nl_BE sl_SI) and twentieth (``--twentieth``: company news, support threads,
signatures; adds es_CL es_PE en_KE), then the twenty-first (``--twentyfirst``: open-to-work posts,
CVs, references; adds en_MT fr_CH es_UY) and twenty-second (``--twentysecond``: research,
conferences, press, travel), then the twenty-third (``--twentythird``: team life; adds lt_LT
lv_LV et_EE) and twenty-fourth (``--twentyfourth``: marketplace, invoices, payments; adds en_GH
es_EC fr_LU), then the twenty-fifth (``--twentyfifth``: milestones and community life; adds is_IS
en_JM es_CR) and twenty-sixth (``--twentysixth``: technical and operational posts; adds fr_SN
en_UG es_PY), then the twenty-seventh (``--twentyseventh``: learning and mentoring; adds sr_RS
ca_ES en_TT) and twenty-eighth (``--twentyeighth``: freelancers and small businesses; adds fr_CI
es_GT en_ZM), twenty-ninth (``--twentyninth``: nonprofits and volunteering; adds es_DO pt_AO
en_TZ) and thirtieth (``--thirtieth``: property and relocation; adds fr_CM es_BO sq_AL), then the
thirty-first (``--thirtyfirst``: hospitality and venues; adds es_PA fr_MA en_BW) and thirty-second
(``--thirtysecond``: logistics and fleet; adds ro_MD it_CH es_HN), then the thirty-third
(``--thirtythird``: insurance, banking and accounting desks; adds es_SV fr_TN en_NA),
thirty-fourth (``--thirtyfourth``: construction, trades and field service; adds pt_MZ vi_VN
bs_BA, with Vietnamese roster names family name first) and thirty-fifth
(``--thirtyfifth``: healthcare administration and patient services; adds tr_TR en_KE es_UY beside
it_IT nl_NL en_ZA written afresh), then the thirty-sixth (``--thirtysixth``: education, from
admissions and exam boards to tutoring and school transport; adds es_VE en_ZW fr_DZ) and
thirty-seventh (``--thirtyseventh``: public services and government casework; adds fr_HT es_NI),
then the thirty-eighth (``--thirtyeighth``: retail, e-commerce and customer support, from orders,
parcel lockers and refunds to warranty claims and marketplace sellers; adds en_MW fr_CD nl_SR)
and the thirty-ninth (``--thirtyninth``: recruitment, HR and payroll; adds pt_CV es_CU en_GY),
then the fortieth (``--fortieth``: travel, tourism and transport, from flight and rail bookings,
visas and lost luggage to hotels, car hire and tour guides; adds es_EC fr_GA en_LR) and the
forty-first (``--fortyfirst``: media, events and creators, from press contacts and podcasts to
ticketing, credits and fan mail; adds fr_ML en_SL es_PR), then the forty-second
(``--fortysecond``: agriculture, food and farming, from co-operatives, input loans and livestock
registers to cold chains, market stalls and seasonal pickers; adds fr_BF en_RW pt_GW) and the
forty-third (``--fortythird``: energy, utilities and telecoms, from meter readings, outages and
tariff switches to heat-pump grants, SIM and broadband installs and hardship plans; adds fr_BJ
en_FJ es_GQ), then the forty-fourth (``--fortyfourth``: legal services, notaries and courts, from
tenancy and small-claims disputes, deeds, powers of attorney and case files to visa lawyers,
debt mediation, legal-aid clinics and law-firm hiring; adds fr_TG en_BZ pt_ST), and the
forty-fifth (``--fortyfifth``: manufacturing, industry and workplace safety, from purchase orders,
machine serials and shift rosters to incidents, recalls and apprenticeships; adds fr_MG en_PG
de_LU), then the forty-sixth (``--fortysixth``: veterinary care, pets and animal welfare, from
vet appointments, vaccinations and pet-insurance claims to adoptions, lost-pet notices, boarding
kennels and groomers; adds en_MU de_BE fr_MC it_SM ca_AD beside en_IE en_AU en_NZ de_AT de_DE
fr_FR it_IT) and the forty-seventh (``--fortyseventh``: the same domain by another writer, who
chose it independently, with its own pools and templates: vaccination reminders, surgery
estimates and lost-pet notices to shelter adoptions, fostering, boarding, grooming and
pet-insurance claims; adds en_BB fr_MC pt_TL), then the forty-eighth (``--fortyeighth``: sports,
fitness and amateur clubs, from memberships, fixtures and coaching to gyms, physiotherapy
referrals, race entries, kit orders and away-game travel; adds de_LI sv_FI en_BS mt_MT beside
en_GB en_US de_DE fr_FR es_ES it_IT pl_PL pt_BR) and the forty-ninth (``--fortyninth``: cars and
motoring, from dealerships, garages and roadworthiness inspections to insurance claims, fines,
driving schools, car sharing and roadside assistance; adds nl_CW en_LS af_ZA ga_IE beside en_AU
en_CA nl_NL sv_SE fi_FI es_MX fr_BE de_CH), then the fiftieth (``--fiftieth``: software, IT
support and cloud operations, from help-desk tickets, password resets and on-call hand-overs to
SaaS billing disputes, device returns, access requests and data-protection requests; adds
en_GI en_IM cy_GB lb_LU beside en_US en_GB en_IN de_AT fr_CH es_AR it_IT pt_PT) and the
fifty-first (``--fiftyfirst``: maritime, ports, fishing and boating, from port calls, berth
bookings and crew lists to fishing licences, marina moorings, boat sales, ferries, chandlers
and harbour dues; adds fo_FO gl_ES fr_RE nl_AW beside en_AU en_NZ nl_BE da_DK nb_NO es_CL fr_CA
pl_PL), then the fifty-second (``--fiftysecond``: aviation and air travel at work, from crew
rosters, ground handling and baggage claims to flight schools, aircraft maintenance, charters,
air cargo, drone registrations and passenger compensation; adds eu_ES de_IT fr_PF en_KY beside
en_US en_GB de_DE fr_FR es_ES it_IT nl_NL pt_PT) and the fifty-third (``--fiftythird``: arts,
music, theatre and film production, from casting calls, session bookings and gallery
consignments to festival ticketing, royalties, touring visas, location permits and arts grants;
adds fy_NL rm_CH sw_KE az_AZ beside en_GB en_US en_CA de_DE fr_BE es_MX sv_SE cs_CZ).
The fresh to forty-ninth sets have since been read while tuning
(``trainer_dev.redaction_failures``); only the newest sets are scored and never read.

Prints, per PII type, recall (a labelled value counts as caught only if every non-space
character of it is redacted), look-alike survival (look-alikes left untouched) and two
precision-ish numbers: the share of redacted characters outside any labelled PII span, and
the count of redaction spans that touch no labelled PII at all.

This file is the command line; the scoring is in ``eval_redaction_scoring.py`` and the printing
in ``eval_redaction_report.py``, beside it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
# The scoring and printing live beside this script (also when it is loaded from its path).
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.append(str(Path(__file__).resolve().parent))

from eval_redaction_report import (  # noqa: E402
    markdown_tables,
    print_locales,
    print_standards,
    print_table,
)
from eval_redaction_scoring import (  # noqa: E402
    INDEPENDENT_SETS,
    REDACTOR_OPTIONS,
    evaluate,
    evaluate_cueless_phones,
    evaluate_independent,
    evaluate_standards,
)

from trainer.redact import Redactor  # noqa: E402
from trainer.redact.name_tagger import DEFAULT_THRESHOLD  # noqa: E402
from trainer_dev.redaction_sets.heldout import make_heldout  # noqa: E402
from trainer_dev.redaction_sets.synthetic import make_examples  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=3000, help="number of synthetic posts")
    parser.add_argument("--seed", type=int, default=7, help="generator seed")
    parser.add_argument("--json", type=Path, help="write the report here")
    parser.add_argument("--heldout", action="store_true", help="also run the Faker held-out set")
    parser.add_argument(
        "--standards", action="store_true", help="also run the postal/numbering-standards set"
    )
    for name, (module_name, _, seed, ordinal) in INDEPENDENT_SETS.items():
        parser.add_argument(
            f"--{name}",
            action="store_true",
            help=f"also run the {ordinal} held-out set "
            f"(trainer_dev.redaction_sets.{module_name}; own seed)",
        )
        parser.add_argument(
            f"--{name}-seed", type=int, default=seed, help=f"seed of the {name} set"
        )
    parser.add_argument(
        "--name-tagger", action="store_true",
        help="build every redactor with the opt-in learned name tagger (redaction.name_tagger)",
    )
    parser.add_argument(
        "--name-tagger-threshold", type=float, default=DEFAULT_THRESHOLD,
        help=f"its threshold (default {DEFAULT_THRESHOLD}, the shipped default)",
    )
    parser.add_argument("--show-misses", action="store_true", help="print missed values (fake)")
    parser.add_argument("--markdown", type=Path, help="write per-locale tables (Markdown) here")
    parser.add_argument(
        "--cueless-phones",
        type=int,
        default=0,
        metavar="N",
        help="also score N phones per locale of both generators written with no phone cue",
    )
    args = parser.parse_args(argv)
    try:
        return _run(args, argv)
    finally:  # the options live in eval_redaction_scoring: never carry them to a later caller
        REDACTOR_OPTIONS.clear()


def _run(args: argparse.Namespace, argv: list[str] | None) -> int:
    """Score the sets ``args`` names, print the tables, write the JSON; 0 when targets hold."""
    REDACTOR_OPTIONS.clear()
    REDACTOR_OPTIONS.update(name_tagger=False)  # the rules alone unless --name-tagger
    if args.name_tagger:
        REDACTOR_OPTIONS.update(
            name_tagger=True, name_tagger_threshold=args.name_tagger_threshold
        )
    sets = {"synthetic": make_examples}
    if args.heldout:
        sets["heldout"] = make_heldout
    reports: dict[str, dict] = {}
    ok = True
    for name, make in sets.items():
        members, examples = make(seed=args.seed, n=args.n)
        reports[name] = evaluate(Redactor.from_members(members, **REDACTOR_OPTIONS), examples)
        ok &= print_table(reports[name], name)
        if args.show_misses:
            print(json.dumps(reports[name]["misses"], ensure_ascii=False, indent=1))
        if name == "heldout":
            print_locales(reports[name])
    if args.standards:
        from trainer.redact.tlds import delegated_tlds
        from trainer_dev.redaction_sets.standards_set import make_standards_set

        tlds = sorted(t for t in delegated_tlds() if t.isascii() and not t.startswith("xn--"))
        members, posts = make_standards_set(seed=args.seed, n=args.n, tlds=tlds)
        redactor = Redactor.from_members(members, **REDACTOR_OPTIONS)
        reports["standards"] = evaluate_standards(redactor, posts)
        ok &= print_standards(reports["standards"])
        if args.show_misses:
            print(json.dumps(reports["standards"]["misses"], ensure_ascii=False, indent=1))
    # fresh to forty-ninth: development sets; the newest: scoring only (no misses kept)
    for name in INDEPENDENT_SETS:
        if not getattr(args, name):
            continue
        report = reports[name] = evaluate_independent(name, getattr(args, f"{name}_seed"))
        ok &= print_standards(report, name)
        print(
            f"speed: {report['speed_mb_s']:.2f} MB/s wall, "
            f"{report['speed_mb_s_cpu_time']:.2f} MB/s of CPU time, one core "
            f"(load average {report['load_average_1m']:.1f})"
        )
        if args.show_misses:
            print(json.dumps(report["misses"], ensure_ascii=False, indent=1))
        else:  # the set stays unseen by tuning: no failure examples in the JSON
            report.pop("misses")
    if args.cueless_phones:
        reports["cueless_phones"] = evaluate_cueless_phones(
            Redactor.from_members([], **REDACTOR_OPTIONS),
            seed=args.seed,
            per_locale=args.cueless_phones,
        )
        print("== phones with no cue (report only; the held-out sets always cue them)")
        for key, recall in reports["cueless_phones"].items():
            print(f"{key:<16} {recall:.4f}")
    if args.markdown:
        command = "python scripts/eval_redaction.py " + " ".join(argv or sys.argv[1:])
        args.markdown.write_text(markdown_tables(reports, command) + "\n")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(reports, ensure_ascii=False, indent=2) + "\n")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
