"""Privacy-first fallback for structured identifiers: a value of the field's shape near any label
that names the field, wherever the label sits, goes to review.

The recognizers pair a label with its value where the record puts them in a known way (after
the label on its line, in the cell to the right or below, a row label before its cells). A
record kind nobody has seen lays them out some other way: a two-field label over two values
("Driver DOB / licence" above "4/1/1990 / ST 1234567"), a row label before a run of value
lines, a value two lines down after an "on file" note. Here each line that names a field
(:data:`FIELDS`) looks at its own line and, when it is a short label line with no value of its
own, the next :data:`LINES_AFTER` lines, and every value
of the field's shape there that nothing else found becomes a finding of score
:data:`FALLBACK_SCORE` (``needs_review``: between the default ``review_floor`` and the
threshold). A value that overlaps any finding already made (a kept case number, incident date,
officer, a redacted value) is explained and left alone, and so is one on a line that names
another kind of date (an incident, a report, an offence).
"""

from __future__ import annotations

import regex as re

from ..model import Finding
from ..policy import Policy
from ._spans import SpanMask
from .lexicon import DATE, REGEX_FLAGS

__all__ = ["FALLBACK_SCORE", "FIELDS", "LABEL_WORDS", "LINES_AFTER", "RECOGNIZER", "value_shape_findings"]

#: The ``recognizer`` of the findings made here.
RECOGNIZER = "value-shape-fallback"
#: Over the default ``review_floor`` (0.45), under the default threshold (0.5): ``needs_review``.
FALLBACK_SCORE = 0.46
#: How many lines after a label line its values may stand.
LINES_AFTER = 3
#: A label line has at most this many words; a longer line is prose and only its own values count.
LABEL_WORDS = 6

#: entity -> (a label word that names the field, the value's shape)
FIELDS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "DATE_OF_BIRTH": (
        re.compile(r"(?i:\bDOB\b|\bD\.O\.B\b|\bbirth|\bborn\b)"),
        re.compile(rf"(?<![\w/.-]){DATE}", REGEX_FLAGS),
    ),
    "DRIVER_LICENSE": (
        re.compile(r"(?i:\bDL\b|\bD/L\b|\bOLN\b|licen[cs]e(?![ \t]+plate))"),
        # letters and digits, five digits or more ("D1234567", "ST 1234567", "ABC-12-3456")
        re.compile(r"(?<![\w/-])(?:[A-Z]{1,3}[- ]?)?\d[\dA-Z]{1,5}(?:-?[\dA-Z]{2,6}){0,2}"
                   r"(?![\w/-]|\s+\d|\.\d)"),
    ),
    "LICENSE_PLATE": (
        re.compile(r"(?i:\bplates?\b|\btag\b|\bregistration\b)"),
        # 5-8 letters and digits with both in it, one blank or dash allowed ("ABC 1234", "7XYZ123")
        re.compile(r"(?<![\w/-])(?=[A-Z0-9 -]{5,9}(?![\w-]))"
                   r"[A-Z0-9]{1,4}[ -]?[A-Z0-9]{2,7}(?![\w/-]|\s+\d|\.\d)"),
    ),
    "PHONE_NUMBER": (
        re.compile(r"(?i:phone|\btel\b|\bcell\b|mobile|dial(?:l)?ed|\bnumber\b)"),
        re.compile(r"(?<![\w/.-])(?:\+?1[ .-]?)?(?:\(\d{3}\)[ .-]?|\d{3}[ .-]?)\d{3}[ .-]?\d{4}(?![\w/-])"),
    ),
}

_DATE = re.compile(DATE, REGEX_FLAGS)
#: A line naming another kind of date or number: its values are not the field's.
_OTHER = re.compile(r"(?i:incident|report(?:ed)?|offen[cs]e|occurred|arrest|booking|case|citation|issued"
                    r"|expir|date[ \t]+of[ \t]+(?!birth)|dispatch|received|printed|signed)")


def value_shape_findings(text: str, findings: list[Finding], policy: Policy) -> list[Finding]:
    """``needs_review`` findings for field-shaped values near a label naming the field (module doc)."""
    # (NER's generic DATE_TIME explains nothing: a birth date is a date too)
    # (nor does a finding under its threshold and review floor: the plan drops it)
    explained = SpanMask(len(text), [(f.start, f.end) for f in findings
                                     if f.entity != "DATE_TIME" and policy.takes_part(f.entity, f.score)])
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    # a date in the record's latest year is the record's own (an incident, a report), not a birth,
    # when that year recurs (a record's own year stands in its header, dates and signature)
    years = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", text)]
    latest = max(years, default=0) if years.count(max(years, default=0)) >= 2 else -1
    out: list[Finding] = []
    for entity, (label, shape) in FIELDS.items():
        if entity not in policy.redact:
            continue
        for i, (ls, le) in enumerate(lines):
            lab = label.search(text, ls, le)
            if not lab:
                continue
            # the lines below belong to a label only where the label line is a label: short, and
            # holding no value of the field itself ("Date of birth", "Driver DOB / licence"), not a
            # sentence or a cell that already gave its value ("(DOB 1/2/1990) has violated ...")
            alone = len(text[ls:le].split()) <= LABEL_WORDS and not shape.search(text, ls, le)
            last = i + LINES_AFTER + 1 if alone else i + 1
            for j in range(i, min(len(lines), last)):
                vs, ve = lines[j]
                if j > i and label.search(text, vs, ve):
                    break  # the next label of the field: its own values are its own
                if j > i and _OTHER.search(text, vs, ve):
                    continue
                for m in shape.finditer(text, vs, ve):
                    s, e = m.span()
                    if explained.any(s, e) or not _shape_ok(entity, m.group(0)):
                        continue
                    if entity == "DATE_OF_BIRTH" and _year(m.group(0)) == latest:
                        continue
                    if j == i and _OTHER.search(text, ls, s):
                        continue  # "Date of incident / DOB": the label nearest the value decides
                    out.append(Finding.make(
                        entity, s, e, text[s:e], FALLBACK_SCORE, RECOGNIZER,
                        f"needs review: a value of the shape of a {entity} near the label "
                        f"'{lab.group(0)}' (privacy-first fallback)"))
                    explained.mark(s, e)
    return out


def _year(date: str) -> int:
    """The four-digit year of a written date, or 0 (a two-digit year is no latest year)."""
    m = re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", date)
    return int(m.group(0)) if m else 0


def _shape_ok(entity: str, value: str) -> bool:
    """What a pattern cannot say alone: a licence has five digits or more and is no date or
    seven-digit phone; a plate holds a letter and a digit."""
    if entity == "DATE_OF_BIRTH":
        return _year(value) > 0  # a two-digit year is a log's or a form's own date as often
    if entity == "PHONE_NUMBER":
        return True
    if _DATE.fullmatch(value):
        return False
    if re.fullmatch(r"[A-Z]{2}[ -]?\d{5}", value):
        return False  # a state and a ZIP code ("ST 12345"): an address's city line
    digits = sum(c.isdigit() for c in value)
    if entity == "DRIVER_LICENSE":
        return digits >= 5 and not re.fullmatch(r"\d{3}-\d{4}", value)
    # (a plate is no statute's title number and code: "5 AAC 12.010")
    return digits >= 2 and any(c.isalpha() for c in value)
