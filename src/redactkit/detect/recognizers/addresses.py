"""Street addresses in prose, read by a real address parser (``usaddress``) over candidate spans.

Regular expressions find where an address may start: a house number followed within a
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

from ..lexicon import RANK_ONE, REGEX_FLAGS
from ._base import SingleEntityRecognizer, make_explanation, make_result

__all__ = ["CANDIDATE_CHARS", "ParsedAddressRecognizer", "parse_address"]

#: Characters after a candidate's start handed to the parser.
CANDIDATE_CHARS = 110

_SUFFIX = (
    r"(?i:street|st|avenue|ave|av|road|rd|lane|ln|drive|dr|court|ct|way|boulevard|blvd|pike|terrace|ter"
    r"|trail|trl|highway|hwy|circle|cir|place|pl|parkway|pkwy|square|sq|loop|run|path|row|alley|crossing"
    r"|xing|point|pt|ridge|bend|cove|cv|hollow|landing|pass|plaza|plz|estates|commons|heights|hts"
    # more USPS suffixes that name private lanes ("9 Tanager Hill", "27 Alder Spur")
    r"|hill|hl|spur|knoll|knl|glen|gln|mews|grove|grv|meadows?|gardens|gdns|chase|vista|vis)"
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
    rf"|(?P<box>(?<![\w])(?:(?:(?i:p\.?[ \t]?o\.?|post[ \t]+office)[ \t]*(?i:box)[ \t]*#?{_GAP}?\d{{1,6}})"
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


def parse_address(candidate: str) -> tuple[int, float, str] | None:
    """Parse ``candidate`` (which starts at an address-like token).

    Returns:
        (end offset of the address in ``candidate``, score, what the parser found), or None.
    """
    try:
        tokens = usaddress.parse(candidate)
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
            cut = re.search(rf"\n[ \t]*\n|[;()]|\.[ \t]+(?=[A-Z][a-z])|\t|[ \t]{{3,}}|\n[ \t]*(?={RANK_ONE})"
                            r"|\n[ \t]*(?=\d{1,2}:\d\d\b)|[ \t](?=(?!(?:City|State|Zip|ZIP|County|Apt|Unit"
                            r"|Suite|Ste|Lot|Rm|Room|Bldg|Apartment|Floor|Box)\b)[A-Z][a-z]+:)",
                            chunk)
            # a street type written out in full ("Spur.", "Lane.") ends a sentence with its period;
            # an abbreviation's period ("St. Louis", "Blvd.") does not
            matched = m.end() - start
            if re.search(r"\b(?=[A-Za-z]*[aeiou])[A-Za-z]{4,}\.$", m.group(0)):
                matched -= 1
            if cut and cut.start() >= matched:
                chunk = chunk[: cut.start()]
            parsed = parse_address(" ".join(chunk.split("\n")))
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
