"""Street addresses: a pattern recognizer (number, street, suffix, unit, town, state, ZIP) and one read
by a real address parser (``usaddress``) over candidate spans.

For the parser, regular expressions find where an address may start: a house number followed within a
few words by a street type ("5120 Heron Gate Road", "N8831 Ashgrove Lane", split over
a line break too), or a post-office box or rural route ("P.O. Box 6604", "RR 7 Box 20C",
"Rural Route 9, Box 311", "Rt. 5, Box 61-D"). From each start, up to
:data:`CANDIDATE_CHARS` characters (at most one line break) go to ``usaddress``, a
conditional-random-field parser trained on US addresses; the address is the run of
tokens it labels as address parts (number, street, unit, box, place, state, ZIP), ending
at the ZIP code or state, or at the street type or unit when neither follows. A place
name counts only when a state or ZIP follows it ("… Drive, Oakhurst, NM 87010, his
cell" ends at 87010).

Scores: 0.85 for a street address with a street type, or a box with its number; 0.45
(below the usual threshold: the uncertainty tier) for a number and street name the parser
is unsure of (no street type, no state, no ZIP).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import regex as re
import usaddress
from presidio_analyzer import EntityRecognizer, RecognizerResult

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

from ..lexicon import RANK_ONE, REGEX_FLAGS, STATE_WORDS, WS, alternation, compiled
from ._base import FlaggedPattern as Pattern
from ._base import SingleEntityRecognizer, ValuePatternRecognizer, make_explanation, make_result

__all__ = ["CANDIDATE_CHARS", "AddressRecognizer", "ParsedAddressRecognizer", "parse_address"]

#: Characters after a candidate's start handed to the parser.
CANDIDATE_CHARS = 110

_SUFFIX = (
    r"(?i:street|st|avenue|ave|av|road|rd|lane|ln|drive|dr|court|ct|way|boulevard|blvd|pike|terrace|ter"
    r"|trail|trl|highway|hwy|circle|cir|place|pl|parkway|pkwy|square|sq|loop|run|path|row|alley|crossing"
    r"|xing|point|pt|ridge|bend|cove|cv|hollow|landing|pass|plaza|plz|estates|commons|heights|hts"
    # more USPS suffixes that name private lanes ("9 Tanager Hill", "27 Alder Spur")
    r"|hill|hl|spur|knoll|knl|glen|gln|mews|grove|grv|meadows?|gardens|gdns|chase|vista|vis|all[eé]e)"
)
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_NUM = r"(?<![\w/.$#-])(?:[NSEW]\d{1,6}|\d{1,6}[A-Z]?(?:-\d{1,4})?(?:[ \t]+1/2)?)"
_WORD = r"(?:[NSEW]\.?|[A-Z0-9][\w'’.-]*)"
#: (the box number may wrap onto the next line: "HC 65 Box\n2041")
_BOX = r",?[ \t]*(?i:box)[ \t]*#?(?:[ \t]*|[ \t]*\n[ \t]*)\d{1,5}[A-Z]?(?:-[A-Z0-9]+)?"
#: A unit line standing above its street line ("Apartment 5\n318 Elm Lane"): part of the address.
_UNIT_LINE = r"(?:(?i:apartment|apt\.?|unit|suite|ste\.?)[ \t]*#?[ \t]*[A-Z0-9-]{1,5}[ \t]*\n[ \t]*)"
_START = re.compile(
    # the house number may end a prose line after a preposition ("at the end of 19\nAlder Spur")
    rf"(?P<street>{_UNIT_LINE}?{_NUM}"
    rf"(?:[ \t]+|(?<=\b(?:of|at|on|in|to|from|near)[ \t]+\d{{1,6}})[ \t]*\n[ \t]*)"
    rf"(?:{_WORD}{_GAP}){{0,4}}{_SUFFIX}\.?(?![\w]))"
    # a private mailbox: "PMB 417, 2600 Elm Avenue, ..." (the box may end the line above its number)
    rf"|(?P<pmb>(?<![\w])(?:PMB|(?i:private[ \t]+mail[ \t]?box))[ \t]*#?{_GAP}?\d{{1,6}}(?!\d))"
    # (a post-office box may wrap between its words too: "at PO\nBox 40")
    rf"|(?P<box>(?<![\w])(?:(?:(?i:p\.?[ \t]?o\.?|post[ \t]+office)(?:[ \t]*|[ \t]*\n[ \t]*)"
    rf"(?i:box)[ \t]*#?{_GAP}?\d{{1,6}})"
    rf"|(?:(?i:rural[ \t]+route)|RR|R\.R\.)[ \t]*#?[ \t]*\d{{1,4}}(?:{_BOX})?"
    rf"|(?:(?i:rt\.?|route)|HC)[ \t]*#?[ \t]*\d{{1,4}}{_BOX}))",
    REGEX_FLAGS,
)
#: A lot in a mobile-home or trailer park, which the parser reads as a building name only:
#: "Lot 12, Palmetto Mobile Home Park, Gull Point" (the town after it may wrap).
_LOT = re.compile(
    rf"(?<![\w])(?i:lot|space|site)[ \t]*#?[ \t]*\d{{1,4}}[A-Z]?,?{_GAP}(?:[A-Z][\w'’-]*{_GAP}){{1,3}}"
    rf"(?:Mobile{_GAP}Home|Manufactured{_GAP}Home|Trailer|RV|Mobile){_GAP}(?:Park|Court|Estates|Village|Community)"
    rf"(?:,{_GAP}[A-Z][a-z]+(?:{_GAP}[A-Z][a-z]+){{0,2}}(?![\w'’-]))?",
    REGEX_FLAGS,
)
#: A street whose type comes first, in Spanish and French names: "17 Camino del Halcón",
#: "4-B Calle Ocho", "9 Paseo de la Luz". The parser reads the rest (town, state, ZIP) when it can.
_PRETYPE = re.compile(
    # (a casita or rear unit is often lettered: "17-B Camino ...")
    r"(?<![\w/.$#-])\d{1,6}(?:-?[A-Z]|-\d{1,4})?[ \t]+"
    r"(?:Camino|Calle|Paseo|Avenida|V[ií]a|Vereda|Callej[oó]n|Carretera|Rue|Chemin)"
    r"[ \t]+(?:(?:de|del|la|las|los|el|du|des)[ \t]+){0,2}"
    r"\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?",
    REGEX_FLAGS,
)
_LINE_NO = re.compile(r"\n[ \t]*\d{1,2}[ \t]*(?=\n)")
_STREET_PARTS = frozenset({
    "AddressNumber", "AddressNumberPrefix", "AddressNumberSuffix", "StreetNamePreDirectional",
    "StreetNamePreModifier", "StreetNamePreType", "StreetName", "StreetNamePostType",
    "StreetNamePostDirectional", "StreetNamePostModifier", "OccupancyType", "OccupancyIdentifier",
    "SubaddressType", "SubaddressIdentifier", "USPSBoxType", "USPSBoxID", "USPSBoxGroupType",
    "USPSBoxGroupID", "BuildingName", "CornerOf", "LandmarkName",
})
_ENDS = frozenset({"StreetNamePostType", "StreetNamePostDirectional", "OccupancyIdentifier", "USPSBoxID",
                   "SubaddressIdentifier", "USPSBoxGroupID"})
_TAIL = frozenset({"PlaceName", "StateName", "ZipCode"})


#: A state as a town line writes it: a USPS code, a name or a word of one, an old abbreviation.
_STATE_TOKEN = re.compile(
    r"(?i:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]"
    r"|T[NX]|UT|V[AT]|W[AIVY]|PR|GU|VI|D\.C|N\.[HJMYCD]|R\.I|S\.[CD]|W\.\s?Va|New|York|Jersey|Mexico"
    r"|Hampshire|North|South|Carolina|Dakota|Rhode|Island|West|Puerto|Rico|Ala|Ariz|Ark|Calif|Cal|Colo"
    r"|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nebr|Nev|Okla|Ore|Oreg"
    r"|Pa|Penn|Tenn|Tex|Vt|Va|Wash|Wis|Wisc|Wyo|"
    + "|".join(sorted(STATE_WORDS)) + r")\.?"
)


def parse_address(candidate: str) -> tuple[int, float, str] | None:
    """Parse ``candidate`` (which starts at an address-like token; it may hold line breaks).

    A town and state read on the line after the street count only with a real state or a ZIP
    code: the parser also reads the next line's business name as one ("... Apt 2\nAlder
    Salvage": a place and a "state"), and that name is no part of the address.

    Returns:
        (end offset of the address in ``candidate``, score, what the parser found), or None.
    """
    try:
        tokens = usaddress.parse(candidate.replace("\n", " "))
    except Exception:  # the parser fails on some inputs (e.g. repeated labels); not an address then
        return None
    pos = 0
    spans: list[tuple[int, int, str, str]] = []
    for tok, lab in tokens:
        at = candidate.find(tok, pos)
        if at < 0:
            return None
        spans.append((at, at + len(tok), tok, lab))
        pos = at + len(tok)
    end_i = -1
    labels: set[str] = set()
    for i, (_s, _e, tok, lab) in enumerate(spans):
        if lab in _STREET_PARTS:
            # (a rural route's box may name its road: "RR 4 Box 219 Sandhill Church Rd")
            if labels & _TAIL or ("USPSBoxID" in labels and "USPSBoxGroupType" not in labels
                                  and not lab.startswith(("Occupancy", "USPSBox"))):
                break  # street parts after the place or the box: a second address or a misreading
            if "StreetNamePostType" in labels and not lab.startswith(
                    ("Occupancy", "USPSBox", "Subaddress", "StreetNamePost")):
                break  # after "Lane": only a unit or a box may follow before the place
            labels.add(lab)
            if lab in _ENDS or lab in ("StreetName", "AddressNumber", "USPSBoxType"):
                end_i = i
            continue
        if lab in _TAIL:
            if lab == "PlaceName" and not tok[:1].isupper():
                break
            labels.add(lab)
            if lab in ("StateName", "ZipCode"):
                end_i = i
                if lab == "ZipCode":
                    break
            continue
        break
    if end_i < 0:
        return None
    # a place name with no state or ZIP after it is not part of the address
    while end_i >= 0 and spans[end_i][3] == "PlaceName":
        end_i -= 1
    tail = [i for i in range(end_i + 1) if spans[i][3] in _TAIL]
    if tail and "\n" in candidate[spans[tail[0] - 1][1] : spans[tail[0]][0]] and not any(
            spans[i][3] == "ZipCode" or _STATE_TOKEN.fullmatch(spans[i][2].strip(",")) for i in tail):
        end_i = tail[0] - 1  # the next line's words, no town and state
        labels -= _TAIL
    has_street = {"AddressNumber", "StreetName"} <= labels
    has_box = "USPSBoxID" in labels or "USPSBoxGroupID" in labels
    if not (has_street or has_box):
        return None
    sure = has_box or "StreetNamePostType" in labels or "ZipCode" in labels or "StateName" in labels
    end = spans[end_i][1]
    zip_end = spans[end_i][3] == "ZipCode"
    while end > 0 and (candidate[end - 1] in ",;:" or candidate[end - 1] == "." and zip_end):
        end -= 1
    found = ", ".join(sorted(labels))
    return end, (0.85 if sure else 0.45), found


class ParsedAddressRecognizer(SingleEntityRecognizer):
    """ADDRESS: candidate spans (house number + street type, PO box, rural route) read by ``usaddress``."""

    ENTITY = "ADDRESS"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Every candidate start, parsed; one result per address."""
        if entities and self.ENTITY not in entities:
            return []
        results: list[RecognizerResult] = []
        done = 0
        for m in _START.finditer(text):
            if m.start() < done:
                continue
            # a unit line above the street line is part of the address but not parsed (the parser
            # reads "Apartment 5 318 Elm Lane" as two unit numbers and a town)
            unit = re.match(_UNIT_LINE, m.group("street") or "")
            lead = unit.end() if unit else 0
            start = m.start() + lead
            chunk = text[start: start + CANDIDATE_CHARS]
            # pleading paper numbers its lines: "Apt 3B,\n17\nSpokane, WA" (same length, offsets hold)
            chunk = _LINE_NO.sub(lambda n: " " * len(n.group(0)), chunk)
            breaks = [k for k, c in enumerate(chunk) if c == "\n"]
            if len(breaks) > 1:
                chunk = chunk[: breaks[1]]
            # a line opened by a rank is a signature line, not the address's town ("... 1 Court Plaza.\n
            # Cpl. A. Roe C-311"); one opened by a clock time is a log's next row ("... APT 2\n21:05
            # 4C11 ROE ..."); a capitalised word and a colon is the next form label ("... Elm Rd
            # Reviewer: ...") unless it labels a part of an address ("City:", "Apt:")
            cut = compiled(rf"\n[ \t]*\n|[;()]|\.[ \t]+(?=[A-Z][a-z])|\t|[ \t]{{3,}}|\n[ \t]*(?={RANK_ONE})"
                            r"|\n[ \t]*(?=\d{1,2}:\d\d\b)|[ \t](?=(?!(?:City|State|Zip|ZIP|County|Apt|Unit"
                            r"|Suite|Ste|Lot|Rm|Room|Bldg|Apartment|Floor|Box)\b)[A-Z][a-z]+:)").search(chunk)
            # a street type written out in full ("Spur.", "Lane.") ends a sentence with its period;
            # an abbreviation's period ("St. Louis", "Blvd.") does not
            matched = m.end() - start
            if re.search(r"\b(?=[A-Za-z]*[aeiou])[A-Za-z]{4,}\.$", m.group(0)):
                matched -= 1
            if cut and cut.start() >= matched:
                chunk = chunk[: cut.start()]
            parsed = parse_address(chunk)
            if parsed is None:
                continue
            end, score, found = parsed
            end = max(end, m.end() - start) if score > 0.5 else end
            s, e = m.start(), start + end
            ex: Any = make_explanation(self.name, score, f"address parser (usaddress): {found}",
                                       "parsed address")
            results.append(make_result(self, self.ENTITY, s, e, score, ex))
            done = e
        for m in _PRETYPE.finditer(text):
            ex = make_explanation(self.name, 0.8, "house number + street type first (Camino, Calle ...)",
                                  "street type first")
            results.append(make_result(self, self.ENTITY, m.start(), m.end(), 0.8, ex))
        for m in _LOT.finditer(text):
            ex = make_explanation(self.name, 0.85, "lot in a mobile-home or trailer park", "park lot")
            results.append(make_result(self, self.ENTITY, m.start(), m.end(), 0.85, ex))
        return EntityRecognizer.remove_duplicates(results)


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
    #: Lucero", "40 Camino del Sol", "9 Rue Royale", "8 Plaza Mayor").
    _PREFIX_TYPE = alternation(["Calle", "Camino", "Avenida", "Paseo", "Via", "Vía", "Rue", "Rua", "Plaza"])
    #: a street name's word: accented letters too ("Calle Peñasco"), possessive too ("King's Road")
    _WORD = r"(?:\p{Lu}\p{Ll}+(?:['’]s)?|\p{Lu}{2,}(?:['’]S)?|\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH))"
    _DIR = r"(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West|NORTH|SOUTH|EAST|WEST)\.?"
    #: blanks, or one line break with blanks around it (an address wrapped in running text)
    _BR = rf"(?:{WS}+|{WS}*\n{WS}*)"
    _UNIT = (
        rf"(?:,?(?:{WS}*|{WS}*\n{WS}*)(?:Apt|APT|Apartment|APARTMENT|Unit|UNIT|Suite|SUITE|Ste|STE|Rm|Room"
        rf"|Lot|LOT|Bldg)\.?(?:{WS}*|{WS}*\n{WS}*)#?{WS}*[A-Z0-9-]{{1,6}}\b|,?{WS}*#{WS}*[A-Z0-9-]{{1,6}}\b)"
    )
    _CITY = rf"(?:\p{{Lu}}\p{{Ll}}+|\p{{Lu}}{{2,}})(?:{WS}+(?:\p{{Lu}}\p{{Ll}}+|\p{{Lu}}{{2,}})){{0,2}}"
    _STATE = (  # or a state's name before a ZIP code ("Harrow, Texas 75999")
        r"(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]"
        rf"|T[NX]|UT|V[AT]|W[AIVY]|(?:{alternation(sorted(STATE_WORDS))}"
        # the two-word names too ("Harrow, New York 12999")
        rf"|New{WS}+(?:York|Jersey|Mexico|Hampshire)|(?:North|South){WS}+(?:Carolina|Dakota)"
        rf"|Rhode{WS}+Island|West{WS}+Virginia)(?={WS}+\d{{5}}\b))"
    )
    _ZIP = r"\d{5}(?:-\d{4})?"
    #: a unit written before its street on the same line: "Apt. 6, 220 Elm Row" (a patrol "Unit 4417" is none)
    _LEAD_UNIT = (rf"(?:(?:\b(?:Apt|APT|Apartment|APARTMENT|Suite|SUITE|Ste|STE)\.?{WS}*#?{WS}*"
                  rf"[A-Z0-9-]{{1,5}}|\b(?:Unit|UNIT){WS}+[A-Z0-9]{{1,3}}),{WS}*)")
    _STREET = (
        # The house number may end a line of running text ("dispatched to 2809\nArroyo Seco
        # Lane"), but not stand alone on its line (pleading-paper line numbers, "1\nSUPERIOR COURT"),
        # nor be the year of a date ending the line ("May 2, 2026\nELK BEND COUNTY SHERIFF"; after
        # an identifier's digits, "DL X1234, 2710\nS Elm St", it still is a house number).
        # A half house number ("511 1/2 Elm St", a rear or upstairs dwelling) is part of it; the
        # decimals of a distance ("1.5 MI ABOVE OTTER CREEK LANDING") are none (a mile marker's
        # are: "MILE 4.5 OLD MILL RD" is a rural home's address).
        rf"{_LEAD_UNIT}?(?:(?<!\d/)(?!(?<=\d\.)\d+[ \t]+(?i:mi|miles?|km|ft|feet|yds?|yards?)\b)"
        rf"\b\d{{1,6}}(?:-?[A-Z])?(?:{WS}+1/2)?{WS}+|(?<=\S[ \t])"
        rf"(?!(?<=(?:^|[^\w-])\d{{1,2}},[ \t])(?:19|20)\d\d[ \t]*\n)\d{{1,6}}(?:-?[A-Z])?{WS}*\n{WS}*)"
        rf"(?:{_DIR}{WS}+)?(?:{_WORD}(?:{WS}+{_WORD}){{0,3}}{WS}+"
        rf"(?:{_SUFFIX})(?![\w])(?:{WS}+{_DIR}(?![\w]))?"
        # Spanish/French street type first, particles allowed: "40 Camino de los Alamos"
        rf"|(?:{_PREFIX_TYPE}){WS}+(?:(?:de|del|la|las|los|el)\b{WS}+)*{_WORD}"
        rf"(?:{WS}+(?:(?:de|del|la|las|los|el)\b{WS}+)*{_WORD}){{0,2}}(?![\w'’-])"
        # lettered/numbered avenues and streets: "2208 Avenue G", "3315 Avenue\nB", "10 Street 4"
        rf"|(?:Avenue|AVENUE|Ave\.?|AVE|Street|STREET|Road|ROAD){_BR}(?:[A-Z]|\d{{1,3}})(?![\w'’-])"
        # a street grid (Utah, parts of Idaho and Wisconsin): "1450 N 300 W", "88 South 1200 East";
        # the grid line is a block number, ending in 0 or 5 (not coordinates, "40 N 111 W")
        rf"|(?<=\d{WS}+{_DIR}{WS}+)\d{{1,4}}[05]{WS}+{_DIR}(?![\w'’-]))"
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
        # "1402 Heron Road, Marsh Point." in running text: the town without state or ZIP, taken only
        # where the sentence or the line ends after it (not "..., Henderson said")
        # (or where "and"/"or" and a small word go on: "..., Apt. 2, Marsh Point and her phone")
        Pattern("street address, city",
                rf"{_STREET}{_UNIT}?,{_BR}?{_CITY}"
                rf"(?={WS}*(?:[.;:)]|,{WS}|$)|{WS}+(?:and|or){WS}+\p{{Ll}})", 0.8),
        Pattern("street address", rf"{_STREET}{_UNIT}?", 0.75),
        Pattern("general delivery",  # mail held at the town's post office for a person without a home
                rf"\b(?i:general{WS}+delivery),{_BR}?{_CITY},?{_BR}{_STATE}(?:{_BR}{_ZIP})?\b", 0.8),
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
        "street address, city": "house number + street + suffix + town (sentence or line ends after it)",
        "rural route address": "house number + numbered road/route, or rural-route box",
        "po box": "post-office box",
        "general delivery": "general delivery + town + state",
    }
