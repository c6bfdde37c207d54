#!/usr/bin/env python3
"""Make synthetic police records (born-digital PDFs) with ground truth.

Every person, address, phone number and identifier in these documents is made
up. Running the script twice gives byte-identical PDFs: no clock, no network,
a fixed random seed, fixed PDF metadata and no new file ID.

Usage::

    python sample_docs/make_samples.py [--out DIR]

writes ``DIR/*.pdf`` + ``DIR/*.truth.json`` (the tuning set) and
``DIR/holdout/*.pdf`` + ``*.truth.json`` (a differently styled set that rule
authors must not tune on). ``DIR`` defaults to the folder of this script.
See ``README.md`` beside this script for the truth format.

Text is written with markup: ``{CODE|text}`` marks a ground-truth item (codes
in :data:`CODES`); a ``\\n`` inside the markup forces a line break there, so a
name can be split over two lines on purpose. The item boxes are computed from
the positions the text was drawn at (font advance widths and the baseline),
using the same tight, baseline-relative box as ``redactkit.ingest``; a
self-check then re-extracts the text under every box and fails loudly on any
mismatch.
"""

# The document texts below are long string literals; wrapping them would only hurt reading.
# ruff: noqa: E501

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

#: Markup code → (category, action).
CODES: dict[str, tuple[str, str]] = {
    "P": ("PERSON", "redact"),
    "SSN": ("SSN", "redact"),
    "PH": ("PHONE", "redact"),
    "EM": ("EMAIL", "redact"),
    "DOB": ("DOB", "redact"),
    "AD": ("ADDRESS", "redact"),
    "DL": ("DRIVER_LICENSE", "redact"),
    "PL": ("PLATE", "redact"),
    "VIN": ("VIN", "redact"),
    "OF": ("OFFICER", "keep"),
    "BG": ("BADGE", "keep"),
    "AG": ("AGENCY", "keep"),
    "CN": ("CASE_NUMBER", "keep"),
    "OFN": ("OFFENSE", "keep"),
    "DT": ("INCIDENT_DATE", "keep"),
    "TR": ("TRAP_WORD", "keep"),
}

#: Tight box above / below the baseline as a fraction of the font size
#: (the same numbers as ``redactkit.ingest.ASCENT`` / ``DESCENT``).
ASCENT = 0.80
DESCENT = 0.22

FIXED_DATE = "D:20240401120000+00'00'"
SEED = 20240314
LETTER = (612.0, 792.0)
LANDSCAPE = (792.0, 612.0)

MARK_RE = re.compile(r"\{([A-Z]+)\|([^{}]*)\}")


# ---------------------------------------------------------------------------
# VIN check digit


_VIN_VALUES = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check_digit(vin: str) -> str:
    """Return the check digit (position 9) a 17-character VIN must have."""
    total = sum(_VIN_VALUES[c] * w for c, w in zip(vin.upper(), _VIN_WEIGHTS, strict=True))
    rem = total % 11
    return "X" if rem == 10 else str(rem)


def vin_is_valid(vin: str) -> bool:
    """True when ``vin`` has 17 legal characters and a correct check digit."""
    vin = vin.upper()
    return len(vin) == 17 and all(c in _VIN_VALUES for c in vin) and vin[8] == vin_check_digit(vin)


# ---------------------------------------------------------------------------
# Layout with ground truth


@dataclass
class Item:
    """One ground-truth occurrence and the boxes it was drawn in."""

    text: str
    category: str
    action: str
    parts: list[tuple[int, pymupdf.Rect]] = field(default_factory=list)


def parse(markup: str) -> tuple[str, list[tuple[int, int, str]], set[int]]:
    """Strip markup: return plain text, item spans (start, end, code) and forced breaks.

    A forced break is the index of a space in the plain text that came from a
    ``\\n`` in the markup.
    """
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    breaks: set[int] = set()

    def add(s: str) -> None:
        for ch in s:
            if ch == "\n":
                breaks.add(len(out))
                out.append(" ")
            else:
                out.append(ch)

    pos = 0
    for m in MARK_RE.finditer(markup):
        add(markup[pos : m.start()])
        code = m.group(1)
        if code not in CODES:
            raise ValueError(f"unknown markup code {code!r} in {markup!r}")
        start = len(out)
        add(m.group(2))
        spans.append((start, len(out), code))
        pos = m.end()
    add(markup[pos:])
    text = "".join(out)
    if "{" in text or "}" in text:
        raise ValueError(f"unbalanced markup in {markup!r}")
    return text, spans, breaks


def tlen(text: str, font: str, size: float) -> float:
    """Advance width of ``text`` in a base-14 font."""
    return float(pymupdf.get_text_length(text, fontname=font, fontsize=size))


