"""A private person's initials standing alone: "initial each right" forms, line-up sheets, logs.

A rights waiver or a photo line-up has the subject initial each line ("DRM" after every
right); a log may write a person by initials only. Once a private person is named in full
with two to four name parts ("Dana R. Mercer", "MERCER, DANA ROSE"), every standalone
capital group of exactly those initials ("DRM", "D.R.M.") is that person. Two-letter
initials only count dotted ("D.M.") or after the word "initials": too many abbreviations
("PA", "OR", "ID") have two letters.
Initials an officer named in full also carries are not taken (an officer initials forms too).
"""

from __future__ import annotations

import regex as re

from ..model import Finding
from .lexicon import RANKS, REGEX_FLAGS, SUFFIXES, TITLES

__all__ = ["RECOGNIZER", "initials_findings"]

#: The ``recognizer`` of the findings made here.
RECOGNIZER = "initials-of-person"
_MIN_SCORE = 0.5
_SCORE = 0.75
_SKIP = {t.upper() for t in TITLES | SUFFIXES | RANKS}


def initials_of(name: str) -> str | None:
    """The initials of a full name in reading order ("Last, First Middle" turned round), or None
    when the name has fewer than two or more than four parts."""
    text = " ".join(name.split())
    if "," in text:
        last, _, first = text.partition(",")
        text = f"{first} {last}"
    parts = [t.strip(".,;:'’\"“”()") for t in text.split()]
    parts = [t for t in parts if t and t[0].isupper() and t.upper().rstrip(".") not in _SKIP]
    if not 2 <= len(parts) <= 4:
        return None
    return "".join(t[0] for t in parts).upper()


def initials_findings(text: str, findings: list[Finding]) -> list[Finding]:
    """PERSON findings for standalone initials of private persons named in full (see the module doc).

    Args:
        text: the document text; finding offsets refer to it.
        findings: the findings so far (private persons, officers).
    """
    private: dict[str, str] = {}
    officer: set[str] = set()
    for f in findings:
        if f.entity == "OFFICER":
            if (ini := initials_of(f.text)) is not None:
                officer.add(ini)
        elif f.entity == "PERSON" and f.score >= _MIN_SCORE and (ini := initials_of(f.text)) is not None:
            private.setdefault(ini, " ".join(f.text.split()))
    wanted = {ini: who for ini, who in private.items() if ini not in officer}
    if not wanted:
        return []
    # a form's "Witness initials: AR" for "Ada J. Roe": first and last only, after the cue
    short = {ini[0] + ini[-1]: who for ini, who in wanted.items() if len(ini) > 2}
    short = {ini: who for ini, who in short.items() if ini not in wanted and ini not in officer}
    # three or four letters: bare or dotted; two: only dotted ("M.T.") or after an "initials" cue
    alts = "|".join(
        [r"\.?".join(ini) + r"\.?" if len(ini) > 2
         else rf"{ini[0]}\.{ini[1]}\.|(?<=(?i:initials?)[ \t]*:?[ \t]*){ini}"
         for ini in sorted(wanted, key=len, reverse=True)]
        + [rf"(?<=(?i:initials?)[ \t]*:?[ \t]*){ini}" for ini in sorted(short)]
    )
    wanted = {**short, **wanted}
    # (a weak finding on the initials, "needs review: person signals 0.33", decides nothing: it
    # must not stop them being taken as the named person's)
    covered = sorted((f.start, f.end) for f in findings if f.score >= _MIN_SCORE)
    out: list[Finding] = []
    for m in re.finditer(rf"(?<![\w.'’-])(?:{alts})(?![\w'’-])", text, REGEX_FLAGS):
        s, e = m.span()
        if any(cs < e and s < ce for cs, ce in covered):
            continue
        ini = m.group(0).replace(".", "")
        who = wanted[ini]
        out.append(Finding.make("PERSON", s, e, text[s:e], _SCORE, RECOGNIZER,
                                f"initials of private person '{who}' standing alone"))
    return out
