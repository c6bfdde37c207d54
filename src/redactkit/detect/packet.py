"""Packet consistency: a name redacted in one document of a packet is redacted in all of them.

The batch runner collects the PERSON names a first pass redacted in any document of the
packet and, in a second pass, adds their mentions to every other document with
:func:`consistency_findings`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Document, Finding
from ..policy import Policy
from ._spans import overlaps
from .propagate import propagate

__all__ = ["CONSISTENCY_RECOGNIZER", "consistency_findings"]

#: ``recognizer`` of findings added by ``--consistent``.
CONSISTENCY_RECOGNIZER = "packet_consistency"


def consistency_findings(
    document: Document, findings: list[Finding], names: Iterable[str], policy: Policy
) -> list[Finding]:
    """PERSON findings for ``names`` (redacted elsewhere in the packet) not yet redacted in ``document``.

    Each name is matched whole-token and case-sensitively (blanks or one line
    break between its tokens), like :mod:`.propagate`; the new mentions
    are then propagated like any other source (surname alone, "Last, First" ...),
    never into kept names (officers) or kept entities.
    """
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
