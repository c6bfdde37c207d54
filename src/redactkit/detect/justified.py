"""A private address in justified prose that text extraction broke into one word per line.

A fully justified paragraph spreads its words with wide gaps; the extractor reads each gap as a
cell boundary and puts every word on a line of its own ("resides" / "at" / "1148" / "Elm" ...).
The address patterns, which read a street and its town along a line, then found only the town.
Here such a run (five single-word lines or more, three of them lower-case prose words, which a
table's cells seldom are) is read again with its line breaks as blanks, and an address found
across them is a finding. The view keeps every offset (one blank for one line break).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex as re

from ..model import Finding
from ..policy import Policy

if TYPE_CHECKING:
    from presidio_analyzer import EntityRecognizer

__all__ = ["ADDRESS_RECOGNIZERS", "RECOGNIZER", "justified_address_findings", "without_places_inside"]

#: The ``recognizer`` of the findings made here.
RECOGNIZER = "justified-prose-address"

_MIN_LINES = 5
_MIN_PROSE_WORDS = 3
_PROSE_WORD = re.compile(r"\p{Ll}+")


#: The analyzer's address recognizers this module reads the joined runs with (passed in by the
#: engine: importing the recognizers here would compile their patterns outside the regex table).
ADDRESS_RECOGNIZERS = ("AddressRecognizer", "ParsedAddressRecognizer")


def _runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of single-word lines; ``end`` is the end of the line after it."""
    runs: list[tuple[int, int]] = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*", text) if m.start() == 0
             or text[m.start() - 1] == "\n"]
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and text[lines[j][0]:lines[j][1]].strip() and not re.search(
                r"\s", text[lines[j][0]:lines[j][1]].strip()):
            j += 1
        words = [text[s:e].strip() for s, e in lines[i:j]]
        if j - i >= _MIN_LINES and sum(bool(_PROSE_WORD.fullmatch(w)) for w in words) >= _MIN_PROSE_WORDS:
            runs.append((lines[i][0], lines[min(j, len(lines) - 1)][1]))
        i = max(j, i + 1)
    return runs


def justified_address_findings(text: str, findings: list[Finding], policy: Policy,
                               recognizers: Sequence[EntityRecognizer]) -> list[Finding]:
    """ADDRESS findings for an address read across the broken lines of a justified paragraph."""
    if "ADDRESS" not in policy.redact:
        return []
    threshold = policy.threshold("ADDRESS")
    kept = [(f.start, f.end) for f in findings
            if f.entity in policy.keep and f.entity not in ("PUBLIC_PLACE", "DATE_TIME")]
    out: list[Finding] = []
    for start, end in _runs(text):
        view = text[start:end].replace("\n", " ")
        for rec in recognizers:
            for r in rec.analyze(view, ["ADDRESS"], None):  # type: ignore[arg-type]  # (patterns: no NLP)
                s, e = start + r.start, start + r.end
                crossed = [f for f in findings if f.entity == "PUBLIC_PLACE" and f.start < e and s < f.end]
                if (r.score < threshold or "\n" not in text[s:e] or any(ks < e and s < ke for ks, ke in kept)
                        or any(not (s < f.start and f.end <= e) for f in crossed)):
                    continue
                if any((f.start, f.end) == (s, e) for f in out):
                    continue
                out.append(Finding.make("ADDRESS", s, e, text[s:e], r.score, RECOGNIZER,
                                        "address read across the word-per-line breaks of justified prose"))
    return out


def without_places_inside(findings: list[Finding], addresses: list[Finding]) -> list[Finding]:
    """``findings`` without a kept place that lies inside one of ``addresses`` after its house
    number: "Elm / Court" read alone was taken for an institution ("... Court"), but behind
    "1148" on the line before it is the street of a private address."""
    if not addresses:
        return findings
    return [f for f in findings if not (f.entity == "PUBLIC_PLACE" and any(
        a.start < f.start and f.end <= a.end for a in addresses))]
