"""The data model every stage speaks.

Plain, mostly frozen dataclasses with ``to_dict``/``from_dict`` so that a plan,
a log or a worker's result can cross a process boundary or be written as JSON.
Coordinates are PDF points in PyMuPDF's page space (origin top-left,
unrotated page), which is also what ``page.get_text`` and redaction
annotations use.
"""

from __future__ import annotations

import bisect
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

PageKind = Literal["text", "scanned", "mixed", "empty"]
WordSource = Literal["text", "ocr"]
RedactionStatus = Literal["proposed", "accepted", "rejected", "manual"]


@dataclass(frozen=True, slots=True)
class Rect:
    """An axis-aligned rectangle in PDF points (x0, y0) top-left, (x1, y1) bottom-right."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def is_empty(self) -> bool:
        return self.x1 <= self.x0 or self.y1 <= self.y0

    def union(self, other: Rect) -> Rect:
        return Rect(
            min(self.x0, other.x0),
            min(self.y0, other.y0),
            max(self.x1, other.x1),
            max(self.y1, other.y1),
        )

    def intersect(self, other: Rect) -> Rect:
        return Rect(
            max(self.x0, other.x0),
            max(self.y0, other.y0),
            min(self.x1, other.x1),
            min(self.y1, other.y1),
        )

    def overlap_area(self, other: Rect) -> float:
        r = self.intersect(other)
        return 0.0 if r.is_empty else r.width * r.height

    def contains_point(self, x: float, y: float) -> bool:
        return self.x0 <= x <= self.x1 and self.y0 <= y <= self.y1

    def center(self) -> tuple[float, float]:
        return ((self.x0 + self.x1) / 2, (self.y0 + self.y1) / 2)

    def padded(self, dx: float, dy: float | None = None) -> Rect:
        dy = dx if dy is None else dy
        return Rect(self.x0 - dx, self.y0 - dy, self.x1 + dx, self.y1 + dy)

    def to_list(self) -> list[float]:
        return [round(self.x0, 3), round(self.y0, 3), round(self.x1, 3), round(self.y1, 3)]

    @classmethod
    def from_list(cls, values: list[float] | tuple[float, ...]) -> Rect:
        x0, y0, x1, y1 = (float(v) for v in values)
        return cls(x0, y0, x1, y1)


@dataclass(frozen=True, slots=True)
class Char:
    """One glyph of a text layer: its character, box, baseline and font size.

    ``rect`` is the tight box used for redaction geometry (baseline-relative,
    see :mod:`redactkit.ingest`), not MuPDF's tall line box.
    """

    c: str
    rect: Rect
    line: int


@dataclass(frozen=True, slots=True)
class Word:
    """A whitespace-delimited word with its offsets into its page's text."""

    text: str
    rect: Rect
    page: int
    start: int
    end: int
    line: int
    block: int
    source: WordSource = "text"
    conf: float | None = None


@dataclass
class Page:
    """One page: geometry, words and a text with an exact offset map.

    ``text[i]`` was produced by ``chars[i]`` when ``chars[i]`` is not None;
    separators inserted between lines and blocks map to None. This is the
    offset → glyph map that planning uses: no substring guessing.
    """

    index: int
    width: float
    height: float
    rotation: int
    kind: PageKind
    text: str
    chars: list[Char | None]
    words: list[Word]
    cropbox: Rect | None = None
    dpi: int | None = None
    #: Clockwise degrees the page image was turned for OCR (scans read upside down or sideways).
    ocr_rotation: int = 0
    #: Skew (degrees, counter-clockwise) levelled before OCR.
    ocr_skew: float = 0.0

    @property
    def is_ocr(self) -> bool:
        """True when the words came from OCR (scanned or untrusted-text pages)."""
        return any(w.source == "ocr" for w in self.words)

    def __post_init__(self) -> None:
        if len(self.chars) != len(self.text):
            raise ValueError("page text and its char map differ in length")


