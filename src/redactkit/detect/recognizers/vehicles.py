"""Recognizers for vehicles and drivers: licence plates, VINs (check digit), driver's licences.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import regex as re
from presidio_analyzer import EntityRecognizer, RecognizerResult

if TYPE_CHECKING:

    pass
from ..lexicon import COMMON_WORDS, DATE, WS, compiled
from ._base import (
    SPOKEN_DIGIT,
    ValuePatternRecognizer,
    count_digits,
    make_explanation,
    make_result,
    spelled_out,
)
from ._base import FlaggedPattern as Pattern
from .addresses import AddressRecognizer

__all__ = [
    "DriverLicenseRecognizer",
    "LicensePlateRecognizer",
    "VinRecognizer",
    "vin_check_digit_ok",
]


class LicensePlateRecognizer(ValuePatternRecognizer):
    """Licence plate after a label or context word ("Plate: 7ABC123", "bearing CA plate 8XYZ123")."""

    _PLATE = r"[A-Z0-9]{1,4}(?:[- ](?=[A-Z0-9]{2,5}\b))?[A-Z0-9]{1,5}(?![\w-])"
    _STATE_NAME = (
        r"(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia"
        r"|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts"
        r"|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey"
        r"|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania"
        r"|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington"
        r"|West Virginia|Wisconsin|Wyoming)"
    )
    _STATE_NAME_WRAP = _STATE_NAME.replace(" ", r"[ \t\n]+")
    _STATE_PREFIX = rf"(?:(?:{AddressRecognizer._STATE}|\({AddressRecognizer._STATE}\)|{_STATE_NAME}){WS}+)"
    #: after a label, a plate may wrap: "registration CT\n55190", "plate DX\n48213"
    _PLATE_WRAP = (
        r"[A-Z0-9]{1,4}(?:[- ](?=[A-Z0-9]{2,5}\b)|[ \t]*\n[ \t]*(?=[A-Z0-9]{2,5}\b)(?=[A-Z]{0,4}\d))"
        r"[A-Z0-9]{1,5}(?![\w-])"
    )
    _STATE_PREFIX_WRAP = (
        rf"(?:(?:{AddressRecognizer._STATE}|\({AddressRecognizer._STATE}\)|{_STATE_NAME})"
        rf"(?:{WS}+|{WS}*\n{WS}*))"
    )
    #: (after a label, letters and six digits too: "tag KT 551902")
    _VALUE = rf"(?P<value>{_STATE_PREFIX_WRAP}?(?:[A-Z]{{1,3}}[ ]\d{{6}}(?![\w-])|{_PLATE_WRAP}|{_PLATE}))"
    ENTITY = "LICENSE_PLATE"
    PATTERNS = [
        Pattern(
            "plate label",
            rf"(?P<label>\b(?i:(?:license|licence|lic\.?|registration|reg\.?){WS}+plate|plates?|tag|registration)"
            rf"(?:{WS}*(?i:no\.?|number|num\.?|#))?(?:{WS}*/{WS}*(?i:state|st|yr|year)\b)?|\bLP\b|\bLPN\b)"
            rf"(?:{WS}+(?i:reading|of|was|is|number|displaying|showing|issued|assigned)\b)?"
            # a note in brackets ending a form's label line ("Plate issued (front / rear)")
            rf"(?:{WS}*\([^()\n]{{1,30}}\)(?={WS}*\n))?{WS}*[:#,]?{WS}*#?{WS}*"
            rf"(?:\n{WS}*)?" + _VALUE,
            0.85,
        ),
        Pattern(
            "bearing plate",
            rf"(?P<label>\b(?i:bearing|displaying))(?:{WS}+(?:[A-Z]{{2}}|[A-Z][a-z]+))?"
            rf"(?:{WS}+(?i:license|licence|registration|temporary|temp|dealer))?"
            rf"(?:{WS}+(?i:plates?|tags?))?{WS}+" + _VALUE,
            0.8,
        ),
    ]
    PATTERNS.append(
        # "Utah plate WQX-5527", "plate CA 7KQD402" are the label pattern; "Nevada 552 KRW" /
        # "North Dakota PLM880" (the state may end the line above) the spelled-out state below
        Pattern(
            "state name + plate, wrapped",
            rf"\b(?P<value>{_STATE_NAME_WRAP}[ \t]*\n?[ \t]*(?=[A-Z0-9 -]*\d)(?=[0-9 -]*[A-Z])"
            r"[A-Z0-9]{1,4}(?:[- ](?=[A-Z0-9]{2,5}\b))?[A-Z0-9]{2,5})(?![\w-])",
            0.6,
        )
    )
    PATTERNS.append(
        # "showed CT 55190": a state and a plate shape; weak alone, raised by context words
        # (letters and digits; the state may end the line above: CAD "BLUE FORD VA\nKWT 3391")
        Pattern(
            "state + plate",
            # (not after a code that is also a word or an abbreviation: "ID S-204" is a badge)
            rf"\b(?!(?:ID|OR|ME|OK|HI|DE)\b)"
            rf"(?P<value>{_STATE_PREFIX_WRAP}(?=[A-Z0-9 -]*\d)(?=[0-9 -]*[A-Z]){_PLATE})",
            0.45,
        )
    )
    PATTERNS.append(
        # "Maine ... ME 4418 KT": a code that is also a word (ME, OR, ID ...) before a plate of two
        # blocks, letters and digits; below the review floor unless a context word (car,
        # registered, vehicle ...) raises it ("ID S-204", "OR 4471B" stay: no two blocks)
        Pattern(
            "word-like state + plate",
            r"\b(?=(?:ID|OR|ME|OK|HI|DE)\b)"
            rf"(?P<value>{_STATE_PREFIX}(?:\d{{2,4}}[ -][A-Z]{{2,4}}|[A-Z]{{2,4}}[ -]\d{{2,4}}))(?![\w-])",
            0.3,
        )
    )
    PATTERNS.append(
        # "the vehicle 204 WQP (Nevada)": after the word vehicle, a plate of two blocks, letters and
        # digits (not "Vehicle 2", "vehicle 2 OWNER": one digit is a vehicle's number in a report;
        # nor a model year before a make, "VEHICLE 2014 FORD", nor a speed or a time)
        Pattern(
            "vehicle + plate",
            rf"(?P<label>\b(?i:vehicle|veh\.?)){WS}+(?:#{WS}*)?"
            r"(?!(?:19|20)\d\d\b)(?!\d+[ -]?(?:MPH|KPH|AM|PM|HRS?|MINS?|FT|YDS?|LBS?|MI|KM)\b)"
            r"(?P<value>(?:\d{2,4}[ -]?[A-Z]{2,4}|[A-Z]{2,4}[ -]?\d{2,4}))(?![\w-])",
            0.45,
        )
    )
    PATTERNS.append(
        # "CT 55190": digits only after a state code is as often a ZIP code; below the review floor
        # unless a context word (plate, vehicle, tag ...) raises it
        # (not after a code that is also a word or label in capitals: ID, IN, OR, ME, OK, HI ...)
        Pattern(
            "state + digits",
            rf"\b(?!(?:ID|IN|OR|ME|OK|HI|DE|PA|OH|LA|AL|CO|MA|MD|MO|NE)\b)"
            rf"(?P<value>{_STATE_PREFIX}\d{{4,5}})(?![\w-])",
            0.3,
        )
    )
    PATTERNS.append(
        # the second of two plates on a plate label's value line ("Plates\nQRX418 / T92KJL"): letters
        # and digits, right after the first plate and a slash
        Pattern(
            "second plate",
            rf"(?<=\b(?i:plates?|tags?)\b[^\n]{{0,40}}\n{WS}*{_PLATE}{WS}*/{WS}*)"
            r"(?P<value>(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{4,8})(?![\w-])",
            0.85,
        )
    )
    PATTERNS.append(
        # "NH 5519204": six to eight digits after a state code are no ZIP code (five, or five and
        # four with a hyphen); an all-digit plate (or a licence number), as likely as a lettered one
        Pattern(
            "state + long digits",
            rf"\b(?!(?:ID|IN|OR|ME|OK|HI|DE|PA|OH|LA|AL|CO|MA|MD|MO|NE)\b)"
            rf"(?P<value>{_STATE_PREFIX}\d{{6,8}})(?![\w-])",
            0.45,
        )
    )
    PATTERNS.append(
        # "(Colorado QRW-M18, VIN ...", "(Iowa JHN 317)": a spelled-out state and a plate
        # with letters and digits (not "Iowa Code 708" nor "Iowa DL 481KC2205")
        Pattern(
            "state name + plate",
            rf"\b(?P<value>{_STATE_NAME}{WS}+(?=[A-Z0-9 -]*\d)(?=[0-9 -]*[A-Z])"
            r"[A-Z0-9]{2,4}(?:[- ](?=[A-Z0-9]{2,5}\b))?[A-Z0-9]{2,5})(?![\w-])",
            0.6,
        )
    )
    PATTERNS.append(
        # a plate read aloud after the plate word ("Utah plate.\nK-Q-L, 4-7-2", "tag, hold on ...
        # R-W-T, six, one, nine"): letters spelled with hyphens, digits as digits or words
        Pattern(
            "plate read aloud",
            rf"(?P<label>\b(?i:plates?|tags?))\b(?:[^\n\d]{{0,30}}?\n)?[^\n\d]{{0,30}}?"
            rf"(?<![\w-])(?P<value>[A-Z0-9](?:-[A-Z0-9]){{1,3}}(?:,?{WS}+(?:[A-Z0-9](?:-[A-Z0-9]){{1,3}}"
            rf"|{SPOKEN_DIGIT}(?:-{SPOKEN_DIGIT})*|\d))+)(?![\w-])",
            0.8,
        )
    )
    PATTERNS.append(
        # an NCIC / state-terminal message field "LIC/<plate> LIS/<state> LIY/<year>": the
        # message key LIC (in capitals, right before the slash) holds the licence plate
        Pattern("ncic plate key", rf"(?P<label>\bLIC)/(?P<value>{_PLATE})", 0.85)
    )
    CONTEXT = ["plate", "plates", "tag", "registration", "vehicle", "registered", "veh", "car", "truck",
               "driving", "drove", "sedan", "pickup", "suv", "van"]
    EXPLAIN = {
        "plate label": "label '{label}'",
        "ncic plate key": "terminal message key '{label}/'",
        "bearing plate": "context '{label}' before plate",
        "state + plate": "state and plate shape",
        "state + digits": "state and a number (a plate or a ZIP code)",
        "second plate": "second plate after a slash under a plate label",
        "state + long digits": "state and a number too long for a ZIP code",
        "state name + plate": "spelled-out state before a plate shape",
        "word-like state + plate": "state code that is also a word, and a plate of two blocks",
        "vehicle + plate": "plate shape after '{label}'",
    }

    #: A partial plate a witness saw: "partial plate \"KQ7\"", "a plate starting KQ", "plates
    #: beginning with KQ": two to seven characters, too short for the full-plate check below
    _PARTIAL = re.compile(
        rf"(?P<label>\b(?i:partial{WS}+(?:license{WS}+|licence{WS}+)?(?:plate|tag)s?"
        rf"|(?:plate|tag)s?{WS}+(?:that{WS}+)?(?:start|begin|end)(?:s|ing|ning)?))"
        rf"(?:{WS}+(?i:with|in|of|was|is|reading|read))?{WS}*[,:]?{WS}*[\"“'‘]?"
        r"(?P<value>[A-Z0-9]{2,7})(?![\w-])",
    )

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        """The plate patterns, and partial plates after 'partial plate' or 'plate starting'."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for m in self._PARTIAL.finditer(text):
            value = m.group("value")
            quoted = text[m.start("value") - 1 : m.start("value")] in "\"“'‘"
            # "A PARTIAL PLATE WAS SEEN": a word, not the characters seen (a plate's letters seldom
            # hold a vowel; a quoted value is what the witness read)
            if value.isalpha() and not quoted and (
                set(value) & set("AEIOUY") or value.capitalize() in COMMON_WORDS
            ):
                continue
            ex = make_explanation(self.name, 0.8, f"partial plate after '{m.group('label')}'",
                                  "partial plate", self._PARTIAL.pattern, None)
            vs, ve = m.span("value")
            results.append(make_result(self, self.ENTITY, vs, ve, 0.8, ex))
        return EntityRecognizer.remove_duplicates(results)

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """Plates have 4-8 characters (after the state) and at least one digit."""
        if re.search(r"[A-Z0-9]-[A-Z0-9]", pattern_text) and "," in pattern_text:  # read aloud
            chars = spelled_out(pattern_text)
            return not (4 <= len(chars) <= 8 and count_digits(chars) >= 1)
        flat = " ".join(pattern_text.split())
        plate = compiled(rf"^{self._STATE_PREFIX}(?=[A-Z0-9 -]*\d)").sub("", flat)
        chars = plate.replace("-", "").replace(" ", "")
        return not (4 <= len(chars) <= 8 and count_digits(chars) >= 1)


