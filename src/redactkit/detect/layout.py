"""Layout-aware field reading: pair a label with its value by page geometry, not text order.

Text extraction gives a form's cells in an order that rarely puts a value right after
its label: a table's header row comes out as one run of labels ("Victim name", "DOB",
"Phone") and the values follow as another. This module reads the page's word boxes
(the born-digital character map's words and OCR words alike, :attr:`Page.words`) and
pairs by position:

1. **Cells.** Words are grouped into visual rows (vertical overlap) and, inside a row,
   into cells split at gaps wider than :data:`CELL_GAP` times the text height. A cell
   directly under another one (left edges aligned, same text height, line gap under
   :data:`STACK_GAP` heights) continues it: multi-line values and two-line headers
   ("Tag" over "number") become one cell.
2. **Labels.** A short cell without digits whose words name a field (:func:`label_entity`:
   the policy's field labels, plus header words such as "DOB", "Phone", "Plate", "DL",
   "Address", "Name") is a label. Labels of kept people ("Officer", "Deputy") are
   labels too, so they bound the walk below, but yield nothing.
3. **Values.** The value of a label is the nearest cell right of it on the same row
   (a key/value form) when that cell is not a label and has the value's shape;
   otherwise every cell below it in its column (the header row's cell it overlaps
   most), from the first row under it down to the next label, a gap of more than
   :data:`COLUMN_GAP` heights, or running text wider than the column (a table, or a
   boxed form whose value sits under its label).
4. **Shape.** From a value cell only the part with the entity's shape is taken
   (:func:`value_spans`): the date in a DOB cell, the number in a phone cell, the
   plate after the state in "Gray Subaru wagon WA 7ABC123", the whole cell for an
   address, a name-shaped line for a name.

Each result is a :class:`~redactkit.model.Finding` of recognizer :data:`RECOGNIZER`
whose explanation says which label and where ("column 'DOB' (header above)").

Limits: columns are found from the header row's cells, so a table whose header
row is missing (continued on the next page) is not paired; rotated text is read
as laid out on the unrotated page.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field

import regex as re

from ..model import Finding, Page, Word
from ..policy import Policy
from .lexicon import DATE, NOT_NAMES, PARTICLES, REGEX_FLAGS

__all__ = [
    "CELL_GAP",
    "COLUMN_GAP",
    "KEEP_LABEL",
    "RECOGNIZER",
    "STACK_GAP",
    "label_entity",
    "layout_findings",
    "value_spans",
]

#: ``recognizer`` of every finding made here.
RECOGNIZER = "LayoutFieldRecognizer"
#: Words further apart than this many text heights are in different cells.
CELL_GAP = 0.6
#: A line this close (in heights) under a left-aligned line of the same size continues its cell.
STACK_GAP = 0.35
#: A column ends at a vertical gap larger than this many text heights.
COLUMN_GAP = 3.0
#: :func:`label_entity` result for a label whose value is kept (officer, agency ...).
KEEP_LABEL = "_KEEP"

_SCORE = 0.85
_MAX_LABEL_CHARS = 48
_MAX_LABEL_WORDS = 7
_RIGHT_REACH = 260.0  # points: a value further right than this is another column's business


@dataclass
class _Cell:
    words: list[Word]
    x0: float
    y0: float
    x1: float
    y1: float
    h: float
    lines: list[list[Word]] = field(default_factory=list)
    label: str | None = None
    label_text: str = ""
    #: a label cell on a row that also holds a value with digits ("Witness" in a table's Role
    #: column, "DOB:" before its date): it pairs to its right only and ends no column
    in_value_row: bool = False

    @property
    def text(self) -> str:
        return "\n".join(" ".join(w.text for w in ln) for ln in self.lines)


# -- labels -------------------------------------------------------------------------------------

_KEEP_WORDS = re.compile(  # (a group's, firm's or club's own name: "Group name"; not "Group members")
    r"\b(?:officer|deputy|detective|trooper|sergeant|sgt|ofc|investigator|investigating|reporting officer"
    r"|supervisor|approved|badge|agency|dispatcher|telecommunicator|call-?taker|attorney|court|judge"
    r"|prosecutor|employer|business|school|hospital|unit|console|(?:group|company|organization|club) name)\b"
)
#: A label that is a person's own home address, alone (not a question about it): its column is private
#: whatever a neighbour cell names
#: ("School | Home address": the school beside the address is no roster's officer).
_HOME = re.compile(r"(?i)^[ \t]*(?:home|residen\w*)(?:[ \t]+address)?[ \t]*:?[ \t]*$")
_NOT_LABEL = re.compile(r"\b(?:known|unknown|not|none|see|refused|same|was|is|were|the)\b")
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("EMAIL_ADDRESS", re.compile(r"\be-?mail\b")),
    ("DATE_OF_BIRTH", re.compile(r"\b(?:date of birth|birth ?date|dob|d ?o ?b)\b")),
    ("US_SSN", re.compile(r"\b(?:ssn|ss ?#|social security|soc ?sec)\b")),
    ("VIN", re.compile(r"\bvin\b")),
    ("LICENSE_PLATE", re.compile(r"\b(?:plates?|tag|lic(?:ense)? plate|lp|lpn)\b")),
    ("DRIVER_LICENSE", re.compile(
        r"\b(?:dl|d ?l|oln|odl|cdl|driver'?s?|operator'?s?|licen[cs]e|id (?:no|number|type|card)"
        r"|state id|identification)\b")),
    ("PHONE_NUMBER", re.compile(
        r"\b(?:phone|telephone|tel|cell|mobile|callback|call ?back|ani|contact (?:no|number)|ph"
        r"|(?:number|no) dial(?:l)?ed|dial(?:l)?ed (?:number|no))\b")),
    ("ADDRESS", re.compile(r"\b(?:address|addr|residence|res)\b")),
    # (people named by their role to the record: a CAD caller, a field interview's associates)
    ("PERSON", re.compile(r"\b(?:name|last ?,? ?first|subscriber|aka|moniker|callers?|associates?|companions?"
                          r"|co ?occupants?|household members?|next of kin|emergency contact)\b")),
)
#: A header that names a person beside another field ("Caller / Phone", "Name / Phone"): its
#: column's name-shaped lines are a person too.
_PERSON_TOO = re.compile(r"\b(?:name|callers?|complainant|victim|witness|owner|subscriber)\b")
#: A label that says "name" outright; under any other person label (a role: "Associates",
#: "Caller / Phone") a value line is a name only when every word is capitalised.
_NAMES_A_NAME = re.compile(r"\b(?:name|last ?,? ?first|subscriber|aka|moniker)\b")


def _capitalised(text: str) -> bool:
    words = [w.strip(".,;'’\"") for w in text.split()]
    return all(w[:1].isupper() or w.lower() in PARTICLES for w in words if w) and not any(
        w.capitalize() in NOT_NAMES for w in words if w)


_LABEL_PUNCT = re.compile(r"[:#./|,;()\[\]_-]+")


@functools.lru_cache(maxsize=8192)
def _norm(label: str) -> str:
    # cached and precompiled: label_entity normalises every policy label for every cell of a
    # page (re.sub's pattern-cache lookup was most of layout pairing's time)
    t = label.lower().replace("d.o.b", "dob").replace("’", "'")
    t = _LABEL_PUNCT.sub(" ", t)
    return " ".join(t.split())


def label_entity(text: str, policy: Policy) -> str | None:
    """The entity a cell's text labels, :data:`KEEP_LABEL` for a kept person's label, or None.

    Matches the policy's field labels (whole cell, case- and punctuation-insensitive),
    then header words (:data:`_RULES`), without a closing note with digits in brackets. A cell with a
    digit, more than seven words or 48 characters is never a label. "Name" and "Address" under
    an officer or agency word ("Officer name", "Agency address") are kept labels.
    """
    flat = re.sub(r"\([^()]*\d[^()]*\)$", "", " ".join(text.split())).strip()  # "Tag (car 2 of 2)"
    if not flat or len(flat) > _MAX_LABEL_CHARS or any(c.isdigit() for c in flat):
        return None
    if ":" in flat.rstrip(": ") or "=" in flat:
        return None  # "Offense: Criminal Trespass": a label with its value, read in text order
    norm = _norm(flat)
    if len(norm.split()) > _MAX_LABEL_WORDS or flat.endswith((".", ",")) and len(norm.split()) > 4:
        return None
    if flat.endswith(".") and len(flat.split()[-1].strip(".")) > 3 or _NOT_LABEL.search(norm):
        return None  # a sentence ("NO ADDRESS KNOWN."), not a label ("No.", "D.O.B.")
    if not norm:
        return None
    for fl in policy.field_labels:
        if any(_norm(lbl) == norm for lbl in fl.labels):
            return _usable(fl.entity, policy)
    bare = _norm(re.sub(r"\([^)]*\)", " ", flat))
    if _KEEP_WORDS.search(bare):
        return KEEP_LABEL
    for entity, rx in _RULES:
        if rx.search(bare) or (entity == "PERSON" and rx.search(norm)):
            if entity == "DRIVER_LICENSE" and re.search(r"\bplate\b", bare):
                continue
            return _usable(entity, policy)
    return None


def _usable(entity: str, policy: Policy) -> str:
    if entity in policy.redact:
        return entity
    if entity in ("DRIVER_LICENSE",) and "US_DRIVER_LICENSE" in policy.redact:
        return "US_DRIVER_LICENSE"
    return KEEP_LABEL


# -- value shapes -------------------------------------------------------------------------------

_STATE = (
    r"(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]"
    r"|T[NX]|UT|V[AT]|W[AIVY])"
)
_DASH = r"[\-‐‑‒–—―−]"
_SEP = r"[ .\-‐‑‒–—―−]"
_SHAPE: dict[str, re.Pattern[str]] = {
    "DATE_OF_BIRTH": re.compile(DATE, REGEX_FLAGS),
    "PHONE_NUMBER": re.compile(
        rf"(?<![\w])(?:\+?1{_SEP}?)?(?:\(\d{{3}}\)[ ]?|\d{{3}}{_SEP}?)\d{{3}}"
        rf"{_SEP}?\d{{4}}(?:[ ]*(?:x|ext\.?)[ ]*\d{{1,5}})?(?![\w])",
        REGEX_FLAGS,
    ),
    "US_SSN": re.compile(
        rf"(?<![\w])\d{{3}}(?:{_DASH}|[ ])?\d{{2}}(?:{_DASH}|[ ])?\d{{4}}(?![\w])", REGEX_FLAGS
    ),
    "EMAIL_ADDRESS": re.compile(r"[^\s@<>(),;]+@[^\s@<>(),;]+\.[A-Za-z]{2,}", REGEX_FLAGS),
    "VIN": re.compile(r"\b[A-HJ-NPR-Z0-9]{17}\b", REGEX_FLAGS),
}
_PLATE_AFTER_STATE = re.compile(
    rf"(?<![\w]){_STATE}[ ]+(?P<v>[A-Z0-9]{{1,4}}(?:[- ][A-Z0-9]{{1,5}})?)[ .]*$", REGEX_FLAGS
)
_PLATE_WHOLE = re.compile(r"^[ ]*(?P<v>[A-Z0-9]{1,4}(?:[- ][A-Z0-9]{1,5})?)[ .]*$", REGEX_FLAGS)
_PLATE_TOKEN = re.compile(r"(?<![\w-])(?P<v>[A-Z0-9]{2,4}-?[A-Z0-9]{1,5})(?![\w-])", REGEX_FLAGS)
_ID_TOKEN = re.compile(
    r"(?<![\w-])(?P<v>(?:[A-Z]{1,3}[ -]?)?\d[\dA-Z]*(?:[ -][\dA-Z]+)*)(?![\w-])", REGEX_FLAGS
)
_NAME_LINE = re.compile(
    r"^[ ]*(?P<v>[^\W\d_][\w'’.-]*(?:,?[ ]+[^\W\d_][\w'’.-]*){0,5})[ ,.]*$", REGEX_FLAGS
)
_EMPTY = frozenset({"n/a", "na", "none", "none given", "unknown", "unk", "-", "--", "—", "same", "refused",
                    "nil", "declined", "same as above", "see above"})


def _digits(s: str) -> int:
    return sum(c.isdigit() for c in s)


def value_spans(entity: str, line: str) -> list[tuple[int, int]]:
    """Spans (offsets in ``line``) of the part of one value line that has ``entity``'s shape."""
    body = line.strip()
    if not body or body.lower().strip(".") in _EMPTY:
        return []
    if entity in _SHAPE:
        spans = [m.span() for m in _SHAPE[entity].finditer(line)]
        if entity == "PHONE_NUMBER":
            spans = [s for s in spans if 10 <= _digits(line[s[0]:s[1]]) <= 16]
        if entity == "EMAIL_ADDRESS" and not spans and "@" in body and len(body) <= 80:
            # OCR splits an address ("j.doe 1 1 @example.net"): under an e-mail label, the line
            lead = len(line) - len(line.lstrip())
            spans = [(lead, lead + len(body))]
        if entity == "DATE_OF_BIRTH" and not spans and _digits(body) >= 4 and len(body) <= 24:
            lead = len(line) - len(line.lstrip())
            spans = [(lead, lead + len(body))]
        return spans
    if entity == "LICENSE_PLATE":
        for rx in (_PLATE_AFTER_STATE, _PLATE_WHOLE):
            m = rx.search(line)
            if m and 2 <= len(m.group("v").replace(" ", "").replace("-", "")) <= 8 and _digits(m.group("v")):
                return [m.span("v")]
        out = []
        for part in re.finditer(r"[^/]+", line):  # readings "QRX4B1 / QRX481": each one's last plate
            toks = [m for m in _PLATE_TOKEN.finditer(part.group(0))
                    if _digits(m.group("v")) and any(c.isalpha() for c in m.group("v"))]
            out += [(part.start() + toks[-1].start("v"), part.start() + toks[-1].end("v"))] if toks else []
        return out
    if entity in ("DRIVER_LICENSE", "US_DRIVER_LICENSE", "ID_NUMBER"):
        out = []
        dates = [d.span() for d in _SHAPE["DATE_OF_BIRTH"].finditer(line)]  # "5/2/1990 / UT 123456"
        for m in _ID_TOKEN.finditer(line):
            v = m.group("v")
            if _digits(v) >= 4 and not any(a <= m.start() < b for a, b in dates):
                s, e = m.span("v")
                st = re.match(rf"(?:{_STATE}|DL|ID|OLN|CDL)[ ]+(?=\d)", v)  # "WA 5520-11-8873": state stays
                out.append((s + (st.end() if st else 0), e))
        return out
    if entity == "ADDRESS":
        lead = len(line) - len(line.lstrip())
        return [(lead, lead + len(body.rstrip(",;")))] if body else []
    if entity == "PERSON":
        out = []
        # several people in one cell: "Roe, A.; Ada Quill" (each part a name)
        for part in re.finditer(r"[^;]+", line):
            m = _NAME_LINE.match(part.group(0))
            if m and len(m.group("v")) >= 3 and len(m.group("v").replace(",", " ").split()) >= 2:
                out.append((part.start() + m.start("v"), part.start() + m.end("v")))
        return out
    lead = len(line) - len(line.lstrip())
    return [(lead, lead + len(body))]


