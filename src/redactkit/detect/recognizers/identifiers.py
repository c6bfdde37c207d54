"""Recognizers for dates, numbers and addresses of people: DOB by label, age, case, badge and ID
numbers, US phone numbers, e-mail (without tldextract's download).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import regex as re
from presidio_analyzer import (
    RecognizerResult,
)
from presidio_analyzer.predefined_recognizers import EmailRecognizer

if TYPE_CHECKING:
    import tldextract
    from presidio_analyzer.nlp_engine import NlpArtifacts

from ..lexicon import DATE, NAME, RANK, REGEX_FLAGS, WS, is_given_name, surname_kind
from ._base import SPOKEN_DIGIT, ValuePatternRecognizer, count_digits, spelled_out
from ._base import FlaggedPattern as Pattern

__all__ = [
    "AgeRecognizer",
    "BadgeNumberRecognizer",
    "CaseNumberRecognizer",
    "DateOfBirthRecognizer",
    "IdNumberRecognizer",
    "SafeEmailRecognizer",
    "SsnRecognizer",
    "UsPhoneRecognizer",
]


_ORD = (
    r"(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth"
    r"|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
    r"|twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[- ]first)"
)
_MONTHS = (
    r"(?i:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_UNIT = r"(?i:one|two|three|four|five|six|seven|eight|nine)"
_TENS = r"(?i:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_TEENS = r"(?i:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
#: A year written out: "nineteen forty-five", "two thousand and eleven", "eighty-eight", "'92".
_YEAR = (
    rf"(?:(?:19|20)\d{{2}}(?!\d)|'\d{{2}}(?!\d)"
    rf"|(?i:nineteen|twenty)[- ](?:{_TENS}(?:[- ]{_UNIT})?|(?i:oh)[- ]{_UNIT}|{_TEENS})"
    rf"|(?i:two[- ]thousand)(?:[- ](?i:and))?(?:[- ](?:{_TEENS}|{_TENS}(?:[- ]{_UNIT})?|{_UNIT}))?"
    rf"|{_TENS}(?:[- ]{_UNIT})?)"
)
_DAY = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?|{_ORD})"
#: A spoken or ordinal date: "the fifth of June, 2009", "March the third, nineteen fifty-one",
#: "Ninth of August, seventy-two", "May 2nd, 2011".
SPOKEN_DATE = (
    rf"(?:(?i:the{WS}+)?{_DAY}{WS}+(?i:of){WS}+{_MONTHS}|{_MONTHS}{WS}+(?i:the{WS}+)?{_DAY})"
    rf"(?:,?{WS}+(?i:in{WS}+)?{_YEAR})?(?![\w-])"
)
_DOB_CONTEXT = r"\b(?:(?i:born|birthday|birth[ \t]*date|date[ \t]+of[ \t]+birth|b-day)|DOB|D\.O\.B\.?)"
#: The same dates wrapped over a line break between their words ("DOB 12 Sep\n1998", "the 3rd
#: of\nJuly, 1989"): only used right after a birth word, where the next line's number is the year.
_WRAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
DATE_WRAPPED = DATE.replace(f"{WS}+", _WRAP)
SPOKEN_DATE_WRAPPED = SPOKEN_DATE.replace(f"{WS}+", _WRAP)


class DateOfBirthRecognizer(ValuePatternRecognizer):
    """Date of birth: a date after a DOB label or "born (on)", in prose, and spoken or ordinal forms
    ("born on the fifth of June, 2009"; a transcript's "date of birth?" answered a few lines
    down with "March the third, nineteen fifty-one"; "her birthday is 3/14/92")."""

    ENTITY = "DATE_OF_BIRTH"
    PATTERNS = [
        Pattern(
            "dob label",
            rf"(?P<label>\b(?:DOB|Dob|dob|D\.O\.B\.?|(?i:date{WS}+of{WS}+birth|birth{WS}*date)))"
            rf"{WS}*[:#/-]?{WS}*(?:\n{WS}*)?(?P<value>{DATE_WRAPPED}|(?:19|20)\d{{2}}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d))",
            0.9,
        ),
        Pattern("born on", rf"(?P<label>\b(?i:born)(?:{WS}+(?i:on))?){WS}+(?P<value>{DATE_WRAPPED})", 0.85),
        Pattern(
            "born in year", rf"(?P<label>\b(?i:born){WS}+(?i:in)){WS}+(?P<value>(?:19|20)\d{{2}})\b", 0.6
        ),
    ]
    PATTERNS.append(
        # "born on the fifth of June, 2009", "(DOB 4 October 1986)", "birthday is 3/14/92":
        # a written date soon after a birth word, in the same sentence
        Pattern(
            "birth word + date",
            rf"(?P<label>{_DOB_CONTEXT})(?:[ \t,:]+(?i:is|was|on|of|date|as|listed|given|reads?|or|about"
            rf"|around|approximately|:)){{0,4}}"
            rf"[ \t:,]*(?:\n[ \t]*\d{{1,2}}[ \t]*(?=\n))?\n?[ \t]*"
            rf"(?P<value>{DATE_WRAPPED}|{SPOKEN_DATE_WRAPPED})",
            0.85,
        )
    )
    PATTERNS.append(
        # "the date of birth you gave us (21 July 1958)": a date a few words after a birth word;
        # weaker (the words between may be about another date), so below the threshold: reviewed
        Pattern(
            "birth word, date nearby",
            rf"(?P<label>{_DOB_CONTEXT})[^.;!?\n]{{1,30}}?[ \t(:,]+(?P<value>{DATE}|{SPOKEN_DATE})",
            0.45,
        )
    )
    PATTERNS.append(
        # a question about the birth date answered a few lines further down (transcripts)
        Pattern(
            "birth question + spoken date",
            rf"(?P<label>{_DOB_CONTEXT})[^\n]{{0,30}}\?(?:[^\n]*\n){{1,4}}?[^\n]{{0,25}}?"
            rf"(?P<value>{SPOKEN_DATE}|{DATE})",
            0.8,
        )
    )
    PATTERNS.append(
        # "Ann Roe (niece of the owner), 4/2/1990": a relative named in a list, her date right after
        Pattern(
            "relative + date",
            rf"(?P<label>\((?i:[^()\n]{{0,25}}?\b(?:son|daughter|wife|husband|spouse|mother|father|brother"
            rf"|sister|nephew|niece|cousin|uncle|aunt|grand\w*|step\w*|child|boyfriend|girlfriend))"
            rf"[^()\n]{{0,25}}\)),{WS}*(?P<value>{DATE})",
            0.75,
        )
    )
    PATTERNS.append(
        # "the neighbour, Ada Quill-Marsh (6/30/1974), said ...": a full date in brackets right
        # after a person's name (two or more capitalised words) is that person's date of birth;
        # an event's date is written "on ..." or after a word ("(signed 11/2/2026)"), not bare
        Pattern(
            "name + bracketed date",
            r"(?P<label>\b\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*"
            r"(?:[ \t]+(?:\p{Lu}\.[ \t]+)?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*)+)"
            rf"[ \t]*\((?P<value>{DATE})\)",
            0.8,
        )
    )
    CONTEXT = ["birth", "born", "dob", "age"]
    EXPLAIN = {
        "name + bracketed date": "date in brackets right after the name '{label}'",
        "relative + date": "date right after a relative's '{label}'",
        "birth word + date": "date after '{label}'",
        "birth question + spoken date": "answer to a question about the '{label}'",
        "birth word, date nearby": "date a few words after '{label}'",
        "dob label": "label '{label}'",
        "born on": "context '{label}' before date",
        "born in year": "context '{label}' before year",
    }
    # (a table with a date-of-birth column is paired by position: redactkit.detect.layout)

    _YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        """The patterns; a bracketed date after a name only when ten years or more before the
        text's latest year ("Sergeant Vellacott (11/12/2026)" in a 2026 report is the day he signed)."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        years = [int(y) for y in self._YEAR_RE.findall(text)]
        latest = max(years, default=0)

        def recent(r: RecognizerResult) -> bool:
            ex = r.analysis_explanation
            if ex is None or ex.pattern_name != "name + bracketed date":
                return False
            value = text[r.start:r.end]
            four = self._YEAR_RE.findall(value)
            if four:
                return int(four[-1]) > latest - 10
            yy = int(value[-2:]) if value[-2:].isdigit() else 0
            return (2000 + yy if 2000 + yy <= latest else 1900 + yy) > latest - 10

        return [r for r in results if not recent(r)]