class Report:
    """A PDF under construction plus the ground-truth items drawn on it."""

    def __init__(
        self,
        name: str,
        title: str,
        *,
        size: tuple[float, float] = LETTER,
        margins: tuple[float, float, float, float] = (60, 56, 60, 64),
        header: Callable[[Report], None] | None = None,
    ) -> None:
        self.name = name
        self.title = title
        self.doc = pymupdf.open()
        self.width, self.height = size
        self.left, self.top, self.right, self.bottom = margins
        self.header = header
        self.items: list[Item] = []
        self.page: pymupdf.Page | None = None
        self.y = 0.0

    # -- pages -------------------------------------------------------------
    def new_page(self) -> pymupdf.Page:
        """Start a page (drawing the running header, if any)."""
        self.page = self.doc.new_page(width=self.width, height=self.height)
        self.y = self.top
        if self.header is not None:
            self.header(self)
        return self.page

    def _page(self) -> pymupdf.Page:
        if self.page is None:
            return self.new_page()
        return self.page

    def space(self, pts: float) -> None:
        """Advance the cursor by ``pts`` points."""
        self.y += pts

    # -- text --------------------------------------------------------------
    def _draw(
        self,
        page: pymupdf.Page,
        x: float,
        baseline: float,
        text: str,
        lo: int,
        hi: int,
        spans: list[tuple[int, int, Item]],
        font: str,
        size: float,
    ) -> None:
        """Draw ``text[lo:hi]`` at (x, baseline) and record the item parts on it."""
        line = text[lo:hi]
        page.insert_text((x, baseline), line, fontname=font, fontsize=size, color=(0, 0, 0))
        for s, e, item in spans:
            a, b = max(s, lo), min(e, hi)
            while a < b and text[a] == " ":
                a += 1
            while b > a and text[b - 1] == " ":
                b -= 1
            if a >= b:
                continue
            x0 = x + tlen(text[lo:a], font, size)
            x1 = x + tlen(text[lo:b], font, size)
            rect = pymupdf.Rect(x0, baseline - ASCENT * size, x1, baseline + DESCENT * size)
            item.parts.append((page.number, rect))

    def _items_for(self, text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, Item]]:
        out = []
        for s, e, code in spans:
            category, action = CODES[code]
            item = Item(" ".join(text[s:e].split()), category, action)
            self.items.append(item)
            out.append((s, e, item))
        return out

    def write(
        self,
        x: float,
        baseline: float,
        markup: str,
        font: str = "helv",
        size: float = 10,
        *,
        page: pymupdf.Page | None = None,
        max_width: float | None = None,
    ) -> float:
        """Write one line of markup at an absolute position; return its end x."""
        text, spans, breaks = parse(markup)
        if breaks:
            raise ValueError("forced breaks are only allowed in paragraphs")
        width = tlen(text, font, size)
        if max_width is not None and width > max_width:
            raise ValueError(f"{text!r} ({width:.1f}pt) does not fit in {max_width:.1f}pt")
        self._draw(page or self._page(), x, baseline, text, 0, len(text), self._items_for(text, spans),
                   font, size)
        return x + width

    def line(self, markup: str, font: str = "helv", size: float = 10, leading: float = 1.3,
             x: float | None = None) -> float:
        """Write one line at the cursor and move down; return its end x."""
        self._ensure(size * leading)
        end = self.write(self.left if x is None else x, self.y + size, markup, font, size)
        self.y += size * leading
        return end

    def _ensure(self, height: float) -> None:
        if self.page is None or self.y + height > self.height - self.bottom:
            self.new_page()

    def para(
        self,
        markup: str,
        font: str = "helv",
        size: float = 10,
        leading: float = 1.3,
        *,
        indent: float = 0,
        x0: float | None = None,
        x1: float | None = None,
        after: float | None = None,
    ) -> None:
        """Write a wrapped, left-aligned paragraph at the cursor."""
        text, spans, breaks = parse(markup)
        item_spans = self._items_for(text, spans)
        left = self.left if x0 is None else x0
        right = self.width - self.right if x1 is None else x1
        words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
        lines: list[tuple[int, int]] = []
        i = 0
        while i < len(words):
            first = i
            avail = right - left - (indent if not lines else 0)
            j = i + 1
            while j < len(words):
                forced = any(words[j - 1][1] <= b < words[j][0] for b in breaks)
                if forced or tlen(text[words[first][0] : words[j][1]], font, size) > avail:
                    break
                j += 1
            lines.append((words[first][0], words[j - 1][1]))
            i = j
        for n, (lo, hi) in enumerate(lines):
            self._ensure(size * leading)
            x = left + (indent if n == 0 else 0)
            self._draw(self._page(), x, self.y + size, text, lo, hi, item_spans, font, size)
            self.y += size * leading
        self.y += size * 0.6 if after is None else after

    # -- tables ------------------------------------------------------------
    def row(
        self,
        cells: list[tuple[float, str]],
        *,
        height: float = 18,
        font: str = "helv",
        size: float = 10,
        label_font: str | None = None,
        x: float | None = None,
        fill: tuple[float, float, float] | None = None,
    ) -> None:
        """Draw one table row: ``cells`` are (width, markup); lines are drawn around each cell.

        With ``label_font`` set, even-numbered cells (0, 2, ...) are labels in that font.
        """
        self._ensure(height)
        page = self._page()
        cx = self.left if x is None else x
        for k, (w, markup) in enumerate(cells):
            rect = pymupdf.Rect(cx, self.y, cx + w, self.y + height)
            page.draw_rect(rect, color=(0, 0, 0), fill=fill, width=0.6)
            if markup:
                f = label_font if (label_font and k % 2 == 0) else font
                baseline = self.y + height / 2 + (ASCENT - DESCENT) * size / 2
                self.write(cx + 3, baseline, markup, f, size, max_width=w - 5)
            cx += w
        self.y += height

    def rule(self, weight: float = 0.8) -> None:
        """A horizontal line across the text width."""
        page = self._page()
        page.draw_line((self.left, self.y), (self.width - self.right, self.y), color=(0, 0, 0), width=weight)
        self.y += 6

    # -- output ------------------------------------------------------------
    def footer(self, make: Callable[[int, int], str], font: str = "helv", size: float = 9) -> None:
        """Write a footer line on every page; ``make(i, n)`` returns its markup."""
        n = self.doc.page_count
        for i in range(n):
            page = self.doc[i]
            self.write(self.left, self.height - self.bottom / 2, make(i, n), font, size, page=page)

    def truth(self) -> dict[str, object]:
        """The ground truth as a JSON-ready dict."""
        items = []
        for k, it in enumerate(self.items):
            if not it.parts:
                raise AssertionError(f"{self.name}: item {it.text!r} was never drawn")
            page, rect = it.parts[0]
            entry: dict[str, object] = {
                "id": k,
                "text": it.text,
                "category": it.category,
                "action": it.action,
                "page": page,
                "bbox": [round(v, 2) for v in rect],
            }
            if len(it.parts) > 1:
                entry["parts"] = [{"page": p, "bbox": [round(v, 2) for v in r]} for p, r in it.parts]
            items.append(entry)
        return {"document": f"{self.name}.pdf", "title": self.title, "items": items}

    def save(self, out_dir: Path) -> Path:
        """Write ``name.pdf`` and ``name.truth.json`` into ``out_dir``."""
        out_dir.mkdir(parents=True, exist_ok=True)
        self.doc.set_metadata(
            {
                "title": self.title,
                "author": "",
                "subject": "Synthetic sample record (fictional)",
                "keywords": "",
                "creator": "redactkit sample_docs/make_samples.py",
                "producer": "redactkit sample generator",
                "creationDate": FIXED_DATE,
                "modDate": FIXED_DATE,
            }
        )
        pdf = out_dir / f"{self.name}.pdf"
        pdf.write_bytes(self.doc.tobytes(garbage=4, deflate=True, no_new_id=True))
        truth = self.truth()
        (out_dir / f"{self.name}.truth.json").write_text(json.dumps(truth, indent=1) + "\n", encoding="utf-8")
        return pdf


# ---------------------------------------------------------------------------
# Self-check


def _norm(s: str) -> str:
    return "".join(s.split())


def _glyphs(page: pymupdf.Page) -> list[tuple[str, float, float]]:
    """Every glyph of the page with its bbox centre (the scorer's notion of position)."""
    out = []
    for block in page.get_text("rawdict")["blocks"]:
        for line in block.get("lines", []):
            for span in line["spans"]:
                for ch in span["chars"]:
                    x0, y0, x1, y1 = ch["bbox"]
                    out.append((ch["c"], (x0 + x1) / 2, (y0 + y1) / 2))
    return out


def _center_text(glyphs: list[tuple[str, float, float]], rect: pymupdf.Rect) -> str:
    x0, y0, x1, y1 = rect
    return "".join(c for c, x, y in glyphs if x0 <= x <= x1 and y0 <= y <= y1)


def check(pdf: Path, truth: dict[str, object]) -> list[str]:
    """Re-open ``pdf`` and check every truth box; return a list of problems (empty = fine).

    Checks per item: ``page.get_text("text", clip=box shrunk by 1pt)`` over its
    boxes contains the item text (whitespace-insensitive); the characters whose
    centres lie in the boxes spell exactly the item text; no two items' boxes
    overlap; every VIN has a valid check digit.
    """
    problems: list[str] = []
    items = truth["items"]
    assert isinstance(items, list)
    with pymupdf.open(pdf) as doc:
        all_boxes: list[tuple[int, pymupdf.Rect, str]] = []
        glyphs = {pno: _glyphs(doc[pno]) for pno in range(doc.page_count)}
        for it in items:
            parts = it.get("parts") or [{"page": it["page"], "bbox": it["bbox"]}]
            clipped, centred = [], []
            for part in parts:
                page = doc[part["page"]]
                r = pymupdf.Rect(part["bbox"])
                dx = min(1.0, r.width / 4)
                clipped.append(page.get_text("text", clip=pymupdf.Rect(r.x0 + dx, r.y0 + 1, r.x1 - dx, r.y1 - 1)))
                centred.append(_center_text(glyphs[part["page"]], r))
                all_boxes.append((part["page"], r, it["text"]))
            want = _norm(it["text"])
            if want not in _norm("".join(clipped)):
                problems.append(f"{pdf.name}: clip text {''.join(clipped)!r} lacks {it['text']!r}")
            if _norm("".join(centred)) != want:
                problems.append(f"{pdf.name}: centre text {''.join(centred)!r} != {it['text']!r}")
            if it["category"] == "VIN" and not vin_is_valid(it["text"]):
                problems.append(f"{pdf.name}: VIN {it['text']} has a bad check digit")
        for i, (p1, r1, t1) in enumerate(all_boxes):
            for p2, r2, t2 in all_boxes[i + 1 :]:
                if p1 == p2 and (r1 & r2).get_area() > 0.5:
                    problems.append(f"{pdf.name}: boxes of {t1!r} and {t2!r} overlap")
    return problems


