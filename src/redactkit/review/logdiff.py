"""Log-to-log diff: what a rules change or a second run adds, drops or changes.

Two logs of the same document (``redactkit.log/1``) are compared redaction by
redaction. Ids are not trusted (they change when a span grows or shrinks):
redactions are matched **by page and overlapping rectangles** -- two redactions
match when some rectangle of one and some rectangle of the other have an
intersection-over-union of at least :data:`IOU_MATCH`, or one contains the other
(:data:`CONTAINMENT` of the smaller one's area lies inside the larger). Pairs are
taken greedily, best overlap first, so each redaction matches at most once.

Only redactions that are burned count (status other than ``rejected``): a
redaction rejected in the new review shows as *dropped*. A matched pair whose
entity, exemption, reason, text or rectangles differ is *changed*.

The diff holds redacted text (from the internal logs): it is internal too.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..model import Rect, Redaction
from ..report import RedactionLog

__all__ = ["CONTAINMENT", "IOU_MATCH", "Change", "LogDiff", "diff_logs", "diff_redactions", "match_score"]

#: Minimum intersection-over-union of two rectangles for a match.
IOU_MATCH = 0.5
#: Share of the smaller rectangle's area inside the larger one that counts as containment.
CONTAINMENT = 0.9
#: Rectangles closer than this (points, every edge) are "the same".
RECT_TOLERANCE = 0.5
_COMPARED = ("entity", "exemption", "reason", "text")


def _area(r: Rect) -> float:
    return 0.0 if r.is_empty else r.width * r.height


def _rect_match(a: Rect, b: Rect) -> float:
    """A match score in (0, 1] for two rectangles, 0 when they do not match."""
    inter = a.overlap_area(b)
    if inter <= 0:
        return 0.0
    union = _area(a) + _area(b) - inter
    iou = inter / union if union > 0 else 0.0
    if iou >= IOU_MATCH:
        return iou
    smaller = min(_area(a), _area(b))
    if smaller > 0 and inter / smaller >= CONTAINMENT:
        return max(iou, 1e-6)  # contained: a match, ranked below better overlaps
    return 0.0


def match_score(a: Redaction, b: Redaction) -> float:
    """How well two redactions match (0: they do not): best rectangle pair on the same page."""
    if a.page != b.page:
        return 0.0
    return max((_rect_match(x, y) for x in a.rects for y in b.rects), default=0.0)


def _same_rects(a: Sequence[Rect], b: Sequence[Rect]) -> bool:
    if len(a) != len(b):
        return False
    return all(
        max(abs(x.x0 - y.x0), abs(x.y0 - y.y0), abs(x.x1 - y.x1), abs(x.y1 - y.y1)) <= RECT_TOLERANCE
        for x, y in zip(a, b, strict=True)
    )


@dataclass(frozen=True)
class Change:
    """A matched pair that differs; ``fields`` lists what changed (``rects`` included)."""

    old: Redaction
    new: Redaction
    fields: tuple[str, ...]


@dataclass
class LogDiff:
    """The result of comparing two logs."""

    added: list[Redaction] = field(default_factory=list)
    dropped: list[Redaction] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)
    unchanged: int = 0
    old_source: dict[str, Any] = field(default_factory=dict)
    new_source: dict[str, Any] = field(default_factory=dict)
    old_policy: str = ""
    new_policy: str = ""

    @property
    def empty(self) -> bool:
        """True when both logs burn the same redactions."""
        return not (self.added or self.dropped or self.changed)

    def to_dict(self) -> dict[str, Any]:
        def brief(r: Redaction) -> dict[str, Any]:
            return {"id": r.id, "page": r.page, "rects": [x.to_list() for x in r.rects], "entity": r.entity,
                    "exemption": r.exemption, "reason": r.reason, "text": r.text, "status": r.status}

        return {
            "schema": "redactkit.logdiff/1",
            "old": {"source": self.old_source, "policy": self.old_policy},
            "new": {"source": self.new_source, "policy": self.new_policy},
            "summary": {"added": len(self.added), "dropped": len(self.dropped), "changed": len(self.changed),
                        "unchanged": self.unchanged},
            "added": [brief(r) for r in self.added],
            "dropped": [brief(r) for r in self.dropped],
            "changed": [{"old": brief(c.old), "new": brief(c.new), "fields": list(c.fields)}
                        for c in self.changed],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)

    def to_text(self) -> str:
        """A readable report: one line per added (+), dropped (-) and changed (~) redaction."""
        lines = [f"old: {self.old_source.get('path', '?')} (policy {self.old_policy})",
                 f"new: {self.new_source.get('path', '?')} (policy {self.new_policy})"]
        if self.old_source.get("sha256") and self.old_source.get("sha256") != self.new_source.get("sha256"):
            lines.append("warning: the two logs are of different source files (SHA-256 differs)")
        lines.append(f"{len(self.added)} added, {len(self.dropped)} dropped, {len(self.changed)} changed, "
                     f"{self.unchanged} unchanged")

        def one(r: Redaction) -> str:
            return f"page {r.page + 1}  {r.exemption:<10} {r.entity:<16} {r.text!r}  [{r.id}]"

        for r in self.added:
            lines.append(f"+ {one(r)}")
        for r in self.dropped:
            lines.append(f"- {one(r)}")
        for c in self.changed:
            what = []
            for f in c.fields:
                if f == "rects":
                    what.append("rects " + _fmt_rects(c.old.rects) + " -> " + _fmt_rects(c.new.rects))
                else:
                    what.append(f"{f} {getattr(c.old, f)!r} -> {getattr(c.new, f)!r}")
            lines.append(f"~ {one(c.new)}: " + "; ".join(what))
        return "\n".join(lines) + "\n"


def _fmt_rects(rects: Sequence[Rect]) -> str:
    return " ".join("[" + ",".join(f"{v:.1f}" for v in r.to_list()) + "]" for r in rects)


def diff_redactions(old: Sequence[Redaction], new: Sequence[Redaction]) -> LogDiff:
    """Compare two lists of redactions (rejected ones are ignored: they are not burned)."""
    a = [r for r in old if r.status != "rejected"]
    b = [r for r in new if r.status != "rejected"]
    pairs: list[tuple[float, int, int]] = []
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            s = match_score(x, y)
            if s > 0:
                pairs.append((s, i, j))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_a: set[int] = set()
    used_b: set[int] = set()
    out = LogDiff()
    matched: list[tuple[int, int]] = []
    for _, i, j in pairs:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        matched.append((i, j))
    for i, j in sorted(matched):
        x, y = a[i], b[j]
        fields = [f for f in _COMPARED if getattr(x, f) != getattr(y, f)]
        if not _same_rects(x.rects, y.rects):
            fields.append("rects")
        if fields:
            out.changed.append(Change(x, y, tuple(fields)))
        else:
            out.unchanged += 1
    out.dropped = [x for i, x in enumerate(a) if i not in used_a]
    out.added = [y for j, y in enumerate(b) if j not in used_b]
    return out


def diff_logs(old: RedactionLog, new: RedactionLog) -> LogDiff:
    """Compare two logs of the same document; see the module docstring for the matching rule."""
    out = diff_redactions(old.redactions, new.redactions)
    out.old_source, out.new_source = dict(old.source), dict(new.source)
    out.old_policy, out.new_policy = str(old.policy.get("name", "")), str(new.policy.get("name", ""))
    return out