#: Words before a bracketed number that counts or numbers something ("Route (12)", "Item (3)").
_NOT_AGE_OWNER = (r"(?i:route|exhibit|item|items|section|unit|page|count|counts|box|apt|suite|room|table"
                  r"|figure|chapter|article|rule|line|step|part|code|highway|road|street|lane|photo|bag|tab)")


class AgeRecognizer(ValuePatternRecognizer):
    """Age of a person: "age 15", "15-year-old", "15 years old", "15 y/o", "(15 YOA)", a number in
    brackets right after a name ("Ana Ruiz (34, ...)", "DOE, JOHN (17)") and "who is 9."."""

    ENTITY = "AGE"
    PATTERNS = [
        # the number may wrap onto the next line in prose ("his son, age\n16, was ...")
        Pattern("age label",
                rf"(?P<label>\b(?i:age[d]?)){WS}*:?{WS}*(?:\n{WS}*)?(?P<value>\d{{1,3}})\b(?![.:/-]\d)", 0.9),
        Pattern(
            "years old",
            rf"\b(?P<value>\d{{1,3}})(?:-|{WS}+)(?P<label>(?i:years?)(?:-|{WS}+)(?i:old)|(?i:y/o|yoa|yo)\b)",
            0.9,
        ),
        # "Hannah Roe (29, (555) 555-0100)", "ROE, JAYDEN (17),": a two-digit number alone in
        # brackets right after a name token is the person's age (list markers are "(2)" after
        # a word that is no name, units and counts carry a word inside the brackets)
        Pattern(
            "age after name",
            rf"(?P<label>\b(?:(?:[A-Z][a-z]+|[A-Z]\.){WS}+[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
            rf"|[A-Z]{{2,}}(?:-[A-Z]{{2,}})?,{WS}+[A-Z]{{2,}}(?:{WS}+[A-Z]{{2,}})?))"
            rf"(?<!{_NOT_AGE_OWNER}){WS}+\((?P<value>[1-9]\d?)(?=\)|,{WS})",
            0.6,
        ),
        # "their granddaughter, who is 9." : a bare number closing the clause
        Pattern("who is", rf"(?P<label>\b(?i:who){WS}+is){WS}+(?P<value>[1-9]\d?)(?=[.;,]|{WS}*$)", 0.6),
    ]
    CONTEXT = ["age", "old", "juvenile"]
    EXPLAIN = {"age label": "label '{label}'", "years old": "'{label}' after number",
               "age after name": "number in brackets after '{label}'", "who is": "number after '{label}'"}

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
        # a warrant's number is the court's record number ("WARRANT Q48213397 IS ACTIVE",
        # "Warrant No. 26-CR-0417"); its letter-and-digits shape otherwise reads as a licence
        Pattern(
            "warrant label",
            rf"(?P<label>\b(?i:warrant)(?:{WS}*(?i:no\.?|number|num\.?|#))?){WS}*[:#]?{WS}*#?{WS}*"
            r"(?P<value>(?=[A-Z]{0,3}\d)[A-Z0-9]{2,15}(?:-[A-Z0-9]{1,10}){0,3})(?![\w-])",
            0.85,
        ),
        # an agency's letters, a blank, then its year-sequence number after a case or reference
        # label ("Police ref. XYPD 26-01234"): the letters are the agency's, not a person's initials
        Pattern(
            "agency + number",
            rf"(?P<label>\b(?:(?i:police|agency|our|your){WS}+)?(?i:ref(?:erence)?)\.?(?:{WS}*(?i:no\.?|#))?"
            rf"|(?i:case|report|incident|complaint)(?:{WS}*(?i:no\.?|number|#))?){WS}*[:#]?{WS}*#?{WS}*"
            rf"(?P<value>[A-Z]{{3,6}}{WS}+\d{{2,4}}-\d{{3,8}})(?![\w-])",
            0.8,
        ),
        Pattern(
            "prefixed number",
            # (nor a licence number shaped like one: "DL (TRX-40-1187)")
            r"(?<!\b(?i:booking|inmate|jacket|dl|d/l|oln|cdl)(?:[ \t]*(?:#|(?i:no\.?|number)))?"
            r"[ \t]*[:#(]?\s*)"
            r"(?<![\w-])[A-Z]{1,4}-?\d{2,4}-\d{3,8}(?:-[A-Z][A-Z0-9]{0,3})?(?![\w-])", 0.6
        ),
        # a CAD/911 event number: centre prefix, the date as YYMMDD, a sequence ("ECC-250314-0042");
        # its digits would otherwise read as a phone number
        Pattern("prefixed date-sequence", r"(?<![\w-])[A-Z]{2,5}-\d{6}-\d{3,5}(?![\w-])", 0.6),
    ]
    CONTEXT = ["case", "report", "incident", "evidence", "number"]
    EXPLAIN = {
        "case label": "label '{label}'",
        "year-sequence": "year-sequence number (YYYY-NNNNNN), not a date",
        "warrant label": "warrant number after '{label}'",
        "agency + number": "agency letters and number after '{label}'",
        "prefixed number": "agency-prefixed report number",
        "prefixed date-sequence": "agency-prefixed event number (date and sequence), not a phone number",
    }

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """Needs at least three digits; an agency prefix before a blank is no person's name."""
        lead = re.match(r"([A-Z]{3,6})[ \t]+\d", pattern_text)
        if lead and not lead.group(1).endswith(_AGENCY_ENDS) and (
                is_given_name(lead.group(1)) or surname_kind(lead.group(1)) is not None):
            return True  # "Case KENT 26-0412": a case named by a person's surname, which stays redacted
        return count_digits(pattern_text) < 3