# ---------------------------------------------------------------------------
# The documents (all people, numbers and addresses are fictional)

SPD = "Springfield Police Department"


def spd_header(form: str, case: str) -> Callable[[Report], None]:
    """A running header: agency, form name and case number on every page."""

    def draw(r: Report) -> None:
        r.write(r.left, r.y + 12, "{AG|SPRINGFIELD POLICE DEPARTMENT}", "hebo", 12)
        r.write(r.left, r.y + 26, "800 E Monroe St, Springfield, Illinois 62701", "helv", 9)
        right = r.width - r.right
        label = f"{form}  |  Case No. {{CN|{case}}}"
        w = tlen(parse(label)[0], "hebo", 10)
        r.write(right - w, r.y + 12, label, "hebo", 10)
        r.y += 34
        r.rule(1.2)
        r.y += 4

    return draw


def incident_report() -> Report:
    r = Report("incident_report_001", "Incident Report 2024-001873",
               header=spd_header("INCIDENT REPORT", "2024-001873"))
    r.new_page()
    f, s = "helv", 10
    r.line("Offense: {OFN|Burglary - Residential}          Report Date: 03/15/2024", f, s, 1.45)
    r.line("Occurred: {DT|03/14/2024 at 2215 hours}          Beat: 2A          Status: Open", f, s, 1.45)
    r.line("Location: {AD|1423 W Maple Ave, Apt 3B, Springfield, IL 62704}", f, s, 1.45)
    r.line("Reporting Officer: {OF|Ofc. Daniel Reyes} {BG|#4471}          Approved: {OF|Sgt. Karen Walsh}",
           f, s, 1.45)
    r.space(4)
    r.line("VICTIM / REPORTING PARTY", "hebo", 10, 1.4)
    r.line("Name: {P|CHEN, LINDA M.}        DOB: {DOB|07/22/1961}        Phone: {PH|(217) 555-0143}",
           f, s, 1.4)
    r.line("Home Address: {AD|1423 W Maple Ave, Apt 3B, Springfield, IL 62704}", f, s, 1.4)
    r.line("Email: {EM|lchen61@example.net}        Occupation: pharmacist", f, s, 1.4)
    r.space(6)
    r.line("NARRATIVE", "hebo", 10, 1.4)
    n = dict(font="tiro", size=11, leading=1.3)
    r.para(
        "On {DT|03/14/2024 at 2215 hours}, {OF|Ofc. Daniel Reyes} {BG|#4471} was dispatched to "
        "{AD|1423 W Maple Ave, Apt 3B} regarding a residential burglary that had just been "
        "discovered. On arrival {OF|Reyes} met with the reporting party, {P|Linda Chen}, who rents "
        "the apartment. {P|Chen} stated she left for work at approximately 1500 hours and returned "
        "at 2200 hours to find the rear door of the apartment standing open and the lights on.",
        **n,
    )
    r.para(
        "{P|Chen} stated that the {TR|kitchen} window screen had been removed and was leaning against "
        "the fence. {OF|Reyes} observed fresh pry marks on the rear door frame approximately forty "
        "inches above the threshold and splintered wood on the {TR|kitchen} floor. {P|Chen}'s jewelry box, "
        "which she kept on the bedroom dresser, was missing along with a Dell laptop and about $300 "
        "in cash. {P|Chen} provided a list of the missing property and the number of her daughter, "
        "{P|Emily\nChen}, who can be reached at {PH|217-555-0187} and has a spare key to the unit.",
        **n,
    )
    r.para(
        "{OF|Reyes} canvassed the neighboring units. {P|Robert Okafor}, who lives in Apt 3C, stated "
        "he heard a loud bang at about 2130 hours and looked out of his {TR|kitchen} window. {P|Okafor} "
        "saw a white Ford pickup idling in the alley with its lights off. He was able to read part of "
        "the Illinois license plate, {PL|DX 48213}, before the truck drove east toward Walnut Street. "
        "{P|Okafor} can be reached at {PH|217.555.0164} or by email at {EM|rokafor@example.com}.",
        **n,
    )
    r.para(
        "{OF|Sgt. Karen Walsh}, {BG|Badge 2190}, responded to assist and photographed the scene. "
        "{OF|Walsh} lifted a partial latent print from the exterior of the window frame and "
        "submitted it to the crime laboratory under this case number. The property list was entered "
        "into LEADS as stolen. {P|Chen} was given a victim information pamphlet and the case number. "
        "Referred to Investigations for follow-up by {OF|Det. Lopez}.",
        **n,
    )
    r.footer(lambda i, k: f"{{AG|{SPD}}}  -  Case No. {{CN|2024-001873}}  -  Page {i + 1} of {k}")
    return r


def arrest_report() -> Report:
    r = Report("arrest_report_002", "Arrest Report RPT-24-09812", margins=(48, 48, 48, 56))
    r.new_page()
    r.write(r.left, r.y + 12, "{AG|SPRINGFIELD POLICE DEPARTMENT}", "hebo", 12)
    r.write(r.left + 372, r.y + 12, "Report No. {CN|RPT-24-09812}", "hebo", 10)
    r.write(r.left, r.y + 27, "ARREST REPORT - ADULT", "helv", 11)
    r.write(r.left + 372, r.y + 27, "Case No. {CN|2024-001902}", "helv", 10)
    r.y += 40
    w = [92, 170, 72, 182]  # 516 = 612 - 2 * 48
    lab = "hebo"
    r.row([(sum(w), "ARRESTEE")], fill=(0.88, 0.88, 0.88), font="hebo", size=10)
    r.row([(w[0], "Name:"), (w[1], "{P|GUTIERREZ, MARIA E.}"), (w[2], "DOB:"), (w[3], "{DOB|04/12/1988}")],
          label_font=lab)
    r.row([(w[0], "SSN:"), (w[1], "{SSN|412-68-3390}"), (w[2], "DL#"), (w[3], "{DL|G362-4418-8125}  (IL)")],
          label_font=lab)
    r.row([(w[0], "Address:"), (w[1] + w[2] + w[3], "{AD|908 N Walnut St, Springfield, IL 62702}")],
          label_font=lab)
    r.row([(w[0], "Phone:"), (w[1], "{PH|(217) 555-0192}"), (w[2], "Email:"),
           (w[3], "{EM|mgutierrez88@example.com}")], label_font=lab)
    r.row([(w[0], "Sex / Race:"), (w[1], "F / H"), (w[2], "Ht / Wt:"), (w[3], "5'04\" / 135")], label_font=lab)
    r.row([(sum(w), "CHARGE")], fill=(0.88, 0.88, 0.88), font="hebo", size=10)
    r.row([(w[0], "Offense:"), (w[1], "{OFN|Aggravated Assault}"), (w[2], "Statute:"),
           (w[3], "720 ILCS 5/12-2(c)(1)")], label_font=lab)
    r.row([(w[0], "Arrest Date:"), (w[1], "{DT|03/14/2024 at 2340 hours}"), (w[2], "Location:"),
           (w[3], "S Grand Ave E & S 9th St")], label_font=lab)
    r.row([(w[0], "Arresting Ofc.:"), (w[1], "{OF|Ofc. Daniel Reyes}"), (w[2], "Badge:"), (w[3], "{BG|4471}")],
          label_font=lab)
    r.row([(w[0], "Transport Ofc.:"), (w[1], "{OF|Ofc. Marcus Bell}"), (w[2], "Badge:"), (w[3], "{BG|5120}")],
          label_font=lab)
    r.row([(sum(w), "VEHICLE")], fill=(0.88, 0.88, 0.88), font="hebo", size=10)
    r.row([(w[0], "Vehicle:"), (w[1], "2015 Honda Civic, gray"), (w[2], "Plate:"), (w[3], "{PL|BV 73920}  IL")],
          label_font=lab)
    r.row([(w[0], "VIN:"), (w[1], "{VIN|1HGCR2F3XFA027534}"), (w[2], "Disposition:"), (w[3], "Towed - Mike's Towing")],
          label_font=lab, size=9.5)
    r.row([(sum(w), "VICTIM")], fill=(0.88, 0.88, 0.88), font="hebo", size=10)
    r.row([(w[0], "Name:"), (w[1], "{P|WARD, ANTHONY J.}"), (w[2], "DOB:"), (w[3], "{DOB|11/30/1979}")],
          label_font=lab)
    r.row([(w[0], "Phone:"), (w[1], "{PH|217-555-0125}"), (w[2], "Injury:"), (w[3], "Laceration, left brow")],
          label_font=lab)
    r.space(12)
    r.line("NARRATIVE", "hebo", 10, 1.4)
    n = dict(font="helv", size=9.5, leading=1.2)
    r.para(
        "On {DT|03/14/2024 at 2340 hours}, {OF|Ofc. Reyes} responded to S Grand Ave E and S 9th St for a "
        "report of a fight involving a weapon. The victim, {P|Anthony Ward}, stated that {P|Gutierrez} struck "
        "him in the face with a metal flashlight after an argument in the parking lot of the gas station. "
        "{P|Ward} had a laceration above his left eye and was treated at the scene by AMR Medic 12. "
        "The clerk confirmed the argument but did not see the blow.",
        **n,
    )
    r.para(
        "{OF|Reyes} observed {P|Gutierrez} walking {TR|toward} a gray Honda Civic bearing Illinois plate "
        "{PL|BV 73920}. {P|Gutierrez} stated she \"only pushed him\" and that {P|Ward} had grabbed her purse. "
        "A black metal flashlight was located on the floor of {P|Gutierrez}'s vehicle and was seized as "
        "evidence. {P|Gutierrez} was placed under arrest and transported to the county jail by "
        "{OF|Ofc. Bell} without incident. {P|Ward} signed a complaint and may be contacted at "
        "{PH|(217) 555-0125}.",
        **n,
    )
    return r


