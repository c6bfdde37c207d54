"""Recognizers for dates, numbers and addresses of people: DOB by label, age, case, badge and ID
numbers, US phone numbers, e-mail (without tldextract's download).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import regex as re
from presidio_analyzer import (
    Pattern,
    RecognizerResult,
)
from presidio_analyzer.predefined_recognizers import EmailRecognizer

if TYPE_CHECKING:
    import tldextract
    from presidio_analyzer.nlp_engine import NlpArtifacts

from ..lexicon import DATE, NAME, RANK, REGEX_FLAGS, WS
from ._base import ValuePatternRecognizer, count_digits, make_explanation, make_result

__all__ = [
    "AgeRecognizer",
    "BadgeNumberRecognizer",
    "CaseNumberRecognizer",
    "DateOfBirthRecognizer",
    "IdNumberRecognizer",
    "SafeEmailRecognizer",
    "UsPhoneRecognizer",
]


class DateOfBirthRecognizer(ValuePatternRecognizer):
    """Date of birth: a date after a DOB label or "born (on)"."""

    ENTITY = "DATE_OF_BIRTH"
    PATTERNS = [
        Pattern(
            "dob label",
            rf"(?P<label>\b(?:DOB|Dob|dob|D\.O\.B\.?|(?i:date{WS}+of{WS}+birth|birth{WS}*date)))"
            rf"{WS}*[:#/-]?{WS}*(?:\n{WS}*)?(?P<value>{DATE}|(?:19|20)\d{{2}}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d))",
            0.9,
        ),
        Pattern("born on", rf"(?P<label>\b(?i:born)(?:{WS}+(?i:on))?){WS}+(?P<value>{DATE})", 0.85),
        Pattern(
            "born in year", rf"(?P<label>\b(?i:born){WS}+(?i:in)){WS}+(?P<value>(?:19|20)\d{{2}})\b", 0.6
        ),
    ]
    CONTEXT = ["birth", "born", "dob", "age"]
    EXPLAIN = {
        "dob label": "label '{label}'",
        "born on": "context '{label}' before date",
        "born in year": "context '{label}' before year",
    }


    _HEADER = re.compile(
        r"^[ \t]*(?:(?i:date[ \t]+of[ \t]+birth|birth[ \t]*date)|DOB|D\.O\.B\.?)[ \t]*$", REGEX_FLAGS
    )
    _DATE_CELL = re.compile(rf"^[ \t]*(?P<value>{DATE})[ \t]*$", REGEX_FLAGS)
    #: A line this long is running text: the table has ended.
    _PROSE_LINE = 90

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """The label patterns, plus dates in the rows of a table with a date-of-birth column.

        A "Date of Birth" / "DOB" header cell alone on its line, not followed by
        a date on the next line (then it is a form label, handled above), starts
        a table; until the first line of running text, every cell that is a
        date and nothing else is that column's value (text extraction gives no
        column positions, so a table with two date columns is over-redacted).
        """
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        covered = {(r.start, r.end) for r in results}
        for h in self._HEADER.finditer(text):
            pos = h.end() + 1
            nxt = text[pos : text.find("\n", pos) if "\n" in text[pos:] else len(text)]
            if self._DATE_CELL.match(nxt):
                continue
            label = " ".join(h.group(0).split())
            for line in re.finditer(r"^.*$", text[pos:], flags=REGEX_FLAGS & ~re.DOTALL):
                if len(line.group(0)) > self._PROSE_LINE:
                    break
                m = self._DATE_CELL.match(line.group(0))
                if not m:
                    continue
                s, e = pos + line.start() + m.start("value"), pos + line.start() + m.end("value")
                if (s, e) in covered:
                    continue
                covered.add((s, e))
                why = f"date cell in a table with a '{label}' column"
                ex = make_explanation(self.name, 0.7, why, "dob column")
                results.append(make_result(self, self.ENTITY, s, e, 0.7, ex))
        return results


class AgeRecognizer(ValuePatternRecognizer):
    """Age of a person: "age 15", "15-year-old", "15 years old", "15 y/o", "(15 YOA)"."""

    ENTITY = "AGE"
    PATTERNS = [
        Pattern("age label", rf"(?P<label>\b(?i:age[d]?)){WS}*:?{WS}*(?P<value>\d{{1,3}})\b", 0.9),
        Pattern(
            "years old",
            rf"\b(?P<value>\d{{1,3}})(?:-|{WS}+)(?P<label>(?i:years?)(?:-|{WS}+)(?i:old)|(?i:y/o|yoa|yo)\b)",
            0.9,
        ),
    ]
    CONTEXT = ["age", "old", "juvenile"]
    EXPLAIN = {"age label": "label '{label}'", "years old": "'{label}' after number"}

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """Ages above 120 are not ages."""
        return int(pattern_text) > 120


class CaseNumberRecognizer(ValuePatternRecognizer):
    """Case, report, incident and evidence numbers (kept by the police release profile)."""

    _LABEL = (
        rf"(?P<label>\b(?:(?i:case|report|incident|event|evidence|item|property|complaint|cad|arrest|citation)"
        rf"(?:{WS}*(?i:no\.?|number|num\.?|#))|(?:CR|RD|DR|IR|OCA|CAD|DR)(?:{WS}*(?:#|No\.?))?"
        rf"|(?i:case|report|incident|complaint){WS}*(?=:))){WS}*[:#]?{WS}*#?{WS}*"
    )
    ENTITY = "CASE_NUMBER"
    PATTERNS = [
        Pattern("case label", _LABEL + r"(?P<value>[A-Z0-9]{1,8}(?:-[A-Z0-9]{1,10}){0,3})(?![\w-])", 0.85),
        Pattern("year-sequence", r"(?<![\w-])(?:19|20)\d{2}-\d{4,8}(?![\w-])", 0.6),
        Pattern(
            "prefixed number",
            r"(?<!\b(?i:booking|inmate|jacket)(?:[ \t]*(?:#|(?i:no\.?|number)))?[ \t]*[:#]?\s*)"
            r"(?<![\w-])[A-Z]{1,4}-?\d{2,4}-\d{3,8}(?:-[A-Z][A-Z0-9]{0,3})?(?![\w-])", 0.6
        ),
    ]
    CONTEXT = ["case", "report", "incident", "evidence", "number"]
    EXPLAIN = {
        "case label": "label '{label}'",
        "year-sequence": "year-sequence number (YYYY-NNNNNN), not a date",
        "prefixed number": "agency-prefixed report number",
    }

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """Needs at least three digits."""
        return count_digits(pattern_text) < 3


class BadgeNumberRecognizer(ValuePatternRecognizer):
    """Badge numbers: "Badge 2190", "badge #2190", "Ofc. Daniel Reyes #4471" (span: the digits)."""

    ENTITY = "BADGE_NUMBER"
    PATTERNS = [
        Pattern(
            "badge label",
            rf"(?P<label>\b(?i:badge|shield|star|serial)(?:{WS}*(?i:no\.?|number|#))?){WS}*[:#]?{WS}*#?"
            rf"{WS}*(?P<value>\d{{2,6}})\b",
            0.85,
        ),
        Pattern(
            "rank name #",
            rf"\b(?P<label>{RANK}){WS}+{NAME}{WS}*,?{WS}*\(?#{WS}*(?P<value>\d{{2,6}})\b",
            0.85,
        ),
    ]
    CONTEXT = ["badge", "officer", "unit"]
    EXPLAIN = {"badge label": "label '{label}'", "rank name #": "'#' number after '{label}' and a name"}


class IdNumberRecognizer(ValuePatternRecognizer):
    """Criminal-history and booking identifiers: NCIC, SID, FBI, booking, inmate numbers."""

    ENTITY = "ID_NUMBER"
    PATTERNS = [
        Pattern(
            "id label",
            rf"(?P<label>\b(?:NCIC|SID|FBI|UCN|CII|FPC|PFN|MNI|DOC)(?:{WS}*(?:#|No\.?|Number|NO\.?))?"
            rf"|\b(?i:booking|inmate|jacket|state{WS}+id|fbi){WS}*(?:#|(?i:no\.?|number)))"
            rf"{WS}*[:#]?{WS}*#?{WS}*(?:\n{WS}*)?(?P<value>[A-Z0-9][A-Z0-9-]{{3,14}})(?![\w-])",
            0.85,
        ),
        Pattern(
            "booking number",
            rf"(?P<label>\b(?i:booking|inmate)){WS}+(?P<value>[A-Z]{{1,3}}-?\d{{2}}-\d{{3,8}})(?![\w-])",
            0.8,
        ),
    ]
    CONTEXT = ["ncic", "sid", "fbi", "booking", "inmate"]
    EXPLAIN = {"id label": "label '{label}'", "booking number": "number after '{label}'"}

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """Needs at least three digits."""
        return count_digits(pattern_text) < 3


class UsPhoneRecognizer(ValuePatternRecognizer):
    """US phone numbers in the common written formats, scored 0.7 without any context word.

    Stock Presidio scores a phone number without a context word 0.40; a
    ``(555) 867-5309`` shape is specific enough to stand on its own.
    """

    ENTITY = "PHONE_NUMBER"
    PATTERNS = [
        Pattern(
            "us phone",
            # a line break may fall between the groups when a number wraps in prose
            r"(?<![\w+-])(?:\+?1[-. \t]?)?(?:\(\d{3}\)[ \t]?\n?|\d{3}(?:[-. \t]\n?|\n))"
            r"\d{3}(?:[-. \t]\n?|\n)\d{4}"
            r"(?:[ \t]*(?:x|ext\.?|EXT\.?)[ \t]*\d{1,5})?(?![\w-])",
            0.7,
        ),
        Pattern("us phone 10 digits", r"(?<![\w+-])(?:\+?1)?[2-9]\d{2}[2-9]\d{6}(?![\w-])", 0.4),
    ]
    CONTEXT = ["phone", "telephone", "cell", "mobile", "call", "tel", "contact", "number"]
    EXPLAIN = {"us phone": "US phone number format", "us phone 10 digits": "10-digit US number"}

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """Reject an area code starting with 0 or 1 (not NANP); fictional 555 numbers stay in."""
        number = re.split(r"[ \t]*(?:x|ext\.?|EXT\.?)[ \t]*\d", pattern_text)[0]
        digits = "".join(c for c in number if c.isdigit())
        digits = digits[1:] if len(digits) == 11 and digits[0] == "1" else digits
        return digits[:1] in ("0", "1")


@functools.lru_cache(maxsize=1)
def _tld_extractor() -> tldextract.TLDExtract:
    """tldextract with its bundled suffix snapshot: no network, no cache writes (built once)."""
    import tldextract  # lazy: only by the email recognizer

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


class SafeEmailRecognizer(EmailRecognizer):
    """Presidio's email recognizer, validated offline against tldextract's bundled suffix list."""

    def __init__(self, supported_language: str = "en", name: str | None = "SafeEmailRecognizer") -> None:
        super().__init__(supported_language=supported_language, name=name)
        self.global_regex_flags = REGEX_FLAGS

    def validate_result(self, pattern_text: str) -> bool | None:
        """The domain must end in a known public suffix."""
        domain = pattern_text.rsplit("@", 1)[-1]
        parts = _tld_extractor()(domain)
        return bool(parts.domain and parts.suffix)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Presidio's analysis plus a textual explanation."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for r in results:
            if r.analysis_explanation is not None:
                r.analysis_explanation.textual_explanation = "email address with a known domain suffix"
        return results