#: How agency initials end ("XYPD", "TCSO"): such letters are an agency's even when a census word.
_AGENCY_ENDS = ("PD", "SO", "SD", "SP", "HP", "DPS")


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
        # "612/555-0177": a slash after the area code (contact tables)
        Pattern("us phone slash", r"(?<![\w/+-])\d{3}/\d{3}-\d{4}(?![\w/-])", 0.6),
        # "six-one-two, five-five-five, oh-one-seven-seven": a number read aloud in a transcript
        # (seven, ten or eleven digit words in a row; checked in invalidate_result)
        Pattern(
            "spoken phone",
            rf"(?<![\w-]){SPOKEN_DIGIT}(?:(?:-|,?[ \t]+|,[ \t]*\n[ \t]*){SPOKEN_DIGIT}){{6,10}}(?![\w-])",
            0.6,
        ),
        Pattern(
            # CAD callback numbers: "CB 5305550143", "C/B# 530-555-0143", "ANI: 5305550143"
            "callback",
            r"(?P<label>\b(?:CB|C/B|CBN|CBR|ANI|(?i:call[- ]?back)(?:[ \t]+(?i:number|no\.?|#))?))"
            r"[ \t]*[#:]?[ \t]*"
            r"(?:\n[ \t]*)?(?P<value>(?:\+?1[-. ]?)?(?:\(\d{3}\)[ \t]?|\d{3}[-. \u2010-\u2015\u2212]?)\d{3}"
            r"[-. \u2010-\u2015\u2212]?\d{4})(?![\w-])",
            0.85,
        ),
    ]
    # "reached at 1210 on 5305550143", "texted her at ...": a bare 10-digit number is only 0.4
    # (context words are compared with lemmas: "reached" is "reach")
    CONTEXT = ["phone", "telephone", "cell", "mobile", "call", "tel", "contact", "number", "reach",
               "text", "dial", "callback"]
    EXPLAIN = {"us phone": "US phone number format", "us phone 10 digits": "10-digit US number",
               "callback": "callback number after '{label}'", "us phone slash": "US phone number format",
               "spoken phone": "phone number read aloud digit by digit"}

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """Reject an area code starting with 0 or 1 (not NANP); fictional 555 numbers stay in."""
        if not any(c.isdigit() for c in pattern_text):  # read aloud
            pattern_text = spelled_out(pattern_text)
            if len(pattern_text) not in (7, 10, 11):
                return True
            if len(pattern_text) == 7:
                return False
        number = re.split(r"[ \t]*(?:x|ext\.?|EXT\.?)[ \t]*\d", pattern_text)[0]
        digits = "".join(c for c in number if c.isdigit())
        digits = digits[1:] if len(digits) == 11 and digits[0] == "1" else digits
        return digits[:1] in ("0", "1")


