"""A name in prose whose double-barrelled surname wraps onto the next line ("from Ada" / "Roe-Vance (...").

spaCy reads a line break inside a sentence as a boundary and finds neither part; no recognizer
saw the name, so propagation had nothing to spread. Here a capitalised word that ends a line right
after a lower-case word (mid-sentence) and the hyphenated pair of capitalised words that starts the
next line are one person's name when no part is an English word and a last surname part is a census
surname; the word before the line break must be a lower-case one, so a place after a
direction or a title ("North" / "Vance-Obi") is not read as a given name.
"""

from __future__ import annotations

import regex as re

from ..model import Finding
from ..policy import Policy
from .lexicon import CALENDAR_WORDS, COMMON_WORDS, EVERYDAY_WORDS, REGEX_FLAGS, surname_kind
from .widefallback import english_words

__all__ = ["RECOGNIZER", "wrapped_surname_findings"]

#: The ``recognizer`` of the findings made here.
RECOGNIZER = "wrapped-double-surname"

_SHAPE = re.compile(
    r"(?<=\b\p{Ll}{2,}[ \t]+)(?P<given>\p{Lu}\p{Ll}{2,})[ \t]*\n[ \t]*"
    r"(?P<sur>\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+)(?![\w-])",
    REGEX_FLAGS,
)


def _plain(word: str) -> bool:
    return not (word.lower() in english_words() or word in COMMON_WORDS or word in EVERYDAY_WORDS
                or word in CALENDAR_WORDS)


def wrapped_surname_findings(text: str, findings: list[Finding], policy: Policy) -> list[Finding]:
    """PERSON findings for a given name ending a prose line before its wrapped double surname."""
    if "PERSON" not in policy.redact:
        return []
    taken = [(f.start, f.end) for f in findings if f.entity in policy.keep or f.entity == "PERSON"]
    out: list[Finding] = []
    for m in _SHAPE.finditer(text):
        parts = m.group("sur").split("-")
        if not (_plain(m.group("given")) and all(_plain(p) for p in parts)
                and all(surname_kind(p) == "name" for p in parts[1:])):
            continue
        s, e = m.span()
        if any(ks < e and s < ke for ks, ke in taken):
            continue
        out.append(Finding.make("PERSON", s, e, text[s:e], 0.7, RECOGNIZER,
                                "given name ending a prose line before its hyphenated surname"))
    return out
