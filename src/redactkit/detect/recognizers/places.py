"""Recognizers for places and organisations: street addresses, agencies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from presidio_analyzer import (
    Pattern,
)

if TYPE_CHECKING:

    pass
from ..lexicon import NOT_NAMES, WS, alternation
from ._base import ValuePatternRecognizer

__all__ = [
    "AddressRecognizer",
    "AgencyRecognizer",
]


class AddressRecognizer(ValuePatternRecognizer):
    """US street address: number + street + suffix (+ unit) (+ city, state, ZIP)."""

    _SUFFIX = alternation(
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
    _PREFIX_TYPE = alternation(["Calle", "Camino", "Avenida", "Paseo", "Via", "Vía", "Rue", "Rua"])
    _WORD = r"(?:[A-Z][a-z]+|[A-Z]{2,}|\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH))"
    _DIR = r"(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West|NORTH|SOUTH|EAST|WEST)\.?"
    #: blanks, or one line break with blanks around it (an address wrapped in running text)
    _BR = rf"(?:{WS}+|{WS}*\n{WS}*)"
    _UNIT = (
        rf"(?:,?(?:{WS}*|{WS}*\n{WS}*)(?:Apt|APT|Apartment|APARTMENT|Unit|UNIT|Suite|SUITE|Ste|STE|Rm|Room"
        rf"|Lot|LOT|Bldg)\.?(?:{WS}*|{WS}*\n{WS}*)#?{WS}*[A-Z0-9-]{{1,6}}\b|{WS}*#{WS}*[A-Z0-9-]{{1,6}}\b)"
    )
    _CITY = rf"(?:[A-Z][a-z]+|[A-Z]{{2,}})(?:{WS}+(?:[A-Z][a-z]+|[A-Z]{{2,}})){{0,2}}"
    _STATE = (
        r"(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]"
        r"|T[NX]|UT|V[AT]|W[AIVY])"
    )
    _ZIP = r"\d{5}(?:-\d{4})?"
    _STREET = (
        # The house number may end a line of running text ("dispatched to 2809\nArroyo Seco
        # Lane"), but not stand alone on its line (pleading-paper line numbers, "1\nSUPERIOR COURT").
        rf"(?:\b\d{{1,6}}(?:-?[A-Z])?{WS}+|(?<=\S[ \t])\d{{1,6}}(?:-?[A-Z])?{WS}*\n{WS}*)"
        rf"(?:{_DIR}{WS}+)?(?:{_WORD}(?:{WS}+{_WORD}){{0,3}}{WS}+"
        rf"(?:{_SUFFIX})(?![\w])(?:{WS}+{_DIR}(?![\w]))?"
        # Spanish/French street type first, particles allowed: "40 Camino de los Alamos"
        rf"|(?:{_PREFIX_TYPE}){WS}+(?:(?:de|del|la|las|los|el)\b{WS}+)*{_WORD}"
        rf"(?:{WS}+(?:(?:de|del|la|las|los|el)\b{WS}+)*{_WORD}){{0,2}}(?![\w'’-])"
        # lettered/numbered avenues and streets: "2208 Avenue G", "3315 Avenue\nB", "10 Street 4"
        rf"|(?:Avenue|AVENUE|Ave\.?|AVE|Street|STREET|Road|ROAD){_BR}(?:[A-Z]|\d{{1,3}})(?![\w'’-]))"
    )
    _TAIL = (
        rf"(?:,{_BR}?{_CITY},?{_BR}{_STATE}(?:{_BR}{_ZIP})?\b"
        rf"|{WS}*\n{WS}*{_CITY},?{WS}+{_STATE}{WS}+{_ZIP}\b"
        rf"|{WS}+{_CITY}{WS}+{_STATE}{WS}+{_ZIP}\b)"
    )
    #: Numbered rural roads and routes: "County Road 900 N", "State Route 4", "RR 2 Box 118".
    _ROUTE = (
        rf"\b\d{{1,6}}{WS}+(?:(?:County|COUNTY|State|STATE|Farm|FARM|Township|TOWNSHIP|US|U\.S\.)"
        rf"{WS}+(?:Road|ROAD|Rd\.?|RD|Route|ROUTE|Rte\.?|RTE|Highway|HIGHWAY|Hwy\.?|HWY)"
        rf"|(?:Highway|HIGHWAY|Hwy\.?|HWY|Route|ROUTE|Rte\.?|RTE)){WS}+\d{{1,5}}[A-Z]?"
        rf"(?:{WS}+{_DIR}(?![\w]))?"
        rf"|\b(?:RR|R\.R\.|Rural{WS}+Route|HC|H\.C\.){WS}*\d{{1,4}},?{WS}+(?:Box|BOX){WS}+\d{{1,6}}\b"
    )
    ENTITY = "ADDRESS"
    PATTERNS = [
        Pattern("street address, city, state", rf"{_STREET}{_UNIT}?{_TAIL}", 0.9),
        Pattern("rural route address", rf"(?:{_ROUTE})(?:{_TAIL})?", 0.8),
        Pattern("street address", rf"{_STREET}{_UNIT}?", 0.75),
        Pattern(
            "po box",
            rf"\b(?:P\.?{WS}?O\.?{WS}*Box|PO{WS}+BOX|P\.O\.{WS}*BOX){WS}+\d{{1,6}}\b"
            rf"(?:,{WS}*{_CITY},?{WS}+{_STATE}(?:{WS}+{_ZIP})?\b)?",
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


class AgencyRecognizer(ValuePatternRecognizer):
    """Law-enforcement agency names ("Springfield Police Department", "MARLOW COUNTY SHERIFF'S OFFICE").

    AGENCY is kept by the police release profile, so a place name inside an
    agency name ("RIVERTON") is not redacted as a person or a location.
    """

    _W = r"(?:[A-Z][a-z]+|[A-Z]{2,})"
    _KIND = (
        rf"(?:Police|POLICE)(?:{WS}+(?:Department|DEPARTMENT|Dept\.?|DEPT\.?|Division|DIVISION|Bureau|BUREAU))?"
        rf"|(?:Sheriff|SHERIFF)(?:'s|’s|'S|’S)?{WS}+(?:Office|OFFICE|Department|DEPARTMENT|Dept\.?|DEPT\.?)"
        rf"|(?:State{WS}+Police|STATE{WS}+POLICE|Highway{WS}+Patrol|HIGHWAY{WS}+PATROL)"
        rf"|(?:Department|DEPARTMENT){WS}+(?:of|OF){WS}+(?:Public|PUBLIC){WS}+(?:Safety|SAFETY)"
        rf"|(?:Volunteer{WS}+|VOLUNTEER{WS}+)?(?:Fire|FIRE)(?:{WS}+(?:and|&){WS}+(?:Rescue|RESCUE))?"
        rf"(?:{WS}+|{WS}*\n{WS}*)(?:Department|DEPARTMENT|Dept\.?|DEPT\.?|Rescue|RESCUE|District|DISTRICT)"
        r"|PD|SO|DPS"
    )
    ENTITY = "AGENCY"
    PATTERNS = [
        Pattern(
            "agency name",
            rf"(?<![\w'’])(?P<value>(?:{_W}(?:{WS}+|{WS}*\n{WS}*)){{1,3}}(?:{_KIND}))(?![\w'’])",
            0.85,
        ),
    ]
    CONTEXT = ["department", "agency", "office"]
    EXPLAIN = {"agency name": "place name + police/sheriff agency word"}

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """The words before the agency word must not be sentence words ("The", "Called")."""
        first = pattern_text.split()[0]
        return first.capitalize() in NOT_NAMES and first.capitalize() not in {"County", "City", "State"}
