"""The agency-name recognizer ("Springfield Police Department"); split out of :mod:`.places`,
which uses its pattern to anchor an agency's letterhead block, and still exports it."""

from __future__ import annotations

from ..lexicon import NOT_NAMES, WS
from ._base import FlaggedPattern as Pattern
from ._base import ValuePatternRecognizer

__all__ = ["AgencyRecognizer"]


class AgencyRecognizer(ValuePatternRecognizer):
    """Law-enforcement and responder agency names ("Springfield Police Department", "TALLIS COUNTY
    SHERIFF'S OFFICE", "Alder County Emergency Medical Services").

    AGENCY is kept by the police release profile, so a place name inside an
    agency name ("RIVERTON") is not redacted as a person or a location.
    """

    _W = r"(?:[A-Z][a-z]+|[A-Z]{2,})"
    _KIND = (
        rf"(?:Police|POLICE)(?:{WS}+(?:Department|DEPARTMENT|Dept\.?|DEPT\.?|Division|DIVISION|Bureau|BUREAU))?"
        rf"|(?:Sheriff|SHERIFF)(?:'s|’s|'S|’S)?{WS}+(?:Office|OFFICE|Department|DEPARTMENT|Dept\.?|DEPT\.?)"
        rf"|(?:State{WS}+Police|STATE{WS}+POLICE|Highway{WS}+Patrol|HIGHWAY{WS}+PATROL)"
        # a waterway's patrol ("Alder Bay Harbor Patrol"), also wrapped before "Patrol"; never "Park"
        # (a surname: "Jane Roe Park\nPatrol notes")
        rf"|(?:Harbor|HARBOR|Harbour|HARBOUR|Marine|MARINE)(?:{WS}+|{WS}*\n{WS}*)(?:Patrol|PATROL)"
        rf"|(?:Department|DEPARTMENT){WS}+(?:of|OF){WS}+(?:Public|PUBLIC){WS}+(?:Safety|SAFETY)"
        rf"|(?:Volunteer{WS}+|VOLUNTEER{WS}+)?(?:Fire|FIRE){WS}+(?:and|AND|&){WS}+(?:Rescue|RESCUE)"
        rf"(?!{WS}*\n?{WS}*(?:Department|DEPARTMENT|Dept|DEPT|District|DISTRICT))"  # "... Fire & Rescue"
        rf"|(?:Volunteer{WS}+|VOLUNTEER{WS}+)?(?:Fire|FIRE)(?:{WS}+(?:and|&){WS}+(?:Rescue|RESCUE))?"
        rf"(?:{WS}+|{WS}*\n{WS}*)(?:Department|DEPARTMENT|Dept\.?|DEPT\.?|Rescue|RESCUE|District|DISTRICT)"
        # a county's or town's ambulance service ("Alder County Emergency Medical Services",
        # "ALDER EMS"): a public responder like its fire department
        rf"|(?:Emergency|EMERGENCY){WS}+(?:Medical|MEDICAL){WS}+(?:Services?|SERVICES?)"
        rf"|(?:Ambulance|AMBULANCE){WS}+(?:Service|SERVICE|District|DISTRICT|Authority|AUTHORITY)"
        r"|PD|SO|DPS|EMS"
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
