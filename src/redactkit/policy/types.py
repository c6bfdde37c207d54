"""The loaded policy: what to redact under which exemption, what to keep, thresholds, lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from pydantic import ConfigDict

from .schema import RecognizerSpec

__all__ = [
    "DEFAULT_REVIEW_FLOOR",
    "AllowEntry",
    "DenyEntry",
    "Exemption",
    "FieldLabel",
    "Policy",
    "PolicyRecognizer",
]


#: Default ``review_floor``: the address parser's unsure reads, a date a few words after a birth
#: word and a state code before a plate shape (0.45) are reviewed; Presidio's context-free
#: 0.4 phone hits (they take an event number like "ABCD-123456-7890" for one), NER's low-confidence
#: organisations (0.34) and "very weak" patterns (0.01-0.3) are not.
DEFAULT_REVIEW_FLOOR = 0.45


@dataclass(frozen=True)
class Exemption:
    """The exemption code a redaction is made under, and the human reason."""

    code: str
    reason: str


@dataclass(frozen=True)
class DenyEntry:
    """A string that must always be redacted as ``entity`` (case-sensitive, whole word)."""

    text: str
    entity: str


@dataclass(frozen=True)
class FieldLabel:
    """Labels (``"DOB"``, ``"Date of Birth"``) whose value is an ``entity``."""

    labels: list[str]
    entity: str


@dataclass(frozen=True)
class AllowEntry:
    """One allow-list entry: exact text or a full-match regex.

    Attributes:
        text: exact, case-sensitive text, or None.
        regex: a regular expression that must match the whole span, or None.
        entity: when set (e.g. ``OFFICER`` for a roster), recognizers mark
            occurrences of ``text`` as this entity so they are kept.
        source: ``file:line`` the entry came from.
    """

    text: str | None = None
    regex: str | None = None
    entity: str | None = None
    source: str = ""


class PolicyRecognizer(RecognizerSpec):
    """A rule file's recognizer in a loaded :class:`Policy`: its validated :class:`RecognizerSpec`.

    Two things differ from the entry as written: ``supported_language`` is resolved (the
    declaring rule file's ``language`` when the entry gives none), and ``source`` names the
    rule file it came from (findings' explanations show it). Immutable, like the policy.
    """

    model_config = ConfigDict(frozen=True)

    supported_language: str
    source: str = ""

    @classmethod
    def from_spec(cls, spec: RecognizerSpec, *, language: str, source: str) -> PolicyRecognizer:
        """``spec`` as loaded from the rule file ``source`` whose ``language`` is ``language``."""
        fields = dict(spec)  # (shallow: the validated pattern models are kept, not re-parsed)
        fields.update(supported_language=spec.supported_language or language, source=source)
        return cls.model_validate(fields)


@dataclass(frozen=True)
class Policy:
    """A resolved policy profile (after ``extends``), ready for detection and planning."""

    name: str
    description: str
    language: str
    sha256: str
    files: list[str]
    redact: dict[str, Exemption]
    keep: frozenset[str]
    default_threshold: float
    thresholds: dict[str, float]
    allow: list[AllowEntry]
    deny: list[DenyEntry]
    recognizers: tuple[PolicyRecognizer, ...]
    field_labels: list[FieldLabel]
    exemption_codes: dict[str, str]
    exemption_table: str = "Federal FOIA (5 U.S.C. § 552(b))"
    #: A finding scoring at least this much but under its entity's threshold is proposed as
    #: ``needs_review`` instead of dropped (rule files: ``review_floor``).
    review_floor: float = DEFAULT_REVIEW_FLOOR
    #: What unattended ``redact``/``batch`` do with ``needs_review`` proposals: ``redact`` or ``keep``.
    uncertain: Literal["redact", "keep"] = "redact"
    _allow_texts: frozenset[str] = field(default=frozenset(), init=False, repr=False, compare=False)
    _allow_res: tuple[re.Pattern[str], ...] = field(default=(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        texts = frozenset(a.text for a in self.allow if a.text is not None)
        res = tuple(re.compile(a.regex) for a in self.allow if a.regex is not None)
        object.__setattr__(self, "_allow_texts", texts)
        object.__setattr__(self, "_allow_res", res)

    def threshold(self, entity: str) -> float:
        """Minimum score for a finding of ``entity`` to count."""
        return self.thresholds.get(entity, self.default_threshold)

    def takes_part(self, entity: str, score: float) -> bool:
        """Whether a finding of ``entity`` at ``score`` reaches the plan: at or above its threshold,
        or, for a redacted entity, at or above ``review_floor`` (it becomes ``needs_review``).
        A finding that does not take part redacts and keeps nothing."""
        threshold = self.threshold(entity)
        return score >= threshold or (
            entity in self.redact and self.review_floor <= score and self.review_floor < threshold
        )

    def is_allowed(self, text: str) -> bool:
        """True when ``text`` is on an allow-list (exact, case-sensitive, or a regex full match)."""
        candidate = " ".join(text.split())
        if text in self._allow_texts or candidate in self._allow_texts:
            return True
        return any(r.fullmatch(text) or r.fullmatch(candidate) for r in self._allow_res)

    def roster(self, entity: str = "OFFICER") -> list[str]:
        """Exact allow-list texts tagged with ``entity`` (e.g. an officer roster)."""
        return [a.text for a in self.allow if a.entity == entity and a.text is not None]
