"""Phones (each country's numbering plan and usual groupings) and IP addresses for the sixth
held-out set."""

from __future__ import annotations

import random

from trainer_dev.redaction_sets.sixth_ids import rdigits


def _nanp(rng: random.Random, areas) -> tuple[str, str]:
    area = rng.choice(areas)
    while True:
        exch = f"{rng.randint(2, 9)}{rdigits(rng, 2)}"
        if exch[1:] != "11" and exch != "555":
            break
    line = rdigits(rng, 4)
    text = rng.choice(
        [
            f"({area}) {exch}-{line}",
            f"{area}-{exch}-{line}",
            f"+1 {area} {exch} {line}",
            f"{area}.{exch}.{line}",
            f"1-{area}-{exch}-{line}",
        ]
    )
    return text, exch + line


def phone(rng: random.Random, locale: str) -> tuple[str, str]:
    """(written phone, its subscriber digits: the part whose 4-digit windows are fragments)."""
    r = rng.random()
    if locale == "de_DE":
        if r < 0.5:
            pre, sub = rng.choice(["0151", "0152", "0160", "0171", "0176"]), rdigits(rng, 8)
            return rng.choice(
                [f"{pre} {sub}", f"+49 {pre[1:]} {sub[:4]} {sub[4:]}", f"{pre}/{sub}"]
            ), sub
        area, n = rng.choice(
            [("030", 8), ("089", 7), ("040", 8), ("0221", 7), ("069", 8), ("0711", 7)]
        )
        sub = rng.choice("23456789") + rdigits(rng, n - 1)
        return rng.choice(
            [f"{area} {sub}", f"{area}/{sub}", f"+49 (0){area[1:]} {sub}", f"+49 {area[1:]} {sub}"]
        ), sub
    if locale == "en_AU":
        if r < 0.5:
            sub = rdigits(rng, 8)
            return rng.choice(
                [f"04{sub[:2]} {sub[2:5]} {sub[5:]}", f"+61 4{sub[:2]} {sub[2:5]} {sub[5:]}"]
            ), sub
        area = rng.choice(["02", "03", "07", "08"])
        sub = rng.choice("3456789") + rdigits(rng, 7)
        return rng.choice(
            [f"({area}) {sub[:4]} {sub[4:]}", f"+61 {area[1]} {sub[:4]} {sub[4:]}"]
        ), sub
    if locale == "en_CA":
        return _nanp(
            rng,
            ["416", "647", "604", "778", "514", "438", "613", "403", "780", "902", "204", "306"],
        )
    if locale == "en_US":
        return _nanp(
            rng,
            ["212", "646", "312", "415", "617", "206", "512", "303", "404", "503", "614", "702"],
        )
    if locale == "en_GB":
        if r < 0.45:
            sub = rng.choice("45789") + rdigits(rng, 8)
            return rng.choice(
                [
                    f"07{sub[:3]} {sub[3:]}",
                    f"+44 7{sub[:3]} {sub[3:]}",
                    f"07{sub[:3]} {sub[3:6]} {sub[6:]}",
                ]
            ), sub
        if r < 0.75:
            sub = rng.choice("378") + rdigits(rng, 7)
            return rng.choice(
                [
                    f"020 {sub[:4]} {sub[4:]}",
                    f"+44 20 {sub[:4]} {sub[4:]}",
                    f"(020) {sub[:4]} {sub[4:]}",
                ]
            ), sub
        area = rng.choice(["0161", "0113", "0131", "0141", "0117", "0121"])
        sub = rng.choice("2345689") + rdigits(rng, 6)
        return rng.choice(
            [f"{area} {sub[:3]} {sub[3:]}", f"+44 {area[1:]} {sub[:3]} {sub[3:]}"]
        ), sub
    if locale == "en_IE":
        if r < 0.55:
            pre, sub = (
                rng.choice(["083", "085", "086", "087", "089"]),
                rng.choice("2345689") + rdigits(rng, 6),
            )
            return rng.choice(
                [
                    f"{pre} {sub[:3]} {sub[3:]}",
                    f"+353 {pre[1:]} {sub[:3]} {sub[3:]}",
                    f"{pre}-{sub}",
                ]
            ), sub
        area, n = rng.choice([("01", 7), ("021", 7), ("091", 6), ("061", 6)])
        sub = rng.choice("2345689") + rdigits(rng, n - 1)
        return rng.choice(
            [f"({area}) {sub[:3]} {sub[3:]}", f"+353 {area[1:]} {sub[:3]} {sub[3:]}"]
        ), sub
    if locale == "en_IN":
        if r < 0.6:
            sub = rng.choice("6789") + rdigits(rng, 9)
            return rng.choice(
                [f"+91 {sub[:5]} {sub[5:]}", f"{sub[:5]} {sub[5:]}", f"+91-{sub}", f"0{sub}"]
            ), sub
        area = rng.choice(["022", "080", "011", "044", "033", "040"])
        sub = rng.choice("2346") + rdigits(rng, 7)
        return rng.choice(
            [f"{area} {sub[:4]} {sub[4:]}", f"+91 {area[1:]} {sub}", f"{area}-{sub}"]
        ), sub
    if locale == "es_ES":
        if r < 0.55:
            sub = rng.choice("67") + rdigits(rng, 8)
            return rng.choice(
                [
                    f"{sub[:3]} {sub[3:6]} {sub[6:]}",
                    f"+34 {sub[:3]} {sub[3:5]} {sub[5:7]} {sub[7:]}",
                    f"{sub[:3]} {sub[3:5]} {sub[5:7]} {sub[7:]}",
                ]
            ), sub
        area = rng.choice(["91", "93", "96", "95", "94"])
        sub = area + rdigits(rng, 7)
        return rng.choice(
            [f"{sub[:2]} {sub[2:5]} {sub[5:7]} {sub[7:]}", f"+34 {sub[:3]} {sub[3:6]} {sub[6:]}"]
        ), sub[2:]
    if locale == "fr_FR":
        first = rng.choice("1234567" if r < 0.5 else "67")
        sub = first + rdigits(rng, 8)
        pairs = " ".join(sub[i : i + 2] for i in range(1, 9, 2))
        return rng.choice(
            [f"0{first} {pairs}", f"+33 {first} {pairs}", f"0{first}.{pairs.replace(' ', '.')}"]
        ), sub[1:]
    if locale == "it_IT":
        if r < 0.55:
            sub = rng.choice(["320", "328", "333", "339", "347", "348", "366", "392"]) + rdigits(
                rng, 7
            )
            return rng.choice(
                [
                    f"{sub[:3]} {sub[3:6]} {sub[6:]}",
                    f"+39 {sub[:3]} {sub[3:]}",
                    f"{sub[:3]} {sub[3:]}",
                ]
            ), sub[3:]
        area, n = rng.choice([("06", 8), ("02", 8), ("011", 7), ("055", 7), ("051", 7), ("081", 7)])
        sub = rng.choice("2345678") + rdigits(rng, n - 1)
        return rng.choice(
            [f"{area} {sub}", f"+39 {area} {sub[:4]} {sub[4:]}", f"{area}/{sub}"]
        ), sub
    if locale == "nl_NL":
        if r < 0.55:
            sub = rng.choice("12345") + rdigits(rng, 7)
            return rng.choice(
                [f"06-{sub}", f"06 {sub[:2]} {sub[2:4]} {sub[4:6]} {sub[6:]}", f"+31 6 {sub}"]
            ), sub
        area = rng.choice(["020", "010", "030", "070", "040", "050"])
        sub = rng.choice("2345678") + rdigits(rng, 6)
        return rng.choice(
            [f"{area}-{sub}", f"{area} {sub[:3]} {sub[3:]}", f"+31 {area[1:]} {sub}"]
        ), sub
    if locale == "pt_BR":
        ddd = rng.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85"])
        if r < 0.6:
            sub = "9" + rng.choice("6789") + rdigits(rng, 7)
            return rng.choice(
                [f"({ddd}) {sub[:5]}-{sub[5:]}", f"+55 {ddd} {sub[:5]}-{sub[5:]}", f"{ddd} {sub}"]
            ), sub
        sub = rng.choice("2345") + rdigits(rng, 7)
        return rng.choice([f"({ddd}) {sub[:4]}-{sub[4:]}", f"+55 {ddd} {sub[:4]}-{sub[4:]}"]), sub
    raise KeyError(locale)


def ip(rng: random.Random) -> tuple[str, list[str]]:
    """(address, fragments): IPv4 4-digit windows come from the caller; IPv6 gives its groups."""
    if rng.random() < 0.2:
        groups = ["2a02", f"{rng.randint(4096, 65535):x}"]
        groups += [f"{rng.randint(4096, 65535):x}" for _ in range(4)]
        text = ":".join(groups[:4]) + "::" + ":".join(groups[4:])
        return text, groups[1:]
    while True:
        a = rng.choice([31, 46, 62, 77, 81, 85, 91, 109, 138, 151, 178, 185, 193, 203, 212, 217])
        text = f"{a}.{rng.randint(10, 254)}.{rng.randint(10, 254)}.{rng.randint(10, 254)}"
        if len(text.replace(".", "")) >= 8:
            return text, []
