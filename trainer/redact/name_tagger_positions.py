"""The positional columns of the name tagger's candidates (``name_tagger_features``): whether a
candidate starts a sentence, its record key and the key's class, the token it is glued to, and
the case of its line; read per candidate from the token offsets (a candidate's line is found
around it, never split out of the whole text).
"""

from __future__ import annotations

from bisect import bisect_right

from trainer.redact.name_tagger_tokens import Tokens

SENTENCE_END = {".", "!", "?", ":", ";", "\n"}
_LINE_CASE = {"upper": 4, "lower": 5, "mixed": 6}
_NO_GLUE, _FIRST, _INSIDE = 3, 1, 2


def positions(
    tokens: Tokens, keys: list[int] | None, order: list[int], key_hashes: list[tuple[int, int]]
) -> tuple[list[int], list[int]]:
    """([B, K, KC, G, LC] of each candidate in ``order``, one after another: whether it starts a
    sentence, the hashes of its record key and of the key's class (``keys``: each token's row
    of ``key_hashes``; None: no field), no glue, the case of its line; the candidates glued to
    the token before them, whose G is that token's word column)."""
    text, toks, ends = tokens.text, tokens.toks, tokens.ends
    key, key_cls = key_hashes[0]
    lines = {} if "\n" in text else None  # line start -> the line's case
    line_at, line = 0, line_case(text, 0) if lines is None else 0
    out: list[int] = []
    glued = []
    for c, i in enumerate(order):
        start = ends[i] - len(toks[i])
        if lines is not None:
            line_at = text.rfind("\n", 0, start) + 1  # where the token's line starts
            line = lines.get(line_at)
            if line is None:
                line = lines[line_at] = line_case(text, line_at)
        if i:
            gap = ends[i - 1]  # the white space before the token: text[gap:start]
            first = toks[i - 1] in SENTENCE_END or line_at > gap  # or a line break in it
            if gap == start:
                glued.append(c)
        else:
            first = True
        if keys:
            key, key_cls = key_hashes[keys[i]]
        out += (_FIRST if first else _INSIDE, key, key_cls, _NO_GLUE, line)
    return out, glued


def starting_before(tokens: Tokens, at: int) -> int:
    """How many tokens start before offset ``at`` (``bisect_left`` of their starts)."""
    ends, toks = tokens.ends, tokens.toks
    i = bisect_right(ends, at)  # those that end by ``at`` ...
    if i < len(ends) and ends[i] - len(toks[i]) < at:
        i += 1  # ... and one that starts before it and ends after it
    return i


def line_case(text: str, at: int) -> int:
    """The case code of the line of ``text`` that starts at ``at``: all capitals, no capitals,
    mixed."""
    end = text.find("\n", at)
    line = text[at:] if end < 0 else text[at:end]
    return _LINE_CASE["upper" if line.isupper() else "lower" if line.islower() else "mixed"]
