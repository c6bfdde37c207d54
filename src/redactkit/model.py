"""The data model every stage speaks.

Plain, mostly frozen dataclasses with ``to_dict``/``from_dict`` so that a plan,
a log or a worker's result can cross a process boundary or be written as JSON.
Coordinates are PDF points in PyMuPDF's page space (origin top-left,
unrotated page), which is also what ``page.get_text`` and redaction
annotations use.
"""

from __future__ import annotations

import bisect
import hashlib
import math
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal, overload

import numpy as np

# Verification results live in their own module; re-exported so every stage speaks one model.
from .checks import Check, CheckStatus, VerificationReport

__all__ = [
    "Char",
    "CharMap",
    "Check",
    "CheckStatus",
    "Decision",
    "Document",
    "Finding",
    "Hardening",
    "Kept",
    "Page",
    "PageKind",
    "Plan",
    "Rect",
    "Redaction",
    "RedactionStatus",
    "VerificationReport",
    "Word",
    "WordList",
    "WordSource",
]

PageKind = Literal["text", "scanned", "mixed", "empty"]
WordSource = Literal["text", "ocr"]
#: ``needs_review``: a proposal the detector is unsure of (its score lies between the policy's
#: ``review_floor`` and threshold, or it was added to keep the plan consistent); it is burned
#: unless the plan's ``uncertain`` setting is ``keep``.
RedactionStatus = Literal["proposed", "needs_review", "accepted", "rejected", "manual"]


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


