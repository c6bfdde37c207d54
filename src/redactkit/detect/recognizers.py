"""Police recognizers for Presidio, declarative like Presidio's own.

Each pattern recognizer is a :class:`presidio_analyzer.PatternRecognizer`
subclass with ``PATTERNS`` (name, regex, score), ``CONTEXT`` words and
``validate_result`` / ``invalidate_result`` hooks. Unlike stock Presidio, a
pattern may name a ``(?P<value>...)`` group: the result then covers only the
value, not the label in front of it ("DOB: 03/14/1985" -> ``03/14/1985``).

Every result carries an :class:`~presidio_analyzer.AnalysisExplanation` with
the recognizer, the pattern name, the score and a ``textual_explanation``
("label 'DOB:'", "rank 'Sgt.' before name") so a reviewer can see why.

Regex flags: our patterns are written for ``re.DOTALL | re.MULTILINE``
*without* ``IGNORECASE`` (what :mod:`redactkit.detect` uses). Case matters for
names, plate and VIN shapes; where it does not, a pattern uses an inline
``(?i:...)`` group. Each recognizer carries those flags itself, so it behaves
the same whether or not the registry's ``global_regex_flags`` reach it.

Entity types produced: ADDRESS, LICENSE_PLATE, VIN, DRIVER_LICENSE,
DATE_OF_BIRTH, AGE, CASE_NUMBER, BADGE_NUMBER, ID_NUMBER, PHONE_NUMBER,
EMAIL_ADDRESS, OFFICER, plus whatever the policy's field labels, rule-file
recognizers and deny-list name.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

import regex as re
from presidio_analyzer import (
    AnalysisExplanation,
    EntityRecognizer,
    LocalRecognizer,
    Pattern,
    PatternRecognizer,
    RecognizerResult,
)
from presidio_analyzer.predefined_recognizers import EmailRecognizer

if TYPE_CHECKING:
    import tldextract
    from presidio_analyzer.nlp_engine import NlpArtifacts

    from ..policy import Policy

__all__ = [
    "REGEX_FLAGS",
    "AddressRecognizer",
    "AgeRecognizer",
    "BadgeNumberRecognizer",
    "CaseNumberRecognizer",
    "DateOfBirthRecognizer",
    "DriverLicenseRecognizer",
    "FieldLabelRecognizer",
    "IdNumberRecognizer",
    "LastFirstNameRecognizer",
    "RoleNameRecognizer",
    "AgencyRecognizer",
    "LicensePlateRecognizer",
    "OfficerRecognizer",
    "SafeEmailRecognizer",
    "UsPhoneRecognizer",
    "VinRecognizer",
    "build_recognizers",
    "vin_check_digit_ok",
]

#: Flags every recognizer here is compiled with: no IGNORECASE.
REGEX_FLAGS = re.DOTALL | re.MULTILINE

# --------------------------------------------------------------------------- shared regex parts

_WS = r"[ \t]"
_MONTH = (
    r"(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
#: A calendar date in the common US/ISO/written forms.
DATE = (
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?![\d/])"
    r"|\d{4}-\d{2}-\d{2}(?!\d)"
    rf"|{_MONTH}\.?{_WS}+\d{{1,2}}(?:st|nd|rd|th)?,?{_WS}+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?{_WS}+(?:of{_WS}+)?{_MONTH}\.?,?{_WS}+\d{{4}})"
)

_RANK_WORDS = [
    "Officer",
    "Ofc.",
    "Ofc",
    "Off.",
    "P.O.",
    "Patrol Officer",
    "Police Officer",
    "Patrolman",
    "Ptl.",
    "Sergeant",
    "Sgt.",
    "Sgt",
    "Lieutenant",
    "Lt.",
    "Lt",
    "Captain",
    "Capt.",
    "Cpt.",
    "Corporal",
    "Cpl.",
    "Detective",
    "Det.",
    "Det",
    "Deputy",
    "Dep.",
    "Dty.",
    "Trooper",
    "Tpr.",
    "Special Agent",
    "Agent",
    "S/A",
    "Investigator",
    "Inv.",
    "Inspector",
    "Insp.",
    "Sheriff",
    "Undersheriff",
    "Marshal",
    "Commander",
    "Cmdr.",
    "Chief",
    "Constable",
    "Dispatcher",
    "Disp.",
    "Telecommunicator",
    "Ranger",
    "Warden",
    "Probation Officer",
    "Parole Officer",
    "Corrections Officer",
    "Correctional Officer",
    "Supervisor",
    "Judge",
    "District Judge",
    "Magistrate",
    "Hon.",
    "Honorable",
    "Officers",
    "Deputies",
    "Detectives",
    "Sergeants",
    "Troopers",
    "Agents",
    # CAD and RMS exports drop the period of these abbreviations ("CPL A. FAIRCLOTH");
    # "Off", "Inv", "Disp" and "Hon" are left out: without it they are ordinary words.
    "Ptl",
    "Capt",
    "Cpt",
    "Cpl",
    "Dep",
    "Dty",
    "Tpr",
    "Insp",
    "Cmdr",
]
_LOWER_RANKS = [
    "officer",
    "sergeant",
    "detective",
    "deputy",
    "trooper",
    "officers",
    "deputies",
    "detectives",
    "supervisor",
]


def _alt(words: Iterable[str]) -> str:
    seen: list[str] = []
    for w in words:
        for v in (w, w.upper()):
            if v not in seen:
                seen.append(v)
    seen.sort(key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", _WS + "+") for w in seen)


_RANK_ONE = rf"(?:{_alt(_RANK_WORDS)}|{'|'.join(_LOWER_RANKS)})(?![\w.])"
#: One or more rank words ("Deputy Chief", "Det. Sgt.").
RANK = rf"(?P<rank>{_RANK_ONE}(?:{_WS}+{_RANK_ONE})*)"
_NAME_TOKEN = (
    r"(?:(?:Mc|Mac|O'|O’|D'|De|Di|La|Le|Van|Von)?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)*"
    r"|[A-Z]{2,}(?:[-'’][A-Z]{2,})*)"
)
_INITIAL = r"[A-Z]\."
#: A person's name after a rank: optional initials, 1-3 capitalised tokens.
NAME = (
    rf"(?P<name>(?:{_INITIAL}{_WS}*){{0,2}}{_NAME_TOKEN}"
    rf"(?:{_WS}+(?:{_INITIAL}|{_NAME_TOKEN})(?![\w])){{0,2}})(?![\w'’])"
)
#: Capitalised words that follow a rank but are not names.
NOT_NAMES = frozenset(
    """The A An And Or Of On In At To For From With By As Was Were Is Are Be Had Has Have Did Do
    Responded Arrived Reported Stated Advised Observed Located Contacted Interviewed Asked Said Saw
    Then When While After Before During Upon Unit Units Badge Division Department Dept Bureau Section
    Report Narrative Involved Safety Down Needs Assist Requested Report Supplement Name Signature
    Date Time Approved Reviewed Number No Team Patrol Station District Precinct Shift County City
    State Police Sheriff Office Academy Training Mr Mrs Ms Dr Jr Sr II III IV Box""".split()
)
#: Dispatch-log words that can follow a unit call sign but are not names.
_DISPATCH_WORDS = frozenset(
    """Dispatched Enroute Enrt Arrived Clear Cleared Scene Onscene Available Busy Assist Backup Cover
    Responding Transport Transporting Code Status Out Service Break Meal Goa Utl Unfounded Report
    Done""".split()
)
_BADGE_AFTER = (
    rf"{_WS}*,?{_WS}*\(?(?:#{_WS}*|(?i:badge){_WS}*(?:#|(?i:no\.?)|(?i:number))?{_WS}*#?{_WS}*)"
    r"(?P<badge>\d{2,6})\b"
)


def _count_digits(s: str) -> int:
    return sum(c.isdigit() for c in s)


def _explanation(
    recognizer: str,
    score: float,
    textual: str,
    pattern_name: str | None = None,
    pattern: str | None = None,
    validation: bool | None = None,
) -> AnalysisExplanation:
    kwargs: dict[str, Any] = {
        "recognizer": recognizer,
        "original_score": score,
        "pattern_name": pattern_name,
        "pattern": pattern,
        "validation_result": validation,
        "textual_explanation": textual,
        "regex_flags": REGEX_FLAGS,
    }
    return AnalysisExplanation(**kwargs)


def _result(
    rec: Any, entity: str, start: int, end: int, score: float, ex: AnalysisExplanation
) -> RecognizerResult:
    return RecognizerResult(
        entity_type=entity,
        start=start,
        end=end,
        score=score,
        analysis_explanation=ex,
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: rec.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: rec.id,
        },
    )


# --------------------------------------------------------------------------- pattern recognizers


class ValuePatternRecognizer(PatternRecognizer):
    """A declarative pattern recognizer whose patterns may mark a ``value`` group.

    Subclasses set ``ENTITY``, ``PATTERNS``, ``CONTEXT`` and optionally
    ``EXPLAIN`` (pattern name -> text for the explanation; ``{label}`` is
    replaced by the matched ``label`` group) and override
    ``validate_result`` / ``invalidate_result``.
    """

    name: str
    patterns: list[Pattern]
    ENTITY: ClassVar[str] = ""
    PATTERNS: ClassVar[list[Pattern]] = []
    CONTEXT: ClassVar[list[str]] = []
    EXPLAIN: ClassVar[dict[str, str]] = {}

    def __init__(
        self,
        patterns: list[Pattern] | None = None,
        context: list[str] | None = None,
        supported_language: str = "en",
        supported_entity: str | None = None,
        name: str | None = None,
    ) -> None:
        super().__init__(
            supported_entity=supported_entity or self.ENTITY,
            name=name or type(self).__name__,
            supported_language=supported_language,
            patterns=[Pattern(p.name, p.regex, p.score) for p in (patterns or self.PATTERNS)],
            context=context if context is not None else list(self.CONTEXT),
            global_regex_flags=REGEX_FLAGS,
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Match every pattern; a ``value`` group, when present, is the result span.

        ``regex_flags`` is ignored: these patterns are written for
        :data:`REGEX_FLAGS` (case-sensitive) and would change meaning under others.
        """
        results: list[RecognizerResult] = []
        for pattern in self.patterns:
            p: Any = pattern
            if p.compiled_regex is None or p.compiled_with_flags != REGEX_FLAGS:
                p.compiled_with_flags = REGEX_FLAGS
                p.compiled_regex = re.compile(pattern.regex, flags=REGEX_FLAGS)
            compiled: Any = p.compiled_regex
            for m in compiled.finditer(text):
                if "value" in compiled.groupindex and m.group("value") is not None:
                    start, end = m.span("value")
                else:
                    start, end = m.span()
                value = text[start:end]
                if not value.strip():
                    continue
                score = float(pattern.score)
                validation = self.validate_result(value)
                if validation is not None:
                    score = EntityRecognizer.MAX_SCORE if validation else EntityRecognizer.MIN_SCORE
                if self.invalidate_result(value):
                    score = EntityRecognizer.MIN_SCORE
                if score <= EntityRecognizer.MIN_SCORE:
                    continue
                label = m.group("label") if "label" in compiled.groupindex else None
                template = self.EXPLAIN.get(pattern.name, f"pattern '{pattern.name}'")
                textual = template.format(label=" ".join((label or "").split()), match=m.group(0))
                ex = _explanation(
                    self.name, float(pattern.score), textual, pattern.name, pattern.regex, validation
                )
                ex.score = score
                results.append(_result(self, self.supported_entities[0], start, end, score, ex))
        return EntityRecognizer.remove_duplicates(results)