def witness_statement() -> Report:
    r = Report("witness_statement_003", "Witness Statement 2024-002047",
               header=spd_header("WITNESS STATEMENT", "2024-002047"), margins=(66, 56, 66, 64))
    r.new_page()
    f, s = "tiro", 11
    r.line("Offense: {OFN|Criminal Damage to Property}        Incident: {DT|03/16/2024 at 0130 hours}", f, s, 1.5)
    r.line("Name of Witness: {P|Priya Raman}        Date of Birth: {DOB|06/03/1979}", f, s, 1.5)
    r.line("Address: {AD|77 Oak Hollow Dr, Unit 4, Springfield, IL 62711}", f, s, 1.5)
    r.line("Phone: {PH|(217) 555-0116}        Email: {EM|priya.raman@example.org}", f, s, 1.5)
    r.line("Statement taken by: {OF|Det. Ana Lopez}, {BG|Badge 3012}, at the {AG|Springfield Police Department}",
           f, s, 1.5)
    r.space(8)
    n = dict(font="tiro", size=11, leading=1.5)
    r.para(
        "My name is {P|Priya Raman} and I was born on {DOB|June 3, 1979}. I live at {AD|77 Oak Hollow Dr, Unit 4}, "
        "which is a townhouse with a shared {TR|hallway} and a parking lot in back. On the night of "
        "{DT|03/16/2024}, at about 1:30 in the morning, I was awake with my baby when I heard glass breaking "
        "outside. I looked out of the window by the {TR|hallway} stairs and saw a young man standing next to "
        "a blue Toyota Corolla in the lot.",
        **n,
    )
    r.para(
        "I recognized the man as {P|Thomas Hall}, who is the son of my neighbor in Unit 6. I have known "
        "{P|Tom} for about three years. {P|Hall} was holding what looked like a baseball bat and he hit the "
        "windshield of the Toyota two more times. Then {P|Hall}'s friend, a heavy-set man in a red jacket "
        "that I did not recognize, yelled at him to hurry up and they both ran toward Iles Park.",
        **n,
    )
    r.para(
        "I called 911 right away. I stayed inside until the police came. Later that morning I told "
        "{OF|Det. Lopez} what I saw and showed her the window where I was standing. The lights in the lot "
        "were on and I could see {P|Hall}'s face clearly. I am willing to testify. You can reach me at "
        "{PH|217-555-0116} during the day.",
        **n,
    )
    r.space(14)
    r.line("I declare that this statement is true to the best of my knowledge.", "tiit", 11, 1.6)
    r.line("Signature: {P|Priya Raman}                Date: 03/16/2024", "tiro", 11, 1.6)
    r.line("Witnessed: {OF|Det. Ana Lopez} {BG|#3012}", "tiro", 11, 1.6)
    return r


def supplemental() -> Report:
    r = Report("supplemental_004", "Supplemental Narrative 2024-001873",
               header=spd_header("SUPPLEMENTAL", "2024-001873"), margins=(54, 56, 54, 64))
    r.new_page()
    f, s = "helv", 10
    r.line("Offense: {OFN|Burglary - Residential}     Original Report: {DT|03/14/2024 at 2215 hours}", f, s, 1.4)
    r.line("Author: {OF|Det. Ana Lopez} {BG|#3012}     Supplement No. 1     Date: 03/21/2024", f, s, 1.4)
    r.space(6)
    r.line("SUPPLEMENTAL NARRATIVE", "hebo", 10, 1.4)
    n = dict(font="helv", size=10, leading=1.15)
    r.para(
        "This supplement documents follow-up investigation of the burglary reported by {P|Linda Chen}. "
        "According to the original report, {OF|Reyes} observed pry marks on the rear door, and "
        "{OF|Sgt. Walsh} lifted a partial latent print from the window frame. On 03/19/2024 the crime "
        "laboratory reported that the print was identified as belonging to {P|Kevin D. Ross}, "
        "a prior offender whose identifiers are listed below.",
        **n,
    )
    r.para(
        "Subject: {P|ROSS, KEVIN D.}   DOB: {DOB|02/14/1990}   SSN: {SSN|287-54-1136}   "
        "DL# {DL|R200-5519-0422}   Address: {AD|3318 S Park Ave, Springfield, IL 62704}   "
        "Phone: {PH|(217) 555-0139}",
        "cour", 9.5, 1.3,
    )
    r.para(
        "A records check showed that {P|Ross} is the registered owner of a white 2016 Ford F-150, Illinois "
        "license plate {PL|DX 48213}, VIN {VIN|1FTEW1EP4GKD41187}, which matches the partial plate and the "
        "description given by the neighbor, {P|Robert Okafor}. On 03/20/2024 {OF|Det. Lopez} and "
        "{OF|Ofc. Reyes} went to the {P|Ross} residence. {P|Ross}'s mother, {P|Denise Ross}, answered the door "
        "and stated that her son was at work. She said that her younger son, {P|Tyler\nRoss}, age 15, "
        "born on {DOB|09/09/2008}, sometimes borrows the truck with his brother's permission.",
        **n,
    )
    r.para(
        "{OF|Det. Lopez} observed the white pickup parked {TR|across} the street from the residence. "
        "A Dell laptop bag was visible on the rear seat. The vehicle was secured and towed pending a "
        "search warrant. {P|Kevin Ross} later called {OF|Det. Lopez} from {PH|217 555 0139} and agreed "
        "to an interview on 03/21/2024. During the interview {P|Ross} admitted driving to Maple Avenue "
        "but claimed his brother {P|Tyler} went inside the building. Because {P|Tyler Ross} is a "
        "juvenile, the matter was referred to the juvenile officer. {P|Ross} was arrested for "
        "{OFN|Burglary - Residential} and the property was returned to {P|Chen} on 03/22/2024. "
        "{P|Chen} identified the laptop by a sticker on the lid. Nothing further at this time.",
        **n,
    )
    r.para(
        "Walking {TR|across} the alley behind the building, {OF|Reyes} also located a jewelry box lid "
        "matching the description of the stolen item. It was booked as evidence under this case number.",
        **n,
    )
    return r