@dataclass
class Document:
    """A source file after ingest: its identity and pages.

    The document text is the page texts joined by :data:`PAGE_SEPARATOR`;
    ``page_offsets[i]`` is where page ``i`` starts in it.
    """

    path: str
    sha256: str
    pages: list[Page]
    page_offsets: list[int] = field(default_factory=list)
    #: Notes for the reviewer from ingest (e.g. pages rasterized because they were unsafe as vector content).
    warnings: list[str] = field(default_factory=list)

    PAGE_SEPARATOR = "\n\f\n"

    def __post_init__(self) -> None:
        if not self.page_offsets:
            offsets, pos = [], 0
            for page in self.pages:
                offsets.append(pos)
                pos += len(page.text) + len(self.PAGE_SEPARATOR)
            self.page_offsets = offsets

    @property
    def text(self) -> str:
        return self.PAGE_SEPARATOR.join(p.text for p in self.pages)

    def page_of(self, offset: int) -> int:
        """Index of the page holding document offset ``offset``."""
        return max(0, bisect.bisect_right(self.page_offsets, offset) - 1)


@dataclass(frozen=True)
class Finding:
    """A detected span of sensitive text, in document offsets."""

    entity: str
    start: int
    end: int
    text: str
    score: float
    recognizer: str
    explanation: str = ""
    id: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Finding:
        return cls(**d)


@dataclass(frozen=True)
class Redaction:
    """One planned redaction: a span of one page and its rectangles (one per line)."""

    id: str
    page: int
    rects: tuple[Rect, ...]
    entity: str
    exemption: str
    reason: str
    text: str
    start: int = -1
    end: int = -1
    recognizer: str = ""
    score: float = 0.0
    explanation: str = ""
    context: str = ""
    finding_ids: tuple[str, ...] = ()
    status: RedactionStatus = "proposed"
    #: Lowest OCR confidence (0-100) of the words under this redaction; None for text layers.
    conf: float | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["rects"] = [r.to_list() for r in self.rects]
        d["finding_ids"] = list(self.finding_ids)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Redaction:
        d = dict(d)
        d["rects"] = tuple(Rect.from_list(r) for r in d["rects"])
        d["finding_ids"] = tuple(d.get("finding_ids", ()))
        return cls(**d)


@dataclass(frozen=True)
class Kept:
    """A span the policy deliberately left visible (allow-list, kept entity)."""

    page: int
    start: int
    end: int
    text: str
    entity: str
    why: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Kept:
        return cls(**d)


@dataclass
class Plan:
    """What will be redacted in one document, under which policy."""

    source_path: str
    source_sha256: str
    policy_name: str
    policy_sha256: str
    redactions: list[Redaction]
    kept: list[Kept] = field(default_factory=list)

    def active(self) -> list[Redaction]:
        """Redactions that will be burned (proposed, accepted or manual)."""
        return [r for r in self.redactions if r.status != "rejected"]

    def to_dict(self) -> dict[str, Any]:
        return {
            "source_path": self.source_path,
            "source_sha256": self.source_sha256,
            "policy_name": self.policy_name,
            "policy_sha256": self.policy_sha256,
            "redactions": [r.to_dict() for r in self.redactions],
            "kept": [k.to_dict() for k in self.kept],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Plan:
        return cls(
            source_path=d["source_path"],
            source_sha256=d["source_sha256"],
            policy_name=d["policy_name"],
            policy_sha256=d["policy_sha256"],
            redactions=[Redaction.from_dict(r) for r in d["redactions"]],
            kept=[Kept.from_dict(k) for k in d.get("kept", [])],
        )


@dataclass(frozen=True)
class Decision:
    """A reviewer's decision on one redaction, or a manual box."""

    action: Literal["accept", "reject", "manual"]
    redaction_id: str | None = None
    page: int | None = None
    rect: Rect | None = None
    exemption: str | None = None
    reason: str | None = None
    reviewer: str = ""
    note: str = ""
    timestamp: str = ""

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["rect"] = self.rect.to_list() if self.rect else None
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Decision:
        d = dict(d)
        d["rect"] = Rect.from_list(d["rect"]) if d.get("rect") is not None else None
        return cls(**d)


@dataclass(frozen=True)
class Check:
    """The result of one verification check."""

    name: str
    passed: bool
    detail: str = ""
    page: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class VerificationReport:
    """All verification checks of one output file."""

    checks: list[Check]

    @property
    def passed(self) -> bool:
        return all(c.passed for c in self.checks)

    def failures(self) -> list[Check]:
        return [c for c in self.checks if not c.passed]

    def to_dict(self) -> dict[str, Any]:
        return {"passed": self.passed, "checks": [c.to_dict() for c in self.checks]}