class AddressRecognizer(ValuePatternRecognizer):
    """US street address: number + street + suffix (+ unit) (+ city, state, ZIP)."""

    _SUFFIX = _alt(
        [
            "Street",
            "St.",
            "St",
            "Avenue",
            "Ave.",
            "Ave",
            "Av.",
            "Road",
            "Rd.",
            "Rd",
            "Boulevard",
            "Blvd.",
            "Blvd",
            "Drive",
            "Dr.",
            "Dr",
            "Lane",
            "Ln.",
            "Ln",
            "Court",
            "Ct.",
            "Ct",
            "Place",
            "Pl.",
            "Pl",
            "Way",
            "Terrace",
            "Ter.",
            "Circle",
            "Cir.",
            "Cir",
            "Parkway",
            "Pkwy.",
            "Pkwy",
            "Highway",
            "Hwy.",
            "Hwy",
            "Trail",
            "Trl.",
            "Square",
            "Sq.",
            "Loop",
            "Alley",
            "Pike",
            "Row",
            "Crossing",
            "Path",
            "Plaza",
            "Expressway",
            "Freeway",
            "Turnpike",
            "Point",
            "Ridge",
            "Heights",
            "Commons",
            # More USPS standard suffixes (Publication 28, C1), with their abbreviations as
            # exports write them (no period).
            "Ter",
            "Trl",
            "Sq",
            "Run",
            "Cove",
            "Cv",
            "Bend",
            "Creek",
            "Crk",
            "Hollow",
            "Holw",
            "Crescent",
            "Cres",
            "Hts",
            "Xing",
            "Expy",
            "Fwy",
            "Trace",
            "Trce",
            "Grove",
            "Grv",
            "Landing",
            "Lndg",
        ]
    )
    #: Street types written before the name in Spanish and French street names ("117 Calle
    #: Lucero", "40 Camino del Sol", "9 Rue Royale").
    _PREFIX_TYPE = _alt(["Calle", "Camino", "Avenida", "Paseo", "Via", "Vía", "Rue", "Rua"])
    _WORD = r"(?:[A-Z][a-z]+|[A-Z]{2,}|\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH))"
    _DIR = r"(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West|NORTH|SOUTH|EAST|WEST)\.?"
    #: blanks, or one line break with blanks around it (an address wrapped in running text)
    _BR = rf"(?:{_WS}+|{_WS}*\n{_WS}*)"
    _UNIT = (
        rf"(?:,?(?:{_WS}*|{_WS}*\n{_WS}*)(?:Apt|APT|Apartment|APARTMENT|Unit|UNIT|Suite|SUITE|Ste|STE|Rm|Room"
        rf"|Lot|LOT|Bldg)\.?(?:{_WS}*|{_WS}*\n{_WS}*)#?{_WS}*[A-Z0-9-]{{1,6}}\b|{_WS}*#{_WS}*[A-Z0-9-]{{1,6}}\b)"
    )
    _CITY = rf"(?:[A-Z][a-z]+|[A-Z]{{2,}})(?:{_WS}+(?:[A-Z][a-z]+|[A-Z]{{2,}})){{0,2}}"
    _STATE = (
        r"(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]"
        r"|T[NX]|UT|V[AT]|W[AIVY])"
    )
    _ZIP = r"\d{5}(?:-\d{4})?"
    _STREET = (
        # The house number may end a line of running text ("dispatched to 2809\nArroyo Seco
        # Lane"), but not stand alone on its line (pleading-paper line numbers, "1\nSUPERIOR COURT").
        rf"(?:\b\d{{1,6}}(?:-?[A-Z])?{_WS}+|(?<=\S[ \t])\d{{1,6}}(?:-?[A-Z])?{_WS}*\n{_WS}*)"
        rf"(?:{_DIR}{_WS}+)?(?:{_WORD}(?:{_WS}+{_WORD}){{0,3}}{_WS}+"
        rf"(?:{_SUFFIX})(?![\w])(?:{_WS}+{_DIR}(?![\w]))?"
        # Spanish/French street type first, particles allowed: "40 Camino de los Alamos"
        rf"|(?:{_PREFIX_TYPE}){_WS}+(?:(?:de|del|la|las|los|el)\b{_WS}+)*{_WORD}"
        rf"(?:{_WS}+(?:(?:de|del|la|las|los|el)\b{_WS}+)*{_WORD}){{0,2}}(?![\w'’-])"
        # lettered/numbered avenues and streets: "2208 Avenue G", "3315 Avenue\nB", "10 Street 4"
        rf"|(?:Avenue|AVENUE|Ave\.?|AVE|Street|STREET|Road|ROAD){_BR}(?:[A-Z]|\d{{1,3}})(?![\w'’-]))"
    )
    _TAIL = (
        rf"(?:,{_BR}?{_CITY},?{_BR}{_STATE}(?:{_BR}{_ZIP})?\b"
        rf"|{_WS}*\n{_WS}*{_CITY},?{_WS}+{_STATE}{_WS}+{_ZIP}\b"
        rf"|{_WS}+{_CITY}{_WS}+{_STATE}{_WS}+{_ZIP}\b)"
    )
    #: Numbered rural roads and routes: "County Road 900 N", "State Route 4", "RR 2 Box 118".
    _ROUTE = (
        rf"\b\d{{1,6}}{_WS}+(?:(?:County|COUNTY|State|STATE|Farm|FARM|Township|TOWNSHIP|US|U\.S\.)"
        rf"{_WS}+(?:Road|ROAD|Rd\.?|RD|Route|ROUTE|Rte\.?|RTE|Highway|HIGHWAY|Hwy\.?|HWY)"
        rf"|(?:Highway|HIGHWAY|Hwy\.?|HWY|Route|ROUTE|Rte\.?|RTE)){_WS}+\d{{1,5}}[A-Z]?"
        rf"(?:{_WS}+{_DIR}(?![\w]))?"
        rf"|\b(?:RR|R\.R\.|Rural{_WS}+Route|HC|H\.C\.){_WS}*\d{{1,4}},?{_WS}+(?:Box|BOX){_WS}+\d{{1,6}}\b"
    )
    ENTITY = "ADDRESS"
    PATTERNS = [
        Pattern("street address, city, state", rf"{_STREET}{_UNIT}?{_TAIL}", 0.9),
        Pattern("rural route address", rf"(?:{_ROUTE})(?:{_TAIL})?", 0.8),
        Pattern("street address", rf"{_STREET}{_UNIT}?", 0.75),
        Pattern(
            "po box",
            rf"\b(?:P\.?{_WS}?O\.?{_WS}*Box|PO{_WS}+BOX|P\.O\.{_WS}*BOX){_WS}+\d{{1,6}}\b"
            rf"(?:,{_WS}*{_CITY},?{_WS}+{_STATE}(?:{_WS}+{_ZIP})?\b)?",
            0.7,
        ),
    ]
    CONTEXT = ["address", "residence", "resides", "lives", "home", "apartment"]
    EXPLAIN = {
        "street address, city, state": "house number + street + suffix + city/state",
        "street address": "house number + street name + suffix",
        "rural route address": "house number + numbered road/route, or rural-route box",
        "po box": "post-office box",
    }


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
    _STATE_PREFIX = rf"(?:(?:{AddressRecognizer._STATE}|\({AddressRecognizer._STATE}\)|{_STATE_NAME}){_WS}+)"
    #: after a label, a plate may wrap: "registration CT\n55190", "plate DX\n48213"
    _PLATE_WRAP = (
        r"[A-Z0-9]{1,4}(?:[- ](?=[A-Z0-9]{2,5}\b)|[ \t]*\n[ \t]*(?=[A-Z0-9]{2,5}\b)(?=[A-Z]{0,4}\d))"
        r"[A-Z0-9]{1,5}(?![\w-])"
    )
    _STATE_PREFIX_WRAP = (
        rf"(?:(?:{AddressRecognizer._STATE}|\({AddressRecognizer._STATE}\)|{_STATE_NAME})"
        rf"(?:{_WS}+|{_WS}*\n{_WS}*))"
    )
    _VALUE = rf"(?P<value>{_STATE_PREFIX_WRAP}?(?:{_PLATE_WRAP}|{_PLATE}))"
    ENTITY = "LICENSE_PLATE"
    PATTERNS = [
        Pattern(
            "plate label",
            rf"(?P<label>\b(?i:(?:license|licence|lic\.?|registration|reg\.?){_WS}+plate|plates?|tag|registration)"
            rf"(?:{_WS}*(?i:no\.?|number|num\.?|#))?|\bLP\b|\bLPN\b)"
            rf"(?:{_WS}+(?i:reading|of|was|is|number|displaying|showing))?{_WS}*[:#,]?{_WS}*#?{_WS}*"
            + _VALUE,
            0.85,
        ),
        Pattern(
            "bearing plate",
            rf"(?P<label>\b(?i:bearing|displaying))(?:{_WS}+(?:[A-Z]{{2}}|[A-Z][a-z]+))?"
            rf"(?:{_WS}+(?i:license|licence|registration|temporary|temp|dealer))?"
            rf"(?:{_WS}+(?i:plates?|tags?))?{_WS}+" + _VALUE,
            0.8,
        ),
    ]
    PATTERNS.append(
        # "showed CT 55190": a state and a plate shape; weak alone, raised by context words
        Pattern("state + plate", rf"\b(?P<value>{_STATE_PREFIX}{_PLATE})", 0.4)
    )
    PATTERNS.append(
        # "(Colorado BVT-P47, VIN ...", "(Iowa KTZ 904)": a spelled-out state and a plate
        # with letters and digits (not "Iowa Code 708" nor "Iowa DL 392HB7710")
        Pattern(
            "state name + plate",
            rf"\b(?P<value>{_STATE_NAME}{_WS}+(?=[A-Z0-9 -]*\d)(?=[0-9 -]*[A-Z])"
            r"[A-Z0-9]{2,4}(?:[- ](?=[A-Z0-9]{2,5}\b))?[A-Z0-9]{2,5})(?![\w-])",
            0.6,
        )
    )
    CONTEXT = ["plate", "plates", "tag", "registration", "vehicle", "registered"]
    EXPLAIN = {
        "plate label": "label '{label}'",
        "bearing plate": "context '{label}' before plate",
        "state + plate": "state and plate shape",
        "state name + plate": "spelled-out state before a plate shape",
    }

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """Plates have 4-8 characters (after the state) and at least one digit."""
        flat = " ".join(pattern_text.split())
        plate = re.sub(rf"^{self._STATE_PREFIX}(?=[A-Z0-9 -]*\d)", "", flat)
        chars = plate.replace("-", "").replace(" ", "")
        return not (4 <= len(chars) <= 8 and _count_digits(chars) >= 1)


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
    PATTERNS = [Pattern("vin 17", r"\b[A-HJ-NPR-Z0-9]{17}\b", 0.5)]
    CONTEXT = ["vin", "vehicle", "identification"]
    EXPLAIN = {"vin 17": "17-character VIN with a valid check digit"}

    def validate_result(self, pattern_text: str) -> bool | None:
        """Check digit (ISO 3779 / 49 CFR 565) must be right."""
        return vin_check_digit_ok(pattern_text)

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """Reject all-same characters and strings without letters."""
        return len(set(pattern_text)) == 1 or not any(c.isalpha() for c in pattern_text)