_VIN_TRANSLIT = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}


_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_check_digit_ok(vin: str) -> bool:
    """True when ``vin`` (17 characters) carries a valid North American check digit (position 9)."""
    vin = vin.upper()
    if len(vin) != 17 or any(c not in _VIN_TRANSLIT for c in vin):
        return False
    total = sum(_VIN_TRANSLIT[c] * w for c, w in zip(vin, _VIN_WEIGHTS, strict=True))
    rem = total % 11
    return vin[8] == ("X" if rem == 10 else str(rem))


class VinRecognizer(ValuePatternRecognizer):
    """Vehicle identification number: 17 characters, no I/O/Q, check digit validated."""

    ENTITY = "VIN"
    #: (I, O and Q too: a VIN never holds them, but OCR reads a 1 as I and a 0 as O or Q)
    PATTERNS = [Pattern("vin 17", r"\b[A-Z0-9]{17}\b", 0.5)]
    CONTEXT = ["vin", "vehicle", "identification"]
    EXPLAIN = {"vin 17": "17-character VIN with a valid check digit"}
    _OCR_DIGITS = str.maketrans("IOQ", "100")

    def validate_result(self, pattern_text: str) -> bool | None:
        """Check digit (ISO 3779 / 49 CFR 565) must be right, once OCR's I/O/Q are read as 1/0/0."""
        return vin_check_digit_ok(pattern_text.upper().translate(self._OCR_DIGITS))

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """Reject all-same characters and strings without letters."""
        return len(set(pattern_text)) == 1 or not any(c.isalpha() for c in pattern_text)


