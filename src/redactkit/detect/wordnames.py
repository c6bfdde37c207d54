"""Names that are also words or months, where the sentence shows they name the person.

Propagation never searches a name part that is first of all an ordinary word or a month alone
("Grant", "June"): most of its occurrences are the word. Two places where it is the person:

* the part stands as the subject of a verb of saying or doing ("Grant said ...", "June stayed
  inside"; any verb by its shape: "Grant dials", "Grant phoned"), not after a determiner or a
  time preposition ("the grant", "in June"), or as a transcript speaker label at a line start
  ("GRANT:");
* a month that is also a given name stands right before a redacted surname ("Lyle and June
  Roe"): then it is that person's given name, and its other subject uses count as above.
"""

from __future__ import annotations

import regex as re

from ..model import Finding
from ..policy import Policy
from ._spans import SpanMask
from .lexicon import CALENDAR_WORDS, COMMON_WORDS, EVERYDAY_WORDS, REGEX_FLAGS

__all__ = ["RECOGNIZER", "word_name_findings"]

#: The ``recognizer`` of the findings made here.
RECOGNIZER = "word-name"

_VERBS = (r"said|says|stated|told|reported|stayed|ran|went|called|came|left|drove|walked|yelled|screamed"
          r"|asked|advised|explained|admitted|denied|answered|replied|agreed|refused|returned|arrived|lives"
          r"|lived|works|worked|saw|heard|knew|wants|wanted|got|gave|took|showed|tried|began|stood|sat")
#: Any other verb in the third person or the past, by its shape ("Grant dials", "Grant phoned"): after
#: a redacted person's own surname the word is that person doing something.
_VERB_SHAPE = r"\p{Ll}{2,}(?<!ss)(?<!ous)(?<!is)(?<!us)s|\p{Ll}{2,}ed"
#: Words before a month or a word that make it the word ("in June", "the grant", "early May").
_WORD_BEFORE = re.compile(
    r"(?i:\b(?:the|a|an|in|on|of|since|early|late|mid|until|till|by|this|last|next|every|each|from"
    r"|through|to|for|during|before|after|that|his|her|their|my|our|your))[ \t]+$"
)
_GIVEN_MONTHS = frozenset({"April", "May", "June", "July", "August"})
_TOKEN = re.compile(r"\p{Lu}\p{Ll}{2,}")


def _wordlike(tok: str) -> bool:
    return tok in COMMON_WORDS or tok in EVERYDAY_WORDS or tok in CALENDAR_WORDS


def word_name_findings(text: str, findings: list[Finding], policy: Policy) -> list[Finding]:
    """PERSON findings for word-like name parts used as a person in the sentence (see module doc)."""
    if "PERSON" not in policy.redact:
        return []
    threshold = policy.threshold("PERSON")
    persons = [f for f in findings if f.entity == "PERSON" and f.score >= threshold
               and not policy.is_allowed(f.text)]
    # (NER's generic DATE_TIME on "June" does not keep it: plan lets a name override generic spans)
    kept = [(f.start, f.end) for f in findings if f.entity in policy.keep and f.entity != "DATE_TIME"]
    covered = SpanMask(len(text), [(f.start, f.end) for f in persons])
    blocked = SpanMask(len(text), kept)
    out: list[Finding] = []
    added = SpanMask(len(text))
    words: dict[str, str] = {}
    for f in persons:
        name = " ".join(f.text.split())
        toks = _TOKEN.findall(name)
        if len(name.split()) >= 2:
            for t in toks:
                if _wordlike(t):
                    words.setdefault(t, name)
        # "Lyle and June Roe": a given-name month right before a redacted name on the line
        m = re.search(r"(?<![\w'’-])(\p{Lu}\p{Ll}+)[ \t]+$", text[max(0, f.start - 12):f.start])
        if m and m.group(1) in _GIVEN_MONTHS:
            s = f.start - (len(text[max(0, f.start - 12):f.start]) - m.start(1))
            if not _WORD_BEFORE.search(text[max(0, s - 12):s]) and not blocked.any(s, f.start):
                out.append(Finding.make("PERSON", s, s + len(m.group(1)), m.group(1), f.score, RECOGNIZER,
                                        f"given name '{m.group(1)}' right before PERSON '{name}'"))
                added.mark(s, s + len(m.group(1)))
                words.setdefault(m.group(1), f"{m.group(1)} {name}")
    for tok, name in words.items():
        rx = re.compile(rf"(?<![\w'’-]){re.escape(tok)}(?=[ \t]+(?:{_VERBS}|{_VERB_SHAPE})\b)", REGEX_FLAGS)
        # a transcript speaker label at a line start ("ROE:", "Grant:") is the person speaking
        sx = re.compile(rf"(?m)^[ \t]*\K(?:{re.escape(tok)}|{re.escape(tok.upper())})(?=[ \t]*:)",
                        REGEX_FLAGS)
        for m in [*rx.finditer(text), *sx.finditer(text)]:
            s, e = m.span()
            if covered.any(s, e) or added.any(s, e) or blocked.any(s, e):
                continue
            if _WORD_BEFORE.search(text[max(0, s - 12):s]):
                continue
            how = "as a transcript speaker label" if m.re is sx else "as the subject of a verb"
            out.append(Finding.make("PERSON", s, e, text[s:e], 0.8, RECOGNIZER,
                                    f"'{tok}' of PERSON '{name}' {how}"))
            added.mark(s, e)
    return out
