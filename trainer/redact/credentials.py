"""Credentials pasted into a post: a value after an explicit password label, API keys and tokens
in their issuers' fixed formats, and private-key blocks (review rev22 #11).

A password, a Wi-Fi key or an API key is an access secret, as a meeting link is
(docs/redaction.md): it opens a member's account or home network. They are redacted as SECRET.

- Password labels in our languages ("password", "Passwort", "Kennwort", "pwd", "mot de passe",
  "mdp", "contraseña", "senha", "wachtwoord", "hasło", "şifre", "lösenord", "passcode", ...,
  "WLAN-Passwort") with ":" or "=" right after them: the next token goes unless it is a mask
  ("*****") or a word that describes the field ("Password: required"). After "is", "ist",
  "lautet", "est", "es" or a few words ("password for the guest wifi: ..."), the token must look
  like a password (a digit, a symbol or an inner capital), so "the password is wrong" stays.
- API keys and tokens by their fixed prefixes and lengths: OpenAI/Anthropic "sk-" keys, AWS
  access key ids ("AKIA" + 16) and the 40-character secret after one, GitHub ("ghp_", ...,
  "github_pat_"), GitLab ("glpat-"), Slack ("xoxb-", "xoxp-", ...), Google ("AIza" + 35), Stripe
  ("sk_live_"), SendGrid ("SG."), npm, Hugging Face, JWTs ("eyJ….eyJ….…") and a "Bearer" token.
- A generic key label ("api_key", "secret", "token", "client_secret", "access token") with ":"
  or "=": a value of 16 or more key characters holding a letter and a digit.
"""

from __future__ import annotations

import re

from trainer.redact import prefilter
from trainer.redact.hits import Hit
from trainer.redact.person_words import COMMON

_PASSWORD_LABELS = frozenset(
    """password passwort passwd pwd pw kennwort mdp contraseña contrasenya senha wachtwoord hasło
    şifre lösenord salasana passord adgangskode passcode passphrase netzwerkschlüssel""".split()
) | {"mot de passe", "wifi key", "wlan key", "wlan schlüssel", "pin code"}
_KEY_LABELS = frozenset(
    {"api key", "apikey", "secret", "secret key", "client secret", "access token", "auth token",
     "token", "bearer", "private key", "secret access key"}
)
prefilter.register("password_label", _PASSWORD_LABELS)
prefilter.register("key_label", _KEY_LABELS)

# Words between a password label and its colon ("password for the guest wifi:", "Passwort
# vom WLAN:", "mot de passe du réseau :"); any other word ("password reset requested user=")
# is a clause, not a label.
_QUALIFIER = (
    r"(?i:for|for the|of|of the|to|my|our|your|the|home|guest|wifi|wi-fi|wlan|network|router|"
    r"account|admin|für|fürs|für das|für den|vom|zum|das|den|mein|unser|du|de|de la|del|da|do|"
    r"dos|van|voor|het|réseau|reseau|red|rede|netwerk|netzwerk|invité|invités|gäste|gast|"
    r"invitados|convidados)(?:-\w+)?(?![\w-])"
)
# Right after a password label: a colon or "=" (strong), or a verb of being / a few words before
# a colon (weak: the value must look like a password).
_AFTER_PASSWORD = re.compile(
    r"(?:[ \t]*(?P<strong>[:=：])|[ \t]+(?P<verb>is|ist|lautet|est|es|é|è|era|was|are)(?=[ \t])"
    r"|(?P<words>(?:[ \t(]+" + _QUALIFIER + r"){1,4}[ \t)]*[:=]))"
    r"[ \t]*[\"'„“«‚]?(?P<val>[^\s\"'“”»‘’,;]+)"
)
_MASK = re.compile(r"[*•·x.#-]+|\[[^\]]*\]|<[^>]*>", re.IGNORECASE)
# Words that describe a password field rather than fill it ("Password: required").
_FIELD_WORDS = frozenset(
    """required optional none n/a na same unchanged hidden see below above reset changed
    forgotten incorrect wrong invalid expired protected manager redacted empty blank tbd
    erforderlich vergessen falsch geändert obligatoire oublié requis obligatorio olvidada
    incorrecta click tap enter use ask contact check follow type klicken hier cliquez ici
    haga""".split()
)
_EMAIL_LIKE = re.compile(r"\w@[\w-]+\.\w")
_PASSWORD_SHAPE = re.compile(r"\d|[^\w\s]|[a-z][A-Z]")

