"""Is a grouped number laid out exactly as some country writes its phones? (review rev16 F9)

The order and invoice keeps refuse a number that is a phone as the cue's regions write it, but
they knew a dozen plans: "Commande n° 77 123 45 67" (a Senegalese mobile in its own grouping),
"pasūtījums 29 123 456" (Latvian) were kept. A spaced or dashed number whose groups are the
national format of a region where its digits are a valid number is a phone as written, for
every region the ``phonenumbers`` metadata knows. Only the keeps' candidates are asked.
"""

from __future__ import annotations

import re
import re._parser as _sre_parser  # the regex parser, to read each format group's width
from functools import cache, lru_cache
from re._constants import BRANCH as _BRANCH
from re._constants import MAX_REPEAT as _MAX_REPEAT
from re._constants import MIN_REPEAT as _MIN_REPEAT
from re._constants import POSSESSIVE_REPEAT as _POSSESSIVE_REPEAT
from re._constants import SUBPATTERN as _SUBPATTERN

import phonenumbers

_NATIONAL = phonenumbers.PhoneNumberFormat.NATIONAL
_GROUP = re.compile(r"\d+")
_LAYOUT = re.compile(r"\d+(?:[ .\-\u00a0]\d+)+")  # digit groups, one separator between each
# a year and a serial ("2021-0734"): the reference layout the keeps allow (``references``)
_YEAR_SERIAL = re.compile(r"(?:19|20)\d\d-\d{3,}")


@cache
def _regions_by_length() -> dict[int, tuple[str, ...]]:
    """For each written length, the regions whose plan has a number of that length, written
    bare or after the national (trunk) prefix; built once, on the first grouped candidate."""
    out: dict[int, set[str]] = {}
    for region in phonenumbers.SUPPORTED_REGIONS:
        meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
        if meta is None:
            continue
        prefix = len(meta.national_prefix or "")
        for n in meta.general_desc.possible_length:
            out.setdefault(n, set()).add(region)
            if prefix:
                out.setdefault(n + prefix, set()).add(region)
    return {n: tuple(sorted(regions)) for n, regions in out.items()}


# A region's national formats as written groups: each ``NumberFormat``'s template ("\\1 \\2-\\3",
# its national prefix rule "0\\1" or "(8 \\1)" put in for the first group, as ``phonenumbers``
# does) read into the digit runs it writes, each run's length range taken from the format
# pattern's groups. Both templates (with and without the rule) count, so the shapes are a
# superset of what ``format_number`` can write; a region whose pattern cannot be read is always
# asked (rev17 F11: the candidates before any parse, identical answers).
_REF = re.compile(r"\\(\d)")
_FIRST_GROUP = re.compile(r"(\\\d)")  # ``phonenumberutil._FIRST_GROUP_PATTERN``
Shape = tuple[tuple[int, int], ...]


def _group_widths(pattern: str) -> dict[int, tuple[int, int]] | None:
    """Capturing group -> (min, max) characters it matches, or None where unreadable."""
    try:
        parsed = _sre_parser.parse(pattern)
    except Exception:  # noqa: BLE001 - any unreadable pattern: the region is always asked
        return None
    widths: dict[int, tuple[int, int]] = {}
    stack = [parsed]
    while stack:
        for op, av in stack.pop():
            if op is _SUBPATTERN:
                if av[0] is not None:
                    widths[av[0]] = av[-1].getwidth()
                stack.append(av[-1])
            elif op is _BRANCH:
                stack.extend(av[1])
            elif op in (_MAX_REPEAT, _MIN_REPEAT, _POSSESSIVE_REPEAT):
                stack.append(av[2])
    return widths


def _template_shape(template: str, widths: dict[int, tuple[int, int]]) -> Shape | None:
    """The digit runs ``template`` writes, each as (min, max) digits; None where a group is
    unknown or may be empty (its neighbours could merge)."""
    runs: list[tuple[int, int]] = []
    lo = hi = 0
    pos = 0
    while pos < len(template):
        ref = _REF.match(template, pos)
        if ref is not None:
            width = widths.get(int(ref[1]))
            if width is None or width[0] == 0:
                return None
            lo, hi, pos = lo + width[0], hi + width[1], ref.end()
            continue
        if template[pos].isdigit():
            lo, hi = lo + 1, hi + 1
        elif hi:
            runs.append((lo, hi))
            lo = hi = 0
        pos += 1
    if hi:
        runs.append((lo, hi))
    return tuple(runs)


@cache
def _shapes() -> dict[str, tuple[Shape, ...] | None]:
    """Region -> the written shapes of its national formats (None: ask it always)."""
    out: dict[str, tuple[Shape, ...] | None] = {}
    for region in phonenumbers.SUPPORTED_REGIONS:
        meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
        if meta is None:
            continue
        shapes: set[Shape] | None = set()
        for fmt in meta.number_format:
            widths = _group_widths(fmt.pattern)
            rule = fmt.national_prefix_formatting_rule
            templates = [fmt.format]
            if rule:
                templates.append(_FIRST_GROUP.sub(lambda _m, r=rule: r, fmt.format, count=1))
            for template in templates:
                shape = None if widths is None else _template_shape(template, widths)
                if shape is None:
                    shapes = None
                    break
                shapes.add(shape)
            if shapes is None:
                break
        out[region] = None if shapes is None else tuple(shapes)
    return out


def _fits(shape: Shape, lengths: tuple[int, ...]) -> bool:
    return len(shape) == len(lengths) and all(
        a <= n <= b for (a, b), n in zip(shape, lengths, strict=True)
    )


@lru_cache(maxsize=1024)
def _candidates(lengths: tuple[int, ...]) -> tuple[str, ...]:
    """The regions of the written length some national format of which writes these groups."""
    shapes = _shapes()
    return tuple(
        region
        for region in _regions_by_length().get(sum(lengths), ())
        if (s := shapes.get(region, None)) is None or any(_fits(x, lengths) for x in s)
    )


@lru_cache(maxsize=4096)
def national_layout(
    token: str, *, year_serial: bool = False, regions: frozenset[str] | None = None
) -> bool:
    """``token`` ("77 123 45 67", "8845-1234") has the digit groups of the national format of
    some region (of ``regions``, if given) for which its digits are a valid number. A year and
    serial ("2021-0734") is a reference's layout and never a phone unless ``year_serial`` (the
    invoice keep asks whether the cue's regions print a phone so)."""
    if _LAYOUT.fullmatch(token) is None or (not year_serial and _YEAR_SERIAL.fullmatch(token)):
        return False
    groups = _GROUP.findall(token)
    digits = "".join(groups)
    if not 7 <= len(digits) <= 13:
        return False
    for region in _candidates(tuple(len(g) for g in groups)):
        if regions is not None and region not in regions:
            continue
        try:
            number = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(number):
            continue
        written = _GROUP.findall(phonenumbers.format_number(number, _NATIONAL))
        if written == groups:
            return True
    return False