class DriverLicenseRecognizer(ValuePatternRecognizer):
    """Driver's licence number after a label ("DL# B1234567", "Driver's License: CA D7654321")."""

    ENTITY = "DRIVER_LICENSE"
    PATTERNS = [
        Pattern(
            "dl label",
            rf"(?P<label>\b(?:(?:(?i:driver'?s?|driver’s|operator'?s?){_WS}+(?i:licen[cs]e)"
            rf"|DL|D/L|OLN|ODL|CDL|DLN)(?:{_WS}*(?i:no\.?|number|#))?)"
            rf"|\b(?i:lic(?:ense)?\.?){_WS}*(?:#|(?i:no\.?|number)))(?!{_WS}*(?i:plate))"
            # a form column "DL NO. / STATE" holds the number and its state
            rf"(?:{_WS}*/{_WS}*(?i:state|st)\b)?"
            rf"{_WS}*[:#,]?{_WS}*#?{_WS}*(?:\n{_WS}*)?(?:\(?[A-Z]{{2}}\)?{_WS}+(?=[A-Z0-9 ]*\d))?"
            r"(?P<value>\d{3} \d{3} \d{3}(?!\d)|[A-Z]{0,2}\d[A-Z0-9-]{3,15}"
            r"|[A-Z]{1,3}[A-Z0-9-]*\d[A-Z0-9-]*)(?![\w-])",
            0.85,
        ),
    ]
    CONTEXT = ["license", "licence", "driver", "dl", "oln"]
    EXPLAIN = {"dl label": "label '{label}'"}

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """A licence number has 5-16 characters and at least 3 digits."""
        chars = pattern_text.replace("-", "").replace(" ", "")
        return not (5 <= len(chars) <= 16 and _count_digits(chars) >= 3)


