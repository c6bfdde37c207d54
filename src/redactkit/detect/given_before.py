"""The given name before a propagated surname: a relative or namesake of a redacted person.

Propagation finds every mention of a redacted person's surname alone ("Ms. Roe said"), but a
mention that comes with another given name ("a neighbour, Ada Roe, saw it": the source was
"Ms. Roe" or "Jon Roe") left that given name visible: the source's completion looks only at the
source itself. Here the token right before such a surname-alone mention, on the same line, joins
the name when

* it is capitalised like a name and stands mid-sentence (not after a sentence end, a colon or at
  the start of a line);
* it is no stop word, title, rank, direction, place or institution word, and no English word
  in the surname lists ("Park", "Hall");
* on an ALL-CAPS line, where every word is capitalised, it is a census given name;
* the surname does not run on into another capitalised word ("Roe Street", "ROE FARMS").

Likewise the surname particles right before a redacted name that NER or a recognizer cut off
("DE LA" of "DE LA ROE, ADA" in a log cell, "van" of "van Roe"): two or more particles, or one
of de/del/della/des/di/da/dos/das/du/van/von/der/den/la/le/lo (a lone two-letter capital one only
at the start of its line, where it cannot be a state code after a plate).
"""

from __future__ import annotations

import regex as re

from ..model import Finding
from ..policy import Policy
from .lexicon import (
    DIRECTIONS,
    INSTITUTION_WORDS,
    PARTICLES,
    PLACE_WORDS,
    REGEX_FLAGS,
    STOP_WORDS,
    is_given_name,
    surname_kind,
)

__all__ = ["RECOGNIZER", "given_before_findings"]

#: The ``recognizer`` of the findings made here.
RECOGNIZER = "given-before-surname"

_BEFORE = re.compile(r"(?<![\w.'’-])(?P<tok>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*|\p{Lu}{2,})[ \t]+$", REGEX_FLAGS)
_AFTER_CAP = re.compile(r"[ \t]+\p{Lu}")
_PARTICLE_RUN = re.compile(r"(?<![\w.'’-])(?P<run>(?:[\p{L}.'’]+[ \t]+){1,3})$", REGEX_FLAGS)
_DATE_END = re.compile(r"\p{L}{3,}\.?[ \t]+\d{1,2},[ \t]+(?:19|20)\d\d$")
_LONE = frozenset("de del della des di da dos das du van von der den la le lo".split())


def given_before_findings(text: str, findings: list[Finding], policy: Policy) -> list[Finding]:
    """PERSON findings for a given name right before a propagated surname-alone mention."""
    if "PERSON" not in policy.redact:
        return []
    kept = [(f.start, f.end) for f in findings if f.entity in policy.keep and f.entity != "DATE_TIME"]
    taken = [(f.start, f.end) for f in findings if f.entity == "PERSON"]
    out: list[Finding] = []
    threshold = policy.threshold("PERSON")
    for f in findings:
        if f.entity == "PERSON" and f.score >= threshold and not policy.is_allowed(f.text):
            p = _particles(text, f)
            if p and not any(a < p[1] and p[0] < b for a, b in kept + taken):
                out.append(Finding.make("PERSON", *p, text[p[0]:p[1]], f.score, RECOGNIZER,
                                        f"surname particles right before '{f.text}'"))
                taken.append(p)
        if f.recognizer != "propagation" or ": surname alone" not in f.explanation \
                or "also a word" in f.explanation:
            continue
        line_start = text.rfind("\n", 0, f.start) + 1
        m = _BEFORE.search(text[line_start:f.start])
        if not m or _AFTER_CAP.match(text, f.end):
            continue
        s, e = line_start + m.start("tok"), line_start + m.end("tok")
        tok = m.group("tok")
        if not _name_like(tok, text[line_start:f.end]):
            continue
        prev = text[line_start:s].rstrip(" \t")
        if not prev or prev[-1] in ".!?:;|" or prev[-1].isdigit() and not _DATE_END.search(prev):
            continue  # a sentence, form line or cell starts here: the word may be anything
            # (but not after a date in prose: "On May 2, 2026 Ada Roe called")
        if any(a < e and s < b for a, b in kept + taken):
            continue
        out.append(Finding.make("PERSON", s, e, tok, f.score, RECOGNIZER,
                                f"given name right before '{f.text}', a propagated surname"))
        taken.append((s, e))
    return out


def _name_like(tok: str, line: str) -> bool:
    cap = tok.capitalize()
    if tok in STOP_WORDS or cap in STOP_WORDS or tok.upper() in DIRECTIONS:
        return False
    if cap in PLACE_WORDS or cap in INSTITUTION_WORDS or surname_kind(tok) == "word":
        return False
    if tok.isupper():
        # every word of an ALL-CAPS line is capitalised: only a census given name says 'name'
        return not any(c.islower() for c in line) and is_given_name(tok)
    return True


def _particles(text: str, f: Finding) -> tuple[int, int] | None:
    """The span of the surname particles right before ``f`` on its line, or ``None``."""
    line_start = text.rfind("\n", 0, f.start) + 1
    m = _PARTICLE_RUN.search(text[line_start:f.start])
    if not m or not f.text[:1].isupper():
        return None
    toks = m.group("run").split()
    # keep only the trailing run of particles
    while toks and toks[0].lower() not in PARTICLES:
        toks.pop(0)
    if not toks or any(t.lower() not in PARTICLES for t in toks):
        return None
    if len(toks) == 1:
        t = toks[0]
        if t.lower() not in _LONE:
            return None
        if t.isupper() and text[line_start:f.start].strip() != t:
            return None
    run = " ".join(toks)
    s = text.rfind(toks[0], line_start, f.start)
    if s < 0 or " ".join(text[s:f.start].split()) != run:
        return None
    return s, s + len(text[s:f.start].rstrip(" \t"))
