#!/usr/bin/env python
"""Fourth blind evaluation set for redactkit: 11 fictional US law-enforcement records.

Written blind on 2026-12-07 without reading the tool's source, rules, tests, benchmarks,
tuning/holdout samples or earlier blind documents.  Only the truth *format* (schema, box
convention, self-checks) and the PyMuPDF layout/determinism technique follow
sample_docs/README.md and sample_docs/blind3.  Deterministic: fixed seed, fixed metadata
dates, no new file ID -> two runs are byte-identical.

    /work/main/.venv/bin/python make_blind4.py            # writes beside this file
    /work/main/.venv/bin/python make_blind4.py --out DIR

Markup: ``{CODE:text}`` is one truth item; ``{CODE!:text}`` also demands that the layout
wraps the item over a line break; ``|`` is an invisible break opportunity; ``~`` is a space
the line breaker may not use; ``\\n`` is a hard line break (inside an item: a multi-line item).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

import pymupdf as fitz

SEED = 20261207
FIXED_DATE = "D:20261207090000+00'00'"

CODES = {
    "P": "PERSON", "S": "SSN", "PH": "PHONE", "E": "EMAIL", "D": "DOB", "A": "ADDRESS",
    "DL": "DRIVER_LICENSE", "PL": "PLATE", "V": "VIN",
    "O": "OFFICER", "B": "BADGE", "AG": "AGENCY", "C": "CASE_NUMBER", "OF": "OFFENSE",
    "ID": "INCIDENT_DATE", "T": "TRAP_WORD", "PP": "PUBLIC_PLACE",
}
REDACT = {"PERSON", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS", "DRIVER_LICENSE", "PLATE", "VIN"}
TAG = re.compile(r"\{([A-Z]+)(!?):([^{}]*)\}")
SOFT, NBSP_MARK, HARD = "\x01", "\x02", "\n"
GRAY = (0.35, 0.35, 0.35)
DARKRED = (0.45, 0.05, 0.05)
GREEN = (0.05, 0.30, 0.18)
BLUE = (0.08, 0.18, 0.55)
LIGHT = (0.90, 0.90, 0.90)
TINT = (0.93, 0.95, 0.99)
NAVY = (0.07, 0.16, 0.40)

rng = random.Random(SEED)

# ------------------------------------------------------------------ VINs
_VAL = {**{str(d): d for d in range(10)},
        **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
        "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
_WT = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_digit(v):
    r = sum(_VAL[c] * w for c, w in zip(v, _WT)) % 11
    return "X" if r == 10 else str(r)


def make_vin(prefix8, year_plant):
    v = prefix8 + "0" + year_plant + "".join(rng.choice("0123456789") for _ in range(6))
    assert len(v) == 17 and not set("IOQ") & set(v), v
    return v[:8] + vin_digit(v) + v[9:]


def vin_ok(v):
    return len(v) == 17 and not set("IOQ") & set(v) and v[8] == vin_digit(v)


# ------------------------------------------------------------------ fonts and widths
_FONTOBJ, _W = {}, {}


def fontobj(name):
    if name not in _FONTOBJ:
        _FONTOBJ[name] = fitz.Font(name)
    return _FONTOBJ[name]


def needs_uni(s):
    return any(ord(c) > 0xFF for c in s)


def tlen(s, font, size, uni=None):
    if uni is None:
        uni = needs_uni(s)
    tot = 0.0
    for c in s:
        k = (c, font, uni)
        if k not in _W:
            if uni:
                _W[k] = fontobj(font).text_length(c, fontsize=1000.0)
            else:
                _W[k] = fitz.get_text_length(c, fontname=font, fontsize=1000.0)
        tot += _W[k]
    return tot * size / 1000.0


def collapse(s):
    return re.sub(r"[ \n]+", " ", s).strip()


# ------------------------------------------------------------------ markup
def parse(markup):
    chars, items, pos = [], [], 0
    for m in TAG.finditer(markup):
        chars += [(c, None) for c in markup[pos:m.start()]]
        code, bang, body = m.groups()
        if code not in CODES:
            raise ValueError(f"unknown code {code!r} in {markup!r}")
        k = len(items)
        items.append((CODES[code], collapse(body.replace("|", "").replace("~", " ")), bool(bang)))
        chars += [(SOFT if c == "|" else NBSP_MARK if c == "~" else c, k) for c in body]
        pos = m.end()
    chars += [(c, None) for c in markup[pos:]]
    if any(c in "{}" for c, _ in chars):
        raise ValueError(f"stray brace: {markup!r}")
    words, cur, sep = [], [], ""
    for c, t in chars:
        if c in (" ", SOFT, HARD):
            if cur:
                words.append((sep, cur))
            cur, sep = [], (" " if c == " " else "")
            if c == HARD:
                words.append(None)
            continue
        cur.append((" " if c == NBSP_MARK else c, t))
    if cur:
        words.append((sep, cur))
    return words, items


def line_text(ln):
    return "".join(c for c, _ in ln)


def wrap(words, font, size, width, indent=0.0):
    lines, cur = [], []
    for w in words:
        if w is None:
            lines.append(cur)
            cur = []
            continue
        sep, ch = w
        cand = cur + ([(" ", None)] if cur and sep else []) + ch
        avail = width - (indent if not lines else 0.0)
        if cur and tlen(line_text(cand), font, size) > avail:
            lines.append(cur)
            cur = list(ch)
        else:
            cur = cand
    if cur:
        lines.append(cur)
    return lines


class Doc:
    def __init__(self, name, title):
        self.name, self.title = name, title
        self.pdf = fitz.open()
        self.items = []
        self._ufonts = set()

    def new_page(self, w=612, h=792):
        self.pdf.new_page(width=w, height=h)
        return len(self.pdf) - 1

    def page(self, i):
        return self.pdf[i]

    def register(self, items):
        gmap = {}
        for k, (cat, text, _) in enumerate(items):
            gmap[k] = len(self.items)
            self.items.append({"text": text, "category": cat,
                               "action": "redact" if cat in REDACT else "keep", "_boxes": []})
        return gmap

    def layout(self, markup, font, size, width, indent=0.0):
        words, items = parse(markup)
        want = [k for k, it in enumerate(items) if it[2]]
        w = width
        while True:
            lines = wrap(words, font, size, w, indent)
            if all(sum(any(t == k for _, t in ln) for ln in lines) >= 2 for k in want):
                return lines, items
            w -= 0.5
            if w < width - 200:
                raise RuntimeError(f"cannot force a wrap in {markup[:80]!r}")

    def draw_line(self, pno, x, base, line, font, size, gmap, color=(0, 0, 0)):
        text = line_text(line)
        if not text:
            return
        uni = needs_uni(text)
        pg = self.page(pno)
        if uni:
            fname = "U" + font
            if (pno, fname) not in self._ufonts:
                pg.insert_font(fontname=fname, fontbuffer=fontobj(font).buffer)
                self._ufonts.add((pno, fname))
            pg.insert_text((x, base), text, fontname=fname, fontsize=size, color=color)
        else:
            pg.insert_text((x, base), text, fontname=font, fontsize=size, color=color)
        spans = {}
        for i, (_, t) in enumerate(line):
            if t is not None:
                a, b = spans.get(t, (i, i))
                spans[t] = (min(a, i), max(b, i))
        for t, (a, b) in spans.items():
            x0 = x + tlen(text[:a], font, size, uni)
            x1 = x + tlen(text[:b + 1], font, size, uni)
            bb = [round(x0, 3), round(base - 0.80 * size, 3), round(x1, 3), round(base + 0.22 * size, 3)]
            self.items[gmap[t]]["_boxes"].append({"page": pno, "bbox": bb})

    def draw_lines(self, pno, x, y_top, width, lines, items, font, size, lead, color=(0, 0, 0),
                   align="left"):
        gmap = self.register(items)
        base = y_top + size
        for ln in lines:
            xx = x
            lw = tlen(line_text(ln), font, size)
            if align == "center":
                xx = x + (width - lw) / 2
            elif align == "right":
                xx = x + width - lw
            self.draw_line(pno, xx, base, ln, font, size, gmap, color)
            base += size * lead
        return base - size * lead + size * 0.35

    def text(self, pno, x, y_top, width, markup, font="helv", size=10, lead=1.25,
             color=(0, 0, 0), align="left"):
        lines, items = self.layout(markup, font, size, width)
        return self.draw_lines(pno, x, y_top, width, lines, items, font, size, lead, color, align)

    def finish(self, outdir: Path):
        self.pdf.set_metadata({
            "title": self.title, "author": "Synthetic (fictional) record",
            "subject": "redactkit blind evaluation set 4", "keywords": "",
            "creator": "blind4/make_blind4.py", "producer": "PyMuPDF",
            "creationDate": FIXED_DATE, "modDate": FIXED_DATE,
        })
        pdf_path = outdir / f"{self.name}.pdf"
        self.pdf.save(pdf_path, garbage=4, deflate=True, no_new_id=True)
        out = []
        for i, it in enumerate(self.items):
            boxes = it.pop("_boxes")
            assert boxes, it
            rec = {"id": i, "text": it["text"], "category": it["category"], "action": it["action"],
                   "page": boxes[0]["page"], "bbox": boxes[0]["bbox"]}
            if len(boxes) > 1:
                rec["parts"] = boxes
            out.append(rec)
        truth = {"document": pdf_path.name, "title": self.title, "items": out}
        (outdir / f"{self.name}.truth.json").write_text(
            json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        return pdf_path, truth


class Flow:
    """Paragraphs flowing through frames (page, x0, x1, top, bottom); more() adds frames."""

    def __init__(self, doc, frames, more=None):
        self.doc, self.frames, self.more = doc, list(frames), more
        self.fi = 0
        self.y = self.frames[0][3]

    @property
    def frame(self):
        return self.frames[self.fi]

    @property
    def pno(self):
        return self.frame[0]

    def next_frame(self):
        self.fi += 1
        if self.fi >= len(self.frames):
            self.frames += self.more()
        self.y = self.frame[3]

    def para(self, markup, font="tiro", size=10.5, lead=1.3, indent=0.0, after=0.55,
             color=(0, 0, 0), align="left", keep=2, label=None, label_w=0.0, label_color=(0, 0, 0)):
        """label: [(dx, markup, font)] drawn on the first line; the body hangs at x0 + label_w."""
        pno, x0, x1, top, bottom = self.frame
        lines, items = self.doc.layout(markup, font, size, x1 - x0 - label_w, indent)
        gmap = self.doc.register(items)
        pitch = size * lead
        if self.y + pitch * min(keep, len(lines)) > bottom:
            self.next_frame()
        for k, ln in enumerate(lines):
            if self.y + pitch > self.frame[4]:
                self.next_frame()
            pno, x0, x1, top, bottom = self.frame
            xx = x0 + label_w + (indent if k == 0 else 0.0)
            if align == "center":
                xx = x0 + (x1 - x0 - tlen(line_text(ln), font, size)) / 2
            base = self.y + size
            if k == 0 and label is not None:
                for dx, lab, lf in label:
                    llines, litems = self.doc.layout(lab, lf, size, 400)
                    assert len(llines) == 1, lab
                    lg = self.doc.register(litems)
                    self.doc.draw_line(pno, x0 + dx, base, llines[0], lf, size, lg, label_color)
            self.doc.draw_line(pno, xx, base, ln, font, size, gmap, color)
            self.y += pitch
        self.y += size * after

    def space(self, h):
        self.y += h

    def need(self, h):
        if self.y + h > self.frame[4]:
            self.next_frame()


def hline(doc, pno, x0, y, x1, width=0.6, color=(0, 0, 0)):
    doc.page(pno).draw_line((x0, y), (x1, y), color=color, width=width)


def rect(doc, pno, r, width=0.6, fill=None, color=(0, 0, 0)):
    doc.page(pno).draw_rect(fitz.Rect(r), color=color, width=width, fill=fill)


def field(doc, pno, x0, y0, x1, y1, label, value="", vfont="helv", vsize=9, lsize=6, lead=1.2,
          color=(0, 0, 0), shade=None):
    """Boxed cell: small grey label at the top, value below (may wrap)."""
    rect(doc, pno, (x0, y0, x1, y1), width=0.6, fill=shade)
    doc.text(pno, x0 + 2, y0 + 1.3, x1 - x0 - 4, label, font="helv", size=lsize, lead=1.1, color=GRAY)
    if value:
        lines, items = doc.layout(value, vfont, vsize, x1 - x0 - 7)
        top = y0 + lsize + 3.2
        assert top + len(lines) * vsize * lead - vsize * (lead - 1) <= y1 + 0.5, (label, value)
        doc.draw_lines(pno, x0 + 3.5, top, x1 - x0 - 7, lines, items, vfont, vsize, lead, color)


def side_field(doc, pno, x0, y0, x1, y1, label, value, lw, lfont="hebo", vfont="helv", size=8.5,
               lshade=LIGHT):
    rect(doc, pno, (x0, y0, x0 + lw, y1), width=0.5, fill=lshade)
    rect(doc, pno, (x0 + lw, y0, x1, y1), width=0.5)
    doc.text(pno, x0 + 3, y0 + 2.5, lw - 6, label, font=lfont, size=size - 1, lead=1.1)
    lines, items = doc.layout(value, vfont, size, x1 - x0 - lw - 6)
    assert y0 + 2.5 + len(lines) * size * 1.18 <= y1 + 2, (label, value)
    doc.draw_lines(pno, x0 + lw + 3, y0 + 2.5, x1 - x0 - lw - 6, lines, items, vfont, size, 1.18)


def kv(doc, pno, x, y, label, value, lw, lfont="hebo", vfont="helv", size=9, width=250, lead=1.2):
    """Label and value on the same baseline (no boxes); value may wrap under itself."""
    doc.text(pno, x, y, lw, label, font=lfont, size=size)
    return doc.text(pno, x + lw, y, width - lw, value, font=vfont, size=size, lead=lead)


def table(doc, pno, x, y, cols, header, rows, font="helv", size=8, lead=1.2, pad=2.5,
          hfont="hebo", hsize=7.5, shade=None, fonts=None, bottom=None, on_break=None, hfill=LIGHT):
    def draw_header(pno, y):
        if not header:
            return y
        hl = [doc.layout(h, hfont, hsize, w - 2 * pad) for w, h in zip(cols, header)]
        n = max(len(h[0]) for h in hl)
        h = n * hsize * 1.15 + 2 * pad
        xx = x
        for w, (lines, items) in zip(cols, hl):
            rect(doc, pno, (xx, y, xx + w, y + h), width=0.5, fill=hfill)
            doc.draw_lines(pno, xx + pad, y + pad, w - 2 * pad, lines, items, hfont, hsize, 1.15)
            xx += w
        return y + h

    y = draw_header(pno, y)
    for ri, row in enumerate(rows):
        lays = []
        for ci, (w, m) in enumerate(zip(cols, row)):
            f = fonts[ci] if fonts and fonts[ci] else font
            lays.append((f,) + doc.layout(m, f, size, w - 2 * pad))
        n = max(len(lay[1]) for lay in lays)
        h = n * size * lead + 2 * pad - size * (lead - 1) + 1.5
        if bottom is not None and y + h > bottom:
            pno, y = on_break()
            y = draw_header(pno, y)
        xx = x
        for w, (f, lines, items) in zip(cols, lays):
            fill = shade if (shade and ri % 2 == 1) else None
            rect(doc, pno, (xx, y, xx + w, y + h), width=0.4, fill=fill)
            doc.draw_lines(pno, xx + pad, y + pad, w - 2 * pad, lines, items, f, size, lead)
            xx += w
        y += h
    return pno, y


def checkbox(doc, pno, x, y, checked, size=7):
    rect(doc, pno, (x, y, x + size, y + size), width=0.5)
    if checked:
        doc.page(pno).insert_text((x + 1.2, y + size - 1.1), "X", fontname="hebo", fontsize=size - 0.5)


def footer(d, pno, left, right, L=54, R=558, y=762, font="helv"):
    hline(d, pno, L, y - 6, R, width=0.4, color=GRAY)
    d.text(pno, L, y - 2, R - L, left, font=font, size=7, color=GRAY)
    d.text(pno, L, y - 2, R - L, right, font=font, size=7, color=GRAY, align="right")


# ================================================================== checks
def norm(s):
    return "".join(s.split())


def check(pdf_path: Path, truth: dict):
    doc = fitz.open(pdf_path)
    errors = []
    glyphs = {}
    for pno in range(len(doc)):
        g = []
        for blk in doc[pno].get_text("rawdict")["blocks"]:
            for ln in blk.get("lines", []):
                for sp in ln["spans"]:
                    for ch in sp["chars"]:
                        x0, y0, x1, y1 = ch["bbox"]
                        g.append(((x0 + x1) / 2, (y0 + y1) / 2, ch["c"]))
        glyphs[pno] = g
    boxes = []
    for it in truth["items"]:
        tag = f"{truth['document']} #{it['id']} {it['text']!r}"
        parts = it.get("parts") or [{"page": it["page"], "bbox": it["bbox"]}]
        if it["page"] != parts[0]["page"] or it["bbox"] != parts[0]["bbox"]:
            errors.append(f"{tag}: page/bbox differ from the first part")
        tb, shrunk, centre = "", "", ""
        for part in parts:
            r = fitz.Rect(part["bbox"])
            pg = doc[part["page"]]
            if not pg.rect.contains(r):
                errors.append(f"{tag}: box off page")
            tbp = pg.get_textbox(fitz.Rect(r.x0 - 1, r.y0 - 1, r.x1 + 1, r.y1 + 1)) or ""
            cp = "".join(c for x, y, c in glyphs[part["page"]] if r.x0 <= x <= r.x1 and r.y0 <= y <= r.y1)
            if not cp.strip() or norm(cp) not in norm(tbp):
                errors.append(f"{tag}: part glyphs {cp!r} not in get_textbox {tbp!r}")
            tb += tbp
            shrunk += pg.get_text("text", clip=fitz.Rect(r.x0 + 1, r.y0 + 1, r.x1 - 1, r.y1 - 1))
            centre += cp
            boxes.append((part["page"], r, it["id"]))
        if len(parts) == 1 and norm(it["text"]) not in norm(tb):
            errors.append(f"{tag}: get_textbox(expanded) gives {tb!r}")
        if norm(it["text"]) not in norm(shrunk):
            errors.append(f"{tag}: clip(shrunk) gives {shrunk!r}")
        if norm(centre) != norm(it["text"]):
            errors.append(f"{tag}: glyph centres spell {centre!r}")
        if it["category"] == "VIN" and not vin_ok(it["text"]):
            errors.append(f"{tag}: bad VIN check digit")
        if it["category"] not in CODES.values():
            errors.append(f"{tag}: unknown category")
        if it["action"] != ("redact" if it["category"] in REDACT else "keep"):
            errors.append(f"{tag}: action mismatch")
    for i in range(len(boxes)):
        for j in range(i + 1, len(boxes)):
            (pa, ra, ia), (pb, rb, ib) = boxes[i], boxes[j]
            if pa == pb and ia != ib:
                inter = fitz.Rect(ra) & rb
                if not inter.is_empty and inter.width > 0.01 and inter.height > 0.01:
                    errors.append(f"{truth['document']}: boxes of #{ia} and #{ib} overlap")
    return errors

# ================================================================== 1. Miranda waiver + interview excerpt
def doc_miranda(outdir):
    d = Doc("bfpd_miranda_interview_c01", "Brackenfield Police Department - Advice of Rights and Interview Excerpt")
    L, R = 60, 552
    p = d.new_page()
    d.text(p, L, 34, R - L, "{AG:BRACKENFIELD POLICE DEPARTMENT}", font="tibo", size=15, align="center")
    d.text(p, L, 53, R - L, "Investigations Division  \u00b7  {PP:2250 Foundry Street, Brackenfield, OR 97388}  \u00b7  "
           "{PP:(541) 555-0100}", font="tiro", size=8.5, align="center", color=GRAY)
    hline(d, p, L, 68, R, width=1.4)
    hline(d, p, L, 70.5, R, width=0.4)
    d.text(p, L, 80, R - L, "ADVICE OF RIGHTS AND WAIVER", font="tibo", size=12.5, align="center")
    d.text(p, L, 95, R - L, "(custodial interview \u2014 adult)", font="tiit", size=9, align="center")
    y = 116
    for a, b, c, e in [
        ("Case No.:", "{C:BPD-26-41177}", "Date:", "{ID:December 3, 2026}"),
        ("Person advised:", "{P:Oudekerk, Desmond Ray}", "Date of birth:", "{D:11/02/1994}"),
        ("Oregon DL:", "{DL:7730518}", "Telephone:", "{PH:541.555.0147}"),
        ("SSN:", "{S:541\u201383\u20130276}", "Height/weight:", "5'11\" / 170"),
    ]:
        kv(d, p, L, y, a, b, 92, lfont="tibo", vfont="tiro", size=10.5, width=260)
        kv(d, p, L + 270, y, c, e, 82, lfont="tibo", vfont="tiro", size=10.5, width=222)
        y += 17
    kv(d, p, L, y, "Home address:", "{A:3318 SE Fiddlehead Terrace, Apt 14, Brackenfield, OR 97389}", 92,
       lfont="tibo", vfont="tiro", size=10.5, width=R - L)
    y += 17
    kv(d, p, L, y, "Advised by:", "{O:Det. Yvonne Arceneaux}, badge {B:517}", 92, lfont="tibo", vfont="tiro",
       size=10.5, width=260)
    kv(d, p, L + 270, y, "Witness:", "{O:Det. Sgt. Ruben Kastelic} #{B:342}", 82, lfont="tibo", vfont="tiro",
       size=10.5, width=222)
    y += 26
    hline(d, p, L, y, R, width=0.5)
    y += 8
    d.text(p, L, y, 380, "Before we ask you any questions, you must understand your rights.", font="tibo", size=10.5)
    d.text(p, R - 60, y, 60, "Initials", font="tibo", size=9, align="right")
    y += 18
    rights = [
        "You have the right to remain silent.",
        "Anything you say can and will be used against you in a court of law.",
        "You have the right to talk to a lawyer and have a lawyer present while you are being questioned.",
        "If you cannot afford to hire a lawyer, one will be appointed to represent you before any "
        "questioning, if you wish.",
        "You can decide at any time to exercise these rights and not answer any questions or make any "
        "statements.",
    ]
    for i, r in enumerate(rights, 1):
        d.text(p, L, y, 20, f"{i}.", font="tiro", size=10.5)
        yy = d.text(p, L + 20, y, 380, r, font="tiro", size=10.5, lead=1.25)
        hline(d, p, R - 55, y + 12, R, width=0.4)
        d.text(p, R - 50, y, 45, "{P:DRO}", font="coit", size=11, color=BLUE)
        y = max(yy, y + 14) + 6
    y += 4
    d.text(p, L, y, R - L, "WAIVER OF RIGHTS", font="tibo", size=10.5)
    y += 16
    y = d.text(p, L, y, R - L,
               "I, {P:Desmond R. Oudekerk}, have read this statement of my rights, or it has been read to me, and "
               "I understand what my rights are. I am willing to make a {T:statement} and answer questions. I do "
               "not want a lawyer at this time. No promises or threats have been made to me and no pressure of "
               "any kind has been used against me. (Form BPD-112, the department's {T:Miranda} card, revised 2025.)",
               font="tiro", size=10.5, lead=1.35)
    y += 28
    d.text(p, L + 4, y - 16, 200, "{P:Desmond Oudekerk}", font="tiit", size=15, color=BLUE)
    hline(d, p, L, y + 2, L + 210, width=0.5)
    hline(d, p, L + 250, y + 2, R, width=0.5)
    d.text(p, L + 256, y - 13, 200, "1412 hrs", font="coit", size=11, color=BLUE)
    d.text(p, L, y + 5, 210, "Signature of person advised", font="helv", size=7, color=GRAY)
    d.text(p, L + 250, y + 5, 200, "Time waiver signed", font="helv", size=7, color=GRAY)
    y += 34
    d.text(p, L, y, R - L, "Advising officer: {O:Yvonne Arceneaux} {B:517}     Witness: {O:R. Kastelic} {B:342}",
           font="tiro", size=10)
    y += 22
    d.text(p, L, y, R - L,
           "Interview recorded (room 2, digital file BPD-26-41177-INT1). Related victim: {P:Miranda Quill}, "
           "unit 118 at {PP:Pinehollow Self Storage}. Offense under investigation: {OF:Burglary in the Second "
           "Degree} ({OF:ORS 164.215}) and {OF:Theft in the First Degree} ({OF:ORS 164.055}).",
           font="tiro", size=9.5, lead=1.3, color=GRAY)

    q = d.new_page()
    d.text(q, L, 30, R - L, "{C:BPD-26-41177}  \u2014  Interview of {P:D. Oudekerk}  \u2014  transcript excerpt",
           font="tiit", size=8.5, color=GRAY)
    hline(d, q, L, 43, R, width=0.5)
    d.text(q, L, 52, R - L, "INTERVIEW TRANSCRIPT (EXCERPT, PAGES 3\u20134 OF 19)", font="tibo", size=11,
           align="center")
    d.text(q, L, 68, R - L, "Q = {O:Det. Arceneaux}; Q2 = {O:Det. Sgt. Kastelic}; A = {P:Desmond Oudekerk}",
           font="tiro", size=9.5, align="center")
    fl = Flow(d, [(q, L, R, 88, 735)])
    n = [40]

    def qa(who, text):
        n[0] += 1
        fl.para(text, font="tiro", size=10.5, lead=1.45, after=0.25,
                label=[(0.0, f"{n[0]:3d}", "tiro"), (26.0, who, "tibo")], label_w=54)

    qa("Q", "Okay, {P:Desmond}, you understand you're not under arrest for anything else today, this is "
       "just about the storage place.")
    qa("A", "Yeah. I get it. I signed the paper.")
    qa("Q", "Tell me about the night of the twenty-ninth.")
    qa("A", "I was with {P:Cory}. {P:Corliss Tate}. We drove out to Pinehollow in {P:Tate}'s truck, the "
       "white Tacoma, Oregon plate {PL:874 KXR}. He said his aunt left him stuff in a unit and he lost the "
       "key. That was his whole {T:statement} to me.")
    qa("Q", "Did you know the unit belonged to {P:Ms.~Quill}?")
    qa("A", "No. I don't know any {P:Miranda}. I swear he said it was from his aunt's {T:estate}.")
    qa("Q2", "Where does {P:Cory} live?")
    qa("A", "Out past the feed store. {A:Rural Route 3, Box 61, Brackenfield}. His phone's "
       "{PH:541-555-0176} but he never picks up.")
    qa("Q", "Do you know his birthday, anything like that?")
    qa("A", "{D:May twenty-first, ninety-seven}. We had a party for him at my girlfriend's.")
    qa("Q", "And your girlfriend's name?")
    qa("A", "{P:No\u00eblle}. {P:No\u00eblle Brassard-Whitcombe}. She didn't have nothing to do with it. You can "
       "call her, {PH:(541) 555-0122}, or e-mail {E:noelle.bw@example.net}.")
    qa("Q2", "{P:TATE} told a deputy last year his name was {P:C. J. Tait}. {P:T-A-I-T}. Ever hear him use that?")
    qa("A", "Yeah, that's him. He does that.")
    qa("Q", "Where did the property go, {P:Desmond}?")
    qa("A", "Some of it's at my mom's, {A:902 Quarry View Drive}. The generator he sold at "
       "{PP:Brackenfield Pawn & Loan}. I'll show you.")
    qa("Q", "Okay. Let the record show it's 1447. We'll take a break.")
    footer(d, 0, "BPD-112 Advice of Rights (rev. 2025)", "Page 1 of 2", L=L, R=R, font="tiro")
    footer(d, 1, "Transcript prepared by Records; the recording controls.", "Page 2 of 2", L=L, R=R, font="tiro")
    return d.finish(outdir)


# ================================================================== 2. chain-of-custody form
def doc_custody(outdir):
    d = Doc("omcso_chain_of_custody_c02", "Ochre Mesa County Sheriff's Office - Evidence Chain of Custody")
    L, R = 36, 576
    p = d.new_page()
    rect(d, p, (L, 30, R, 62), width=0, fill=(0.12, 0.12, 0.12))
    d.text(p, L + 8, 35, 330, "{AG:OCHRE MESA COUNTY SHERIFF'S OFFICE}", font="hebo", size=12, color=(1, 1, 1))
    d.text(p, L + 8, 50, 330, "Property & Evidence Unit", font="helv", size=8, color=(1, 1, 1))
    d.text(p, R - 210, 36, 202, "EVIDENCE CHAIN OF CUSTODY", font="hebo", size=11, color=(1, 1, 1), align="right")
    d.text(p, R - 210, 50, 202, "Form OM-PE 14  (rev. 03/2025)", font="helv", size=7.5, color=(1, 1, 1),
           align="right")
    y, h = 70, 27
    cw = (R - L) / 4
    row = [("REPORT / DR NUMBER", "{C:OM26-008841}"), ("LAB REQUEST NO.", "{C:TCFL-26-11902}"),
           ("DATE COLLECTED", "{ID:11/28/2026}"), ("TIME", "2317")]
    for i, (lab, val) in enumerate(row):
        field(d, p, L + i * cw, y, L + (i + 1) * cw, y + h, lab, val, vfont="cour", vsize=9.5)
    y += h
    field(d, p, L, y, L + 2 * cw, y + h, "OFFENSE", "{OF:Aggravated Assault} / {OF:A.R.S. 13-1204}")
    field(d, p, L + 2 * cw, y, L + 3 * cw, y + h, "COLLECTED BY", "{O:Dep. Farrah Idowu}")
    field(d, p, L + 3 * cw, y, R, y + h, "BADGE / ID", "{B:1177}")
    y += h
    field(d, p, L, y, R, y + h, "LOCATION OF RECOVERY",
          "{A:6610 W Saguaro Flats Rd, Lot 44, Cholla Wells, AZ 85629} (backyard, beside the carport)")
    y += h
    hh = 36
    field(d, p, L, y, L + 2 * cw, y + hh, "VICTIM / OWNER OF PROPERTY",
          "{P:VILLASE\u00d1OR, \u00c1NGEL TOM\u00c1S}   DOB {D:02/17/1971}\nPh. {PH:(520) 555-0119}")
    field(d, p, L + 2 * cw, y, R, y + hh, "SUSPECT",
          "{P:Kimball-Oduya, Priscilla J.}   DOB {D:1989-07-30}\nAZ DL {DL:D04418273}   SSN {S:604-18-2259}")
    y += hh + 10
    d.text(p, L, y, R - L, "ITEMS", font="hebo", size=9)
    y += 12
    _, y = table(d, p, L, y, [40, 250, 130, 120], ["Item", "Description", "Packaging / seal", "Submitted by"], [
        ["1", "Folding knife, 3.5 in. blade, black handle, apparent blood on blade", "Knife tube, {T:sealed} "
         "evidence tape", "{O:Idowu} {B:1177}"],
        ["2", "Swab set (2) from blade, air-dried", "Envelope, {T:sealed}", "{O:Idowu} {B:1177}"],
        ["3", "Grey hooded sweatshirt, size M, collected from {P:Kimball-Oduya}", "Paper bag, {T:sealed}",
         "{O:Dep. Lorcan Tolliver} {B:1209}"],
        ["4", "Cell phone, Samsung, cracked screen; owner states number {PH:520 555 0168}", "Faraday bag",
         "{O:Tolliver} {B:1209}"],
        ["5", "Buccal swab, victim ({P:\u00c1. Villase\u00f1or}), consent form signed", "Envelope, {T:resealed} "
         "at lab", "{O:Idowu} {B:1177}"],
    ], font="helv", size=8.5, fonts=["cour", None, None, None], shade=(0.96, 0.96, 0.96))
    y += 14
    d.text(p, L, y, R - L, "CHAIN OF CUSTODY \u2014 every transfer must be signed", font="hebo", size=9)
    y += 12
    _, y = table(d, p, L, y, [40, 70, 130, 130, 170],
                 ["Item(s)", "Date / time", "Released by", "Received by", "Purpose"], [
        ["1\u20135", "11/28 2350", "{O:Dep. F. Idowu} {B:1177}", "Temp locker B-6", "Overnight storage"],
        ["1\u20135", "11/29 0810", "Temp locker B-6", "{O:ET Gloria Quintero-Paniagua} {B:E-31}", "Intake to property room"],
        ["1, 2, 5", "12/01 0925", "{O:ET G. Quintero-Paniagua} {B:E-31}", "{O:Criminalist Hae-won Bak}",
         "DNA analysis, {AG:Tri-County Forensic Laboratory}"],
        ["4", "12/02 1340", "{O:ET G. Quintero-Paniagua} {B:E-31}", "{O:Det. Anton Vasquez-Hale} {B:1044}",
         "Extraction under warrant {C:SW26-0712}"],
        ["3", "12/04 1115", "{O:ET G. Quintero-Paniagua} {B:E-31}", "Not released",
         "Request by {P:Priscilla Kimball-Oduya} denied; held"],
    ], font="helv", size=8.2, fonts=["cour", "cour", None, None, None])
    y += 14
    y = d.text(p, L, y, R - L,
               "Disposition note: Item 3 not released. Victim {P:\u00c1ngel Villase\u00f1or} asked by phone whether the "
               "phone (item 4) could be returned; it belongs to the suspect's brother, {P:Jarrah Kimball}, "
               "{A:1180 N Ironwood Ct, Apt 7, Cholla Wells, AZ 85629}, who may call {PP:(520) 555-0100} "
               "(property room). Do not release without a signed order from the {AG:Ochre Mesa County Attorney}. "
               "The victim was treated at {PP:Cholla Wells Community Hospital}. The 911 caller, neighbour {P:Imogen Seal} "
               "({PH:520-555-0131}), saw the knife dropped by the carport; {P:Seal}'s statement is attached.", font="helv", size=8.5, lead=1.3)
    y += 20
    for x0 in (L, L + 280):
        hline(d, p, x0, y + 12, x0 + 250, width=0.5)
    d.text(p, L + 2, y - 2, 250, "{O:G. Quintero-Paniagua}", font="tiit", size=13, color=BLUE)
    d.text(p, L, y + 15, 250, "Evidence technician (print / sign)", font="helv", size=7, color=GRAY)
    d.text(p, L + 280, y + 15, 250, "Supervisor review", font="helv", size=7, color=GRAY)
    footer(d, 0, "Ochre Mesa County Sheriff's Office \u2022 {PP:300 Courthouse Plaza, Cholla Wells, AZ 85629}",
           "Page 1 of 1", L=L, R=R)
    return d.finish(outdir)


# ================================================================== 3. animal-control bite report
def doc_bite(outdir):
    d = Doc("bcas_animal_bite_c03", "Bramlett County Animal Services - Animal Bite Report")
    L, R = 50, 562
    p = d.new_page()
    d.text(p, L, 32, 300, "{AG:BRAMLETT COUNTY ANIMAL SERVICES}", font="hebo", size=13, color=GREEN)
    d.text(p, L, 48, 300, "A division of the {AG:Bramlett County Sheriff's Office}", font="helv", size=8.5,
           color=GREEN)
    d.text(p, R - 220, 32, 220, "ANIMAL BITE / EXPOSURE REPORT", font="hebo", size=10.5, align="right")
    d.text(p, R - 220, 47, 220, "Report {C:PCAS-26-0937}   Health Dept. ref. {C:EH-26-2211}", font="helv",
           size=8.5, align="right")
    hline(d, p, L, 62, R, width=1.5, color=GREEN)
    y = 70
    kv(d, p, L, y, "Date of bite:", "{ID:Nov. 30, 2026}, approx. 1640", 80, width=250)
    kv(d, p, L + 262, y, "Officer:", "{O:ACO Lorena Batiste} ({B:AC-22})", 58, width=250)
    y += 14
    kv(d, p, L, y, "Location:", "side yard of {A:1457 Old Cowpen Road}", 80, width=250)
    kv(d, p, L + 262, y, "Assisting:", "{O:Dep. Cyrus Vangelder} #{B:436}", 58, width=250)
    y += 22

    def bar(y, t):
        rect(d, p, (L, y, R, y + 13), width=0, fill=GREEN)
        d.text(p, L + 4, y + 2, R - L, t, font="hebo", size=8.5, color=(1, 1, 1))
        return y + 19

    y = bar(y, "VICTIM (JUVENILE \u2014 CONFIDENTIAL)")
    c1, c2 = L, L + 262
    kv(d, p, c1, y, "Name:", "{P:Guidry, Aubree Lynn}", 70, width=255)
    kv(d, p, c2, y, "Age / sex:", "8 / F", 70, width=250)
    y += 14
    kv(d, p, c1, y, "Date of birth:", "{D:the 14th of March, 2018}", 70, width=255)
    kv(d, p, c2, y, "Parent:", "{P:Odalys Guidry} (mother)", 70, width=250)
    y += 14
    kv(d, p, c1, y, "Address:", "{A:1457 Old Cowpen Road\nHadley, GA 31021}", 70, width=255)
    kv(d, p, c2, y, "Home phone:", "{PH:478-555-0182}", 70, width=250)
    y += 14
    kv(d, p, c2, y, "Mother cell:", "{PH:4785550139}", 70, width=250)
    y += 14
    kv(d, p, c1, y, "Injury:", "two punctures, left calf; treated at {PP:Hadley Memorial Hospital} ED",
       70, width=R - L)
    y += 22
    y = bar(y, "ANIMAL OWNER / KEEPER")
    kv(d, p, c1, y, "Name:", "{P:O\u2019Dwyer, Fintan Cormac}", 70, width=255)
    kv(d, p, c2, y, "GA DL:", "{DL:058 214 933}", 70, width=250)
    y += 14
    kv(d, p, c1, y, "Address:", "{A:HC 62 Box 1190, Hadley, GA 31021}", 70, width=255)
    kv(d, p, c2, y, "Phone:", "{PH:(478) 555-0195} ext. 3 (work)", 70, width=250)
    y += 14
    kv(d, p, c1, y, "Date of birth:", "{D:8-5-1962}", 70, width=255)
    kv(d, p, c2, y, "E-mail:", "{E:fodwyer.hc62@example.com}", 70, width=250)
    y += 22
    y = bar(y, "ANIMAL")
    for a, b, c, e in [("Species:", "Dog", "Breed:", "Rottweiler mix"),
                       ("Name:", "\"Duke\"", "Sex / color:", "M neutered / black & tan"),
                       ("Rabies tag:", "2025-1148 (expired 09/2026)", "Veterinarian:", "{PP:Hadley Veterinary Hospital}"),
                       ("Quarantine:", "10 days, home (owner's kennel)", "Release due:", "12/10/2026")]:
        kv(d, p, c1, y, a, b, 70, width=255)
        kv(d, p, c2, y, c, e, 70, width=250)
        y += 14
    y += 8
    y = bar(y, "NARRATIVE")
    y = d.text(p, L, y, R - L,
               "{P:Aubree} was playing in her side yard when the dog came through a gap in the fence from the "
               "{P:O\u2019Dwyer} property, which adjoins at the rear. Neighbor {P:Lysander Hind} ({A:1463 Old Cowpen "
               "Road}; {PH:478.555.0114}) saw the dog come out from {T:behind} the toolshed, then "
               "back into the {P:Guidry} yard, where it bit {P:Aubree} once on the left calf. {P:Mr.~Hind} said "
               "he shouted and the dog released. {P:Hind}'s account matches the child's and her mother's.",
               font="tiro", size=10, lead=1.35)
    y += 6
    y = d.text(p, L, y, R - L,
               "Owner {P:O\u2019Dwyer} said the dog \"got loose when the grandkids came\" and that his grandson, "
               "{P:Teague O\u2019Dwyer-Sams} (16), left the gate open. I observed the fence repaired with wire by "
               "1800. The owner was cited for {OF:Dog Running at Large} ({OF:Bramlett Co. Code \u00a7 14-33}) "
               "and warned under {OF:Bramlett Co. Code \u00a7 14-41} (vaccination). The {AG:Bramlett County Health "
               "Department} was notified at 1755 by {O:ACO Batiste}. The mother, {P:Ms.~Guidry}, asked that "
               "her daughter's name not be released.",
               font="tiro", size=10, lead=1.35)
    y += 18
    d.text(p, L, y, 250, "Reporting officer: {O:L. Batiste}, {B:AC-22}", font="helv", size=8.5)
    d.text(p, L + 262, y, 250, "Reviewed: {O:Sgt. Imani Strickland}, {B:AC-02}", font="helv", size=8.5)
    footer(d, 0, "Bramlett County Animal Services \u2022 {PP:77 Kennel Lane, Hadley, GA 31021} \u2022 "
           "{PP:478-555-0100}", "PCAS Form 9 \u2022 Page 1 of 1", L=L, R=R)
    return d.finish(outdir)
# ================================================================== 4. traffic citation batch (landscape)
def doc_citations(outdir):
    d = Doc("wlpd_citation_batch_c04", "Wexley Lake Police Department - Traffic Citation Batch Transmittal")
    W, H = 792, 612
    L, R = 30, 762
    p = d.new_page(W, H)
    d.text(p, L, 26, 400, "{AG:WEXLEY LAKE POLICE DEPARTMENT}", font="tibo", size=13)
    d.text(p, L, 42, 400, "Traffic Safety Unit  |  {PP:415 Lakeshore Drive N, Wexley Lake, MN 56382}", font="tiro",
           size=8.5, color=GRAY)
    d.text(p, R - 330, 26, 330, "CITATION BATCH TRANSMITTAL TO COURT", font="hebo", size=11, align="right")
    d.text(p, R - 330, 42, 330, "Batch {C:WL-B-2026-1187}   Court: {AG:Seventh Judicial District, Pine Isle "
           "County}", font="helv", size=8, align="right")
    hline(d, p, L, 56, R, width=1.2)
    d.text(p, L, 62, R - L, "Shift: {ID:12/05/2026}, 0600\u20131800   Enforcement detail: school zones and "
           "Highway 27 corridor   Prepared by: {O:Sgt. Halvard Engstrom} #{B:61}", font="helv", size=8.5)
    cols = [66, 52, 118, 58, 98, 62, 62, 150, 66]
    hdr = ["Citation no.", "Date", "Driver (last, first middle)", "DOB", "MN DL / ID no.", "Plate",
           "Statute", "Violation", "Officer / badge"]
    rows = [
        ["{C:WL2611804}", "{ID:12/05/2026}", "{P:S\u00f8rensen, \u00c5sa Kristine}", "{D:03/22/1987}",
         "{DL:S-612-480-337-219}", "{PL:HVK 219}", "{OF:169.14.2}", "{OF:Speed 48/30 school zone}",
         "{O:Engstrom} {B:61}"],
        ["{C:WL2611805}", "{ID:12/05/2026}", "{P:Xiong, Pa Nhia}", "{D:10/09/2001}", "{DL:X-330-915-642-108}",
         "{PL:GTR 4810}", "{OF:171.24.1}", "{OF:Driving after suspension}", "{O:Ofc. Saoirse Bergquist} {B:77}"],
        ["{C:WL2611806}", "{ID:12/05/2026}", "{P:van den Broek, Maarten}", "{D:1979-01-30}",
         "{DL:V-152-774-390-025}", "{PL:LKE 093}", "{OF:169.06.5}", "{OF:Disobey traffic control device}",
         "{O:Engstrom} {B:61}"],
        ["{C:WL2611807}", "{ID:12/05/2026}", "{P:ST. GERMAIN, LUCILLE M.}", "{D:06/14/1958}",
         "{DL:G-401-288-519-770}", "{PL:DFZ 312}", "{OF:169.475.3}", "{OF:Hand-held phone use}",
         "{O:Bergquist} {B:77}"],
        ["{C:WL2611808}", "{ID:12/05/2026}", "{P:Lindqvist-Haugen, Per Anders}", "{D:11/30/1993}",
         "{DL:L-913-006-452-881}", "{PL:RVW 775}", "{OF:169.686.1}", "{OF:Seat belt, driver}",
         "{O:Ofc. Jory Tallchief} {B:84}"],
        ["{C:WL2611809}", "{ID:12/05/2026}", "{P:Abdi, Hodan Ismail}", "{D:07/04/2004}", "{DL:A-207-553-118-946}",
         "{PL:MNB 620}", "{OF:169.14.2}", "{OF:Speed 67/55}", "{O:Tallchief} {B:84}"],
        ["{C:WL2611810}", "{ID:12/05/2026}", "{P:LaFontaine, Jerome Joseph Jr.}", "{D:02/01/1966}",
         "{DL:L-155-209-884-301}", "{PL:GGH 4417}", "{OF:169.797.2}", "{OF:No proof of insurance}",
         "{O:Bergquist} {B:77}"],
        ["{C:WL2611811}", "{ID:12/05/2026}", "{P:Ek, Linnea Solveig}", "{D:09/18/2009}", "(instruction permit) "
         "{DL:E-600-731-228-054}", "{PL:JXP 558}", "{OF:171.055.2}", "{OF:Permit violation, no licensed "
         "adult}", "{O:Engstrom} {B:61}"],
    ]
    _, y = table(d, p, L, 80, cols, hdr, rows, font="helv", size=8, hsize=7.5,
                 fonts=["cour", "helv", "hebo", "helv", "cour", "cour", "helv", None, None], shade=TINT)
    y += 12
    y = d.text(p, L, y, 470,
               "NOTES. Citation {C:WL2611805}: driver {P:Pa Nhia Xiong}'s vehicle was towed by {PP:Northstar "
               "Towing}; owner of record {P:Chue Xiong}, {A:2207 Birch Hollow Ct SE, Unit 4, Wexley Lake, MN "
               "56382}, {PH:320-555-0148}. Citation {C:WL2611811}: the permit holder, a minor, was driving her "
               "grandfather's pickup; parent {P:Britt Ek} was called at {PH:(320) 555-0191} and picked her up at "
               "{PP:Wexley Lake Middle School}. {P:S\u00f8rensen} and {P:St. Germain} asked for court dates. "
               "{P:Mr.~van den Broek} signed under protest and gave a mailing address of {A!:PO Box 418, Wexley "
               "Lake, MN 56382}.", font="tiro", size=9.5, lead=1.3)
    d.text(p, 520, y - 70 if y - 70 > 0 else y, R - 520,
           "Certified: I certify that the citations listed were served on the persons named.\n\n"
           "{O:Sgt. H. Engstrom} #{B:61}, Traffic Safety Unit\n"
           "Received for the court: ______________", font="tiro", size=9, lead=1.35)
    footer(d, p, "Wexley Lake PD \u2022 {PP:(320) 555-0100} \u2022 {PP:www.wexleylake-pd.example.org}",
           "Batch WL-B-2026-1187 \u2022 Page 1 of 1", L=L, R=R, y=592)
    return d.finish(outdir)


# ================================================================== 5. alarm-response report (two columns)
def doc_alarm(outdir):
    d = Doc("tspd_alarm_response_c05", "Tierra Seca Police Department - Alarm Response Report")
    L, R = 44, 568
    p = d.new_page()
    rect(d, p, (L, 30, R, 88), width=1)
    d.text(p, L + 8, 36, 300, "{AG:TIERRA SECA POLICE DEPARTMENT}", font="hebo", size=12.5)
    d.text(p, L + 8, 52, 300, "ALARM RESPONSE REPORT", font="helv", size=10)
    d.text(p, L + 8, 67, 300, "False Alarm Reduction Program \u2022 {PP:120 Plaza Vieja, Tierra Seca, NM 87583}",
           font="helv", size=7.5, color=GRAY)
    d.text(p, R - 210, 36, 202, "Incident {C:TS26-118402}", font="cour", size=9.5, align="right")
    d.text(p, R - 210, 50, 202, "Alarm permit AP-07714", font="cour", size=9.5, align="right")
    d.text(p, R - 210, 64, 202, "Date {ID:2026-12-02}", font="cour", size=9.5, align="right")
    y = 96
    mid = (L + R) / 2
    for lab, val, lab2, val2 in [
        ("PREMISES (RESIDENTIAL)", "{A:17 Camino del Halc\u00f3n, Tierra Seca, NM 87583}", "ALARM COMPANY",
         "{PP:Sentinel Peak Alarm Co.}, operator 0441"),
        ("PERMIT HOLDER", "{P:Barrag\u00e1n de Olmos, Ximena}", "SIGNAL / ZONE", "Burglary \u2014 zone 3, rear "
         "patio door"),
        ("HOLDER PHONE / E-MAIL", "{PH:+1 505 555 0124} / {E:ximena.olmos@example.org}", "RESPONDING",
         "{O:Ofc. Teodoro Lucero} #{B:2219}; {O:Ofc. Kaylee Santistevan} #{B:2240}"),
    ]:
        field(d, p, L, y, mid, y + 28, lab, val, vsize=9)
        field(d, p, mid, y, R, y + 28, lab2, val2, vsize=9)
        y += 28
    y += 10
    _, y = table(d, p, L, y, [150, 110, 120, 144], ["Keyholder / contact", "Relationship", "Phone", "Result"], [
        ["{P:Ximena Barrag\u00e1n de Olmos}", "Owner", "{PH:1-505-555-0172}", "No answer (travelling)"],
        ["{P:Nico Olmos}", "Son", "{PH:505/555-0108}", "Answered; gave house-sitter's name"],
        ["{P:Tamsin Rand}", "House-sitter", "{PH:(505) 555-0163}", "Responded, arrived 1731"],
    ], font="helv", size=8.5, fonts=["hebo", None, "cour", None])
    y += 12
    colw = (R - L - 18) / 2
    frames = [(p, L, L + colw, y, y + 212), (p, L + colw + 18, R, y, y + 212)]
    fl = Flow(d, frames)
    b = dict(font="tiro", size=9.5, lead=1.32, after=0.5)
    fl.para("NARRATIVE", font="hebo", size=9, after=0.3)
    fl.para("Dispatched 1712 hours to a burglary alarm at the residence. Monitoring operator advised a rear "
            "patio door fault followed by interior motion. {O:Ofc. Santistevan} and I arrived at 1719 and "
            "checked the exterior. The rear patio door was closed but not latched; no pry marks.", **b)
    fl.para("A silver Subaru, New Mexico plate {PL:BKR-4471}, was parked in the driveway. Registration "
            "returned to {P:Tamsin Rand}, DOB {D:12 Sep 1998}, of {A:3 Paseo de la Luz, Apt 9, Tierra Seca}. "
            "NM DL {DL:503917224}.", **b)
    fl.para("{P:Nico Olmos} told dispatch by phone that the house-sitter was {P:Ms.~Rand} and that she had "
            "gone to run an {T:errand}. {P:Rand} arrived at 1731 with grocery bags from {PP:La Tiendita "
            "Market} and a {T:brand}-new space heater. She showed a text from the owner authorizing her stay. "
            "She said she \"probably didn't close the slider all the way.\"", **b)
    fl.para("We cleared the interior with {P:Rand}'s consent. Nothing disturbed. The owner's {T:grandmother}, "
            "Do\u00f1a {P:Remedios Barrag\u00e1n}, lives in the casita at {A:17-B Camino del Halc\u00f3n}; she was "
            "asleep and was not disturbed.", **b)
    fl.para("DISPOSITION", font="hebo", size=9, after=0.3)
    fl.para("False alarm, user error. This is the third false alarm at this permit in twelve months; a "
            "notice of {OF:Excessive False Alarms} under {OF:TSMC \u00a7 9-4-6} is being mailed to the permit "
            "holder at {A!:P.O. Box 1390, Tierra Seca, NM 87583}. {P:Ximena Olmos} may appeal within 15 days by "
            "calling {PP:(505) 555-0100} or writing to the {AG:Tierra Seca Alarm Appeals Board}.", **b)
    fl.para("Cleared 1748. No further action.", **b)
    fl.para("{O:Ofc. T. Lucero} #{B:2219}    Reviewed by {O:Lt. Consuelo Archuleta}", font="helv", size=8.5)
    footer(d, 0, "TSPD Form FA-3 \u2022 Alarm user fees: {PP:www.tierraseca-nm.example.org/alarms}",
           "Page 1 of 1", L=L, R=R)
    return d.finish(outdir)


# ================================================================== 6. trespass warning notice
def doc_trespass(outdir):
    d = Doc("fspd_trespass_notice_c06", "Fennimore Station Police Department - Notice of Trespass")
    L, R = 64, 548
    p = d.new_page()
    rect(d, p, (L, 34, L + 46, 80), width=1.2)
    d.text(p, L, 50, 46, "FSPD", font="tibo", size=11, align="center")
    d.text(p, L + 58, 36, 300, "{AG:Fennimore Station Police Department}", font="tibo", size=14)
    d.text(p, L + 58, 54, 300, "{PP:39 Depot Square, Fennimore Station, VA 24471}", font="tiro", size=9)
    d.text(p, L + 58, 66, 300, "Non-emergency {PP:540-555-0100}  \u2022  {PP:fennimorestation.example.org/police}",
           font="tiro", size=9)
    hline(d, p, L, 90, R, width=0.8)
    d.text(p, L, 100, R - L, "NOTICE OF TRESPASS", font="tibo", size=16, align="center")
    d.text(p, L, 120, R - L, "(Barring Notice \u2014 {OF:Va. Code \u00a7 18.2-119})", font="tiit", size=10,
           align="center")
    y = 146
    for lab, val in [("Notice no.", "{C:FSPD-TN-26-0388}"), ("Incident no.", "{C:FS26-07741}"),
                     ("Date served", "{ID:December 1, 2026}")]:
        kv(d, p, L, y, lab, val, 90, lfont="tibo", vfont="cour", size=10, width=300)
        y += 14
    y += 8
    y = d.text(p, L, y, R - L,
               "TO: {P:Jonah Thaddeus Marchetti}, also known as \"{P:J.T.}\", born {D:September 3rd, 1990}, "
               "Virginia operator's license {DL:T70-41-8823}, mailing address {A:P.O. Box 2217, Fennimore "
               "Station, VA 24471}, telephone {PH:(540) 555-0161}.", font="tiro", size=11, lead=1.45)
    y += 8
    y = d.text(p, L, y, R - L,
               "You are hereby notified that you are forbidden to enter or remain upon the premises of "
               "{PP:Crossroads Mercantile & Feed}, {PP:4200 Old Stage Road, Fennimore Station}, including its "
               "parking areas, loading dock and garden yard, for a period of one (1) year from the date above. "
               "This notice is given at the request of the person in lawful control of the premises, "
               "{P:Philippa Carr}, store manager, who may be reached through the store. If you enter or remain on "
               "the premises after receiving this notice you may be arrested and charged with "
               "{OF:Trespass after having been forbidden to do so}, a Class 1 misdemeanor.",
               font="tiro", size=11, lead=1.45)
    y += 8
    y = d.text(p, L, y, R - L,
               "Circumstances: On {ID:November 28, 2026} {P:Mr.~Marchetti} was observed by {P:Ms.~Carr} "
               "concealing two bags of livestock mineral in a pet {T:carrier} and walking past the registers. When "
               "stopped he said he would \"{T:carry} it out one way or another.\" Store staff member {P:Obadiah "
               "Penhallow-Lyle} witnessed the exchange. The merchandise was recovered; the store declined to "
               "pursue {OF:Petit larceny} ({OF:Va. Code \u00a7 18.2-96}). {P:J. T. Marchetti}'s vehicle, Virginia "
               "plate {PL:UKW-7390}, was parked at the loading dock.", font="tiro", size=11, lead=1.45)
    y += 22
    hline(d, p, L, y + 14, L + 210, width=0.5)
    hline(d, p, L + 260, y + 14, R, width=0.5)
    d.text(p, L + 4, y, 210, "refused to sign", font="coit", size=10, color=BLUE)
    d.text(p, L + 264, y - 2, 210, "{O:T. Greenlaw}", font="tiit", size=14, color=BLUE)
    d.text(p, L, y + 17, 210, "Signature of person notified", font="helv", size=7.5, color=GRAY)
    d.text(p, L + 260, y + 17, 210, "Serving officer", font="helv", size=7.5, color=GRAY)
    y += 40
    y = d.text(p, L, y, R - L,
               "Served in person by {O:Officer Tobiah Greenlaw}, badge {B:1893}, at the subject's workplace, "
               "{PP:Blue Ridge Lumber & Truss}, in the presence of {O:Cpl. Anneliese Voight} ({B:1710}). A copy "
               "was provided to {P:Mr.~Marchetti}; he refused to sign.", font="tiro", size=10, lead=1.4)
    y += 14
    d.text(p, L, y, R - L,
           "Distribution: original \u2014 Records; copy \u2014 person notified; copy \u2014 {PP:Crossroads "
           "Mercantile & Feed} (attn. {P:P. Carr}).", font="helv", size=8, color=GRAY)
    footer(d, 0, "FSPD Form TN-1 (2024)  \u2022  This notice does not expire on change of store management.",
           "Page 1 of 1", L=L, R=R, font="tiro")
    return d.finish(outdir)
# ================================================================== 7. school resource officer referral
def doc_sro(outdir):
    d = Doc("gcpd_sro_referral_c07", "Grist Creek Police Department - School Resource Officer Referral")
    L, R = 54, 558
    p = d.new_page()
    d.text(p, L, 30, R - L, "{AG:GRIST CREEK POLICE DEPARTMENT}  \u2014  SCHOOL RESOURCE OFFICER PROGRAM",
           font="hebo", size=11)
    d.text(p, L, 45, R - L, "JUVENILE REFERRAL / INCIDENT SUMMARY   \u2022   CONFIDENTIAL: {OF:Iowa Code \u00a7 232.147}",
           font="helv", size=8.5, color=DARKRED)
    hline(d, p, L, 58, R, width=1)
    y = 64
    cw = (R - L) / 3
    for row in [
        [("REFERRAL NO.", "{C:GC-SRO-26-0142}"), ("POLICE CASE", "{C:GC26-22915}"), ("DATE OF INCIDENT",
                                                                                   "{ID:Thursday, Dec. 3, 2026}")],
        [("SCHOOL", "{PP:Grist Creek Middle School}"), ("SRO", "{O:Ofc. Rutger Abernathy-Solis}"),
         ("BADGE", "{B:2114}")],
    ]:
        for i, (lab, val) in enumerate(row):
            field(d, p, L + i * cw, y, L + (i + 1) * cw, y + 26, lab, val)
        y += 26
    y += 10
    d.text(p, L, y, R - L, "JUVENILES INVOLVED", font="hebo", size=9)
    y += 12
    _, y = table(d, p, L, y, [128, 62, 34, 120, 160],
                 ["Name", "DOB", "Gr.", "Parent / guardian", "Contact"], [
        ["{P:Albrecht-Mori, Kenji}", "{D:2/9/13}", "7", "{P:Harriet Albrecht}", "{PH:319-555-0137}; "
         "{E:halbrecht.home@example.com}"],
        ["{P:Dempsey, Sawyer Quinlan \"Q\"}", "{D:10/27/2012}", "8", "{P:Colm Dempsey} and {P:Ardith "
         "Dempsey-Farrow}", "{PH:(319) 555-0150} (father)"],
        ["{P:Ness, Marisol}", "{D:2013-05-06}", "7", "{P:Luz Ness}", "{PH:319 555 0181}"],
    ], font="helv", size=8.5, fonts=["hebo", None, None, None, None])
    y += 10
    field(d, p, L, y, L + 2 * cw, y + 40, "HOME ADDRESS (ALBRECHT-MORI)",
          "{A:611 Prairie Smoke Lane\nGrist Creek, IA 52314}")
    field(d, p, L + 2 * cw, y, R, y + 40, "PARENT ID (ALBRECHT)", "IA DL {DL:482KT9031}")
    y += 50

    def more():
        q = d.new_page()
        d.text(q, L, 30, R - L, "{C:GC-SRO-26-0142} \u2022 SRO referral (continued) \u2022 CONFIDENTIAL \u2014 "
               "juvenile record", font="helv", size=8, color=DARKRED)
        hline(d, q, L, 42, R, width=0.5)
        return [(q, L, R, 52, 735)]

    fl = Flow(d, [(p, L, R, y, 735)], more)
    b = dict(font="tiro", size=11, lead=1.55, after=0.7)
    fl.para("SUMMARY", font="hebo", size=9, after=0.3)
    fl.para("At 1125 the assistant principal asked me to come to the nurse's office, where {P:Kenji} was "
            "complaining of dizziness after lunch. He told the nurse he had taken \"half a pill\" given to him "
            "by an eighth-grader he called \"{P:Q}\". The nurse called the parent, {P:Mrs.~Albrecht}, and "
            "{PP:Grist Creek Fire & Rescue} evaluated him; he was not transported.", **b)
    fl.para("I located {P:Sawyer Dempsey} in the library with a {T:witness} present (the librarian). "
            "{P:Dempsey} produced an orange prescription bottle with a label for his grandmother, {P:Edwina "
            "Quinlan}, containing eleven tablets later identified by the pharmacist at {PP:Prairie Drug, Grist "
            "Creek} as clonazepam 0.5 mg. He said he had found the bottle at his grandmother's house, "
            "{A:20 Orchard Row, Apt. 3, Fairbank, IA 50629}. {P:Q}'s mother was reached at 1210 on "
            "{PH:3195550166}.", **b)
    fl.para("{P:Marisol Ness} told me she saw {P:Sawyer} hand a pill to {P:Kenji} at the lunch table and that "
            "\"everybody knew\" he had them. {P:Ness}'s statement was written in her own hand and signed by "
            "her mother. {P:Marisol} asked that her name be kept out of it because of the {T:business} with "
            "{P:Sawyer}'s older brother, {P:Brody Dempsey} (17), who she said had threatened her on Snapchat "
            "(account {E:brody.d.gc@example.net}).", **b)
    fl.para("The pills were seized and placed in evidence ({C:GC26-22915-E1}). {P:DEMPSEY, SAWYER Q.} is "
            "referred to {AG:Juvenile Court Services, 6th Judicial District} for {OF:Delivery of a Controlled "
            "Substance} ({OF:Iowa Code \u00a7 124.401}). School discipline is separate and is handled by the "
            "district. {P:Kenji Albrecht-Mori} is a victim and is not referred.", **b)
    fl.para("Notifications: {P:Colm Dempsey} (father) in person at 1305; {P:Harriet Albrecht} by phone; "
            "{P:Luz Ness} by phone. {O:Sgt. Renske Oosterhuis} #{B:2090} was briefed. A follow-up with "
            "{P:Brody Dempsey} about the threats is assigned to {O:Det. Amos Threlkeld} ({B:2031}) under "
            "{OF:Iowa Code \u00a7 708.7} (harassment).", **b)
    fl.para("FOLLOW-UP, {ID:December 4, 2026}", font="hebo", size=9, after=0.3)
    fl.para("I spoke by phone with {P:Edwina Quinlan}, {P:Sawyer}'s grandmother, at {PH:563-555-0104}. She "
            "confirmed the bottle was hers and that {P:Sawyer} and {P:Brody} had stayed with her over the "
            "Thanksgiving weekend. She asked whether she would be charged; I told her no. {P:Mrs.~Albrecht} "
            "reported that {P:Kenji} was seen by his pediatrician at {PP:Cedar Valley Children's Clinic} and "
            "is back in school. {P:Luz Ness} asked for extra supervision for {P:Marisol} at the bus line; the "
            "school agreed.", **b)
    fl.para("Attachments: written statement of {P:M. Ness}; photo of the bottle label; nurse's log; "
            "evidence receipt.", **b)
    fl.para("CONTACT LOG", font="hebo", size=9, after=0.3)
    fl.need(110)
    _, fl.y = table(d, fl.pno, L, fl.y, [60, 150, 90, 204], ["Date / time", "Person", "Method", "Notes"], [
        ["12/03 1158", "{P:Harriet Albrecht}", "Phone", "Mother of victim; came to school 1225"],
        ["12/03 1210", "{P:Ardith Dempsey-Farrow}", "Phone {PH:319-555-0166}", "Mother of {P:Sawyer}; "
         "cell, same as the number on file"],
        ["12/03 1305", "{P:Colm Dempsey}", "In person", "Father; took {P:Sawyer} home after the interview"],
        ["12/04 0915", "{P:Edwina Quinlan}", "Phone", "Grandmother; {A:20 Orchard Row, Apt. 3, Fairbank}"],
        ["12/04 1340", "{P:LUZ NESS}", "Phone {PH:+1 (319) 555-0181}", "Requested bus-line supervision"],
    ], font="helv", size=8.5, fonts=["cour", "hebo", None, None])
    fl.y += 12
    fl.space(16)
    fl.para("{O:Ofc. R. Abernathy-Solis} #{B:2114}, School Resource Officer \u2014 {AG:Grist Creek Police "
            "Department}, {PP:88 Mill Race Road, Grist Creek, IA 52314}", font="helv", size=8.5)
    n = len(d.pdf)
    for i in range(n):
        footer(d, i, "GCPD Form SRO-2 \u2022 Not a public record ({OF:Iowa Code \u00a7 232.149})",
               f"Page {i + 1} of {n}", L=L, R=R)
    return d.finish(outdir)


# ================================================================== 8. stolen-vehicle report
def doc_stolen(outdir):
    d = Doc("tppd_stolen_vehicle_c08", "Tarbell Point Police Department - Stolen Vehicle Report")
    L, R = 40, 572
    vin1 = make_vin("5J6RW2H8", "KL")   # 2019 small SUV
    vin2 = make_vin("1FTEW1E5", "JF")   # pickup seen nearby
    p = d.new_page()
    d.text(p, L, 30, R - L, "{AG:TARBELL POINT POLICE DEPARTMENT}", font="tibo", size=13)
    d.text(p, L, 46, R - L, "STOLEN VEHICLE REPORT / NCIC ENTRY WORKSHEET", font="tibo", size=10)
    d.text(p, L, 30, R - L, "Case {C:TP-2026-019384}", font="cobo", size=10, align="right")
    d.text(p, L, 46, R - L, "NIC {C:V482210993}", font="cobo", size=10, align="right")
    y = 62
    g = (R - L) / 6

    def row(cells, h=26):
        nonlocal y
        x = L
        for span, lab, val in cells:
            field(d, p, x, y, x + span * g, y + h, lab, val, vfont="tiro", vsize=10)
            x += span * g
        y += h

    row([(2, "DATE / TIME REPORTED", "{ID:12/04/2026} 0712"), (2, "DATE / TIME LAST SEEN", "12/03/2026 2330"),
         (2, "LOCATION STOLEN FROM", "Boardwalk lot, by the {T:Ferris} wheel")])
    row([(3, "OWNER (LAST, FIRST MIDDLE)", "{P:FERRIS, CLEMENTINE ADAEZE}"), (1, "DOB", "{D:4 Jan 1979}"),
         (1, "NC DL", "{DL:000041882917}"), (1, "SOC", "{S:530417762}")])
    row([(4, "OWNER ADDRESS", "{A:88 Whelk Shell Ln, #3B, Tarbell Point, NC 28470}"),
         (2, "PHONE", "{PH:910-555-0153}")])
    row([(1, "YEAR", "2019"), (1, "MAKE", "Honda"), (1, "MODEL", "CR-V EX"), (1, "COLOR", "Blue (BLU)"),
         (2, "PLATE / STATE / EXP", "{PL:RHW-3318} NC 06/27")])
    row([(3, "VIN", f"{{V:{vin1}}}"), (3, "LIENHOLDER", "{PP:Coastal Carolina Credit Union}")])
    row([(2, "KEYS", "One fob with owner; spare missing"), (2, "INSURER", "{PP:Palmetto Mutual}"),
         (2, "ENTERED BY", "{O:TC Glynis Boatwright} {B:D-19}")])
    y += 10
    fl = Flow(d, [(p, L, R, y, 740)])
    b = dict(font="tiro", size=10.5, lead=1.36, after=0.6)
    fl.para("NARRATIVE \u2014 {O:Ofc. Lamont Sizemore} #{B:447}", font="tibo", size=10, after=0.3)
    fl.para("{P:Ms.~Ferris} reported that she parked her CR-V in the boardwalk lot at about 2300 while she "
            "worked the late shift at {PP:Dockside Oyster Bar}. When she came out at 0030 it was gone. Her son, "
            "{P:Dominic Ferris}, DOB {D:July 19th, 2006}, drove it last on 12/02 and says he returned the spare "
            "fob to the kitchen drawer; it is now missing. {P:Dominic} lives with his father, {P:Abel "
            "Ferris}, at {A:1402 Loggerhead Road, Tarbell Point}, and can be reached at {PH:(910) 555-0127}.", **b)
    fl.para("{P:Clementine Ferris} named a former roommate, {P:Lyle \"Spider\" Haskett}, who had access to "
            "the apartment in November and who, she said, once drove the car without permission. "
            "{P:HASKETT} was last known at {A:Lot 12, Sandspur Mobile Home Park, Tarbell Point} and drives a "
            "grey Ford F-150, VIN {V:" + vin2 + "}, NC plate {PL:TJN 5021}. \"{P:Spider}\" also goes by {P:L. R. "
            "Haskett}.", **b)
    fl.para("Boardwalk camera (operated by {PP:Tarbell Point Parks & Recreation}) shows a man in a dark hoodie "
            "unlock the CR-V with a fob at 2347 and drive north on Front Street. The face is not visible.", **b)
    fl.para("Entered into NCIC/DCI at 0758 as {OF:Larceny of a Motor Vehicle} ({OF:N.C.G.S. \u00a7 "
            "14-72}). Owner advised to notify {PP:Coastal Carolina Credit Union} and her insurer, and to call "
            "{PP:910-555-0100} (non-emergency) if the vehicle is seen. Owner e-mail for the recovery notice: "
            "{E:clementine.ferris@example.com}.", **b)
    fl.para("Signed: {O:L. Sizemore} #{B:447}    Approved: {O:Sgt. Perpetua Onwuachi} #{B:301}", font="helv",
            size=9)
    footer(d, 0, "{AG:Tarbell Point Police Department} \u2022 {PP:600 Harbor Street, Tarbell Point, NC 28470}",
           "TPPD 140 \u2022 Page 1 of 1", L=L, R=R)
    return d.finish(outdir)
# ================================================================== 9. victim notification letter
def doc_victim_letter(outdir):
    d = Doc("mtpd_victim_notification_c09", "Marrowbone Township Police Department - Victim Notification Letter")
    L, R = 72, 540

    def letterhead(pno, first):
        if first:
            d.text(pno, L, 36, R - L, "{AG:MARROWBONE TOWNSHIP POLICE DEPARTMENT}", font="tibo", size=14,
                   align="center", color=NAVY)
            d.text(pno, L, 54, R - L, "Victim Services Unit", font="tiit", size=10.5, align="center", color=NAVY)
            hline(d, pno, L, 70, R, width=0.8, color=NAVY)
            d.text(pno, L, 74, 200, "{O:Chief Philomena Okereke}\nChief of Police", font="tiro", size=8, lead=1.2,
                   color=GRAY)
            d.text(pno, R - 200, 74, 200, "Emergency 911\nVictim Services {PP:(610) 555-0100} ext. 227",
                   font="tiro", size=8, lead=1.2, color=GRAY, align="right")
        else:
            d.text(pno, L, 40, R - L, "Ms. {P:O. Brannigan}  \u2014  December 5, 2026  \u2014  Page 2", font="tiro",
                   size=9.5, color=GRAY)
        hline(d, pno, L, 748, R, width=0.5, color=NAVY)
        d.text(pno, L, 752, R - L, "{PP:1800 Township Line Road, Marrowbone, PA 19345}  \u2022  {PP:(610) "
               "555-0100}  \u2022  {PP:www.marrowbonetwp.example.org/police}", font="tiro", size=7.5,
               align="center", color=NAVY)

    p = d.new_page()
    letterhead(p, True)
    y = 112
    d.text(p, L, y, 250, "December 5, 2026", font="tiro", size=11)
    d.text(p, R - 220, y, 220, "CONFIDENTIAL \u2014 VICTIM INFORMATION", font="tibo", size=9, align="right",
           color=DARKRED)
    y += 28
    y = d.text(p, L, y, 300, "Ms. {P:Ottilie Brannigan}\n{A:412 Sycamore Mill Road\nApartment 2F\nMarrowbone, "
               "PA 19345}", font="tiro", size=11, lead=1.25)
    y += 14
    y = d.text(p, L + 36, y, R - L - 36,
               "Re:  Commonwealth v. {P:Garrick Ambrose Toll}\n       Docket No. {C:CP-22-CR-0004471-2026}; "
               "MTPD Incident {C:MT-26-05530}", font="tibo", size=10.5, lead=1.3)
    y += 14
    fl = Flow(d, [(p, L, R, y, 735)], lambda: (letterhead(d.new_page(), False) or
                                                   [(len(d.pdf) - 1, L, R, 70, 735)]))
    b = dict(font="tiro", size=11, lead=1.4, after=0.75)
    fl.para("Dear Ms. {P:Brannigan}:", **b)
    fl.para("As the victim in the case named above, you asked to be told when the defendant is released. "
            "This letter confirms the telephone message I left for you at {PH:610-555-0193} this morning. "
            "The defendant, {P:Garrick Ambrose Toll}, date of birth {D:01.08.1990}, was released from the "
            "{AG:Dunmore County Correctional Facility} on {ID:December 4, 2026} at 4:10 p.m. after posting bail "
            "set by {O:Magisterial District Judge Evangeline Vandermeer}.", **b)
    fl.para("He is charged with {OF:Simple Assault} ({OF:18 Pa.C.S. \u00a7 2701}) and {OF:Harassment} "
            "({OF:18 Pa.C.S. \u00a7 2709}) for the incident of {ID:November 21, 2026}. As conditions of bail, "
            "{P:Mr.~Toll} may not contact you or your daughter, {P:Pippa}, directly or through anyone else, "
            "and he must stay away from your home and from your workplace, the {PP:Marrowbone Public Library}. "
            "He gave the court a new address of record, {A:77 Canal Street Rear, Apt. 1, Lockport Falls, PA "
            "18235}, and is on GPS monitoring through {AG:Dunmore County Adult Probation}. The protection from "
            "abuse order at {C:2026-PFA-0388} also remains in effect.", **b)
    fl.para("If you see {P:Toll} or his grey Dodge Charger, Pennsylvania registration {PL:LMK-4207}, near "
            "your home, call 911 at once. Do not wait for him to approach you. Officers on every shift have "
            "his photograph and vehicle description.", **b)
    fl.para("You can also register with the statewide notification service, which will call you automatically "
            "if his custody status changes. Registration is free on the {T:toll}-free line {PP:1-877-555-0188} "
            "or online; you will need your PIN and the offender number {C:26-004471}. When you register, use a "
            "number he does not know. You told me your sister, {P:Constance Brannigan-Yeo}, may answer for "
            "you at {PH:(484) 555-0115}; I have noted that.", **b)
    fl.para("The preliminary hearing is scheduled for January 8, 2027, at 9:00 a.m. before Judge Vandermeer. "
            "{O:Assistant District Attorney Benedikt Haraldsson} is handling the case and would like to meet "
            "with you beforehand. You have the right to be present, to be accompanied by an advocate, and to "
            "submit a written victim impact statement. Crime victims' compensation may cover your daughter's "
            "counselling at {PP:Lehigh Hollow Family Counseling Center}; an application is enclosed.", **b)
    fl.para("I have your e-mail address as {E:otti.brannigan@example.net}. If it changes, or if you move from "
            "the Sycamore Mill Road apartment, please let me know so that notices reach you. {P:Pippa}'s school "
            "has been given a copy of the bail conditions at your request.", **b)
    fl.para("One more thing: {P:Mr.~Toll}'s mother, {P:Wilhelmina Toll}, telephoned our front desk on "
            "December 4 asking for your new telephone number and for the name of {P:Pippa}'s school. Nothing was "
            "given out, and the call has been logged for {O:Det. Cpl. Iturbe}. If anyone asks you to drop the "
            "charges on {P:Garrick}'s behalf, write down what was said and tell me; that can be a separate "
            "offense ({OF:Intimidation of Witnesses or Victims}, {OF:18 Pa.C.S. \u00a7 4952}).", **b)
    fl.para("Sincerely,", **b)
    fl.space(22)
    fl.para("{O:Imelda Sokolowski}", font="tiro", size=11, after=0.1)
    fl.para("Victim Advocate, Victim Services Unit", font="tiro", size=11, after=0.1)
    fl.para("{PP:(610) 555-0100} ext. 227", font="tiro", size=11, after=1.0)
    fl.para("Enclosures: bail conditions (2 pp.); compensation application\ncc: {O:ADA B. Haraldsson}; "
            "{O:Det. Cpl. Francisco Iturbe} #{B:1147} (assigned investigator)", font="tiro", size=9.5,
            lead=1.3, color=GRAY)
    assert len(d.pdf) == 2, len(d.pdf)
    return d.finish(outdir)


# ================================================================== 10. protective-order service return
def doc_po_return(outdir):
    d = Doc("lcso_po_service_return_c10", "Lorne County Sheriff's Office - Return of Service, Protection Order")
    L, R = 54, 558
    vin = make_vin("3GCUKREC", "GG")
    p = d.new_page()
    d.text(p, L, 32, R - L, "IN THE {AG:DISTRICT COURT OF LORNE COUNTY}, NEBRASKA", font="tibo", size=11.5,
           align="center")
    rect(d, p, (L, 52, R, 146), width=0.8)
    page = d.page(p)
    page.draw_line((L + 300, 52), (L + 300, 146), width=0.8)
    d.text(p, L + 8, 58, 285, "{P:MARISA QUI\u00d1ONES-WARE},\n                    Petitioner,\n\nvs.\n\n"
           "{P:DALTON LUIS WARE},\n                    Respondent.", font="tiro", size=10, lead=1.15)
    d.text(p, L + 310, 64, 190, "Case No. {C:CI 26-1183}", font="tibo", size=10.5)
    d.text(p, L + 310, 84, 190, "SHERIFF'S RETURN OF SERVICE\nDomestic Abuse Protection Order\n(ex parte) and "
           "Notice of Hearing", font="tiro", size=9.5, lead=1.25)
    y = 156
    d.text(p, L, y, R - L, "RESPONDENT IDENTIFIERS (from petition and NCIC)", font="hebo", size=8.5)
    y += 12
    lw = 118
    for lab, val, hh in [
        ("Name", "{P:WARE, DALTON LUIS} (\"{P:Dal}\")", 15),
        ("Date of birth", "{D:06-18-1985}", 15),
        ("SSN", "{S:507\u00a066\u00a02194}", 15),
        ("NE operator's lic.", "{DL:H14730529}", 15),
        ("Last known address", "{A:RR 1 Box 42A, Cotesfield, NE 68835}", 15),
        ("Employer", "{PP:Loup Valley Grain Co-op}, day shift", 15),
        ("Phone", "{PH:(308) 555-0186}", 15),
        ("Vehicle", "2016 Chevrolet Silverado, NE {PL:72-A418}, VIN {V:" + vin + "}", 15),
    ]:
        side_field(d, p, L, y, R, y + hh, lab, val, lw, lfont="helv", vfont="cour", size=9)
        y += hh
    y += 12
    d.text(p, L, y, R - L, "ATTEMPTS", font="hebo", size=8.5)
    y += 12
    _, y = table(d, p, L, y, [74, 150, 170, 110], ["Date / time", "Place", "Result", "Deputy"], [
        ["11/27/26 1610", "{A:RR 1 Box 42A}", "No answer; two dogs loose in yard", "{O:Dep. Evander Kohlhaas} "
         "{B:L-63}"],
        ["11/29/26 0705", "{PP:Loup Valley Grain Co-op}", "Not on shift per the foreman", "{O:Kohlhaas} {B:L-63}"],
        ["11/30/26 1920", "{A:1104 N 6th St, Cotesfield}", "Mother, {P:Darlene Ware}, said he was \"out "
         "hunting\"; left card", "{O:Dep. Ilse Marchbanks} {B:L-71}"],
        ["{ID:12/01/26} 1135", "{A:RR 1 Box 42A}", "SERVED personally", "{O:Kohlhaas} {B:L-63}"],
    ], font="tiro", size=9, fonts=["cour", None, None, None])
    y += 14
    y = d.text(p, L, y, R - L,
               "I certify that on {ID:December 1, 2026} at 11:35 a.m. I served a true copy of the ex parte "
               "protection order, the petition and affidavit, and the notice of hearing upon the respondent, "
               "{P:Dalton L. Ware}, personally, at his residence. {P:Ware} identified himself by his Nebraska "
               "operator's license and said he was {T:aware} of the order because his mother had told him. He "
               "said he had been at the {T:hardware} store in town buying a padlock. He was advised that "
               "{OF:Violation of a Protection Order} ({OF:Neb. Rev. Stat. \u00a7 42-924}) is an arrestable "
               "offense. {P:Ware}'s two rifles were surrendered voluntarily and receipted under {C:LC26-FS-044}.",
               font="tiro", size=10.5, lead=1.38)
    y += 6
    y = d.text(p, L, y, R - L,
               "The petitioner's address is confidential and is not shown. {P:Ms.~Qui\u00f1ones-Ware} was told of "
               "the service by phone at {PH:308.555.0142} at 1150.", font="tiro", size=10.5, lead=1.38)
    y += 26
    hline(d, p, L, y + 12, L + 220, width=0.5)
    hline(d, p, L + 270, y + 12, R, width=0.5)
    d.text(p, L + 4, y - 3, 220, "{O:A. Kohlhaas}", font="tiit", size=14, color=BLUE)
    d.text(p, L, y + 15, 230, "{O:Deputy Evander Kohlhaas}, {B:L-63}", font="helv", size=8)
    d.text(p, L + 270, y + 15, 240, "for {O:Sheriff Lorraine Beckstrom}, {AG:Lorne County Sheriff's Office}",
           font="helv", size=8)
    y += 36
    d.text(p, L, y, R - L, "Fees: service $20.00; mileage 46 mi. @ $0.70 = $32.20. Subscribed and sworn before me "
           "on December 1, 2026. {O:Odell Finch}, Clerk Magistrate.", font="helv", size=8, color=GRAY)
    footer(d, 0, "Lorne County Sheriff's Office \u2022 {PP:211 S Main Street, Cotesfield, NE 68835} \u2022 Civil "
           "Process {PP:308-555-0100}", "Page 1 of 1", L=L, R=R)
    return d.finish(outdir)


# ================================================================== 11. photo-lineup form
def doc_lineup(outdir):
    d = Doc("epd_photo_lineup_c11", "Elderford Police Department - Photographic Lineup Record")
    L, R = 48, 564
    p = d.new_page()
    rect(d, p, (L, 28, R, 70), width=0, fill=NAVY)
    d.text(p, L + 10, 34, 300, "{AG:ELDERFORD POLICE DEPARTMENT}", font="hebo", size=12.5, color=(1, 1, 1))
    d.text(p, L + 10, 51, 340, "Sequential Double-Blind Photographic Lineup \u2014 Administration Record",
           font="helv", size=9, color=(1, 1, 1))
    d.text(p, R - 170, 36, 160, "Case {C:EPD-26-3391}", font="hebo", size=10, color=(1, 1, 1), align="right")
    d.text(p, R - 170, 51, 160, "Form EPD-71", font="helv", size=8, color=(1, 1, 1), align="right")
    y = 78
    cw = (R - L) / 4
    for row in [
        [("OFFENSE", "{OF:Robbery in the First Degree}", 2), ("STATUTE", "{OF:KRS 515.020}", 1),
         ("DATE OF OFFENSE", "{ID:November 22, 2026}", 1)],
        [("WITNESS", "{P:Beaumont, Ysolde Clemence}", 2), ("WITNESS DOB", "{D:Oct. 2, '75}", 1),
         ("WITNESS PHONE", "{PH:859-555-0116}", 1)],
        [("WITNESS ADDRESS", "{A:5 Tanyard Hill, Unit C, Elderford, KY 40391}", 3),
         ("LINEUP DATE / TIME", "12/04/2026 1530", 1)],
        [("BLIND ADMINISTRATOR", "{O:Ofc. Rhiannon Kettering} #{B:3306}", 2),
         ("CASE DETECTIVE (NOT PRESENT)", "{O:Det. Corinne Lachapelle} #{B:2871}", 2)],
    ]:
        x = L
        for lab, val, span in row:
            field(d, p, x, y, x + span * cw, y + 26, lab, val, vsize=9.5)
            x += span * cw
        y += 26
    y += 10
    y = d.text(p, L, y, R - L,
               "Instructions read to the witness (witness initials each): The person who committed the crime may "
               "or may not be in these photographs. I do not know who the suspect is. You will see the photos one "
               "at a time. Take as much time as you need. Whether or not you make an identification, the "
               "investigation will continue.", font="tiit", size=9, lead=1.3)
    for i, t in enumerate(["Read and understood", "Administrator does not know suspect", "Not required to choose"]):
        d.text(p, L + i * 172, y + 6, 120, t, font="helv", size=8)
        d.text(p, L + i * 172 + 130, y + 3, 40, "{P:YCB}", font="coit", size=11, color=BLUE)
        hline(d, p, L + i * 172 + 128, y + 15, L + i * 172 + 165, width=0.4)
    y += 28
    _, y = table(d, p, L, y, [50, 90, 230, 80, 66],
                 ["Photo", "Photo ID", "Witness response (verbatim)", "Confidence", "Initials"], [
        ["1", "F-26-1902", "No.", "\u2014", "{P:YCB}"],
        ["2", "F-26-0477", "No, too old.", "\u2014", "{P:YCB}"],
        ["3", "F-26-2210", "I don't think so.", "\u2014", "{P:YCB}"],
        ["4", "F-26-3315", "That's him. That's the guy from the ATM. The eyebrows.", "\"Pretty sure, 85\"",
         "{P:YCB}"],
        ["5", "F-26-0091", "No.", "\u2014", "{P:YCB}"],
        ["6", "F-26-1444", "No. Four was him.", "\u2014", "{P:YCB}"],
    ], font="helv", size=9, fonts=["cour", "cour", "coit", "coit", "coit"])
    y += 12
    y = d.text(p, L, y, R - L,
               "Witness's own words after the last photo (recorded by the administrator): \"I work in "
               "{T:mortgage} lending at {PP:Bluegrass Heritage Bank}, so I look at faces all day. He was "
               "{T:engaged} in an argument with {P:Mr.~Sternberg} at the machine before he pulled the knife. "
               "Number four. I'm pretty sure.\" {P:Ms.~Beaumont} was not told whether she chose the suspect.",
               font="tiro", size=10, lead=1.35)
    y += 8
    rect(d, p, (L, y, R, y + 118), width=1, fill=(0.97, 0.95, 0.90))
    d.text(p, L + 6, y + 5, R - L - 12, "SEALED SECTION \u2014 completed by the case detective after the "
           "confidence statement was recorded", font="hebo", size=8.5)
    d.text(p, L + 6, y + 20, R - L - 12,
           "Suspect: {P:GAGE, TYRELL AMADOU}, DOB {D:08 AUG 1999}, KY OL {DL:S21448903}, "
           "{A:1419 Bourbon Mill Pike, Apt. 6, Elderford, KY 40391}, position 4 (photo F-26-3315). Fillers "
           "from the {AG:Elderford County Detention Center} booking system, matched to the witness's "
           "description. Victim: {P:Leopold Sternberg} (\"{P:Leo}\"), {PH:859 555 0179}. Result: positive "
           "identification of the suspect. {P:Tyrell Gage}'s attorney, {PP:Commonwealth Public Advocacy Office}, "
           "was given notice under RCr 7.24. Administered by {O:R. Kettering} #{B:3306}; unsealed by "
           "{O:Det. C. Lachapelle} #{B:2871}; approved by {O:Lt. Bartholomew Essien} #{B:1650}.",
           font="tiro", size=9.5, lead=1.32)
    footer(d, 0, "{AG:Elderford Police Department} \u2022 {PP:350 Main Street, Elderford, KY 40391} \u2022 "
           "{PP:859-555-0100}", "EPD-71 (rev. 2026) \u2022 Page 1 of 1", L=L, R=R)
    return d.finish(outdir)

BUILDERS = (doc_miranda, doc_custody, doc_bite, doc_citations, doc_alarm, doc_trespass, doc_sro, doc_stolen, doc_victim_letter, doc_po_return, doc_lineup)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    ap.add_argument("--only", nargs="*", default=None)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    errors, totals = [], {}
    print(f"{'file':36s} pages items redact keep wrapped")
    for build in BUILDERS:
        if args.only and build.__name__ not in args.only:
            continue
        pdf_path, truth = build(args.out)
        errors += check(pdf_path, truth)
        n_pages = len(fitz.open(pdf_path))
        its = truth["items"]
        wrapped = sum(1 for it in its if "parts" in it)
        nr = sum(1 for it in its if it["action"] == "redact")
        print(f"{pdf_path.name:36s} {n_pages:5d} {len(its):5d} {nr:6d} {len(its) - nr:4d} {wrapped:7d}")
        for it in its:
            key = (it["action"], it["category"])
            totals.setdefault(key, {})
            totals[key][pdf_path.stem] = totals[key].get(pdf_path.stem, 0) + 1
    print()
    grand = 0
    for action in ("redact", "keep"):
        sub = 0
        for (a, cat), per in sorted(totals.items()):
            if a == action:
                print(f"{a:7s} {cat:16s} {sum(per.values()):5d}  " +
                      " ".join(f"{k.rsplit('_', 1)[-1]}={v}" for k, v in sorted(per.items())))
                sub += sum(per.values())
        print(f"{action:7s} {'(all)':16s} {sub:5d}")
        grand += sub
    print(f"{'all':7s} {'':16s} {grand:5d}")
    if errors:
        print(f"\nSELF-CHECK FAILED ({len(errors)} problems):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    print("self-check OK")


if __name__ == "__main__":
    main()
