"""Towns NER took for persons: not a source of name propagation.

spaCy tags a town as a PERSON often ("Alder Ford", "Port Kestrel"), above all in an address's
city line ("12 Elm St, Alder Ford, ST 04999"). The plan already drops such a candidate where it
stands alone (``plan._drop_town_names``), but propagation ran first and spread the town's words
as a surname or given name alone ("Ford", "Port") into agency, court and business names. Here a
NER PERSON whose text is the town of a city line of the same document is set aside so that it
is no source; it stays a finding (inside a private address it is redacted with the address).
"""

from __future__ import annotations

import regex as re

from ..model import Finding

__all__ = ["NER_RECOGNIZER", "city_line_towns", "town_persons"]

#: The recognizer name of spaCy's findings.
NER_RECOGNIZER = "SpacyRecognizer"

#: A town in an address's city line: "Alder Ford, ME 04999".
_CITY_LINE = re.compile(
    r"(?<![\w'’-])((?:[A-Z][\w'’-]+[ \t]+){0,3}[A-Z][\w'’-]+),?[ \t]+[A-Z]{2}[ \t]+\d{5}\b"
)
#: A courtesy title right before the finding: then it names a person ("Ms. Alder Ford").
_TITLE_BEFORE = re.compile(r"(?<![\w.])(?:Mrs|Mr|Ms|Miss|Mx|Dr|MRS|MR|MS|DR)\.?\s*$")


def city_line_towns(text: str) -> set[str]:
    """The towns of the city lines in ``text``, blanks folded, case folded; a town named "X City"
    is also "X" (NER tags the first word alone, and the agency, court and code of the town are
    written "X City Police Department", "X City Code")."""
    towns = {" ".join(m.group(1).split()).casefold() for m in _CITY_LINE.finditer(text)}
    return towns | {t[: -len(" city")] for t in towns if t.endswith(" city") and len(t) > len(" city")}


#: A line of an address above its city line: a house number, unit, box or route ("Unit C", "12 Elm St").
_ADDRESS_LINE = re.compile(r"[^\n]*\d[^\n]*|[ \t]*(?i:apt|apartment|unit|suite|ste|lot|space|bldg|#)\b[^\n]*")


def _town_text(f: Finding) -> str:
    """The finding's text, or its last line when NER ran the address line above into the town
    ("Apt 2B\nAlder Ford"): every line above it a line of the address, none a name."""
    *above, last = f.text.split("\n")
    return last if all(_ADDRESS_LINE.fullmatch(line) for line in above) else f.text


def town_persons(text: str, findings: list[Finding]) -> list[Finding]:
    """The NER PERSON findings whose text is a town of one of ``text``'s city lines."""
    towns = city_line_towns(text)
    if not towns:
        return []
    return [f for f in findings
            if f.entity == "PERSON" and f.recognizer == NER_RECOGNIZER
            and " ".join(_town_text(f).split()).casefold() in towns
            and not _TITLE_BEFORE.search(text[max(0, f.start - 8):f.start])]
