"""A redacted street address's house number said alone: "we live next door to 4417".

Once a record gives a private street address ("4417 Quarry Bend Ct"), people in it point at
the house by its number ("the car was parked in front of 4417", "she ran out of 4417").
The number alone is that address. Taken only after a place preposition (in, from, to, near,
outside, behind, front of, next door to ...), never after "at" (a time: "at 1131 hours"), nor
before a time word, nor as part of a longer number, a date or an amount; and only a number
of three to six digits that starts a redacted ADDRESS finding (not a public party's kept address).
"""

from __future__ import annotations

import regex as re

from ..model import Finding
from ..policy import Policy
from ._spans import SpanMask
from .lexicon import REGEX_FLAGS

__all__ = ["RECOGNIZER", "house_number_findings"]

#: The ``recognizer`` of the findings made here.
RECOGNIZER = "house-number"

_HOUSE = re.compile(r"\d{3,6}(?=[ \t]+\S)", REGEX_FLAGS)
_BEFORE = re.compile(
    r"(?i:\b(?:in|from|to|into|near|outside|inside|behind|beside|past|by|of|across[ \t]+from|next[ \t]+door"
    r"[ \t]+to|in[ \t]+front[ \t]+of))[ \t]+$", REGEX_FLAGS)
_AFTER_TIME = re.compile(r"[ \t]*(?i:h\b|hrs\b|hours\b|hr\b|a\.?m\b|p\.?m\b|o['’]clock|:\d)", REGEX_FLAGS)


def house_number_findings(text: str, findings: list[Finding], policy: Policy) -> list[Finding]:
    """ADDRESS findings for a redacted address's house number said alone (see module doc)."""
    if "ADDRESS" not in policy.redact:
        return []
    threshold = policy.threshold("ADDRESS")
    public = SpanMask(len(text), [(f.start, f.end) for f in findings if f.entity == "PUBLIC_PLACE"])
    numbers = {m.group(0) for f in findings if f.entity == "ADDRESS" and f.score >= threshold
               and (m := _HOUSE.match(f.text)) and not public.any(f.start, f.start + len(m.group(0)))}
    if not numbers:
        return []
    covered = SpanMask(len(text), [(f.start, f.end) for f in findings if f.entity != "DATE_TIME"
                                   and (f.entity in policy.redact or f.entity in policy.keep)])
    out: list[Finding] = []
    for number in sorted(numbers):
        for m in re.finditer(rf"(?<![\w.,/:$-]){number}(?![\w/-]|[.,:]\d)", text):
            s, e = m.span()
            if covered.any(s, e) or not _BEFORE.search(text, max(0, s - 20), s) \
                    or _AFTER_TIME.match(text, e):
                continue
            out.append(Finding.make("ADDRESS", s, e, number, 0.7, RECOGNIZER,
                                    f"house number of a redacted street address ('{number} ...') said alone"))
    return out
