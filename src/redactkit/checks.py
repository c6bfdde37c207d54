"""Verification results: one :class:`Check` per property of an output, gathered in a
:class:`VerificationReport` (part of the data model; :mod:`redactkit.model` re-exports both)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

__all__ = ["Check", "CheckStatus", "VerificationReport"]

#: Outcome of one verification check.
CheckStatus = Literal["passed", "failed", "skipped"]


@dataclass(frozen=True)
class Check:
    """The result of one verification check.

    ``status`` is ``passed``, ``failed`` or ``skipped``; a skipped check (re-OCR off, no
    OCR pages, no redactions to look for) gives its ``reason``. ``passed`` stays for
    compatibility: True unless the check failed (a skipped check fails nothing). Built
    positionally as before (``Check(name, passed, detail, page)``), ``status`` follows
    ``passed``; use :meth:`skip` for a skipped check.
    """

    name: str
    passed: bool
    detail: str = ""
    page: int | None = None
    status: CheckStatus | Literal[""] = ""
    reason: str = ""

    def __post_init__(self) -> None:
        if not self.status:  # frozen: set once, here
            object.__setattr__(self, "status", "passed" if self.passed else "failed")
        elif self.status not in ("passed", "failed", "skipped"):
            raise ValueError(f"check {self.name}: status must be passed, failed or skipped, "
                             f"not {self.status!r}")
        if (self.status == "failed") == self.passed:
            raise ValueError(f"check {self.name}: status {self.status!r} contradicts passed={self.passed}")
        if self.status == "skipped" and not self.reason:
            raise ValueError(f"check {self.name}: a skipped check needs a reason")

    @classmethod
    def skip(cls, name: str, reason: str, page: int | None = None) -> Check:
        """A check that did not run, and why."""
        return cls(name, True, "", page, status="skipped", reason=reason)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class VerificationReport:
    """All verification checks of one output file."""

    checks: list[Check]

    @property
    def passed(self) -> bool:
        """True when no check failed (skipped checks fail nothing)."""
        return all(c.status != "failed" for c in self.checks)

    def failures(self) -> list[Check]:
        return [c for c in self.checks if c.status == "failed"]

    def skipped(self) -> list[Check]:
        """Checks that did not run (each with its reason)."""
        return [c for c in self.checks if c.status == "skipped"]

    def to_dict(self) -> dict[str, Any]:
        return {"passed": self.passed, "checks": [c.to_dict() for c in self.checks]}