class DateOfBirthRecognizer(ValuePatternRecognizer):
    """Date of birth: a date after a DOB label or "born (on)"."""

    ENTITY = "DATE_OF_BIRTH"
    PATTERNS = [
        Pattern(
            "dob label",
            rf"(?P<label>\b(?:DOB|Dob|dob|D\.O\.B\.?|(?i:date{_WS}+of{_WS}+birth|birth{_WS}*date)))"
            rf"{_WS}*[:#/-]?{_WS}*(?:\n{_WS}*)?(?P<value>{DATE}|(?:19|20)\d{{2}}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d))",
            0.9,
        ),
        Pattern("born on", rf"(?P<label>\b(?i:born)(?:{_WS}+(?i:on))?){_WS}+(?P<value>{DATE})", 0.85),
        Pattern(
            "born in year", rf"(?P<label>\b(?i:born){_WS}+(?i:in)){_WS}+(?P<value>(?:19|20)\d{{2}})\b", 0.6
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
                ex = _explanation(self.name, 0.7, why, "dob column")
                results.append(_result(self, self.ENTITY, s, e, 0.7, ex))
        return results


class AgeRecognizer(ValuePatternRecognizer):
    """Age of a person: "age 15", "15-year-old", "15 years old", "15 y/o", "(15 YOA)"."""

    ENTITY = "AGE"
    PATTERNS = [
        Pattern("age label", rf"(?P<label>\b(?i:age[d]?)){_WS}*:?{_WS}*(?P<value>\d{{1,3}})\b", 0.9),
        Pattern(
            "years old",
            rf"\b(?P<value>\d{{1,3}})(?:-|{_WS}+)(?P<label>(?i:years?)(?:-|{_WS}+)(?i:old)|(?i:y/o|yoa|yo)\b)",
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
        rf"(?:{_WS}*(?i:no\.?|number|num\.?|#))|(?:CR|RD|DR|IR|OCA|CAD|DR)(?:{_WS}*(?:#|No\.?))?"
        rf"|(?i:case|report|incident|complaint){_WS}*(?=:))){_WS}*[:#]?{_WS}*#?{_WS}*"
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
        return _count_digits(pattern_text) < 3


class BadgeNumberRecognizer(ValuePatternRecognizer):
    """Badge numbers: "Badge 2190", "badge #2190", "Ofc. Daniel Reyes #4471" (span: the digits)."""

    ENTITY = "BADGE_NUMBER"
    PATTERNS = [
        Pattern(
            "badge label",
            rf"(?P<label>\b(?i:badge|shield|star|serial)(?:{_WS}*(?i:no\.?|number|#))?){_WS}*[:#]?{_WS}*#?"
            rf"{_WS}*(?P<value>\d{{2,6}})\b",
            0.85,
        ),
        Pattern(
            "rank name #",
            rf"\b(?P<label>{RANK}){_WS}+{NAME}{_WS}*,?{_WS}*\(?#{_WS}*(?P<value>\d{{2,6}})\b",
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
            rf"(?P<label>\b(?:NCIC|SID|FBI|UCN|CII|FPC|PFN|MNI|DOC)(?:{_WS}*(?:#|No\.?|Number|NO\.?))?"
            rf"|\b(?i:booking|inmate|jacket|state{_WS}+id|fbi){_WS}*(?:#|(?i:no\.?|number)))"
            rf"{_WS}*[:#]?{_WS}*#?{_WS}*(?:\n{_WS}*)?(?P<value>[A-Z0-9][A-Z0-9-]{{3,14}})(?![\w-])",
            0.85,
        ),
        Pattern(
            "booking number",
            rf"(?P<label>\b(?i:booking|inmate)){_WS}+(?P<value>[A-Z]{{1,3}}-?\d{{2}}-\d{{3,8}})(?![\w-])",
            0.8,
        ),
    ]
    CONTEXT = ["ncic", "sid", "fbi", "booking", "inmate"]
    EXPLAIN = {"id label": "label '{label}'", "booking number": "number after '{label}'"}

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """Needs at least three digits."""
        return _count_digits(pattern_text) < 3


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


_NAME_CAPS = r"[A-Z][A-Z'’-]+"
_NAME_TITLE = r"(?:Mc|Mac|O'|O’)?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)*"
_CELL_START = r"(?:^|(?<=[ \t]{2}|\t|\||\b[A-Z]{2,6}/))[ \t]*"
_CELL_END = r"[ \t]*(?=$|[ \t]{2}|\t|\|)"
_STATE_WORDS = frozenset(
    """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho
    Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota
    Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah
    Vermont Virginia Washington Wisconsin Wyoming""".split()
)
_CALENDAR_WORDS = frozenset(
    """January February March April May June July August September October November December Jan Feb Mar
    Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()
)


class LastFirstNameRecognizer(ValuePatternRecognizer):
    """A "Last, First (M.)" name standing alone in a table or form cell ("OKAFOR, ROBERT", "Pham, Minh").

    The cell starts a line or follows a wide gap, ``|``, a tab or an ALL-CAPS
    teletype label with a slash ("SUBJ/"), and ends the same way. Both name
    parts are in the same casing (ALL CAPS or Title Case); rank, role, state,
    month and dispatch words are not names.
    """

    ENTITY = "PERSON"
    PATTERNS = [
        Pattern(
            "last, first cell",
            rf"{_CELL_START}(?P<value>{_NAME_CAPS},{_WS}*{_NAME_CAPS}(?:{_WS}+(?:[A-Z]\.?|{_NAME_CAPS})){{0,2}}"
            rf"|{_NAME_TITLE},{_WS}*{_NAME_TITLE}(?:{_WS}+[A-Z]\.)?){_CELL_END}",
            0.65,
        ),
    ]
    CONTEXT = ["name", "caller", "subject", "owner", "complainant", "witness"]
    EXPLAIN = {"last, first cell": "'Last, First' name alone in a table/form cell"}

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """Reject cells whose words are ranks, roles, states, months or dispatch words."""
        for tok in re.split(r"[\s,]+", pattern_text):
            bare = tok.strip(".,")
            if not bare:
                continue
            cap = bare.capitalize()
            if (
                cap in NOT_NAMES
                or cap in _DISPATCH_WORDS
                or cap in _STATE_WORDS
                or cap in _CALENDAR_WORDS
                or tok in _RANK_WORDS
                or cap in _RANK_WORDS
            ):
                return True
        return False


_ROLE_WORDS = (
    "witness victim complainant clerk cashier manager owner employee custodian neighbor neighbour caller"
    " driver passenger mother father brother sister son daughter wife husband friend girlfriend boyfriend"
    " cousin uncle"
    " aunt grandmother grandfather roommate tenant landlord coworker co-worker attendant juvenile subject"
    " suspect arrestee"
).split()
_ROLE_NOUNS = "|".join([*_ROLE_WORDS, rf"reporting{_WS}+party"])
_ROLE_NOUNS_CAPS = "|".join([*(w.upper() for w in _ROLE_WORDS), rf"REPORTING{_WS}+PARTY"])
#: Words that follow a role noun in narrative but are not names (ALL-CAPS narratives).
_NOT_NAME_CAPS = frozenset(
    """SAW SAID TOLD RAN FLED LEFT WENT CAME GAVE TOOK HAD HAS WAS WERE IS ARE BE SEEN HEARD KNEW GOT MET
    SAYS ASKED CALLED STATED ADVISED REPORTED DESCRIBED IDENTIFIED ENTERED OBSERVED WHO WHICH THAT THE
    AND BUT WITH FROM INTO ONTO NEAR AT ON IN OF TO BY FOR AS NOT NO ALSO THEN WHEN WHILE HIS HER HIM SHE
    HE THEY THEM IT ITS NB SB EB WB ON FOOT UNKNOWN UNK""".split()
)


class RoleNameRecognizer(ValuePatternRecognizer):
    """A private person named after a role noun: "CLERK SOFIA BELLAMY", "The owner, Noah Ash".

    Two name tokens (given name and surname, an initial between them allowed),
    both ALL CAPS or both Title Case, right after a role noun ("witness",
    "clerk", "mother", "friend", ...) and an optional comma, possibly wrapped
    over one line break. Catches the names NER misses in ALL-CAPS teletype
    text and in appositions.
    """

    _TOK_CAPS = r"[A-Z][A-Z'’]+(?:-[A-Z][A-Z'’]+)?"
    _TOK_TITLE = r"(?:Mc|Mac|O'|O’)?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)*"
    _SEP = rf"(?:{_WS}+|{_WS}*\n{_WS}*)"
    ENTITY = "PERSON"
    PATTERNS = [
        Pattern(
            "role + name",
            # narrative: a lower-case role noun, then a Title Case name ("the owner, Noah Ash")
            rf"(?P<label>\b(?:{_ROLE_NOUNS})),?{_SEP}"
            rf"(?P<value>{_TOK_TITLE}(?:{_SEP}[A-Z]\.)?{_SEP}{_TOK_TITLE})(?![\w-])",
            0.6,
        ),
        Pattern(
            "ROLE + NAME",
            # ALL-CAPS text: an ALL-CAPS role noun, then an ALL-CAPS name ("CLERK SOFIA BELLAMY")
            rf"(?P<label>\b(?:{_ROLE_NOUNS_CAPS})),?{_SEP}"
            rf"(?P<value>{_TOK_CAPS}(?:{_SEP}[A-Z]\.?)?{_SEP}{_TOK_CAPS})(?![\w-])",
            0.6,
        ),
    ]
    _Q = r"[\"“”]"
    #: a nickname in quotes: 1-3 capitalised tokens ("Jerry", "T-Bone", "Big Mike", "KD")
    _NICK = rf"{_Q}(?:[A-Z][A-Za-z'’-]*\.?)(?:{_WS}[A-Z][A-Za-z'’-]*){{0,2}}{_Q}"
    PATTERNS = [
        *PATTERNS,
        Pattern(
            "ROLE + LAST, FIRST",
            # remarks column: "RP RAY, TASHA M.", "Passenger O'BRIEN-WATTS, JAYLEN (17)"
            rf"(?P<label>\b(?:(?i:{_ROLE_NOUNS})|RP|R/P)),?{_WS}+"
            rf"(?P<value>{_TOK_CAPS},{_WS}*{_TOK_CAPS}(?:{_WS}+{_TOK_CAPS})?(?:{_WS}+[A-Z]\.)?)(?![\w'’-])",
            0.6,
        ),
        Pattern(
            "name (relation)",
            # "Mai Tran (mother)": a two-part name followed by a relation in brackets
            rf"(?<![\w'’-])(?P<value>{_TOK_TITLE}(?:{_WS}+[A-Z]\.)?{_WS}+{_TOK_TITLE}){_WS}*"
            rf"\((?P<label>(?i:{_ROLE_NOUNS}))\)",
            0.6,
        ),
        Pattern(
            "name with nickname",
            # 'Gerald "Jerry" Vossberg': given name, quoted nickname, surname
            rf"(?<![\w'’-])(?P<value>{_TOK_TITLE}{_WS}+(?P<label>{_NICK}){_WS}+{_TOK_TITLE})(?![\w-])",
            0.7,
        ),
        Pattern(
            "aka nickname",
            # 'aka "T-Bone"', 'AKA / Moniker\n"KD"', 'identified suspect as "Big Mike"'
            rf"(?P<label>\b(?:(?i:a\.?k\.?a\.?|alias|moniker|nickname|known{_WS}+as|goes{_WS}+by|street{_WS}+name)"
            rf"(?:{_WS}*/{_WS}*(?i:moniker|alias|nickname))?|(?i:suspect|calls{_WS}+(?:me|him|her)){_WS}+as"
            rf"|calls{_WS}+(?:me|him|her))){_WS}*:?\s*(?P<value>{_NICK})",
            0.7,
        ),
    ]
    CONTEXT: ClassVar[list[str]] = []
    EXPLAIN = {
        "ROLE + LAST, FIRST": "role word '{label}' before an ALL-CAPS 'LAST, FIRST' name",
        "name (relation)": "two-part name before '({label})'",
        "name with nickname": "given name, nickname {label} and surname",
        "aka nickname": "nickname after '{label}'",
        "role + name": "role word '{label}' before a two-part name",
        "ROLE + NAME": "role word '{label}' before a two-part name (ALL CAPS)",
    }

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """Reject verbs, function words, ranks, roles, states and months taken for name parts."""
        for tok in pattern_text.split():
            bare = tok.strip(".,\"“”")
            if len(bare) == 1 or tok[:1] in "\"“”":
                continue
            cap = bare.capitalize()
            if (
                bare.upper() in _NOT_NAME_CAPS
                or (bare.isupper() and (bare.endswith("ED") or bare.endswith("ING")))
                or cap in NOT_NAMES
                or cap in _DISPATCH_WORDS
                or cap in _STATE_WORDS
                or cap in _CALENDAR_WORDS
                or cap in _RANK_WORDS
                or re.fullmatch(rf"(?i:{_ROLE_NOUNS})", bare)
            ):
                return True
        return False


class AgencyRecognizer(ValuePatternRecognizer):
    """Law-enforcement agency names ("Springfield Police Department", "MARLOW COUNTY SHERIFF'S OFFICE").

    AGENCY is kept by the police release profile, so a place name inside an
    agency name ("RIVERTON") is not redacted as a person or a location.
    """

    _W = r"(?:[A-Z][a-z]+|[A-Z]{2,})"
    _KIND = (
        rf"(?:Police|POLICE)(?:{_WS}+(?:Department|DEPARTMENT|Dept\.?|DEPT\.?|Division|DIVISION|Bureau|BUREAU))?"
        rf"|(?:Sheriff|SHERIFF)(?:'s|’s|'S|’S)?{_WS}+(?:Office|OFFICE|Department|DEPARTMENT|Dept\.?|DEPT\.?)"
        rf"|(?:State{_WS}+Police|STATE{_WS}+POLICE|Highway{_WS}+Patrol|HIGHWAY{_WS}+PATROL)"
        rf"|(?:Department|DEPARTMENT){_WS}+(?:of|OF){_WS}+(?:Public|PUBLIC){_WS}+(?:Safety|SAFETY)"
        rf"|(?:Volunteer{_WS}+|VOLUNTEER{_WS}+)?(?:Fire|FIRE)(?:{_WS}+(?:and|&){_WS}+(?:Rescue|RESCUE))?"
        rf"(?:{_WS}+|{_WS}*\n{_WS}*)(?:Department|DEPARTMENT|Dept\.?|DEPT\.?|Rescue|RESCUE|District|DISTRICT)"
        r"|PD|SO|DPS"
    )
    ENTITY = "AGENCY"
    PATTERNS = [
        Pattern(
            "agency name",
            rf"(?<![\w'’])(?P<value>(?:{_W}(?:{_WS}+|{_WS}*\n{_WS}*)){{1,3}}(?:{_KIND}))(?![\w'’])",
            0.85,
        ),
    ]
    CONTEXT = ["department", "agency", "office"]
    EXPLAIN = {"agency name": "place name + police/sheriff agency word"}

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """The words before the agency word must not be sentence words ("The", "Called")."""
        first = pattern_text.split()[0]
        return first.capitalize() in NOT_NAMES and first.capitalize() not in {"County", "City", "State"}


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


# --------------------------------------------------------------------------- officers


class OfficerRecognizer(LocalRecognizer):
    """Officers acting in an official capacity: rank/title + name (+ badge), and roster names.

    ``Ofc. Daniel Reyes #4471`` → OFFICER over ``Daniel Reyes``. Once an
    officer is found, later mentions of the same full name or surname (title
    case or ALL CAPS, whole word) are marked OFFICER too, so "Reyes advised"
    stays visible. Names from the policy's allow-list files tagged
    ``entity: OFFICER`` (a roster) are marked wherever they occur.

    Limit: a private person who shares an officer's surname is marked OFFICER
    when named by surname alone; the full-name mention is still redacted.
    """

    name: str
    ENTITY = "OFFICER"
    _RE = re.compile(rf"(?<![\w.])(?P<label>{RANK}){_WS}+{NAME}(?:{_BADGE_AFTER})?", REGEX_FLAGS)
    #: "Brandt, Sgt. Helen" (rank between surname and given name), or a roster row whose
    #: "Last, First" cell is followed by a rank cell ("Brandt, Helen" / "Sgt. (lead)").
    _ROW_RE = re.compile(
        rf"(?<![\w.])(?P<name>(?P<last>{_NAME_TOKEN}),{_WS}*(?:(?P<inner>{RANK}){_WS}+)?{_NAME_TOKEN}"
        rf"(?:{_WS}+{_INITIAL})?)(?(inner)|{_WS}*(?:\n|[ \t]{{2,}}|\t|\|){_WS}*(?P<rank2>{_RANK_ONE}))",
        REGEX_FLAGS,
    )
    #: "Renee Caldwell, Probation Officer II", "Thomas Ekdahl, Supervisor": a full name, a comma and a
    #: title that is not followed by another name ("Jane Roe, Deputy Smith's wife" is no officer).
    _TITLE_AFTER_RE = re.compile(
        rf"(?<![\w.'’-])(?P<name>[A-Z][a-z]+(?:{_WS}+{_INITIAL}|{_WS}+[A-Z]\.)?{_WS}+{_NAME_TOKEN}),"
        rf"{_WS}+(?:(?:a|an|the){_WS}+)?(?P<rank>(?:[A-Z][a-z]+{_WS}+)?{_RANK_ONE})"
        rf"(?!{_WS}+(?:{_INITIAL}{_WS}*)?[A-Z][a-z])(?!['’])",
        REGEX_FLAGS,
    )
    #: CAD/dispatch logs: a unit call sign (digits and letters, e.g. "2A14", "L21") and the
    #: assigned officer's surname alone in a cell: "2A14 REYES".
    _UNIT_RE = re.compile(
        rf"(?:^|(?<=[ \t]{{2}}|\t|\|))[ \t]*(?P<unit>(?=[A-Z0-9]*\d)(?=[0-9]*[A-Z])[A-Z0-9]{{2,6}})"
        rf"{_WS}+(?P<name>[A-Z][A-Z'’-]+|[A-Z][a-z]+(?:-[A-Z][a-z]+)?){_WS}*(?=$|[ \t]{{2}}|\t|\|)",
        REGEX_FLAGS,
    )

    def __init__(
        self, roster: Sequence[str] = (), supported_language: str = "en", name: str | None = None
    ) -> None:
        self.roster = [" ".join(r.split()) for r in roster if r.strip()]
        super().__init__(
            supported_entities=[self.ENTITY],
            supported_language=supported_language,
            name=name or type(self).__name__,
        )

    def load(self) -> None:
        """Nothing to load."""

    @staticmethod
    def _name_tokens(name: str) -> int:
        """Leading tokens of ``name`` that are a name (stop at a non-name word; never end on an initial)."""
        kept: list[str] = []
        for t in name.split():
            bare = t.strip(".,")
            if bare in NOT_NAMES or bare.capitalize() in NOT_NAMES:
                break
            kept.append(t)
        while kept and re.fullmatch(r"[A-Z]\.", kept[-1]):
            kept.pop()
        return len(kept)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Find rank + name, roster names, and later mentions of those names."""
        results: list[RecognizerResult] = []
        found: list[tuple[str, str]] = []  # (full name, how it was found)
        for m in self._RE.finditer(text):
            raw = m.group("name")
            n = self._name_tokens(raw)
            if n == 0:
                continue
            tokens = list(re.finditer(r"\S+", raw))
            start = m.start("name")
            end = start + tokens[n - 1].end()
            complete = n == len(tokens)
            rank = " ".join(m.group("rank").split())
            badge = m.group("badge") if complete else None
            score = 0.95 if badge else 0.85
            why = f"rank '{rank}' before name" + (f", badge #{badge}" if badge else "")
            ex = _explanation(self.name, score, why, "rank + name" + (" + badge" if badge else ""))
            results.append(_result(self, self.ENTITY, start, end, score, ex))
            found.append((text[start:end], why))

        for m in self._ROW_RE.finditer(text):
            name = m.group("name")
            if any(t.strip(",.").capitalize() in NOT_NAMES for t in name.split()):
                continue
            start, end = m.span("name")
            rank = " ".join((m.group("rank") or m.group("rank2") or "").split())
            how = "rank between surname and given name" if m.group("inner") else "rank in the next cell"
            why = f"'Last, First' name with rank '{rank}' ({how})"
            pattern = "last, rank first" if m.group("inner") else "name + rank cell"
            ex = _explanation(self.name, 0.85, why, pattern)
            results.append(_result(self, self.ENTITY, start, end, 0.85, ex))
            last = name.split(",")[0].strip()
            first = name.split()[-1]
            found.append((f"{first} {last}", why))

        for m in self._TITLE_AFTER_RE.finditer(text):
            name = m.group("name")
            if any(t.strip(",.").capitalize() in NOT_NAMES for t in name.split()):
                continue
            start, end = m.span("name")
            rank = " ".join(m.group("rank").split())
            why = f"title '{rank}' after the name"
            ex = _explanation(self.name, 0.8, why, "name, title")
            results.append(_result(self, self.ENTITY, start, end, 0.8, ex))
            found.append((name, why))

        for m in self._UNIT_RE.finditer(text):
            name = m.group("name")
            if name.capitalize() in NOT_NAMES or name.capitalize() in _DISPATCH_WORDS:
                continue
            start, end = m.span("name")
            why = f"unit call sign '{m.group('unit')}' before name (dispatch/CAD layout)"
            ex = _explanation(self.name, 0.8, why, "unit + name")
            results.append(_result(self, self.ENTITY, start, end, 0.8, ex))
            found.append((name, why))

        for entry in self.roster:
            for s, e in find_name(text, entry):
                ex = _explanation(self.name, 0.9, f"on the officer roster ('{entry}')", "roster")
                results.append(_result(self, self.ENTITY, s, e, 0.9, ex))
                found.append((entry, "roster"))

        covered = [(r.start, r.end) for r in results]
        seen: set[str] = set()
        for full, _why in found:
            tokens = [t for t in " ".join(full.split()).split() if not re.fullmatch(r"[A-Z]\.?", t)]
            if not tokens:
                continue
            for variant, what in ((" ".join(tokens), "full name"), (tokens[-1], "surname")):
                if variant in seen or len(variant) < 3 or variant.capitalize() in NOT_NAMES:
                    continue
                seen.add(variant)
                for s, e in find_name(text, variant):
                    if any(cs <= s and e <= ce for cs, ce in covered):
                        continue
                    ex = _explanation(
                        self.name,
                        0.7,
                        f"{what} of officer '{full}' named elsewhere in the text",
                        "officer mention",
                    )
                    results.append(_result(self, self.ENTITY, s, e, 0.7, ex))
                    covered.append((s, e))
        return EntityRecognizer.remove_duplicates(results)


def find_name(text: str, name: str) -> list[tuple[int, int]]:
    """Whole-word, case-sensitive (as written or ALL CAPS) occurrences of ``name``; spaces match any blank."""
    tokens = name.split()
    if not tokens:
        return []
    out: list[tuple[int, int]] = []
    for variant in {" ".join(tokens), " ".join(tokens).upper()}:
        pat = r"(?<![\w])" + r"\s+".join(re.escape(t) for t in variant.split()) + r"(?![\w])"
        out.extend(m.span() for m in re.finditer(pat, text, flags=REGEX_FLAGS))
    return sorted(set(out))


# --------------------------------------------------------------------------- field labels

_PERSON_VALUE = re.compile(
    r"(?:[A-Z](?:[a-z'’-]+|[A-Z'’-]+)(?:[-'’][A-Z][A-Za-z]+)*|[A-Z]\.)(?=[\s,]|$)"
    r"(?:(?:,[ \t]*|[ \t]+)"
    r"(?:[A-Z](?:[a-z'’-]+|[A-Z'’-]+)(?:[-'’][A-Z][A-Za-z]+)*|[A-Z]\.?)(?=[\s,.]|$)){0,4}",
    REGEX_FLAGS,
)
_ID_VALUE = re.compile(
    r"(?:\(?[A-Z]{2}\)?[ \t]+(?=[A-Z0-9-]*\d))?#?(?P<v>[A-Z0-9][A-Z0-9-]*[A-Z0-9]|[A-Z0-9])", REGEX_FLAGS
)
_SHAPES: dict[str, re.Pattern[str]] = {
    "DATE_OF_BIRTH": re.compile(DATE, REGEX_FLAGS),
    "US_SSN": re.compile(r"[\dXx*]{3}[- ]?[\dXx*]{2}[- ]?\d{4}(?!\d)", REGEX_FLAGS),
    "PHONE_NUMBER": re.compile(r"\+?[\d(][\d() .-]{5,}\d(?:[ \t]*(?:x|ext\.?)[ \t]*\d{1,5})?", REGEX_FLAGS),
    "EMAIL_ADDRESS": re.compile(r"[^\s@]+@[^\s@]+\.[A-Za-z]{2,}", REGEX_FLAGS),
    "AGE": re.compile(r"\d{1,3}(?!\d)", REGEX_FLAGS),
    "LICENSE_PLATE": re.compile(
        rf"{LicensePlateRecognizer._STATE_PREFIX}?{LicensePlateRecognizer._PLATE}", REGEX_FLAGS
    ),
}
_ID_ENTITIES = frozenset(
    {
        "DRIVER_LICENSE",
        "US_DRIVER_LICENSE",
        "LICENSE_PLATE",
        "VIN",
        "CASE_NUMBER",
        "BADGE_NUMBER",
        "ID_NUMBER",
    }
)
_NAME_ENTITIES = frozenset({"PERSON", "OFFICER"})
_EMPTY_VALUES = frozenset({"n/a", "na", "none", "unknown", "unk", "-", "--", "same", "refused", "nil"})


class FieldLabelRecognizer(LocalRecognizer):
    """Form fields: a label ("DOB:", "Victim:", "DL#", "Plate") marks the value after it.

    The value is the rest of the same line, up to the next label, a wide gap
    (2+ spaces or a tab, i.e. the next cell), ``|`` or ``;``. When the label
    ends its line, the value is the first cell of the next non-empty line (form
    layouts where the value sits under the label). Only the value span is
    returned, shaped by the entity: a name for PERSON/OFFICER, a date for
    DATE_OF_BIRTH, a token for identifiers.

    Labels match case-insensitively when followed by ``:`` or ``#``; without
    one (``DOB 03/14/1985`` in a form cell) the label must be written as in the
    policy or in ALL CAPS and be followed by a wide gap or the end of the line.

    Limit: column layouts with a row of labels over a row of values are not
    paired by column.
    """

    name: str

    def __init__(
        self, field_labels: Sequence[Any], supported_language: str = "en", name: str | None = None
    ) -> None:
        self.label_entity: dict[str, str] = {}
        for fl in field_labels:
            for label in fl.labels:
                self.label_entity.setdefault(" ".join(label.split()).lower(), fl.entity)
        entities = sorted(set(self.label_entity.values())) or ["PERSON"]
        labels = sorted(
            {" ".join(lbl.split()) for fl in field_labels for lbl in fl.labels}, key=len, reverse=True
        )

        def esc(label: str) -> str:
            return re.escape(label).replace(r"\ ", _WS + "+")

        if labels:
            any_case = "|".join(esc(lbl) for lbl in labels)
            exact = "|".join(dict.fromkeys(esc(v) for lbl in labels for v in (lbl, lbl.upper())))
            colon = rf"(?<![\w])(?P<label>(?i:{any_case}))(?P<sep>{_WS}*[:#]{_WS}*|(?<=[:#]){_WS}*)"
            bare = (
                rf"(?:(?<=^|[ \t]{{2}}|\t|\||\()[ \t]*)(?P<label>{exact})"
                rf"(?P<sep>(?<=[.#]){_WS}+|{_WS}*\|{_WS}*|{_WS}{{2,}}|\t+|{_WS}*(?=\n|$))"
            )
            self._colon: re.Pattern[str] | None = re.compile(colon, REGEX_FLAGS)
            self._bare: re.Pattern[str] | None = re.compile(bare, REGEX_FLAGS)
            caps = "|".join(dict.fromkeys(esc(lbl.upper()) for lbl in labels))
            #: teletype/NCIC style: an ALL-CAPS label glued to its value by a slash ("DOB/19960817")
            self._slash: re.Pattern[str] | None = re.compile(
                rf"(?<![\w/])(?P<label>{caps})(?P<sep>/)(?=[A-Z0-9(])", REGEX_FLAGS
            )
            self._any: re.Pattern[str] | None = re.compile(
                rf"(?<![\w])(?i:{any_case}){_WS}*[:#]", REGEX_FLAGS
            )
        else:
            self._colon = self._bare = self._any = self._slash = None
        super().__init__(
            supported_entities=entities,
            supported_language=supported_language,
            name=name or type(self).__name__,
        )

    def load(self) -> None:
        """Nothing to load."""

    def _value(self, entity: str, cell: str) -> tuple[int, int] | None:
        """Span of the value inside ``cell`` (offsets relative to the cell)."""
        lead = len(cell) - len(cell.lstrip())
        body = cell.strip()
        if not body or body.lower().strip(".") in _EMPTY_VALUES:
            return None
        if entity in _NAME_ENTITIES:
            m = _PERSON_VALUE.match(body)
            if not m:
                return None
            val = m.group(0).rstrip(", ")
            if val.endswith(".") and not re.search(r"(?:^|\s)[A-Z]\.$", val):
                val = val[:-1]
            return (lead, lead + len(val)) if val else None
        if entity in _SHAPES:
            m = _SHAPES[entity].match(body)
            if m and entity == "LICENSE_PLATE" and not any(c.isdigit() for c in m.group(0)):
                return None
            if m:
                return lead, lead + m.end()
            if entity == "DATE_OF_BIRTH" and len(body) <= 30 and any(c.isdigit() for c in body):
                return lead, lead + len(body.rstrip(",.;"))
            return None
        if entity in _ID_ENTITIES:
            m = _ID_VALUE.match(body)
            if not m or not any(c.isdigit() for c in m.group("v")):
                return None
            return lead + m.start("v"), lead + m.end("v")
        val = body.rstrip(",.;")
        return (lead, lead + len(val)) if val else None

    def _cell_end(self, text: str, start: int) -> int:
        """End of the cell that starts at ``start``: line end, wide gap, '|', ';' or the next label."""
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        segment = text[start:line_end]
        stop = len(segment)
        gap = re.search(r"[ \t]{2,}|\t|\||;", segment)
        if gap:
            stop = min(stop, gap.start())
        if self._any is not None:
            nxt = self._any.search(segment, 1)
            if nxt:
                stop = min(stop, nxt.start())
        return start + stop

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Find every label and return its value span as the label's entity."""
        results: list[RecognizerResult] = []
        matches: list[Any] = []
        for rx in (self._colon, self._bare, self._slash):
            if rx is not None:
                matches.extend(rx.finditer(text))
        for m in matches:
            label = " ".join(m.group("label").split())
            entity = self.label_entity.get(label.lower())
            if entity is None or (entities and entity not in entities):
                continue
            vstart = m.end()
            line_end = text.find("\n", vstart)
            line_end = len(text) if line_end < 0 else line_end
            same_line = text[vstart:line_end]
            where = "same line"
            score = 0.9
            if not same_line.strip():
                # form layout: the value is the first cell of the next non-empty line
                nxt = line_end + 1
                while nxt < len(text) and text[nxt] == "\n":
                    nxt += 1
                if nxt >= len(text) or nxt - line_end > 2:
                    continue
                vstart = nxt + (len(text[nxt:]) - len(text[nxt:].lstrip(" \t")))
                where, score = "next line", 0.8
            cend = self._cell_end(text, vstart)
            span = self._value(entity, text[vstart:cend])
            if span is None:
                continue
            if (
                where == "next line"
                and entity in _NAME_ENTITIES
                and len(text[vstart + span[0] : vstart + span[1]].split()) < 2
            ):
                # a single word under a label is a table's next column header ("Owner" / "Disposition"),
                # not a name: names in form cells come as "Last, First" or "First Last"
                continue
            s, e = vstart + span[0], vstart + span[1]
            shown = m.group(0).strip()
            ex = _explanation(self.name, score, f"label '{shown}' ({where})", f"field label '{label}'")
            results.append(_result(self, entity, s, e, score, ex))
        return EntityRecognizer.remove_duplicates(results)


# --------------------------------------------------------------------------- rule-file recognizers


class RuleFilePatternRecognizer(PatternRecognizer):
    """A recognizer from a rule file's ``recognizers:`` (Presidio YAML shape)."""

    name: str

    def __init__(self, source: str = "", **kwargs: Any) -> None:
        self.source = source
        super().__init__(**kwargs)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Presidio's pattern analysis with our flags and a textual explanation."""
        # Use the recognizer's own flags (case_sensitive / flags from the rule file).
        results = super().analyze(text, entities, nlp_artifacts, None)
        for r in results:
            ex = r.analysis_explanation
            if ex is not None:
                where = f" ({self.source})" if self.source else ""
                if ex.pattern_name == "deny_list":
                    ex.textual_explanation = f"on the deny list of rule-file recognizer '{self.name}'{where}"
                else:
                    ex.textual_explanation = (
                        f"rule-file recognizer '{self.name}' pattern '{ex.pattern_name}'{where}"
                    )
        return results


class DenyListRecognizer(PatternRecognizer):
    """The policy's ``deny:`` entries for one entity: always redacted (case-sensitive, whole word)."""

    name: str

    def __init__(self, entity: str, texts: Sequence[str], supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=entity,
            name=f"deny_list:{entity}",
            supported_language=supported_language,
            deny_list=sorted(set(texts), key=len, reverse=True),
            deny_list_score=1.0,
            global_regex_flags=REGEX_FLAGS,
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Presidio's deny-list match, case-sensitive, with a textual explanation."""
        results = super().analyze(text, entities, nlp_artifacts, REGEX_FLAGS)
        for r in results:
            if r.analysis_explanation is not None:
                r.analysis_explanation.textual_explanation = (
                    f"'{text[r.start : r.end]}' is on the policy deny-list"
                )
        return results


# --------------------------------------------------------------------------- registry


#: The declarative police recognizers (no policy input needed).
POLICE_RECOGNIZERS: tuple[type[ValuePatternRecognizer], ...] = (
    AddressRecognizer,
    LicensePlateRecognizer,
    VinRecognizer,
    DriverLicenseRecognizer,
    DateOfBirthRecognizer,
    AgeRecognizer,
    CaseNumberRecognizer,
    BadgeNumberRecognizer,
    IdNumberRecognizer,
    UsPhoneRecognizer,
    LastFirstNameRecognizer,
    RoleNameRecognizer,
    AgencyRecognizer,
)


def build_recognizers(policy: Policy) -> list[EntityRecognizer]:
    """All redactkit recognizers for ``policy``, ready for a Presidio ``RecognizerRegistry``.

    Args:
        policy: the loaded policy (field labels, roster, rule-file recognizers, deny-list).

    Returns:
        Police pattern recognizers, the offline email recognizer, the officer
        recognizer (with the policy's roster), the field-label recognizer,
        the rule file's recognizers and one deny-list recognizer per entity.
    """
    lang = policy.language or "en"
    recs: list[EntityRecognizer] = [cls(supported_language=lang) for cls in POLICE_RECOGNIZERS]
    recs.append(SafeEmailRecognizer(supported_language=lang))
    recs.append(OfficerRecognizer(roster=policy.roster("OFFICER"), supported_language=lang))
    if policy.field_labels:
        recs.append(FieldLabelRecognizer(policy.field_labels, supported_language=lang))
    for spec in policy.recognizers:
        if not spec.get("enabled", True):
            continue
        patterns = [Pattern(p["name"], p["regex"], float(p["score"])) for p in spec.get("patterns", [])]
        recs.append(
            RuleFilePatternRecognizer(
                source=str(spec.get("source", "")),
                supported_entity=spec["supported_entity"],
                name=spec["name"],
                supported_language=spec.get("supported_language") or lang,
                patterns=patterns or None,
                deny_list=list(spec.get("deny_list") or []) or None,
                context=list(spec.get("context") or []) or None,
                deny_list_score=float(spec.get("deny_list_score", 1.0)),
                global_regex_flags=int(spec.get("global_regex_flags", REGEX_FLAGS | re.IGNORECASE)),
            )
        )
    by_entity: dict[str, list[str]] = {}
    for d in policy.deny:
        by_entity.setdefault(d.entity, []).append(d.text)
    for entity, texts in sorted(by_entity.items()):
        recs.append(DenyListRecognizer(entity, texts, supported_language=lang))
    return recs
