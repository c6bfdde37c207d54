#!/usr/bin/env python
"""Seventh blind evaluation set for redactkit: 11 fictional US law-enforcement records.

Written blind on 2026-12-07 without reading the tool's source, rules, tests, benchmarks,
tuning/holdout/scanned samples or earlier blind documents.  The truth format (schema, box
convention, self-checks) and the PyMuPDF layout/determinism helpers are reused from
sample_docs/blind6/make_blind6.py.  Deterministic: fixed seed, fixed metadata dates, no new
file ID -> two runs are byte-identical.

    /work/main/.venv/bin/python make_blind7.py            # writes beside this file
    /work/main/.venv/bin/python make_blind7.py --out DIR
    /work/main/.venv/bin/python make_blind7.py --only doc_stop_arm doc_shoplift

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

SEED = 20261214
FIXED_DATE = "D:20261207150000+00'00'"

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
            "subject": "redactkit blind evaluation set 7", "keywords": "",
            "creator": "blind7/make_blind7.py", "producer": "PyMuPDF",
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


# ================================================================== 1. overdose / naloxone deployment
def under_field(d, pno, x, y, w, value, caption, vfont="tiro", vsize=10.5, color=(0, 0, 0)):
    """Value written on a rule, printed caption *below* the rule."""
    if value:
        d.text(pno, x + 2, y, w - 4, value, font=vfont, size=vsize, color=color)
    hline(d, pno, x, y + vsize + 2.8, x + w - 6, width=0.5)
    d.text(pno, x, y + vsize + 4.2, w - 6, caption, font="helv", size=6.3, color=GRAY)



# ================================================================== 1. school-bus stop-arm violation
def doc_stop_arm(outdir):
    d = Doc("cspd_stop_arm_violation_f01", "Coquina Shores Police Department - School Bus Stop-Arm Violation Review")
    L, R = 48, 564
    p = d.new_page()
    rect(d, p, (L, 30, R, 33), width=0, fill=(0.95, 0.70, 0.10))
    d.text(p, L, 40, 330, "{AG:Coquina Shores Police Department}", font="hebo", size=14)
    d.text(p, L, 58, 330, "Traffic Unit  \u00b7  School Bus Infraction Detection Program", font="helv", size=8.5,
           color=GRAY)
    d.text(p, R - 200, 40, 200, "{PP:2 Tidewater Plaza}\n{PP:Coquina Shores, FL 32136}\n"
           "Traffic Unit {PP:(386) 555-0110}", font="helv", size=7.5, lead=1.25, color=GRAY, align="right")
    rect(d, p, (L, 80, R, 98), width=0, fill=LIGHT)
    d.text(p, L + 6, 84, 330, "STOP-ARM VIOLATION \u2014 EVIDENCE REVIEW & CITATION REFERRAL", font="hebo", size=10)
    d.text(p, R - 206, 84, 200, "Review No. {C:CS-SB-26-00917}", font="cobo", size=9.5, align="right")
    y = 110
    d.text(p, L, y, R - L, "Part 1 \u2014 Event (entries above the rule; captions below)", font="hebo", size=8.5)
    y += 16
    grid = [
        [(110, "{ID:12/02/2026}", "Date of violation"), (70, "0712:48", "Camera time"),
         (120, "Bus 214 / Route 9A", "Bus / route"), (216, "{AG:Seagrape County School District}", "Bus operator")],
        [(240, "Sabal Palm Dr at Heron Walk", "Stop location (loading zone)"),
         (276, "{PP:Pelican Run Elementary School}", "Students bound for")],
        [(160, "{PL:QVR K41}", "Plate (FL)"), (200, "{V:" + make_vin("4T1B11HK", "JU") + "}", "VIN (from registration)"),
         (156, "2018 Toyota Camry, silver", "Year / make / model")],
    ]
    for row in grid:
        xx = L
        for w, val, cap in row:
            under_field(d, p, xx, y, w, val, cap, vfont="cour", vsize=9.5)
            xx += w
        y += 30
    y += 4
    d.text(p, L, y, R - L, "Part 2 \u2014 Registered owner and identified driver", font="hebo", size=8.5)
    y += 16
    grid2 = [
        [(230, "{P:ABERNATHY-KOROMA, AMBER JANE}", "Registered owner (last, first middle)"),
         (110, "{D:27-FEB-1981}", "Date of birth"), (176, "{DL:A165-742-81-567-0}", "FL driver licence")],
        [(340, "{A:1180 Sabal Palm Drive, Apt. 12C, Coquina Shores, FL 32136}", "Mailing address"),
         (176, "{PH:(386) 555-0143}", "Telephone")],
        [(230, "{P:Lachlan Koroma}", "Driver at time of violation"),
         (110, "{D:05/19/2007}", "Date of birth"), (176, "{DL:K650 118 07 299 0}", "FL driver licence")],
        [(340, "{E:amber.ak@example.net}", "E-mail for notice (owner request)"),
         (176, "Notice mailed 12/04/2026", "Notice")],
    ]
    for row in grid2:
        xx = L
        for w, val, cap in row:
            under_field(d, p, xx, y, w, val, cap, vfont="tiro", vsize=10)
            xx += w
        y += 30
    y += 4
    d.text(p, L, y, R - L, "Part 3 \u2014 Camera frames reviewed", font="hebo", size=8.5)
    y += 13
    pno, y = table(d, p, L, y, [62, 46, 230, 178],
                   ["Frame", "Clock", "What the frame shows", "Plate read (OCR / reviewer)"],
                   [["0001", "0712:41", "Bus stopped, {T:amber} warning lights on, door closed", "\u2014"],
                    ["0014", "0712:46", "Stop-arm extended, red lights flashing, door open", "\u2014"],
                    ["0019", "0712:48", "Silver sedan passes bus on left, two children at curb", "{PL:QVRK4I} / {PL:QVRK41}"],
                    ["0023", "0712:49", "Rear of sedan, plate legible", "{PL:QVR-K41}"]],
                   size=8, fonts=["cour", "cour", None, "cour"])
    y += 12
    d.text(p, L, y, R - L, "Part 4 \u2014 Reviewing officer's narrative", font="hebo", size=8.5)
    y += 13
    fl = Flow(d, [(p, L, R, y, 736)])
    nar = dict(font="tiro", size=9.6, lead=1.3, after=0.5)
    fl.para("On {ID:December 2, 2026} I reviewed the event uploaded by the bus camera vendor, {PP:BusGuard Safety "
            "Systems}. The video shows Bus 214 stopped with its {T:AMBER} lights and then its red lights and "
            "stop-arm deployed before the silver Camry reached it. The driver of the bus, {P:Perpetua Nwachukwu}, "
            "also sounded the horn. A parent waiting at the stop, {P:Ruair\u00ed Gallagher}, pulled his daughter "
            "{P:Niamh} (8) back from the curb and called {PH:386.555.0188} \u2014 his own number, left on the "
            "tip line \u2014 to report the car. Mr. {P:Gallagher} said the driver \"never even slowed down\".", **nar)
    fl.para("The plate returned to {P:Amber Abernathy-Koroma}. When I reached her by phone she said her son "
            "{P:Lachlan} drives the car to {PP:Coquina Shores State College} on weekday mornings. "
            "{P:Lachlan Koroma} came to the station on {ID:December 3} with his mother, viewed the video and "
            "admitted he was driving. {P:Koroma}'s licence is valid. Ms. {P:Abernathy-Koroma}'s request that "
            "further notices go by e-mail is noted above.", **nar)
    fl.para("Probable cause exists for {OF:Passing a Stopped School Bus} ({OF:Fla. Stat. \u00a7 316.172(1)(a)}). "
            "Uniform traffic citation {C:A4KX91P} was issued to the driver, not the owner. Because children were "
            "in the loading zone, a mandatory hearing is requested before the {PP:Seagrape County Traffic Court}. "
            "The event is also counted for the district's quarterly report to {AG:Seagrape County Pupil Transportation Office} "
            "(no personal data sent).", **nar)
    fl.space(2)
    fl.para("Reviewed by {O:Ofc. Dominga Ferrante} {B:CS-412}      Approved: {O:Traffic Sgt. Leopoldo Carrasquillo} "
            "{B:CS-108}", font="helv", size=8.3, after=0.2)
    fl.para("{O:Ofc. Ferrante} confirmed the plate by reviewer read; OCR read frame 0019 as {PL:QVRK4I}. "
            "{O:Sgt. Carrasquillo} checked the stop-arm timing.", font="helv", size=8.3)
    footer(d, 0, "{PP:www.coquinashorespd.example.org/schoolbus}  \u00b7  Violations hotline {PP:386-555-0111}",
           "SB-3 (12/2025)", L=L, R=R)
    return d.finish(outdir)


# ================================================================== 2. retail loss-prevention shoplifting referral
def doc_shoplift(outdir):
    d = Doc("alpd_shoplifting_referral_f02", "Arroyo Lindo Police Department - Retail Theft Referral and Private Person's Arrest")
    L, R = 46, 566
    p = d.new_page()
    d.text(p, L, 34, R - L, "{AG:ARROYO LINDO POLICE DEPARTMENT}", font="hebo", size=12, align="center")
    d.text(p, L, 50, R - L, "Retail Theft Referral  /  Citizen (Private Person's) Arrest Report", font="helv",
           size=9.5, align="center")
    d.text(p, L, 63, R - L, "Submitted by merchant loss-prevention staff \u2014 officer completes shaded box",
           font="helv", size=7, color=GRAY, align="center")
    y = 80
    rows = [
        [("Store", "{PP:Sunvale Home & Garden #0427}", 58), ("Store phone", "{PP:(661) 555-0160}", 62)],
        [("Store address", "{PP:3300 Camino Tierra Blanca, Arroyo Lindo, CA 93264}", 58), ("Date", "{ID:11/29/2026}", 62)],
        [("LP agent", "{P:Ignatius Mwangi-Rourke}", 58), ("Agent phone", "{PH:661-555-0127}", 62)],
    ]
    half = (R - L) / 2
    for row in rows:
        for i, (lab, val, lw) in enumerate(row):
            x0 = L + i * half
            side_field(d, p, x0, y, x0 + half, y + 24, lab, val, lw, size=8.5)
        y += 24
    y += 8
    d.text(p, L, y, R - L, "PERSONS DETAINED", font="hebo", size=9)
    y += 12
    for lab_l, val_l, lab_r, val_r in [
        ("Adult", "{P:PETROSYAN, NIKOLAI ARAMOVICH}", "DOB", "{D:1998/06/14}"),
        ("Address", "{A:5127 Oleander Ct, Arroyo Lindo,\nCA 93264}", "CA DL", "{DL:B7264019}"),
        ("Phone", "{PH:(661)555-0135}", "Height/Wt", "5'11\" / 170"),
        ("Juvenile", "{P:HAKOBYAN, SOFIA T.} (16)", "DOB", "{D:Jan. 22, 2010}"),
        ("Parent", "{P:Lusine Hakobyan}", "Parent phone", "{PH:661 555 0194}"),
    ]:
        h = 34 if "\n" in val_l else 22
        side_field(d, p, L, y, L + half, y + h, lab_l, val_l, 58, size=8.5)
        side_field(d, p, L + half, y, R, y + h, lab_r, val_r, 62, size=8.5)
        y += h
    y += 8
    d.text(p, L, y, R - L, "MERCHANDISE RECOVERED", font="hebo", size=9)
    y += 12
    pno, y = table(d, p, L, y, [70, 250, 60, 70, 70],
                   ["SKU", "Description", "Qty", "Unit", "Total"],
                   [["448-2210", "12-piece {T:cookware} set, hard-anodized", "1", "$189.99", "$189.99"],
                    ["301-7736", "Cordless drill kit, 20 V", "2", "$129.00", "$258.00"],
                    ["512-0042", "Garden hose reel, 150 ft", "1", "$64.50", "$64.50"],
                    ["", "", "", "Total", "$512.49"]],
                   size=8, fonts=["cour", None, "cour", "cour", "cour"])
    y += 10
    d.text(p, L, y, R - L, "LOSS-PREVENTION STATEMENT (in the agent's words)", font="hebo", size=9)
    y += 12
    fl = Flow(d, [(p, L, R, y, 560)])
    st = dict(font="tiro", size=9.5, lead=1.3, after=0.45)
    fl.para("I was watching the housewares aisle on CCTV at about 1615 when I saw a male, later identified as "
            "{P:Nikolai Petrosyan}, take a {T:cookware} set off the shelf and place it in a cart with two drill kits "
            "already in it. A female juvenile, later identified as {P:Sofia Hakobyan}, stood at the aisle end and "
            "kept looking toward the registers. The male pushed the cart past all open registers and out the "
            "garden-centre gate without paying. I never lost sight of him. My co-worker {P:Leland Cook} and I "
            "stopped both of them in the lot. {P:Petrosyan} said \"my cousin works here, he said it's fine\". "
            "{P:Sofia} cried and said {P:Nikolai} told her to \"just watch\".", **st)
    fl.para("I am placing {P:Nikolai Petrosyan} under private person's arrest for {OF:Shoplifting} "
            "({OF:Cal. Penal Code \u00a7 459.5}) and I will appear in court if needed. I did not search either "
            "person. Mr. {P:Cook}'s phone is {PH:+1 661 555 0152}.", **st)
    fl.para("Signature of arresting private person:  {P:Ignatius Mwangi-Rourke}", font="tiit", size=10.5,
            color=BLUE, after=0.3)
    # officer box
    y = fl.y + 4
    rect(d, p, (L, y, R, y + 150), width=0.8, fill=(0.95, 0.95, 0.95))
    fl2 = Flow(d, [(p, L + 8, R - 8, y + 6, 746)])
    o = dict(font="helv", size=8.4, lead=1.3, after=0.4)
    fl2.para("OFFICER USE \u2014 Case {C:AL-26-041188}   Call {C:CFS 26-1129-0377}", font="hebo", size=8.5, after=0.4)
    fl2.para("{O:Officer Thaddeus Yamamura-Cole} {B:AL-5520} accepted the arrest at 1652. {P:Petrosyan} was cited "
             "and released on a notice to appear; a records check showed one prior theft, so {OF:Petty Theft with a "
             "Prior} ({OF:PC \u00a7 666}) was reviewed and not charged. The juvenile was released to her mother, "
             "{P:Lusine Hakobyan}, at the store and referred to {AG:Kern Mesa County Probation Department} "
             "({OF:PC \u00a7 490.5} detention was reasonable: 11 minutes). Merchandise photographed and returned to "
             "the store. Reviewed: {O:Cpl. Graciela Montemayor} {B:AL-3117}.", **o)
    fl2.para("A grey Honda Civic, CA plate {PL:8XKM214}, waited in the lot with its engine running. The driver, "
             "{P:Gohar Petrosyan-Avakian} (DOB {D:09/03/1996}), said she is the suspect's wife and only came to pick "
             "him up; she was not detained. Registered owner: {P:Arsen Avakian}, {A:960 W Tule Elk Rd, #14, "
             "Arroyo Lindo, CA 93264}. {P:Mwangi-Rourke}'s CCTV clip (16 min) was copied to disc, tag 26-3318.", **o)
    return d.finish(outdir)


# ================================================================== 3. wildlife violation / game citation (typewriter)
def doc_wildlife(outdir):
    d = Doc("nbpd_wildlife_citation_f03", "Nuniaq Bay Borough Police - Fish and Wildlife Violation Report")
    L, R = 54, 558
    p = d.new_page()
    cw = dict(font="cour", size=9, lead=1.32, after=0.5)
    d.text(p, L, 36, R - L, "{AG:NUNIAQ BAY BOROUGH POLICE DEPARTMENT}", font="cobo", size=11, align="center")
    d.text(p, L, 50, R - L, "WILDLIFE ENFORCEMENT UNIT - FISH AND WILDLIFE VIOLATION REPORT", font="cour", size=9,
           align="center")
    d.text(p, L, 62, R - L, "{PP:P.O. BOX 90, NUNIAQ BAY, AK 99589} - TEL {PP:907-555-0100}", font="cour", size=8,
           align="center")
    hline(d, p, L, 76, R, width=0.8)
    hline(d, p, L, 78.5, R, width=0.8)
    y = 86
    for a, b in [("REPORT NO.....", "{C:NB-WE-26-0311}"),
                 ("DATE/TIME.....", "{ID:09/27/2026} 1440 HRS"),
                 ("LOCATION......", "KUSKOWAK RIVER, 2.5 MI ABOVE {PP:TUNDRA CREEK LANDING}, GMU 18"),
                 ("OFFICER.......", "{O:WILDLIFE OFFICER ISAIAH KANGAS} {B:W-17}"),
                 ("ASSIST........", "{O:SGT. MIRIAM TOOTKALOOK} {B:W-03}")]:
        d.text(p, L, y, 110, a, font="cour", size=9)
        d.text(p, L + 110, y, R - L - 110, b, font="cour", size=9)
        y += 12
    y += 6
    d.text(p, L, y, R - L, "SUBJECTS", font="cobo", size=9)
    y += 13
    for block in [
        ["S-1   {P:LODGE, JARVIS DUANE}                DOB {D:03/08/1974}",
         "      {A:MILE 4.5 OLD CANNERY RD, NUNIAQ BAY, AK 99589}",
         "      AK DL {DL:7041126}     PHONE {PH:(907) 555-0171}",
         "      SOC {S:574612290}",
         "      HUNT LIC 2026-118830   HARVEST TKT RM-995"],
        ["S-2   {P:DIMACULANGAN, ROMMEL ANGELO}      DOB {D:1989-10-30}",
         "      {A:PO BOX 312, NUNIAQ BAY, AK 99589}",
         "      AK DL {DL:5518402}     PHONE {PH:907.555.0129}"],
        ["S-3   {P:KASAYULIE, ELIYAH} (JUVENILE, AGE 15)   DOB {D:APR 2 2011}",
         "      PARENT {P:MARTINA KASAYULIE}   PHONE {PH:9075550183}"],
    ]:
        for ln in block:
            d.text(p, L, y, R - L, ln, font="cour", size=8.6)
            y += 11
        y += 4
    y += 4
    d.text(p, L, y, R - L, "VEHICLES / VESSELS", font="cobo", size=9)
    y += 13
    truck_vin = make_vin("1FTFW1E5", "GF")
    for ln in ["V-1   2016 FORD F-150, BLUE, AK {PL:KRF 884}, VIN {V:" + truck_vin + "}",
               "      REG OWNER {P:LODGE, CHARMAINE L.}, SAME ADDRESS AS S-1",
               "V-2   18 FT ALUMINUM SKIFF, 90 HP, VESSEL NO. AK 4471 AF (REG TO S-2)"]:
        d.text(p, L, y, R - L, ln, font="cour", size=8.6)
        y += 11
    y += 8
    d.text(p, L, y, R - L, "NARRATIVE", font="cobo", size=9)
    y += 13
    fl = Flow(d, [(p, L, R, y, 740)], more=lambda: [(d.new_page(), L, R, 50, 740)])
    fl.para("ON {ID:SEPTEMBER 27, 2026} AT ABOUT 1440 HRS {O:SGT. TOOTKALOOK} AND I WERE ON RIVER PATROL WHEN WE "
            "SAW A SKIFF NOSED INTO THE WEST BANK WITH THREE PERSONS BUTCHERING A BULL MOOSE AT THE WATERLINE. "
            "THE ANTLERS WERE A SMALL SPIKE-FORK RACK. THE SKIFF WAS HARD AGROUND AND HAD TO BE {T:DISLODGED} WITH A PUSH POLE. I CONTACTED THE OPERATOR, {P:ROMMEL DIMACULANGAN}, "
            "WHO SAID {P:JARVIS LODGE} SHOT THE MOOSE FROM THE BOAT WHILE THE MOTOR WAS RUNNING.", **cw)
    fl.para("{P:LODGE} ADMITTED THE SHOT. HE SAID HE BELIEVED THE SEASON RAN TO SEPT 30; THE GMU 18 SEASON FOR "
            "THIS AREA CLOSED {ID:SEPT. 25}. {P:LODGE}'S HARVEST TICKET WAS NOT VALIDATED. THE JUVENILE, "
            "{P:ELIYAH}, IS {P:LODGE}'S NEPHEW; HE WAS NOT HUNTING AND WAS NOT CITED. HIS MOTHER, "
            "{P:MARTINA KASAYULIE}, WAS CALLED AT 1610 AND MET US AT THE LANDING.", **cw)
    fl.para("MEAT (APPROX 480 LB) WAS SEIZED AND DONATED TO {PP:NUNIAQ BAY ELDERS CENTER} UNDER THE UNIT'S "
            "SALVAGE POLICY. THE RIFLE (SAVAGE 110, .30-06) WAS SEIZED AS EVIDENCE, TAG W26-0901. "
            "{P:DIMACULANGAN} WAS WARNED FOR OPERATING A VESSEL WITHOUT A PFD FOR EACH PERSON ABOARD.", **cw)
    fl.para("CHARGES (S-1 {P:JARVIS D. LODGE}): {OF:TAKING GAME FROM A MOTORBOAT UNDER POWER} "
            "({OF:5 AAC 92.080(3)}); {OF:TAKING MOOSE IN A CLOSED SEASON} ({OF:5 AAC 85.045}); {OF:FAILURE TO "
            "VALIDATE HARVEST TICKET} ({OF:5 AAC 92.010}). CITATION {C:NB-26-W0448}, COURT DATE 11/16/2026, "
            "{PP:NUNIAQ BAY DISTRICT COURT}, {PP:200 FRONT STREET, NUNIAQ BAY, AK 99589}.", **cw)
    fl.para("STATEMENT OF S-1 (RECORDED, BODY CAMERA 1502 HRS):", font="cobo", size=9, after=0.3)
    for q, a in [("Q", "WHO SHOT THE MOOSE?"),
                 ("A", "I DID. ROMMEL HAD THE KICKER IN GEAR BUT WE WERE BARELY MOVING. MY WIFE CHARMAINE IS GOING "
                       "TO KILL ME."),
                 ("Q", "WHAT IS YOUR CELL NUMBER IF THE DA NEEDS YOU?"),
                 ("A", "{PH:907 555 0144}. OR CALL MY SISTER-IN-LAW, {P:BERNADINE LODGE-OLANNA}, AT THE CLINIC.")]:
        fl.para(a.replace("CHARMAINE", "{P:CHARMAINE}").replace("ROMMEL", "{P:ROMMEL}"), font="cour", size=9,
                lead=1.32, after=0.3, label=[(0, q + ":", "cobo")], label_w=24)
    fl.space(4)
    fl.para("COPY: {AG:NUNIAQ BAY BOROUGH GAME MANAGEMENT OFFICE}, AREA BIOLOGIST. {AG:NUNIAQ BAY DISTRICT ATTORNEY}.",
            **cw)
    fl.para("/S/ {O:I. KANGAS} {B:W-17}        REVIEWED: {O:SGT. M. TOOTKALOOK} {B:W-03}", **cw)
    return d.finish(outdir)


# ================================================================== 4. runaway juvenile return report
def doc_runaway(outdir):
    d = Doc("oacso_runaway_return_f04", "Osage Arbor County Sheriff's Office - Runaway Juvenile Return Report")
    L, R = 50, 562
    p = d.new_page()
    d.text(p, L, 36, R - L, "{AG:OSAGE ARBOR COUNTY SHERIFF'S OFFICE}", font="tibo", size=14, align="center")
    d.text(p, L, 54, R - L, "{PP:118 Courthouse Square, Vandalier, MO 65591}  \u2022  {PP:(417) 555-0100}  \u2022  "
           "{PP:osagearborsheriff.example.org}", font="tiro", size=8.5, align="center")
    hline(d, p, L, 68, R, width=1.5)
    d.text(p, L, 74, R - L, "RUNAWAY / MISSING JUVENILE \u2014 RETURN AND CANCELLATION REPORT", font="tibo", size=11,
           align="center")
    y = 96
    grid = [
        [(150, "{C:OA-26-11842}", "Original report no."), (130, "{ID:11/26/2026}", "Reported missing"),
         (130, "{ID:11/30/2026}", "Located"), (102, "{C:NIC/M119240577}", "NCIC entry")],
        [(260, "{P:Ingebretsen, Destiny Rae}", "Juvenile (last, first middle)"),
         (110, "{D:7/4/2011}", "DOB"), (142, "F / 15 / 5'4\" / 118", "Sex / age / ht / wt")],
        [(300, "{A:RR 3 Box 27, Vandalier, MO 65591}", "Home address"),
         (212, "{PH:417-555-0132}", "Home phone (mother)")],
        [(260, "{P:Tammy Ingebretsen-Hale}", "Parent / guardian"),
         (252, "{E:tammy.hale@example.com}", "Parent e-mail")],
        [(300, "{A:2214 Persimmon Ln, Lot 8, Greeley Forks, MO 65672}", "Where located"),
         (212, "{PP:Greeley Forks Police Department}", "Assisting agency")],
    ]
    for row in grid:
        xx = L
        for w, val, cap in row:
            under_field(d, p, xx, y, w, val, cap, vfont="tiro", vsize=10.5)
            xx += w
        y += 31
    y += 4
    d.text(p, L, y, R - L, "Persons at the location", font="tibo", size=10)
    y += 14
    pno, y = table(d, p, L, y, [150, 80, 150, 132],
                   ["Name", "DOB", "Address (if different)", "Phone"],
                   [["{P:Colton Wick}", "{D:02-09-2007}", "same", "{PH:(417) 555-0191}"],
                    ["{P:Harper Wick} (mother of {P:Colton})", "{D:Aug. 30, 1985}", "same", "{PH:417 555 0158}"],
                    ["{P:Bastien Ng\u00f4-Whitlock}", "{D:2010-12-01}", "{A:14 Dogwood Terrace, Greeley Forks}",
                     "none given"]],
                   font="tiro", size=9, fonts=[None, "cour", None, "cour"])
    y += 12
    d.text(p, L, y, R - L, "Narrative", font="tibo", size=10)
    y += 14
    fl = Flow(d, [(p, L, R, y, 738)], more=lambda: [(d.new_page(), L, R, 56, 738)])
    nar = dict(font="tiro", size=10, lead=1.33, after=0.55, align="justify")
    fl.para("On {ID:November 30, 2026} at 2105 hrs {O:Dep. Anselmo Quiroga} {B:411} received a call from "
            "{PP:Greeley Forks Police Department} that a girl matching the NCIC entry was at a trailer at the "
            "Persimmon Lane park. With {O:Ofc. Brianne Tafoya} of that department I made contact at the door with "
            "{P:Harper Wick}, who said {P:Destiny} had been staying with her son {P:Colton} \"for a couple of "
            "nights\" and that she thought the girl's mother knew. {P:Destiny} was sitting in a {T:wicker} chair "
            "on the enclosed porch and identified herself.", **nar)
    fl.para("{P:Destiny} said she left home on {ID:November 26} after an argument with her mother's boyfriend, "
            "{P:Royce Vandenheuvel}, about her phone. She denied any physical abuse. She said {P:Colton} picked her "
            "up at the {PP:Vandalier Kwik Stop} after school and that a friend, {P:Bastien}, 15, had been there "
            "both nights. She was not injured and said she did not use alcohol or drugs. {P:Colton Wick}, 19, said "
            "he did not know she was reported missing. Because {P:Wick} is over 18 and {P:Destiny} is 15, the "
            "matter is referred to {O:Det. Sgt. Rosamund Baskerville} for review under {OF:Endangering the Welfare "
            "of a Child in the Second Degree} ({OF:RSMo \u00a7 568.050}).", **nar)
    fl.para("I drove {P:Destiny} home. Her mother, {P:Tammy Ingebretsen-Hale}, met us at the gate at 2215. "
            "Ms. {P:Ingebretsen-Hale}'s cell is {PH:(417) 555-0174}. The NCIC entry was cancelled at 2231 by "
            "{O:Telecommunicator Ruthie Plankenhorn}. The case is referred to {AG:Osage Arbor County Juvenile Office} as "
            "a status offence ({OF:RSMo \u00a7 211.031}); a school resource officer at {PP:Vandalier R-IV High "
            "School} will be told only that she has returned.", **nar)
    fl.para("{O:Dep. A. Quiroga} {B:411}          Supervisor: {O:Sgt. Rhett Nakagawa} {B:207}", font="tiro",
            size=9.5, after=0.2)
    for i in range(len(d.pdf)):
        footer(d, i, "Juvenile record \u2014 release only under RSMo \u00a7 211.321", f"Page {i + 1} of {len(d.pdf)}",
               L=L, R=R, font="tiro")
    return d.finish(outdir)


# ================================================================== 5. jail telephone-call review summary (landscape)
def doc_jail_calls(outdir):
    d = Doc("sfpd_inmate_call_review_f05", "Shetucket Falls Police Department - Inmate Telephone Call Review Summary")
    L, R = 30, 762
    p = d.new_page(792, 612)
    d.text(p, L, 24, 400, "{AG:SHETUCKET FALLS POLICE DEPARTMENT}", font="hebo", size=12)
    d.text(p, L, 39, 420, "Detective Division  \u00b7  Inmate Telephone Call Review Summary", font="helv", size=8.5)
    d.text(p, R - 330, 24, 330, "Case {C:SF-26-007731}   Warrant app. {C:SF-WA-26-0114}", font="cour", size=8.5,
           align="right")
    d.text(p, R - 330, 36, 330, "Calls obtained from {PP:Quinnipaug Correctional Center} by subpoena", font="helv",
           size=7.5, color=GRAY, align="right")
    hline(d, p, L, 52, R, width=1.0)
    y = 58
    for a, b, c, e in [("Inmate:", "{P:PELLEGRINO-SYKES, TAVION M.}  (inmate no. 418872)", "Protected party:",
                        "{P:Rosal\u00eda V\u00e9lez}"),
                       ("DOB:", "{D:6 Oct 1996}", "Order:", "Criminal protective order {C:CPO-21-26-00418}, full no contact"),
                       ("Held on:", "{OF:Assault in the Second Degree} ({OF:C.G.S. \u00a7 53a-60}), arrest {ID:10/19/2026}",
                        "Reviewer:", "{O:Det. Fenwick Adomako} {B:236}")]:
        kv(d, p, L, y, a, b, 58, size=8.5, width=400)
        kv(d, p, L + 410, y, c, e, 82, size=8.5, width=R - L - 410)
        y += 12
    y += 6
    rows = [
        ["{ID:10/21/2026} 19:02", "{PH:(860) 555-0116}", "{P:Bernadette Sykes} (mother)", "14:58",
         "Asks mother to call the bondsman at {PP:Nutmeg Bail Bonds}, {PP:860-555-0130}. Mentions a "
         "{T:purchase} on his commissary account."],
        ["{ID:10/22/2026} 08:47", "{PH:860.555.0149}", "{P:Jazmine Ocasio}", "09:31",
         "Tells {P:Ocasio} to \"go see {P:Ro}\" and tell her \"it was an accident\". {P:Ocasio} says she won't."],
        ["{ID:10/24/2026} 21:15", "{PH:8605550171}", "{P:Kendrick Chase}", "15:00",
         "Three-way call: {P:Chase} dials a second number ({PH:860 555 0185}); a female voice answers; see "
         "excerpt A below."],
        ["{ID:10/27/2026} 18:40", "{PH:+1 860-555-0171}", "{P:Kendrick Chase}", "06:12",
         "Asks whether \"she signed the paper\"; the friend says \"{P:Ro}'s mom took her phone\"."],
        ["{ID:10/30/2026} 10:05", "{PH:(860) 555-0116}", "{P:Bernadette Sykes}; {P:Quan Sykes} (brother) joins",
         "11:44", "Family news only. {P:Quan} gives his new address, {A:77 Yantic Mill Rd, Apt. 3, Shetucket "
         "Falls, CT 06380}."],
    ]
    pno, y = table(d, p, L, y, [84, 92, 150, 40, 366],
                   ["Date / time", "Number dialled", "Called party (subscriber)", "Min.", "Summary"],
                   rows, size=7.8, fonts=["cour", "cour", "hebo", "cour", None], shade=(0.95, 0.95, 0.95))
    y += 10
    d.text(p, L, y, 300, "EXCERPT A \u2014 call of 10/24/2026, 21:15 (from 04:10)", font="hebo", size=8.5)
    d.text(p, 400, y, 300, "NOTES", font="hebo", size=8.5)
    y += 12
    fl = Flow(d, [(p, L, 386, y, 592)])
    ex = dict(font="cour", size=7.8, lead=1.3, after=0.25, label_w=86)
    for who, kind, line in [
        ("{P:PELLEGRINO-SYKES}:", "hebo", "{P:Ro}, it's me. Don't hang up."),
        ("FEMALE:", "hebo", "You're not supposed to call me. How'd you get this number?"),
        ("{P:PELLEGRINO-SYKES}:", "hebo", "{P:Kendrick} put us through. Just tell the lawyer you fell, okay? "
                                         "Tell them you fell down the stairs at your cousin {P:Yesica}'s."),
        ("FEMALE:", "hebo", "I'm not lying for you, {P:Tavi}."),
        ("{P:CHASE}:", "hebo", "Yo, both of y'all chill. {P:Ro}, he just wants to talk."),
        ("AUTOMATED:", "hebo", "This call is from a correctional facility and is subject to recording."),
        ("FEMALE:", "hebo", "My mom's calling the cops. [call ends 04:58]"),
    ]:
        fl.para(line, label=[(0, who, kind)], **ex)
    fl2 = Flow(d, [(p, 400, R, y, 592)])
    nt = dict(font="helv", size=8, lead=1.32, after=0.5)
    fl2.para("Number {PH:860 555 0185} is the cell of {P:Rosal\u00eda V\u00e9lez} (confirmed by her on 10/25). "
             "\"{P:Ro}\" is her nickname; the female voice in excerpt A was identified by Ms. {P:V\u00e9lez} as her own "
             "and by the reviewer against her recorded 911 call. Her mother, {P:Inmaculada V\u00e9lez Ortiz}, "
             "called {AG:Shetucket Falls PD} at 21:22 the same night.", **nt)
    fl2.para("Probable cause: {OF:Tampering with a Witness} ({OF:C.G.S. \u00a7 53a-151}) and {OF:Criminal "
             "Violation of a Protective Order} ({OF:C.G.S. \u00a7 53a-223}) against the inmate; the same "
             "against {P:Chase} as accessory is for the {AG:Office of the State's Attorney, Shetucket J.D.} "
             "to decide. {P:Pellegrino-Sykes}'s call privileges were suspended by the facility on 10/25.", **nt)
    fl2.para("Audio copied to disc, property tag 26-5120. Arraignment at {PP:Shetucket Superior Court, G.A. 21}. "
             "Reviewed and approved: {O:Lt. Ilse Brandvold} {B:104}.", **nt)
    footer(d, 0, "Contains recorded communications \u2014 law-enforcement use only  \u00b7  "
           "{PP:400 Main Street, Shetucket Falls, CT 06380}", "Page 1 of 1", L=L, R=R, y=604)
    return d.finish(outdir)


# ================================================================== 6. criminal-history background-check response letter
def doc_background(outdir):
    d = Doc("tfpd_background_check_letter_f06", "Tamarack Falls Police Department - Criminal History Record Check Response")
    L, R = 68, 544

    def letterhead(q, first):
        d.text(q, L, 34, R - L, "{AG:TAMARACK FALLS POLICE DEPARTMENT}", font="tibo", size=15 if first else 10,
               align="center")
        if first:
            d.text(q, L, 53, R - L, "Records & Identification Unit", font="tiit", size=10.5, align="center")
            d.text(q, L, 67, R - L, "{PP:15 Academy Street}  |  {PP:Tamarack Falls, New York 12589}", font="tiro",
                   size=9, align="center")
            d.text(q, L, 79, R - L, "Tel. {PP:(845) 555-0100}  |  "
                   "{PP:www.tamarackfallspd.example.org}", font="tiro", size=9, align="center")
            d.text(q, L, 91, R - L, "{O:Chief of Police Evander Stoltzfus}", font="tiit", size=9, align="center")
            hline(d, q, L, 104, R, width=0.8)
            hline(d, q, L, 106.5, R, width=0.3)
        else:
            hline(d, q, L, 48, R, width=0.5)

    p = d.new_page()
    letterhead(p, True)
    y = 120
    d.text(p, L, y, 200, "December 4, 2026", font="tiro", size=11)
    d.text(p, R - 200, y, 200, "Our ref. {C:TF-RC-26-1187}", font="tiro", size=10, align="right")
    y += 24
    y = d.text(p, L, y, 300, "Ms. {P:Winnie Ling}, Human Resources\n{PP:Bayberry Gardens Senior Living}\n"
               "{PP:77 Old Post Road\nTamarack Falls, NY 12589}", font="tiro", size=11, lead=1.2)
    y += 10
    y = d.text(p, L, y, R - L, "Re:  Record check with signed consent \u2014 applicant {P:Oluwaseun Adeyemi-Fairchild}",
               font="tibo", size=10.5)
    y += 8
    fl = Flow(d, [(p, L, R, y, 730)], more=lambda: [(_p2(), L, R, 70, 730)])

    def _p2():
        q = d.new_page()
        letterhead(q, False)
        d.text(q, L, 52, R - L, "{P:Adeyemi-Fairchild, O.} \u2014 ref. {C:TF-RC-26-1187} \u2014 page 2", font="tiit",
               size=8.5, color=GRAY, align="right")
        return q

    b = dict(font="tiro", size=10.5, lead=1.38, after=0.6, align="justify")
    fl.para("Dear Ms. {P:Ling}:", font="tiro", size=10.5, after=0.6)
    fl.para("We have searched the local records of this department for the applicant named in your request of "
            "November 28, which arrived at our {T:mailing} address with a consent form signed by the applicant. "
            "The search was made on the identifiers below. It covers arrests made by this department only; it is "
            "not a statewide or FBI check, which must be requested from the state "
            "criminal-history repository with fingerprints.", **b)
    fl.need(90)
    pno, yy = table(d, fl.pno, L + 10, fl.y, [150, 306], None,
                    [["Name searched", "{P:ADEYEMI-FAIRCHILD, OLUWASEUN T.}"],
                     ["Also known as", "\"{P:Shaun Fairchild}\"; {P:Seun Adeyemi}"],
                     ["Date of birth", "{D:November 17, 1992}"],
                     ["Social Security no.", "{S:092 44 7318}"],
                     ["NY driver licence", "{DL:714 228 903}"],
                     ["Address given", "{A:41 Quarry Hill Rd, Apt 2, Tamarack Falls, NY 12589}"]],
                    font="tiro", size=10, fonts=["tibo", None])
    fl.y = yy + 12
    fl.para("The search found the following records that may be released under our policy. Records sealed under "
            "Criminal Procedure Law \u00a7\u00a7 160.50 and 160.55, and youthful-offender matters, are never "
            "reported and are not counted here.", **b)
    fl.need(100)
    pno, yy = table(d, fl.pno, L, fl.y, [66, 84, 150, 90, 86],
                    ["Arrest date", "Arrest no.", "Charge at arrest", "Disposition", "Court"],
                    [["{ID:03/14/2015}", "{C:TF-15-00291}", "{OF:Petit Larceny}, {OF:PL \u00a7 155.25}",
                      "Pled to Disorderly Conduct (violation)", "{PP:Tamarack Falls Village Court}"],
                     ["{ID:08/02/2019}", "{C:TF-19-01874}", "{OF:Driving While Intoxicated}, {OF:VTL \u00a7 1192(3)}",
                      "Pled to {OF:DWAI}, {OF:VTL \u00a7 1192(1)}; fine", "{PP:Ravenskill Town Court}"]],
                    font="tiro", size=9, fonts=["cour", "cour", None, None, None])
    fl.y = yy + 12
    fl.para("A violation and a traffic infraction are not crimes. Under Article 23-A of the Correction Law, an "
            "employer may not deny employment because of a prior conviction unless the conviction bears a direct "
            "relationship to the job or the applicant would pose an unreasonable risk. We have sent a copy of "
            "this letter to the applicant at the address above, as the consent form requires. If "
            "Mr. {P:Adeyemi-Fairchild} disputes any entry, he may call the records unit at {PP:(845) 555-0104}.",
            **b)
    fl.para("Please note that in 2019 the applicant was the complainant, not the suspect, in a separate matter "
            "({C:TF-19-02260}) in which his former roommate, {P:Dariusz Wr\u00f3blewski}, was charged. That record is "
            "about another person and is not reported. The applicant's mother, {P:Folasade Adeyemi}, called on "
            "December 1 from {PH:(845) 555-0163} to ask whether this letter had been sent; she was told that we "
            "speak only to the applicant and the requester.", **b)
    fl.para("Sincerely,", font="tiro", size=10.5, after=2.0)
    fl.para("{O:Clotilde Oyinlola-Marchand}", font="tiit", size=14, color=BLUE, after=0.2)
    fl.para("{O:Records Supervisor Clotilde Oyinlola-Marchand}", font="tiro", size=10.5, after=0.1)
    fl.para("Records & Identification Unit, {PP:(845) 555-0104}", font="tiro", size=10.5, after=1.2)
    fl.para("cc: {P:O. T. Adeyemi-Fairchild}, {A:41 Quarry Hill Rd, Apt 2, Tamarack Falls, NY 12589} (by first-class "
            "mail)", font="tiro", size=9.5, after=0.2)
    fl.para("Enclosure: consent form TF-RC-3 (copy)", font="tiro", size=9.5)
    for i in range(len(d.pdf)):
        footer(d, i, "{AG:Tamarack Falls Police Department}  \u00b7  {PP:15 Academy Street, Tamarack Falls, NY 12589}",
               f"{i + 1} / {len(d.pdf)}", L=L, R=R, font="tiro")
    return d.finish(outdir)


# ================================================================== 7. emergency protective order application (court form)
def doc_epo(outdir):
    d = Doc("ccso_emergency_protective_order_f07", "Chinaberry County - Law Enforcement Application for Emergency Protective Order")
    L, R = 54, 558
    p = d.new_page()
    d.text(p, L, 32, R - L, "IN THE DISTRICT COURT OF CHINABERRY COUNTY, ALABAMA", font="tibo", size=11,
           align="center")
    rect(d, p, (L, 50, R, 118), width=0.8)
    hline(d, p, L + 300, 50, L + 300, width=0)
    d.page(p).draw_line((L + 300, 50), (L + 300, 118), width=0.8)
    d.text(p, L + 8, 56, 288, "{P:PRECIOUS ODOM-THREADGILL},\n      Petitioner (protected person),\nv.\n"
           "{P:CLETUS RAY HARGETT},\n      Respondent.", font="tiro", size=10, lead=1.22)
    d.text(p, L + 310, 58, 190, "Case No. {C:DR-2026-000884}", font="tibo", size=10)
    d.text(p, L + 310, 74, 190, "LAW ENFORCEMENT APPLICATION\nFOR EMERGENCY PROTECTIVE\nORDER (after hours)",
           font="tiro", size=9.5, lead=1.2)
    y = 128
    d.text(p, L, y, R - L, "1. PARTIES", font="tibo", size=10)
    y += 14
    pno, y = table(d, p, L, y, [96, 136, 136, 68, 68],
                   ["", "Protected person", "Respondent", "Child 1", "Child 2"],
                   [["Name", "{P:Precious Odom-Threadgill}", "{P:Cletus Ray Hargett} \"{P:Bubba}\"", "{P:Jaylen Threadgill}",
                     "{P:Birdie Hargett}"],
                    ["Date of birth", "{D:12/23/1993}", "{D:1988-03-31}", "{D:09/09/2019}", "{D:4/18/2022}"],
                    ["Address", "{A:403 Chinaberry Loop, Lot 22, Sipsey Ferry, AL 36759}", "{A:General Delivery, Sipsey "
                     "Ferry, AL 36759} (staying with a friend)", "with protected person", "with protected person"],
                    ["Phone", "{PH:(334) 555-0127}", "{PH:334-555-0198}", "\u2014", "\u2014"],
                    ["ID", "AL DL {DL:8841027}", "AL DL {DL:0419385}", "\u2014", "\u2014"],
                    ["Relationship", "former partner; children in common", "former partner", "son of petitioner",
                     "daughter of both"]],
                   font="tiro", size=8.8, fonts=["tibo", None, None, None, None])
    y += 12
    d.text(p, L, y, R - L, "2. GROUNDS (check all that apply)", font="tibo", size=10)
    y += 15
    for lab, on in [("Respondent committed an act of abuse within the last 72 hours", True),
                    ("Firearm displayed or used", False),
                    ("Respondent threatened to kill petitioner or child", True),
                    ("Strangulation or attempted strangulation", True),
                    ("Respondent under the influence of alcohol or drugs", True),
                    ("Prior protection order between the parties", False)]:
        checkbox(d, p, L + 6, y + 1, on)
        d.text(p, L + 18, y, R - L - 18, lab, font="tiro", size=9.5)
        y += 13
    y += 8
    d.text(p, L, y, R - L, "3. SWORN STATEMENT OF OFFICER", font="tibo", size=10)
    y += 14
    def page2():
        q = d.new_page()
        d.text(q, L, 30, R - L, "{P:Odom-Threadgill} v. {P:Hargett}", font="tiit", size=9, color=GRAY)
        d.text(q, L, 30, R - L, "Case No. {C:DR-2026-000884}", font="tiro", size=9, color=GRAY, align="right")
        hline(d, q, L, 42, R, width=0.4, color=GRAY)
        d.text(q, L, 52, R - L, "EMERGENCY PROTECTIVE ORDER", font="tibo", size=12, align="center")
        return q

    fl = Flow(d, [(p, L, R, y, 742)], more=lambda: [(page2(), L, R, 74, 742)])
    st = dict(font="tiro", size=10, lead=1.32, after=0.5)
    fl.para("On {ID:December 5, 2026} at 0117 hrs I responded to the petitioner's trailer after a 911 hang-up. "
            "The screen door was {T:crumpled} and hanging from one hinge. {P:Precious Odom-Threadgill} had red marks "
            "on both sides of her neck and said her ex-boyfriend, {P:Cletus Hargett}, whom she calls \"{P:Bubba}\", "
            "\"choked me till I saw stars\" after she would not give him her truck keys. Her son {P:Jaylen}, 7, told "
            "me \"{P:Bubba} squeezed Mama's neck\". The neighbor, {P:Wendell Crum}, heard yelling and saw "
            "{P:Hargett} drive off in a white Silverado, AL tag {PL:46A 21K9}. Mr. {P:Crum} can be reached at "
            "{PH:334 555 0166}.", **st)
    fl.para("{P:Hargett} was not found. He is wanted on a warrant for {OF:Domestic Violence \u2014 Strangulation or "
            "Suffocation} ({OF:Ala. Code \u00a7 13A-6-138}) and {OF:Menacing} ({OF:Ala. Code \u00a7 13A-6-23}), "
            "warrant no. {C:WR-26-3317}. Ms. {P:Odom-Threadgill} declined transport; EMS from {AG:Sipsey Ferry "
            "Volunteer Fire & Rescue} checked her at the scene. She and the children will stay with her aunt, "
            "{P:Velma Odom}, at {A:2240 County Road 18, Sipsey Ferry}, until the court hears the petition.", **st)
    fl.para("I believe that the petitioner and her children are in immediate danger of further abuse. I ask the "
            "court for an emergency order requiring the respondent to stay away from the petitioner, the children, "
            "their residence and {PP:Sipsey Ferry Elementary School}, and to have no contact of any kind.", **st)
    fl.para("Sworn by telephone at 0240 hrs.   {O:Deputy Sheriff Tobias Meriwether-Lusk}, {B:CC-219}, "
            "{AG:Chinaberry County Sheriff's Office}, {PP:(334) 555-0100}", font="tiro", size=9.5, after=1.0)
    if fl.pno == 0:
        fl.next_frame()
    fl.para("4. ORDER OF THE COURT", font="tibo", size=10, after=0.4)
    fl.para("The court finds reasonable grounds to believe that the petitioner and the children named above are in "
            "immediate danger of abuse by the respondent. The respondent, {P:CLETUS RAY HARGETT}, is ORDERED to have "
            "no contact with {P:Precious Odom-Threadgill}, {P:Jaylen Threadgill} or {P:Birdie Hargett}, and to stay "
            "at least 500 feet from {A:403 Chinaberry Loop, Lot 22}. This emergency order expires at 5:00 p.m. on "
            "the next day the court is open. A hearing on the petition for protection is set before the "
            "{PP:Chinaberry County Courthouse, 100 Court Square, Sipsey Ferry, AL 36759}, courtroom 2.", **st)
    fl.para("Approved by telephone {ID:12/05/2026} 0251 hrs:   {O:Hon. Octavia Pettibone}, District Judge",
            font="tiit", size=10, after=0.4)
    fl.space(10)
    fl.para("5. RETURN OF SERVICE", font="tibo", size=10, after=0.4)
    fl.para("Served on respondent {P:Cletus R. Hargett} in person on {ID:12/06/2026} at 1125 hrs at "
            "{PP:Sipsey Ferry Feed & Seed}, where he works, by {O:Dep. Esmeralda Truong-Whitaker} {B:CC-233}. "
            "Respondent said \"she knows I'd never hurt them kids\" and surrendered a pistol he said was in his "
            "truck, property tag 26-1907 (respondent's employer phone {PP:334-555-0140}). His mother, "
            "{P:Loretha Hargett}, of {A:RR 2 Box 61, Sipsey Ferry, AL 36759}, agreed to let him stay with her; "
            "her number is {PH:(334) 555-0119}.", **st)
    fl.para("Copy to {AG:Chinaberry County Circuit Clerk} and {AG:Chinaberry County Protective Order "
            "Registry}.", font="tiro", size=9.5, after=0.4)
    fl.para("Ms. {P:Odom-Threadgill}'s advocate at {PP:Safe Haven Family Shelter} ({PP:334-555-0122}) was "
            "notified at 0305 by {O:Sgt. Dorcas Ebersole} {B:CC-104}.", font="tiro", size=9.5)
    for i in range(len(d.pdf)):
        footer(d, i, "Form CC-EPO-1 (law enforcement)  \u00b7  protected-person information is confidential",
               f"Page {i + 1} of {len(d.pdf)}", L=L, R=R, font="tiro")
    return d.finish(outdir)


# ================================================================== 8. mobile-phone extraction summary
def doc_extraction(outdir):
    d = Doc("mcpd_phone_extraction_summary_f08", "Makaloa County Police Department - Mobile Device Extraction Summary")
    L, R = 50, 562

    def new_page():
        q = d.new_page()
        d.text(q, L, 30, R - L, "DEU {C:DEU-26-0192}  \u00b7  extraction summary  \u00b7  page " + str(len(d.pdf)),
               font="helv", size=7.5, color=GRAY, align="right")
        hline(d, q, L, 40, R, width=0.4, color=GRAY)
        return q

    p = d.new_page()
    rect(d, p, (L, 28, R, 66), width=0, fill=(0.88, 0.93, 0.96))
    d.text(p, L + 8, 32, 360, "{AG:MAKALOA COUNTY POLICE DEPARTMENT}", font="hebo", size=12.5)
    d.text(p, L + 8, 49, 360, "Digital Evidence Unit \u2014 Mobile Device Extraction Summary", font="helv", size=9)
    d.text(p, R - 190, 34, 182, "Lab no. {C:DEU-26-0192}\nReport {C:MK-26-044718}", font="cour", size=9, lead=1.3,
           align="right")
    y = 76
    for row in [[("Examiner", "{O:Digital Forensic Examiner Tomoko Arakaki-Reyes}", 62),
                 ("Requested by", "{O:Det. Kainoa Pilil\u0101\u2018au} {B:1187}", 64)],
                [("Device", "Apple iPhone 13, blue; IMEI 35 391811 204417 6", 62),
                 ("Authority", "Owner consent, signed 11/18/2026", 64)],
                [("Device owner", "{P:Leilani Ka\u2018aihue-Dacanay}", 62),
                 ("Owner DOB", "{D:2 March 2004}", 64)],
                [("Owner phone", "{PH:(808) 555-0137}", 62), ("Extraction", "advanced logical; 11/19/2026", 64)]]:
        for i, (lab, val, lw) in enumerate(row):
            x0 = L + i * 256
            side_field(d, p, x0, y, x0 + 256, y + 20, lab, val, lw, size=8, lshade=(0.93, 0.95, 0.97))
        y += 20
    y += 10
    d.text(p, L, y, R - L, "1. Summary of request", font="hebo", size=9.5)
    y += 13
    fl = Flow(d, [(p, L, R, y, 742)], more=lambda: [(new_page(), L, R, 52, 742)])
    nar = dict(font="helv", size=8.8, lead=1.35, after=0.5)
    fl.para("The owner reported that since {ID:October 30, 2026} a former classmate, {P:Ioane Faleolo}, has sent "
            "her messages demanding $1,500 and threatening to post intimate images of her. "
            "{O:Det. Pilil\u0101\u2018au} asked for the message threads with \"{P:Ioane}\", the contact entries for "
            "him and two friends, and any e-mail that forwarded images. Offences under review: {OF:Extortion in "
            "the Second Degree} ({OF:HRS \u00a7 707-766}) and {OF:Violation of Privacy in the First Degree} "
            "({OF:HRS \u00a7 711-1110.9}).", **nar)
    fl.para("2. Contacts of interest (as saved on the device)", font="hebo", size=9.5, after=0.3)
    fl.need(80)
    pno, yy = table(d, fl.pno, L, fl.y, [128, 120, 110, 154],
                    ["Saved as", "Name (as identified)", "Number", "E-mail"],
                    [["\"{P:Io} (snake)\"", "{P:Ioane Faleolo}", "{PH:808-555-0172}",
                      "{E:ioanef@example.net}"],
                     ["\"{P:Kalena} work\"", "{P:Kalena Hale}", "{PH:808.555.0115}", "{E:kalena.hale@example.org}"],
                     ["\"Tita {P:Marites}\"", "{P:Marites Dacanay}", "{PH:+1 808 555 0184}", "\u2014"],
                     ["\"Uncle {P:Sefa}\"", "{P:Sefa Faleolo-Tuilagi}", "{PH:(808)555-0158}", "\u2014"]],
                    size=8, fonts=[None, "hebo", "cour", "cour"])
    fl.y = yy + 12
    fl.para("3. Message excerpts (thread with {PH:808-555-0172}; times HST; spelling as sent)", font="hebo",
            size=9.5, after=0.3)
    ex = dict(font="cour", size=8, lead=1.3, after=0.25, label_w=120)
    for stamp, who, msg in [
        ("10/30 23:41", "{P:Faleolo}:", "u think u can just block me on everything lol"),
        ("10/30 23:42", "{P:Faleolo}:", "1500 by friday or the pics go to ur whole ohana. ur tita {P:marites} too"),
        ("10/31 07:05", "OWNER:", "please {P:Io} stop. I dont have that kind of money"),
        ("10/31 07:09", "{P:Faleolo}:", "ask {P:Kalena}. she got money from her job at {PP:Keawe Street Pharmacy}"),
        ("11/02 19:20", "OWNER:", "I told my tita. she says go to the police"),
        ("11/02 19:24", "{P:Faleolo}:", "go ahead. cops cant do nothing. im in Vegas by then"),
        ("11/14 02:11", "{P:Faleolo}:", "last chance {P:Lani}. venmo me or else"),
    ]:
        fl.para(msg, label=[(0, stamp, "cour"), (62, who, "cobo")], **ex)
    fl.space(6)
    fl.para("4. E-mail recovered from the mail app (header as displayed)", font="hebo", size=9.5, after=0.3)
    fl.need(80)
    hdr = dict(font="cour", size=8, lead=1.3, after=0.1, label_w=62)
    for lab, val in [("From:", "\"{P:IO F}\" <{E:ioanef@example.net}>"),
                     ("To:", "\"{P:Leilani KD}\" <{E:lanikd04@example.com}>; {E:kalena.hale@example.org}"),
                     ("Date:", "Sat, 14 Nov 2026 02:16:09 -1000"),
                     ("Subject:", "u know what this is"),
                     ("Attach:", "IMG_4471.HEIC (2.1 MB), IMG_4472.HEIC (1.9 MB)")]:
        fl.para(val, label=[(0, lab, "cobo")], **hdr)
    fl.space(6)
    fl.para("The two attachments are images of the owner and were not printed. They are preserved on the "
            "evidence copy only. The message thread shows 63 messages from {P:Faleolo}'s number between 10/30 and "
            "11/14; none from the owner after 11/02 except one reply. The owner's friend {P:Kalena Hale} was copied "
            "on the e-mail; she told {O:Det. Pilil\u0101\u2018au} she deleted it and used her {T:inhaler} because "
            "she \"couldn't breathe\" when she opened it. A later search warrant ({C:SW-26-0311}) for "
            "{P:Faleolo}'s cloud account is pending.", **nar)
    fl.para("5. Notes", font="hebo", size=9.5, after=0.3)
    fl.para("\u2022 The owner's aunt, {P:Marites Dacanay}, lives at {A:94-1120 Kahuamoku Place, Unit 7F, Waipi\u2018o "
            "Bay, HI 96797} and is the owner's emergency contact.", **nar)
    fl.para("\u2022 {P:Faleolo} listed his address on a school form as {A:1742-B Makana Loop, Makaloa, HI 96744}; "
            "his uncle {P:Sefa Faleolo-Tuilagi} told {O:Det. Pilil\u0101\u2018au} he moved to Las Vegas on 11/05.",
            **nar)
    fl.para("\u2022 A copy of this summary goes to the {AG:Department of the Prosecuting Attorney, County of "
            "Makaloa}. Reviewed by {O:Sgt. Haunani Keli\u2018ihananui} {B:0921}, DEU supervisor.", **nar)
    fl.space(8)
    fl.para("{O:T. Arakaki-Reyes}", font="tiit", size=13, color=BLUE, after=0.1)
    fl.para("Examiner \u2014 tools: extraction suite v7.4; hash values on the evidence copy.", font="helv", size=8)
    for i in range(len(d.pdf)):
        footer(d, i, "{PP:Makaloa County Police Headquarters, 801 Lehua Street, Makaloa, HI 96744}  \u00b7  "
               "{PP:(808) 555-0100}", f"{i + 1}", L=L, R=R)
    return d.finish(outdir)


# ================================================================== 9. officer-involved collision review
def doc_collision_review(outdir):
    d = Doc("pqpd_officer_collision_review_f09", "Pettaquam Police Department - Accident Review Board Finding (Department Vehicle)")
    L, R = 54, 558

    def new_page():
        q = d.new_page()
        d.text(q, L, 30, R - L, "ARB {C:ARB-26-014}  \u2014  Unit 12 collision  \u2014  continued", font="helv",
               size=7.5, color=GRAY)
        hline(d, q, L, 40, R, width=0.4, color=GRAY)
        return q

    p = d.new_page()
    d.text(p, L, 34, 260, "{AG:PETTAQUAM POLICE DEPARTMENT}", font="hebo", size=12)
    d.text(p, L, 50, 260, "Office of the Chief \u2014 Accident Review Board", font="helv", size=8.5)
    d.text(p, L + 280, 34, R - L - 280, "{PP:1 Wequaket Square}\n{PP:Pettaquam, Rhode Island 02882}\n"
           "Non-emergency {PP:401-555-0100}", font="helv", size=7.8, lead=1.25, color=GRAY, align="right")
    hline(d, p, L, 68, R, width=1.2)
    d.text(p, L, 76, R - L, "FINDING OF THE ACCIDENT REVIEW BOARD \u2014 DEPARTMENT VEHICLE COLLISION", font="hebo",
           size=10, align="center")
    y = 96
    for a, b in [("Board no.", "{C:ARB-26-014}     Crash report {C:PQ-26-12290}"),
                 ("Date of collision", "{ID:Tuesday, 10 November 2026}, 1637 hrs"),
                 ("Location", "Route 1A (Boston Neck Road) northbound at Saugatucket Lane"),
                 ("Board", "{O:Capt. Renata Amorim-Blake} (chair); {O:Lt. Desmond Kirkbride}; {O:Fleet Manager "
                  "Gus Paquette}; {O:Ptl. Ana Lu\u00edsa Medeiros} (union designee)")]:
        kv(d, p, L, y, a, b, 96, lfont="hebo", vfont="helv", size=8.8, width=R - L)
        y += 13 if len(b) < 90 else 24
    y += 6
    d.text(p, L, y, R - L, "VEHICLES AND DRIVERS", font="hebo", size=9)
    y += 12
    vin1 = make_vin("2FMPK4AP", "LB")
    vin2 = make_vin("1HGCV1F3", "KA")
    pno, y = table(d, p, L, y, [96, 204, 204],
                   ["", "Unit 1 \u2014 department vehicle", "Unit 2 \u2014 other vehicle"],
                   [["Vehicle", "2020 Ford Explorer Interceptor, car 12", "2019 Honda Accord, grey"],
                    ["Plate / VIN", "RI municipal 1212 / {V:" + vin1 + "}", "RI {PL:NV-447} / {V:" + vin2 + "}"],
                    ["Driver", "{O:Ptl. Caelan Szymanski} {B:77}", "{P:Djenaba Fortes-Barros}"],
                    ["Driver DOB / licence", "on file", "{D:10/05/1990} / RI {DL:3721904}"],
                    ["Driver address / phone", "\u2014", "{A:58 Kingstown Rd, Apt 2R, Pettaquam, RI 02882} / "
                     "{PH:(401) 555-0144}"],
                    ["Registered owner", "{AG:Town of Pettaquam}", "{P:Maria do C\u00e9u Bettencourt}, "
                     "{A:19 Dunegrass Drive, Pettaquam}"],
                    ["Passengers", "none", "{P:Teodoro Bettencourt} (son of owner), {D:2/27/1988}"],
                    ["Insurer", "self-insured (town)", "{PP:Quahog Mutual Insurance}, claim 88-41902"],
                    ["Towed by", "\u2014", "{PP:Harbor Tide Towing}, {PP:401.555.0131}"]],
                   font="helv", size=8.2, fonts=["hebo", None, None], shade=(0.96, 0.96, 0.96))
    y += 12
    d.text(p, L, y, R - L, "SUMMARY OF EVIDENCE", font="hebo", size=9)
    y += 12
    top = y
    half = (R - L - 16) / 2
    fl = Flow(d, [(p, L, L + half, top, 742), (p, L + half + 16, R, top, 742)],
              more=lambda: (lambda q: [(q, L, L + half, 52, 742), (q, L + half + 16, R, 52, 742)])(new_page()))
    c = dict(font="tiro", size=9.4, lead=1.3, after=0.5)
    fl.para("{O:Ptl. Szymanski} was responding to a priority-one call (alarm with a caller on the line) with lights "
            "and siren. Traffic northbound was heavy. The Accord, driven by Ms. {P:Fortes-Barros}, slowed and moved "
            "right as required; then, according to the in-car video, it moved back left into the travel lane "
            "while the cruiser was passing. The cruiser's right front struck the Accord's left rear quarter. "
            "Speed of the cruiser from the event recorder: 41 mph in a 35 zone.", **c)
    fl.para("Ms. {P:Fortes-Barros} told {O:Sgt. Ochoa-Lindqvist} that her windshield was fogged and she had turned "
            "to the {T:defroster} controls; she said she \"never heard the siren until it was right there\". "
            "Her passenger, {P:Teodoro Bettencourt}, complained of neck pain and was taken by {AG:Pettaquam Fire "
            "Department} Rescue 2 to {PP:Pettaquam Memorial Hospital}, treated and released.", **c)
    fl.para("An independent witness, {P:Adelino Frost}, who was waiting to turn out of {PP:Saugatucket Marina}, "
            "said the Accord \"drifted back\" as the cruiser came up. Mr. {P:Frost} gave his phone as "
            "{PH:401 555 0179} and his address as {A:PO Box 1207, Pettaquam Harbor, RI 02883}. His account and "
            "the video agree.", **c)
    fl.para("The investigating supervisor was {O:Sgt. Joaquim Ochoa-Lindqvist} {B:31}; the crash was "
            "reconstructed by {O:Cpl. Yvonne Tremblay-Asante} {B:52} of the {AG:Pettaquam Harbor Traffic Safety "
            "Unit}. No citation was issued to Ms. {P:Fortes-Barros}; the board notes that "
            "{OF:Failure to Yield to an Emergency Vehicle} ({OF:R.I. Gen. Laws \u00a7 31-24-31}) would have "
            "been supportable.", **c)
    fl.para("FINDING", font="hebo", size=9, after=0.3)
    fl.para("By a vote of 3\u20131 the board finds the collision PREVENTABLE on the part of Unit 1. Emergency "
            "operation under {OF:R.I. Gen. Laws \u00a7 31-12-8} requires due regard for others; passing on the right "
            "of a vehicle that had already yielded, at 6 mph over the limit, left no margin. "
            "{O:Ptl. Szymanski}'s own statement accepts this.", **c)
    fl.para("RECOMMENDATIONS", font="hebo", size=9, after=0.3)
    fl.para("1. {O:Ptl. Szymanski}: documented counselling and the four-hour emergency-vehicle operations refresher "
            "at the {PP:Pettaquam Regional Training Center}.  2. No discipline beyond counselling (first "
            "preventable in six years).  3. Town solicitor to contact {P:Maria Bettencourt}'s insurer about the "
            "property-damage claim.", **c)
    fl.para("Dissent ({O:Ptl. Medeiros}): the Accord's second lane change was sudden; non-preventable.",
            font="tiit", size=9.2, lead=1.3, after=0.6)
    fl.para("Approved: {O:Chief Isadora Wetherbee}   Date: 12/03/2026", font="helv", size=8.5)
    for i in range(len(d.pdf)):
        footer(d, i, "Personnel-related record \u2014 review before release", f"{i + 1} of {len(d.pdf)}", L=L, R=R)
    return d.finish(outdir)


# ================================================================== 10. evidence disposal / destruction authorisation (landscape)
def doc_destruction(outdir):
    d = Doc("wbcso_evidence_destruction_f10", "Wolf Butte County Sheriff's Office - Evidence Disposition and Destruction Authorization")
    L, R = 28, 764
    p = d.new_page(792, 612)
    rect(d, p, (L, 22, R, 24), width=0, fill=(0, 0, 0))
    d.text(p, L, 30, 360, "{AG:WOLF BUTTE COUNTY SHERIFF'S OFFICE}", font="tibo", size=13)
    d.text(p, L, 46, 420, "Evidence & Property Section  \u00b7  {PP:300 Third Avenue SE, Hazelmoor, ND 58601}  "
           "\u00b7  {PP:701-555-0100}", font="tiro", size=8.5, color=GRAY)
    d.text(p, R - 320, 30, 320, "EVIDENCE DISPOSITION / DESTRUCTION AUTHORIZATION", font="tibo", size=10,
           align="right")
    d.text(p, R - 320, 45, 320, "Batch {C:WB-DISP-2026-07}  \u00b7  purge list run 11/30/2026", font="cour", size=8.5,
           align="right")
    rows = [
        ["26-0118", "{C:WB-24-00412}", "{OF:Theft of Property}, {OF:N.D.C.C. \u00a7 12.1-23-02}",
         "Cordless saw, 18 V", "{P:PINE, DWIGHT A.}", "{A:10455 51st St NW, Hazelmoor, ND 58601}", "Return to owner"],
        ["26-0119", "{C:WB-24-00412}", "same", "{T:Porcupine}-quill earrings (pair)", "{P:IRON SHELL, TATUM R.}",
         "{A:PO Box 88, Little Muddy, ND 58756}", "Return to owner"],
        ["26-0120", "{C:WB-23-01977}", "{OF:Possession of Drug Paraphernalia}, {OF:\u00a7 19-03.4-03}",
         "Glass pipes (3), scale", "{P:BORISENKO, YEVGENIA}", "{A:412 Kittson Ave, #5, Hazelmoor}", "Destroy (burn)"],
        ["26-0121", "{C:WB-23-02205}", "{OF:Criminal Mischief}, {OF:\u00a7 12.1-21-05}", "Spray paint cans (7)",
         "{P:FARAH, MOHAMED ABDIRAHMAN}", "{A:2 Chokecherry Ct\nHazelmoor, ND 58601}", "Destroy (recycle)"],
        ["26-0122", "{C:WB-22-03318}", "{OF:Simple Assault}, {OF:\u00a7 12.1-17-01}", "12-ga. {T:shell} casings (6)",
         "\u2014 (no owner)", "\u2014", "Destroy"],
        ["26-0123", "{C:WB-24-00951}", "{OF:Driving Under the Influence}, {OF:\u00a7 39-08-01}",
         "Ignition key, fob; wallet", "{P:TVEIT, TORBJ\u00d8RN OLE}", "{A:RR 1 Box 14A, Ambrose Flats, ND 58833}",
         "Return to owner"],
        ["26-0124", "{C:WB-24-01140}", "Found property", "Bicycle, red, no serial", "{P:LOERA, GUADALUPE}",
         "{A:915 Burleigh Ave Apt 3C Hazelmoor ND 58601}", "Return or auction"],
        ["26-0125", "{C:WB-21-00077}", "{OF:Burglary}, {OF:\u00a7 12.1-22-02}", "Pry bar, gloves",
         "{P:McCRIMMON, LaTOYA}", "last known: {A:1208 Villard St W, Unit B, Hazelmoor}", "Destroy (appeal final)"],
    ]
    pno, y = table(d, p, L, 62, [46, 80, 146, 112, 122, 164, 66],
                   ["Tag", "Case no.", "Offense / statute", "Item", "Owner / claimant", "Last known address",
                    "Disposition"],
                   rows, size=7.8, fonts=["cour", "cour", None, None, "hebo", None, None],
                   shade=(0.95, 0.95, 0.92), hfill=(0.85, 0.85, 0.80))
    y += 10
    cols = [(L, 262), (272, 506), (516, R)]
    fl = Flow(d, [(p, a, b, y, y + 116) for a, b in cols])
    n = dict(font="tiro", size=8.6, lead=1.3, after=0.45)
    fl.para("NOTICE TO OWNERS", font="tibo", size=9, after=0.3)
    fl.para("Certified letters were mailed on 10/02/2026 to each owner at the address shown. Mr. {P:Pine} "
            "called on 10/06 from {PH:(701) 555-0147} and will pick up the saw. The earrings belong to "
            "{P:Tatum Iron Shell}'s grandmother, {P:Winona Iron Shell}, who reached us at {PH:701.555.0112}; "
            "release to {P:Tatum} with her written OK.", **n)
    fl.para("The letter to Ms. {P:Loera} came back unclaimed; her daughter {P:Itzayana Loera} says she moved to {A:Apt. 6, 220 Oak Row, Williston Springs, "
            "ND 58801}. Mr. {P:Tveit}'s DL ({DL:TVE-71-4402}) and a phone number on the key tag "
            "({PH:7015550186}) match the DUI file.", **n)
    fl.para("Ms. {P:Borisenko} and Mr. {P:Farah} signed waivers on 10/20. Ms. {P:McCrimmon}'s appeal was denied by "
            "the {PP:Wolf Butte County District Court} on {ID:June 2, 2026}; her brother {P:Desmond McCrimmon} was "
            "told on {ID:10/14/2026}.", **n)
    fl.para("AUTHORIZATION", font="tibo", size=9, after=0.3)
    fl.para("I have reviewed each case: no appeal or post-conviction matter is pending and the statutes of "
            "limitation have run or the cases are closed. Disposition as listed is approved under "
            "N.D.C.C. ch. 29-01 and office policy 8.12.", **n)
    fl.para("{O:Assistant State's Attorney Henrike Solberg-Achebe}", font="tiit", size=9, after=0.1)
    fl.para("{AG:Wolf Butte County State's Attorney}, date 12/01/2026", font="tiro", size=8.6, after=0.6)
    fl.para("Prepared by {O:Evidence Technician Corinna Dahlgren} {B:E-12}; witness to destruction "
            "{O:Sgt. Thorvald Aune} {B:S-07}. Burn at {PP:Wolf Butte County Landfill}, 12/08/2026.", **n)
    footer(d, 0, "WBCSO Form EV-9", "Page 1 of 1", L=L, R=R, y=600, font="tiro")
    return d.finish(outdir)


# ================================================================== 11. victim-compensation law-enforcement verification
def doc_victim_comp(outdir):
    d = Doc("mwpd_victim_comp_verification_f11", "Marshwell Police Department - Victim Compensation Claim Law Enforcement Verification")
    L, R = 56, 556
    p = d.new_page()
    d.text(p, L, 30, R - L, "Printed from Outlook by {O:Records Clerk Ysabel Quintero-Haines} \u2014 12/02/2026 9:14 AM",
           font="helv", size=7.5, color=GRAY)
    hline(d, p, L, 42, R, width=0.4)
    y = 50
    for lab, val in [("From:", "{O:Odalys Fonseca-Pratt} <claims.unit@vrcb.example.org>"),
                     ("Sent:", "Tuesday, December 1, 2026 4:52 PM"),
                     ("To:", "MWPD Records <records@marshwellpd.example.org>"),
                     ("Cc:", "{P:Fiorella Oyedepo} <{E:fio.oyedepo@example.com}>"),
                     ("Subject:", "VRCB claim {C:VRCB-26-10447} \u2014 law enforcement verification needed"),
                     ("Attachments:", "LE_Verification_Form.pdf; Medical_bills_{P:Oyedepo}.pdf")]:
        d.text(p, L, y, 80, lab, font="hebo", size=9)
        d.text(p, L + 80, y, R - L - 80, val, font="helv", size=9)
        y += 12.5
    hline(d, p, L, y + 4, R, width=0.4)
    y += 14
    fl = Flow(d, [(p, L, R, y, 748)], more=lambda: [(d.new_page(), L, R, 50, 748)])
    m = dict(font="helv", size=9.5, lead=1.35, after=0.7)
    fl.para("Good afternoon,", **m)
    fl.para("The {AG:Victim Restitution & Compensation Board} has received a claim from the spouse of an assault "
            "victim for medical expenses and lost wages. Before we can pay we need your agency to confirm that "
            "the crime was reported within 72 hours and that the victim cooperated. Claim details:", **m)
    for lab, val in [("Victim:", "{P:Ezekiel Oyedepo}, DOB {D:8/14/1979}, SSN {S:221-60-4417}"),
                     ("Claimant:", "{P:Fiorella Oyedepo} (spouse), {PH:302-555-0161}"),
                     ("Home address:", "{A:17 Heron Marsh Court, Marshwell, DE 19963}"),
                     ("Crime date:", "{ID:October 17, 2026}"),
                     ("Your report no.:", "{C:MW-26-08815} (per claimant)"),
                     ("Offender (per claim):", "{P:Tucker Stamp}")]:
        fl.para(val, font="helv", size=9.5, lead=1.3, after=0.15, label=[(18, lab, "hebo")], label_w=130)
    fl.space(6)
    fl.para("Mrs. {P:Oyedepo} says her husband was punched and kicked in the parking lot of {PP:The Salt Rake "
            "Tavern} and spent two nights at {PP:Marshwell General Hospital}. She has copied herself on this "
            "e-mail and asked that any call about the claim go to her cell. Please complete the attached form and "
            "return it within 10 business days under {OF:Del. Code tit. 11, \u00a7 9009} (law enforcement "
            "cooperation).", **m)
    fl.para("Thank you,", **m)
    fl.para("{O:Odalys Fonseca-Pratt}\nClaims Specialist II, {AG:Victim Restitution & Compensation Board}\n"
            "{PP:900 King Street, Suite 4, Wilmington Landing, DE 19801}  |  {PP:302-555-0190}",
            font="helv", size=8.5, lead=1.3, after=0.5)
    # page 2: the form
    q = d.new_page()
    rect(d, q, (L, 30, R, 70), width=1.0)
    d.text(q, L + 8, 35, 330, "LAW ENFORCEMENT VERIFICATION", font="hebo", size=12)
    d.text(q, L + 8, 52, 330, "{AG:Victim Restitution & Compensation Board} \u2014 Form LE-1", font="helv", size=8.5)
    d.text(q, R - 168, 36, 160, "Claim no.\n{C:VRCB-26-10447}", font="cour", size=9.5, lead=1.3, align="right")
    y = 82
    d.text(q, L, y, R - L, "Completed by the investigating agency. Answer each question in the right-hand column.",
           font="helv", size=8.5, color=GRAY)
    y += 16
    qa = [
        ("1. Reporting agency", "{AG:Marshwell Police Department}"),
        ("2. Report / complaint number", "{C:MW-26-08815}"),
        ("3. Date and time of crime", "{ID:10/17/2026}, about 2340 hrs"),
        ("4. Date reported to police", "{ID:10/18/2026}, 0012 hrs (within 72 hours: YES)"),
        ("5. Type of crime", "{OF:Assault in the Second Degree} ({OF:Del. Code tit. 11, \u00a7 612})"),
        ("6. Victim's name as in our report", "{P:OYEDEPO, EZEKIEL ADEBOWALE}"),
        ("7. Victim's date of birth", "{D:08-14-1979}"),
        ("8. Did the victim cooperate with the investigation?", "Yes. Gave a recorded statement at the hospital "
         "on {ID:10/18/2026}."),
        ("9. Was the victim engaged in misconduct that contributed to the injury?", "No evidence of it. The "
         "victim was leaving; witness {P:Soledad Iturbide} (bartender) says he never raised his hands."),
        ("10. Offender identified? Name, DOB", "Yes. {P:STAMP, TUCKER JAMES}, DOB {D:1/3/2001}"),
        ("11. Offender arrested / charged?", "Arrested {ID:10/23/2026}; charged as in 5. Case pending in "
         "{PP:Court of Common Pleas, Kent Landing}."),
        ("12. Relationship of offender to victim", "None (strangers)."),
        ("13. Anything else the program should know?", "The bar's video {T:timestamp} is 11 minutes fast; the "
         "time in 3 is corrected. Mr. {P:Stamp}'s girlfriend, {P:Brielle Vanhoose}, drove him away in a black Jeep, "
         "DE tag {PL:PC 418822}."),
    ]
    for qtext, ans in qa:
        lines_q, it_q = d.layout(qtext, "hebo", 8.6, 200)
        lines_a, it_a = d.layout(ans, "tiro", 10, R - L - 232)
        h = max(len(lines_q) * 8.6 * 1.25, len(lines_a) * 10 * 1.25) + 8
        rect(d, q, (L, y, L + 214, y + h), width=0.4, fill=(0.95, 0.95, 0.95))
        rect(d, q, (L + 214, y, R, y + h), width=0.4)
        d.draw_lines(q, L + 6, y + 4, 200, lines_q, it_q, "hebo", 8.6, 1.25)
        d.draw_lines(q, L + 222, y + 3.5, R - L - 232, lines_a, it_a, "tiro", 10, 1.25)
        y += h
    y += 16
    d.text(q, L, y, R - L, "I certify that the information above is taken from the official report and is true "
           "to the best of my knowledge.", font="tiro", size=9.5)
    y += 30
    d.text(q, L + 4, y, 220, "{O:Cpl. Benedek Hollingsworth-Ume}", font="tiit", size=12.5, color=BLUE)
    d.text(q, L + 300, y, 150, "{B:MW-1142}", font="cour", size=11, color=BLUE)
    hline(d, q, L, y + 16, L + 280, width=0.5)
    hline(d, q, L + 296, y + 16, R, width=0.5)
    d.text(q, L, y + 19, 280, "Investigating officer (signature and printed name)", font="helv", size=6.8, color=GRAY)
    d.text(q, L + 296, y + 19, 200, "Badge / ID", font="helv", size=6.8, color=GRAY)
    y += 46
    d.text(q, L, y, R - L, "Return to {AG:Victim Restitution & Compensation Board}, {PP:900 King Street, Suite 4, "
           "Wilmington Landing, DE 19801}.", font="helv", size=8)
    for i in range(len(d.pdf)):
        footer(d, i, "{AG:Marshwell Police Department}  \u00b7  {PP:24 Dock Street, Marshwell, DE 19963}  \u00b7  "
               "{PP:(302) 555-0100}", f"{i + 1}/{len(d.pdf)}", L=L, R=R)
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