class CharMap(Sequence["Char | None"]):
    """A page's glyph map (one entry per character of its text) in flat arrays.

    Behaves as a read-only ``Sequence[Char | None]``; entries are built on access.
    A 500-page report holds about a million glyphs: as objects (Char, Rect and
    four floats) they took some 200 bytes each, here 36. ``centers()`` gives the
    glyph centres as one array for the vectorised geometry of verification.
    """

    __slots__ = ("_text", "_boxes", "_lines")

    def __init__(self, text: str, chars: Iterable[Char | None]) -> None:
        boxes, lines = array("d"), array("i")
        for i, ch in enumerate(chars):
            if ch is None:
                boxes.extend(_NAN4)
                lines.append(-1)
                continue
            if i >= len(text) or ch.c != text[i]:
                raise ValueError(f"glyph {i} ({ch.c!r}) does not match the page text")
            r = ch.rect
            boxes.extend((r.x0, r.y0, r.x1, r.y1))
            lines.append(ch.line)
        if len(lines) != len(text):
            raise ValueError("page text and its char map differ in length")
        self._text, self._boxes, self._lines = text, boxes, lines

    @classmethod
    def from_arrays(cls, text: str, boxes: array[float], lines: array[int]) -> CharMap:
        """A map over storage its caller filled (ingest reads glyphs straight into it, with no
        :class:`Char` per glyph): ``boxes`` four floats per character of ``text`` (NaN where
        it has no glyph), ``lines`` its line number (-1 where no glyph). Not copied."""
        if len(lines) != len(text) or len(boxes) != 4 * len(text):
            raise ValueError("page text and its char map differ in length")
        if boxes.typecode != "d" or lines.typecode != "i":
            raise ValueError("char map storage must be array('d') boxes and array('i') lines")
        new = cls.__new__(cls)
        new._text, new._boxes, new._lines = text, boxes, lines
        return new

    def __len__(self) -> int:
        return len(self._lines)

    @overload
    def __getitem__(self, i: int) -> Char | None: ...
    @overload
    def __getitem__(self, i: slice) -> list[Char | None]: ...
    def __getitem__(self, i: int | slice) -> Char | None | list[Char | None]:
        if isinstance(i, slice):
            return [self._char(k) for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("char index out of range")
        return self._char(i)

    def __iter__(self) -> Iterator[Char | None]:
        return (self._char(k) for k in range(len(self)))

    def _char(self, k: int) -> Char | None:
        line = self._lines[k]
        if line < 0:
            return None
        b = self._boxes
        return Char(self._text[k], Rect(b[4 * k], b[4 * k + 1], b[4 * k + 2], b[4 * k + 3]), line)

    def boxes(self) -> np.ndarray:
        """Glyph boxes ``x0, y0, x1, y1``, shape (n, 4); NaN rows where the text has a
        separator (no glyph). A read-only view of the storage, not a copy."""
        if not len(self):
            return np.zeros((0, 4))
        return np.frombuffer(self._boxes, dtype=np.float64).reshape(-1, 4)

    def centers(self) -> np.ndarray:
        """Glyph centres, shape (n, 2); NaN where the text has a separator (no glyph)."""
        b = self.boxes()
        return np.column_stack(((b[:, 0] + b[:, 2]) / 2, (b[:, 1] + b[:, 3]) / 2))


_NAN4 = (math.nan,) * 4


class WordList(Sequence["Word"]):
    """A page's words in flat arrays (a read-only ``Sequence[Word]``, entries built on access).

    A word's text is its page-text slice ``text[start:end]``; words whose text differs
    from that slice (built by hand) keep their own strings.
    """

    __slots__ = ("_text", "_own", "_boxes", "_ints", "_conf", "_ocr", "has_ocr")

    def __init__(self, text: str, words: Iterable[Word]) -> None:
        boxes, ints, conf, ocr = array("d"), array("i"), array("d"), bytearray()
        own: dict[int, str] = {}
        for k, w in enumerate(words):
            r = w.rect
            boxes.extend((r.x0, r.y0, r.x1, r.y1))
            ints.extend((w.page, w.start, w.end, w.line, w.block))
            conf.append(math.nan if w.conf is None else w.conf)
            ocr.append(w.source == "ocr")
            if text[w.start:w.end] != w.text:
                own[k] = w.text
        self._text, self._own, self._boxes, self._ints, self._conf = text, own, boxes, ints, conf
        self._ocr = bytes(ocr)
        #: True when any word came from OCR.
        self.has_ocr = any(self._ocr)

    def __len__(self) -> int:
        return len(self._ocr)

    @overload
    def __getitem__(self, i: int) -> Word: ...
    @overload
    def __getitem__(self, i: slice) -> list[Word]: ...
    def __getitem__(self, i: int | slice) -> Word | list[Word]:
        if isinstance(i, slice):
            return [self._word(k) for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("word index out of range")
        return self._word(i)

    def __iter__(self) -> Iterator[Word]:
        return (self._word(k) for k in range(len(self)))

    def _word(self, k: int) -> Word:
        b, n = self._boxes, self._ints
        page, start, end, line, block = n[5 * k:5 * k + 5]
        conf = self._conf[k]
        text = self._own.get(k)
        return Word(self._text[start:end] if text is None else text,
                    Rect(b[4 * k], b[4 * k + 1], b[4 * k + 2], b[4 * k + 3]),
                    page, start, end, line, block, "ocr" if self._ocr[k] else "text",
                    None if math.isnan(conf) else conf)


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
    #: Stored as a :class:`CharMap` (a list given to the constructor is converted).
    chars: Sequence[Char | None]
    #: Stored as a :class:`WordList` (a list given to the constructor is converted).
    words: Sequence[Word]
    cropbox: Rect | None = None
    dpi: int | None = None
    #: Clockwise degrees the page image was turned for OCR (scans read upside down or sideways).
    ocr_rotation: int = 0
    #: Skew (degrees, counter-clockwise) levelled before OCR.
    ocr_skew: float = 0.0

    @property
    def is_ocr(self) -> bool:
        """True when the words came from OCR (scanned or untrusted-text pages)."""
        if isinstance(self.words, WordList):
            return self.words.has_ocr
        return any(w.source == "ocr" for w in self.words)

    def __post_init__(self) -> None:
        if not isinstance(self.chars, CharMap):
            self.chars = CharMap(self.text, self.chars)
        elif len(self.chars) != len(self.text):
            raise ValueError("page text and its char map differ in length")
        if not isinstance(self.words, WordList):
            self.words = WordList(self.text, self.words)


@dataclass(frozen=True)
class Hardening:
    """What hardening (:mod:`redactkit.pdf.rasterize`) did to a source before it was read.

    Ingest records it on the :class:`Document`; burn hardens the source again with
    ``raster_dpi`` and refuses to write when it rasterizes other pages than these (its page
    images would not be the ones ingest OCR'd, so the plan's boxes could miss).

    Attributes:
        raster_dpi: the resolution asked for the fallback rendering of unsafe pages (a
            very large page is rendered lower, deterministically).
        rasterized: indexes (0-based, after unusable pages were dropped) of the pages
            replaced by their rendering, ascending.
        untrusted: the page-trust verdicts (:mod:`redactkit.pdf.trust`) that rasterized
            pages, as ``(index, why)``: computed once at ingest (PDFium, qpdf, perhaps OCR),
            replayed by burn. None when not recorded (burn then assesses the pages again).
        source_sha256: SHA-256 of the source file hardened ("" when not recorded); burn
            refuses to replay trust verdicts for other bytes.
    """

    raster_dpi: int
    rasterized: tuple[int, ...] = ()
    untrusted: tuple[tuple[int, str], ...] | None = None
    source_sha256: str = ""

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"raster_dpi": self.raster_dpi, "rasterized": list(self.rasterized)}
        if self.untrusted is not None:
            d["untrusted"] = [[i, why] for i, why in self.untrusted]
        if self.source_sha256:
            d["source_sha256"] = self.source_sha256
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Hardening:
        untrusted = d.get("untrusted")
        return cls(int(d["raster_dpi"]), tuple(int(i) for i in d.get("rasterized", ())),
                   None if untrusted is None else tuple((int(i), str(w)) for i, w in untrusted),
                   str(d.get("source_sha256", "")))


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
    #: Redaction marks the source already carried (:class:`redactkit.ingest.oldmarks.OldMark`), planned as
    #: redactions.
    old_marks: list[Any] = field(default_factory=list)
    #: What hardening did to the source (set by ingest; None for a document not read from a file).
    #: Burn checks its own hardening against it.
    hardening: Hardening | None = None

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

    @classmethod
    def make(cls, entity: str, start: int, end: int, text: str, score: float, recognizer: str,
             explanation: str = "", *, id_key: str | None = None) -> Finding:
        """A finding with its stable id: the first 10 hex digits of SHA-1 over
        ``entity:start:end:key``, where ``key`` is ``id_key`` or else ``recognizer``.

        The one place finding ids are made (the same span found by the same recognizer gets
        the same id on every run); ``id_key`` lets a second pass of one recognizer give its
        findings ids of their own.
        """
        key = recognizer if id_key is None else id_key
        fid = hashlib.sha1(f"{entity}:{start}:{end}:{key}".encode()).hexdigest()[:10]
        return cls(entity, start, end, text, score, recognizer, explanation, fid)

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
    #: Every code a reviewer gave the box (re-coded; ``exemption`` is the first); written only when set.
    exemptions: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d = {f.name: getattr(self, f.name) for f in _REDACTION_FIELDS}  # asdict's deep copy was slow
        d["rects"] = [r.to_list() for r in self.rects]
        d["finding_ids"] = list(self.finding_ids)
        d["exemptions"] = list(self.exemptions)
        if not self.exemptions:
            del d["exemptions"]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Redaction:
        d = dict(d)
        d["rects"] = tuple(Rect.from_list(r) for r in d["rects"])
        d["finding_ids"] = tuple(d.get("finding_ids", ()))
        d["exemptions"] = tuple(d.get("exemptions", ()))
        return cls(**d)


_REDACTION_FIELDS = fields(Redaction)


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
    #: What an unattended run does with ``needs_review`` redactions: ``redact`` or ``keep``
    #: (the policy's ``uncertain`` setting when the plan was made).
    uncertain: Literal["redact", "keep"] = "redact"

    def active(self) -> list[Redaction]:
        """Redactions that will be burned: proposed, accepted or manual, and ``needs_review``
        ones unless :attr:`uncertain` is ``keep``."""
        skip_review = self.uncertain == "keep"
        return [r for r in self.redactions
                if r.status != "rejected" and not (skip_review and r.status == "needs_review")]

    def to_dict(self) -> dict[str, Any]:
        return {
            "source_path": self.source_path,
            "source_sha256": self.source_sha256,
            "policy_name": self.policy_name,
            "policy_sha256": self.policy_sha256,
            "redactions": [r.to_dict() for r in self.redactions],
            "kept": [k.to_dict() for k in self.kept],
            "uncertain": self.uncertain,
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
            uncertain="keep" if d.get("uncertain") == "keep" else "redact",
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
    #: Codes the reviewer gave the box (re-coded; the first is the primary); a manual box's text
    #: as the reviewer saw it, and how it was made ("draw", "search" or "" unknown).
    exemptions: tuple[str, ...] = ()
    text: str = ""
    origin: str = ""

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["rect"] = self.rect.to_list() if self.rect else None
        d["exemptions"] = list(self.exemptions)
        for key in ("exemptions", "text", "origin"):  # additive: written only when set, as before
            if not d[key]:
                del d[key]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Decision:
        d = dict(d)
        d["rect"] = Rect.from_list(d["rect"]) if d.get("rect") is not None else None
        d["exemptions"] = tuple(d.get("exemptions", ()))
        return cls(**d)