# API keys and tokens in their issuers' formats.
# Where a token may start: its prefix is a word of the prefilter's keyword pass ("sk" of
# "sk-proj-...", "ghp" of "ghp_...") or, glued to the key, one of four substrings; the pattern
# is tried only there (no pass over every post).
prefilter.register(
    "token_prefix",
    {"sk", "rk", "pk", "ghp", "gho", "ghu", "ghs", "ghr", "github pat", "glpat", "xoxa", "xoxb",
     "xoxp", "xoxo", "xoxs", "xoxr", "sg", "npm", "hf"},
)  # fmt: skip
_GLUED_PREFIXES = ("AKIA", "ASIA", "AIza", "eyJ")
_TOKEN = re.compile(
    r"(?<![\w-])(?:"
    r"sk-(?:proj-|svcacct-|admin-|ant-(?:api\d\d-)?)?[A-Za-z0-9_-]{20,}"
    r"|(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}"
    r"|(?:AKIA|ASIA)[A-Z0-9]{16}"
    r"|gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,}|glpat-[A-Za-z0-9_-]{20,}"
    r"|xox[abposr]-[A-Za-z0-9-]{10,}"
    r"|AIza[0-9A-Za-z_-]{35}"
    r"|SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}"
    r"|npm_[A-Za-z0-9]{36}|hf_[A-Za-z0-9]{30,}"
    r"|eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"
    r")(?![\w-])"
)
_AWS_KEY_ID = re.compile(r"(?:AKIA|ASIA)[A-Z0-9]{16}")
# The 40-character AWS secret access key, after a key id or a secret label.
_AWS_SECRET = re.compile(r"(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])")
_KEY_VALUE = re.compile(
    r"[\"']?[ \t]*(?:[:=：]|=>)[ \t]*[\"']?(?:Bearer[ \t]+)?(?P<val>[A-Za-z0-9_\-./+=~]{16,})"
)
_BEARER = re.compile(r"[ \t]+(?P<val>[A-Za-z0-9_\-./+=~]{16,})")
_PRIVATE_KEY = re.compile(
    r"-----BEGIN (?:[A-Z]+ )*PRIVATE KEY(?: BLOCK)?-----.*?(?:-----END (?:[A-Z]+ )*PRIVATE KEY"
    r"(?: BLOCK)?-----|\Z)",
    re.DOTALL,
)


def find_credentials(text: str) -> list[Hit]:
    """SECRET hits: password values after their label, API keys and tokens, private keys."""
    hits: list[Hit] = []
    found = prefilter.keywords(text)
    for _, end in found.get("password_label", ()):
        span = _password_after(text, end)
        if span is not None:
            hits.append(("SECRET", *span))
    for start, end in found.get("key_label", ()):
        span = _key_after(text, start, end)
        if span is not None:
            hits.append(("SECRET", *span))
    starts = [start for start, _ in found.get("token_prefix", ())]
    # an AWS key id, a Google key or a JWT has a letter touching a digit (a cached scan)
    for prefix in _GLUED_PREFIXES if prefilter.letter_digit_contacts(text) else ():
        pos = text.find(prefix)
        while pos != -1:
            starts.append(pos)
            pos = text.find(prefix, pos + 1)
    for pos in starts:
        m = _TOKEN.match(text, pos)
        if m is not None and _mixed(m.group()):
            hits.append(("SECRET", m.start(), m.end()))
            if _AWS_KEY_ID.fullmatch(m.group()):
                hits += _aws_secret_after(text, m.end())
    if "PRIVATE KEY" in text:
        hits += [("SECRET", *m.span()) for m in _PRIVATE_KEY.finditer(text)]
    return hits


def _password_after(text: str, end: int) -> tuple[int, int] | None:
    """The value after a password label ending at ``end``, or None when none is written."""
    m = _AFTER_PASSWORD.match(text, end)
    if m is None:
        return None
    a, b = m.span("val")
    while b > a and text[b - 1] in ".!?)…":
        b -= 1
    value = text[a:b]
    if not value or _MASK.fullmatch(value) or value.lower() in _FIELD_WORDS:
        return None
    if _EMAIL_LIKE.search(value) or "://" in value:
        return None  # "password reset for jane@x.com": an address, the e-mail rules' to type
    if m.group("strong"):
        return a, b
    if _PASSWORD_SHAPE.search(value) or value.lower() not in COMMON:
        return a, b
    return None  # "the password is wrong", "Passwort ist sicher"


def _key_after(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A key or token after a generic key label ("api_key = ...", "Bearer ...")."""
    label = text[start:end].lower()
    m = (_BEARER if label == "bearer" else _KEY_VALUE).match(text, end)
    if m is None:
        return None
    value = m.group("val").rstrip(".")
    if not _mixed(value) or "://" in value:
        return None
    return m.start("val"), m.start("val") + len(value)


def _aws_secret_after(text: str, end: int) -> list[Hit]:
    """The AWS secret access key written within a line or two after its key id."""
    m = _AWS_SECRET.search(text, end, min(len(text), end + 120))
    if m is None or not _mixed(m.group()):
        return []
    return [("SECRET", m.start(), m.end())]


def _mixed(value: str) -> bool:
    """A key holds letters and digits; a word or a number does not."""
    return any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