def multipage() -> Report:
    r = Report("investigation_005", "Investigative Report 2024-002210",
               header=spd_header("INVESTIGATIVE REPORT", "2024-002210"), margins=(72, 56, 72, 64))
    r.new_page()
    f, s = "helv", 10
    r.line("Offense: {OFN|Robbery - Armed}     Occurred: {DT|03/14/2024 at 2130 hours}", f, s, 1.4)
    r.line("Location: Quik-Stop Market, 2200 S MacArthur Blvd     Investigator: {OF|Det. Ana Lopez} {BG|#3012}",
           f, s, 1.4)
    r.space(4)
    r.line("INVOLVED PERSONS", "hebo", 10, 1.4)
    r.line("VICTIM:   {P|BELLAMY, SOFIA R.}  DOB {DOB|05/19/1994}  PH {PH|217-555-0151}", "cour", 9, 1.3)
    r.line("          {AD|2716 Lindsay Ln, Springfield, IL 62704}", "cour", 9, 1.3)
    r.line("SUSPECT:  {P|CARTER, DESHAWN L.}  DOB {DOB|08/17/1996}  SSN {SSN|531-27-8846}", "cour", 9, 1.3)
    r.line("          DL# {DL|C614-2290-7315}  {AD|1109 E Cook St, Springfield, IL 62703}", "cour", 9, 1.3)
    r.line("WITNESS:  {P|LIN, GRACE}  DOB {DOB|12/01/1987}  PH {PH|(217) 555-0172}", "cour", 9, 1.3)
    r.line("RP:       {P|ORTEGA, LUIS A.}  PH {PH|217.555.0133}  EMAIL {EM|lortega@example.com}", "cour", 9, 1.3)
    r.space(6)
    r.line("NARRATIVE", "hebo", 10, 1.4)
    n = dict(font="tiro", size=12, leading=1.5)
    r.para(
        "On {DT|03/14/2024 at 2130 hours}, the Communications Center received a call from the store manager, "
        "{P|Luis Ortega}, reporting that a clerk had just been robbed at gunpoint. {OF|Ofc. Marcus Bell} "
        "{BG|#5120} was the first unit on scene and found the clerk, {P|Sofia\nBellamy}, seated behind the "
        "counter. {P|Bellamy} was shaken but uninjured. {OF|Bell} observed that the register drawer was open "
        "and empty and that a display of phone chargers had been knocked to the floor.",
        **n,
    )
    r.para(
        "{P|Bellamy} stated that a man in a gray hooded sweatshirt entered the store, waited in {TR|line} "
        "behind another customer, and then produced a black handgun from his waistband. He told her to open "
        "the drawer and put the money in a plastic bag. {P|Bellamy} complied and the man left on foot "
        "northbound through the parking lot. She estimated the loss at $640 in bills. {P|Bellamy} said the "
        "man had a small tattoo of a star under his left eye and that she had seen him in the store before, "
        "usually buying energy drinks around closing time.",
        **n,
    )
    r.para(
        "The customer ahead of the suspect, {P|Grace Lin}, stayed on scene. {P|Lin} stated that she noticed the "
        "man because he kept his hood up and did not pick up any merchandise. When she reached her car she saw "
        "him run past the gas pumps and get into the passenger side of a dark blue Volkswagen Jetta that was "
        "waiting near the property {TR|line} with its engine running. {P|Lin} photographed the car with her phone "
        "as it left and the photograph shows Illinois registration {PL|CT 55190}. {P|Lin} agreed to send the "
        "photograph to {OF|Det. Lopez} and gave {PH|(217) 555-0172} as her cell phone number.",
        **n,
    )
    r.para(
        "{OF|Sgt. Karen Walsh}, {BG|Badge 2190}, arrived and took charge of the scene. {OF|Walsh} requested the "
        "store's video, which {P|Ortega} provided on a thumb drive. The video shows the suspect entering at "
        "2127 hours and leaving at 2129 hours. The suspect's face is visible for several seconds while he "
        "stands in {TR|line}. The tattoo under the left eye is visible in two frames. {OF|Walsh} issued an "
        "attempt-to-locate for the Jetta and its occupants to all units and neighboring agencies.",
        **n,
    )
    r.para(
        "A registration check showed {PL|CT 55190} is assigned to a 2013 Volkswagen Jetta, VIN "
        "{VIN|3VWDP7AJ7DM392018}, registered to {P|Thanh V. Nguyen} of {AD|640 N Grand Ave W, Springfield, IL 62702}. "
        "{OF|Det. Lopez} contacted {P|Nguyen} by telephone on 03/15/2024. {P|Nguyen} stated that he had sold "
        "the car two weeks earlier to a man he knew only as \"{P|Shawn}\" and had not yet filed the transfer "
        "paperwork. {P|Nguyen} provided a text message thread with the buyer, whose phone number was "
        "{PH|217-555-0198}. He also provided a copy of a handwritten bill of sale.",
        **n,
    )
    r.para(
        "A subscriber check on {PH|217-555-0198} returned an account in the name of {P|DeShawn Carter} at "
        "{AD|1109 E Cook St}. {P|Carter}'s booking photograph from a 2022 arrest shows a star tattoo under the "
        "left eye. {OF|Det. Lopez} prepared a six-person photo array, which was shown to {P|Bellamy} by "
        "{OF|Ofc. Bell}, who did not know which position held the suspect. {P|Bellamy} selected position four, "
        "{P|Carter}, and stated she was \"about ninety percent sure.\" {P|Lin} viewed a separate array and "
        "was unable to make an identification, stating that she had only seen the suspect from behind.",
        **n,
    )
    r.para(
        "On 03/18/2024 the Jetta was located unoccupied in the 1100 block of E Cook St. It was towed to the "
        "department's secure lot. A search warrant for the vehicle was obtained on 03/19/2024. Inside the "
        "vehicle {OF|Det. Lopez} and {OF|Sgt. Walsh} found a gray hooded sweatshirt, two energy drink cans "
        "and a receipt from the Quik-Stop Market dated 03/14/2024. A black BB pistol was located under the "
        "front passenger seat. The items were photographed and booked into evidence.",
        **n,
    )
    r.para(
        "On 03/20/2024 {P|Carter} was located at his residence and taken into custody without incident. "
        "After being advised of his rights, {P|Carter} {TR|declined} to make a statement and asked for an "
        "attorney. {P|Carter}'s mother, {P|Wanda Carter}, stated that her son had been home all evening on "
        "03/14/2024, but she could not say when he arrived. {P|Wanda\nCarter} can be reached at "
        "{PH|(217) 555-0147}. Her account will be checked against the store video and the phone records.",
        **n,
    )
    r.para(
        "The bill of sale recovered from the Jetta was signed by a second person as witness, "
        "{P|Kayla M. Brooks}, born on {DOB|04/02/2001}. {OF|Det. Lopez} located {P|Brooks} at her workplace on "
        "03/21/2024. {P|Brooks} stated that she is {P|Carter}'s girlfriend and that she drove the Jetta on the "
        "evening of 03/14/2024 because {P|Carter} asked her for a ride to the store. {P|Brooks} said she waited "
        "in the car and did not know that {P|Carter} intended to rob anyone. She said that when he came back "
        "he told her to \"just drive\" and that she dropped him off near {AD|1109 E Cook St}. {P|Brooks} "
        "lives at {AD|2231 S Spring St, Apt 2, Springfield, IL 62704} and gave {PH|(217) 555-0161} as her "
        "number. She was released pending review by the State's Attorney.",
        **n,
    )
    r.para(
        "The night clerk who relieved {P|Bellamy}, {P|Jasmine Whitaker}, was interviewed by {OF|Ofc. Bell} on "
        "03/16/2024. {P|Whitaker} stated that a man matching the suspect's description had bought energy "
        "drinks at the store on at least three prior evenings and once paid with a debit card. Store "
        "records for those dates were requested from the corporate office. {P|Whitaker} can be contacted "
        "through the store or at {EM|jwhitaker.qs@example.net}. {OF|Bell} observed that the store's exterior "
        "camera does not cover the parking area where the Jetta waited.",
        **n,
    )
    r.para(
        "Investigative summary: the victim's identification, the vehicle registration, the buyer's phone "
        "subscriber record and the evidence recovered from the Jetta all point to {P|Carter}. {P|Ortega} has "
        "asked to be notified of court dates and gave his email, {EM|lortega@example.com}. The case is "
        "forwarded to the State's Attorney for review of a charge of {OFN|Robbery - Armed}. {OF|Det. Lopez} "
        "will complete a supplemental report when the phone records are returned. A copy of the video was "
        "also posted to the department's secure {TR|online} evidence system.",
        **n,
    )
    r.space(10)
    r.line("Reporting investigator: {OF|Det. Ana Lopez} {BG|#3012}        Reviewed: {OF|Sgt. Karen Walsh} "
           "{BG|#2190}", "helv", 10, 1.5)
    r.line("Distribution: State's Attorney; Records; Victim Services (victim {P|S. Bellamy})", "helv", 10, 1.5)
    r.footer(lambda i, k: f"{{AG|{SPD}}}  -  Case No. {{CN|2024-002210}}  -  Page {i + 1} of {k}")
    return r


