#!/usr/bin/env python
"""Fifth blind evaluation set for redactkit: 10 fictional US law-enforcement records.

Written blind on 2026-12-07 without reading the tool's source, rules, tests, benchmarks,
tuning/holdout/scanned samples or earlier blind documents.  The truth format (schema, box
convention, self-checks) and the PyMuPDF layout/determinism helpers follow
sample_docs/README.md and sample_docs/blind4/make_blind4.py.  Deterministic: fixed seed,
fixed metadata dates, no new file ID -> two runs are byte-identical.

    /work/main/.venv/bin/python make_blind5.py            # writes beside this file
    /work/main/.venv/bin/python make_blind5.py --out DIR

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

SEED = 20261208
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
            "subject": "redactkit blind evaluation set 5", "keywords": "",
            "creator": "blind5/make_blind5.py", "producer": "PyMuPDF",
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



# ================================================================== 1. crime-lab request
def doc_lab_request(outdir):
    d = Doc("swpd_lab_request_d01", "Sablewood Police Department - Request for Laboratory Examination")
    L, R = 36, 576
    p = d.new_page()
    d.text(p, L, 30, 340, "{AG:SABLEWOOD POLICE DEPARTMENT}", font="hebo", size=13)
    d.text(p, L, 46, 340, "{PP:88 Tailrace Avenue, Sablewood, MT 59722}  |  {PP:(406) 555-0100}", font="helv",
           size=7.5, color=GRAY)
    d.text(p, R - 230, 30, 230, "REQUEST FOR LABORATORY EXAMINATION", font="hebo", size=10, align="right")
    d.text(p, R - 230, 44, 230, "Submit to: {AG:Upper Basin Forensic Laboratory}", font="helv", size=7.5,
           align="right", color=GRAY)
    hline(d, p, L, 60, R, width=1.2)
    y, h = 66, 26
    cw = (R - L) / 4
    for i, (lab, val) in enumerate([("AGENCY CASE NUMBER", "{C:SW-2026-004417}"), ("LAB CASE NUMBER", "{C:TBFL-26-3390}"),
                                    ("DATE OF OFFENSE", "{ID:11/21/2026}"), ("PRIORITY", "Routine")]):
        field(d, p, L + i * cw, y, L + (i + 1) * cw, y + h, lab, val, vfont="cour", vsize=8.5)
    y += h
    field(d, p, L, y, L + 2 * cw, y + h, "OFFENSE / STATUTE",
          "{OF:Burglary} ({OF:Mont. Code Ann. \u00a7 45-6-204})", vsize=8.5)
    field(d, p, L + 2 * cw, y, L + 3 * cw, y + h, "SUBMITTING OFFICER", "{O:Det. Corwin Halvorsrud}", vsize=8.5)
    field(d, p, L + 3 * cw, y, R, y + h, "BADGE / UNIT", "{B:2291} / Investigations", vsize=8.5)
    y += h + 8
    rect(d, p, (L, y, R, y + 13), width=0, fill=(0.15, 0.15, 0.15))
    d.text(p, L + 4, y + 2.5, 300, "SUBJECTS (S = suspect, V = victim, E = elimination)", font="hebo", size=7.5,
           color=(1, 1, 1))
    y += 13
    pno, y = table(d, p, L, y, [24, 170, 70, 60, 216],
                   ["Type", "Name (Last, First Middle)", "DOB", "Sex / Race", "Address / Phone"],
                   [["S", "{P:Przybylski, Wiktor Emil}", "{D:04/17/1991}", "M / W",
                     "{A:2210 Coulee Bend Road, Lot 9, Sablewood, MT 59722}"],
                    ["V", "{P:Delacroix-Ngata, Renée}", "{D:1958-12-02}", "F / W",
                     "{A:4471 Wapiti Ridge Road, Sablewood, MT 59721}; {PH:406-555-0183}"],
                    ["E", "{P:Ives, Cuthbert J.}", "{D:9 Mar 1949}", "M / W",
                     "{A:4475 Wapiti Ridge Road}; {PH:(406) 555-0138}"]],
                   size=8, fonts=[None, "hebo", "cour", None, None])
    y += 8
    rect(d, p, (L, y, R, y + 13), width=0, fill=(0.15, 0.15, 0.15))
    d.text(p, L + 4, y + 2.5, 300, "EVIDENCE SUBMITTED", font="hebo", size=7.5, color=(1, 1, 1))
    y += 13
    vin = make_vin("4S4BSANC", "E3")
    pno, y = table(d, p, L, y, [40, 250, 90, 160],
                   ["Item", "Description", "Packaging", "Examination requested"],
                   [["001", "Pry bar, 24 in., recovered from rear seat of 2014 Subaru Outback, MT plate "
                            "{PL:5-8821C}, registered to {P:W. E. Przybylski}", "Paper sleeve, sealed",
                     "Latent prints; trace (paint transfer)"],
                    ["002", "Paint chips from east door frame of victim residence", "Druggist fold in envelope",
                     "Comparison with item 001"],
                    ["003", "Swab, steering wheel of same vehicle (VIN {V:" + vin + "})", "Swab box",
                     "DNA \u2014 compare to suspect standard"],
                    ["004", "Buccal standard, {P:Wiktor Przybylski} (search warrant {C:SW-26-0712-DJ})",
                     "Swab box, sealed", "DNA reference"],
                    ["005", "Elimination prints, {P:Cuthbert Ives}", "Card in envelope", "Latent comparison"]],
                   size=8, fonts=["cour", None, None, None])
    y += 10
    d.text(p, L, y, R - L, "CASE SUMMARY", font="hebo", size=8.5)
    y += 12
    y = d.text(p, L, y, R - L,
               "On {ID:November 21, 2026} between 0900 and 1530 hrs the residence of {P:Renée Delacroix-Ngata} "
               "was entered by prying the east door. Jewelry and two long guns were taken. Her neighbour "
               "Mr. {P:Ives}, who {T:lives} at 4475 and {T:drives} past twice a day, saw a green Subaru backed up "
               "to the door around 1100 hrs and wrote down the plate. The vehicle was located on {ID:11/23/2026} "
               "outside {PP:Coulee Bend Tire & Lube} and towed to the department's secure lot; the registered owner, "
               "{P:Przybylski}, declined an interview. Mr. {P:Ives} handled the door frame when he checked on "
               "the house, so his elimination prints are submitted. Ms. {P:Delacroix-Ngata} can be reached through "
               "{O:Victim Advocate Maelle Pennock} at the department.",
               font="tiro", size=10, lead=1.3)
    y += 10
    d.text(p, L, y, R - L, "Previous submissions in this case: none. Related case: {C:SW-2026-004102} "
           "({OF:Theft of a Firearm}).", font="helv", size=8.5)
    y += 22
    hline(d, p, L, y + 14, L + 220, width=0.5)
    hline(d, p, L + 300, y + 14, R, width=0.5)
    d.text(p, L + 4, y, 210, "{O:C. Halvorsrud}", font="tiit", size=13, color=BLUE)
    d.text(p, L + 304, y + 1, 200, "{O:Sgt. Leontyne Abernethy-Castro} {B:1840}", font="helv", size=9)
    d.text(p, L, y + 17, 220, "Submitting officer signature", font="helv", size=6.5, color=GRAY)
    d.text(p, L + 300, y + 17, 200, "Approving supervisor", font="helv", size=6.5, color=GRAY)
    footer(d, 0, "Lab intake: {PP:(406) 555-0190}  \u00b7  SPD form LR-3 (rev. 2024)", "Page 1 of 1", L=L, R=R)
    return d.finish(outdir)


# ================================================================== 2. jail visitation log
def doc_visitation(outdir):
    d = Doc("kbcdc_visitation_log_d02", "Kestrel Bend County Detention Center - Visitation Log")
    L, R = 30, 762
    p = d.new_page(792, 612)
    d.text(p, L, 24, 420, "{AG:KESTREL BEND COUNTY SHERIFF'S OFFICE} \u2014 DETENTION CENTER", font="hebo", size=11)
    d.text(p, L, 39, 420, "Public visitation log  \u00b7  Housing units B and C  \u00b7  {PP:1400 Overland Trail, "
           "Kestrel Bend, WY 82630}", font="helv", size=7.5, color=GRAY)
    d.text(p, R - 260, 24, 260, "Log date: {ID:Saturday, November 28, 2026}", font="helv", size=9, align="right")
    d.text(p, R - 260, 38, 260, "Visit officer: {O:Dep. Annika Holloway-Reyes} {B:KB-117}", font="helv",
           size=8, align="right")
    hline(d, p, L, 52, R, width=1.0)
    rows = [
        ["0905", "0935", "{P:TURCOTTE, GASPARD L.}", "{C:26-01877}", "{P:Turcotte, Yvette}", "Mother",
         "{D:06/11/1964}", "WY DL {DL:127744-309}", "{PH:307-555-0142}", "{O:Holloway-Reyes}"],
        ["0910", "0940", "{P:ECHEVERRÍA, DAMIÁN}", "{C:26-01903}", "{P:Pilar Echeverría}", "Spouse",
         "{D:1990-02-19}", "WY DL {DL:138820-455}", "{PH:(307) 555-0167}", "{O:Holloway-Reyes}"],
        ["0945", "1015", "{P:McQUISTON, TERRELL}", "{C:26-01911}", "{P:Okafor-McQuiston, Nneka}", "Sister",
         "{D:3/4/87}", "ID card 44-08812", "{PH:307.555.0109}", "{O:Dep. F. Lindahl}"],
        ["1000", "\u2014", "{P:McQUISTON, TERRELL}", "{C:26-01911}", "{P:Quenneville, Shawna}", "Friend",
         "{D:12/30/1995}", "CO DL {DL:09-114-7732}", "{PH:720 555 0155}", "{O:Dep. F. Lindahl}"],
        ["1030", "1100", "{P:PEMBERTON-DUVALL, KIT}", "{C:26-01940}", "{P:Duvall, Roscoe}", "Father",
         "{D:08/22/1961}", "WY DL {DL:105566-218}", "{PH:3075550121}", "{O:Holloway-Reyes}"],
        ["1030", "1100", "{P:PEMBERTON-DUVALL, KIT}", "{C:26-01940}", "{P:Marisela Duvall}", "Stepmother",
         "{D:10/05/1970}", "none (vouched)", "\u2014", "{O:Holloway-Reyes}"],
        ["1115", "1145", "{P:SANDOVAL, RAFI \"GHOST\"}", "{C:26-01958}", "{P:Sandoval, Teodora}", "Grandmother",
         "{D:Jan. 7, 1952}", "WY DL {DL:100902-114}", "{PH:+1 307-555-0176}", "{O:Dep. F. Lindahl}"],
        ["1300", "1330", "{P:TURCOTTE, GASPARD L.}", "{C:26-01877}", "{P:Bergeron, Amélie}", "Girlfriend",
         "{D:05/14/1998}", "WY DL {DL:141237-606}", "{PH:307-555-0193}", "{O:Holloway-Reyes}"],
    ]
    pno, y = table(d, p, L, 60, [34, 34, 118, 56, 112, 58, 62, 100, 86, 72],
                   ["In", "Out", "Inmate", "Booking #", "Visitor (Last, First)", "Relation", "Visitor DOB",
                    "Visitor ID", "Visitor phone", "Processed by"],
                   rows, size=7.5, fonts=["cour", "cour", "hebo", "cour", None, None, "cour", "cour", None, None],
                   shade=TINT)
    y += 12
    d.text(p, L, y, 300, "NOTES / DENIALS", font="hebo", size=9)
    y += 13
    fl = Flow(d, [(p, L, R, y, 560)])
    for m in [
        "1000 \u2014 {P:Shawna Quenneville} was denied: inmate {P:McQuiston} is subject to a no-contact order "
        "({C:KB-CR-26-0311}, {PP:Kestrel Bend County Circuit Court}) naming her as the protected party in the "
        "{OF:Domestic Battery} case ({OF:W.S. 6-2-511}). She was escorted to the lobby; she gave her address as "
        "{A:618 Antelope Bench Drive, Apt. 2, Kestrel Bend}. Supervisor {O:Sgt. Bram Ostrowski} {B:KB-042} "
        "notified; incident report {C:KB-IR-26-1188}.",
        "1030 \u2014 Mrs. {P:Duvall} had no photo ID; {P:Roscoe Duvall} vouched for her per policy 4.12. "
        "Both searched by wand, no contraband.",
        "1115 \u2014 {P:Teodora Sandoval} asked that \"{P:Ghost}\" be moved to C-pod to be near his cousin; referred "
        "to classification. She left a callback number for the chaplain ({PH:307-555-0176}).",
        "1300 \u2014 Ms. {P:Bergeron} deposited $40.00 to the inmate account of {P:G. Turcotte} (receipt 77310).",
    ]:
        fl.para(m, font="helv", size=8.5, lead=1.3, after=0.45)
    footer(d, 0, "KBCSO Detention Form DV-9  \u00b7  Visitation line {PP:(307) 555-0104}", "Page 1 of 1", L=L, R=R,
           y=590)
    return d.finish(outdir)


# ================================================================== 3. identity-theft affidavit
def doc_id_theft(outdir):
    d = Doc("lhpd_identity_theft_affidavit_d03", "Larkhaven Police Department - Identity Theft Affidavit")
    L, R = 58, 554
    p = d.new_page()
    d.text(p, L, 36, R - L, "{AG:LARKHAVEN POLICE DEPARTMENT}", font="tibo", size=14, align="center")
    d.text(p, L, 54, R - L, "Financial Crimes Unit  \u2014  {PP:301 Cottonwood Mall Road, Larkhaven, ID 83274}",
           font="tiro", size=8.5, align="center", color=GRAY)
    hline(d, p, L, 68, R, width=0.8)
    d.text(p, L, 76, R - L, "IDENTITY THEFT VICTIM'S AFFIDAVIT", font="tibo", size=12, align="center")
    y = 98
    pairs = [
        ("Report number:", "{C:LH26-11530}", "Date reported:", "12/02/2026"),
        ("Victim (full name):", "{P:Thérèse Marie Beaulieu-Kwan}", "Also known as:", "{P:Tess Kwan}"),
        ("Date of birth:", "{D:February 9, 1986}", "Idaho DL:", "{DL:KW448913C}"),
        ("Home phone:", "{PH:208 555 0117}", "Work phone:", "{PH:(208) 555-0161} ext. 14"),
        ("E-mail:", "{E:tess.bkwan@example.org}", "Officer:", "{O:Ofc. Ignatius Belcourt} #{B:2207}"),
    ]
    for a, b, c, e in pairs:
        kv(d, p, L, y, a, b, 96, lfont="tibo", vfont="tiro", size=10, width=262)
        kv(d, p, L + 266, y, c, e, 74, lfont="tibo", vfont="tiro", size=10, width=230)
        y += 16
    kv(d, p, L, y, "Current address:", "{A:77 Sagebrush Court, Larkhaven, ID 83274}", 96, lfont="tibo",
       vfont="tiro", size=10, width=R - L)
    y += 16
    kv(d, p, L, y, "Address when the", "", 96, lfont="tibo", vfont="tiro", size=10, width=R - L)
    kv(d, p, L, y + 12, "fraud began:", "{A:1509 North Kiln Street, Unit C, Bitterbrush Bend, ID 83201}", 96,
       lfont="tibo", vfont="tiro", size=10, width=R - L)
    y += 34
    hline(d, p, L, y, R, width=0.4)
    y += 10
    fl = Flow(d, [(p, L, R, y, 740)], more=lambda: [(d.new_page(), L, R, 60, 740)])
    num = [0]

    def stmt(t):
        num[0] += 1
        fl.para(t, font="tiro", size=10.5, lead=1.35, after=0.5, label=[(0, f"{num[0]}.", "tiro")], label_w=20)

    stmt("I, {P:Thérèse Beaulieu-Kwan}, state that I did not authorize anyone to use my name, date of birth, "
         "Social Security number ({S:518-40-7729}) or driver's license to obtain money, credit, goods or "
         "services.")
    stmt("I first learned of the fraud on {ID:October 30, 2026}, when {PP:Larkhaven Federal Credit Union} "
         "declined my car-loan application because of two new credit cards and a cellular account opened in my "
         "name between August and October 2026.")
    stmt("I believe the person responsible is my former roommate, {P:Dashiell Mason} (\"{P:Dash}\"), born on or "
         "about {D:the 3rd of July, 1989}. We shared the Kiln Street unit until July 2026. {P:Mason} had access "
         "to a folder in which I kept my Social Security card and tax papers. He now lives with his brother "
         "{P:Everett Mason} at {A:22 Juniper Hollow Lane, Larkhaven}. His cell number is {PH:208-555-0129}.")
    stmt("The applications listed the e-mail address {E:tmkwan86@example.net}, which is not mine, and the phone "
         "number {PH:208.555.0184}, which I do not recognize. The mailing address on the credit cards was a "
         "private mailbox, {A:PMB 417, 2600 Yellowstone Avenue, Bitterbrush Bend, ID 83201}.")
    stmt("On {ID:11/04/2026} a package from {PP:Cascade Outfitters} was delivered to my old unit and signed "
         "for by a man the building manager, {P:Graciela Arrieta}, described as {P:Dash}. She told me he was carrying "
         "it out to a grey pickup with Idaho plate {PL:1B 47732}. She saw him at the {T:masonry} yard next door "
         "that afternoon.")
    stmt("I have reported the fraud to the three credit bureaus and placed an extended fraud alert. I ask that "
         "this matter be investigated as {OF:Identity Theft} under {OF:Idaho Code \u00a7 18-3126} and "
         "{OF:Fraudulent Use of a Financial Transaction Card} under {OF:Idaho Code \u00a7 18-3124}.")
    fl.space(6)
    fl.para("FRAUDULENT ACCOUNTS", font="tibo", size=10, after=0.3)
    pno = fl.pno
    pno, yy = table(d, pno, L, fl.y, [150, 120, 90, 136],
                    ["Company", "Account (last 4)", "Opened", "Amount"],
                    [["{PP:Halyard Bank Visa}", "\u2026 8812", "08/19/2026", "$4,310.55"],
                     ["{PP:Pinion Wireless}", "\u2026 0307", "09/02/2026", "$1,288.00 (two phones)"],
                     ["{PP:Meridian Retail Card}", "\u2026 5561", "10/11/2026", "$962.14"]],
                    font="tiro", size=9.5, hfont="tibo", hsize=9)
    fl.y = yy + 14
    fl.need(110)
    fl.para("I declare under penalty of perjury that the foregoing is true and correct.", font="tiro",
            size=10.5, after=2.5)
    pno = fl.pno
    y = fl.y
    d.text(pno, L + 4, y, 220, "{P:Th\u00e9r\u00e8se Beaulieu-Kwan}", font="tiit", size=14, color=BLUE)
    hline(d, pno, L, y + 18, L + 230, width=0.5)
    hline(d, pno, L + 270, y + 18, R, width=0.5)
    d.text(pno, L + 274, y + 3, 200, "12/02/2026", font="tiit", size=12, color=BLUE)
    d.text(pno, L, y + 21, 230, "Victim signature", font="helv", size=7, color=GRAY)
    d.text(pno, L + 270, y + 21, 200, "Date", font="helv", size=7, color=GRAY)
    d.text(pno, L, y + 44, R - L, "Received by {O:Ofc. I. Belcourt}, badge {B:2207}, Larkhaven PD. Forwarded to "
           "{O:Det. Wilhelmus Stroebel} ({B:1956}), Financial Crimes.", font="tiro", size=9.5)
    for i in range(len(d.pdf)):
        footer(d, i, "LHPD Form FC-2", f"Page {i + 1} of {len(d.pdf)}", L=L, R=R, font="tiro")
    return d.finish(outdir)


# ================================================================== 4. noise complaint log
def doc_noise_log(outdir):
    d = Doc("cfpd_noise_complaint_log_d04", "Calloway Heath Police Department - Noise Complaint Log")
    L, R = 40, 572
    p = d.new_page()
    d.text(p, L, 32, R - L, "{AG:CALLOWAY HEATH POLICE DEPARTMENT}", font="hebo", size=12.5)
    d.text(p, L, 48, R - L, "Quality-of-Life Unit  \u00b7  Noise complaint log, Sector 3 (Pippin Park / Sluiceway)",
           font="helv", size=8.5)
    d.text(p, L, 60, R - L, "Period: {ID:November 20\u201326, 2026}  \u00b7  Prepared by {O:Cpl. Osric Achterberg} "
           "({B:C-311}) for the Municipal Court liaison", font="helv", size=8.5, color=GRAY)
    hline(d, p, L, 74, R, width=1)
    rows = [
        ["11/20 2214", "{C:CF26-118804}", "{P:Wynona Bell}", "{PH:(201) 555-0131}",
         "{A:41 Cider Mill Lane}", "Loud music, bass", "Warning", "{O:Ptl. Okoro}"],
        ["11/21 0107", "{C:CF26-118877}", "Anonymous", "\u2014", "400 blk Sluiceway Rd",
         "Party, shouting", "GOA", "{O:Ptl. Vantongeren}"],
        ["11/21 2330", "{C:CF26-119012}", "{P:Wynona Bell}", "{PH:201-555-0131}",
         "{A:41 Cider Mill Lane}", "Same \u2014 music", "Summons {C:S-2026-0456}", "{O:Ptl. Okoro}"],
        ["11/22 1545", "{C:CF26-119101}", "{P:Horace Lindeman-Obi}", "{PH:201.555.0148}",
         "{A:7 Pippin Park Terrace, Apt. 3R}", "Leaf blower before 8 a.m.?", "Unfounded",
         "{O:Sgt. Bellweather}"],
        ["11/24 2205", "{C:CF26-119388}", "{P:Consolata Ferreira-Dunn}", "{PH:2015550172}",
         "{A:39 Cider Mill Lane}", "Barking dog, 2 hrs", "Referred ACO", "{O:Ptl. Vantongeren}"],
        ["11/25 0212", "{C:CF26-119460}", "{P:Anselm Kovačić}", "{PH:+1 201 555 0119}",
         "{A:12 Sluiceway Road, 2nd floor}", "Car alarm / horn", "Owner located", "{O:Ptl. Okoro}"],
        ["11/26 2350", "{C:CF26-119577}", "{P:BELL, WYNONA}", "{PH:(201) 555-0131}",
         "{A:41 Cider Mill Lane}", "Music, fight?", "Arrest (see below)", "{O:Ptl. Okoro}"],
    ]
    pno, y = table(d, p, L, 82, [52, 62, 74, 62, 92, 74, 62, 54],
                   ["Date / time", "CFS #", "Complainant", "Callback", "Complainant address", "Nature",
                    "Disposition", "Officer"],
                   rows, size=7.2, lead=1.2, fonts=["cour", "cour", None, None, None, None, None, None],
                   shade=TINT, hsize=7)
    y += 14
    d.text(p, L, y, R - L, "REPEAT LOCATION SUMMARY", font="hebo", size=9.5)
    y += 14
    fl = Flow(d, [(p, L, R, y, 740)])
    fl.para("Six of the seven calls concern the house at {A:45 Cider Mill Lane}, rented since June by "
            "{P:Roderick \"Rory\" Umberger}, DOB {D:07-23-1997}. Ms. {P:Bell} next door has called on "
            "four nights and describes {T:bellowing} and a subwoofer she can feel through the wall; her "
            "{T:doorbell} camera has recorded the volume. On 11/21 {O:Ptl. Ferdinand Okoro} ({B:C-288}) issued "
            "{P:Umberger} summons {C:S-2026-0456} for {OF:Unreasonable Noise} under {OF:Calloway Heath Code "
            "\u00a7 14-7} after measuring 71 dBA at the property line.",
            font="tiro", size=10, lead=1.32)
    fl.para("On {ID:November 26, 2026} at 2350 hrs officers found about thirty guests in the yard. A guest, "
            "{P:Rafferty Soames}, 19, pushed {O:Ptl. Okoro} when asked to leave and was arrested for {OF:Resisting "
            "Arrest} ({OF:N.J.S.A. 2C:29-2}); he gave his address as {A:212 Weir Street, Harmon Junction, NJ 07640} "
            "and his phone as {PH:551-555-0103}. {P:Umberger} was charged with {OF:Disorderly Persons \u2014 "
            "Noise} ({OF:N.J.S.A. 2C:33-12}). His landlord, {P:Gertrude Vasko}, was notified by mail at the "
            "address on the lease, {A:PO Box 2284, Calloway Heath, NJ 07648}.",
            font="tiro", size=10, lead=1.32)
    fl.para("Recommendation: refer the property to the {AG:Calloway Heath Department of Code Enforcement} for a "
            "nuisance-property letter; Mr. {P:Lindeman-Obi}'s call of 11/22 was unrelated and is excluded from "
            "the count. Municipal Court hearing on {C:S-2026-0456} is set at {PP:Calloway Heath Municipal Court, "
            "1 Borough Plaza}.",
            font="tiro", size=10, lead=1.32)
    fl.space(16)
    fl.para("{O:Cpl. O. Achterberg} {B:C-311}          Reviewed: {O:Lt. Maren Quist-Ellery} {B:C-102}",
            font="helv", size=9)
    footer(d, 0, "CFPD  \u00b7  {PP:100 Borough Plaza, Calloway Heath, NJ 07648}  \u00b7  non-emergency "
           "{PP:(201) 555-0100}", "QOL-4", L=L, R=R)
    return d.finish(outdir)


# ================================================================== 5. neighbourhood canvass sheet
def doc_canvass(outdir):
    d = Doc("dmpd_canvass_sheet_d05", "Dunmarsh Police Department - Neighborhood Canvass Sheet")
    L, R = 44, 568
    p = d.new_page()
    rect(d, p, (L, 28, R, 74), width=1.2)
    d.text(p, L + 8, 34, 330, "{AG:DUNMARSH POLICE DEPARTMENT}", font="cobo", size=12)
    d.text(p, L + 8, 50, 330, "CANVASS SHEET \u2014 AREA CHECK FOR WITNESSES", font="cour", size=9)
    d.text(p, L + 8, 61, 330, "{PP:19 Tannery Square, Dunmarsh, MA 01938}", font="cour", size=7.5, color=GRAY)
    d.text(p, R - 200, 34, 192, "CASE {C:DM-26-20931}", font="cobo", size=10, align="right")
    d.text(p, R - 200, 48, 192, "Incident: {ID:12/01/2026} 1840", font="cour", size=8.5, align="right")
    d.text(p, R - 200, 60, 192, "Sheet 1 of 1 (Team B)", font="cour", size=8.5, align="right")
    y = 82
    d.text(p, L, y, 110, "Offense", font="helv", size=7, color=GRAY)
    d.text(p, L + 260, y, 110, "Canvassing officers", font="helv", size=7, color=GRAY)
    d.text(p, L, y + 9, 250, "{OF:Leaving the Scene of a Crash (Injury)}, {OF:M.G.L. c. 90 \u00a7 24}",
           font="helv", size=9)
    d.text(p, L + 260, y + 9, R - L - 260, "{O:Ofc. Siobhán Ní Mhurchú} {B:418}; {O:Ofc. Caspar Lindahl-Ruiz} "
           "{B:433}", font="helv", size=9)
    y += 24
    d.text(p, L, y, 110, "Area", font="helv", size=7, color=GRAY)
    d.text(p, L, y + 9, R - L, "Wharf Road between Tannery Square and the causeway; pedestrian struck in the "
           "crosswalk outside {PP:Dunmarsh Public Library}. Victim: {P:Ezekiel Poppleton}, 71, taken to "
           "{PP:North Shore Harborview Hospital}.", font="helv", size=9)
    y += 36
    entries = [
        ("{A:2 Wharf Road}", "Contact: YES", "{P:Mulcahy, Declan}", "{D:5/5/1980}", "{PH:(978) 555-0114}",
         "Heard a bang, saw a dark SUV go north \"fast\". Did not see the plate. Home camera faces the other way."),
        ("{A:4 Wharf Road, Unit 1}", "Contact: YES", "{P:Tobias Wren}", "born {D:1962-08-30}", "{PH:978-555-0187}",
         "Was in his garage; heard a sound \"like a {T:wrench} dropped on concrete\" then a woman screaming. "
         "Gave us his dashcam SD card (item 3)."),
        ("{A:4 Wharf Road, Unit 2}", "Contact: NO", "(left card)", "", "",
         "Mailbox name \"{P:D. & M. Szczepanik}\". Revisit."),
        ("{A:7 Wharf Road}", "Contact: YES", "{P:de la Fuente-Hart, Inés}", "{D:11 June 1991}",
         "{PH:978 555 0150}",
         "Saw the SUV stop for a second then leave. Thinks the plate began \"{PL:7MK}\". Her son "
         "{P:Mateo de la Fuente-Hart} (age 13) also saw it; mother present, will bring him in."),
        ("{A:9 Wharf Road}", "Contact: YES", "{P:Wren, Hester}", "", "\u2014",
         "Sister of {P:Tobias Wren}; was with him in the garage. Nothing further."),
        ("{PP:Causeway Lobster Pound, 11 Wharf Road}", "Contact: YES", "Manager {P:Quentin Ashby-Morrow}", "",
         "business line {PP:(978) 555-0101}",
         "Exterior camera covers the crosswalk. Footage preserved, copy requested by {O:Det. Rosalind Farquharson}."),
    ]
    for addr, contact, name, dob, ph, note in entries:
        rect(d, p, (L, y, R, y + 74), width=0.5)
        hline(d, p, L, y + 22, R, width=0.3, color=GRAY)
        d.text(p, L + 4, y + 2, 200, "Address", font="helv", size=6.5, color=GRAY)
        d.text(p, L + 4, y + 10, 250, addr, font="cobo", size=9)
        d.text(p, R - 120, y + 6, 116, contact, font="cour", size=8.5, align="right")
        d.text(p, L + 4, y + 24, 180, "Person interviewed", font="helv", size=6.5, color=GRAY)
        d.text(p, L + 4, y + 32, 180, name, font="coit", size=9, color=BLUE)
        d.text(p, L + 200, y + 24, 120, "DOB", font="helv", size=6.5, color=GRAY)
        if dob:
            d.text(p, L + 200, y + 32, 140, dob, font="coit", size=9, color=BLUE)
        d.text(p, L + 350, y + 24, 120, "Phone", font="helv", size=6.5, color=GRAY)
        if ph:
            d.text(p, L + 350, y + 32, R - L - 354, ph, font="coit", size=9, color=BLUE)
        d.text(p, L + 4, y + 45, R - L - 8, note, font="coit", size=8.5, lead=1.2, color=BLUE)
        y += 78
    d.text(p, L, y + 4, R - L, "Canvass completed 2115 hrs. Results to {O:Det. R. Farquharson}, Traffic "
           "Investigations.", font="helv", size=8.5)
    footer(d, 0, "DMPD-CV1", "Page 1 of 1", L=L, R=R)
    return d.finish(outdir)


# ================================================================== 6. found-property letter
def doc_found_property(outdir):
    d = Doc("ofpd_found_property_letter_d06", "Orrin Falls Police Department - Found Property Notice")
    L, R = 72, 540
    p = d.new_page()
    rect(d, p, (L, 40, L + 52, 92), width=1.0, color=NAVY)
    d.text(p, L, 56, 52, "OFPD", font="tibo", size=12, align="center", color=NAVY)
    d.text(p, L, 71, 52, "est. 1889", font="tiit", size=7, align="center", color=NAVY)
    d.text(p, L + 64, 42, 300, "{AG:Orrin Falls Police Department}", font="tibo", size=15, color=NAVY)
    d.text(p, L + 64, 61, 300, "Property & Evidence Section", font="tiro", size=10, color=NAVY)
    d.text(p, R - 170, 44, 170, "{PP:54 Millstone Street}\n{PP:Orrin Falls, ME 04617}\n{PP:(207) 555-0100}\n"
           "{PP:www.orrinfallspd.example.org}", font="tiro", size=8.5, lead=1.25, align="right", color=NAVY)
    hline(d, p, L, 100, R, width=1.2, color=NAVY)
    y = 116
    d.text(p, L, y, 300, "December 4, 2026", font="tiro", size=11)
    y += 30
    d.text(p, L, y, 300, "Mr. {P:Percival Yardley-Ochoa}\n{A:Apartment 5\n318 Ropewalk Lane\nOrrin Falls, ME 04617}",
           font="tiro", size=11, lead=1.25)
    y += 70
    d.text(p, L, y, 50, "Re:", font="tibo", size=11)
    d.text(p, L + 40, y, R - L - 40, "Found property report {C:OF-26-6608}; property tag {C:PT-26-01452}\n"
           "Item found {ID:November 29, 2026}", font="tibo", size=11, lead=1.25)
    y += 38
    fl = Flow(d, [(p, L, R, y, 720)], more=lambda: [(d.new_page(), L, R, 80, 720)])
    for t in [
        "Dear Mr. {P:Yardley-Ochoa}:",
        "A brown leather wallet was turned in to this department on {ID:November 29, 2026} by a patron who "
        "found it in the reading room of the {PP:Orrin Falls Public Library}. The finder, {P:Henrietta Galbraith}, "
        "has asked to be told if it is claimed. The wallet contains a Maine driver's license, number "
        "{DL:4418207}, issued to you with the address {A:12 Capstan Court, Orrin Falls}, a debit card and $23 in "
        "cash. Because the address on the license is not current, we located you through the Bureau of Motor "
        "Vehicles record and are writing to your address of record.",
        "You may claim the property at the Property & Evidence window, {PP:54 Millstone Street}, Monday to "
        "Friday between 8:00 a.m. and 4:00 p.m. Please bring another form of photo identification. If another "
        "person will collect it on your behalf, send a signed note naming that person; your sister, "
        "{P:Ottoline Yardley}, called on {ID:December 1} and said she may come in for you, but we cannot release "
        "the wallet to her without your written consent. She left the number {PH:207-555-0168}.",
        "Under {OF:33 M.R.S. \u00a7 1051}, property that is not claimed within six months may be given to the "
        "finder or disposed of. Nothing in the wallet suggests a crime, and no report of {OF:Theft by "
        "Unauthorized Taking} ({OF:17-A M.R.S. \u00a7 353}) matches it. If you believe the card was used after "
        "the loss, please call {O:Officer Barnaby Thistlewood} at {PP:(207) 555-0100} ext. 31.",
        "Sincerely,",
    ]:
        fl.para(t, font="tiro", size=11, lead=1.38, after=0.7)
    fl.space(22)
    fl.para("{O:Evidence Technician Margit Okonkwo-Lang}", font="tiro", size=11, lead=1.25, after=0.1)
    fl.para("Property & Evidence Section, badge {B:E-7}", font="tiro", size=11, lead=1.25, after=1.2)
    fl.para("cc: {P:Henrietta Galbraith} (finder), {A:66 Weir Hill Road, Orrin Falls, ME 04617}; case file",
            font="tiro", size=9.5, lead=1.25)
    for i in range(len(d.pdf)):
        footer(d, i, "{AG:Orrin Falls Police Department}  \u00b7  {PP:54 Millstone Street, Orrin Falls, ME 04617}",
               f"{i + 1}/{len(d.pdf)}", L=L, R=R, font="tiro")
    return d.finish(outdir)


# ================================================================== 7. unattended-death report
def doc_death(outdir):
    d = Doc("thcso_unattended_death_d07", "Tamarack Hollow County Sheriff's Office - Unattended Death Report")
    L, R = 50, 562

    def page_hdr(pno, first):
        d.text(pno, L, 30, R - L, "{AG:TAMARACK HOLLOW COUNTY SHERIFF'S OFFICE}", font="hebo", size=11)
        d.text(pno, L, 30, R - L, "Report {C:TH-2026-07715}", font="hebo", size=10, align="right")
        d.text(pno, L, 44, R - L, "DEATH INVESTIGATION \u2014 UNATTENDED / NATURAL (PENDING)", font="helv",
               size=8.5, color=DARKRED)
        hline(d, pno, L, 56, R, width=0.8, color=DARKRED)

    p = d.new_page()
    page_hdr(p, True)
    y = 66
    left = [("Decedent", "{P:HOLLENBECK, CORNELIUS AUGUST}"), ("Date of birth", "{D:3 Nov 1941}"),
            ("Residence", "{A:HC 71 Box 418, Sugar Camp Run, WV 26201}"),
            ("SSN", "{S:233 71 4082}"), ("Found", "{ID:11/30/2026}, 1620 hrs, in residence")]
    right = [("Reporting party", "{P:Dorothea \"Dot\" Yelverton}"), ("RP phone", "{PH:304-555-0135}"),
             ("Next of kin", "{P:Lavinia Hollenbeck-Strand} (daughter)"),
             ("NOK phone", "{PH:(412) 555-0178}"), ("Investigating", "{O:Deputy First Class Royce Kimbrough} {B:T-56}")]
    yl = yr = y
    for a, b in left:
        yl = kv(d, p, L, yl, a, b, 72, lfont="hebo", vfont="helv", size=8.5, width=250) + 5
    for a, b in right:
        yr = kv(d, p, L + 262, yr, a, b, 78, lfont="hebo", vfont="helv", size=8.5, width=R - L - 262) + 5
    y = max(yl, yr) + 6
    hline(d, p, L, y, R, width=0.4)
    y += 8
    fl = Flow(d, [(p, L, R, y, 735)], more=lambda: [(_p2(), L, R, 66, 735)])

    def _p2():
        q = d.new_page()
        page_hdr(q, False)
        return q

    def sec(t):
        return fl.para(t, font="hebo", size=9.5, after=0.3, keep=3)

    def body(t):
        return fl.para(t, font="tiro", size=10.5, lead=1.34, after=0.6)

    sec("NARRATIVE")
    body("On {ID:November 30, 2026} at 1604 hrs the {AG:Tamarack Hollow County 911 Center} dispatched me to a "
         "welfare check at the end of Sugar Camp Run Road. The caller, {P:Dorothea Yelverton}, lives at "
         "{A:HC 71 Box 422} and delivers the mail route on that road. She told me that Mr. {P:Hollenbeck}'s "
         "mail had not been collected since Wednesday and that his dog was barking inside. She has known "
         "{P:Cornelius} for about thirty years and said everybody calls him \"{P:Neil}\".")
    body("I arrived at 1618 hrs with {O:Deputy Yolanda Castellanos-Pratt} ({B:T-61}). The front door was locked; "
         "the rear kitchen door was unlocked. We found Mr. {P:Hollenbeck} seated in a recliner in the front room "
         "with the television on. There were no signs of forced entry, struggle or injury. An oxygen "
         "concentrator was running and an inhaler and several prescription bottles were on the side table, "
         "all prescribed by a physician at {PP:Greenbrier Ridge Family Medicine}. The house was warm and "
         "orderly. His 2009 Buick (WV plate {PL:5XK 882}) was in the carport.")
    body("I notified {O:Investigator Fenella Duckworth-Ames} of the {AG:Office of the Chief Medical Examiner}, who "
         "released the body to {PP:Lockridge & Sons Funeral Home} after consulting the family doctor. No "
         "autopsy was requested. The manner of death is expected to be natural.")
    body("I reached the daughter, {P:Lavinia Hollenbeck-Strand}, by phone in Pittsburgh. She gave her address "
         "as {A:5530 Beechview Terrace, Pittsburgh, PA 15216} and her e-mail as {E:lavinia.strand@example.com}. "
         "Ms. {P:Hollenbeck-Strand} said her father had heart failure and had refused to move in with her. Her "
         "brother, {P:Jethro Hollenbeck} (born {D:April 2nd, 1968}), lives in Elkins and was notified by her. "
         "She asked that the dog go to Ms. {P:Yelverton}, who agreed to take it.")
    body("Property: a .22 rifle and a .410 shotgun were in a closet; with the daughter's consent they were "
         "taken for safekeeping (property tag {C:TH-P-26-3301}). Cash of $1,140 and a checkbook were left in a "
         "locked desk; the key was given to Ms. {P:Yelverton} at the daughter's request. The residence was "
         "secured and the daughter will arrange a locksmith. No evidence of {OF:Abuse or Neglect of an "
         "Incapacitated Adult} ({OF:W. Va. Code \u00a7 61-2-29}) was observed; the Adult Protective Services "
         "referral made by the mail carrier in 2025 ({C:APS-25-0419}) was closed as unfounded.")
    body("The neighbour to the north, {P:Garnet Rook}, said he last saw {P:Neil} on the porch on Tuesday. "
         "He gave his phone as {PH:304.555.0112}. His lane crosses a {T:brook} and the "
         "coroner's van was nearly {T:stranded} there, so the transport used the {P:Hollenbeck} driveway.")
    fl.next_frame()
    sec("PERSONS CONTACTED")
    pno, yy = table(d, fl.pno, L, fl.y, [150, 90, 92, 180],
                    ["Name", "Role", "Phone", "Address"],
                    [["{P:YELVERTON, DOROTHEA}", "Reporting party", "{PH:304-555-0135}",
                      "{A:HC 71 Box 422, Sugar Camp Run, WV 26201}"],
                     ["{P:HOLLENBECK-STRAND, LAVINIA J.}", "Daughter (NOK)", "{PH:(412) 555-0178}",
                      "{A:5530 Beechview Terrace, Pittsburgh, PA 15216}"],
                     ["{P:HOLLENBECK, JETHRO}", "Son", "{PH:304 555 0164}", "Elkins (not obtained)"],
                     ["{P:ROOK, GARNET}", "Neighbour", "{PH:304.555.0112}", "{A:HC 71 Box 409}"],
                     ["{O:Investigator F. Duckworth-Ames}", "OCME", "{PP:(304) 555-0150}", "\u2014"],
                     ["{PP:Lockridge & Sons Funeral Home}", "Removal", "{PP:(304) 555-0186}",
                      "{PP:12 Depot Street, Sugar Camp Run}"]],
                    size=8.5, hsize=8, fonts=["hebo", None, None, None])
    fl.y = yy + 12
    sec("ITEMS OBSERVED AT SCENE")
    for t in ["Prescription bottles (furosemide, metoprolol, apixaban) \u2014 photographed, left for the family.",
              "Oxygen concentrator, running; supplier sticker {PP:Allegheny Home Respiratory}.",
              "Wall calendar with the entry \"Dr. appt\" on 11/24 and \"{P:Lavinia} call\" on 11/27.",
              "Notepad by the phone: \"{P:Neil} \u2014 call {P:Dot} if you need anything {PH:304-555-0135}\".",
              "Cash $1,140 and checkbook (locked desk); rifle and shotgun (tag {C:TH-P-26-3301})."]:
        fl.para(t, font="tiro", size=10, lead=1.3, after=0.25, label=[(0, "\u2022", "tiro")], label_w=12)
    fl.space(6)
    sec("DISPOSITION")
    body("Case closed pending the medical examiner's certificate. Copy to {O:Sgt. Ulrike Stanhope} "
         "({B:T-12}), Criminal Investigations.")
    fl.space(14)
    fl.para("{O:DFC R. Kimbrough} {B:T-56}      Approved: {O:Lt. Cassius Wendover} {B:T-04}", font="helv",
            size=9)
    for i in range(len(d.pdf)):
        footer(d, i, "THCSO Form DI-1  \u00b7  Dispatch {PP:(304) 555-0199}", f"Page {i + 1} of {len(d.pdf)}",
               L=L, R=R)
    return d.finish(outdir)


# ================================================================== 8. registrant address verification
def doc_registrant(outdir):
    d = Doc("pcso_registrant_verification_d08", "Pettibone County Sheriff's Office - Registrant Address Verification")
    L, R = 40, 572
    p = d.new_page()
    d.text(p, L, 30, R - L, "{AG:PETTIBONE COUNTY SHERIFF'S OFFICE}", font="tibo", size=14, align="center")
    d.text(p, L, 48, R - L, "Sex Offender Registration Unit  \u00b7  {PP:700 Courthouse Square, Ashwood Springs, MS 39767}",
           font="tiro", size=8.5, align="center")
    d.text(p, L, 64, R - L, "REGISTRANT ADDRESS VERIFICATION (90-DAY)", font="tibo", size=11, align="center")
    y = 82
    vin = make_vin("1FTFW1EF", "BF")
    rows2 = [
        ("Registrant", "{P:HATCH, ELDON WINFIELD}", "Reg. number", "{C:MS-SOR-118342}"),
        ("Aliases", "{P:\"Win\" Hatch}; {P:E. W. Hatchett}", "Verification no.", "{C:PC-V-26-0907}"),
        ("Date of birth", "{D:August 14, 1979}", "SSN", "{S:428-66-1903}"),
        ("MS DL", "{DL:801447392}", "Phone", "{PH:(662) 555-0144}"),
        ("Registered address", "{A:1187 County Road 412, Ashwood Springs, MS 39767}", "Tier", "II"),
        ("Vehicle", "2011 Ford F-150, tag {PL:PT 4K882}", "VIN", "{V:" + vin + "}"),
        ("Employer", "{PP:Tombigbee Pallet & Crate, 45 Industrial Park Drive}", "Shift", "0600\u20131430"),
        ("Conviction", "{OF:Sexual Battery} ({OF:Miss. Code Ann. \u00a7 97-3-95})", "Cause no.", "{C:2009-0233-CR}"),
    ]
    for a, b, c, e in rows2:
        side_field(d, p, L, y, L + 330, y + 20, a, b, 92, lfont="tibo", vfont="tiro", size=9.5)
        side_field(d, p, L + 330, y, R, y + 20, c, e, 82, lfont="tibo", vfont="cour", size=9)
        y += 20
    y += 10
    d.text(p, L, y, R - L, "OTHER PERSONS AT THE ADDRESS", font="tibo", size=10)
    y += 14
    pno, y = table(d, p, L, y, [170, 90, 110, 162],
                   ["Name", "Relationship", "Date of birth", "Notes"],
                   [["{P:Pruitt-Vásquez, Jolene R.}", "Girlfriend", "{D:02/27/1984}", "Leaseholder"],
                    ["{P:Pruitt, Brinley}", "Her daughter", "{D:9-30-2012}",
                     "Minor; attends {PP:Ashwood Springs Middle School}"],
                    ["{P:Virgil Hatch}", "Brother", "{D:1/08/1975}", "Stays weekends"]],
                   font="tiro", size=9.5, hfont="tibo", hsize=9)
    y += 12
    d.text(p, L, y, R - L, "VERIFICATION NARRATIVE", font="tibo", size=10)
    y += 14
    fl = Flow(d, [(p, L, R, y, 740)])
    wide = dict(font="tiro", size=10.5, lead=1.33, after=0.6)
    fl.para("On {ID:December 2, 2026} at 0815 hrs I went to the registered address, a single-wide with a "
            "gravel driveway at the end of County Road 412; a red {T:hatchback} was parked by the steps. {P:Jolene Pruitt-Vásquez} answered and said "
            "{P:Eldon} had already left for work. She confirmed that he sleeps there every night and showed me "
            "mail addressed to him at that address. She said she was inhaling from an inhaler because of "
            "the smoke from a brush fire and asked me not to stay long; her cell is {PH:662-555-0109}.", **wide)
    fl.para("At 0905 hrs I met Mr. {P:Hatch} at {PP:Tombigbee Pallet & Crate}. He produced his Mississippi "
            "license and signed the verification form. He said {P:Virgil} is living in a camper on the property "
            "on weekends and that {P:Virgil}'s address is {A:Rt. 3 Box 77-C, Weir, MS 39772}. The truck was in the "
            "employee lot, a {T:hatchet} in the bed; the tag and VIN match the registration. He has no internet identifiers other than "
            "{E:ewhatch79@example.net}, which is on file.", **wide)
    fl.para("Because a minor, {P:Brinley}, lives in the home, I asked about the school. {P:Hatch} said he does not "
            "drive her and does not go on school property. No violation of {OF:Failure to Register} "
            "({OF:Miss. Code Ann. \u00a7 45-33-33}) was found. Next verification due {ID:March 2, 2027}.", **wide)
    fl.space(10)
    fl.para("Verified by {O:Inv. Loretta Bankhead-Sims} {B:PC-219}.  Reviewed: {O:Capt. Lucan Tullock} {B:PC-007}.",
            font="helv", size=9)
    footer(d, 0, "PCSO-SOR 4  \u00b7  Registry line {PP:(662) 555-0102}", "Page 1 of 1", L=L, R=R)
    return d.finish(outdir)


# ================================================================== 9. crime-stoppers tip intake (Q/A)
def doc_tip(outdir):
    d = Doc("srpd_tip_intake_d09", "Saltlick Ridge Police Department - Crime Stoppers Tip Intake")
    L, R = 56, 556
    p = d.new_page()
    d.text(p, L, 32, R - L, "SALTLICK RIDGE AREA CRIME STOPPERS  \u2014  TIP INTAKE SHEET", font="cobo", size=11)
    d.text(p, L, 47, R - L, "Forwarded to: {AG:Saltlick Ridge Police Department}, Criminal Investigation Division",
           font="cour", size=8.5)
    hline(d, p, L, 60, R, width=0.8)
    y = 68
    for a, b in [("TIP ID", "SR-4417-T (anonymous \u2014 no caller data retained)"),
                 ("RECEIVED", "12/05/2026 2241 via hotline"),
                 ("RELATED CASE", "{C:SRPD-26-09124}  {OF:Aggravated Robbery} ({OF:A.C.A. \u00a7 5-12-103})"),
                 ("INCIDENT", "{ID:November 27, 2026}, {PP:Quik-Fill #12, 2400 Highway 9 North}"),
                 ("CALL TAKER", "Volunteer 06 (name withheld by program)"),
                 ("ASSIGNED TO", "{O:Det. Sgt. Clarice Moncrief} {B:311}")]:
        d.text(p, L, y, 110, a, font="cobo", size=8.5)
        d.text(p, L + 112, y, R - L - 112, b, font="cour", size=8.5)
        y += 12
    y += 6
    hline(d, p, L, y, R, width=0.4)
    y += 8
    d.text(p, L, y, R - L, "CALL SUMMARY (verbatim where quoted)", font="cobo", size=9)
    y += 16
    fl = Flow(d, [(p, L, R, y, 735)], more=lambda: [(d.new_page(), L, R, 60, 735)])

    def qa(who, t):
        fl.para(t, font="cour", size=9, lead=1.35, after=0.35, label=[(0, who, "cobo")], label_w=30)

    vin = make_vin("2C3CDXCT", "HH")
    qa("CT:", "Crime Stoppers, what information do you have?")
    qa("TIP:", "The guy that robbed the Quik-Fill. It's {P:Lucius Tremblay}. Everybody calls him "
               "\"{P:Biscuit}\". He was bragging about it at a party Saturday.")
    qa("CT:", "Do you know how to spell the last name?")
    qa("TIP:", "{P:T-R-E-M-B-L-A-Y}. He's about thirty. His birthday's Halloween, "
               "{D:October 31st, 1996}, I know because we do a party.")
    qa("CT:", "Where does he stay?")
    qa("TIP:", "With his girlfriend, {P:Rosalind Vanterpool}, in the blue trailer at the end of "
               "{A:19 Persimmon Spur, Saltlick Ridge}. Her number's {PH:870-555-0153} if you need it. "
               "She didn't do nothing.")
    qa("CT:", "What does he drive?")
    qa("TIP:", "Black Dodge Charger, Arkansas tag {PL:AJX 4471}, tint on the windows. The VIN was on a "
               "paper from the buy-here-pay-here lot, I took a picture: {V:" + vin + "}.")
    qa("CT:", "Anyone else involved?")
    qa("TIP:", "His cousin {P:Marcus \"Tiny\" Delarosa-Beene} drove. {P:Tiny} works at "
               "{PP:Ridgeline Auto Salvage}. And the gun came from {P:Curtis Pell}, he's got like ten of them "
               "in his shop on Fox Run. {P:Pell}'s the one you want to talk to, he's {T:compelled} to talk if "
               "you lean on him.")
    qa("CT:", "Is there anything else?")
    qa("TIP:", "{P:Biscuit} changed his Facebook to {E:biscuit.tremblay@example.com} so people can't find him. "
               "That's all I got. Do I still get the reward?")
    fl.space(8)
    fl.para("CALL TAKER NOTES", font="cobo", size=9, after=0.3)
    fl.para("Caller female, adult, calm. Reward eligibility explained; tip number given. Caller did not want a "
            "callback. DOB and tag check by {O:Ofc. Dwayne Hightower} ({B:356}) at 2310 hrs: {P:TREMBLAY, LUCIUS "
            "JAMES} matches, AR DL {DL:930047712}, tag registered to {P:R. Vanterpool}. Prior: {C:SRPD-24-03310} "
            "({OF:Theft of Property}). {P:Delarosa-Beene}'s DOB per records {D:6/19/1999}; last address "
            "{A:802 Magnolia Street, Apt. 14, Saltlick Ridge, AR 72455}.",
            font="cour", size=8.5, lead=1.35, after=0.6)
    fl.para("Routed to {O:Det. Sgt. C. Moncrief} {B:311} 12/06/2026 0700. Program coordinator: {O:Cpl. Ione "
            "Fairweather} {B:290}, {PP:(870) 555-0111}.", font="cour", size=8.5, lead=1.35)
    for i in range(len(d.pdf)):
        footer(d, i, "Crime Stoppers tip sheet  \u00b7  Tipster identity is privileged under the program",
               f"Page {i + 1} of {len(d.pdf)}", L=L, R=R, font="cour")
    return d.finish(outdir)


# ================================================================== 10. concealed-carry background investigation
def doc_ccw(outdir):
    d = Doc("jdcso_concealed_permit_bi_d10", "Juniper Draw County Sheriff's Office - Concealed Firearm Permit Background Investigation")
    L, R = 48, 564
    p = d.new_page()
    rect(d, p, (L, 28, R, 60), width=0, fill=GREEN)
    d.text(p, L + 8, 33, 360, "{AG:JUNIPER DRAW COUNTY SHERIFF'S OFFICE}", font="hebo", size=12, color=(1, 1, 1))
    d.text(p, L + 8, 47, 360, "Civil & Permits Division", font="helv", size=8, color=(1, 1, 1))
    d.text(p, R - 200, 33, 192, "PERMIT BACKGROUND INVESTIGATION", font="hebo", size=8.5, color=(1, 1, 1),
           align="right")
    d.text(p, R - 200, 46, 192, "File {C:JD-CFP-26-0581}", font="helv", size=8.5, color=(1, 1, 1), align="right")
    y = 68
    d.text(p, L, y, R - L, "A. APPLICANT", font="hebo", size=9, color=GREEN)
    y += 13
    cw = (R - L) / 3
    grid = [[("Name (last, first, middle)", "{P:Bagshaw-Thornquist, Ruth Ellen}"),
             ("Date of birth", "{D:11-06-1977}"), ("Utah driver license", "{DL:184402377}")],
            [("Residence address", "{A:2906 West Greasewood Lane\nSego Notch, UT 84720}"),
             ("Home / cell", "{PH:(435) 555-0196}\n{PH:435-555-0120}"), ("E-mail", "{E:ruthbl@example.net}")],
            [("Employer", "{PP:Sego Notch Regional Hospital}"), ("Occupation", "Respiratory therapist"),
             ("Application received", "11/16/2026")]]
    for row in grid:
        for i, (lab, val) in enumerate(row):
            d.text(p, L + i * cw, y, cw - 8, lab, font="helv", size=7, color=GRAY)
            d.text(p, L + i * cw, y + 9, cw - 8, val, font="helv", size=9.5, lead=1.2)
        y += 36
    d.text(p, L, y, R - L, "B. PREVIOUS ADDRESSES (last 5 years)", font="hebo", size=9, color=GREEN)
    y += 13
    pno, y = table(d, p, L, y, [250, 130, 136], ["Address", "From", "To"],
                   [["{A:77 Saltbush Row, Sego Notch, UT 84721}", "04/2019", "08/2023"],
                    ["{A:1450 N 300 E, Apt. 6, Paragon Gap, UT 84740}", "06/2016", "04/2019"]],
                   size=8.5, hsize=7.5)
    y += 8
    d.text(p, L, y, R - L, "C. CHARACTER REFERENCES", font="hebo", size=9, color=GREEN)
    y += 13
    refs = [("1.", "{P:Wendell Ocampo}", "co-worker", "{PH:435.555.0147}",
             "Known 9 yrs; \"steady, careful\"; no concerns."),
            ("2.", "{P:Fidelma O'Shaughnessy}", "neighbour at {A:2910 West Greasewood Lane}", "{PH:435 555 0181}",
             "Known 3 yrs; says applicant has had threats from an ex-spouse."),
            ("3.", "Rev. {P:Lemuel Kessler}", "pastor", "{PH:(435) 555-0125}",
             "Known 6 yrs; supports application.")]
    for n, name, rel, ph, note in refs:
        d.text(p, L, y, 16, n, font="helv", size=9)
        y = d.text(p, L + 16, y, R - L - 16, name + ", " + rel + " \u2014 " + ph + ". " + note, font="helv",
                   size=9, lead=1.25) + 4
    y += 4
    d.text(p, L, y, R - L, "D. RECORDS CHECKS", font="hebo", size=9, color=GREEN)
    y += 13
    pno, y = table(d, p, L, y, [120, 130, 150, 116], ["Source", "Reference", "Entry", "Result"],
                   [["Local RMS", "{C:JD-26-11087}", "{OF:Protective Order Violation} (applicant is the "
                     "petitioner)", "Not disqualifying"],
                    ["Justice court", "{C:CN-2021-0442}", "{OF:Speeding} ({OF:Utah Code \u00a7 41-6a-601})",
                     "Paid; not disqualifying"],
                    ["NICS / BCI", "\u2014", "No record", "Clear"]],
                   size=8.5, hsize=7.5, fonts=[None, "cour", None, None])
    y += 10
    d.text(p, L, y, R - L, "E. INVESTIGATOR'S NOTES", font="hebo", size=9, color=GREEN)
    y += 13
    fl = Flow(d, [(p, L, R, y, 735)], more=lambda: [(d.new_page(), L, R, 60, 735)])
    fl.para("The applicant states she wants a permit because her former husband, {P:Gustav Thornquist}, "
            "violated a protective order on {ID:September 12, 2026} by coming to her workplace (case "
            "{C:JD-26-11087}, {OF:Violation of a Protective Order}, {OF:Utah Code \u00a7 76-5-108}). "
            "{P:Thornquist} now lives at {A:PO Box 1120, Paragon Gap, UT 84740} and drives a silver Tacoma, "
            "UT plate {PL:C33 7RV}. Ms. {P:Bagshaw-Thornquist} completed the safety course taught by "
            "{PP:Red Ledge Shooting Sports} on 10/24/2026. Fingerprints rolled by {O:Deputy Hollis Ybarra} "
            "({B:JD-88}).", font="tiro", size=10, lead=1.3, after=1.0)
    fl.next_frame()
    q = fl.pno
    d.text(q, L, 30, R - L, "{C:JD-CFP-26-0581}  \u2014  applicant {P:R. E. Bagshaw-Thornquist}  \u2014  continued",
           font="helv", size=8, color=GRAY)
    hline(d, q, L, 42, R, width=0.4, color=GRAY)
    fl.para("F. APPLICANT INTERVIEW (summary of questions and answers, 11/30/2026)", font="hebo", size=9,
            color=GREEN, after=0.5)
    for who, t in [
        ("Q.", "Have you ever been arrested, charged or cited for anything other than the speeding ticket?"),
        ("A.", "No. The 2021 ticket was on the way to my mother's in Paragon Gap."),
        ("Q.", "Has anyone ever filed a protective order against you?"),
        ("A.", "No. I filed one against {P:Gus} in 2025. He moved out of the Saltbush Row house then. His "
               "sister, {P:Annelie Thornquist-Roe}, still calls me from {PH:801-555-0133} to ask about him."),
        ("Q.", "Who else lives at your residence?"),
        ("A.", "My son {P:Tobin} \u2014 {P:Tobin Bagshaw}, he's fifteen, born {D:2/14/2011}. He goes to "
               "{PP:Sego Notch High School}. The rifle safe is in my room and he doesn't have the code."),
        ("Q.", "Do you have any medical condition that affects your ability to handle a firearm safely?"),
        ("A.", "No. My doctor at {PP:Sego Notch Regional Hospital} can confirm that; she's also my supervisor."),
    ]:
        fl.para(t, font="tiro", size=10.5, lead=1.35, after=0.4, label=[(0, who, "tibo")], label_w=22)
    fl.space(6)
    fl.para("Interview conducted by {O:Investigator Berenice Arnesen} in the permits office with "
            "{O:Deputy Hollis Ybarra} present. The applicant's account is consistent with the records above and "
            "with the statements of Mr. {P:Ocampo} and Ms. {P:O'Shaughnessy}.",
            font="tiro", size=10.5, lead=1.35, after=1.5)
    fl.para("RECOMMENDATION: approve. Permit to be mailed to the residence address on file.", font="hebo",
            size=9.5, after=2.0)
    fl.para("{O:Investigator Berenice Arnesen} {B:JD-140}          Approved: {O:Lt. Emmerich Solano} {B:JD-21}",
            font="helv", size=9)
    for i in range(len(d.pdf)):
        footer(d, i, "JDCSO  \u00b7  {PP:55 East Center Street, Sego Notch, UT 84720}  \u00b7  {PP:(435) 555-0100}",
               f"Page {i + 1} of {len(d.pdf)}", L=L, R=R)
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