_SSN_SEP = r"(?:[ \t]*[-\u2010-\u2015\u2212\ufe58\ufe63\uff0d][ \t]*|[ \t\u00a0\u2000-\u200a\u202f])"


class SsnRecognizer(ValuePatternRecognizer):
    """US Social Security numbers with any Unicode dash or blank between the groups, or after a label.

    Presidio's own recognizer reads ASCII hyphens, dots and spaces; "123–45–6789" with an
    en dash, a non-breaking space or "SOC 123456789" in a CAD line would pass it by.
    """

    ENTITY = "US_SSN"
    PATTERNS = [
        Pattern(
            "ssn groups", rf"(?<![\w-])(?P<value>\d{{3}}{_SSN_SEP}\d{{2}}{_SSN_SEP}\d{{4}})(?![\w-])", 0.5
        ),
        Pattern(
            "ssn label",
            rf"(?P<label>\b(?:SSN|SS#|SOC|SOC[ \t]*SEC|S\.S\.N\.?"
            rf"|(?i:social[ \t]+security)(?:[ \t\n]+(?i:number|no\.?|#))?))"
            rf"[ \t]*[:#,]?[ \t]*(?:\n[ \t]*)?(?:(?i:is|was)[ \t]+)?"
            rf"(?P<value>\d{{3}}{_SSN_SEP}?\d{{2}}{_SSN_SEP}?\d{{4}})(?![\w-])",
            0.9,
        ),
    ]
    CONTEXT = ["ssn", "social", "security", "soc"]
    EXPLAIN = {"ssn groups": "three groups of 3-2-4 digits", "ssn label": "label '{label}'"}

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """Area 000, 666 or 9xx, group 00 and serial 0000 are never issued; nor is one digit repeated."""
        digits = "".join(c for c in pattern_text if c.isdigit())
        if len(digits) != 9 or len(set(digits)) == 1:
            return True
        return digits[:3] in ("000", "666") or digits[0] == "9" or digits[3:5] == "00" or digits[5:] == "0000"

    def invalidate_match(self, pattern_name: str, value: str) -> bool | None:
        """After an SSN label any nine digits are redacted (privacy first: a mistyped or made-up area
        is still someone's number as far as the reader knows); only a one-digit placeholder stays."""
        if pattern_name == "ssn label":
            digits = "".join(c for c in value if c.isdigit())
            return len(digits) != 9 or len(set(digits)) == 1
        return self.invalidate_result(value)


@functools.lru_cache(maxsize=1)
def _tld_extractor() -> tldextract.TLDExtract:
    """tldextract with its bundled suffix snapshot: no network, no cache writes (built once)."""
    import tldextract  # lazy: only by the email recognizer

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


#: An address wrapped in a narrow table cell or column right after its "@" ("j.roe@" / "example.org"):
#: the stock pattern reads neither line as an e-mail address.
_WRAPPED_EMAIL = r"(?<![\w.+-])[\w+-]+(?:\.[\w+-]+)*@[ \t]*\n[ \t]*\w+(?:-+\w+)*(?:\.\w+(?:-+\w+)*)+\b"


class SafeEmailRecognizer(EmailRecognizer):
    """Presidio's email recognizer, validated offline against tldextract's bundled suffix list."""

    def __init__(self, supported_language: str = "en", name: str | None = "SafeEmailRecognizer") -> None:
        wrapped = Pattern("Email wrapped after its @", _WRAPPED_EMAIL, 0.5)
        super().__init__(patterns=[*self.PATTERNS, wrapped], supported_language=supported_language, name=name)
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