def dispatch_log(rng: random.Random) -> Report:
    r = Report("dispatch_log_006", "CAD Event Log 24-031422", size=LANDSCAPE, margins=(36, 40, 36, 48))
    r.new_page()
    r.write(r.left, r.y + 12, "{AG|SPRINGFIELD POLICE DEPARTMENT} - COMMUNICATIONS CENTER", "cobo", 11)
    r.write(r.left, r.y + 27, "CAD EVENT LOG   Event 24-031422   Related Case No. {CN|2024-001873}", "cour", 10)
    r.write(r.left, r.y + 41, "Nature: {OFN|Burglary - Residential}   Received: {DT|03/14/2024 at 2214 hours}",
            "cour", 10)
    r.y += 54
    w = [58, 88, 200, 112, 96, 166]  # 720
    hdr = ["Time", "Unit", "Event / Remarks", "Caller", "Caller Phone", "Location"]
    r.row(list(zip(w, hdr, strict=True)), font="hebo", size=9, fill=(0.85, 0.85, 0.85), height=16)
    maple = "{AD|1423 W MAPLE AVE APT 3B}"
    rows = [
        ("", "CALL RECEIVED: BURGLARY", "{P|CHEN, LINDA}", "{PH|(217) 555-0143}", maple),
        ("", "RP HOME, REAR DOOR OPEN", "", "", ""),
        ("2A14 {OF|REYES}", "DISPATCHED", "", "", maple),
        ("2A14 {OF|REYES}", "EN ROUTE", "", "", ""),
        ("2S02 {OF|WALSH}", "DISPATCHED - ASSIST", "", "", maple),
        ("2A14 {OF|REYES}", "ON SCENE", "", "", maple),
        ("", "2ND CALL: NEIGHBOR SAW PICKUP", "{P|OKAFOR, ROBERT}", "{PH|217.555.0164}", "{AD|1423 W MAPLE AVE APT 3C}"),
        ("", "WHITE FORD PICKUP EB ALLEY", "{P|OKAFOR, ROBERT}", "", ""),
        ("2S02 {OF|WALSH}", "ON SCENE", "", "", maple),
        ("2A14 {OF|REYES}", "PLATE {PL|DX 48213} - PARTIAL", "", "", ""),
        ("", "CALL RECEIVED: SUSP PERSON", "{P|DIAZ, ROSA}", "{PH|217-555-0108}", "ALLEY 1400 BLK W MAPLE"),
        ("3B07 {OF|PHELPS}", "DISPATCHED", "", "", "ALLEY 1400 BLK W MAPLE"),
        ("3B07 {OF|PHELPS}", "GOA - NO CONTACT", "", "", ""),
        ("", "DAUGHTER CALLING FOR STATUS", "{P|CHEN, EMILY}", "{PH|217-555-0187}", ""),
        ("2S02 {OF|WALSH}", "LATENT LIFTED, ENRT STATION", "", "", ""),
        ("2A14 {OF|REYES}", "CLEAR - REPORT TO FOLLOW", "", "", ""),
    ]
    t = 22 * 3600 + 14 * 60 + 37
    for unit, event, caller, phone, loc in rows:
        stamp = f"{t // 3600:02d}:{t % 3600 // 60:02d}:{t % 60:02d}"
        r.row(list(zip(w, [stamp, unit, event, caller, phone, loc], strict=True)), font="helv", size=9, height=17)
        t += rng.randint(25, 420)
    r.space(14)
    r.para("Operator: {OF|Disp. J. Moreno} {BG|#D-41}   Printed by records unit for case file. "
           "Times are local (CDT).", "cour", 9, 1.3)
    return r


def property_report() -> Report:
    r = Report("property_evidence_007", "Property and Evidence Report 2024-002210",
               header=spd_header("PROPERTY / EVIDENCE", "2024-002210"), margins=(50, 56, 50, 64))
    r.new_page()
    f, s = "helv", 10
    r.line("Offense: {OFN|Robbery - Armed}     Occurred: {DT|03/14/2024 at 2130 hours}", f, s, 1.4)
    r.line("Booked by: {OF|Ofc. Rebecca Stone} {BG|#3308}     Booking Date: 03/19/2024", f, s, 1.4)
    r.space(6)
    r.line("VEHICLE", "hebo", 10, 1.4)
    w = [110, 402]
    for label, value in [
        ("Year / Make / Model", "2013 Volkswagen Jetta, dark blue, 4-door"),
        ("License Plate", "{PL|CT 55190}  (Illinois, exp. 09/2024)"),
        ("VIN", "{VIN|3VWDP7AJ7DM392018}"),
        ("Registered Owner", "{P|NGUYEN, THANH V.}"),
        ("Owner Address", "{AD|640 N Grand Ave W, Springfield, IL 62702}"),
        ("Owner Phone", "{PH|217-555-0129}"),
        ("Location Towed", "1100 block E Cook St  -  tow by Capitol City Towing"),
    ]:
        r.row([(w[0], label), (w[1], value)], label_font="hebo", size=9.5, height=17)
    r.space(10)
    r.line("PROPERTY ITEMS", "hebo", 10, 1.4)
    cw = [34, 190, 110, 100, 78]
    r.row(list(zip(cw, ["Item", "Description", "Serial / ID", "Owner", "Disposition"], strict=True)),
          font="hebo", size=9, height=16, fill=(0.87, 0.87, 0.87))
    items = [
        ("1", "Gray hooded sweatshirt, size L", "-", "{P|Carter}", "Lab - trace"),
        ("2", "Energy drink cans (2)", "-", "-", "Lab - prints"),
        ("3", "Receipt, Quik-Stop Market", "TX 0314-2131", "-", "Evidence"),
        ("4", "Black BB pistol, Crosman", "S/N 22K81734", "{P|Carter}", "Evidence"),
        ("5", "Phone, Samsung Galaxy A14", "IMEI 35 281911 004417 3", "{P|Carter}", "Hold - warrant"),
        ("6", "Bill of sale (handwritten)", "-", "{P|Nguyen}", "Evidence"),
    ]
    for row in items:
        r.row(list(zip(cw, row, strict=True)), font="helv", size=9, height=16)
    r.space(12)
    r.line("CHAIN OF CUSTODY", "hebo", 10, 1.4)
    n = dict(font="tiro", size=10.5, leading=1.25)
    r.para(
        "Items 1 through 6 were recovered from the vehicle by {OF|Det. Ana Lopez} {BG|#3012} and "
        "{OF|Sgt. Karen Walsh}, {BG|Badge 2190}, during the search warrant service on 03/19/2024 and handed "
        "to {OF|Ofc. Stone} at 1412 hours. {OF|Stone} sealed each item in a separate bag. The registered owner, "
        "{P|Thanh Nguyen}, was notified by phone at {PH|(217) 555-0129} that the vehicle is held as evidence; "
        "{P|Nguyen} stated that the car had been sold to {P|DeShawn Carter}. {P|Nguyen}'s bill of sale "
        "(item 6) lists the buyer's address as {AD|1109 E Cook St, Springfield, IL 62703} and is signed "
        "\"{P|D. Carter}\" in blue ink. Release of the vehicle requires approval of the investigator.",
        **n,
    )
    return r


