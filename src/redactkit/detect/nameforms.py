"""A full name pieced together from several findings, found again in another case.

Propagation carries each PERSON finding's own text to the rest of the document. A name is not
always one finding: in "the search of Bram Oswin Quade" the surname may be propagated from
another mention while the given names before it are found by their place (given names before
a propagated surname). The whole name is then redacted there, yet no finding holds it, so its
other mentions in another case ("BRAM OSWIN QUADE" in a caption, where a given name the census
lacks is no cue) were left to the surname alone. Here adjacent PERSON findings that together make
a name of two to four words are one name, and its other mentions, in any case and with any
spacing, are found.
"""

from __future__ import annotations

import regex as re

from ..model import Finding
from ..policy import Policy
from ._spans import SpanMask
from .lexicon import REGEX_FLAGS

__all__ = ["RECOGNIZER", "joined_name_findings"]

#: The ``recognizer`` of the findings made here.
RECOGNIZER = "joined-name"

_WORD = re.compile(r"\p{L}[\p{L}'’-]*\.?", REGEX_FLAGS)


def _joined_names(text: str, persons: list[Finding]) -> set[tuple[str, ...]]:
    """Word tuples of the runs of two or more PERSON findings with only blanks between them."""
    spans = sorted({(f.start, f.end) for f in persons})
    runs: list[list[tuple[int, int]]] = []
    for s, e in spans:
        if runs and s <= runs[-1][-1][1]:  # overlaps the run's last span: extends it
            runs[-1][-1] = (runs[-1][-1][0], max(e, runs[-1][-1][1]))
        elif runs and text[runs[-1][-1][1]:s].strip(" \t") == "" and s - runs[-1][-1][1] <= 2:
            runs[-1].append((s, e))
        else:
            runs.append([(s, e)])
    out = set()
    for run in runs:
        if len(run) < 2:
            continue
        words = tuple(w.group(0).upper() for w in _WORD.finditer(text, run[0][0], run[-1][1]))
        if 2 <= len(words) <= 4 and sum(len(w) >= 2 for w in words) >= 2:
            out.add(words)
    return out


def joined_name_findings(text: str, findings: list[Finding], policy: Policy) -> list[Finding]:
    """PERSON findings for the other mentions of a name that several findings make up (module doc)."""
    if "PERSON" not in policy.redact:
        return []
    threshold = policy.threshold("PERSON")
    persons = [f for f in findings if f.entity == "PERSON" and f.score >= threshold
               and not policy.is_allowed(f.text)]
    names = _joined_names(text, persons)
    if not names:
        return []
    covered = SpanMask(len(text), [(f.start, f.end) for f in persons])
    blocked = SpanMask(len(text), [(f.start, f.end) for f in findings
                                   if f.entity in policy.keep and f.entity != "DATE_TIME"])
    out: list[Finding] = []
    for words in sorted(names):
        pattern = r"(?<![\p{L}'’-])" + r"\s+".join(re.escape(w) for w in words) + r"(?![\p{L}'’-])"
        for m in re.finditer(pattern, text, REGEX_FLAGS | re.IGNORECASE):
            s, e = m.span()
            if all(covered.all(*w.span()) for w in _WORD.finditer(text, s, e)) or blocked.any(s, e):
                continue
            covered.mark(s, e)
            out.append(Finding.make("PERSON", s, e, text[s:e], 0.8, RECOGNIZER,
                                    f"the name '{' '.join(words).title()}' that adjacent PERSON findings "
                                    "make up elsewhere in the document"))
    return out
