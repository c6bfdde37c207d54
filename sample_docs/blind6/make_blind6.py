#!/usr/bin/env python
"""Sixth blind evaluation set for redactkit: 11 fictional US law-enforcement records.

Written blind on 2026-12-07 without reading the tool's source, rules, tests, benchmarks,
tuning/holdout/scanned samples or earlier blind documents.  The truth format (schema, box
convention, self-checks) and the PyMuPDF layout/determinism helpers are reused from
sample_docs/blind5/make_blind5.py.  Deterministic: fixed seed, fixed metadata dates, no new
file ID -> two runs are byte-identical.

    /work/main/.venv/bin/python make_blind6.py            # writes beside this file
    /work/main/.venv/bin/python make_blind6.py --out DIR
    /work/main/.venv/bin/python make_blind6.py --only doc_naloxone doc_bicycle

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

SEED = 20261209
FIXED_DATE = "D:20261207120000+00'00'"

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
            "subject": "redactkit blind evaluation set 6", "keywords": "",
            "creator": "blind6/make_blind6.py", "producer": "PyMuPDF",
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




def line_field(d, pno, x, y, label, value, lw, w, lfont="helv", lsize=7.5, vfont="cour", vsize=9,
               color=(0, 0, 0)):
    """Label left, value on a ruled fill-in line to its right (same baseline)."""
    d.text(pno, x, y + (vsize - lsize), lw, label, font=lfont, size=lsize, color=GRAY)
    hline(d, pno, x + lw, y + vsize + 2.6, x + w, width=0.4)
    if value:
        d.text(pno, x + lw + 2, y, w - lw - 4, value, font=vfont, size=vsize, color=color)


# ================================================================== 1. overdose / naloxone deployment
def doc_naloxone(outdir):
    d = Doc("fhpd_naloxone_deployment_e01", "Fernhollow Police Department - Overdose Response and Naloxone Administration Report")
    L, R = 50, 562
    p = d.new_page()
    rect(d, p, (L, 30, R, 74), width=1.4)
    d.text(p, L + 10, 36, 330, "{AG:FERNHOLLOW POLICE DEPARTMENT}", font="hebo", size=12.5)
    d.text(p, L + 10, 52, 330, "Overdose Response / Naloxone Administration Report", font="hebo", size=9)
    d.text(p, L + 10, 63, 330, "Form OD-2  \u00b7  complete for every naloxone deployment, CPR save or overdose death",
           font="helv", size=6.5, color=GRAY)
    d.text(p, R - 170, 38, 160, "Report No.", font="helv", size=7, color=GRAY, align="right")
    d.text(p, R - 170, 48, 160, "{C:FH26-008812}", font="cobo", size=12, align="right")
    y = 86
    cw = (R - L) / 2
    rows = [
        [("Date of incident", "{ID:12/01/2026}", 78), ("Time of call", "0214 hrs", 70)],
        [("Patient name", "{P:OKONJO, CHIDUBEM \"CHIDI\"}", 78), ("Date of birth", "{D:03.22.1994}", 70)],
        [("Patient phone", "{PH:541.555.0138}", 78), ("Sex / age", "M / 32", 70)],
        [("Reporting party", "{P:Wilhelmina Sato-Pryce}", 78), ("RP phone", "{PH:+1 (541) 555-0134}", 70)],
        [("Relationship", "roommate (lessee)", 78), ("EMS agency", "{AG:Fernhollow Fire & Rescue} M12", 70)],
    ]
    for row in rows:
        for i, (lab, val, lw) in enumerate(row):
            line_field(d, p, L + i * cw, y, lab, val, lw, cw - 12)
        y += 19
    line_field(d, p, L, y, "Location (residence)", "{A:4012 SE Tamsin Court, Unit 3B, Fernhollow, OR 97398}", 78,
               R - L)
    y += 19
    line_field(d, p, L, y, "Transported to", "{PP:Tamsin Valley Medical Center}, ED bay 4", 78, R - L)
    y += 24
    d.text(p, L, y, R - L, "NALOXONE / CARE GIVEN", font="hebo", size=8.5)
    y += 13
    opts = [("Nasal 4 mg", True), ("Nasal 8 mg", False), ("IM 0.4 mg", False), ("Rescue breathing", True),
            ("CPR", False), ("AED applied", False), ("Bystander dose before arrival", True)]
    xx = L
    for lab, on in opts:
        checkbox(d, p, xx, y, on)
        d.text(p, xx + 10, y - 0.5, 120, lab, font="helv", size=7.5)
        xx += tlen(lab, "helv", 7.5) + 24
    y += 14
    pno, y = table(d, p, L, y, [60, 80, 120, 110, 142],
                   ["Dose", "Time", "Given by", "Route / amount", "Response"],
                   [["1", "0209", "{P:W. Sato-Pryce} (bystander)", "nasal 4 mg (kit)", "none after 2 min"],
                    ["2", "0221", "{O:Ofc. Benedikt Hrabowski}", "nasal 4 mg", "shallow breathing 0224"],
                    ["3", "0226", "{O:Senior Officer Keala Fonoti}", "nasal 4 mg", "alert, combative 0229"]],
                   size=8, fonts=["cour", "cour", None, None, None], hfill=(0.86, 0.92, 0.86))
    y += 14
    d.text(p, L, y, R - L, "NARRATIVE", font="hebo", size=8.5)
    y += 12
    fl = Flow(d, [(p, L, R, y, 730)])
    nar = dict(font="tiro", size=10, lead=1.32, after=0.6)
    fl.para("On {ID:December 1, 2026} at 0214 hrs I was dispatched to a possible overdose at the above "
            "apartment. Through the radio {T:static} I heard the call taker say CPR instructions were being "
            "given. {P:Wilhelmina Sato-Pryce} met me at the door and said her roommate \"{P:Chidi}\" was blue "
            "and snoring; she had already given one dose from the kit the county handed out. I found "
            "{P:Okonjo} supine on the bathroom floor, pinpoint pupils, about four breaths a minute.", **nar)
    fl.para("{O:Senior Officer Fonoti} {B:F-205} and I gave two more doses (table above) and rescue breaths with a "
            "bag-valve mask. At 0229 {P:Okonjo} woke, vomited and tried to leave. Medic 12 arrived at 0231 "
            "and took over care. {P:Chidubem Okonjo} agreed to go to {PP:Tamsin Valley Medical Center}.", **nar)
    fl.para("On the sink were a burnt foil strip and two blue \"M30\" pills (tag 26-4410, field test "
            "positive for fentanyl). {P:Okonjo} said he bought them on Friday from a man he knows only as "
            "\"{P:Static}\", later named by {P:Sato-Pryce} as {P:Mercer Crane}, who works nights near the "
            "construction {T:cranes} on the waterfront. {P:Crane}'s phone is saved in the roommate's contacts "
            "as {PH:(541) 555-0172}. {P:Crane} drives a grey Civic, OR plate {PL:719 LXK}.", **nar)
    fl.para("Because {P:Okonjo} and {P:Sato-Pryce} sought medical help, no charge of {OF:Possession of a "
            "Controlled Substance} ({OF:ORS 475.854}) will be referred against either of them "
            "({OF:ORS 475.898}, good-faith reporting). The pills are being held for a delivery investigation "
            "({OF:Unlawful Delivery of Fentanyl}, {OF:ORS 475.752}) under related case {C:FH26-008830}.", **nar)
    fl.para("The patient's mother, {P:Adaeze Okonjo}, was called at {PH:(971) 555-0177} at 0305 and asked that "
            "any mail go to her address, {A:PO Box 3380, Coquille Bluff, OR 97423}. A peer-recovery "
            "referral was sent to {AG:Alder Slough County Behavioral Health}.", **nar)
    fl.space(4)
    fl.para("Reporting officer: {O:Ofc. Benedikt Hrabowski} {B:F-318}        Approved: {O:Sgt. Imogen Tallchief} "
            "{B:F-044}", font="helv", size=8.5, after=0.2)
    footer(d, 0, "{PP:600 Alder Slough Road, Fernhollow, OR 97398}  \u00b7  {PP:541-555-0100}  \u00b7  "
           "{PP:www.fernhollowpd.example.org}", "Page 1 of 1", L=L, R=R)
    return d.finish(outdir)


# ================================================================== 2. bicycle registration / recovery letter
def doc_bicycle(outdir):
    d = Doc("bgpd_bicycle_recovery_letter_e02", "Bramblegate Police Department - Registered Bicycle Recovery Notice")
    L, R = 72, 540
    p = d.new_page()
    rect(d, p, (L, 40, L + 52, 92), width=1.0)
    d.text(p, L, 56, 52, "BPD", font="tibo", size=14, align="center")
    d.text(p, L, 72, 52, "est. 1911", font="tiit", size=7, align="center")
    d.text(p, L + 62, 42, 300, "{AG:Bramblegate Police Department}", font="tibo", size=15)
    d.text(p, L + 62, 62, 300, "Community Services Section \u2014 Bicycle Registry", font="tiit", size=10)
    d.text(p, R - 160, 44, 160, "{PP:410 Spindle Street}\n{PP:Bramblegate, NC 27596}\n{PP:(919) 555-0100}\n"
           "{PP:bramblegatepd.example.net}", font="tiro", size=8.5, lead=1.25, align="right")
    hline(d, p, L, 100, R, width=0.5)
    y = 116
    d.text(p, L, y, 200, "December 3, 2026", font="tiro", size=11)
    y += 26
    y = d.text(p, L, y, 260, "Ms. {P:Marguerite Ashdown-Fofana}\n{A:2207 Quaker Meadow Lane\nBramblegate, NC 27596}",
               font="tiro", size=11, lead=1.2)
    y += 12
    y = d.text(p, L, y, R - L, "Re:  Your son's registered bicycle \u2014 recovered\n"
               "       Theft report {C:BG26-31170}; recovered on {ID:November 30, 2026}", font="tibo", size=10.5,
               lead=1.25)
    y += 10
    fl = Flow(d, [(p, L, R, y, 742)], more=lambda: [(d.new_page(), L, R, 64, 742)])
    body = dict(font="tiro", size=11, lead=1.35, after=0.7)
    fl.para("Dear Ms. {P:Ashdown-Fofana}:", **body)
    fl.para("The bicycle that your son {P:Kofi} registered with our department last spring, and that you reported "
            "stolen from the rack at {PP:Sweetgum Elementary School} on {ID:October 14, 2026}, has been recovered. "
            "A neighbour of the school, {P:Odile Lock}, saw a young man cut the {T:padlock} and wrote down a "
            "description. On {ID:November 30} {O:School Resource Officer Tremaine Boykin} found the bicycle, "
            "repainted, in a shed behind {A:88 Tanyard Row, Bramblegate}, the residence of "
            "{P:Ignacio \"Nacho\" Barragán} (born {D:January 5th, 2007}). Mr. {P:Barragán} has been charged "
            "with {OF:Possession of Stolen Goods} ({OF:N.C.G.S. \u00a7 14-71.1}).", **body)
    fl.para("Our registry record is printed below so you can confirm it is the same bicycle:", **body)
    fl.need(80)
    pno, yy = table(d, fl.pno, L + 20, fl.y, [150, 278],
                    None,
                    [["Registered owner", "{P:Kofi Ashdown-Fofana} (born {D:May 30th, 2013})"],
                     ["Parent / guardian", "{P:Marguerite Ashdown-Fofana}, {PH:919 555 0166}"],
                     ["E-mail on file", "{E:m.ashdown.fofana@example.com}"],
                     ["Registration no. / serial", "BG-BR-25-0717  /  WTU-118Q4471"],
                     ["Description", "Trek Marlin 5, 27.5 in., blue (now painted black)"]],
                    font="tiro", size=10, fonts=["tibo", None])
    fl.y = yy + 12
    fl.para("Because the bicycle is evidence, it can be released only to the parent named on the registration. "
            "Please bring a photo ID; the North Carolina licence on file for you ends in 7215 (full number "
            "{DL:000041877215}). We tried to call you at {PH:919 555 0166} and at your work number, "
            "{PH:919-555-0181}, without success. Ms. {P:Lock} asked to be told when {P:Kofi} has his bicycle back; "
            "she may be reached at {PH:(919) 555-0129}.", **body)
    fl.para("The property room at {PP:410 Spindle Street} is open Monday to Friday, 8:30 a.m. to 4:30 p.m. Please "
            "call {PP:(919) 555-0108} before you come. If the case goes to trial, the Assistant District "
            "Attorney may ask the {PP:Sweetgum County Courthouse} to keep photographs rather than the bicycle.",
            **body)
    fl.para("Sincerely,", font="tiro", size=11, after=2.2)
    fl.para("{O:Priya Venkataraman}", font="tiit", size=15, color=BLUE, after=0.2)
    fl.para("{O:Community Services Officer Priya Venkataraman}, {B:CSO-14}", font="tiro", size=10.5, after=0.1)
    fl.para("Bicycle Registry Coordinator", font="tiro", size=10.5, after=1.2)
    fl.para("cc: {O:SRO Tremaine Boykin} {B:2117}; case file {C:BG26-31170}", font="tiro", size=9.5)
    for i in range(len(d.pdf)):
        footer(d, i, "{AG:Bramblegate Police Department}  \u00b7  Serving with honor since 1911",
               f"Page {i + 1} of {len(d.pdf)}", L=L, R=R, font="tiro")
    return d.finish(outdir)


# ================================================================== 3. elder financial exploitation referral
def doc_elder(outdir):
    d = Doc("qtpd_elder_exploitation_referral_e03", "Quillfeather Township Police Department - Elder Financial Exploitation Referral")
    L, R = 54, 558

    def new_page():
        q = d.new_page()
        d.text(q, L, 28, 300, "QTPD {C:QT-26-05518}  \u00b7  Elder exploitation referral", font="helv", size=7.5,
               color=GRAY)
        d.text(q, L, 28, R - L, "CONFIDENTIAL \u2014 PROTECTIVE SERVICES", font="hebo", size=7.5, color=DARKRED,
               align="right")
        hline(d, q, L, 39, R, width=0.4, color=GRAY)
        return q

    p = new_page()
    d.text(p, L, 50, R - L, "{AG:QUILLFEATHER TOWNSHIP POLICE DEPARTMENT}", font="hebo", size=13)
    d.text(p, L, 67, R - L, "Referral of Suspected Financial Exploitation of an Older Adult", font="helv", size=10.5)
    hline(d, p, L, 82, R, width=1.0)
    y = 90

    def section(title):
        nonlocal y
        rect(d, p, (L, y, R, y + 12), width=0, fill=(0.86, 0.88, 0.93))
        d.text(p, L + 3, y + 2, R - L, title, font="hebo", size=8)
        y += 17

    section("1. REFERRAL")
    for a, b, c, e in [("Incident no.", "{C:QT-26-05518}", "Referred to", "{AG:Bellwyn County Area Agency on Aging}"),
                       ("Period of loss", "{ID:08/14/2026} \u2013 {ID:11/20/2026}", "APS intake no.",
                        "{C:AAA-PS-26-1930}"),
                       ("Investigator", "{O:Det. Cpl. Anneliese Vukovich}", "Badge", "{B:Q-27}")]:
        kv(d, p, L, y, a + ":", b, 78, lfont="hebo", vfont="helv", size=8.5, width=250)
        kv(d, p, L + 262, y, c + ":", e, 70, lfont="hebo", vfont="helv", size=8.5, width=R - L - 262)
        y += 13
    y += 4
    section("2. OLDER ADULT (VICTIM)")
    for a, b, c, e in [("Name:", "{P:Eulalia Brzezinski}", "SSN:", "{S:211-58-9034}"),
                       ("Born:", "{D:the fourth of January, 1938}", "Phone:", "{PH:(484) 555-0116}"),
                       ("Residence:", "{A:19 Larkspur Lane, Apt. 204, Quillfeather, PA 19478}", "", "")]:
        kv(d, p, L, y, a, b, 78, lfont="hebo", vfont="helv", size=8.5, width=262 if c else R - L)
        if c:
            kv(d, p, L + 262, y, c, e, 70, lfont="hebo", vfont="helv", size=8.5, width=R - L - 262)
        y += 13
    y += 4
    section("3. ALLEGED PERPETRATOR")
    for a, b, c, e in [("Name:", "{P:FAIRBANKS-MOTT, CORDELIA FAYE}", "AKA:", "\"{P:Cordie}\""),
                       ("DOB:", "{D:1979-11-08}", "PA DL:", "{DL:31 447 902}"),
                       ("Address:", "{A:RR 2 Box 115A, Tuscarora Glen, PA 17055}", "Vehicle:",
                        "2025 Kia Sorento, PA {PL:KZT-9032}")]:
        kv(d, p, L, y, a, b, 78, lfont="hebo", vfont="helv", size=8.5, width=262)
        kv(d, p, L + 262, y, c, e, 70, lfont="hebo", vfont="helv", size=8.5, width=R - L - 262)
        y += 13
    y += 4
    section("4. TRANSACTIONS UNDER REVIEW")
    vin = make_vin("5XYP5DGC", "SG")
    pno, y = table(d, p, L, y, [70, 96, 150, 70, 118],
                   ["Date", "Instrument", "Payee / description", "Amount", "Source"],
                   [["{ID:08/14/2026}", "Check 4418", "{P:C. Fairbanks-Mott}, \"housekeeping\"", "$2,400.00",
                     "{PP:Quillfeather Savings Bank}"],
                    ["{ID:09/02/2026}", "ATM, 6 withdrawals", "cash, branch at {PP:Larkspur Plaza}", "$3,000.00",
                     "{PP:Quillfeather Savings Bank}"],
                    ["{ID:10/11/2026}", "Cashier's check", "down payment, Kia Sorento VIN {V:" + vin + "}",
                     "$11,500.00", "{PP:Keystone Heritage Credit Union}"],
                    ["{ID:11/20/2026}", "Zelle", "{P:Faisal bin Tariq}", "$1,850.00", "{PP:Quillfeather Savings Bank}"]],
                   size=7.8, hsize=7.5, fonts=["cour", "cour", None, "cour", None])
    y += 12
    section("5. NARRATIVE")
    fl = Flow(d, [(p, L, R, y, 742)], more=lambda: [(new_page(), L, R, 52, 742)])
    nar = dict(font="helv", size=9.5, lead=1.38, after=0.6)
    fl.para("On {ID:November 23, 2026} {P:Hyacinth Oduya}, fraud officer at {PP:Quillfeather Savings Bank}, "
            "called to report unusual activity on the account of a long-time customer, Mrs. {P:Brzezinski}, "
            "age 88. Ms. {P:Oduya} can be reached at {PH:610-555-0152} ext. 3. She said a woman she knew as "
            "\"{P:Cordie}\" had driven Mrs. {P:Brzezinski} to the branch four times since August and did all the "
            "talking.", **nar)
    fl.para("I met Mrs. {P:Brzezinski} at her apartment on {ID:November 24}. She was alert and oriented, "
            "with {T:mottled} bruising on both forearms that she said came from a fall. She identified "
            "{P:Cordelia Fairbanks-Mott} as the home aide sent by an agency in 2025 who \"stayed on privately\". "
            "She said she signed the check for $2,400 believing it was a month of wages, but did not know about the "
            "ATM withdrawals or the car. She did not know the name {P:Faisal bin Tariq}; records show he is "
            "{P:Fairbanks-Mott}'s boyfriend, {P:bin Tariq} being the account holder who received the Zelle "
            "transfer.", **nar)
    fl.para("Mrs. {P:Brzezinski}'s only child, {P:Wanda Brzezinski Ortega}, lives in Albuquerque and was "
            "contacted at {PH:(505) 555-0121} and {E:wbortega@example.net}. She holds a power of attorney dated "
            "2019 and will ask the bank to freeze the account. She said {P:Cordie} had told her mother not to "
            "\"bother {P:Wanda} with money things\".", **nar)
    fl.para("On {ID:December 1, 2026} I interviewed {P:Fairbanks-Mott} at the station with {O:Ofc. Tobiah "
            "Greenhalgh} {B:Q-41} present. After Miranda warnings she said the money was a gift and that "
            "\"{P:Lala}\" (her name for Mrs. {P:Brzezinski}) wanted her to have a reliable car. She declined to "
            "give a written statement. The Kia is titled to her alone.", **nar)
    fl.para("Possible offences: {OF:Theft by Deception} ({OF:18 Pa.C.S. \u00a7 3922}) and {OF:Financial "
            "Exploitation of an Older Adult or Care-Dependent Person} ({OF:18 Pa.C.S. \u00a7 3922.1}). The case "
            "will be reviewed with the {AG:Bellwyn County District Attorney's Office}. A copy of this referral "
            "goes to the Area Agency on Aging under the Older Adults Protective Services Act.", **nar)
    fl.space(6)
    fl.para("6. NOTIFICATIONS", font="hebo", size=8.5, after=0.4)
    for t in ["Area Agency on Aging, protective services intake \u2014 {PP:(610) 555-0190}, 12/01/2026 1415",
              "Bank fraud unit \u2014 Ms. {P:Oduya}, {PH:610-555-0152}",
              "Daughter / POA \u2014 {P:W. B. Ortega}, by e-mail"]:
        fl.para(t, font="helv", size=9, lead=1.3, after=0.3, label=[(6, "\u2013", "helv")], label_w=16)
    fl.space(8)
    fl.para("{O:Det. Cpl. Anneliese Vukovich} {B:Q-27}                Reviewed by {O:Chief Leopold Osei-Bonsu}",
            font="helv", size=9)
    for i in range(len(d.pdf)):
        footer(d, i, "{AG:Quillfeather Township Police Department}  \u00b7  {PP:1 Municipal Drive, Quillfeather, PA 19478}",
               f"Page {i + 1} of {len(d.pdf)}", L=L, R=R)
    return d.finish(outdir)


# ================================================================== 4. hit-and-run follow-up (typewriter)
def doc_hit_run(outdir):
    d = Doc("lwpd_hit_and_run_followup_e04", "Loonwater Police Department - Hit-and-Run Follow-up Investigation")
    L, R = 64, 548

    def new_page():
        q = d.new_page()
        d.text(q, L, 34, R - L, "LOONWATER PD  CASE {C:LW-26-014402}  FOLLOW-UP #2  (CONT.)", font="cour", size=8.5)
        hline(d, q, L, 46, R, width=0.3)
        return q

    p = d.new_page()
    d.text(p, L, 40, R - L, "{AG:LOONWATER POLICE DEPARTMENT}", font="cobo", size=12, align="center")
    d.text(p, L, 55, R - L, "TRAFFIC SAFETY UNIT - SUPPLEMENTARY REPORT", font="cour", size=10, align="center")
    hline(d, p, L, 70, R, width=0.8)
    hline(d, p, L, 72.5, R, width=0.3)
    y = 80
    for a, b in [("CASE NO.", "{C:LW-26-014402}"),
                 ("OFFENSE", "{OF:LEAVING THE SCENE - PERSONAL INJURY} ({OF:MINN. STAT. 169.09})"),
                 ("DATE OF OCCURRENCE", "{ID:11/19/2026}, 1742 HRS"),
                 ("LOCATION", "7TH AVE N AT LAKE STREET (UNSIGNALIZED CROSSWALK)"),
                 ("VICTIM", "{P:RAGHUNATHAN, SIDDHARTH V.}  DOB {D:07/04/1961}"),
                 ("REPORTING OFFICER", "{O:INVESTIGATOR SOLVEIG NAKAMURA-LUND} #{B:LW-112}"),
                 ("DATE OF REPORT", "12/04/2026")]:
        d.text(p, L, y, 150, a + ":", font="cobo", size=9)
        y = d.text(p, L + 150, y, R - L - 150, b, font="cour", size=9, lead=1.2) + 2.5
    y += 8
    fl = Flow(d, [(p, L, R, y, 735)], more=lambda: [(new_page(), L, R, 58, 735)])
    body = dict(font="cour", size=9.5, lead=1.45, after=0.9)

    def head(t):
        fl.need(40)
        fl.para(t, font="cobo", size=9.5, after=0.4)

    head("SUMMARY OF ORIGINAL REPORT")
    fl.para("ON {ID:11/19/2026} {O:PTL. MATEUS CARDOSO} #{B:LW-66} RESPONDED TO A PEDESTRIAN STRUCK IN THE "
            "CROSSWALK. THE VICTIM, {P:SIDDHARTH RAGHUNATHAN}, 65, WAS TAKEN TO {PP:LOONWATER REGIONAL MEDICAL "
            "CENTER} WITH A FRACTURED PELVIS. THE SUSPECT VEHICLE, A DARK PICKUP, LEFT NORTHBOUND. A PARTIAL "
            "PLATE, \"{PL:GXR}\", WAS REPORTED BY A WITNESS.", **body)
    head("FOLLOW-UP ACTIVITY")
    fl.para("11/21/2026 - I SPOKE WITH THE WITNESS, {P:HAMZA YUSUF WARSAME} (SPELLED {P:W-A-R-S-A-M-E}), "
            "A DELIVERY DRIVER, BY PHONE AT {PH:2185550143}. HE REPEATED THAT THE PICKUP WAS A BLACK OR NAVY "
            "FORD WITH A CHROME TOOLBOX AND A PLATE STARTING \"GXR\". HE LIVES AT {A:1408 KITTIWAKE AVE, "
            "APT 9, LOONWATER, MN 55720}.", **body)
    fl.para("11/21/2026 - A SECOND WITNESS, {P:BIRGIT AASLAND}, DOB {D:SEPT. 9, 1988}, CALLED IN AFTER THE "
            "NEWS STORY. SHE WAS WAITING AT THE BUS SHELTER OUTSIDE {PP:NORTHERN PIKE BAIT & TACKLE} AND SAW "
            "THE DRIVER LEAN OUT AND LOOK BACK BEFORE DRIVING OFF: WHITE MALE, 20S, ORANGE HUNTING CAP. "
            "CONTACT {PH:218 555 0107}; E-MAIL {E:b.aasland@example.org}.", **body)
    fl.para("11/24/2026 - A DVS QUERY OF MN PLATES BEGINNING GXR ON 2010-2020 FORD PICKUPS RETURNED FOUR "
            "VEHICLES. ONE, MN {PL:GXR 418}, A 2016 F-150 IN BLUE JEANS METALLIC, IS REGISTERED TO "
            "{P:GUNNAR TOLLEFSRUD} OF {A:RURAL ROUTE 1, BOX 66, EMBARRASS, MN 55732}.", **body)
    fl.para("11/25/2026 - {O:SGT. RUBEN LINDGREN} #{B:LW-31} AND I WENT TO THE {P:TOLLEFSRUD} FARM. "
            "MR. {P:TOLLEFSRUD} (DOB {D:02/17/1954}) SAID THE PICKUP IS DRIVEN BY HIS GRANDSON, {P:KYLE BRAGG}, "
            "WHO \"HAS BEEN {T:BRAGGING} ABOUT NOTHING LATELY, WHICH IS NOT LIKE HIM\". THE TRUCK WAS NOT "
            "THERE.", **body)
    vin = make_vin("1FTEW1EG", "GF")
    fl.para("11/26/2026 - THE PICKUP WAS FOUND AT {PP:LAKEHEAD COLLISION & GLASS}, {PP:2290 HIGHWAY 53, "
            "LOONWATER}, BOOKED IN FOR A NEW RIGHT HEADLAMP AND GRILLE. VIN {V:" + vin + "} MATCHES THE "
            "REGISTRATION. SHOP MANAGER {P:DENISE KRALL-OYELARAN} SAID {P:BRAGG} DROPPED IT OFF ON 11/20 AND "
            "ASKED FOR CASH PRICING. THE TRUCK WAS SEIZED AND TOWED TO THE PD GARAGE UNDER SEARCH WARRANT "
            "{C:SW-26-0418}.", **body)
    fl.para("11/28/2026 - {P:KYLE ANDREW BRAGG}, DOB {D:1999-06-23}, MN DL {DL:T413209558901}, CAME TO THE "
            "STATION WITH HIS FATHER, {P:LEIF BRAGG}, AND ATTORNEY. HE DECLINED TO GIVE A STATEMENT. HIS "
            "ADDRESS ON THE LICENCE IS {A:511 1/2 W 2ND ST, LOONWATER}; HIS PHONE {PH:(218) 555-0189}.", **body)
    fl.para("12/02/2026 - THE STATE LAB ({AG:MINNESOTA NORTHLAND REGIONAL CRIME LAB}) MATCHED FIBRES ON THE "
            "GRILLE TO THE VICTIM'S COAT (LAB NO. {C:NL-26-7719}). MR. {P:RAGHUNATHAN} REMAINS AT "
            "{PP:LOONWATER REGIONAL MEDICAL CENTER}; HIS WIFE, {P:ANJALI RAGHUNATHAN}, ASKED THAT ALL CALLS "
            "GO TO HER CELL, {PH:218.555.0160}.", **body)
    head("STATUS")
    fl.para("CASE REFERRED TO THE {AG:ST. CROIX RANGE COUNTY ATTORNEY} FOR CHARGING OF {P:BRAGG} WITH "
            "{OF:CRIMINAL VEHICULAR OPERATION - SUBSTANTIAL BODILY HARM} ({OF:MINN. STAT. 609.2113}) AND "
            "LEAVING THE SCENE. {P:BRAGG}'S GRANDFATHER HAS BEEN TOLD HE MAY RECOVER THE TRUCK ONLY AFTER THE "
            "COUNTY ATTORNEY RELEASES IT.", **body)
    fl.space(10)
    fl.para("/S/ {O:INV. S. NAKAMURA-LUND} #{B:LW-112}       REVIEWED: {O:LT. HALVARD ESKOLA} #{B:LW-08}",
            font="cour", size=9)
    for i in range(len(d.pdf)):
        d.text(i, L, 752, R - L, f"PAGE {i + 1} OF {len(d.pdf)}     {{AG:LOONWATER PD}}, {{PP:300 CITY HALL PLAZA, "
               f"LOONWATER, MN 55720}}", font="cour", size=7.5, align="center")
    return d.finish(outdir)


# ================================================================== 5. juvenile curfew contact log (landscape)
def doc_curfew(outdir):
    d = Doc("owpd_curfew_contact_log_e05", "Ocotillo Wash Police Department - Juvenile Curfew Contact and Parent Notification Log")
    L, R = 28, 764
    p = d.new_page(792, 612)
    rect(d, p, (L, 22, R, 50), width=0, fill=(0.55, 0.27, 0.10))
    d.text(p, L + 8, 27, 440, "{AG:OCOTILLO WASH POLICE DEPARTMENT}", font="hebo", size=12, color=(1, 1, 1))
    d.text(p, L + 8, 40, 440, "Juvenile curfew contacts & parent notification \u2014 Patrol Division, swing shift",
           font="helv", size=7.5, color=(1, 1, 1))
    d.text(p, R - 300, 28, 292, "Week of {ID:Nov. 27} \u2013 {ID:Dec. 3, 2026}", font="hebo", size=9,
           color=(1, 1, 1), align="right")
    d.text(p, R - 300, 40, 292, "Curfew ord. {OF:OWMC \u00a7 9-4-3} (under 18, 2200\u20130500)", font="helv",
           size=7.5, color=(1, 1, 1), align="right")
    rows = [
        ["{C:OW-CF-0311}", "11/27 2241", "{P:YAZZIE, KADEN J.}", "{D:04/02/2010}", "{P:Yazzie, Darlene Begay}",
         "{PH:(928) 555-0114}", "Parent at scene", "{O:Ofc. Vance Ruelas}"],
        ["{C:OW-CF-0312}", "11/28 2315", "{P:VILLASE\u00d1OR, ITZEL}", "{D:2009-12-19}", "{P:Villase\u00f1or Cuevas, Araceli}",
         "{PH:928.555.0147}", "Home, parent", "{O:Ofc. Vance Ruelas}"],
        ["{C:OW-CF-0313}", "11/28 2315", "{P:BANKS, AMARI}", "{D:8/8/09}", "{P:Banks, Tonya}",
         "{PH:9285550182}", "Home, parent", "{O:Cpl. Deonte Whitfield}"],
        ["{C:OW-CF-0314}", "11/29 0040", "{P:NGUYEN, BAO}", "{D:Mar 3 2011}", "{P:Nguyen, Thi Huong}",
         "{PH:928 555 0125}", "Station, aunt", "{O:Cpl. Deonte Whitfield}"],
        ["{C:OW-CF-0315}", "11/30 2210", "{P:BEGAY-TSO, SHILOH R.}", "{D:01/27/2009}", "{P:Tso, Harrison}",
         "{PH:+1 928-555-0139}", "Grandfather at scene", "{O:Ofc. Xiomara Quintanar}"],
        ["{C:OW-CF-0316}", "12/02 2330", "{P:McGRATH, PIPER}", "{D:06/15/2010}", "{P:McGrath, Colm}",
         "{PH:(602) 555-0193}", "Citation, parent", "{O:Ofc. Xiomara Quintanar}"],
        ["{C:OW-CF-0317}", "12/03 0115", "{P:O'DELL-ARVIZU, JAXON}", "{D:10/31/2008}", "none reached",
         "\u2014", "CPS on-call", "{O:Sgt. Ezequiel Montaño}"],
    ]
    pno, y = table(d, p, L, 58, [70, 62, 132, 64, 140, 92, 96, 112],
                   ["Contact #", "Date / time", "Juvenile (last, first)", "DOB", "Parent / guardian notified",
                    "Parent phone", "Released to", "Officer"],
                   rows, size=7.8, fonts=["cour", "cour", "hebo", "cour", None, None, None, None],
                   shade=(0.98, 0.94, 0.88), hfill=(0.93, 0.85, 0.75))
    y += 12
    d.text(p, L, y, 300, "CONTACT NOTES", font="hebo", size=9)
    y += 13
    fl = Flow(d, [(p, L, 392, y, 560), (p, 408, R, y, 560)])
    nt = dict(font="helv", size=8, lead=1.32, after=0.5)
    fl.para("0311 \u2014 {P:Kaden} was skateboarding in the {PP:Saguaro Ridge Community Park} lot with two adults; "
            "mother {P:Darlene Begay Yazzie} came from {A:2150 W Paloverde Loop, Ocotillo Wash, AZ 85928} and "
            "took him home. Warning only.", **nt)
    fl.para("0312/0313 \u2014 {P:Itzel} and {P:Amari} were on the canal {T:embankment} behind {PP:Desert Bloom "
            "Middle School}. Both walked home with {O:Ofc. Ruelas} {B:OW-208} and {O:Cpl. Whitfield} {B:OW-151}. "
            "Mrs. {P:Villase\u00f1or Cuevas} asked that the school not be told. {P:Amari}'s mother, Ms. {P:Banks}, "
            "said he had her permission to be at his cousin's, {A:377 E Chuparosa St, Apt. 12}.", **nt)
    fl.para("0314 \u2014 {P:Bao} (13) was alone at the {PP:Gila Sun Market} on Route 60 after his bike chain broke. "
            "Driven to the station; aunt {P:Huong Nguyen} picked him up at 0130. No citation.", **nt)
    fl.para("0315 \u2014 {P:Shiloh}'s grandfather, Mr. {P:Tso}, arrived within ten minutes; he gave his address as "
            "{A:HC 65 Box 2041, Cibecue Wash, AZ 85911}. Warning only.", **nt)
    fl.para("0316 \u2014 Second curfew contact for {P:Piper} in 30 days. Parent {P:Colm McGrath} signed juvenile "
            "citation {C:OW-JC-26-0442}; referred to {AG:Paloverde County Juvenile Probation} diversion.", **nt)
    fl.para("0317 \u2014 {P:Jaxon} gave a false name (\"{P:Jake Arvizu}\") and was found to be a runaway "
            "reported by {AG:Chollawood Police Department} (NCIC {C:M-26-77120}). Held for "
            "{AG:Paloverde County Child Welfare Services} on-call worker; {OF:Runaway} and {OF:False Reporting to Law Enforcement} "
            "({OF:A.R.S. \u00a7 13-2907.01}) noted. Supervisor {O:Sgt. Montaño} {B:OW-044} approved.", **nt)
    footer(d, 0, "OWPD Form JV-7  \u00b7  Juvenile records \u2014 not for public release (A.R.S. \u00a7 8-208)  \u00b7  "
           "Records {PP:(928) 555-0100}", "Page 1 of 1", L=L, R=R, y=596)
    return d.finish(outdir)


# ================================================================== 6. court-ordered property release (order + receipt)
def doc_property_release(outdir):
    d = Doc("bcso_property_release_order_e06", "Bellcastle District Court Order and Sheriff's Property Release Receipt")
    L, R = 72, 540
    p = d.new_page()
    d.text(p, L, 48, R - L, "COMMONWEALTH OF KENTUCKY", font="tibo", size=12, align="center")
    d.text(p, L, 64, R - L, "{PP:BELLCASTLE DISTRICT COURT}", font="tibo", size=12, align="center")
    d.text(p, L, 80, R - L, "CRIMINAL DIVISION", font="tiro", size=11, align="center")
    y = 104
    rect(d, p, (L, y, R, y + 86), width=0.7)
    page_line_x = L + 280
    d.page(p).draw_line((page_line_x, y), (page_line_x, y + 86), color=(0, 0, 0), width=0.7)
    d.text(p, L + 8, y + 8, 264, "COMMONWEALTH OF KENTUCKY,\n        Plaintiff,\nv.\n{P:BEAUREGARD LEE SLONE},\n"
           "        Defendant.", font="tiro", size=11, lead=1.25)
    d.text(p, page_line_x + 10, y + 14, 170, "Case No. {C:26-M-00873}\n\nORDER FOR RELEASE OF\nSEIZED PROPERTY",
           font="tibo", size=11, lead=1.25)
    y += 104
    fl = Flow(d, [(p, L, R, y, 720)], more=lambda: [(d.new_page(), L, R, 60, 720)])
    body = dict(font="tiro", size=12, lead=1.7, after=0.5, indent=36)
    fl.para("This matter came before the Court on the motion of the claimant, {P:Odessa Mae Kincaid-Whitt}, for "
            "return of property seized by the {AG:Bellcastle County Sheriff's Office} on {ID:September 3, 2026} "
            "from the residence at {A:1180 Lick Branch Road, Marrowbone, KY 41653} in connection with the charge "
            "against the Defendant of {OF:Receiving Stolen Property Under $1,000} ({OF:KRS 514.110}).", **body)
    fl.para("The Court finds that the items listed in Exhibit A belong to the claimant, who is the Defendant's "
            "aunt, that the Commonwealth does not object, and that photographs of the items are sufficient for "
            "trial. The Court further finds that the Defendant, known as \"{P:Bo}\", has no claim to "
            "them.", **body)
    fl.para("IT IS THEREFORE ORDERED that the {AG:Bellcastle County Sheriff's Office} release the Exhibit A items "
            "to {P:Odessa Mae Kincaid-Whitt}, or to her son {P:Harlan Kincaid} upon a written authorisation "
            "signed by her, within fourteen days, upon presentation of photo identification.", **body)
    fl.para("SO ORDERED this 1st day of December, 2026.", **body)
    fl.space(26)
    fl.para("______________________________", font="tiro", size=12, after=0.1, indent=220)
    fl.para("{O:Hon. Cordell P. Maynard}, District Judge", font="tiro", size=11, after=0.1, indent=220)
    fl.space(20)
    fl.para("Distribution: Commonwealth Attorney; {AG:Bellcastle County Sheriff's Office}, Evidence Section; "
            "claimant at the address above; Defendant through counsel.", font="tiro", size=9.5, lead=1.3)
    # page 2: sheriff's release receipt
    q = d.new_page()
    rect(d, q, (L - 18, 36, R + 18, 66), width=0, fill=(0.15, 0.15, 0.15))
    d.text(q, L - 10, 42, 330, "{AG:BELLCASTLE COUNTY SHERIFF'S OFFICE}", font="hebo", size=11.5, color=(1, 1, 1))
    d.text(q, L - 10, 55, 330, "Evidence Section \u2014 Property Release Receipt", font="helv", size=8, color=(1, 1, 1))
    d.text(q, R - 170, 47, 180, "BCSO case {C:BC-26-3318}", font="hebo", size=9, color=(1, 1, 1), align="right")
    y = 80
    grid = [("Released to (print)", "{P:KINCAID-WHITT, ODESSA MAE}"), ("Date of birth", "{D:June 12, 1949}"),
            ("Identification", "KY operator's licence {DL:K07-412-883}"), ("Telephone", "{PH:(606) 555-0158}"),
            ("Mailing address", "{A:P.O. Box 94\nMarrowbone, KY 41653}"), ("Authority", "Court order, case {C:26-M-00873}")]
    cw = (R - L + 36) / 2
    for i, (lab, val) in enumerate(grid):
        cx = L - 18 + (i % 2) * cw
        cy = y + (i // 2) * 34
        field(d, q, cx, cy, cx + cw, cy + 34, lab.upper(), val, vfont="helv", vsize=9.5)
    y += 3 * 34 + 12
    d.text(q, L - 18, y, 300, "EXHIBIT A \u2014 PROPERTY RELEASED", font="hebo", size=9)
    y += 13
    pno, y = table(d, q, L - 18, y, [46, 250, 106, 102],
                   ["Tag", "Description", "Serial / marks", "Condition"],
                   [["3318-1", "Quilt, hand-stitched, \"Double Wedding Ring\" pattern", "initials O.M.K.", "good"],
                    ["3318-2", "Walking stick, {T:whittled} cedar, brass ferrule", "none", "good"],
                    ["3318-3", "Stihl MS 250 chainsaw", "1801447719", "fair"],
                    ["3318-4", "Marlin 336 rifle, .30-30 (NICS proceed, {C:NICS-26-88410-K})", "MR 14097B", "good"],
                    ["3318-5", "Photographs (family), 14, in tin box", "none", "good"]],
                   font="helv", size=8.5, fonts=["cour", None, "cour", None])
    y += 14
    y = d.text(q, L - 18, y, R - L + 36,
               "I acknowledge receipt of the property listed above. The firearm was released only after a NICS check "
               "returned PROCEED. Items 3318-6 through 3318-9 remain held for the trial of {P:B. L. Slone}. My nephew "
               "{P:Slone}'s belongings at {A:44 Possum Trot Hollow} were not part of this release.",
               font="helv", size=9, lead=1.35)
    y += 30
    hline(d, q, L - 18, y, L + 200, width=0.5)
    hline(d, q, L + 260, y, R + 18, width=0.5)
    d.text(q, L - 14, y - 16, 210, "{P:Odessa M. Kincaid-Whitt}", font="tiit", size=14, color=BLUE)
    d.text(q, L + 264, y - 13, 260, "{O:Evidence Custodian Dep. Waylon Caudill} {B:BC-19}", font="helv", size=8.5)
    d.text(q, L - 18, y + 3, 210, "Claimant signature \u00b7 12/04/2026", font="helv", size=6.5, color=GRAY)
    d.text(q, L + 260, y + 3, 200, "Released by", font="helv", size=6.5, color=GRAY)
    y += 26
    d.text(q, L - 18, y, R - L + 36, "Witness: {O:Sgt. Rhiannon Adkins-Hurt} {B:BC-07}. Claimant's son "
           "{P:Harlan} drove her and waited in the lot.", font="helv", size=8.5)
    for i in range(len(d.pdf)):
        footer(d, i, "{PP:Bellcastle County Justice Center, 200 Courthouse Square, Marrowbone, KY 41653}",
               f"Page {i + 1} of {len(d.pdf)}", L=L - 18, R=R + 18, font="tiro")
    return d.finish(outdir)


# ================================================================== 7. sobriety checkpoint contact log (landscape, all caps)
def doc_checkpoint(outdir):
    d = Doc("ccso_sobriety_checkpoint_log_e07", "Cressmoor County Sheriff's Office - Sobriety Checkpoint Contact Log")
    L, R = 26, 766
    p = d.new_page(792, 612)
    d.text(p, L, 24, 480, "{AG:CRESSMOOR COUNTY SHERIFF'S OFFICE} / {AG:CRESSMOOR POLICE DEPARTMENT}",
           font="cobo", size=10.5)
    d.text(p, L, 38, 480, "SOBRIETY CHECKPOINT - VEHICLE CONTACT LOG - AUTH. {C:CCSO-26-CP-004}", font="cour",
           size=8.5)
    d.text(p, R - 250, 24, 250, "DATE {ID:12/05/2026}  2100-0100", font="cobo", size=9.5, align="right")
    d.text(p, R - 250, 38, 250, "SITE: US HWY 20 EB AT MILE 261", font="cour", size=8.5, align="right")
    hline(d, p, L, 50, R, width=1.0)
    rows = [
        ["001", "2104", "{PL:MKT 441}", "IA", "(WAVED - QUEUE > 6)", "", "", "", "", ""],
        ["002", "2109", "{PL:KJW 207}", "IA", "{P:DE LA TORRE, RAMÓN A.}", "{DL:482LK6913}", "{D:05/09/1987}",
         "PBT .000", "RELEASED", "{O:DEP. HUXLEY}"],
        ["003", "2116", "{PL:EF 20991}", "NE", "{P:O'TOOLE, FINNEGAN J.}", "NE {DL:H11823045}", "{D:1992-03-14}",
         "SFST 6/6; PBT .121", "ARREST OWI", "{O:TPR. BEAUDETTE}"],
        ["004", "2122", "{PL:BRW 553}", "IA", "{P:VU, THANH LONG}", "{DL:713MN0442}", "{D:11/23/1975}",
         "NO INDICATORS", "RELEASED", "{O:DEP. VANG}"],
        ["005", "2130", "{PL:9XH 771}", "MN", "{P:SCHWARTZKOPF-ELLIS, GRETCHEN}", "MN {DL:S226104772319}",
         "{D:OCT 2 1969}", "DESIG. DRIVER", "RELEASED", "{O:DEP. VANG}"],
        ["006", "2141", "{PL:HLV 108}", "IA", "{P:MCNAIR, DESHAWN T.}", "{DL:604ZR1187} SUSP", "{D:02/29/1996}",
         "PBT .000", "CITED DWS; TOW", "{O:DEP. HUXLEY}"],
        ["007", "2153", "{PL:CQD 360}", "IA", "{P:CROW, DAKOTA LYNN}", "{DL:291WE5530}", "{D:7/7/90}",
         "ODOR; PBT .041", "RELEASED", "{O:TPR. BEAUDETTE}"],
        ["008", "2207", "{PL:LNF 882}", "IA", "{P:AL-SAADI, MUSTAFA K.}", "{DL:388TK2051}", "{D:19850416}",
         "NO INDICATORS", "RELEASED", "{O:DEP. HUXLEY}"],
        ["009", "2215", "{PL:TTZ 019}", "IA", "(WAVED - QUEUE > 6)", "", "", "", "", ""],
        ["010", "2231", "{PL:GMR 6604}", "IL", "{P:PRZYTULA, KASIA}", "IL {DL:P632-4418-9057}", "{D:01-30-2001}",
         "OPEN CONT. (PASS.)", "WARNING", "{O:DEP. VANG}"],
    ]
    pno, y = table(d, p, L, 58, [30, 34, 62, 26, 152, 104, 72, 96, 76, 88],
                   ["VEH", "TIME", "PLATE", "ST", "DRIVER (LAST, FIRST MI)", "DL NUMBER", "DOB", "SCREEN",
                    "RESULT", "OFFICER"],
                   rows, font="cour", size=7.8, hfont="cobo", hsize=7.5, shade=(0.94, 0.94, 0.94))
    y += 12
    d.text(p, L, y, 300, "NOTES", font="cobo", size=9)
    y += 13
    fl = Flow(d, [(p, L, R, y, 555)])
    nt = dict(font="cour", size=8, lead=1.35, after=0.5)
    vin = make_vin("1G1ZD5ST", "KF")
    fl.para("VEH 003 - {P:O'TOOLE} TRANSPORTED TO {PP:CRESSMOOR COUNTY JAIL} BY {O:TPR. JOAQUIN BEAUDETTE} "
            "#{B:ISP-1187}; DATAMASTER .108 AT 2219. CASE {C:CC26-20418}, {OF:OPERATING WHILE INTOXICATED} "
            "({OF:IOWA CODE 321J.2}). VEHICLE (VIN {V:" + vin + "}) RELEASED TO SISTER/PASSENGER "
            "{P:MAEVE O'TOOLE}, WHO PBT'D .000 AND GAVE HER PHONE AS {PH:402-555-0157}.", **nt)
    fl.para("VEH 006 - {P:MCNAIR} CITED {OF:DRIVING WHILE SUSPENDED} ({OF:IOWA CODE 321J.21}), CITATION "
            "{C:C-118842}. VEHICLE TOWED TO {PP:HAWKEYE PRAIRIE TOWING & RECOVERY}. REGISTERED OWNER "
            "{P:LATRICE MCNAIR}, {A:2216 BRIARGATE DR APT 3, CRESSMOOR IA 50616}, NOTIFIED AT "
            "{PH:(319) 555-0102}; {P:MCNAIR}'S MOTHER WILL PICK UP THE CAR.", **nt)
    fl.para("VEH 007 - DRIVER {P:CROW} HAD A STRAW {T:SCARECROW} FROM THE HARVEST FESTIVAL AT {PP:CORNSILK "
            "GLEN FARM STAND} IN THE PASSENGER SEAT. ODOR FROM PASSENGER SIDE; DRIVER UNDER .08 AND UNDER 21 "
            "RULE N/A (AGE 36). RELEASED.", **nt)
    fl.para("VEH 010 - PASSENGER {P:ZBIGNIEW PRZYTULA} (DOB {D:MAY 5, 1999}) HELD AN OPEN CAN; WARNING "
            "ONLY. DRIVER {P:PRZYTULA} SOBER. ADDRESS ON DL: {A:1711 W CERMAK RD UNIT 2R, CHICAGO IL 60608}.",
            **nt)
    fl.para("TOTALS: 10 VEHICLES, 8 CONTACTS, 1 OWI ARREST, 1 DWS CITATION, 1 WARNING. SUPERVISOR "
            "{O:SGT. LORNA PFEIFFENBERGER} #{B:C-201}. DEPUTIES {O:ANSEL HUXLEY} #{B:C-214}, {O:KIRSTEN VANG} "
            "#{B:C-230}.", **nt)
    footer(d, 0, "CCSO CHECKPOINT FORM SC-2  -  {PP:CRESSMOOR COUNTY LAW CENTER, 90 JEFFERSON ST, CRESSMOOR IA 50616}",
           "PAGE 1 OF 1", L=L, R=R, y=596, font="cour")
    return d.finish(outdir)


# ================================================================== 8. firearm relinquishment receipt (substantial-risk order)
def doc_relinquish(outdir):
    d = Doc("gcso_firearm_relinquishment_e08", "Glenmarrow County Sheriff's Office - Firearm Relinquishment Receipt (Substantial Risk Order)")
    L, R = 40, 572
    p = d.new_page()
    d.text(p, L, 30, R - L, "{AG:GLENMARROW COUNTY SHERIFF'S OFFICE}", font="tibo", size=14, align="center")
    d.text(p, L, 48, R - L, "Receipt for Firearms Surrendered or Seized under a Substantial Risk Order",
           font="tiit", size=10.5, align="center")
    d.text(p, L, 62, R - L, "{OF:Va. Code \u00a7 19.2-152.13} and {OF:\u00a7 19.2-152.14}", font="tiro", size=9,
           align="center")
    y = 78

    def bar(t):
        nonlocal y
        rect(d, p, (L, y, R, y + 13), width=0, fill=NAVY)
        d.text(p, L + 4, y + 2.5, R - L - 8, t, font="hebo", size=8, color=(1, 1, 1))
        y += 13

    bar("PART 1 \u2014 ORDER")
    cw = (R - L) / 4
    for i, (lab, val) in enumerate([("Order type", "Emergency SRO"), ("Order number", "{C:GM-26-SRO-0019}"),
                                    ("Issued", "{ID:11/29/2026} 1840 hrs"), ("Expires", "12/13/2026")]):
        field(d, p, L + i * cw, y, L + (i + 1) * cw, y + 27, lab, val, vfont="tiro", vsize=10)
    y += 27
    field(d, p, L, y, L + 2 * cw, y + 27, "Issuing court / magistrate",
          "{PP:Glenmarrow County General District Court}", vfont="tiro", vsize=10)
    field(d, p, L + 2 * cw, y, R, y + 27, "Petitioner (law-enforcement officer)",
          "{O:Investigator Ottilie Raskin} \u00b7 {B:GC-302}", vfont="tiro", vsize=10)
    y += 33
    bar("PART 2 \u2014 RESPONDENT")
    field(d, p, L, y, L + 2 * cw, y + 27, "Name (last, first, middle)", "{P:OOSTERHUIS, REINIER ROLF}",
          vfont="tibo", vsize=10)
    field(d, p, L + 2 * cw, y, L + 3 * cw, y + 27, "Date of birth", "{D:12 February 1983}", vfont="tiro", vsize=10)
    field(d, p, L + 3 * cw, y, R, y + 27, "Virginia DL / ID", "{DL:A18449012}", vfont="tiro", vsize=10)
    y += 27
    field(d, p, L, y, L + 2 * cw, y + 38, "Residence", "{A:6 Sheepfold Lane\nGlenmarrow, VA 24467}", vfont="tiro",
          vsize=10)
    field(d, p, L + 2 * cw, y, L + 3 * cw, y + 38, "Phone", "{PH:(540) 555-0124}", vfont="tiro", vsize=10)
    field(d, p, L + 3 * cw, y, R, y + 38, "Served", "in person, {ID:11/29/2026} 2015 hrs", vfont="tiro", vsize=10)
    y += 44
    bar("PART 3 \u2014 FIREARMS RECEIVED")
    pno, y = table(d, p, L, y, [30, 150, 110, 92, 150],
                   ["#", "Make / model / type", "Serial", "Received from", "Now held by"],
                   [["1", "Ruger 10/22 rifle, .22 LR", "0012-44871", "respondent", "GCSO property, bin F-7"],
                    ["2", "Remington 870 shotgun, 12 ga", "RS41277Z", "respondent", "GCSO property, bin F-7"],
                    ["3", "Glock 19 pistol with {T:holster} and 3 magazines", "BKYZ912", "gun safe (wife opened)",
                     "GCSO property, bin F-7"],
                    ["4", "Browning Citori shotgun, 20 ga", "11447PT181", "{P:Marvin Holst} (had on loan)",
                     "{PP:Drover's Saddle Sporting Goods} (FFL storage)"],
                    ["5", "Savage Axis rifle, .308", "J882104", "respondent", "GCSO property, bin F-8"]],
                   font="tiro", size=8.8, hfont="hebo", hsize=7.5, fonts=["cour", None, "cour", None, None])
    y += 8
    bar("PART 4 \u2014 OFFICER'S NOTES")
    y += 4
    y = d.text(p, L, y, R - L,
               "The order was sought after {P:Saoirse Oosterhuis}, the respondent's wife, reported on "
               "{ID:November 29, 2026} that he had said he would \"end it\" with the Glock. She asked that "
               "future contact be through her cell, {PH:540-555-0171}, or {E:saoirse.oost@example.com}, and she "
               "and their son {P:Ronan} (10) are staying with her mother, {P:Philomena Flanagan-Drummond}, at "
               "{A:412 Sorghum Press Road, Stuarts Draft, VA 24477}. {P:Reinier Oosterhuis} surrendered items 1, 2 "
               "and 5 himself and gave the safe code. Item 4 was collected from his friend Mr. {P:Holst}, of "
               "{A:23 Tinker Knob Road}, who is not a prohibited person, and placed with a dealer at Mr. "
               "{P:Oosterhuis}'s request. Respondent taken for evaluation to {PP:Glenmarrow Community "
               "Hospital}; no criminal charge. Any later possession would be {OF:Purchase or Possession of a "
               "Firearm While Subject to a Substantial Risk Order} ({OF:Va. Code \u00a7 18.2-308.1:6}).",
               font="tiro", size=10, lead=1.3)
    y += 16
    cols = [(L, "{P:R. R. Oosterhuis}", "Respondent (receipt copy given)"),
            (L + 182, "{O:Dep. Lucinda Shifflett}", "Receiving deputy \u00b7 {B:GC-188}"),
            (L + 364, "{O:Lt. Amadou Kane}", "Property officer \u00b7 {B:GC-041}")]
    for x, sig, cap in cols:
        d.text(p, x + 2, y, 166, sig, font="tiit", size=12.5, color=BLUE)
        hline(d, p, x, y + 16, x + 166, width=0.5)
        d.text(p, x, y + 19, 166, cap, font="helv", size=7, color=GRAY)
    footer(d, 0, "GCSO Form SRO-3  \u00b7  {PP:Glenmarrow County Public Safety Building, 1 Sheriff's Way, "
           "Glenmarrow, VA 24467}  \u00b7  {PP:(540) 555-0100}", "Page 1 of 1", L=L, R=R, font="tiro")
    return d.finish(outdir)


# ================================================================== 9. business keyholder registration cards
def doc_keyholder(outdir):
    d = Doc("kpd_keyholder_cards_e09", "Kettleby Police Department - After-Hours Business Keyholder Cards")
    L, R = 66, 546
    p = d.new_page()
    d.text(p, L, 30, R - L, "{AG:KETTLEBY POLICE DEPARTMENT}", font="hebo", size=12)
    d.text(p, L, 45, R - L, "After-hours business emergency contact (keyholder) cards \u2014 batch 26-11, entered "
           "12/02/2026", font="helv", size=8, color=GRAY)
    d.text(p, L, 30, R - L, "Dispatch non-emergency {PP:402-555-0100}", font="helv", size=8, align="right")
    y = 64
    cards = [
        dict(biz="{PP:Prairie Sky Bakery}", addr="{PP:118 N Locust St, Kettleby, NE 68951}",
             alarm="{PP:Sandhill Alarm Co.} \u00b7 acct 7781", note="Fragile {T:glassware} in front case; "
             "motion sensor in flour room.",
             keys=[("Owner", "{P:Hope Glass}", "{PH:402-555-0131}", "{PH:(402) 555-0104}",
                    "{A:3304 Bluestem Road, Kettleby, NE 68951}", "{E:hopeglass.bakes@example.com}"),
                   ("Head baker", "{P:Jean-Baptiste Mukendi}", "{PH:402 555 0163}", "\u2014",
                    "{A:77 Elmira Court, Unit B, Kettleby}", "\u2014")]),
        dict(biz="{PP:Golden Lotus Nail Spa}", addr="{PP:2040 Frontage Road, Suite 6, Kettleby, NE 68951}",
             alarm="none (camera only)", note="Owner prefers text. Chemicals stored rear room.",
             keys=[("Owner", "{P:Gülşen Yıldırım-Aksoy}", "{PH:(402) 555-0148}", "\u2014",
                    "{A:PO Box 611, Kettleby, NE 68951}", "{E:gulsen.aksoy@example.net}"),
                   ("Manager", "{P:Duc \"Danny\" Pham}", "{PH:4025550119}", "\u2014",
                    "{A:905 W 4th St, Apt. 3, Kettleby, NE 68951}", "\u2014")]),
        dict(biz="{PP:Platte Fork Implement & Feed}", addr="{PP:Hwy 6 and Road 410, Kettleby, NE 68951}",
             alarm="{PP:Sandhill Alarm Co.} \u00b7 acct 5520", note="Anhydrous tanks on west lot \u2014 call "
             "fire dept. first.",
             keys=[("Owner", "{P:Pieter van Wyk}", "{PH:+1 402 555 0186}", "{PH:402.555.0112}",
                    "{A:Rural Route 2, Box 18, Kettleby, NE 68951}", "{E:pvanwyk@example.org}"),
                   ("Parts mgr.", "{P:Ruthanne Oberholtzer-Diaz}", "{PH:(308) 555-0145}", "\u2014",
                    "{A:1212 Sodbuster Lane, Ravenna Siding, NE 68869}", "\u2014")]),
    ]
    for c in cards:
        top = y
        h = 202
        d.page(p).draw_rect(fitz.Rect(L, top, R, top + h), color=(0.3, 0.3, 0.3), width=0.9, radius=0.04)
        d.text(p, L + 10, top + 8, 300, c["biz"], font="hebi", size=12)
        d.text(p, L + 10, top + 24, 330, c["addr"], font="helv", size=8.5)
        d.text(p, R - 200, top + 9, 190, "Alarm: " + c["alarm"], font="helv", size=7.5, align="right")
        hline(d, p, L + 10, top + 36, R - 10, width=0.4, color=GRAY)
        yy = top + 42
        for role, name, cell, home, addr, mail in c["keys"]:
            d.text(p, L + 10, yy, 70, role.upper(), font="hebo", size=7, color=GRAY)
            d.text(p, L + 80, yy - 1, 250, name, font="hebo", size=10)
            yy += 13
            for lab, val in [("Cell", cell), ("Home", home), ("Home address", addr), ("E-mail", mail)]:
                d.text(p, L + 80, yy, 70, lab, font="helv", size=7.5, color=GRAY)
                d.text(p, L + 150, yy, R - L - 160, val, font="helv", size=8.5)
                yy += 11
            yy += 6
        d.text(p, L + 10, yy, R - L - 20, "Notes: " + c["note"], font="heit", size=8)
        y = top + h + 10
    d.text(p, L, y, R - L, "Cards verified by phone by {O:Cpl. Dana Whitebear} {B:K-12}; entered in CAD premise "
           "file by {O:Dispatcher Supervisor Imre Farkas}. Reference {C:KPD-PF-26-0311}.", font="helv", size=8)
    footer(d, 0, "{AG:Kettleby Police Department} \u00b7 {PP:500 Center Avenue, Kettleby, NE 68951}",
           "Page 1 of 1", L=L, R=R)
    return d.finish(outdir)


def under_field(d, pno, x, y, w, value, caption, vfont="tiro", vsize=10.5, color=(0, 0, 0)):
    """Value written on a rule, printed caption *below* the rule."""
    if value:
        d.text(pno, x + 2, y, w - 4, value, font=vfont, size=vsize, color=color)
    hline(d, pno, x, y + vsize + 2.8, x + w - 6, width=0.5)
    d.text(pno, x, y + vsize + 4.2, w - 6, caption, font="helv", size=6.3, color=GRAY)


# ================================================================== 10. civilian ride-along application and waiver
def doc_ride_along(outdir):
    d = Doc("rcpd_ride_along_waiver_e10", "Redbud Crossing Police Department - Civilian Ride-Along Application and Release")
    L, R = 60, 552
    p = d.new_page()
    d.text(p, L, 34, R - L, "{AG:REDBUD CROSSING POLICE DEPARTMENT}", font="tibo", size=13.5, align="center")
    d.text(p, L, 51, R - L, "{PP:1200 N Sandplum Avenue, Redbud Crossing, OK 73099}  \u2022  {PP:(405) 555-0100}",
           font="tiro", size=8.5, align="center", color=GRAY)
    rect(d, p, (L, 66, R, 84), width=0, fill=(0.55, 0.10, 0.25))
    d.text(p, L, 70, R - L, "CIVILIAN RIDE-ALONG PROGRAM \u2014 APPLICATION, RELEASE AND WAIVER", font="hebo",
           size=10, align="center", color=(1, 1, 1))
    y = 94
    d.text(p, L, y, R - L, "Section A. Applicant (please print)", font="tibo", size=10.5)
    y += 20
    W = R - L
    rows = [
        [(0.50, "{P:Marisol Etsitty-Gaines}", "Full legal name"), (0.25, "{D:August 3, 2001}", "Date of birth"),
         (0.25, "{DL:K084127733}", "Oklahoma DL / ID no.")],
        [(0.75, "{A:4410 NW Chickasaw Trail, Apt. 1118, Redbud Crossing, OK 73099}", "Home address"),
         (0.25, "{PH:(405) 555-0135}", "Phone")],
        [(0.45, "{E:marisol.eg@example.org}", "E-mail"),
         (0.55, "{PP:Redbud Crossing Community College}, criminal justice", "Employer / school")],
        [(0.45, "{P:Delmar Hatter} (uncle)", "Emergency contact"), (0.25, "{PH:405.555.0178}", "Emergency phone"),
         (0.30, "{ID:12/12/2026}, 1400\u20132400", "Requested ride date / shift")],
    ]
    for row in rows:
        x = L
        for frac, val, cap in row:
            under_field(d, p, x, y, frac * W, val, cap, vfont="tiit", color=BLUE)
            x += frac * W
        y += 32
    y += 2
    d.text(p, L, y, R - L, "Section B. Background questions", font="tibo", size=10.5)
    y += 18
    qs = [("Have you ever been arrested, cited (other than parking) or convicted?", True,
           "2020, {OF:Public Intoxication}, municipal court {C:RC-20-004411}, paid fine."),
          ("Are you now on probation, parole or deferred sentence?", False, ""),
          ("Are you related to, or do you know, any officer of this department?", True,
           "Cousin's husband is {O:Ofc. Travis Lonechief} ({B:RC-488})."),
          ("Have you ridden with any police agency in the last 12 months?", False, "")]
    for q, yes, expl in qs:
        d.text(p, L, y, 360, q, font="tiro", size=9.5)
        checkbox(d, p, L + 380, y + 1, yes)
        d.text(p, L + 390, y, 30, "Yes", font="tiro", size=9)
        checkbox(d, p, L + 420, y + 1, not yes)
        d.text(p, L + 430, y, 30, "No", font="tiro", size=9)
        y += 13
        if expl:
            y = d.text(p, L + 18, y, R - L - 18, "If yes, explain: " + expl, font="tiit", size=9.5, color=BLUE) + 3
    y += 6
    d.text(p, L, y, R - L, "Section C. Release, waiver and agreement", font="tibo", size=10.5)
    y += 16
    fl = Flow(d, [(p, L, R, y, 740)], more=lambda: [(d.new_page(), L, R, 56, 740)])
    w = dict(font="tiro", size=8.8, lead=1.3, after=0.45)
    fl.para("I, {P:MARISOL ETSITTY-GAINES}, ask to ride as an observer with an officer of the {AG:Redbud Crossing "
            "Police Department}. I understand that police work is dangerous: vehicles may travel at high speed, "
            "windows may be {T:shattered}, and persons encountered may be armed, intoxicated or violent. I will "
            "obey every instruction of the officer, stay in the vehicle unless told otherwise, not handle any "
            "weapon or radio, and not interfere in any arrest. I will wear the issued vest.", **w)
    fl.para("In exchange for being allowed to ride, I release the City of Redbud Crossing, its officers and "
            "employees from all claims for injury, death or loss of property arising out of the ride-along, "
            "except gross negligence. I will not photograph or record people or places without the officer's "
            "permission, and I will keep confidential anything I learn about victims, juveniles, or any person "
            "such as a witness or suspect. I understand that the department may end the ride at any time.", **w)
    fl.para("I consent to a records check through {AG:Canadian Fork County Records Bureau} and the department's "
            "RMS. My information above is true.", **w)
    # page 2
    q = d.new_page()
    d.text(q, L, 32, R - L, "Ride-along application \u2014 {P:Etsitty-Gaines, M.} \u2014 page 2", font="tiit",
           size=8.5, color=GRAY)
    hline(d, q, L, 44, R, width=0.4, color=GRAY)
    y = 62
    d.text(q, L + 4, y, 240, "{P:Marisol Etsitty-Gaines}", font="tiit", size=16, color=BLUE)
    d.text(q, L + 304, y + 2, 180, "12/01/2026", font="tiit", size=12, color=BLUE)
    under_field(d, q, L, y + 6, 300, "", "Applicant signature")
    under_field(d, q, L + 300, y + 6, 192, "", "Date")
    y += 44
    d.text(q, L, y, R - L, "Applicants under 21 need a parent or guardian's signature. Applicant is 25; not "
           "required.", font="tiro", size=9)
    y += 26
    rect(d, q, (L, y, R, y + 196), width=0.8, fill=(0.96, 0.96, 0.96))
    d.text(q, L + 8, y + 6, R - L - 16, "FOR DEPARTMENT USE ONLY", font="hebo", size=9)
    yy = y + 24
    for lab, val in [("Records check", "Completed 12/03/2026 by {O:Records Supervisor Ines Carabajal}. Local: one "
                      "prior ({C:RC-20-004411}, {OF:Public Intoxication}, 21 O.S. \u00a7 8). Warrants: none."),
                     ("Driver record", "DL {DL:K084127733} valid; no suspensions."),
                     ("Assigned officer", "{O:MPO Garrett Kingfisher} {B:RC-517}, Beat 4, B-shift"),
                     ("Watch commander", "{O:Lt. Oralia Benavides-Crowe} {B:RC-210}"),
                     ("Decision", "APPROVED \u2014 ride limited to one shift; no high-risk warrant service."),
                     ("Approved by", "{O:Capt. Esperanza Pruneda} {B:RC-103}, Patrol Division commander")]:
        d.text(q, L + 8, yy, 110, lab, font="hebo", size=8.5)
        yy = d.text(q, L + 118, yy, R - L - 130, val, font="helv", size=8.5, lead=1.3) + 6
    y += 210
    d.text(q, L, y, R - L, "OBSERVER LOG (completed by assigned officer after the ride)", font="tibo", size=10)
    y += 16
    fl2 = Flow(d, [(q, L, R, y, 740)])
    fl2.para("Rider {P:Etsitty-Gaines} reported at 1345 and was briefed. She observed a non-injury collision at "
             "{PP:Sandplum Crossing Shopping Center}, a welfare check, and a traffic stop. At about 2130 we "
             "assisted on {C:RC-26-118204}, a burglary in progress; she stayed in the car as told. She did not "
             "know anyone contacted. Her uncle, Mr. {P:Hatter}, picked her up at the station at 0010.",
             font="tiro", size=10, lead=1.35, after=0.8)
    fl2.para("{O:MPO G. Kingfisher} {B:RC-517}", font="tiit", size=10)
    for i in range(len(d.pdf)):
        footer(d, i, "RCPD Form CR-11 (rev. 2023)  \u2022  {PP:rcpd.example.org/ridealong}",
               f"Page {i + 1} of {len(d.pdf)}", L=L, R=R, font="tiro")
    return d.finish(outdir)


# ================================================================== 11. vehicle-pursuit review memorandum
def doc_pursuit(outdir):
    d = Doc("tbpd_pursuit_review_memo_e11", "Thornback Police Department - Vehicle Pursuit Review Memorandum")
    L, R = 72, 540

    def new_page():
        q = d.new_page()
        d.text(q, L, 36, R - L, "Pursuit review \u2014 {C:TB-26-2207} \u2014 page " + str(len(d.pdf)), font="tiit",
               size=9, color=GRAY, align="right")
        return q

    p = d.new_page()
    d.text(p, L, 44, R - L, "{AG:THORNBACK POLICE DEPARTMENT}", font="tibo", size=12)
    d.text(p, L, 60, R - L, "INTEROFFICE MEMORANDUM", font="tiro", size=11)
    y = 84
    for a, b in [("TO:", "{O:Chief Abigail Strathmore}"),
                 ("FROM:", "{O:Lt. Gaetan Desrosiers}, Professional Standards"),
                 ("DATE:", "December 4, 2026"),
                 ("RE:", "Review of vehicle pursuit, {ID:November 22, 2026} (case {C:TB-26-2207})")]:
        d.text(p, L, y, 60, a, font="tibo", size=11)
        d.text(p, L + 60, y, R - L - 60, b, font="tiro", size=11)
        y += 17
    hline(d, p, L, y + 2, R, width=1.2)
    y += 14
    fl = Flow(d, [(p, L, R, y, 730)], more=lambda: [(new_page(), L, R, 60, 730)])
    b = dict(font="tiro", size=11, lead=1.5, after=0.7)
    fl.para("1. Summary", font="tibo", size=11, after=0.3)
    vin = make_vin("JN1BJ1CR", "KW")
    fl.para("At 2251 hrs {O:Ptl. Rosalba Quintanilla-Finch} {B:TB-61} saw a grey Nissan Rogue with NH plate "
            "{PL:4417 221} run the red light at Main and Elm. The plate returned stolen from {P:Horatio Pennywell} "
            "of {A:31 Wicket Hill Road, Thornback, NH 03581}, reported {ID:11/21/2026} (VIN {V:" + vin + "}). "
            "When she activated her lights the Rogue accelerated north on Route 16. {O:Cpl. Benedict "
            "Amankwah} {B:TB-40} joined as secondary unit. The pursuit lasted 4 minutes 40 seconds and covered "
            "3.1 miles; it ended when the Rogue struck a guardrail near the {PP:Thornback Rail Trail} lot.", **b)
    fl.para("2. Persons involved", font="tibo", size=11, after=0.3)
    fl.para("The driver, {P:Tyrese Ouellette}, known as \"{P:Jet}\" (DOB {D:3/11/2005}), ran on foot and was caught "
            "by {O:Cpl. Amankwah} on the {T:jetty} below the dam. His passenger, {P:Brianna Szeliga} (DOB "
            "{D:October 1, 2006}), stayed in the car. She gave her address as {A:12 Bobbin Mill Court, "
            "Apt. 2, Thornback} and her phone as {PH:(603) 555-0148}. {P:Ouellette}'s mother, {P:Claudette "
            "Ouellette-Banner}, was notified at {PH:603-555-0197}. A bystander, {P:Gwendolyn Ashcombe-Nwosu}, whose "
            "parked car was clipped, was not hurt; she lives at {A:88 Loomis Street} and asked for a copy of the "
            "crash report by e-mail to {E:gwen.an@example.com}.", **b)
    fl.para("3. Pursuit timeline", font="tibo", size=11, after=0.3)
    fl.need(110)
    pno, yy = table(d, fl.pno, L, fl.y, [60, 190, 70, 148],
                    ["Time", "Location", "Speed", "Note"],
                    [["2251:10", "Main St at Elm St", "35 / 30", "red light; lights on"],
                     ["2252:05", "Route 16 N at {PP:Thornback Memorial Hospital}", "62 / 40", "heavy pedestrian area"],
                     ["2253:30", "Route 16 N at Bobbin Mill Rd", "78 / 45", "supervisor monitoring"],
                     ["2255:50", "Rail Trail lot entrance", "\u2014", "crash; foot pursuit"]],
                    font="tiro", size=9.5, fonts=["cour", None, "cour", None])
    fl.y = yy + 14
    fl.para("4. Policy analysis", font="tibo", size=11, after=0.3)
    fl.para("Policy 41.3 allows a pursuit for a felony or a serious traffic danger. A stolen vehicle "
            "({OF:Receiving Stolen Property}, {OF:RSA 637:7}) is a felony here because of its value. "
            "{O:Sgt. Hollace Pickering} {B:TB-22} monitored by radio and did not order termination; I find that he "
            "should have weighed the 78 mph speed past the hospital more heavily. {O:Ptl. Quintanilla-Finch}'s "
            "driving was within policy. {P:Ouellette} was charged with {OF:Reckless Conduct} ({OF:RSA 631:3}) "
            "and {OF:Disobeying an Officer} ({OF:RSA 265:4}); {P:Szeliga} was released without charge.", **b)
    fl.para("5. Recommendation", font="tibo", size=11, after=0.3)
    fl.para("Pursuit within policy; supervisory oversight needs improvement. I recommend that "
            "{O:Sgt. Pickering} complete the pursuit-supervision refresher and that the {PP:Coos Valley "
            "Regional Dispatch Center} add the hospital zone to its pursuit advisory map. The body-worn and "
            "dash video are held under {C:TB-BWC-26-1409}.", **b)
    fl.space(14)
    fl.para("{O:Gaetan Desrosiers}", font="tiit", size=14, color=BLUE, after=0.1)
    fl.para("{O:Lt. Gaetan Desrosiers} {B:TB-09}", font="tiro", size=11, after=0.1)
    fl.para("cc: {O:Deputy Chief Aurelio Lavallee}; {AG:Coos Valley County Attorney}", font="tiro", size=9.5)
    for i in range(len(d.pdf)):
        footer(d, i, "{AG:Thornback Police Department}  \u00b7  {PP:5 School Street, Thornback, NH 03581}",
               f"{i + 1}", L=L, R=R, font="tiro")
    return d.finish(outdir)
BUILDERS = tuple(v for k, v in sorted(globals().items()) if k.startswith("doc_") and callable(v))
BUILDERS = tuple(sorted(BUILDERS, key=lambda f: f.__code__.co_firstlineno))

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