# -- geometry -----------------------------------------------------------------------------------


def _rows(words: Sequence[Word]) -> list[list[Word]]:
    rows: list[list[Word]] = []
    band: list[tuple[float, float]] = []
    for w in sorted(words, key=lambda w: (w.rect.y0, w.rect.x0)):
        r = w.rect
        h = max(r.y1 - r.y0, 0.1)
        for k in range(len(rows) - 1, max(-1, len(rows) - 4), -1):
            y0, y1 = band[k]
            if min(y1, r.y1) - max(y0, r.y0) >= 0.5 * min(h, y1 - y0):
                rows[k].append(w)
                break
        else:
            rows.append([w])
            band.append((r.y0, r.y1))
    return rows


def _line_cells(words: Sequence[Word]) -> list[_Cell]:
    cells: list[_Cell] = []
    for row in _rows(words):
        row.sort(key=lambda w: w.rect.x0)
        heights = sorted(w.rect.y1 - w.rect.y0 for w in row)
        h = max(heights[len(heights) // 2], 1.0)
        run: list[Word] = [row[0]]
        for w in row[1:]:
            if w.rect.x0 - run[-1].rect.x1 > CELL_GAP * h:
                cells.append(_make(run, h))
                run = []
            run.append(w)
        cells.append(_make(run, h))
    return cells


def _make(run: list[Word], h: float) -> _Cell:
    return _Cell(list(run), min(w.rect.x0 for w in run), min(w.rect.y0 for w in run),
                 max(w.rect.x1 for w in run), max(w.rect.y1 for w in run), h, [list(run)])


def _stack(cells: list[_Cell], policy: Policy) -> list[_Cell]:
    """Join a line-cell to the one right above it (left-aligned, same size, tight): multi-line cells."""
    cells.sort(key=lambda c: (c.y0, c.x0))
    out: list[_Cell] = []
    for c in cells:
        c.label = label_entity(c.text, policy)
        host = None
        for a in reversed(out[-40:]):
            gap = c.y0 - a.y1
            if (abs(a.x0 - c.x0) <= max(2.5, 0.3 * c.h) and -0.5 <= gap <= STACK_GAP * c.h
                    and abs(a.h - c.h) <= 0.2 * max(a.h, c.h)):
                host = a
                break
        if (host is not None and host.label is not None and c.label is None and abs(host.h - c.h) < 0.05 * c.h
                and not host.text.rstrip().endswith((":", "#"))):
            # a "label" stacked tight on a value in the same type ("UT DL" over its number) is
            # part of a value cell (an ID-type cell), not a header: a header stands apart
            host.label = None
        if host is not None and host.label is None and c.label is not None:
            two = label_entity(host.text + " " + c.text, policy)
            if two is not None:  # a two-line header ("Tag" over "number")
                host.words += c.words
                host.lines.append(c.words)
                host.x1, host.y1, host.label = max(host.x1, c.x1), max(host.y1, c.y1), two
                continue
        if host is not None and host.label is None and c.label is None:
            host.words += c.words
            host.lines.append(c.words)
            host.x1, host.y1 = max(host.x1, c.x1), max(host.y1, c.y1)
            joined = label_entity(host.text, policy)
            if joined is not None:  # a two-line header ("Tag" over "number")
                host.label = joined
            continue
        out.append(c)
    for c in out:
        c.label_text = " ".join(c.text.split()) if c.label else ""
        if c.label:
            c.in_value_row = any(o.label is None and _same_row(c, o) and any(ch.isdigit() for ch in o.text)
                                 for o in out if o is not c)
    return out


def _x_overlap(a: _Cell, b: _Cell) -> float:
    return min(a.x1, b.x1) - max(a.x0, b.x0)


def _same_row(a: _Cell, b: _Cell) -> bool:
    return min(a.y1, b.y1) - max(a.y0, b.y0) >= 0.5 * min(a.y1 - a.y0, b.y1 - b.y0, a.h, b.h)


def _right_value(label: _Cell, cells: list[_Cell]) -> _Cell | None:
    best: _Cell | None = None
    for c in cells:
        if c is label or c.x0 < label.x1 - 1 or c.x0 - label.x1 > _RIGHT_REACH:
            continue
        if abs(c.y0 - label.y0) > 0.6 * label.h or not _same_row(label, c):
            continue
        if best is None or c.x0 < best.x0:
            best = c
    return best


def _column(label: _Cell, cells: list[_Cell]) -> list[_Cell]:
    """The cells below ``label`` in its column, down to the next label, a wide gap or running text."""
    header = [c for c in cells if c is label or (_same_row(label, c) and abs(c.y0 - label.y0) < label.h)]
    below = sorted((c for c in cells if c.y0 >= label.y1 - 0.5 and c is not label),
                   key=lambda c: (c.y0, c.x0))
    out: list[_Cell] = []
    last_y = label.y1
    span = (min(hc.x0 for hc in header), max(hc.x1 for hc in header))
    for c in below:
        if (c.label is not None and not c.in_value_row and c.y0 > label.y1 + 0.5 * label.h
                and min(c.x1, span[1]) - max(c.x0, span[0]) > 0):
            break  # the next row of labels: the table or box has ended
        if _x_overlap(label, c) <= 0:
            continue
        owner = max(header, key=lambda hc: (_x_overlap(hc, c), -abs(hc.x0 - c.x0)))
        if owner is not label:
            continue
        # the gap is from the table's last row above, not this column's last cell: a row whose
        # cell here is empty, or a tall neighbour cell (wrapped remarks), is no end of the table
        # (only a row of the same table: two of its cells under header cells' left edges)
        top = max((o.y1 for o in below if o.y1 > last_y and o.y0 < c.y0 - 0.5 and o.x0 < span[1]
                   and o.x1 > span[0] and _table_row(o, below, header)), default=last_y)
        if c.y0 - max(last_y, top) > COLUMN_GAP * max(label.h, c.h):
            break
        if c.label is not None and not c.in_value_row:
            break
        others = [hc for hc in header if hc is not label and _x_overlap(hc, c) > 2]
        if len(others) >= 2 or any(_x_overlap(hc, c) > 0.5 * (hc.x1 - hc.x0) for hc in others):
            break  # running text under the table (across two headers, or over most of a neighbour's)
        out.append(c)
        last_y = c.y1
    return out


def _table_row(cell: _Cell, cells: list[_Cell], header: list[_Cell]) -> bool:
    """Is ``cell``'s row a row of the table under ``header``: two or more of its cells start at
    a header cell's left edge (a later table or form section below has its own columns)?"""
    tol = max(3.0, header[0].h)
    return sum(1 for p in cells if _same_row(p, cell)
               and any(abs(p.x0 - hc.x0) <= tol for hc in header)) >= 2


def _officer_row(cell: _Cell, cells: list[_Cell]) -> bool:
    row = " ".join(o.text for o in cells if o is cell or _same_row(o, cell))
    return bool(_KEEP_WORDS.search(_norm(row)))


def _ok_value(entity: str, cell: _Cell) -> bool:
    text = cell.text
    if entity == "ADDRESS":
        return _digits(text) > 0 or bool(re.search(r"(?i)\b(?:box|route|rr|rt)\b", text))
    return any(value_spans(entity, ln) for ln in text.split("\n")) or _wrapped_name(entity, cell)


_NAME_PART = re.compile(r"[ ]*\p{Lu}[\w'’.-]*,?[ ]*", REGEX_FLAGS)


def _wrapped_name(entity: str, cell: _Cell) -> bool:
    """A name cell wrapped one name part per line ("Odalys" over "Quillfeather-Marsh" in a narrow
    column): no line alone has a name's shape, the lines together do."""
    if entity != "PERSON" or not 2 <= len(cell.lines) <= 4:
        return False
    lines = [" ".join(w.text for w in ln) for ln in cell.lines]
    if any(value_spans(entity, ln) or not _NAME_PART.fullmatch(ln) for ln in lines):
        return False
    parts = [t.strip(",.") for ln in lines for t in ln.split()]
    return not any(t.lower() in _EMPTY or t.capitalize() in NOT_NAMES for t in parts)


def _wrapped_date(entity: str, cell: _Cell) -> bool:
    """A date wrapped in a narrow column ("14 Mar" over its year): no line alone is a date, the
    lines together are one, whole."""
    if entity != "DATE_OF_BIRTH" or not 2 <= len(cell.lines) <= 3:
        return False
    joined = " ".join(w.text for ln in cell.lines for w in ln)
    return _SHAPE[entity].fullmatch(joined.strip(" ,.")) is not None


def _emit(page: Page, base: int, entity: str, cell: _Cell, label: _Cell, where: str) -> list[Finding]:
    out: list[Finding] = []
    why = f"{where} '{label.label_text}' (layout)"
    wrapped = _wrapped_name(entity, cell) or _wrapped_date(entity, cell)
    for ln in cell.lines:
        line_text = " ".join(w.text for w in ln)
        spans = [(0, len(line_text))] if wrapped else value_spans(entity, line_text)
        # offsets of each word inside line_text
        pos, starts = 0, []
        for w in ln:
            starts.append(pos)
            pos += len(w.text) + 1
        for s, e in spans:
            hit = [(w, st) for w, st in zip(ln, starts, strict=True) if st < e and st + len(w.text) > s]
            if not hit:
                continue
            w0, st0 = hit[0]
            w1, st1 = hit[-1]
            ps = min(w0.start + max(0, s - st0), w0.end)  # (an OCR word's own text may differ in length)
            pe = min(w1.start + min(len(w1.text), e - st1), w1.end)
            if pe <= ps or page.text[ps:pe].strip() == "":
                continue
            out.append(Finding.make(entity, base + ps, base + pe, page.text[ps:pe], _SCORE, RECOGNIZER, why))
    return out


def layout_findings(page: Page, base: int, policy: Policy) -> list[Finding]:
    """Findings for values paired with their labels by geometry on ``page``.

    Args:
        page: a page with word boxes (text layer or OCR).
        base: the page's offset in the document text (findings carry document offsets).
        policy: field labels, and which entities are redacted.
    """
    words = [w for w in page.words if w.text.strip()]
    if len(words) < 2:
        return []
    cells = _stack(_line_cells(words), policy)
    out: list[Finding] = []
    for label in cells:
        entity = label.label
        if entity is None or entity == KEEP_LABEL:
            continue
        right = _right_value(label, cells)
        shapeless = entity in ("PERSON", "ADDRESS")
        if not shapeless:  # a row label before several values (parties as columns; "on file" first)
            for c in _row_values(label, right, cells, _label_parts(label, entity, policy)):
                for ent in _label_parts(label, entity, policy):
                    out.extend(_emit(page, base, ent, c, label, "row of label"))
        if (right is not None and right.label is None and _ok_value(entity, right)
                and (not shapeless or label.text.rstrip().endswith((":", "#")))):
            for ent in [entity] if shapeless else _label_parts(label, entity, policy):
                out.extend(_emit(page, base, ent, right, label, "right of label"))
            continue
        if label.in_value_row:
            continue
        above = None if entity == "PERSON" else _caption_value(label, cells)
        if above is not None and _ok_value(entity, above):
            out.extend(_emit(page, base, entity, above, label, "above caption"))
            continue
        also = ("PERSON" if entity != "PERSON" and "PERSON" in policy.redact
                and _PERSON_TOO.search(_norm(label.text)) else None)
        for c in _column(label, cells):
            if entity in ("PERSON", "ADDRESS") and _officer_row(c, cells) and not _HOME.search(label.text):
                continue  # "Voss, Ada | Sgt. (lead) | Badge 901": an officer's row of a roster
            if _ok_value(entity, c):
                found = _emit(page, base, entity, c, label, "column")
                if entity == "PERSON" and not _NAMES_A_NAME.search(_norm(label.text)):
                    found = [f for f in found if _capitalised(f.text)]
                out.extend(found)
            if also and not _officer_row(c, cells) and _ok_value(also, c):
                out.extend(f for f in _emit(page, base, also, c, label, "column") if _capitalised(f.text))
    return out


def _label_parts(label: _Cell, entity: str, policy: Policy) -> list[str]:
    """The entities of a label naming two fields ("DOB / licence"): its value line holds both."""
    out = [entity]
    for part in label.label_text.split("/") if "/" in label.label_text else []:
        ent = label_entity(part, policy)
        if ent is not None and ent != KEEP_LABEL and ent not in out:
            out.append(ent)
    return out


def _row_values(label: _Cell, right: _Cell | None, cells: list[_Cell], ents: list[str]) -> list[_Cell]:
    """Value cells further right on ``label``'s row than its nearest one, up to the next label: each
    only a value (a date, a number; no word of three letters besides), so a row's other fields stay."""
    row = sorted((c for c in cells if c is not label and c is not right and c.x0 >= label.x1 - 1
                  and abs(c.y0 - label.y0) <= 0.6 * label.h and _same_row(label, c)), key=lambda c: c.x0)
    out: list[_Cell] = []
    if right is not None and right.label is not None:
        return out
    last = right.x1 if right is not None else label.x1
    for c in row:
        if c.label is not None or c.x0 - last > _RIGHT_REACH:
            break
        if right is None or c.x0 >= right.x1:
            shaped = any(_SHAPE[e].search(c.text) if e in _SHAPE
                         else e.endswith("DRIVER_LICENSE") and value_spans(e, c.text) for e in ents)
            bare = re.sub(rf"{DATE}|[\w.+-]+@[\w.-]+|\d[\d -]*", " ", c.text)
            if shaped and not re.search(r"[^\W\d_]{3,}", bare):
                out.append(c)
        last = c.x1
    return out


def _caption_value(label: _Cell, cells: list[_Cell]) -> _Cell | None:
    """The value written right above a label that is a caption under its line ("March 2, 1990" over
    "Date of birth"): left-aligned with it, at most a text height above, and the nearest cell
    below at least twice as far away (a caption hangs under its own value; a header
    stands over its value). Never for a name: a free line above a "Name" label could be anything."""
    best: _Cell | None = None
    for c in cells:
        if c is label or c.label is not None or c.y1 > label.y0 + 0.5 or label.y0 - c.y1 > 1.0 * label.h:
            continue
        if abs(c.x0 - label.x0) > 1.5 * label.h or _x_overlap(label, c) <= 0:
            continue
        if best is None or c.y1 > best.y1:
            best = c
    if best is None:
        return None
    gap = max(label.y0 - best.y1, 0.0)
    below = [c.y0 - label.y1 for c in cells if c.y0 >= label.y1 - 0.5 and _x_overlap(label, c) > 0]
    return best if not below or min(below) >= 2 * gap + 0.5 * label.h else None