class DriverLicenseRecognizer(ValuePatternRecognizer):
    """Driver's licence number after a label ("DL# B1234567", "Driver's License: CA D7654321")."""

    ENTITY = "DRIVER_LICENSE"
    PATTERNS = [
        Pattern(
            "dl label",
            rf"(?P<label>\b(?:(?:(?i:driver'?s?|driver’s|operator'?s?){WS}+(?i:licen[cs]e)"
            rf"|DL|D/L|OLN|ODL|CDL|DLN)(?:,?{WS}*(?i:no\.?|number|#))?)"
            rf"|\b(?i:lic(?:ense)?\.?){WS}*(?:#|(?i:no\.?|number)))(?!{WS}*(?i:plate))"
            # a form column "DL NO. / STATE" holds the number and its state
            rf"(?:{WS}*/{WS}*(?i:state|st)\b)?"
            rf"(?:{WS}+(?i:is|was))?{WS}*[:#,(]?{WS}*#?{WS}*(?:\n{WS}*)?"
            rf"(?:\(?[A-Z]{{2}}\)?{WS}+(?=[A-Z0-9 ]*\d))?"
            # (a surname-coded licence pads a short name with asterisks: "ROEJA**417KT")
            r"(?P<value>[A-Z][ \t]?\d{3}(?:[ \t\n]+\d{3}){2,4}(?!\d)|\d{3} \d{3} \d{3}(?!\d)"
            r"|[A-Z]{0,2}\d[A-Z0-9-]{3,15}"
            r"|[A-Z]{1,3}[A-Z0-9*-]*\d[A-Z0-9*-]*)(?![\w-])",
            0.85,
        ),
    ]
    PATTERNS = [
        *PATTERNS,
        Pattern(
            # "Oregon license 7719-022-31", "NE ID Q88310427",
            # "Vermont driver's license is K 208\n441 903 117"
            "state licence",
            rf"(?P<label>\b(?:{LicensePlateRecognizer._STATE_NAME}|{AddressRecognizer._STATE})"
            rf"(?:{WS}+(?i:driver'?s?|driver’s|operator'?s?))?{WS}+(?:(?i:licen[cs]e)|DL|OLN?|ID|(?i:ID{WS}+card)))"
            rf"(?:,?{WS}+(?i:is|was|number|no\.?|#))*{WS}*[:#,]?{WS}*(?:\n{WS}*)?"
            r"(?P<value>[A-Z][ \t]?\d{3}(?:[ \t\n]+\d{3}){2,4}(?!\d)|\d{3} \d{3} \d{3}(?!\d)"
            r"|[A-Z]{0,2}\d[A-Z0-9-]{3,15}|[A-Z]{1,3}[A-Z0-9*-]*\d[A-Z0-9*-]*)(?![\w-])",
            0.85,
        ),
    ]
    PATTERNS.append(
        # "ROE, JANE, DOB 03-14-2004, R12-44-7719, last address ...": a records-check line lists a
        # person's identifiers in a row; a letter-led licence shape right after the date of birth
        # is the licence number even without its label (a case number never follows a DOB)
        Pattern(
            "licence after dob",
            rf"(?P<label>\b(?:DOB|D\.O\.B\.?)){WS}*:?{WS}*{DATE},{WS}+"
            r"(?P<value>[A-Z]\d{2,3}-\d{2,3}-\d{3,5}|[A-Z]{1,2}\d{6,10})(?![\w-])",
            0.75,
        )
    )
    PATTERNS.append(
        # "the Iowa licence we hold for you ends in 0415 (full number 000019870415)": a licence named
        # in prose and its number said later in the same sentence; a long digit run only, and not
        # past another record's number word (case, report, plate ...)
        Pattern(
            "licence number later in the sentence",
            rf"(?P<label>\b(?i:licen[cs]e))(?!{WS}*(?i:plate|tag))"
            rf"(?:(?!\b(?i:case|report|incident|citation|badge|plate|tag|event|call|phone|cell|account)\b)"
            rf"[^.\n;]){{1,60}}?\b(?i:(?:full|complete){WS}+)?(?i:number|no\.|\#){WS}*[:#]?{WS}*"
            r"(?P<value>[A-Z]{0,2}\d{7,14})(?![\w-])",
            0.75,
        )
    )
    CONTEXT = ["license", "licence", "driver", "dl", "oln"]
    EXPLAIN = {"dl label": "label '{label}'",
               "licence number later in the sentence": "number said after '{label}' in the same sentence",
               "state licence": "licence of a state: '{label}'",
               "licence after dob": "licence-shaped number right after a '{label}' date"}

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """A licence number has 5-16 characters and at least 3 digits."""
        chars = pattern_text.replace("-", "").replace(" ", "")
        return not (5 <= len(chars) <= 16 and count_digits(chars) >= 3)