# -- holdout (different styles; rule authors must not tune on these) ---------


def sheriff_two_column() -> Report:
    r = Report("sheriff_incident_h01", "Marlow County Sheriff's Office Incident MCSO-24-00417",
               margins=(50, 48, 50, 60))
    r.new_page()
    mid = r.width / 2 + 20
    y = r.y
    r.write(r.left, y + 12, "{AG|MARLOW COUNTY SHERIFF'S OFFICE}", "tibo", 12)
    r.write(r.left, y + 26, "210 Courthouse Square", "tiro", 10)
    r.write(r.left, y + 39, "Harlan, Illinois 62950", "tiro", 10)
    r.write(r.left, y + 52, "Patrol Division - Incident Narrative", "tiit", 10)
    r.write(mid, y + 12, "Report #: {CN|MCSO-24-00417}", "tiro", 10)
    r.write(mid, y + 26, "Incident: {OFN|Theft from Motor Vehicle}", "tiro", 10)
    r.write(mid, y + 39, "Occurred: {DT|14 March 2024, 1930 hrs}", "tiro", 10)
    r.write(mid, y + 52, "Reported: 15 March 2024", "tiro", 10)
    page = r._page()
    page.draw_line((mid - 12, y + 2), (mid - 12, y + 58), color=(0, 0, 0), width=0.5)
    r.y += 64
    r.rule(1.5)
    r.y += 2
    r.line("COMPLAINANT  {P|Halvorsen, Ingrid}    D.O.B. {DOB|02-02-1975}    Tel. {PH|(217) 555-0166} ext. 204 (work)",
           "tiro", 10, 1.35)
    r.line("RESIDENCE    {AD|RR 2 Box 118, Harlan, IL 62950}", "tiro", 10, 1.35)
    r.line("VEHICLE      2018 Toyota Camry, silver, Illinois registration {PL|8841 JK}, VIN {VIN|2T1BURHE4JC065443}",
           "tiro", 10, 1.35)
    r.line("DEPUTY       {OF|Deputy Aaron Fisk} (ID {BG|S-117})", "tiro", 10, 1.35)
    r.space(6)
    n = dict(font="tiro", size=10.5, leading=1.4)
    r.para(
        "On {DT|14 March 2024, 1930 hrs} I was dispatched to the Harlan Community Center parking lot in "
        "reference to a vehicle burglary. I met the complainant, {P|Ingrid\nHalvorsen}, who stated she had "
        "parked her car at 1800 hours to attend a meeting. When she returned the front passenger window was "
        "broken and her purse, containing her wallet and a checkbook, was gone. {P|Halvorsen} paid for the "
        "meeting room in {TR|advance} with a check from the same checkbook.",
        **n,
    )
    r.para(
        "{P|Halvorsen} told me that a man named {P|Carl Vance} had been sitting in a pickup near her car when "
        "she arrived. She knows {P|Vance} from church. {P|Vance}'s pickup was gone when she came back out. "
        "I spoke with the center's custodian, {P|Wesley\nPruitt}, who stated he saw a man walk between the "
        "rows of cars at about 1900 hours. {P|Pruitt} could not describe the man's face. {P|Pruitt} can be "
        "reached at {PH|217-555-0175}, extension 12, during business hours.",
        **n,
    )
    r.para(
        "On 15 March 2024 I located {P|Vance} at his home, {AD|4410 County Road 900 N, Harlan, IL 62950}. "
        "{P|Vance} denied any involvement and consented to a search of his pickup, which found nothing. "
        "{P|Halvorsen}'s bank reported two checks were {TR|advanced} for cash at a Marion store on "
        "March 15, 2024. Stills from the store camera were requested. {OF|Fisk} will follow up. "
        "Supervisor: {OF|Sgt. Dana Kowalczyk} ({BG|ID S-042}).",
        **n,
    )
    return r


def teletype() -> Report:
    r = Report("teletype_atl_h02", "Attempt to Locate - Springfield PD", margins=(54, 54, 54, 60))
    r.new_page()
    n = dict(font="cour", size=10, leading=1.2, after=2.0)
    r.para("*** LEADS ADMINISTRATIVE MESSAGE ***", **n)
    r.para("FROM: {AG|SPRINGFIELD PD} COMMUNICATIONS  ORI IL0841200", **n)
    r.para("TO:   ALL AGENCIES SANGAMON AND MARLOW COUNTIES", **n)
    r.para("DATE: 20 MAR 2024  TIME: 0715", **n)
    r.para("SUBJ: ATTEMPT TO LOCATE - {OFN|ARMED ROBBERY} SUSPECT", **n)
    r.para("REF:  CASE {CN|2024-002210}", after=10, font="cour", size=10, leading=1.2)
    r.para("SUBJ/{P|CARTER, DESHAWN LAMAR}  SEX/M  RACE/B  DOB/{DOB|19960817}", **n)
    r.para("SOC/{SSN|531278846}  OLN/{DL|C61422907315} IL", **n)
    r.para("HGT/510  WGT/165  HAI/BLK  EYE/BRO  SMT/TAT STAR UNDER L EYE", **n)
    r.para("ADDR/{AD|1109 E COOK ST SPRINGFIELD IL 62703}", **n)
    r.para("VEH/2013 VOLK JETTA BLU  LIC/{PL|CT55190} IL  VIN/{VIN|3VWDP7AJ7DM392018}", after=10, font="cour",
           size=10, leading=1.2)
    m = dict(font="cour", size=10, leading=1.3)
    r.para(
        "ON {DT|MARCH 14, 2024 AT 2130 HRS} SUBJ {P|CARTER} ENTERED THE QUIK-STOP MARKET 2200 S MACARTHUR "
        "BLVD AND ROBBED CLERK {P|SOFIA BELLAMY} WITH A BLACK HANDGUN (LATER FOUND TO BE A BB PISTOL). "
        "WITNESS {P|MARCUS LEE} SAW SUBJ {TR|FLEEING} NB ON FOOT TO A WAITING BLU JETTA. {P|LEE} DESCRIBED "
        "THE DRIVER AS A W/F 20-25 YRS. {P|CARTER} WAS IDENTIFIED BY PHOTO ARRAY. SUBJ {P|CARTER}'S "
        "MOTHER {P|WANDA\nCARTER} ADVISED SUBJ MAY BE STAYING WITH A FRIEND, {P|JERMAINE OKAFOR}, PH "
        "{PH|217-555-0114}, NO ADDRESS KNOWN.",
        **m,
    )
    r.para(
        "SUBJ IS ON PAROLE. USE CAUTION - SUBJ WAS {TR|FLEEING} ON FOOT WHEN LAST ARRESTED IN 2022. "
        "IF LOCATED HOLD AND CONTACT {OF|DET. A. LOPEZ} {BG|#3012} OR {OF|SGT. K. WALSH} {BG|#2190}, "
        "{AG|SPRINGFIELD POLICE DEPARTMENT}. WARRANT NO. 24-CF-0388 CONFIRMED 19 MAR 2024.",
        **m,
    )
    r.para("AUTH: {OF|LT. R. HAYES} {BG|#1187}   MSG NR 0412   END OF MESSAGE", **m)
    return r


