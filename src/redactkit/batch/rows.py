"""The typed records of a batch run: a packet's documents as found, and the summary's rows.

* :class:`PacketEntry` — one document of the packet before it runs: its item, policy,
  the source as outputs show it, source hash, page count, read error and output paths;
* :class:`SummaryRow` — one document's row of ``packet-summary.json`` / ``.csv`` /
  ``.html`` (the fields of :data:`SUMMARY_FIELDS`, in that order);
* :class:`PacketTotals` — the summary's ``totals``.

All three are frozen: a step that changes a row (Bates stamping) returns a new one.
``to_dict()`` is the JSON boundary; its keys and values are the written format
(:class:`redactkit.schemas.SummaryDocument`), which must not change.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from ..policy import Policy
    from .discover import PacketItem
    from .tasks import DocResult

__all__ = [
    "PacketEntry",
    "PacketTotals",
    "SUMMARY_FIELDS",
    "SummaryRow",
    "SummaryStatus",
]

SummaryStatus = Literal["ok", "failed"]


@dataclass(frozen=True, slots=True)
class PacketEntry:
    """One document of the packet as discovered, before it runs.

    Attributes:
        item: the discovered item (its ``name`` may be a safe replacement, see :mod:`redactkit.names`).
        policy: the item's resolved policy.
        source: the source as summaries, state and messages show it (the safe name if replaced).
        sha256: the source file's SHA-256; "" when it could not be read.
        pages: page count (0 when unreadable).
        read_error: why the file could not be read; "" when it could.
        output: the redacted PDF path.
        log: the JSON log path.
    """

    item: PacketItem
    policy: Policy
    source: str
    sha256: str
    pages: int
    read_error: str
    output: Path
    log: Path

    @property
    def name(self) -> str:
        """The document's name in the packet (its output stem)."""
        return self.item.name


@dataclass(frozen=True, slots=True, kw_only=True)
class SummaryRow:
    """One document of ``packet-summary.json`` (and a row of its CSV and HTML): counts only.

    The fields are the schema's (:class:`redactkit.schemas.SummaryDocument`) in the
    written order; ``bates_output`` is written only for a Bates-stamped document.
    """

    document: str
    source: str
    requester: str = ""
    notes: str = ""
    policy: str
    status: SummaryStatus
    resumed: bool = False
    pages: int = 0
    redactions: int = 0
    by_exemption: Mapping[str, int] = field(default_factory=dict)
    consistency_added: int = 0
    error_type: str = ""
    error: str = ""
    exit_code: int = 0
    seconds: float = 0.0
    timings: Mapping[str, float] = field(default_factory=dict)
    output: str = ""
    log: str = ""
    output_sha256: str = ""
    worker: str = ""
    bates_first: str = ""
    bates_last: str = ""
    bates_output: str | None = None

    @classmethod
    def from_result(cls, entry: PacketEntry, res: DocResult, *, resumed: bool) -> SummaryRow:
        """The row of ``entry`` from its task's result (or the stored result of an earlier run)."""
        return cls(
            document=entry.name,
            source=entry.source,
            requester=entry.item.requester,
            notes=entry.item.notes,
            policy=entry.policy.name,
            status="ok" if res.ok else "failed",
            resumed=resumed,
            pages=res.pages or entry.pages,
            redactions=res.redactions,
            by_exemption=res.by_exemption,
            consistency_added=res.consistency_added,
            error_type=res.error_type,
            error=res.error,
            exit_code=res.exit_code,
            seconds=round(res.seconds, 3),
            timings=res.timings,
            output=str(entry.output) if res.ok else "",
            log=str(entry.log) if res.ok else "",
            output_sha256=res.output_sha256,
            worker=res.worker,
        )

    @property
    def ok(self) -> bool:
        """True when the document was released."""
        return self.status == "ok"

    def failed(self, exc: BaseException) -> SummaryRow:
        """This row failed by ``exc`` after its task (e.g. Bates stamping); the exit code is kept."""
        return replace(self, status="failed", error_type=type(exc).__name__, error=str(exc))

    def stamped(self, first: str, last: str, output: Path) -> SummaryRow:
        """This row with its Bates range and stamped copy."""
        return replace(self, bates_first=first, bates_last=last, bates_output=str(output))

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of ``packet-summary.json`` (``bates_output`` only when stamped)."""
        d: dict[str, Any] = {name: getattr(self, name) for name in SUMMARY_FIELDS}
        d["by_exemption"] = dict(self.by_exemption)
        d["timings"] = dict(self.timings)
        if self.bates_output is None:
            del d["bates_output"]
        return d


#: The fields of a summary row, in the written order.
SUMMARY_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(SummaryRow))


@dataclass(frozen=True, slots=True)
class PacketTotals:
    """The summary's ``totals``: counts over the released documents."""

    documents: int
    ok: int
    failed: int
    resumed: int
    pages: int
    redactions: int
    redactions_by_exemption: Mapping[str, int]
    gained_by_consistency: tuple[str, ...]

    @classmethod
    def of(cls, rows: Sequence[SummaryRow]) -> PacketTotals:
        """The totals of ``rows``."""
        ok = [r for r in rows if r.ok]
        by_ex: dict[str, int] = {}
        for r in ok:
            for k, v in r.by_exemption.items():
                by_ex[k] = by_ex.get(k, 0) + v
        return cls(
            documents=len(rows),
            ok=len(ok),
            failed=len(rows) - len(ok),
            resumed=sum(1 for r in rows if r.resumed),
            pages=sum(r.pages for r in ok),
            redactions=sum(r.redactions for r in ok),
            redactions_by_exemption=dict(sorted(by_ex.items())),
            gained_by_consistency=tuple(r.document for r in rows if r.consistency_added),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of the summary's ``totals``."""
        return {
            "documents": self.documents,
            "ok": self.ok,
            "failed": self.failed,
            "resumed": self.resumed,
            "pages": self.pages,
            "redactions": self.redactions,
            "redactions_by_exemption": dict(self.redactions_by_exemption),
            "gained_by_consistency": list(self.gained_by_consistency),
        }
