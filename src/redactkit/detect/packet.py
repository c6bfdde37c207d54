"""Packet consistency: a name or identifier redacted in one document of a packet is redacted in all.

The batch runner collects the PERSON names and the identifiers (:func:`packet_values`) a first
pass redacted in any document of the packet and, in a second pass, adds their mentions to
every other document with :func:`consistency_findings`. An identifier travels as
entity, :data:`VALUE_SEP` (U+001F) and value among the names, and is matched in normalised form
like :mod:`.propagate_ids` does inside one document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Document, Finding
from ..policy import Policy
from ._spans import overlaps
from .propagate import propagate
from .propagate_ids import IDENTIFIER_ENTITIES, find_values, value_pattern

__all__ = ["CONSISTENCY_RECOGNIZER", "VALUE_SEP", "consistency_findings", "packet_values"]

#: ``recognizer`` of findings added by ``--consistent``.
CONSISTENCY_RECOGNIZER = "packet_consistency"
#: Separates an identifier's entity from its value in the packet's list of names.
VALUE_SEP = "\x1f"


def packet_values(redactions: Iterable[tuple[str, str]]) -> list[str]:
    """The packet-list entries of a document's redactions ``(entity, text)``: person names as they
    are, identifiers (:data:`~.propagate_ids.IDENTIFIER_ENTITIES`) as entity, U+001F, value."""
    out: set[str] = set()
    for entity, text in redactions:
        flat = " ".join(text.split())
        if entity == "PERSON":
            out.add(flat)
        elif entity in IDENTIFIER_ENTITIES and value_pattern(entity, flat) is not None:
            out.add(f"{entity}{VALUE_SEP}{flat}")
    return sorted(out)


def consistency_findings(
    document: Document, findings: list[Finding], names: Iterable[str], policy: Policy
) -> list[Finding]:
    """Findings for ``names`` (redacted elsewhere in the packet) not yet redacted in ``document``:
    identifiers (entity, U+001F, value) at each normalised occurrence, and PERSON names as follows.

    Each name is matched whole-token and case-sensitively (blanks or one line
    break between its tokens), like :mod:`.propagate`; the new mentions
    are then propagated like any other source (surname alone, "Last, First" ...),
    never into kept names (officers) or kept entities.
    """
    names = list(names)
    # Only findings the plan will act on count as "already redacted" or "kept": a sub-threshold
    # guess over a name must not stop the packet's sure mention from being added.
    findings = [f for f in findings if policy.takes_part(f.entity, f.score)]
    values = [n.split(VALUE_SEP, 1) for n in names if VALUE_SEP in n]
    ids = find_values(
        document.text,
        [(e, v, 1.0, f"packet consistency: {e} '{v}' is redacted in another document of this packet")
         for e, v in values if e in policy.redact],
        [f for f in findings if f.entity in policy.redact],
        CONSISTENCY_RECOGNIZER,
    )
    names = [n for n in names if VALUE_SEP not in n]
    return sorted(ids + _person_findings(document, findings, names, policy), key=lambda f: (f.start, f.end))


def _person_findings(
    document: Document, findings: list[Finding], names: Iterable[str], policy: Policy
) -> list[Finding]:
    if "PERSON" not in policy.redact:
        return []
    text = document.text
    redacting = [(f.start, f.end) for f in findings if f.entity in policy.redact]
    kept = [(f.start, f.end) for f in findings if f.entity in policy.keep]
    sources: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for name in sorted(set(names), key=lambda n: (-len(n), n)):
        tokens = name.split()
        if not tokens or len(name) < 3 or policy.is_allowed(name):
            continue
        rx = re.compile(
            r"(?<![\w])" + r"(?:[ \t]*\n[ \t]*|[ \t]+)".join(map(re.escape, tokens)) + r"(?![\w])"
        )
        for m in rx.finditer(text):
            s, e = m.span()
            if (
                any(a <= s and e <= b for a, b in redacting)
                or overlaps(s, e, kept)
                or overlaps(s, e, taken)
            ):
                continue
            sources.append(
                Finding.make(
                    "PERSON",
                    s,
                    e,
                    m.group(0),
                    1.0,
                    CONSISTENCY_RECOGNIZER,
                    f"packet consistency: '{name}' is redacted in another document of this packet",
                )
            )
            taken.append((s, e))
    if not sources:
        return []
    kept_names = [f.text for f in findings if f.entity in policy.keep and f.entity == "OFFICER"]
    kept_findings = [f for f in findings if f.entity in policy.keep]
    spread = propagate(text, sources + kept_findings, policy, kept_names)
    out = [
        f
        for f in spread
        if f.entity == "PERSON" and not any(a <= f.start and f.end <= b for a, b in redacting)
    ]
    return sorted(out, key=lambda f: (f.start, f.end))
