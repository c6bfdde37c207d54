"""The given name before a propagated surname: a relative or namesake of a redacted person.

Propagation finds every mention of a redacted person's surname alone ("Ms. Roe said"), but a
mention that comes with another given name ("a neighbour, Ada Roe, saw it": the source was
"Ms. Roe" or "Jon Roe") left that given name visible: the source's completion looks only at the
source itself. NER, too, may tag only the surname of a name whose given name it does not know
("Tuuli Roe"). Here the words right before such a surname alone (a propagated mention, or a
one-word PERSON span that is no census given name and no English word), on the same line or at the
end of the prose line above, join the name, one by one leftwards ("Ada Lee Roe"), when

* it is capitalised like a name ("Ada", "Min-seo") and stands mid-sentence; after a sentence end,
  a colon or a semicolon only a census name, one space from the surname and not after a rank;
* it is no stop word, title, rank, role, lead-in, offence, direction, place or institution word,
  and no English word in the surname lists ("Park", "Hall");
* on an ALL-CAPS line, where every word is capitalised, the census knows it as a name;
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
from .fallback import word_may_be_name
from .lexicon import (
    COMMON_WORDS,
    DIRECTIONS,
    INSTITUTION_WORDS,
    LEAD_INS,
    OFFENCE_WORDS,
    PARTICLES,
    PLACE_WORDS,
    RANKS,
    REGEX_FLAGS,
    ROLE_TITLES,
    STOP_WORDS,
    is_given_name,
    surname_kind,
)

__all__ = ["RECOGNIZER", "given_before_findings"]

#: The ``recognizer`` of the findings made here.
RECOGNIZER = "given-before-surname"

# a hyphenated given name may have a lower-case second part ("Min-seo", "Anne-marie")
_TOKEN = r"\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)*|\p{Lu}{2,}(?:-\p{Lu}{2,})*"
_BEFORE = re.compile(rf"(?<![\w.'’-])(?P<tok>{_TOKEN})[ \t]+$", REGEX_FLAGS)
# the given name ends the line above, after a lower-case word of the same sentence ("with Ada\nRoe")
_BEFORE_WRAP = re.compile(rf"(?<=\p{{Ll}}[,]?[ \t]+)(?P<tok>{_TOKEN})[ \t]*\n[ \t]*$", REGEX_FLAGS)
_AFTER_CAP = re.compile(r"[ \t]+\p{Lu}")
_PARTICLE_RUN = re.compile(r"(?<![\w.'’-])(?P<run>(?:[\p{L}.'’]+[ \t]+){1,3})$", REGEX_FLAGS)
_DATE_END = re.compile(r"\p{L}{3,}\.?[ \t]+\d{1,2},[ \t]+(?:19|20)\d\d$")
_LONE = frozenset("de del della des di da dos das du van von der den la le lo".split())


def given_before_findings(text: str, findings: list[Finding], policy: Policy) -> list[Finding]:
    """PERSON findings for a given name right before a propagated surname-alone mention."""
    if "PERSON" not in policy.redact:
        return []
    kept = [(f.start, f.end) for f in findings if f.entity in policy.keep and f.entity != "DATE_TIME"]
    threshold = policy.threshold("PERSON")
    # only names that will be redacted: a weak guess over "Ada Roe" ("needs review") must not
    # stop the given name being taken with the surname propagation found
    taken = [(f.start, f.end) for f in findings if f.entity == "PERSON" and f.score >= threshold]
    out: list[Finding] = []
    for f in findings:
        if f.entity == "PERSON" and f.score >= threshold and not policy.is_allowed(f.text):
            p = _particles(text, f)
            if p and not any(a < p[1] and p[0] < b for a, b in kept + taken):
                out.append(Finding.make("PERSON", *p, text[p[0]:p[1]], f.score, RECOGNIZER,
                                        f"surname particles right before '{f.text}'"))
                taken.append(p)
        if not _surname_alone(f, threshold):
            continue
        # a second given name before the first ("Ada Lee Roe"): walk left while words qualify
        s = f.start
        while (g := _given_before(text, s, f.end, kept + taken)) is not None:
            s, e = g
            out.append(Finding.make("PERSON", s, e, text[s:e], f.score, RECOGNIZER,
                                    f"given name right before '{f.text}', a propagated surname"))
            taken.append((s, e))
    return out


def _surname_alone(f: Finding, threshold: float) -> bool:
    """``f`` is a redacted surname without its given name: propagation's surname-alone mention,
    or a one-word PERSON span of NER or a rule that is no given name and no English word."""
    if f.entity != "PERSON" or f.score < threshold:
        return False
    if f.recognizer == "propagation":
        return ": surname alone" in f.explanation and "also a word" not in f.explanation
    word = f.text.rstrip(",")
    return (re.fullmatch(r"\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)*", word) is not None
            and not is_given_name(word) and surname_kind(word) != "word"
            and word.capitalize() not in STOP_WORDS and not f.recognizer.startswith(RECOGNIZER))


def _given_before(text: str, start: int, end: int, blocked: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of a given name right before ``start`` (same line, or the end of the line above
    in running prose), ``None`` when the word there may be anything else."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _BEFORE.search(text[line_start:start])
    base = line_start
    if m is None and not text[line_start:start].strip():
        above = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        m = _BEFORE_WRAP.search(text[above:line_start])
        base = above
    if not m:
        return None
    line_end = text.find("\n", start)
    line = text[base:line_end if line_end >= 0 else len(text)]
    after = _AFTER_CAP.match(text, end)
    if after and not (not any(c.islower() for c in line) and _free_word(text, after.end() - 1)):
        return None  # "Roe Street": the surname runs on (on a capitals line, into a name-ish word)
    s, e = base + m.start("tok"), base + m.end("tok")
    tok = m.group("tok")
    if not _name_like(tok, line):
        return None
    prev = text[base:s].rstrip(" \t")
    if not prev or prev[-1] in ".!?:;|" or prev[-1].isdigit() and not _DATE_END.search(prev):
        # a sentence, form line or cell starts here: the word may be anything (but not after a
        # date in prose: "On May 2, 2026 Ada Roe called"), unless the census knows it as a name
        # and one space joins it to the surname ("Note: Ada Roe called", "RK-1: Ada Roe")
        if not prev or prev[-1] == "|" or prev[-1].isdigit() \
                or text[e:start] != " " or not _census_name(tok) or _after_rank(prev):
            return None
    if any(a < e and s < b for a, b in blocked):
        return None
    return s, e


def _name_like(tok: str, line: str) -> bool:
    cap = tok.capitalize()
    if tok in STOP_WORDS or cap in STOP_WORDS or tok.upper() in DIRECTIONS:
        return False
    if cap in PLACE_WORDS or cap in INSTITUTION_WORDS or surname_kind(tok) == "word":
        return False
    if cap in ROLE_TITLES or cap in LEAD_INS or cap in OFFENCE_WORDS:
        return False
    if tok.isupper():
        # every word of an ALL-CAPS line is capitalised: only the census says 'name'
        return not any(c.islower() for c in line) and _census_name(tok)
    return True


def _free_word(text: str, at: int) -> bool:
    """The capitals word at ``at`` is no place, institution, trade or name-like common word:
    every word of a capitals line is capitalised, so a capital after the surname says nothing."""
    m = re.match(r"\p{Lu}[\p{L}'’-]*", text[at:at + 40])
    return m is not None and word_may_be_name(m.group(0)) and m.group(0).capitalize() not in COMMON_WORDS


def _after_rank(prev: str) -> bool:
    """``prev`` ends with a rank ("Ofc.", "SGT."): the name after it is an officer's."""
    words = prev.split()
    return bool(words) and words[-1].rstrip(".").capitalize() in RANKS


def _census_name(tok: str) -> bool:
    """A census given name, or a census surname that is no English word (and no short code)."""
    return is_given_name(tok) or len(tok) >= 4 and surname_kind(tok) == "name"


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
