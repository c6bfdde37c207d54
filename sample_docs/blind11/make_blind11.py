#!/usr/bin/env python
"""Eleventh blind evaluation set for redactkit: fictional US law-enforcement and public-safety records.

Written blind on 2026-12-08 without reading the tool's source, rules, tests, benchmarks,
tuning/holdout/scanned samples or earlier blind documents.  The truth format (schema, box
convention, self-checks) and the PyMuPDF layout/determinism helpers are copied from
sample_docs/blind10/make_blind10.py.  Deterministic: fixed seed, fixed metadata dates, no new
file ID -> two runs are byte-identical.

    /work/main/.venv/bin/python make_blind11.py            # writes beside this file
    /work/main/.venv/bin/python make_blind11.py --out DIR
    /work/main/.venv/bin/python make_blind11.py --only doc_stop_data doc_detainer

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

SEED = 20261311
FIXED_DATE = "D:20261208013000+00'00'"

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

    def draw_line_just(self, pno, x, base, line, font, size, gmap, width, color=(0, 0, 0)):
        """Fully justified line: words placed one by one, the spare width spread over the spaces."""
        text = line_text(line)
        uni = needs_uni(text)
        nsp = text.count(" ")
        extra = (width - tlen(text, font, size, uni)) / nsp if nsp else 0.0
        pos, xx = [], x
        for c in text:
            pos.append(xx)
            xx += tlen(c, font, size, uni) + (extra if c == " " else 0.0)
        pg = self.page(pno)
        fname = font
        if uni:
            fname = "U" + font
            if (pno, fname) not in self._ufonts:
                pg.insert_font(fontname=fname, fontbuffer=fontobj(font).buffer)
                self._ufonts.add((pno, fname))
        i = 0
        for word in text.split(" "):
            if word:
                pg.insert_text((pos[i], base), word, fontname=fname, fontsize=size, color=color)
            i += len(word) + 1
        spans = {}
        for i, (_, t) in enumerate(line):
            if t is not None:
                a, b = spans.get(t, (i, i))
                spans[t] = (min(a, i), max(b, i))
        for t, (a, b) in spans.items():
            x0 = pos[a]
            x1 = pos[b] + tlen(text[b], font, size, uni)
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
            "subject": "redactkit blind evaluation set 11", "keywords": "",
            "creator": "blind11/make_blind11.py", "producer": "PyMuPDF",
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
            if align == "justify" and k < len(lines) - 1:
                self.doc.draw_line_just(pno, xx, base, ln, font, size, gmap,
                                        x1 - xx, color)
            else:
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


def under_field(d, pno, x, y, w, value, caption, vfont="tiro", vsize=10.5, color=(0, 0, 0)):
    """Value written on a rule, printed caption *below* the rule."""
    if value:
        d.text(pno, x + 2, y, w - 4, value, font=vfont, size=vsize, color=color)
    hline(d, pno, x, y + vsize + 2.8, x + w - 6, width=0.5)
    d.text(pno, x, y + vsize + 4.2, w - 6, caption, font="helv", size=6.3, color=GRAY)





# ================================================================== 1. vehicle-stop data sheets
def doc_stop_data(outdir):
    d = Doc("hgpd_vehicle_stop_data_j01", "Heronsgate Police Department - Vehicle Stop Data Collection Sheets")
    L, R = 30, 762
    p = d.new_page(792, 612)
    d.text(p, L, 24, 400, "{AG:HERONSGATE POLICE DEPARTMENT}", font="hebo", size=13, color=NAVY)
    d.text(p, L, 41, 460, "Vehicle Stop Data Collection  \u2014  weekly officer submission (RSMo 590.650 report)",
           font="helv", size=8.8)
    d.text(p, R - 260, 22, 260, "{PP:1208 Tanyard Hollow Road}\n{PP:Heronsgate, MO 65591}\n{PP:(573) 555-0100}",
           font="helv", size=7.8, lead=1.25, color=GRAY, align="right")
    hline(d, p, L, 60, R, width=1.2, color=NAVY)
    d.text(p, L, 65, R - L, "Week of {ID:October 3, 2026} through {ID:October 9, 2026}.  Patrol Division, B shift.  "
           "Driver identity fields are for the records unit only and are removed from the annual report.",
           font="helv", size=8)
    rows = [
        ["{C:HG26-S-3301}", "{ID:10/03/2026}\n0712", "{O:Ofc. Caspian Mwangi-Lund} {B:#418}",
         "{P:LANE, Corisande Maeve}", "{D:03/22/1988}", "{DL:K412039875}", "{PL:RK4~T9N}",
         "Hwy 63 at Ferrier {T:Lane}", "Speed", "Citation: {OF:Speeding (RSMo 304.010)}"],
        ["{C:HG26-S-3302}", "{ID:10/03/2026}\n0945", "{O:Cpl. Ysolde Verbruggen} {B:#377}",
         "{P:OYELARAN, BABATUNDE}", "{D:11/30/1979}", "{DL:T90418826}", "{PL:DW8~K3C}",
         "Main St. and 4th", "Equipment", "Warning (tail lamp)"],
        ["{C:HG26-S-3303}", "{ID:10/04/2026}\n2231", "{O:Ofc. Caspian Mwangi-Lund} {B:#418}",
         "{P:\u00de\u00f3r\u00f0ard\u00f3ttir, \u00c1sd\u00eds}", "{D:1994-07-09}", "{DL:A701552934}",
         "{PL:HN2~V6Z}", "Route K, mile 4", "Moving", "Citation: {OF:Failure to Signal (RSMo 304.019)}; "
         "no search"],
        ["{C:HG26-S-3304}", "{ID:10/05/2026}\n0150", "{O:Sgt. Leontius Gagnon-Ng} {B:#202}",
         "{P!:de la Fontaine-Ekeh, Marcel Augustin}", "{D:02/14/2001}", "{DL:R338104567}", "{PL:ZT9~M4P}",
         "Fuel stop lot, Hwy 63", "Investigative", "Arrest: {OF:DWI (RSMo 577.010)}; search incident to "
         "arrest"],
        ["{C:HG26-S-3305}", "{ID:10/06/2026}\n1620", "{O:Ofc. Priyamvada Ekstr\u00f6m} {B:#431}",
         "{P:NAKAMURA-REYES, KENJI}", "{D:08/05/2009}", "{DL:N550283017}", "{PL:MF6~R2X}",
         "School zone, Oak Bluff Rd.", "Speed", "Warning; driver is 17, parent called (see note 2)"],
        ["{C:HG26-S-3306}", "{ID:10/07/2026}\n1104", "{O:Cpl. Ysolde Verbruggen} {B:#377}",
         "{P:Szczepa\u0144ska, Wanda Bo\u017cena}", "{D:5 Jan 1957}", "{DL:S204771893}", "{PL:CB3~J7H}",
         "Hwy 63 southbound", "Moving", "Warning (wide turn)"],
        ["{C:HG26-S-3307}", "{ID:10/07/2026}\n2348", "{O:Ofc. Priyamvada Ekstr\u00f6m} {B:#431}",
         "{P:WHITEHORSE, DELMAR J.}", "{D:10/12/1983}", "{DL:W118640029}", "{PL:PX1~L8Q}",
         "Route K at the quarry", "Registration", "Citation: {OF!:Expired Registration (RSMo 301.020)}"],
        ["{C:HG26-S-3308}", "{ID:10/08/2026}\n0833", "{O:Sgt. Leontius Gagnon-Ng} {B:#202}",
         "{P:Papadakis, Eleftheria}", "{D:04/01/1992}", "{DL:P662091348}", "{PL:GV7~N5D}",
         "Tanyard Hollow Rd.", "Moving", "Warning; consent search declined"],
        ["{C:HG26-S-3309}", "{ID:10/09/2026}\n1517", "{O:Ofc. Caspian Mwangi-Lund}",
         "{P:OKONKWO-DREYFUS, IFEOMA}", "{D:12/19/1975}", "{DL:O409273651}", "{PL:YH5~B1W}",
         "Main St. and 9th", "Speed", "Citation: {OF:Speeding (RSMo 304.010)}"],
    ]
    pno, y = table(d, p, L, 80, [58, 52, 92, 100, 50, 66, 50, 80, 56, 128],
                   ["Stop no.", "Date / time", "Officer / DSN", "Driver (last, first)", "DOB", "Mo. DL no.",
                    "Plate", "Location", "Reason", "Result / search"],
                   rows, font="helv", size=7.4, lead=1.2, shade=TINT,
                   fonts=["cour", "cour", None, "hebo", "cour", "cour", "cour", None, None, None])
    y += 10
    cw = (R - L - 24) / 2
    fl = Flow(d, [(p, L, L + cw, y, 566), (p, L + cw + 24, R, y, 566)])
    m = dict(font="tiro", size=8.8, lead=1.25, after=0.45)
    fl.para("Notes to the records unit", font="hebo", size=8.3, after=0.2)
    fl.para("1. {C:HG26-S-3301}: Ms. {P:Lane} said she drifted into the left {T:lane} because her son, "
            "{P:Torvald Lane-Espinoza} (age 9), was sick in the back seat. Her home address is "
            "{A:4417 Quarry Ridge Drive, Heronsgate, MO 65591}; phone {PH:573-555-0144}.", **m)
    fl.para("2. {C:HG26-S-3305}: the driver, {P:Kenji Nakamura-Reyes}, holds an intermediate licence. His "
            "mother, {P:Marisol Reyes-Tanabe}, was called at {PH:(573) 555-0181} and came to the school lot. "
            "The passenger, {P:Augustin \"Gus\" Pellerin-Kovac}, age 16, was released to her as well.", **m)
    fl.para("3. {C:HG26-S-3304}: Mr. {P:de la Fontaine-Ekeh} was booked at the {PP:Tanyard County Detention "
            "Center}; breath test at 0241. The registered owner of the car, {P:Clothilde Ekeh}, of {A!:88 "
            "Pecan Orchard Court, Apt. 3, Heronsgate, MO 65591}, was told it was towed by {PP:Bluffline "
            "Towing & Recovery} (VIN {V:" + make_vin("2HGFC2F5", "LH") + "}). Passenger {P:Lucan Strathairn} left on foot.", **m)
    fl.para("4. {C:HG26-S-3302}: Mr. {P:Oyelaran} (\"{P:Tunde}\") asked that the warning be mailed to his "
            "work, {PP:Ozark Spring Poultry Co-op}, rather than home. E-mail on file: "
            "{E:b.oyelaran@example.net}.", **m)
    fl.para("5. {C:HG26-S-3306}: Ms. {P:Szczepa\u0144ska} was westbound in the turn {T:lane} behind a "
            "{AG:Missouri State Highway Patrol} unit; Trooper contact not needed.", **m)
    fl.para("Submitted by {O:Sgt. Leontius Gagnon-Ng} {B:#202}; audited by {O:Records Supervisor Ilse "
            "Barnaby-Quist} on {ID:10/12/2026}. Forwarded to the {AG:Missouri Attorney General's Office} with "
            "the annual totals only.", **m)
    footer(d, 0, "{AG:Heronsgate Police Department}  \u00b7  Form PD-VS2  \u00b7  Records copy", "Sheet 1 of 1",
           L=L, R=R, y=598)
    return d.finish(outdir)


# ================================================================== 2. firearm-purchase denial follow-up
def doc_nics_denial(outdir):
    d = Doc("pbcso_firearm_denial_followup_j02", "Pinon Basin County Sheriff's Office - Firearm Purchase Denial Follow-up")
    L, R = 64, 548
    p = d.new_page()
    d.text(p, L, 36, R - L, "{AG:PI\u00d1ON BASIN COUNTY SHERIFF'S OFFICE}", font="tibo", size=14)
    d.text(p, L, 54, R - L, "Investigations Bureau  \u00b7  Firearms Compliance Detail", font="tiit", size=10)
    d.text(p, L, 68, R - L, "{PP:600 Alkali Flat Road, Sagehen, NV 89418}   Tel. {PP:775-555-0105}   "
           "Fax 775-555-0106", font="tiro", size=8.5, color=GRAY)
    hline(d, p, L, 82, R, width=1.5)
    d.text(p, L, 92, R - L, "FIREARM PURCHASE DENIAL \u2014 FOLLOW-UP INVESTIGATION", font="hebo", size=11.5)
    y = 112
    for lab, val in [("Denial transaction no.:", "{C:NV-POC-26-118840}"),
                     ("Sheriff's case no.:", "{C:PB26-02271}"),
                     ("Date of attempted transfer:", "{ID:September 14, 2026}"),
                     ("Dealer (FFL):", "{PP:Tumbleweed Outfitters & Pawn}, {PP!:1450 Comstock Avenue, Sagehen, NV "
                      "89418}"),
                     ("Purchaser:", "{P:STOCK, ULRICH BARNABY}"),
                     ("Date of birth / sex:", "{D:June 30, 1981} / M"),
                     ("SSN (optional on form):", "{S:666-23-0871}"),
                     ("Identification shown:", "Nevada DL {DL:1203458817}"),
                     ("Residence:", "{A:2260 Greasewood Trail, Sagehen, NV 89418}"),
                     ("Telephone:", "{PH:(775) 555-0139} (cell)"),
                     ("Prohibiting category:", "Subject of a protection order \u2014 {OF:NRS 202.360(1)(e)}"),
                     ("Assigned to:", "{O:Inv. Margarethe Soulard-Biko} {B:#5512}")]:
        y = kv(d, p, L, y, lab, val, 140, lfont="tibo", vfont="tiro", size=10, width=R - L, lead=1.25) + 2.5
    hline(d, p, L, y + 3, R, width=0.5)
    fl = Flow(d, [(p, L, R, y + 12, 740)], more=lambda: [(d.new_page(), L, R, 56, 740)])
    m = dict(font="tiro", size=10.5, lead=1.32, after=0.6, align="justify")
    fl.para("Summary", font="tibo", size=10.5, after=0.2)
    fl.para("On {ID:September 14, 2026}, {P:Ulrich Barnaby Stock} tried to buy a Ruger bolt-action rifle with a "
            "laminated {T:stock} at {PP:Tumbleweed Outfitters & Pawn}. The state point of contact, the "
            "{AG:Nevada Department of Public Safety, Records, Communications and Compliance Division}, denied the "
            "transfer because an extended order for protection against domestic violence was in force. The "
            "order, {C:PB-DV-26-0419}, was issued by the {PP:Piñon Basin Justice Court} on {ID:August 2, 2026} "
            "and protects {P:Fionnuala Stock-Azevedo} and the couple's daughter, {P:Wrenna Stock}, age 12.",
            **m)
    fl.para("Interview of the purchaser", font="tibo", size=10.5, after=0.2)
    fl.para("I met Mr. {P:Stock} at his residence on {ID:September 18, 2026}. He drives a 2008 Chevrolet pickup, NV "
            "plate {PL:417~K2R}. He said he believed the order had expired and that he wanted the rifle to protect {T:livestock} from coyotes. He said his "
            "neighbour, {P:Hamish Oduya-Trelawney}, told him the order \"only lasted thirty days.\" Mr. "
            "{P:Stock} said he owns no other firearms; his late father's shotgun is kept by his brother, "
            "{P:Ansbert Stock}, at {A!:17 Salt Cedar Lane, Lovelock, NV 89419}. I advised him that attempting a "
            "purchase while prohibited may be charged as {OF:Attempted Acquisition of a Firearm by a Prohibited "
            "Person (NRS 202.360)} and that the dealer's report has been referred to the "
            "{AG:Piñon Basin County District Attorney}.", **m)
    fl.para("Contact with the protected party", font="tibo", size=10.5, after=0.2)
    fl.para("Ms. {P:Stock-Azevedo} was reached through the victim advocate at {PP:Sagebrush Safe House} "
            "({PP:775-555-0177}). She stays with her sister, {P:Ximena Azevedo-Paoli}, whose address is withheld "
            "at her request, and can be reached at {E:f.stockazevedo@example.org} or {PH:775-555-0152}. She "
            "said Mr. {P:Stock} has a hunting partner, {P:Rudolf \"Rudy\" Kasprzak}, who keeps rifles in "
            "{T:stock} at his ranch; she is afraid he will lend one. Mr. {P:Kasprzak} ({PH:775.555.0163}) "
            "told me by phone he would not.", **m)
    fl.para("Disposition", font="tibo", size=10.5, after=0.2)
    fl.para("The denial was correct. No firearm was transferred. The dealer's clerk, {P:Leocadia "
            "Ferreira-Nakashima}, kept the {AG:ATF} Form 4473 as required. Case referred to the District "
            "Attorney on {ID:September 21, 2026}; the protected party was told of the referral.", **m)
    fl.space(16)
    yy = fl.y
    under_field(d, fl.pno, L, yy, 230, "{O:Inv. Margarethe Soulard-Biko}  {B:#5512}", "Investigator", vfont="tiit",
                vsize=11, color=BLUE)
    under_field(d, fl.pno, L + 250, yy, 234, "{O:Lt. Crispin Halloran-Diop}  {B:#5430}", "Reviewed by",
                vfont="tiit", vsize=11, color=BLUE)
    for i in range(len(d.pdf)):
        footer(d, i, "{AG:Piñon Basin County Sheriff's Office}  \u00b7  Criminal-justice information \u2014 "
               "release only under NRS 239", f"Page {i + 1} of {len(d.pdf)}", L=L, R=R)
    return d.finish(outdir)


# ================================================================== 3. parade security plan
def doc_parade_plan(outdir):
    d = Doc("sppd_parade_security_plan_j03", "Saltpine Police Department - Special Event (Parade) Security Plan")
    L, R = 46, 566
    p = d.new_page()
    rect(d, p, (L, 30, R, 70), width=0, fill=(0.28, 0.10, 0.36))
    d.text(p, L + 10, 36, 330, "{AG:SALTPINE POLICE DEPARTMENT}", font="hebo", size=13, color=(1, 1, 1))
    d.text(p, L + 10, 53, 330, "Special Operations  \u00b7  Event Security Plan", font="helv", size=9,
           color=(1, 1, 1))
    d.text(p, R - 210, 36, 200, "{PP:19 Magnolia Wharf Street}\n{PP:Saltpine, AL 36590}\n{PP:251-555-0107}",
           font="helv", size=7.8, lead=1.2, color=(1, 1, 1), align="right")
    d.text(p, L, 80, R - L, "KREWE OF THE PELICAN NIGHT PARADE \u2014 SECURITY AND TRAFFIC PLAN", font="hebo",
           size=11.5, align="center")
    y = 98
    field(d, p, L, y, L + 130, y + 28, "PARADE PERMIT NO.", "{C:SP-PRM-26-0057}", vfont="cour", vsize=9.5)
    field(d, p, L + 130, y, L + 250, y + 28, "EVENT DATE", "{ID:Saturday, February 6, 2027}", vsize=8.3)
    field(d, p, L + 250, y, L + 370, y + 28, "STEP-OFF / END", "1830 / 2130", vsize=9.5)
    field(d, p, L + 370, y, R, y + 28, "INCIDENT COMMANDER", "{O:Capt. Vivienne Boudreaux-Kline}", vsize=8.8)
    y += 28
    field(d, p, L, y, L + 200, y + 40, "PERMIT HOLDER (ORGANIZATION)", "{PP:Krewe of the Pelican, Inc.}\n"
          "{PP:PO Box 417, Saltpine, AL 36590}", vsize=8.5)
    field(d, p, L + 200, y, L + 370, y + 40, "RESPONSIBLE PERSON (PARADE CAPTAIN)", "{P:Odile Thibaudet March}\n"
          "cell {PH:251-555-0126}", vsize=8.5)
    field(d, p, L + 370, y, R, y + 40, "CAPTAIN'S HOME ADDRESS", "{A!:2204 Live Oak Bend, Saltpine, AL 36590}",
          vsize=8.5)
    y += 52
    cw = (R - L - 20) / 2
    fl = Flow(d, [(p, L, L + cw, y, 470), (p, L + cw + 20, R, y, 470)],
              more=lambda: [(d.new_page(), L, R, 50, 742)])
    m = dict(font="tiro", size=9.6, lead=1.28, after=0.5, align="justify")
    fl.para("1. Route and closures", font="tibo", size=10, after=0.2)
    fl.para("The parade forms on Ferry Landing Road and will {T:march} north on Bayfront Avenue to the "
            "disbanding area behind the {PP:Saltpine Civic Arena}. Streets close at 1700 and reopen when the "
            "sweepers pass. The {AG:Alabama Department of Transportation} has approved the detour of State "
            "Route 180.", **m)
    fl.para("2. Staffing", font="tibo", size=10, after=0.2)
    fl.para("Forty-two sworn members, twelve reserve officers and a mounted unit from the {AG:Mobile Bay County "
            "Sheriff's Office}. Post assignments are on page 2. {O:Lt. Ambroise Tchakounte} {B:#1184} supervises "
            "the disbanding area, where the {T:marchers} and float riders leave the route.", **m)
    fl.para("3. Medical", font="tibo", size=10, after=0.2)
    fl.para("Two ALS units are staged by {AG:Saltpine Fire-Rescue}. The receiving facility is {PP:Gulfhaven "
            "Regional Medical Center}, {PP:3100 Dauphin Pines Drive}. A first-aid tent is run by volunteer nurse "
            "{P:Bettina Llewellyn-Oyama}, reachable at {PH:251-555-0148}.", **m)
    fl.para("4. Known concerns", font="tibo", size=10, after=0.2)
    fl.para("Last year a rider, {P:Anatole \"Tolly\" Fauchon-Sato}, threw a glass bottle and was cited for "
            "{OF:Disorderly Conduct (Code of Ala. \u00a7 13A-11-7)}; he is not allowed to ride (letter of "
            "{ID:March 3, 2026}). The Krewe's captain, Ms. {P:March}, will tell officers if he appears on a "
            "float. A neighbour on Bayfront Avenue, {P:Gudrun Abernathy-Yilmaz}, has complained of blocked "
            "driveways; her address, {A:640 Bayfront Avenue}, is a no-parking point on the route map.", **m)
    fl.para("5. Lost children", font="tibo", size=10, after=0.2)
    fl.para("Reunification point is the {PP:Saltpine Public Library} steps. Krewe volunteer {P:Cosimo "
            "Rajaratnam} staffs it with {O:Ofc. Hyacinth Larochelle-Ebo} {B:#1230}. Parents give a description "
            "and a phone; no child's name is broadcast on the radio.", **m)
    fl.para("6. Vendors", font="tibo", size=10, after=0.2)
    fl.para("Food trucks are licensed through the {AG:City of Saltpine Revenue Office}. The barricade vendor is "
            "{PP:Gulf Coast Barricade Rentals} ({PP:251-555-0190}). Golf carts used by Krewe officers carry "
            "marking numbers, not names.", **m)
    # page 2
    p2 = d.new_page()
    d.text(p2, L, 40, R - L, "Page 2 \u2014 Post assignments and Krewe contacts  ({C:SP-PRM-26-0057})",
           font="hebo", size=10.5)
    pno, y = table(d, p2, L, 58, [44, 160, 120, 196],
                   ["Post", "Officer / badge", "Location", "Duty"],
                   [["A1", "{O:Sgt. Leopold Ekwueme} {B:#1102}", "Ferry Landing Rd.", "Formation area; float "
                     "inspection"],
                    ["A2", "{O:Ofc. Saoirse Tremblay-Oduya} {B:#1266}", "Bayfront Ave. at Pier 3", "Crowd line; "
                     "lost children runner"],
                    ["B1", "{O:Ofc. Hyacinth Larochelle-Ebo} {B:#1230}", "Library steps", "Reunification point"],
                    ["B2", "{O:Reserve Ofc. Wendell Ashdown-Meier} {B:#R-44}", "Bayfront Ave. at Dock St.",
                     "Traffic post, detour signs"],
                    ["C1", "{O:Lt. Ambroise Tchakounte} {B:#1184}", "Civic Arena lot", "Disbanding area; "
                     "{T:marching} bands unload"],
                    ["C2", "{O:Dep. Pancras Okoro-Lindahl}", "Civic Arena lot", "Mounted unit ({AG:Mobile Bay "
                     "County Sheriff's Office})"]],
                   font="helv", size=8.2, shade=TINT)
    d.text(p2, L, y + 14, R - L, "Krewe contacts (private \u2014 records unit removes before release)", font="hebo",
           size=10)
    pno, y = table(d, p2, L, y + 30, [130, 110, 110, 170],
                   ["Name", "Role", "Cell", "E-mail"],
                   [["{P:March, Odile Thibaudet}", "Parade captain", "{PH:251-555-0126}",
                     "{E:captain.march@example.org}"],
                    ["{P:Pak, Seo-yeon \"Sunny\"}", "Float lieutenant", "{PH:(251) 555-0133}",
                     "{E:sunnypak.krewe@example.com}"],
                    ["{P:Mbeki-Laroche, Thandiwe}", "Treasurer", "{PH:251.555.0159}", "\u2014"],
                    ["{P:Wynter, Lark Ysabel}", "Band liaison", "{PH:251-555-0171}",
                     "{E!:lark.wynter@|example.net}"],
                    ["{P:Haugland-Mbeki, Sigrun}", "Dance troupe chaperone", "{PH:251-555-0122}",
                     "{E:sigrun.hm@example.net}"],
                    ["{P:Rajaratnam, Cosimo}", "Reunification volunteer", "{PH:251-555-0184}", "\u2014"]],
                   font="helv", size=8.2, fonts=["hebo", None, "cour", "cour"], shade=TINT)
    d.text(p2, L, y + 16, R - L, "Approved: {O:Chief Rosalind Okereke-Voss}, {ID:January 11, 2027}.  Copies to "
           "{AG:Saltpine Fire-Rescue}, {AG:Mobile Bay County Sheriff's Office}, Krewe captain.", font="tiro",
           size=10)
    for i in range(len(d.pdf)):
        footer(d, i, "{AG:Saltpine Police Department}  \u00b7  Special Operations  \u00b7  Plan SO-27-02",
               f"Page {i + 1} of {len(d.pdf)}", L=L, R=R)
    return d.finish(outdir)


# ================================================================== 4. order to seal + records compliance
def doc_sealing_order(outdir):
    d = Doc("wcc_sealing_order_compliance_j04", "Order to Seal Arrest Records and Records Unit Compliance Certificate")
    L, R = 72, 540
    p = d.new_page()
    d.text(p, L, 40, R - L, "IN THE {PP:CIRCUIT COURT OF THE NINETEENTH-AND-A-HALF JUDICIAL CIRCUIT}\n"
           "{PP:WAUBONSEE CROSSING COUNTY, ILLINOIS}", font="tibo", size=11, lead=1.3, align="center")
    y = 80
    hline(d, p, L, y, L + 250, width=0.6)
    d.text(p, L, y + 6, 250, "IN RE THE PETITION OF\n{P:MORWENNA ORLA SEAL},\nalso known as {P:Morwenna O'Kelly-Seal},\n"
           "Petitioner.", font="tiro", size=10.5, lead=1.3)
    hline(d, p, L, y + 64, L + 250, width=0.6)
    d.page(p).draw_line((L + 250, y), (L + 250, y + 64), width=0.6)
    d.text(p, L + 270, y + 8, 200, "No. {C:2026-MR-00814}\n\nArrest no. {C:WX-22-01377}", font="tiro",
           size=10.5, lead=1.2)
    d.text(p, L, y + 78, R - L, "ORDER TO {T:SEAL} (20 ILCS 2630/5.2)", font="tibo", size=12, align="center")
    fl = Flow(d, [(p, L, R, y + 100, 730)], more=lambda: [(d.new_page(), L, R, 60, 730)])
    m = dict(font="tiro", size=11, lead=1.45, after=0.55, indent=24, align="justify")
    fl.para("This cause coming before the Court on the petition of {P:Morwenna Orla Seal} (date of birth "
            "{D:October 27, 1996}; Social Security number {S:666-40-2918}) to {T:seal} the records of her arrest, "
            "the State's Attorney having been served and not objecting, and the Court having jurisdiction, "
            "THE COURT FINDS:", **m)
    fl.para("1. On {ID:April 9, 2022}, the petitioner was arrested by the {AG:Waubonsee Crossing Police "
            "Department} and charged with {OF:Retail Theft (720 ILCS 5/16-25(a)(1))}. The charge was dismissed "
            "on {ID:August 16, 2022}, and the petitioner has no other pending case.", **m)
    fl.para("2. The petitioner resides at {A!:1148 Prairie Smoke Court, Unit 2B, Wenonah Falls, IL 60988}, and "
            "may be contacted at {PH:(815) 555-0127} or {E:morwenna.seal@example.com}.", **m)
    fl.para("IT IS ORDERED that the records of the arrest be {T:sealed}. The {AG:Illinois State Police}, the "
            "{AG:Waubonsee Crossing Police Department}, the Circuit Clerk and the {AG:Waubonsee Crossing County "
            "Sheriff} shall physically and electronically {T:seal} the records and shall certify compliance "
            "within 60 days. The records of the co-arrestee named in the same report, {P:Dagny Ruiz-Abernethy}, "
            "are not affected by this order. The {T:sealing} does not apply to the complaining witness's "
            "civil claim against the store.", **m)
    fl.para("Given under my hand and the {T:seal} of the Court.", **m)
    fl.para("ENTERED: {ID:November 3, 2026}", font="tiro", size=11, after=0.2)
    fl.space(8)
    yy = fl.y
    under_field(d, fl.pno, L + 230, yy, 238, "{O:Hon. Cordelia Umeadi-Prothero}", "Judge", vfont="tiit", vsize=12, color=BLUE)
    fl.space(40)
    fl.para("Prepared by: {P:Anselm Greaves-Moroni}, attorney for petitioner, {PP:Prairie Legal Aid "
            "Clinic}, {PP:301 N. Canal Street, Wenonah Falls, IL 60988}, {PP:815-555-0191}, ARDC no. 6411290.",
            font="tiro", size=9.5, lead=1.3, after=0.2)
    # compliance certificate on page 2
    p2 = d.new_page()
    d.text(p2, L, 44, R - L, "{AG:WAUBONSEE CROSSING POLICE DEPARTMENT}", font="hebo", size=12.5)
    d.text(p2, L, 60, R - L, "Records Unit  \u00b7  {PP:55 Depot Square, Wenonah Falls, IL 60988}  \u00b7  "
           "{PP:815-555-0100}", font="helv", size=8.5, color=GRAY)
    hline(d, p2, L, 74, R, width=1.0)
    d.text(p2, L, 84, R - L, "CERTIFICATE OF COMPLIANCE WITH ORDER TO {T:SEAL}", font="hebo", size=11)
    y = 104
    for lab, val in [("Court case", "{C:2026-MR-00814}"), ("Order entered", "{ID:November 3, 2026}"),
                     ("Subject", "{P:SEAL, MORWENNA ORLA}  (aka {P:O'KELLY-SEAL, MORWENNA})"),
                     ("Identifiers", "DOB {D:10/27/1996}; IL DL {DL:S400-7129-6638}"),
                     ("Records located", "Arrest report {C:WX-22-01377}; booking photo; mugshot index; CAD "
                      "call {C:WX-CAD-22-088412}; property receipt"),
                     ("Action taken", "Paper file moved to the {T:sealed} cabinet; RMS entry flagged "
                      "\"{T:SEALED}\" and removed from public index; ISP notified by e-mail")]:
        side_field(d, p2, L, y, R, y + 28, lab, val, 110, size=9)
        y += 28
    fl = Flow(d, [(p2, L, R, y + 14, 730)])
    m = dict(font="tiro", size=10.5, lead=1.35, after=0.55)
    fl.para("Because the report also names the co-arrestee, Ms. {P:Ruiz-Abernethy}, and two store employees "
            "(loss-prevention agent {P:Yaw Strickland-Oyelowo} and cashier {P:Perpetua Vintila}), a "
            "redacted copy was kept for the unaffected co-arrestee's file. The dashcam video was held by the "
            "{AG:Waubonsee Crossing County State's Attorney} and is covered by the Clerk's notice.", **m)
    fl.para("On {ID:December 1, 2026} a caller who gave her name as {P:Hildegard Seal} ({PH:815-555-0143}) "
            "asked whether the arrest \"still shows up.\" Under the Act the Records Unit answered that no "
            "record exists. The petitioner's mother was not given any other information.", **m)
    fl.space(16)
    yy = fl.y
    under_field(d, p2, L, yy, 220, "{O:Records Supervisor Marguerite Anand-Fitzwilliam}", "Records Unit",
                vfont="tiit", vsize=10, color=BLUE)
    under_field(d, p2, L + 240, yy, 228, "{ID:December 2, 2026}", "Date certified", vfont="tiit", vsize=11,
                color=BLUE)
    for i in range(len(d.pdf)):
        footer(d, i, "{T:Sealed} record \u2014 do not release except under 20 ILCS 2630/5.2(d)",
               f"{i + 1} / {len(d.pdf)}", L=L, R=R)
    return d.finish(outdir)


# ================================================================== 5. rideshare passenger complaint
def doc_rideshare_complaint(outdir):
    d = Doc("apd_rideshare_complaint_j05", "Aspenridge Police Department - Vehicle-for-Hire Passenger Complaint")
    L, R = 40, 572
    p = d.new_page()
    d.text(p, L, 30, 300, "{AG:ASPENRIDGE POLICE DEPARTMENT}", font="hebo", size=12.5)
    d.text(p, L, 46, 300, "Vehicle-for-Hire Enforcement Unit", font="helv", size=9)
    d.text(p, 330, 30, R - 330, "{PP:2750 Columbine Mesa Parkway, Aspenridge, CO 81650}\n"
           "non-emergency {PP:970-555-0109}", font="helv", size=8, lead=1.3, align="right", color=GRAY)
    rect(d, p, (L, 62, R, 80), width=0, fill=(0.12, 0.12, 0.12))
    d.text(p, L, 66, R - L, "PASSENGER COMPLAINT \u2014 TAXI / TRANSPORTATION NETWORK COMPANY (TNC)", font="hebo",
           size=10, color=(1, 1, 1), align="center")
    vin = make_vin("5YJ3E1EB", "NF")
    y = 86
    row = 30
    field(d, p, L, y, L + 130, y + row, "COMPLAINT NO.", "{C:AR-VFH-26-0442}", vfont="cour", vsize=10)
    field(d, p, L + 130, y, L + 250, y + row, "DATE OF TRIP", "{ID:11/21/2026}", vfont="cour", vsize=10)
    field(d, p, L + 250, y, L + 350, y + row, "TIME", "2340\u20130012", vsize=10)
    field(d, p, L + 350, y, R, y + row, "RELATED OFFENSE REPORT", "{C:AR26-19930}", vfont="cour", vsize=10)
    y += row
    d.text(p, L, y + 4, R - L, "PART 1 \u2014 COMPLAINANT (PASSENGER)", font="hebo", size=8.5)
    y += 16
    field(d, p, L, y, L + 200, y + row, "NAME (LAST, FIRST MIDDLE)", "{P:DRIVER, QUENTIN ALARIC}", vfont="hebo",
          vsize=9.5)
    field(d, p, L + 200, y, L + 300, y + row, "DATE OF BIRTH", "{D:09/08/1990}", vfont="cour", vsize=9.5)
    field(d, p, L + 300, y, L + 410, y + row, "PHONE", "{PH:970-555-0135}", vfont="cour", vsize=9.5)
    field(d, p, L + 410, y, R, y + row, "E-MAIL", "{E:qdriver90@example.com}", vsize=8.5)
    y += row
    field(d, p, L, y, L + 300, y + row + 10, "HOME ADDRESS", "{A!:5102 Kinnikinnick Way, Apt. 318, Aspenridge, "
          "CO 81650}", vsize=9)
    field(d, p, L + 300, y, R, y + row + 10, "COMPANION(S) IN VEHICLE",
          "{P:Marisa Tolentino-Haak}; {P:Ji-hoon \"Jay\" Bae}", vsize=9)
    y += row + 10
    d.text(p, L, y + 4, R - L, "PART 2 \u2014 VEHICLE AND {T:DRIVER} COMPLAINED OF", font="hebo", size=8.5)
    y += 16
    field(d, p, L, y, L + 140, y + row, "COMPANY", "{PP:Zipwheel Rides, LLC}", vsize=9)
    field(d, p, L + 140, y, L + 330, y + row, "{T:DRIVER} NAME (FROM APP)", "{P:Bohdan Yaremchuk-Quiroga}",
          vsize=9.5)
    field(d, p, L + 330, y, L + 430, y + row, "CO DL", "{DL:14-228-0375}", vfont="cour", vsize=9.5)
    field(d, p, L + 430, y, R, y + row, "CO PLATE", "{PL:BQX-J47}", vfont="cour", vsize=9.5)
    y += row
    field(d, p, L, y, L + 210, y + row, "VIN", "{V:" + vin + "}", vfont="cour", vsize=9.5)
    field(d, p, L + 210, y, L + 330, y + row, "VEHICLE", "2022 Tesla Model 3, white", vsize=9)
    field(d, p, L + 330, y, R, y + row, "REGISTERED OWNER", "{P:Yaremchuk, Oleksandra}, {A:PO Box 1630, "
          "Eagle Vale, CO 81631}", vsize=8.5)
    y += row
    field(d, p, L, y, L + 266, y + row, "PICK-UP", "{PP:Timberline Tap House}, 600 Main St.", vsize=9)
    field(d, p, L + 266, y, R, y + row, "DROP-OFF (REQUESTED / ACTUAL)", "Home / gas station at I-70 exit 147",
          vsize=9)
    y += row
    d.text(p, L, y + 4, R - L, "PART 3 \u2014 PASSENGER'S ACCOUNT (as told to the officer)", font="hebo", size=8.5)
    fl = Flow(d, [(p, L, R, y + 18, 742)], more=lambda: [(d.new_page(), L, R, 48, 742)])
    m = dict(font="tiro", size=10.2, lead=1.3, after=0.55)
    fl.para("Mr. {P:Driver} says the {T:driver} refused to take the route shown in the app, stopped at a gas "
            "station off I-70 and demanded $80 in cash before he would continue. When Mr. {P:Driver}'s friend "
            "{P:Marisa Tolentino-Haak} ({PH:970-555-0174}) began recording, the {T:driver} took her phone and threw it on the "
            "forecourt. The third rider, {P:Ji-hoon Bae}, called 911 at 0004. The {T:driver} left with Mr. "
            "{P:Bae}'s backpack still in the trunk.", **m)
    fl.para("Officer's notes", font="hebo", size=9, after=0.2)
    fl.para("{O:Ofc. Zephyrine Oduber} {B:#6218} took the report at the station. The gas-station clerk, "
            "{P:Radomir Pacheco-Lind}, gave a copy of the forecourt video. I reached Mr. {P:Yaremchuk-Quiroga} "
            "at {PH:(970) 555-0168}; he said the passengers were drunk and that Mr. {P:Driver} had offered him "
            "cash to \"keep going.\" He returned the backpack to the station on {ID:11/22/2026}. The incident is "
            "documented under {OF:Theft (C.R.S. 18-4-401)} and {OF:Criminal Mischief (C.R.S. 18-4-501)}; a "
            "complaint about the permit holder went to the {AG:Colorado Public Utilities Commission}, which "
            "licenses TNC {T:drivers}. {PP:Zipwheel Rides} trust-and-safety contact: {PP:970-555-0194}.", **m)
    fl.para("Follow-up by {O:Det. Severin Mukherjee-Holt} {B:#6107}: the owner of the car, {P:Oleksandra "
            "Yaremchuk}, is the {T:driver}'s mother; she says he alone drives it. Referred to the "
            "{AG:Eagle Vale County District Attorney} on {ID:12/01/2026}.", **m)
    fl.space(12)
    yy = fl.y
    under_field(d, fl.pno, L, yy, 250, "{P:Quentin A. Driver}", "Complainant's signature", vfont="tiit",
                vsize=11, color=BLUE)
    under_field(d, fl.pno, L + 280, yy, 252, "{O:Ofc. Zephyrine Oduber} {B:#6218}", "Receiving officer",
                vfont="tiit", vsize=11, color=BLUE)
    footer(d, 0, "{AG:Aspenridge Police Department}  \u00b7  Form VFH-2", "Sheet 1 of 1", L=L, R=R)
    return d.finish(outdir)


# ================================================================== 6. harbor / marine patrol log
def doc_marine_log(outdir):
    d = Doc("cnpd_marine_patrol_log_j06", "Chesapeake Narrows Police Department - Harbor Unit Marine Patrol Log")
    L, R = 32, 760
    p = d.new_page(792, 612)
    d.text(p, L, 22, 430, "{AG:CHESAPEAKE NARROWS POLICE DEPARTMENT}  \u2014  HARBOR UNIT", font="cobo", size=11.5)
    d.text(p, L, 38, 430, "MARINE PATROL ACTIVITY LOG   vessel: PB-2 \"Heron\"   shift 0700-1900", font="cour",
           size=8.5)
    d.text(p, R - 250, 22, 250, "{PP:1 Lighthouse Quay, Tolchester Neck, MD 21677}\nHarbor office {PP:410-555-0112}",
           font="cour", size=7.6, lead=1.3, align="right")
    hline(d, p, L, 54, R, width=1.0)
    d.text(p, L, 58, R - L, "DATE: {ID:SAT 08/15/2026}   CREW: {O:MPO Anneliese Dunmore-Eze} {B:#H-07} "
           "(operator), {O:Ofc. Rafferty Quansah} {B:#H-12}   WEATHER: SW 10-15 KT, 1-2 FT CHOP", font="cour",
           size=8)
    rows = [
        ["0712", "Marina fuel dock", "PB-2", "Departed; equipment check OK.", ""],
        ["0805", "Swan Creek, G \"5\"", "MD 4417 BT (21 ft center console)",
         "Safety check: {P:Hull, Birgitta} (operator), DOB {D:02/19/1977}; 4 PFDs, flares expired.",
         "Warning; flares to be replaced"],
        ["0840", "Swan Creek anchorage", "MD 9023 CK (sail)", "Owner {P:Tadhg Moor} reported his dinghy "
         "stolen overnight while {T:moored}; last seen 2300.", "Report {C:CN26-M-0711}"],
        ["0955", "Narrows bridge", "PWC (2), no MD numbers visible", "Two riders: {P:Tobiah Estrada-Lowe} (16) and "
         "{P:Tindra Sj\u00f6berg-Pike} (15); wake in no-wake zone.", "Juvenile warning; parents called"],
        ["1040", "Public ramp", "Trailer MD {PL:83T~417}", "Tow vehicle parked in ramp lane; owner {P:Dashiell "
         "Ocampo-Wray}, {PH:410-555-0153}, moved it.", "No action"],
        ["1130", "Tolchester Neck Channel", "MD 2207 AF (28 ft cabin)", "BUI check on operator {P:Kasimir "
         "Blaszczykowski}, DOB {D:1966-11-03}; SFSTs performed.", "Arrest: {OF:Operating a Vessel Under the "
         "Influence (Md. Nat. Res. \u00a7 8-738)}"],
        ["1215", "Marina fuel dock", "PB-2", "Prisoner handed to {O:Cpl. Esm\u00e9 Vantongeren} {B:#318} for "
         "transport to {PP:Kent Narrows Central Booking}.", "Boat towed by {PP:Bayside Marine Towing}"],
        ["1320", "Swan Creek", "Skiff, no numbers", "{T:Crab} pots without buoy tags; owner {P:Lemuel \"Crab\" "
         "Hathaway-Stiles} admitted them.", "Referred to {AG:Maryland Natural Resources Police}"],
        ["1455", "Sandy Point bar", "MD 6650 DR", "Vessel aground; {P:Hull, Birgitta} again, with son {P:Anders "
         "Hull-Petrakis}; pulled off by tow.", "Assist; {T:hull} intact"],
        ["1610", "North jetty", "\u2014", "Fisherman {P:Wilbert Adesanya-Crowe} found a life ring marked with "
         "the stolen dinghy's name.", "Added to {C:CN26-M-0711}"],
        ["1750", "Marina fuel dock", "PB-2", "Returned; fuel 41 gal.  Log closed.", ""],
    ]
    pno, y = table(d, p, L, 74, [40, 108, 150, 290, 140],
                   ["TIME", "LOCATION", "VESSEL / REG.", "CONTACT / PERSONS", "ACTION"],
                   rows, font="cour", size=7.6, lead=1.2, hfont="cobo", hsize=7.5, shade=TINT,
                   fonts=["cobo", None, None, None, None])
    y += 10
    cw = (R - L - 24) / 2
    fl = Flow(d, [(p, L, L + cw, y, 575), (p, L + cw + 24, R, y, 575)])
    m = dict(font="cour", size=7.8, lead=1.25, after=0.5)
    fl.para("REMARKS", font="cobo", size=8, after=0.2)
    fl.para("0805: {P:B. HULL} LIVES AT {A:73 OYSTER SHELL ROAD, TOLCHESTER NECK, MD 21677}, CELL "
            "{PH:410.555.0128}. SHE WAS TOLD THE {T:HULL} NUMBERS MUST BE 3 IN. HIGH.", **m)
    fl.para("0840: {P:MOOR} GAVE E-MAIL {E:r.moor.sailing@example.org} FOR THE REPORT AND A SECOND PHONE, "
            "{PH:(302) 555-0177}. DINGHY IS GREY, 9 FT, OUTBOARD NOT ATTACHED. ENTERED AS {OF:THEFT $1,500 TO "
            "UNDER $25,000 (MD. CRIM. LAW \u00a7 7-104)}.", **m)
    fl.para("0955: PARENTS {P:MARTIN ESTRADA} AND {P!:KAROLINE SJ\u00d6BERG-PIKE} RESPONDED TO THE RAMP.", **m)
    fl.para("1130: {P:BLASZCZYKOWSKI} HOLDS MD DL {DL:B-241-736-559-108}; HOME {A:19 CREEKSIDE TERRACE, "
            "CHESTERTOWN, MD 21620}. BREATH TEST AT BOOKING, {O:CPL. VANTONGEREN}. PASSENGER {P:PHILOMENA "
            "ACHTERHOF} DROVE THE TOW VEHICLE HOME (MD TAG {PL:2EX~4419}, VIN {V:" + make_vin("1GCVKREC", "HZ") + "}).", **m)
    fl.para("REVIEWED {O:SGT. HORATIO MBALA-KIRBY} {B:#H-02} ON {ID:08/17/2026}. COPY TO "
            "{AG:U.S. COAST GUARD SECTOR MARYLAND-NCR} (BUI ARREST ONLY).", **m)
    footer(d, 0, "{AG:Chesapeake Narrows Police Department}  \u00b7  Harbor Unit form HU-1", "Sheet 1 of 1",
           L=L, R=R, y=600, font="cour")
    return d.finish(outdir)


# ================================================================== 7. writ of possession execution
def doc_writ_execution(outdir):
    d = Doc("hcso_writ_possession_execution_j07", "Haw River County Sheriff's Office - Writ of Possession Execution Record")
    L, R = 50, 562
    p = d.new_page()
    d.text(p, L, 32, R - L, "{AG:HAW RIVER COUNTY SHERIFF'S OFFICE}", font="tibo", size=13.5, align="center")
    d.text(p, L, 50, R - L, "Civil Process Division  \u00b7  {PP:410 Courthouse Square, Mebaneville, NC 27302}  "
           "\u00b7  {PP:(336) 555-0114}", font="tiro", size=9, align="center", color=GRAY)
    hline(d, p, L, 64, R, width=0.8)
    d.text(p, L, 72, R - L, "RECORD OF EXECUTION \u2014 WRIT OF POSSESSION OF REAL PROPERTY (SUMMARY EJECTMENT)",
           font="hebo", size=10, align="center")
    y = 90
    for lab, val in [("Writ / file no.", "{C:26-CVM-1187}  (issued by the {PP!:Haw River County Clerk of Superior Court})"),
            ("Plaintiff (landlord)", "{PP:Briarwood Commons Apartments, LLC}, by property manager {P:Briony "
             "Castellucci-Weiss}"),
            ("Defendant (tenant)", "{P:LOCK, PHILIPPA JOSEPHINE}; also occupying: {P:Cormac Lock-Adebayo}"),
            ("Premises", "{A:2290 Briarwood Commons Drive, Apt. 14-C, Mebaneville, NC 27302}"),
            ("Notice posted", "{ID:10/27/2026} by {O:Dep. Sunniva Ampofo} {B:#C-219}"),
            ("Date executed", "{ID:11/03/2026}, 0930\u20131115")]:
        side_field(d, p, L, y, R, y + 24, lab, val, 120, size=9)
        y += 24
    y += 10
    d.text(p, L, y, R - L, "Checklist", font="hebo", size=9.5)
    y += 14
    for txt, ck in [("Premises entered with landlord's agent; knock and announce at 0930", True),
                    ("Occupants present and told to leave; given 10 minutes to collect medicine and documents",
                     True),
                    ("Children present (if yes, see narrative)", True),
                    ("Animals present", False),
                    ("{T:Locks} changed by landlord's {T:locksmith} in deputy's presence", True)]:
        checkbox(d, p, L + 4, y, ck)
        d.text(p, L + 18, y - 1, R - L - 20, txt, font="helv", size=8.8)
        y += 14
    fl = Flow(d, [(p, L, R, y + 8, 742)], more=lambda: [(d.new_page(), L, R, 50, 742)])
    m = dict(font="tiro", size=10.5, lead=1.33, after=0.6, align="justify")
    fl.para("Narrative", font="tibo", size=10.5, after=0.2)
    fl.para("{O:Dep. Sunniva Ampofo} {B:#C-219} and I ({O:Sgt. Barnabas Oduro-Pickett} {B:#C-201}) met the "
            "property manager, Ms. {P:Castellucci-Weiss}, at the rental office at 0920. The tenant, Ms. "
            "{P:Lock}, answered the door with her adult son, {P:Cormac Lock-Adebayo}, and two grandchildren, "
            "{P:Amara Lock-Adebayo} (7) and {P:Tobin Lock-Adebayo} (4). She said she had paid part of the rent to a former manager, {P:Desmond "
            "\"Dez\" Iwuchukwu}, and showed a receipt. I explained that the writ had been issued by the court "
            "and could not be delayed by the Sheriff. The {T:locksmith} from {PP:Piedmont Key & Safe} "
            "arrived at 0945 and the door was {T:locked} at 1110. Her car, a 2011 Buick, NC "
            "plate {PL:TKW-4471}, VIN {V:" + make_vin("1G4GC5ED", "BF") + "}, was left in the lot with the "
            "manager's consent.", **m)
    fl.para("Ms. {P:Lock} asked that her belongings stay in the unit for the seven days allowed; the manager "
            "agreed and gave her number, {PH:336-555-0149}, for a pick-up time. Ms. {P:Lock}'s new contact "
            "address is her sister's, {P:Rosalind Lock-Merriweather}, at {A!:48 Tobacco Barn Road, Snow Camp, NC "
            "27349}; phone {PH:(336) 555-0131}. The son gave {E:cormac.lockadebayo@example.net} and "
            "DOB {D:05/02/1999}.", **m)
    fl.para("A neighbour, {P:Tomasz Vrbanek}, came out and filmed from the breezeway; he was asked to step "
            "back and did. No one was arrested. No report of {OF:Second Degree Trespass (N.C.G.S. 14-159.13)} "
            "was needed. A referral for the grandchildren's school transport was made to the "
            "{AG:Haw River County Department of Social Services} at the tenant's request. The family was also "
            "given the number of {PP:Alamance Valley Housing Help Line} ({PP:336-555-0196}).", **m)
    fl.space(14)
    yy = fl.y
    under_field(d, fl.pno, L, yy, 250, "{O:Sgt. Barnabas Oduro-Pickett}  {B:#C-201}", "Executing officer",
                vfont="tiit", vsize=11, color=BLUE)
    under_field(d, fl.pno, L + 262, yy, 250, "{ID:11/03/2026}", "Date of return to the Clerk", vfont="tiit",
                vsize=11, color=BLUE)
    for i in range(len(d.pdf)):
        footer(d, i, "{AG:Haw River County Sheriff's Office}  \u00b7  Civil Process form CP-9",
               f"Sheet {i + 1} of {len(d.pdf)}", L=L, R=R)
    return d.finish(outdir)


# ================================================================== 8. detainer teletype
def doc_detainer(outdir):
    d = Doc("bgcdc_detainer_teletype_j08", "Bluegrass Gap County Detention Center - Detainer Placement Teletype")
    L, R = 60, 552
    p = d.new_page()
    d.text(p, L, 34, R - L, "LEMS TERMINAL 4  PRINTED 11/24/2026 0614  OPERATOR TCO-22", font="cour", size=8,
           color=GRAY)
    hline(d, p, L, 46, R, width=0.5, color=GRAY)
    fl = Flow(d, [(p, L, R, 54, 740)], more=lambda: [(d.new_page(), L, R, 54, 740)])
    m = dict(font="cour", size=9.2, lead=1.3, after=0.35)
    fl.para("MSG 0417  IN 11/24/2026 0611  FROM KY0590300  TO KY0280000", **m)
    fl.para("AM.KY0590300.DETAINER REQUEST AND HOLD PLACEMENT", **m)
    fl.para("FROM: {AG:CUMBERLAND FORKS POLICE DEPARTMENT} ({AG:CFPD}), {PP:22 COURTHOUSE HILL, CUMBERLAND FORKS, "
            "KY 40997}, {PP:606-555-0115}", **m)
    fl.para("TO: {PP:BLUEGRASS GAP COUNTY DETENTION CENTER}, BOOKING SUPERVISOR", **m)
    fl.space(6)
    fl.para("PLEASE PLACE A DETAINER (HOLD) ON THE FOLLOWING SUBJECT, NOW IN YOUR CUSTODY ON LOCAL CHARGES:", **m)
    fl.space(4)
    fl.para("NAM/{P:WEST, DORIAN LAMBERT}  AKA/{P:WEST, D BERT}  AKA/{P:BERT WESTBROOK}", **m)
    fl.para("SEX/M  RAC/W  DOB/{D:19880412}  HGT/601  WGT/185  EYE/BLU  HAI/BRO", **m)
    fl.para("SOC/{S:000-58-3326}  OLN/{DL:W09-417-552}  OLS/KY  FBI/884217KD5", **m)
    fl.para("SMT/TAT R ARM \"{P:BERT}\"  SCAR L HAND", **m)
    fl.para("LAST KNOWN ADDR/{A!:311 COAL TIPPLE HOLLOW RD, CUMBERLAND FORKS, KY 40997}", **m)
    fl.para("VEH/2015 FORD F150 GRY  LIC/{PL:417~XKD}  LIS/KY  VIN/{V:" + make_vin("1FTEW1EG", "FK") + "}", **m)
    fl.space(4)
    fl.para("WARRANT/{C:26-F-00932}  ISSUED {ID:11/20/2026} BY {PP:LETCHER VALLEY CIRCUIT COURT}", **m)
    fl.para("OFFENSE/{OF:BURGLARY 2ND DEGREE (KRS 511.030)}; {OF:THEFT BY UNLAWFUL TAKING OVER $1,000 (KRS "
            "514.030)}", **m)
    fl.para("OCA/{C:CF26-03381}  EXTRADITION/NOT APPLICABLE (IN-STATE)", **m)
    fl.space(4)
    fl.para("REMARKS/ SUBJECT WAS STOPPED {T:WESTBOUND} ON KY 15 BY YOUR DEPUTY ON {ID:11/23/2026} AND BOOKED ON "
            "LOCAL CHARGES. OUR VICTIMS ARE {P:OCTAVIA BRANNIGAN-ODUYA} ({PH:606-555-0129}) AND HER FATHER "
            "{P:EUSEBIO BRANNIGAN}, BOTH OF {A:88 REDBUD RIDGE RD, CUMBERLAND FORKS, KY 40997}. "
            "SUBJECT'S GIRLFRIEND {P:KIMBERLEIGH \"KIMMIE\" DUVALL-ASARE} MAY TRY TO POST BOND; HER PHONE "
            "{PH:(606) 555-0167}. DO NOT RELEASE TO THE {T:NORTHWEST} ENTRANCE; VICTIM LIVES NEAR THE JAIL "
            "ROAD. CAUTION: SUBJECT'S BROTHER {P:CASIMIR WEST} IS A KNOWN ASSOCIATE.", **m)
    fl.para("CONTACT/{O:DET SGT MALACHY ODUNSI-RHEE} {B:#417} {PP:606-555-0116} OR {O:LT. ELSPETH "
            "VARGA-MULCAHY}", **m)
    fl.para("AUTH/{O:CHIEF HONORIA ACHEAMPONG}  MRI 8841736  NNNN", **m)
    fl.space(10)
    hline(d, fl.pno, L, fl.y, R, width=0.5, color=GRAY)
    fl.space(8)
    fl.para("MSG 0422  OUT 11/24/2026 0648  FROM KY0280000  TO KY0590300", **m)
    fl.para("AM.KY0280000.DETAINER ACKNOWLEDGED", **m)
    fl.para("REF YOUR MSG 0417. HOLD PLACED ON {P:WEST, DORIAN LAMBERT} DOB/{D:04/12/1988} BOOKING 26-11874 "
            "AT {PP:BLUEGRASS GAP COUNTY DETENTION CENTER}, {PP:900 JAILHOUSE LANE, HARLAN GAP, KY 40829}. "
            "LOCAL CHARGE {OF:DUI 1ST (KRS 189A.010)}. ARRAIGNMENT {ID:11/25/2026} 0900. HE WILL BE HELD "
            "FOR YOUR AGENCY ON RELEASE. PICKUP WITHIN 72 HOURS OF NOTICE.", **m)
    fl.para("BAIL INQUIRY 11/24 0633 FROM {P:K DUVALL-ASARE}, {PH:606.555.0167}, TOLD HOLD PLACED. NO "
            "OTHER INFO GIVEN. HER ADDR ON JAIL VISITOR LIST: {A:PO BOX 512, HARLAN GAP, KY 40829}.", **m)
    fl.para("{O:BOOKING SUPV DEP. CLEMENTINE OYAMA-FURLONG} {B:#B-31}  NNNN", **m)
    fl.space(10)
    fl.para("ENTERED IN JAIL RMS BY TCO-22 {ID:11/24/2026}. FILE WITH BOOKING 26-11874. PRINT COPY TO "
            "{AG:LETCHER VALLEY COMMONWEALTH'S ATTORNEY} ON REQUEST.", font="cour", size=8.2, lead=1.3, after=0.3,
            color=GRAY)
    for i in range(len(d.pdf)):
        footer(d, i, "{AG:BLUEGRASS GAP COUNTY DETENTION CENTER}  LEMS PRINT", f"PAGE {i + 1}", L=L, R=R,
               font="cour")
    return d.finish(outdir)


# ================================================================== 9. door-to-door solicitor permit
def doc_solicitor_permit(outdir):
    d = Doc("mcpd_solicitor_permit_background_j09", "Marrowbone Crossing Police Department - Solicitor Permit Application and Background Check")
    L, R = 48, 564
    p = d.new_page()
    d.text(p, L, 30, R - L, "CITY OF MARROWBONE CROSSING, IOWA", font="helv", size=8.5, color=GRAY)
    d.text(p, L, 42, R - L, "APPLICATION FOR PEDDLER / SOLICITOR / TRANSIENT MERCHANT PERMIT", font="hebo", size=11.5)
    d.text(p, L, 58, R - L, "Submit to the City Clerk.  Background check by the {AG:Marrowbone Crossing Police "
           "Department}, {PP:118 Sycamore Bend Avenue}, {PP:(319) 555-0118}.", font="helv", size=8.5)
    hline(d, p, L, 74, R, width=1.0)
    d.text(p, L, 80, R - L, "SECTION 1 \u2014 APPLICANT", font="hebo", size=9)
    y = 94
    W = R - L
    line_field(d, p, L, y, "Full name:", "{P:Desmond Ifeanyi Cook}", 70, 300)
    line_field(d, p, L + 310, y, "Date of birth:", "{D:07-14-1993}", 62, W - 310)
    y += 18
    line_field(d, p, L, y, "Home address:", "{A:9 Hollyhock Circle, Unit 4, Cedar Ferry, IA 52411}", 70, W)
    y += 18
    line_field(d, p, L, y, "Phone:", "{PH:319-555-0138}", 70, 220)
    line_field(d, p, L + 230, y, "E-mail:", "{E:dcook.sales@example.com}", 40, W - 230)
    y += 18
    line_field(d, p, L, y, "Iowa DL no.:", "{DL:417JK2209}", 70, 220)
    line_field(d, p, L + 230, y, "Vehicle / plate:", "2019 Kia Sedona, IA {PL:KJR~552}", 70, W - 230)
    y += 18
    line_field(d, p, L, y, "SSN:", "{S:900-47-1186}", 70, 220)
    line_field(d, p, L + 230, y, "Height / eyes:", "5'11\" / brown", 70, W - 230)
    y += 18
    line_field(d, p, L, y, "Addresses, 5 yrs:", "{A:2710 Larkspur Lane, Davenport, IA 52804} (2021\u201324)", 70, W)
    y += 24
    d.text(p, L, y, R - L, "SECTION 2 \u2014 BUSINESS", font="hebo", size=9)
    y += 14
    line_field(d, p, L, y, "Employer:", "{PP:Hearthstone Kitchen Direct, Inc.}", 70, 300)
    line_field(d, p, L + 310, y, "Phone:", "{PP:563-555-0192}", 40, W - 310)
    y += 18
    line_field(d, p, L, y, "Goods sold:", "{T:Cookware} sets, knives, {T:cookbooks}", 70, W)
    y += 18
    line_field(d, p, L, y, "Crew members:", "{P:Ysabeau Marchetti-Ngata}; {P:Leopold \"Polo\" Arvanitakis}", 70, W)
    y += 18
    line_field(d, p, L, y, "Dates requested:", "{ID:May 3, 2027} to {ID:June 30, 2027}, 9 a.m.\u20137 p.m.", 70, W)
    y += 24
    d.text(p, L, y, R - L, "SECTION 3 \u2014 REFERENCES (not related to applicant)", font="hebo", size=9)
    y += 14
    pno, y = table(d, p, L, y, [150, 230, 136], ["Name", "Address", "Phone"],
                   [["{P:Marguerite Oyebanji-Sabo}", "{A:416 Prairie Rose Drive, Cedar Ferry, IA 52411}",
                     "{PH:(319) 555-0152}"],
                    ["{P:Bertrand Kuchar\u010d\u00edk}", "{A:RR 1, Box 88, What Cheer, IA 50268}",
                     "{PH:641-555-0117}"]],
                   font="helv", size=8.6, fonts=[None, None, "cour"])
    y += 8
    d.text(p, L, y, W, "I certify the above is true.   Signed: {P:Desmond I. Cook}      Date: 04/02/2027",
           font="tiit", size=10.5, color=BLUE)
    y += 22
    rect(d, p, (L, y, R, y + 14), width=0, fill=(0.85, 0.88, 0.93))
    d.text(p, L + 4, y + 2.5, W, "POLICE USE \u2014 BACKGROUND CHECK RESULT", font="hebo", size=9)
    y += 20
    pno, y = table(d, p, L, y, [150, 110, 256], ["Check", "Date", "Result"],
                   [["Iowa criminal history ({AG:Iowa DCI})", "{ID:04/05/2027}",
                     "One record: {OF:Theft 5th Degree (Iowa Code 714.2(5))}, 2015, fine paid"],
                    ["NCIC wants / warrants", "{ID:04/05/2027}", "No record"],
                    ["Local RMS", "{ID:04/06/2027}", "Crew member {P:Arvanitakis} named as complainant in "
                     "{C:MC25-00817} (not a suspect)"],
                    ["Sex-offender registry", "{ID:04/06/2027}", "Not listed (applicant and both crew)"]],
                   font="helv", size=8.6, shade=TINT)
    y += 8
    fl = Flow(d, [(p, L, R, y, 745)])
    fl.para("Recommendation: permit may issue. Mr. {P:Cook} must carry the permit and show it on request. The "
            "prior complaint from {P:Sigvald Ostergaard-Nunez} ({PH:319-555-0163}) about a pushy {T:cookware} "
            "seller in 2025 was a different company. Checked by {O:Records Specialist Tallulah Nakashima-Boyd}; "
            "approved by {O:Lt. Osric Quist-Mbatha} {B:#244}.", font="tiro", size=10, lead=1.3)
    footer(d, 0, "City of Marrowbone Crossing  \u00b7  Form CC-17 (police section)", "Sheet 1 of 1", L=L, R=R)
    return d.finish(outdir)


# ================================================================== 10. protective-custody (detox) transport
def doc_protective_custody(outdir):
    d = Doc("rbpd_protective_custody_transport_j10", "Red Butte Police Department - Protective Custody (Intoxicated Person) Transport Record")
    L, R = 44, 568
    p = d.new_page()
    d.text(p, L, 30, 330, "{AG:RED BUTTE POLICE DEPARTMENT}", font="hebo", size=13, color=DARKRED)
    d.text(p, L, 46, 330, "Protective Custody \u2014 Intoxicated Person (N.D.C.C. 5-01-05.1)", font="helv", size=9)
    d.text(p, 360, 30, R - 360, "{PP:415 Coteau Street}\n{PP:Red Butte, ND 58601}\n{PP:701-555-0119}", font="helv",
           size=8, lead=1.2, align="right", color=GRAY)
    hline(d, p, L, 66, R, width=1.2, color=DARKRED)
    y = 74
    W = R - L
    field(d, p, L, y, L + 120, y + 28, "CFS / REPORT NO.", "{C:RB26-22108}", vfont="cour", vsize=9.5)
    field(d, p, L + 120, y, L + 250, y + 28, "DATE TAKEN INTO CUSTODY", "{ID:12/04/2026}", vfont="cour", vsize=9.5)
    field(d, p, L + 250, y, L + 380, y + 28, "TIME", "0142", vsize=9.5)
    field(d, p, L + 380, y, R, y + 28, "PRELIM. BREATH (PBT)", "0.241 (refused 2nd)", vsize=9.5)
    y += 28
    field(d, p, L, y, L + 210, y + 28, "PERSON (LAST, FIRST MIDDLE)", "{P:FROST, LACHLAN BEAUREGARD}", vfont="hebo",
          vsize=9)
    field(d, p, L + 210, y, L + 310, y + 28, "DOB", "{D:1971-01-23}", vfont="cour", vsize=9.5)
    field(d, p, L + 310, y, L + 420, y + 28, "ND ID / DL", "{DL:FRO-71-4420}", vfont="cour", vsize=9.5)
    field(d, p, L + 420, y, R, y + 28, "HOME PHONE", "{PH:701-555-0146}", vfont="cour", vsize=9.5)
    y += 28
    field(d, p, L, y, L + 262, y + 38, "RESIDENCE", "{A!:1730 Grain Elevator Road, Trailer 12, Red Butte, ND 58601}",
          vsize=9)
    field(d, p, L + 262, y, R, y + 38, "WHERE FOUND", "Snowbank behind {PP:Dakota Hitch Saloon}, 5 W. Coteau "
          "St.; temperature \u221214 \u00b0F", vsize=9)
    y += 38
    field(d, p, L, y, L + 262, y + 28, "TRANSPORTING OFFICER", "{O:Ofc. Tadeusz Whitebird} {B:#71}", vsize=9)
    field(d, p, L + 262, y, R, y + 28, "RECEIVING FACILITY", "{PP:Coteau Recovery Center} (detox), {PP:701-555-0187}",
          vsize=9)
    y += 40
    d.text(p, L, y, W, "Timeline", font="hebo", size=10)
    y += 14
    rows = [
        ["0131", "Caller {P:Ottoline Tsosie-Sand}, {PH:(701) 555-0124}, reported a man lying in the alley."],
        ["0138", "{O:Ofc. Tadeusz Whitebird} {B:#71} arrived; subject conscious, slurred speech, no coat, early "
         "{T:frostbite} on both hands."],
        ["0142", "Taken into protective custody. No crime alleged. Pat-down: wallet, phone, lighter."],
        ["0150", "{AG:Red Butte Ambulance Service} evaluated; recommended ED for the hands."],
        ["0212", "Arrived {PP:St. Olaf Prairie Hospital} ED. Seen by {P:Dr. Snezhana Zhandarova} (private "
         "physician)."],
        ["0455", "Medically cleared; transported to {PP:Coteau Recovery Center}, accepted by intake worker "
         "{P:Ansgar Holt-Ibarra}."],
        ["0930", "Released sober to brother {P:Larkin Frost} ({PH:701.555.0171}), {A:PO Box 317, Dickinson Flats, ND "
         "58602}."],
    ]
    pno, y = table(d, p, L, y, [40, W - 40], None, rows, font="helv", size=8.8, lead=1.22,
                   fonts=["cobo", None], shade=TINT)
    fl = Flow(d, [(p, L, R, y + 12, 745)], more=lambda: [(d.new_page(), L, R, 50, 745)])
    m = dict(font="tiro", size=10.2, lead=1.3, after=0.55)
    fl.para("Notes", font="tibo", size=10.5, after=0.2)
    fl.para("Mr. {P:Frost} said he had been drinking at the saloon with a man he knew only as \"{P:Dutch}\" and "
            "walked out to look at the {T:frost} on the trucks. The bartender, {P:Kerensa Agbaje-Lund}, said "
            "he was refused service at 0045. His sister-in-law, {P:Valentina Frost-Okimaw}, called at 0700 and "
            "gave her e-mail {E:vfrostokimaw@example.net} for updates; she was told only that he was safe.",
            **m)
    fl.para("No charge is filed for {OF:Public Intoxication} (not an offence under N.D.C.C. 5-01-05.3). Record "
            "kept because custody lasted more than four hours. The {AG:Stark Prairie County Social Services} "
            "case manager was notified at the family's request. Property (wallet, phone, lighter) was signed for by the "
            "brother, {P:Larkin Frost} (ND DL {DL:FRO-68-1172}, DOB {D:02/02/1968}); his wife, {P:Orla "
            "Frost-Begins}, drove them home in a pickup, ND {PL:4417~KTR}. Supervisor review: {O:Sgt. Ragnhild "
            "Achebe-Sorensen} {B:#22}, {ID:12/04/2026}.", **m)
    footer(d, 0, "{AG:Red Butte Police Department}  \u00b7  Form PC-1  \u00b7  Confidential medical information "
           "inside", "Sheet 1 of 1", L=L, R=R)
    return d.finish(outdir)


# ================================================================== 11. courthouse screening log
def doc_court_screening(outdir):
    d = Doc("mcso_courthouse_screening_log_j11", "Monadnock Ridge County Sheriff's Office - Courthouse Security Screening Log")
    L, R = 40, 572
    p = d.new_page()
    d.text(p, L, 30, R - L, "{AG:MONADNOCK RIDGE COUNTY SHERIFF'S OFFICE}", font="tibo", size=13)
    d.text(p, L, 47, R - L, "Court Security Unit  \u00b7  {PP:Monadnock Ridge County Superior Court}, "
           "{PP:12 Granite Mill Street, Keene Falls, NH 03431}", font="tiro", size=9)
    hline(d, p, L, 62, R, width=0.9)
    d.text(p, L, 68, R - L, "ENTRANCE SCREENING \u2014 PROHIBITED AND DETAINED ITEMS LOG", font="hebo", size=10.5)
    d.text(p, L, 83, R - L, "Date: {ID:Monday, 16 November 2026}     Post: public entrance (magnetometer + X-ray)     "
           "Supervisor: {O:Sgt. Maelle Gauthier-Osei} {B:#S-14}", font="helv", size=8.3)
    rows = [
        ["0802", "{P:KEY, PERPETUA MAILE}", "Family Div. \u2014 hearing", "Folding knife on {T:keychain} (3 in.)",
         "Refused entry; took knife to car; re-screened"],
        ["0817", "{P:van Wyk-Sithole, Johannes}", "Jury duty", "Pepper spray",
         "Held; receipt H-4471; returned 1610"],
        ["0839", "{P:\u00d3 Briain, Fiachra}", "Clerk's office", "Multi-tool", "Held; receipt H-4472; returned 0901"],
        ["0905", "{P:dos Santos-Whitlow, Iara}", "Criminal \u2014 witness", "None; wand alarm (hip implant)",
         "Hand-wand, cleared"],
        ["0931", "{P:Wennerholm, Thorbj\u00f6rn \"Tobbe\"}", "Probate", "Scissors", "Surrendered; discarded"],
        ["1010", "{P:KEY, AUGUSTUS}", "Family Div. \u2014 respondent", "Brass knuckles in jacket",
         "Detained; {O:Dep. Florian Okwuosa-Brandt} {B:#S-22}; see note"],
        ["1044", "{P:Ezeilo-Carrow, Nkechinyere}", "Attorney (bar card)", "Laptop", "Cleared"],
        ["1122", "{P:Szab\u00f3, Eszter}", "Small claims", "Ceramic {T:keys} (\"safety {T:keys}\")",
         "Held; receipt H-4473; returned 1205"],
        ["1357", "{P:Rutherford-Kahananui, Makoa}", "Criminal \u2014 defendant", "Vape pen; lighter",
         "Lighter held; receipt H-4474"],
        ["1430", "{P:de Groot-Ihejirika, Wilhelmina}", "Registry of deeds", "Letter opener", "Surrendered; discarded"],
    ]
    pno, y = table(d, p, L, 98, [34, 132, 104, 128, 134], ["Time", "Name (as on ID)", "Business", "Item",
                   "Disposition"], rows, font="helv", size=8, lead=1.2, shade=TINT, fonts=["cobo", "hebo", None,
                   None, None])
    y += 12
    fl = Flow(d, [(p, L, R, y, 745)], more=lambda: [(d.new_page(), L, R, 50, 745)])
    m = dict(font="tiro", size=10, lead=1.3, after=0.55)
    fl.para("Note on the 1010 entry", font="tibo", size=10.5, after=0.2)
    fl.para("{P:Augustus Key} (DOB {D:March 9, 1985}), the respondent in the protective-order hearing brought by "
            "his estranged wife, {P:Perpetua Key}, set off the magnetometer. Brass knuckles were found in his "
            "jacket. Possession is {OF:Carrying a Dangerous Weapon in a Courthouse (RSA 159:19)}. "
            "{O:Dep. Florian Okwuosa-Brandt} {B:#S-22} detained him; {O:Cpl. Radhika Szymanski-Lowe} "
            "{B:#S-09} interviewed him with his lawyer, {P:Bartholomew Nakagawa-Fenn}. He said the knuckles were a "
            "\"{T:monkey} fist\" {T:keychain} from his brother-in-law, {P:Evariste \"Vari\" Maile}, "
            "of {A:47 Sawmill Pond Road, Harrisville Center, NH 03450}. He was summonsed ({C:MR-26-CS-0318}) "
            "and escorted out after his hearing; the judge was told before the case was called.", **m)
    fl.para("Ms. {P:Key} asked that her new address not be read aloud in court. The victim advocate from "
            "{PP:Monadnock Crisis & Support Center} ({PP:603-555-0193}) stayed with her in the waiting room. Her "
            "contact for the Sheriff's victim-notification line is {PH:603-555-0142}; her e-mail "
            "{E!:perpetua.key.nh@|example.org} is on file with the {AG:Monadnock Ridge County Attorney}.", **m)
    fl.para("Other notes: the juror {P:Johannes van Wyk-Sithole} was given his pepper spray back at 1610 at the "
            "Sheriff's window; a {PP:Keene Falls Transit} bus driver, {P:Ulla Brandvold}, asked about the "
            "lost-and-found and was referred to the Clerk. Log closed 1630. Reviewed by {O:Lt. Octavian "
            "Rwigamba} {B:#S-03} on {ID:17 November 2026}.", **m)
    footer(d, 0, "{AG:Monadnock Ridge County Sheriff's Office}  \u00b7  Court Security form CS-4", "Sheet 1 of 1",
           L=L, R=R)
    return d.finish(outdir)


# ================================================================== 12. crisis negotiation log
def doc_negotiation_log(outdir):
    d = Doc("wfpd_crisis_negotiation_log_j12", "Wichita Fork Police Department - Crisis Negotiation Team Log and Transcript Excerpt")
    L, R = 54, 558
    p = d.new_page()
    d.text(p, L, 32, R - L, "{AG:WICHITA FORK POLICE DEPARTMENT}", font="tibo", size=14, align="center")
    d.text(p, L, 50, R - L, "Crisis Negotiation Team  \u00b7  {PP:1900 Red Clay Boulevard, Wichita Fork, OK 73564}  "
           "\u00b7  {PP:580-555-0120}", font="tiro", size=9, align="center", color=GRAY)
    hline(d, p, L, 64, R, width=0.8)
    d.text(p, L, 72, R - L, "NEGOTIATION LOG AND TRANSCRIPT EXCERPT \u2014 BARRICADED SUBJECT", font="hebo", size=11,
           align="center")
    y = 92
    for lab, val in [("Incident no.", "{C:WF26-31772}"), ("Date", "{ID:October 17, 2026}"),
                     ("Location", "{A:604 Sandplum Drive, Wichita Fork, OK 73564} (subject's residence)"),
                     ("Subject", "{P:HOPE, EZEKIEL AMOS}, DOB {D:08-30-1979}"),
                     ("Primary negotiator", "{O:Det. Ramona Tsinajinnie-Kraus} {B:#338}"),
                     ("Secondary / scribe", "{O:Ofc. Benedikt Oyinlola} {B:#412}"),
                     ("Team leader", "{O:Lt. Cassius Abernathy-Quarles} {B:#207}")]:
        d.text(p, L, y, 120, lab, font="hebo", size=9)
        y = d.text(p, L + 122, y, R - L - 122, val, font="helv", size=9) + 2.6
    hline(d, p, L, y + 3, R, width=0.4, color=GRAY)
    fl = Flow(d, [(p, L, R, y + 10, 742)], more=lambda: [(d.new_page(), L, R, 54, 742)])
    m = dict(font="tiro", size=10.2, lead=1.3, after=0.55)
    fl.para("Situation: at 1412 the subject's former partner, {P:Perdita Marchbanks-Ito}, called 911 ({PH:580-555-0113}) from a "
            "neighbour's house to say that Mr. {P:Hope} had a shotgun and had said he was \"{T:hopeless}.\" No "
            "one else was inside. The {AG:Comanche Flats County Sheriff's Office} tactical team held the "
            "perimeter. Phone contact was made on his cell, {PH:580-555-0137}.", **m)
    fl.para("Transcript excerpt (throw phone recorder, times from the recorder)", font="tibo", size=10.5,
            after=0.3)
    t = dict(font="cour", size=9, lead=1.28, after=0.35, label_w=142)
    turns = [
        ("15:02", "{O:TSINAJINNIE-KRAUS}", "{P:Zeke}, this is {O:Ramona} with the police. I'm not coming in. I just want "
         "to talk."),
        ("15:02", "{P:HOPE}", "Nobody calls me {P:Zeke} but my mother."),
        ("15:03", "{O:TSINAJINNIE-KRAUS}", "Then I'll call you {P:Ezekiel}. Is anybody hurt?"),
        ("15:03", "{P:HOPE}", "Not yet. Tell {P:Perdita} I'm sorry about the truck."),
        ("15:05", "{O:TSINAJINNIE-KRAUS}", "I'll tell her. Who else would you like to hear from?"),
        ("15:06", "{P:HOPE}", "My sister, {P:Lurleen}. She's at {A!:2218 Quail Run Court, Anadarko Bend, OK "
         "73005}. Her number is {PH:580-555-0162}."),
        ("15:09", "{P:HOPE}", "And my AA sponsor, {P:Rutger Boateng-Vail}. He won't come though."),
        ("15:14", "{O:TSINAJINNIE-KRAUS}", "Your sister says she's on her way. That's a {T:hopeful} sign, "
         "isn't it?"),
        ("15:15", "{P:HOPE}", "Don't use that word on me. I know what my name means."),
        ("15:41", "{O:TSINAJINNIE-KRAUS}", "{P:Ezekiel}, I need you to put the shotgun on the porch and step out "
         "with your hands empty."),
        ("15:44", "{P:HOPE}", "Okay. Okay. I'm coming out."),
    ]
    for ts, sp, txt in turns:
        fl.para(txt, label=[(0, ts, "cour"), (38, sp + ":", "cobo")], **t)
    fl.space(4)
    fl.para("Outcome", font="tibo", size=10.5, after=0.2)
    fl.para("Mr. {P:Hope} came out at 1546 and was taken into emergency detention; no one was hurt. He was "
            "transported by {AG:Comanche Flats EMS} to {PP:Red Earth Behavioral Health Hospital}, "
            "{PP:88 Prairie Dog Trail, Lawtonville, OK 73505}. No charge for {OF:Pointing a Firearm (21 O.S. "
            "\u00a7 1279)} was filed at this time; the District Attorney will review. His sister, {P:Lurleen "
            "Hope-Tahdooahnippah}, arrived at 1530 and signed for his dog. His mother, {P:Willa Mae Hope}, "
            "called the command post from {PH:(405) 555-0119}. The shotgun (Remington 870) was placed in "
            "property under {C:WF26-31772-P1}.", **m)
    fl.para("Intelligence gathered during the call: the former partner's new address, {A:71 Chisholm Trail "
            "Loop, Wichita Fork, OK 73564}, and her e-mail, {E:dmarchbanks.ito@example.com}, were given to the "
            "victim advocate only. The neighbour who sheltered her, {P:Osvaldo Pruneda-Keahi}, gave a "
            "statement. The sponsor, Mr. {P:Boateng-Vail}, did not come to the scene.", **m)
    fl.para("Debrief held {ID:October 19, 2026} at the {PP:Wichita Fork Public Safety Training Center}. "
            "Present: {O:Lt. Cassius Abernathy-Quarles}, {O:Det. Ramona Tsinajinnie-Kraus}, {O:Ofc. Benedikt "
            "Oyinlola}, {O:Sgt. Marisela Quintanilla-Hart} (tactical) and {O:Chaplain Ebenezer Lightfoot} "
            "(department chaplain). The team leader noted that the subject reacted to the word \"{T:hope}\" and "
            "asked that negotiators avoid plays on a subject's name.", **m)
    fl.space(10)
    yy = fl.y
    under_field(d, fl.pno, L, yy, 240, "{O:Det. Ramona Tsinajinnie-Kraus}  {B:#338}", "Primary negotiator",
                vfont="tiit", vsize=11, color=BLUE)
    under_field(d, fl.pno, L + 260, yy, 244, "{O:Lt. Cassius Abernathy-Quarles}  {B:#207}", "Team leader",
                vfont="tiit", vsize=11, color=BLUE)
    for i in range(len(d.pdf)):
        footer(d, i, "{AG:Wichita Fork Police Department}  \u00b7  CNT form 3  \u00b7  Contains mental-health "
               "information", f"Page {i + 1} of {len(d.pdf)}", L=L, R=R)
    return d.finish(outdir)


BUILDERS = [doc_stop_data, doc_nics_denial, doc_parade_plan, doc_sealing_order, doc_rideshare_complaint, doc_marine_log, doc_writ_execution, doc_detainer, doc_solicitor_permit, doc_protective_custody, doc_court_screening, doc_negotiation_log]


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
