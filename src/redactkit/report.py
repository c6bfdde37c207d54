"""The redaction log (schema ``redactkit.log/1``): JSON, CSV and the public exemption index.

The full log holds the redacted text and its context: it is an internal record
for the reviewing officer. :func:`exemption_index` is what may go to the public:
page, exemption, reason and count only.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from . import __version__
from ._fileio import csv_row, write_text_atomic
from .model import Check, Decision, Kept, Redaction, VerificationReport

__all__ = [
    "CSV_FIELDS",
    "RedactionLog",
    "SCHEMA",
]

SCHEMA = "redactkit.log/1"

CSV_FIELDS = [
    "id", "page", "entity", "exemption", "reason", "status", "recognizer", "score",
    "text", "context", "rects",
]


def _codes(r: Redaction) -> str:
    """Every exemption code of a box (a reviewer may give several; the first is the primary)."""
    return ", ".join(r.exemptions) if r.exemptions else r.exemption


@dataclass
class RedactionLog:
    """Everything that happened to one document, in the documented log shape."""

    policy: dict[str, Any]
    source: dict[str, Any]
    output: dict[str, Any] | None
    redactions: list[Redaction]
    kept: list[Kept] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    verification: VerificationReport | None = None
    sanitized: dict[str, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    #: ``apply`` and ``serve`` releases: reviewer, approver (QC) and accept_unreviewed; None otherwise.
    review: dict[str, Any] | None = None
    created: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    tool: dict[str, str] = field(default_factory=lambda: {"name": "redactkit", "version": __version__})
    schema: str = SCHEMA

    @property
    def passed(self) -> bool:
        """True when an output was written and verified."""
        return self.output is not None and self.verification is not None and self.verification.passed

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": self.schema,
            "tool": self.tool,
            "created": self.created,
            "policy": self.policy,
            "source": self.source,
            "output": self.output,
            "redactions": [r.to_dict() for r in self.redactions],
            "kept": [k.to_dict() for k in self.kept],
            "decisions": [d.to_dict() for d in self.decisions],
            "verification": self.verification.to_dict() if self.verification else None,
            "sanitized": self.sanitized,
            "timings": {k: round(v, 4) for k, v in self.timings.items()},
            "warnings": self.warnings,
            **({"review": self.review} if self.review is not None else {}),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> RedactionLog:
        if d.get("schema") != SCHEMA:
            raise ValueError(f"not a redactkit log (schema {d.get('schema')!r}, expected {SCHEMA!r})")
        ver = d.get("verification")
        return cls(
            schema=d["schema"],
            tool=d["tool"],
            created=d["created"],
            policy=d["policy"],
            source=d["source"],
            output=d.get("output"),
            redactions=[Redaction.from_dict(r) for r in d["redactions"]],
            kept=[Kept.from_dict(k) for k in d.get("kept", [])],
            decisions=[Decision.from_dict(x) for x in d.get("decisions", [])],
            verification=VerificationReport([Check(**c) for c in ver["checks"]]) if ver else None,
            sanitized=d.get("sanitized", {}),
            timings=d.get("timings", {}),
            warnings=d.get("warnings", []),
            review=d.get("review"),
        )

    @classmethod
    def read(cls, path: str | os.PathLike[str]) -> RedactionLog:
        with open(path, encoding="utf-8") as f:
            return cls.from_dict(json.load(f))

    def write_json(self, path: str | os.PathLike[str]) -> None:
        write_text_atomic(path, self.to_json() + "\n")

    def to_csv(self) -> str:
        """One row per redaction; every cell neutralised against formula injection (:func:`csv_row`)."""
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=CSV_FIELDS, lineterminator="\n")
        w.writeheader()
        for r in self.redactions:
            w.writerow(csv_row({
                "id": r.id, "page": r.page + 1, "entity": r.entity, "exemption": _codes(r),
                "reason": r.reason, "status": r.status, "recognizer": r.recognizer, "score": r.score,
                "text": r.text, "context": r.context,
                "rects": " ".join(",".join(f"{v:.1f}" for v in rect.to_list()) for rect in r.rects),
            }))
        return buf.getvalue()

    def write_csv(self, path: str | os.PathLike[str]) -> None:
        write_text_atomic(path, self.to_csv())

    def exemption_index(self) -> list[dict[str, Any]]:
        """Public rows: page (1-based), exemption, reason, count. No redacted text."""
        counts: Counter[tuple[int, str, str]] = Counter(
            (r.page + 1, _codes(r), r.reason) for r in self.redactions if r.status != "rejected"
        )
        return [
            {"page": p, "exemption": ex, "reason": reason, "count": n}
            for (p, ex, reason), n in sorted(counts.items())
        ]