def roster_report() -> Report:
    r = Report("riverton_roster_h03", "Riverton PD Persons Interviewed RPD-2024-0331", margins=(58, 52, 58, 60))
    r.new_page()
    r.write(r.left, r.y + 12, "{AG|Riverton Police Department}", "hebo", 12)
    r.write(r.left, r.y + 27, "Investigations Bureau  -  Persons Interviewed and Summary", "helv", 10)
    r.y += 36
    r.rule(0.6)
    r.line("Case: {CN|RPD-2024-0331}     Offense: {OFN|Criminal Trespass to Residence}", "helv", 10, 1.4)
    r.line("Date of Offense: {DT|March 14, 2024}     Lead: {OF|Brandt, Sgt. Helen} ({BG|Badge 118})", "helv", 10, 1.4)
    r.space(6)
    w = [150, 82, 96, 168]
    r.row(list(zip(w, ["Name (Last, First)", "Role", "Date of Birth", "Contact"], strict=True)), font="hebo",
          size=9.5, height=17, fill=(0.9, 0.9, 0.9))
    people = [
        ("{P|Okonkwo, Chidi}", "Complainant", "{DOB|March 2, 1990}", "{PH|(217) 555-0171} x12"),
        ("{P|Rose, Ellen}", "Witness", "{DOB|10 July 1968}", "{PH|217-555-0149}"),
        ("{P|Pham, Minh}", "Witness", "{DOB|1983-11-25}", "{EM|minh.pham@example.net}"),
        ("{P|Kessler, Brian T.}", "Suspect", "{DOB|January 9, 1999}", "{PH|217.555.0112}"),
        ("{P|Kessler, Ava}", "Juvenile", "{DOB|6 May 2009}", "c/o parent"),
        ("{OF|Brandt, Helen}", "Sgt. (lead)", "-", "{BG|Badge 118}"),
        ("{OF|Ibarra, Luis}", "Officer", "-", "{BG|Badge 205}"),
    ]
    for row in people:
        r.row(list(zip(w, row, strict=True)), font="helv", size=9.5, height=17)
    r.space(12)
    n = dict(font="helv", size=10, leading=1.25)
    r.para(
        "Summary. On {DT|March 14, 2024} {P|Okonkwo} returned to his rented house at {AD|58 Ferry Rd, Riverton, IL 62561} "
        "and found a man in the garage. The man fled through the side yard. {P|Okonkwo} later picked "
        "{P|Kessler} out of a photo lineup. {P|Rose}, who lives across the street, stated a dispute "
        "{TR|arose} between the two men last fall over a fence. {P|Rose} saw a red hatchback leave at speed; "
        "she wrote down the plate, {PL|Illinois AX 31277}, and gave the note to {OF|Ibarra}.",
        **n,
    )
    r.para(
        "{P|Pham}, a delivery driver, saw a young woman waiting in the hatchback. {P|Kessler}'s sister "
        "{P|Ava} is 14 and the hatchback is registered to their father. When interviewed at home on "
        "March 16, 2024, {P|Kessler} said the argument that {TR|arose} last fall was settled and that he went "
        "to the garage to collect his own tools. {OF|Brandt} noted no tools were found in the hatchback. "
        "{P|Okonkwo} was given the case number and asked to call {OF|Ibarra} at the station with any "
        "additional information. Status: referred to the City Attorney.",
        **n,
    )
    return r


def memo() -> Report:
    r = Report("riverton_memo_h04", "Riverton PD Memorandum RPD-2024-0347", margins=(72, 60, 72, 66))
    r.new_page()
    r.line("{AG|RIVERTON POLICE DEPARTMENT}", "tibo", 12, 1.5)
    r.line("INTEROFFICE MEMORANDUM", "tiro", 12, 1.8)
    m = dict(font="tiro", size=12, leading=1.5)
    r.line("TO:        Chief of Police", **m)
    r.line("FROM:      {OF|Lt. Samuel Achebe}, {BG|Badge 64}", **m)
    r.line("DATE:      18 March 2024", **m)
    r.line("RE:        {CN|RPD-2024-0347}  -  {OFN|Theft Over $500}, occurred {DT|14 March 2024}", **m)
    r.rule(0.8)
    r.para(
        "This memo summarizes the theft reported at the Riverside Laundromat. The owner, {P|Noah Ash}, "
        "reports that the coin boxes of four washers were emptied overnight and that about $900 in {TR|cash} "
        "is missing. {P|Ash} gave his cell phone as {PH|217-555-0158} and his office line as "
        "{PH|(217) 555-0100}, extension 3. His home address is {AD|12 Elm Ct, Riverton, IL 62561}.",
        **m,
    )
    r.para(
        "A former employee, {P|Rebecca\nMontgomery-Diaz}, born {DOB|14 March 1990}, still had a key to the back "
        "door. {P|Montgomery-Diaz} told {OF|Officer Gail Tran} that she returned the key in January, but "
        "{P|Ash} has no record of it. Her email is {EM|rmdiaz90@example.com}. {P|Ash}'s manager, "
        "{P|Felix Ortiz}, confirmed the {TR|cash} was counted at closing on March 13, 2024.",
        **m,
    )
    r.para(
        "{OF|Tran} recommends that the detective unit obtain the laundromat's camera footage and the "
        "card-access log. I concur. Please contact me with questions.",
        **m,
    )
    return r


# ---------------------------------------------------------------------------


def build_all(out: Path) -> list[Path]:
    """Build every document into ``out`` (and ``out/holdout``), self-check, return the PDF paths."""
    rng = random.Random(SEED)
    sets: list[tuple[Path, list[Report]]] = [
        (out, [incident_report(), arrest_report(), witness_statement(), supplemental(), multipage(),
               dispatch_log(rng), property_report()]),
        (out / "holdout", [sheriff_two_column(), teletype(), roster_report(), memo()]),
    ]
    written, problems = [], []
    for folder, reports in sets:
        for rep in reports:
            pdf = rep.save(folder)
            truth = json.loads((folder / f"{rep.name}.truth.json").read_text(encoding="utf-8"))
            problems += check(pdf, truth)
            written.append(pdf)
    if problems:
        raise SystemExit("ground-truth self-check FAILED:\n  " + "\n  ".join(problems))
    return written


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent,
                    help="output folder (default: the folder of this script)")
    args = ap.parse_args(argv)
    for pdf in build_all(args.out):
        truth = json.loads(pdf.with_suffix("").with_suffix(".truth.json").read_text(encoding="utf-8"))
        with pymupdf.open(pdf) as d:
            pages = d.page_count
        print(f"{pdf}: {pages} page(s), {len(truth['items'])} items")
    print("self-check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
