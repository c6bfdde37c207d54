#!/usr/bin/env python
"""Eighth blind evaluation set for redactkit: fictional US law-enforcement records.

Written blind on 2026-12-07 without reading the tool's source, rules, tests, benchmarks,
tuning/holdout/scanned samples or earlier blind documents.  The truth format (schema, box
convention, self-checks) and the PyMuPDF layout/determinism helpers are reused from
sample_docs/blind7/make_blind7.py.  Deterministic: fixed seed, fixed metadata dates, no new
file ID -> two runs are byte-identical.

    /work/main/.venv/bin/python make_blind8.py            # writes beside this file
    /work/main/.venv/bin/python make_blind8.py --out DIR
    /work/main/.venv/bin/python make_blind8.py --only doc_parking_appeal doc_k9_log

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

SEED = 20261221
FIXED_DATE = "D:20261207180000+00'00'"

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
            "subject": "redactkit blind evaluation set 8", "keywords": "",
            "creator": "blind8/make_blind8.py", "producer": "PyMuPDF",
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



# ================================================================== 1. parking-citation appeal decision (letter)
def doc_parking_appeal(outdir):
    d = Doc("bwpd_parking_appeal_decision_g01", "Brightwater Police Department - Parking Citation Appeal Decision")
    L, R = 60, 552
    p = d.new_page()
    rect(d, p, (L, 36, L + 40, 76), width=1.2, color=GREEN)
    d.page(p).insert_text((L + 8, 62), "BPD", fontname="hebo", fontsize=11, color=GREEN)
    d.text(p, L + 50, 38, 300, "{AG:Brightwater Police Department}", font="tibo", size=15, color=GREEN)
    d.text(p, L + 50, 57, 300, "{T:Parking} Enforcement & Adjudication Section", font="tiit", size=9.5, color=GRAY)
    d.text(p, R - 170, 38, 170, "{PP:411 Breakwater Road}\n{PP:Brightwater, OR 97366}\nTel. {PP:(541) 555-0120}",
           font="tiro", size=8.5, lead=1.3, color=GRAY, align="right")
    hline(d, p, L, 84, R, width=1.0, color=GREEN)
    fl = Flow(d, [(p, L, R, 96, 740)], more=lambda: [(d.new_page(), L, R, 60, 740)])
    m = dict(font="tiro", size=10.5, lead=1.32, after=0.7)
    fl.para("December 3, 2026", **m)
    fl.para("{P:Hyun-woo Park}\n{A:2207 Tillicum Lane, Unit 5\nBrightwater, OR 97366}", font="tiro", size=10.5,
            lead=1.25, after=0.8)
    fl.para("Sent by first-class mail and by e-mail to {E:hwpark.tillicum@example.net}", font="tiit", size=9,
            after=0.8)
    fl.para("RE:  Appeal No. {C:PA-2026-0388}  \u2014  vehicle {PL:318 KXT} (Oregon)", font="tibo", size=10.5,
            after=0.8)
    fl.para("Dear Mr. {P:Park}:", **m)
    fl.para("You asked for an administrative review of the two {T:parking} citations listed below, both issued to "
            "the 2019 {T:Hyundai} Elantra registered to you (VIN {V:" + make_vin("5NPD84LF", "KH") + "}). Your written "
            "appeal was received on November 12, 2026. I have reviewed it, the photographs taken by the enforcement "
            "officer, and the statements you attached.", **m)
    pno, y = table(d, fl.pno, L, fl.y + 2, [92, 62, 96, 170, 34, 38],
                   ["Citation", "Date", "Location", "Violation", "Fine", "Result"],
                   [["{C:BW-P-441907}", "{ID:10/29/2026}", "300 blk Harbor St", "{OF:BMC 10.24.060 Overtime "
                     "parking, 2-hour zone}", "$40", "Upheld"],
                    ["{C:BW-P-441962}", "{ID:11/04/2026}", "Pier 3 public lot", "{OF:BMC 10.24.115 Parking in a "
                     "disabled space without a displayed permit}", "$250", "Dismissed"]],
                   font="tiro", size=9, fonts=["cour", "cour", None, None, None, "tibo"], hfont="tibo", hsize=8.5)
    fl.y = y + 10
    fl.para("Citation {C:BW-P-441962}. Your statement says that your mother, {P:Soon-ja Park}, holds a "
            "disabled-{T:parking} placard and was a passenger when the car was left in the Pier 3 lot, and that the "
            "placard had slipped off the mirror onto the floor. Her physician at {PP:Coastal Bend Medical Center} "
            "confirmed in a letter that she has held the placard since 2021, and the DMV record matches the placard "
            "number you gave. The officer's photographs show a blue card lying face-down under the passenger seat. "
            "Under section 10.24.118 a valid placard that was issued before the citation is a defence, so this "
            "citation is dismissed.", **m)
    fl.para("Citation {C:BW-P-441907}. You write that your daughter, {P:Minji Park}, was driving that day and "
            "that a delivery truck blocked the space so she could not leave. The chalk photographs by "
            "{O:Parking Enforcement Officer Gretchen Almqvist} ({B:PEO-27}) were taken at 9:06 a.m. and 11:41 a.m. "
            "and show the car in the same position with clear road ahead. A neighbour's note, signed "
            "{P:Tomasz Wierzbicki-Holm}, says only that the street \"was busy\". The identity of the driver does not "
            "change the owner's responsibility under section 10.24.020, so this citation is upheld.", **m)
    fl.para("The $40 fine is due within 30 days of this letter. If you disagree with this decision you may ask for "
            "a hearing before the {PP:Brightwater Municipal Court}, {PP:90 Chandlery Row West, Brightwater, OR 97366}, "
            "by filing the enclosed form within 15 days. Questions about payment can go to the section at the number "
            "above; please quote the appeal number. We have noted your new contact number, {PH:541.555.0147}, and "
            "your Oregon licence {DL:7730582} as given on the appeal form. The owner record lists a date of birth of "
            "{D:1974-06-22}; if that is wrong, please tell the DMV.", **m)
    fl.para("For your records, the DMV lists two registered owners for this vehicle: you and "
            "{P:Eun-ji Park-Lindgren} of {A:PO Box 3391, Newport Shores, OR 97365}. A copy of this decision is "
            "being sent to Ms. {P:Park-Lindgren} as co-owner. Your daughter {P:Minji}'s statement that she paid a "
            "separate ticket on the same day (issued by the {AG:Lincoln Reach Harbor Patrol}) is not relevant to "
            "this appeal.", **m)
    fl.para("Sincerely,", **m)
    fl.space(14)
    fl.para("{O:Hearing Examiner Lucinda Throckmorton-Vail}", font="tiit", size=12.5, color=BLUE, after=0.1)
    fl.para("{T:Parking} Hearings, {AG:Brightwater Police Department}", font="tiro", size=9.5, after=1.0)
    fl.para("cc:  {P:Soon-ja Park} (by mail, same address)\n      {O:Sgt. Rafferty Nkemelu}, {T:parking} supervisor, "
            "badge {B:1180}\n      Citation file {C:BW-P-441907}", font="tiro", size=9, lead=1.3)
    for i in range(len(d.pdf)):
        footer(d, i, "{AG:Brightwater Police Department}  \u00b7  {T:Parking} Enforcement & Adjudication",
               f"Appeal {i + 1}/{len(d.pdf)}", L=L, R=R, font="tiro")
    return d.finish(outdir)


# ================================================================== 2. juvenile diversion agreement
def doc_diversion(outdir):
    d = Doc("lcso_juvenile_diversion_agreement_g02",
            "Larchmere County Sheriff's Office - Juvenile Diversion Agreement")
    L, R = 50, 562
    p = d.new_page()
    rect(d, p, (L, 34, R, 84), width=1.4)
    d.text(p, L, 40, R - L, "{AG:LARCHMERE COUNTY SHERIFF'S OFFICE}", font="hebo", size=13, align="center")
    d.text(p, L, 57, R - L, "Youth Accountability & Diversion Program  \u2014  {PP:1200 Courthouse Square, Larchmere, "
           "WI 54937}  \u2014  {PP:920-555-0130}", font="helv", size=8, align="center")
    d.text(p, L, 69, R - L, "JUVENILE DIVERSION AGREEMENT (DEFERRED REFERRAL)", font="hebo", size=10, align="center")
    y = 94
    rows = [("Diversion no.", "{C:LC-JDV-26-0142}", "Sheriff's report", "{C:LCSO 26-018833}"),
            ("Youth (last, first middle)", "{P:REED, KIERAN AUGUSTINE}", "Date of birth", "{D:03/11/2010}"),
            ("Home address", "{A:N4471 County Road QQ, Larchmere, WI 54937}", "Youth's phone", "{PH:920-555-0176}"),
            ("Parent / guardian", "{P:Ingrid Solheim-Reed} (mother)", "Parent's phone", "{PH:(920) 555-0172}"),
            ("Parent's e-mail", "{E:ingrid.solheim@example.org}", "School", "{PP:Larchmere Union High School}"),
            ("Offence referred", "{OF:Criminal Damage to Property, Wis. Stat. \u00a7 943.01(1)}",
             "Date of offence", "{ID:September 19, 2026}")]
    for a, b, c, e in rows:
        side_field(d, p, L, y, L + 300, y + 26, a, b, 92)
        side_field(d, p, L + 300, y, R, y + 26, c, e, 80)
        y += 26
    y += 10
    fl = Flow(d, [(p, L, R, y, 742)], more=lambda: [(d.new_page(), L, R, 60, 742)])
    m = dict(font="helv", size=9.2, lead=1.32, after=0.6)
    fl.para("WHAT HAPPENED (summary by the referring deputy)", font="hebo", size=9, after=0.3)
    fl.para("On the night of {ID:September 19, 2026} two mailboxes, a lawn ornament and a fence panel were broken "
            "along Goldfinch Court. {O:Deputy Colette Brannigan} ({B:#418}) found {P:Kieran} and a second youth, "
            "{P:Brody Vang}, walking away from the area with a baseball bat. {P:Kieran Reed} {T:agreed} to speak "
            "with his mother present and said that he swung the bat at the mailboxes and that {P:Brody} kicked the "
            "fence. The owner of most of the damaged property, {P:Hyacinth Obuya} of {A:208 Goldfinch Court, "
            "Larchmere, WI 54937}, asked that the case go to diversion if the youth pays for the repairs. "
            "{P:Vang}'s referral is handled under a separate agreement.", **m)
    fl.para("CONDITIONS  \u2014  the youth and parent have {T:agreed} to each of the following", font="hebo",
            size=9, after=0.3)
    conds = [
        "Pay restitution of $612.40 to {P:Hyacinth Obuya} in the instalments shown below, through the program "
        "office (not directly to the victim).",
        "Complete 30 hours of community service at the {PP:Hemlock Bay Food Pantry}, {PP:15 Mill Race Road, "
        "Larchmere, WI 54937}, by February 28, 2027, and bring signed time sheets.",
        "Write a letter of apology to Mrs. {P:Obuya}; the letter is read by the intake worker first.",
        "Have no contact with {P:Brody Vang} outside school hours while this agreement is open.",
        "Attend school every day unless excused; the program may check attendance with "
        "{PP:Larchmere Union High School}.",
        "Commit no new law violations. A new referral ends this agreement and the original offence is sent to the "
        "{AG:Larchmere County Corporation Counsel} for a petition.",
    ]
    for i, c in enumerate(conds, 1):
        fl.para(c, font="helv", size=9.2, lead=1.3, after=0.25, label=[(4, f"{i}.", "hebo")], label_w=20)
    fl.space(6)
    pno, y = table(d, fl.pno, L, fl.y, [90, 90, 120, 212],
                   ["Instalment", "Due by", "Amount", "Paid by"],
                   [["1", "12/31/2026", "$200.00", "{P:Ingrid Solheim-Reed} (parent)"],
                    ["2", "01/31/2027", "$200.00", "{P:Kieran Reed} (from job at {PP:Hilltop Orchard Farm Market})"],
                    ["3", "02/28/2027", "$212.40", "{P:Kieran Reed} / stepfather {P:Dwayne Pettigrew}"]],
                   size=8.6, shade=TINT)
    fl.y = y + 10
    fl.para("Successful completion: the sheriff's office will close the referral and no petition will be filed. The "
            "agreement lasts six months from signing. The youth's personal information is confidential under "
            "{OF:Wis. Stat. \u00a7 938.396} and is released only as the law allows.", **m)
    fl.need(120)
    p2 = fl.pno
    y = fl.y + 6
    sigs = [("{P:Kieran A. Reed}", "Youth"), ("{P:Ingrid Solheim-Reed}", "Parent / guardian"),
            ("{O:Deputy Colette Brannigan} {B:#418}", "Referring deputy"),
            ("{O:Juvenile Intake Worker Aurelio Batungbakal}", "Program intake")]
    for k, (nm, cap) in enumerate(sigs):
        x = L if k % 2 == 0 else L + 262
        yy = y + (k // 2) * 46
        d.text(p2, x + 2, yy, 250, nm, font="tiit", size=11, color=BLUE)
        hline(d, p2, x, yy + 15, x + 240, width=0.5)
        d.text(p2, x, yy + 18, 240, cap + "   Date: 12/01/2026", font="helv", size=7, color=GRAY)
    for i in range(len(d.pdf)):
        footer(d, i, "LCSO-YD 4 (rev. 2025)  \u00b7  {AG:Larchmere County Sheriff's Office}  \u00b7  "
               "Confidential juvenile record", f"Page {i + 1} of {len(d.pdf)}", L=L, R=R)
    return d.finish(outdir)


# ================================================================== 3. school behavioural threat assessment
def doc_threat_assessment(outdir):
    d = Doc("mqps_threat_assessment_g03", "Mesa Quemada Public Schools - Behavioral Threat Assessment Summary")
    L, R = 42, 570
    p = d.new_page()
    rect(d, p, (0, 0, 612, 26), width=0, fill=NAVY)
    d.text(p, L, 7, 400, "CONFIDENTIAL \u2014 STUDENT RECORD / LAW ENFORCEMENT SENSITIVE", font="hebo", size=9,
           color=(1, 1, 1))
    d.text(p, L, 36, 380, "{AG:Mesa Quemada Public Schools} \u2014 Threat Assessment Team", font="hebo",
           size=12)
    d.text(p, L, 52, 360, "in cooperation with the {AG:Mesa Quemada Police Department}, {T:School} Safety Unit",
           font="helv", size=8.5)
    d.text(p, R - 160, 36, 160, "TA case {C:TA-26-017}\nPolice ref. {C:MQPD 26-11402}", font="cour", size=9,
           lead=1.3, align="right")
    y = 72
    f = [
        [(0, 250, "Student (name)", "{P:Elias Tsosie Cho}"), (250, 340, "Grade", "8"),
         (340, 430, "Date of birth", "{D:Jan. 30, 2012}"), (430, 528, "Student ID", "400-27791")],
        [(0, 250, "Campus", "{PP:Sierra Bonita Middle School}"), (250, 528, "Home address",
                                                                  "{A:36 Calle Piñon Seco, Mesa Quemada, NM 87017}")],
        [(0, 180, "Parent / guardian 1", "{P:Benedicta Cho}"), (180, 300, "Phone", "{PH:505-555-0183}"),
         (300, 410, "Parent / guardian 2", "{P:Gerald Tsosie}"), (410, 528, "Phone", "{PH:(505) 555-0129}")],
        [(0, 180, "Date of concern", "{ID:November 17, 2026}"), (180, 528, "Reported by",
                                                                 "{P:Xochitl Marquez-Yazzie} (student, grade 8)")],
    ]
    for row in f:
        for a, b, lab, val in row:
            field(d, p, L + a, y, L + b, y + 25, lab, val, vfont="helv", vsize=8.8)
        y += 25
    y += 10
    d.text(p, L, y, R - L, "1. Concern as reported", font="hebo", size=9.5)
    y += 14
    fl = Flow(d, [(p, L, R, y, 742)], more=lambda: [(d.new_page(), L, R, 50, 742)])
    m = dict(font="tiro", size=10, lead=1.3, after=0.55)
    fl.para("At 11:20 a.m. on {ID:November 17, 2026} a classmate, {P:Xochitl Marquez-Yazzie}, told the counselor that "
            "{P:Elias} had said in the east {T:corridor} that he would \"bring something\" to the winter assembly and "
            "that \"{P:Paloma} will be first.\" The student named is {P:Paloma Orr} (grade 8). A second student, "
            "{P:Rory Hatathli}, heard the remark and said {P:Elias} was \"joking but not really.\" The {T:school} "
            "resource officer, {O:Ofc. Ignacio Valdespino} ({B:2231}), was called at 11:31 a.m.", **m)
    d2 = fl
    d2.para("2. Team members present", font="hebo", size=9.5, after=0.3)
    pno, y = table(d, fl.pno, L, fl.y, [190, 150, 188],
                   ["Name", "Role", "Contacted / interviewed"],
                   [["{O:Principal Dolores Archuleta}", "Team lead", "Parents, student"],
                    ["{O:Counselor Amadou Sissokho}", "{T:School} counselor", "Reporting students"],
                    ["{O:Dr. Fern Whitehorse-Lindahl}", "{T:School} {T:psychologist}", "Student (structured "
                     "interview)"],
                    ["{O:Ofc. Ignacio Valdespino}", "SRO, {AG:Mesa Quemada Police Department}", "Home visit, "
                     "firearms access check"]],
                   size=8.6, fonts=["hebo", None, None], shade=TINT)
    fl.y = y + 10
    fl.para("3. Interviews and findings", font="hebo", size=9.5, after=0.3)
    fl.para("In the {T:psychologist}'s interview {P:Elias} said he was angry because {P:Paloma Orr} had posted a "
            "photo of him falling in gym class. He denied any plan, denied access to weapons, and named no other "
            "target. His mother, Ms. {P:Cho}, said there are no firearms in the home; his father, Mr. {P:Tsosie}, "
            "keeps a deer rifle at his own address, {A:Rural Route 2, Box 118, Ojo Frio, NM 87052}, in a safe to "
            "which {P:Elias} has no key. {O:Ofc. Valdespino} confirmed this on a home visit on {ID:November 18, 2026}. "
            "{P:Paloma}'s mother, {P:Marisabel Orr}, was told of the remark the same afternoon and asked that her "
            "daughter not share classes with {P:Elias}; her number is on file ({PH:505 555 0164}).", **m)
    fl.para("A search of {P:Elias}'s locker and backpack found nothing of concern. No social-media posts by him "
            "about the assembly were found. The classification is TRANSIENT / SUBSTANTIVE-LOW: the statement was "
            "serious in tone but there is no plan, no means and no history.", **m)
    fl.para("4. Law-enforcement determination", font="hebo", size=9.5, after=0.3)
    fl.para("The facts do not meet the elements of {OF:Making a Written or Electronic Threat to Cause Bodily Harm "
            "(NMSA 1978, \u00a7 30-20A-5)} because the remark was spoken, and no charge of {OF:Interference with "
            "Members of Staff, Public Officials or the Public (NMSA 1978, \u00a7 30-20-13)} is recommended. The "
            "referral was closed by {O:Sgt. Shandiin Platero} ({B:1987}) of the {T:School} Safety Unit.", **m)
    fl.para("5. Safety plan (agreed with parents on {ID:November 19, 2026})", font="hebo", size=9.5, after=0.3)
    for b in ["Schedule change so that {P:Elias} and {P:Paloma Orr} have no shared classes; separate lunch period.",
              "Weekly check-in with the counselor for eight weeks; referral to the {PP:Mesa Quemada Behavioral "
              "Health Clinic} ({PP:505-555-0191}) for counselling.",
              "Parent {P:Benedicta Cho} to be called by the principal if any further concern is reported.",
              "Team to review the plan on January 12, 2027."]:
        fl.para(b, font="tiro", size=10, lead=1.3, after=0.2, label=[(6, "\u2022", "tiro")], label_w=18)
    for i in range(len(d.pdf)):
        footer(d, i, "{AG:Mesa Quemada Public Schools}  \u00b7  {PP:2400 Camino del Llano, Mesa Quemada, NM 87017}",
               f"TA {i + 1}/{len(d.pdf)}", L=L, R=R)
    return d.finish(outdir)


# ================================================================== 4. order setting pretrial release conditions
def doc_pretrial(outdir):
    d = Doc("tccs_pretrial_release_order_g04", "Magistrate Court of Tallow Creek County - Order Setting Bond and "
            "Pretrial Release Conditions")
    L, R = 66, 546
    p = d.new_page()
    d.text(p, L, 40, R - L, "IN THE {PP:MAGISTRATE COURT OF TALLOW CREEK COUNTY}", font="tibo", size=12,
           align="center")
    d.text(p, L, 56, R - L, "STATE OF GEORGIA", font="tibo", size=11, align="center")
    y = 80
    d.text(p, L, y, 250, "STATE OF GEORGIA\n\nv.\n\n{P:DESHAWN TERRELL BOND},\n        Defendant.", font="tiro",
           size=10.5, lead=1.25)
    for k in range(7):
        d.page(p).insert_text((L + 262, y + 10 + k * 13), ")", fontname="tiro", fontsize=10.5)
    d.text(p, L + 285, y + 8, 200, "Warrant No. {C:2026-MW-03391}\n\nCharge: {OF:Aggravated Stalking}\n"
           "({OF:O.C.G.A. \u00a7 16-5-91})", font="tiro", size=10.5, lead=1.25)
    y += 100
    d.text(p, L, y, R - L, "ORDER SETTING {T:BOND} AND CONDITIONS OF PRETRIAL RELEASE", font="tibo", size=11.5,
           align="center")
    fl = Flow(d, [(p, L, R, y + 22, 736)], more=lambda: [(d.new_page(), L, R, 70, 736)])
    m = dict(font="tiro", size=11, lead=1.45, after=0.5, indent=28)
    fl.para("The defendant, {P:Deshawn Terrell Bond}, born {D:August 2, 1993}, residing at {A:77 Pecan Orchard Lane, "
            "Lot 14, Ashby Mill, GA 31794}, having been arrested on {ID:November 30, 2026} by the "
            "{AG:Tallow Creek County Sheriff's Office} and brought before this Court for a first appearance, {T:bond} is "
            "set at $15,000.00, to be posted in cash or through a licensed {T:bondsman}. As conditions of release "
            "the defendant shall:", **m)
    conds = [
        (True, "Have no contact of any kind, direct or through another person or by electronic means, with "
               "{P:Annaliese Voorhees} (the alleged victim), and stay at least 500 feet from her residence at "
               "{A:1906 Magnolia Bend Road, Ashby Mill, GA 31794} and her workplace at {PP:Wiregrass Regional "
               "Medical Center}."),
        (True, "Wear a GPS monitor installed by {AG:Tallow Creek County Pretrial Services} within 24 hours of "
               "release and pay the monitoring fee."),
        (True, "Reside with the third-party custodian, his grandmother {P:Odessa Mae Bond}, at the address above, "
               "and not change residence without leave of Court."),
        (True, "Surrender his passport, if any, and not leave the State of Georgia."),
        (False, "Submit to random drug screens."),
        (True, "Not possess a firearm or other dangerous weapon. Any firearms shall be surrendered to the "
               "Sheriff within 48 hours."),
        (True, "Not drive the 2015 Dodge Charger, tag {PL:CTW4418}, seen by the victim outside her home."),
    ]
    for chk, c in conds:
        fl.need(30)
        checkbox(d, fl.pno, L + 6, fl.y + 3, chk, size=8)
        fl.para(c, font="tiro", size=11, lead=1.4, after=0.35, label_w=24)
    fl.para("The Court finds, on the sworn application of {O:Investigator Lowell Marchbanks} ({B:TCSO 312}), that the "
            "defendant sent the victim 41 text messages and came to her home on {ID:November 27, 2026} in violation "
            "of the temporary protective order in {C:2026-TPO-0817}, and that the conditions above are the least "
            "restrictive that reasonably assure her safety.", **m)
    fl.para("SO ORDERED this 1st day of December, 2026.", **m)
    fl.space(18)
    fl.need(60)
    pno = fl.pno
    d.text(pno, L + 250, fl.y, 230, "{O:Hon. Philippa Etheridge-Mbeki}", font="tiit", size=13, color=BLUE)
    hline(d, pno, L + 250, fl.y + 16, R, width=0.5)
    d.text(pno, L + 250, fl.y + 19, 230, "Chief Magistrate, Tallow Creek County", font="tiro", size=9.5)
    fl.next_frame()
    d.text(fl.pno, L, 40, R - L, "State v. {P:Deshawn T. Bond}  —  Warrant No. {C:2026-MW-03391}  —  "
           "Order setting {T:bond} (continued)", font="tiit", size=9, color=GRAY)
    fl.para("DEFENDANT'S ACKNOWLEDGEMENT AND RELEASE INFORMATION", font="tibo", size=10.5, after=0.3)
    pno, y = table(d, fl.pno, L, fl.y, [150, 330],
                   [], [["Defendant's signature", "{P:Deshawn T. Bond}"],
                        ["Georgia DL", "{DL:058 339 217}"],
                        ["SSN (for monitoring contract)", "{S:255-81-6320}"],
                        ["Cell phone", "{PH:(229) 555-0158}"],
                        ["Custodian's phone", "{PH:229-555-0104} ({P:Odessa Bond})"],
                        ["Surety", "{PP:Red Clay Bail Bonds, LLC}, {PP:(229) 555-0133}"],
                        ["Employer", "{PP:Wiregrass Poultry Processing}, second shift"],
                        ["Released to", "{O:Dep. Lamar Quarles} ({B:TCSO 467}), 12/01/2026 1815 hrs"]],
                   font="tiro", size=10, fonts=["tibo", None])
    fl.y = y + 14
    fl.para("VICTIM NOTIFICATION (confidential — not served on the defendant)", font="tibo", size=10.5,
            after=0.3)
    fl.para("{P:Annaliese Voorhees} asked to be told of any release by telephone at {PH:229.555.0187} or by e-mail "
            "at {E:a.voorhees@example.com}. She is assisted by {O:Victim Advocate Claudette Ogunwale-Price} of the "
            "{AG:Tallow Creek Judicial Circuit District Attorney's Office}. Her sister, {P:Margit Voorhees-Lamb}, is "
            "the back-up contact at {PH:(229) 555-0112}.", font="tiro", size=10.5, lead=1.4, after=0.6)
    fl.para("REFERENCES GIVEN BY THE DEFENDANT", font="tibo", size=10.5, after=0.3)
    pno, y = table(d, fl.pno, L, fl.y, [170, 150, 160], ["Name", "Relationship", "Telephone"],
                   [["{P:Marquis Bond}", "brother", "{PH:229-555-0149}"],
                    ["{P:Ysolde Fairbrother}", "former landlord", "{PH:+1 229 555 0161}"],
                    ["{P:Hollis \"Deacon\" Dukes}", "shift lead at work", "{PH:2295550138}"]],
                   font="tiro", size=10, fonts=["tibo", None, "cour"])
    d.text(pno, L, y + 10, R - L, "Copies: Defendant; {AG:Tallow Creek County Sheriff's Office}; Pretrial Services; "
           "District Attorney; victim advocate for Ms. {P:Voorhees}.", font="tiro", size=9)
    for i in range(len(d.pdf)):
        footer(d, i, "{PP:Tallow Creek County Courthouse, 101 Court Square, Ashby Mill, GA 31794}",
               f"Page {i + 1} of {len(d.pdf)}", L=L, R=R, font="tiro")
    return d.finish(outdir)

# ================================================================== 5. narcotics presumptive field-test log (landscape)
def doc_field_test_log(outdir):
    d = Doc("rhpd_narcotics_field_test_log_g05", "Redbud Hollow Police Department - Narcotics Presumptive Field Test Log")
    L, R = 36, 756
    p = d.new_page(792, 612)
    d.text(p, L, 28, 420, "{AG:REDBUD HOLLOW POLICE DEPARTMENT}", font="hebo", size=13)
    d.text(p, L, 45, 420, "Narcotics presumptive field-test log  \u2014  Patrol Division, November 2026", font="helv",
           size=9)
    d.text(p, R - 260, 28, 260, "{PP:60 Depot Street, Redbud Hollow, KY 40962}\n{PP:(606) 555-0140}", font="helv",
           size=8, lead=1.3, align="right", color=GRAY)
    hline(d, p, L, 62, R, width=1.2)
    rows = [
        ["{ID:11/02/26}\n0142", "{C:RH26-04417}", "{P:CAIN, TRAVON LEVAR}", "Off-white rock, 1.9 g in knotted bag",
         "Scott reagent (B)", "Blue / pink layer \u2014 presumptive {T:cocaine}", "{O:Ofc. B. Yarbrough} {B:207}",
         "{O:Ofc. N. Haskins} {B:231}"],
        ["{ID:11/04/26}\n2210", "{C:RH26-04459}", "{P:SOININEN, MARI KATARIINA}", "Green plant material, 6.2 g, "
         "grinder", "Duquenois-Levine", "Purple in chloroform \u2014 presumptive {T:marijuana} (THC > hemp "
         "limit not shown)", "{O:Ofc. N. Haskins} {B:231}", "{O:Sgt. F. Lowery-Abara} {B:88}"],
        ["{ID:11/07/26}\n1530", "{C:RH26-04502}", "{P:HOLLOWAY, JUNIOR BOYD}", "Crystal shards in glass pipe",
         "Marquis", "Orange-brown \u2014 presumptive amphetamine-type", "{O:Ofc. B. Yarbrough} {B:207}",
         "{O:Ofc. Deion Castellanos} {B:244}"],
        ["{ID:11/07/26}\n1530", "{C:RH26-04502}", "{P:HOLLOWAY, JUNIOR BOYD}", "Blue round tablets \"M 30\" (14)",
         "Fentanyl strip", "Positive (one line)", "{O:Ofc. B. Yarbrough} {B:207}",
         "{O:Ofc. Deion Castellanos} {B:244}"],
        ["{ID:11/13/26}\n0018", "{C:RH26-04588}", "{P:PRZYBYLSKI, OSKAR W.}", "Tan powder in folded lottery slip",
         "Opiates (Mecke)", "Negative \u2014 sent to lab", "{O:Ofc. N. Haskins} {B:231}", "none"],
        ["{ID:11/19/26}\n1105", "{C:RH26-04661}", "{P:DELACROIX-NWOSU, AMARA}", "White powder on digital scale",
         "Scott reagent (B)", "Presumptive {T:cocaine}", "{O:Det. Sgt. Francesca Lowery-Abara} {B:88}",
         "{O:Ofc. B. Yarbrough} {B:207}"],
        ["{ID:11/24/26}\n2347", "{C:RH26-04733}", "Unknown (found property)", "Vape cartridge, amber oil",
         "Duquenois-Levine", "Inconclusive", "{O:Ofc. Deion Castellanos} {B:244}", "none"],
        ["{ID:11/28/26}\n0309", "{C:RH26-04790}", "{P:CAIN, TRAVON LEVAR}", "Off-white powder, 0.4 g",
         "Scott reagent (B)", "Presumptive {T:cocaine}", "{O:Ofc. N. Haskins} {B:231}",
         "{O:Ofc. Deion Castellanos} {B:244}"],
    ]
    dobs = ["{D:03/22/1997}", "{D:1999-08-05}", "{D:2-14-1979}", "{D:2-14-1979}", "{D:11 Jun 1984}",
            "{D:06/30/2002}", "\u2014", "{D:03/22/1997}"]
    rows = [r[:3] + [b] + r[3:] for r, b in zip(rows, dobs)]
    pno, y = table(d, p, L, 72, [56, 66, 108, 54, 104, 70, 110, 80, 72],
                   ["Date / time", "Case no.", "Person (last, first)", "DOB", "Item tested", "Kit", "Result",
                    "Tested by", "Witness"], rows, size=7.8, shade=TINT,
                   fonts=["cour", "cour", "hebo", "cour", None, None, None, None, None])
    y += 12
    cw = (R - L - 24) / 2
    fl = Flow(d, [(p, L, L + cw, y, 572), (p, L + cw + 24, R, y, 572)])
    m = dict(font="tiro", size=9.3, lead=1.28, after=0.5)
    fl.para("NOTES", font="hebo", size=8.5, after=0.2)
    fl.para("{C:RH26-04417}: {P:Travon Cain} was a passenger in a car stopped on US 25E for a tail-light; the driver, "
            "{P:Shaniqua Treadway}, consented to a search. {P:Cain}'s address is given as {A:14 Possum Trot Road, "
            "Apt. B, Redbud Hollow, KY 40962}. Charged with {OF:Possession of a Controlled Substance, First Degree "
            "(KRS 218A.1415)}.", **m)
    fl.para("{C:RH26-04459}: Ms. {P:Soininen} (Finnish exchange researcher at {PP:Cumberland Ridge College}) said the "
            "grinder was a gift from a roommate, {P:Sloane Greer-Okafor}. Cited for {OF:Possession of Marijuana "
            "(KRS 218A.1422)}; result to be confirmed by the lab because hemp cannot be told apart in the field.",
            **m)
    fl.para("{C:RH26-04502}: {P:Junior Boyd Holloway}, DOB {D:2-14-1979}, KY OL {DL:H12-448-907}. Pipe found under "
            "the seat of a pickup, KY {PL:2NR 418}. Tablets and crystal field-tested at the scene with gloves and "
            "mask; {OF:Trafficking in a Controlled Substance (fentanyl), KRS 218A.142} charged.", **m)
    fl.para("{C:RH26-04661}: {P:Amara Delacroix-Nwosu} was arrested on a warrant at {PP:Tri-County Motor Inn}; scale "
            "seized from her room. Her mother, {P:Chidinma Nwosu}, called ({PH:606-555-0177}) asking where she was "
            "held. The powder and scale went to the {AG:Kentucky State Police Central Forensic Laboratory}.", **m)
    fl.para("{C:RH26-04790}: second contact this month with {P:Cain}, this time at the {PP:Pilot Knob Quick Stop}. "
            "He gave a new number, {PH:(606) 555-0115}, and said he now lives with his aunt {P:Loretta Gaither}.",
            **m)
    fl.para("Every kit lot was checked against the positive control on the first of the month by "
            "{O:Property Officer Corwin Ocampo}. Field results are presumptive only; no charge rests on a field test "
            "without lab confirmation.", font="tiit", size=8.8, lead=1.28)
    footer(d, 0, "{AG:Redbud Hollow Police Department}  \u00b7  Form RH-NFT-2  \u00b7  Law enforcement use only",
           "Page 1 of 1", L=L, R=R, y=596)
    return d.finish(outdir)


# ================================================================== 6. lost / stolen firearm report
def doc_stolen_firearm(outdir):
    d = Doc("ahpd_lost_stolen_firearm_g06", "Alewife Harbor Police Department - Lost or Stolen Firearm Report")
    L, R = 48, 564
    p = d.new_page()
    d.text(p, L, 36, R - L, "{AG:ALEWIFE HARBOR POLICE DEPARTMENT}", font="tibo", size=14, align="center")
    d.text(p, L, 54, R - L, "{PP:3 Wharf Lane, Alewife Harbor, ME 04631}  \u2022  Non-emergency {PP:207-555-0150}",
           font="tiro", size=9, align="center")
    rect(d, p, (L, 70, R, 88), width=0, fill=(0.15, 0.15, 0.15))
    d.text(p, L, 74, R - L, "REPORT OF LOST OR STOLEN FIREARM(S)", font="hebo", size=10.5, color=(1, 1, 1),
           align="center")
    y = 98
    rows = [("Report number", "{C:AHPD-26-3318}", "Date reported", "{ID:11/22/2026}"),
            ("Type of loss", "STOLEN (from vehicle)", "Date of loss", "{ID:11/21/2026} (overnight)"),
            ("Owner", "{P:Cormac Fitzgerald Locke}", "Date of birth", "{D:4 Jan 1968}"),
            ("Owner address", "{A:PO Box 77, Alewife Harbor, ME 04631}", "Maine DL", "{DL:4829106}"),
            ("Phone (home)", "{PH:207-555-0168}", "Phone (cell)", "{PH:207 555 0193}"),
            ("Owner e-mail", "{E:cflocke@example.net}", "Where stolen", "Driveway, {A:212 Shore Acres Road}")]
    for a, b, c, e in rows:
        h = 26 if ("PO Box" in b or "Driveway" in e) else 20
        side_field(d, p, L, y, L + 270, y + h, a, b, 88, lfont="tibo", vfont="cour", size=9, lshade=None)
        side_field(d, p, L + 270, y, R, y + h, c, e, 84, lfont="tibo", vfont="cour", size=9, lshade=None)
        y += h
    y += 10
    d.text(p, L, y, R - L, "Firearms", font="tibo", size=10.5)
    pno, y = table(d, p, L, y + 14, [26, 80, 90, 60, 90, 170],
                   ["#", "Make", "Model", "Caliber", "Serial no.", "Where it was / how secured"],
                   [["1", "Ruger", "American Rifle", ".308 Win", "694-81275", "In soft case behind rear seat, "
                     "truck {T:locked}"],
                    ["2", "Smith & Wesson", "M&P Shield", "9 mm", "JHT4410", "Glove box, cable lock on gun"],
                    ["3", "Mossberg", "500", "12 ga", "V0933871", "Recovered in woods (see narrative)"]],
                   font="tiro", size=9, fonts=[None, None, None, None, "cour", None], hfont="tibo")
    y += 8
    d.text(p, L, y, R - L, "Vehicle:  2017 Ford F-150, ME plate {PL:8841 TK}, VIN {V:" + make_vin("1FTEW1EF", "HK")
           + "}", font="tiro", size=10)
    y += 18
    fl = Flow(d, [(p, L, R, y, 742)], more=lambda: [(d.new_page(), L, R, 50, 742)])
    m = dict(font="tiro", size=10.5, lead=1.35, after=0.6, indent=18)
    fl.para("NARRATIVE", font="tibo", size=10.5, after=0.3)
    fl.para("On {ID:November 22, 2026} at 0650 hrs I, {O:Officer Wendeline Oakes} ({B:AH-19}), met {P:Cormac Locke} "
            "at his driveway. Mr. {P:Locke} said he came back from hunting at about 2100 hrs the night before and left "
            "two guns in his truck because his wife, {P:Thandiwe Locke}, had guests. He is sure the truck was "
            "{T:locked}; this morning the driver's door was {T:unlocked} and the rifle and the pistol were gone. "
            "There was no damage to the door.", **m)
    fl.para("The neighbour across the road, {P:Aur\u00e9lie Thibodeau-Grant}, said her doorbell camera recorded a "
            "person on a bicycle at 0214 hrs. She sent the clip from {E:aurelie.tg@example.org}. The rider is not "
            "identifiable. At 0930 hrs a man walking his dog, {P:Gideon Sarkissian}, found the shotgun that "
            "{P:Locke} said was also in the truck bed under a tarp; it was in the brush at the end of Shore Acres "
            "Road. He called from {PH:(207) 555-0124}. I took it into evidence.", **m)
    fl.para("The serial numbers of items 1 and 2 were entered in NCIC as stolen (NIC {C:G123447681}, "
            "{C:G123447702}) and the {AG:Bureau of Alcohol, Tobacco, Firearms and Explosives} was told through the "
            "{AG:Maine State Police} liaison. Mr. {P:Locke} bought the pistol at {PP:Alewife Outfitters}, "
            "{PP:88 Route 1, Alewife Harbor, ME 04631}, which gave us the 4473 date. Mr. {P:Locke}'s son-in-law, "
            "{P:Jory Pelletier}, has a key to the truck and was asked where he was; he was working a night shift at "
            "{PP:Down East Regional Hospital} (confirmed).", **m)
    fl.para("Also present at the house on the night of the loss: guests {P:Percival Amoah} and {P:Siobhan "
            "Mac an tSaoir}, who left at about 2330 hrs in a car registered to {P:Amoah}, ME {PL:5127 RW}. Both "
            "said they saw nobody near the truck. Mr. {P:Amoah}'s phone: {PH:207-555-0145}.", **m)
    fl.para("Offences: {OF:Theft by Unauthorized Taking or Transfer, 17-A M.R.S. \u00a7 353} (firearm \u2014 Class B "
            "regardless of value) and {OF:Burglary of a Motor Vehicle, 17-A M.R.S. \u00a7 405}. Case assigned to "
            "{O:Det. Sgt. Bartholomew Ngata} ({B:AH-07}).", **m)
    fl.space(10)
    fl.need(50)
    pno = fl.pno
    d.text(pno, L, fl.y, 240, "{P:C. F. Locke}", font="tiit", size=12, color=BLUE)
    d.text(pno, L + 280, fl.y, 236, "{O:Officer Wendeline Oakes} {B:AH-19}", font="tiit", size=12, color=BLUE)
    hline(d, pno, L, fl.y + 16, L + 240, width=0.5)
    hline(d, pno, L + 280, fl.y + 16, R, width=0.5)
    d.text(pno, L, fl.y + 19, 240, "Owner's signature \u2014 I certify the information is true", font="helv",
           size=7, color=GRAY)
    d.text(pno, L + 280, fl.y + 19, 236, "Reporting officer", font="helv", size=7, color=GRAY)
    for i in range(len(d.pdf)):
        footer(d, i, "Maine law (25 M.R.S. \u00a7 2011-A) \u2014 report stolen firearms promptly  \u00b7  "
               "{AG:Alewife Harbor Police Department}", f"{i + 1} / {len(d.pdf)}", L=L, R=R)
    return d.finish(outdir)


# ================================================================== 7. unmanned aircraft (drone) flight log
def doc_drone_log(outdir):
    d = Doc("jwcso_uas_flight_log_g07", "Juniper Wash County Sheriff's Office - Unmanned Aircraft System Flight Log")
    L, R = 40, 572
    p = d.new_page()
    rect(d, p, (L, 30, R, 76), width=0.8, fill=(0.96, 0.93, 0.86))
    d.text(p, L + 8, 36, 340, "{AG:JUNIPER WASH COUNTY SHERIFF'S OFFICE}", font="cobo", size=12)
    d.text(p, L + 8, 52, 340, "UNMANNED AIRCRAFT SYSTEM (UAS) PROGRAM \u2014 FLIGHT LOG", font="cour", size=10)
    d.text(p, R - 208, 36, 200, "MISSION NO. {C:UAS-26-0093}\nCAD NO. {C:JW26-118204}", font="cour", size=9.5,
           lead=1.35, align="right")
    y = 84
    top = [[(0, 150, "DATE OF FLIGHT", "{ID:11/15/2026}"), (150, 300, "MISSION TYPE", "SEARCH \u2014 OVERDUE HIKER"),
            (300, 532, "LAUNCH POINT", "TRAILHEAD LOT, COTTONWOOD DRAW")],
           [(0, 266, "REMOTE PILOT IN COMMAND", "{O:DEP. KADEN WHITMORE-SOTO} {B:#0712}"),
            (266, 532, "VISUAL OBSERVER", "{O:SGT. MARISOL TUAKOI} {B:#0455}")],
           [(0, 180, "AIRCRAFT", "DJI M30T, TAIL JW-3"), (180, 360, "FAA REG. / PART 107", "FA3HR8K21P / 4410987"),
            (360, 532, "WEATHER", "CLEAR, WIND 8 KT, 41\u00b0F")]]
    for row in top:
        for a, b, lab, val in row:
            field(d, p, L + a, y, L + b, y + 24, lab, val, vfont="cour", vsize=8.8, lsize=5.8)
        y += 24
    y += 8
    d.text(p, L, y, R - L, "SUBJECT / REPORTING PARTY", font="cobo", size=9.5)
    y += 13
    pno, y = table(d, p, L, y, [90, 170, 272],
                   [], [["SUBJECT", "{P:EZRA CHU}", "DOB {D:19570903} \u2014 diabetic, red jacket"],
                        ["SUBJECT ADDRESS", "{A:1450 N 300 W, Sego Bench, UT 84738}", "HOME {PH:435-555-0106}"],
                        ["REPORTING PARTY", "{P:LILIAN CHU-HAVILAND} (DAUGHTER)", "CELL {PH:(435) 555-0197}, "
                         "{E:lilian.haviland@example.com}"],
                        ["LANDOWNER CONSENT", "{P:DELPHINE HASKETT-OSEI}", "{A:4400 W Juniper Wash Rd, Sego "
                         "Bench, UT 84738}"]],
                   font="cour", size=8.4, fonts=["cobo", None, None])
    y += 10
    d.text(p, L, y, R - L, "FLIGHT RECORD (TIMES LOCAL, AGL FEET)", font="cobo", size=9.5)
    y += 13
    log = [
        ["1402", "100%", "0", "PRE-FLIGHT CHECK COMPLETE. {T:PARACHUTE} ARMED. NOTAM/LAANC NOT REQUIRED (CLASS G)."],
        ["1406", "97%", "200", "LAUNCH. GRID SEARCH N OF TRAILHEAD, THERMAL CAMERA."],
        ["1419", "78%", "280", "HEAT SIGNATURE IN WASH 0.6 MI NE. ZOOM: PERSON SEATED, RED JACKET."],
        ["1421", "75%", "150", "GROUND TEAM ({AG:JUNIPER WASH COUNTY SEARCH AND RESCUE}) GIVEN COORDINATES."],
        ["1433", "61%", "150", "SAR MEMBER {P:RULON PECTOL-BEGAY} REACHES SUBJECT. SUBJECT CONFUSED, RESPONSIVE."],
        ["1437", "56%", "200", "RETURN TO HOME. LANDED 1441. {T:PARACHUTE} NOT DEPLOYED."],
        ["1515", "100%", "0", "SECOND FLIGHT (NEW BATTERY) TO GUIDE UTV CREW TO WASH. LANDED 1531."],
    ]
    pno, y = table(d, p, L, y, [44, 46, 46, 396], ["TIME", "BATT", "ALT", "EVENT"], log, font="cour", size=8.2,
                   hfont="cobo", hsize=7.8, shade=(0.96, 0.96, 0.96))
    y += 10
    fl = Flow(d, [(p, L, R, y, 744)], more=lambda: [(d.new_page(), L, R, 50, 744)])
    m = dict(font="cour", size=8.8, lead=1.32, after=0.6)
    fl.para("REMARKS:", font="cobo", size=9, after=0.2)
    fl.para("MR. {P:CHU} WAS CARRIED OUT BY UTV AND TAKEN BY {PP:SEGO BENCH AMBULANCE} TO {PP:VERMILION RIDGE "
            "REGIONAL HOSPITAL} WITH LOW BLOOD SUGAR. HIS DAUGHTER MS. {P:CHU-HAVILAND} HAD LAST HEARD FROM HIM AT "
            "0915 HRS. HIS NEIGHBOR {P:BRYNLEE OSTERGAARD} ({PH:435.555.0131}) SAID HE PARKED HIS SUBARU, UT "
            "{PL:K819TV}, AT THE TRAILHEAD. NO CRIMINAL OFFENSE. NO IMAGES OF OTHER PERSONS OR RESIDENCES WERE "
            "RETAINED; MS. {P:HASKETT-OSEI}'S HOUSE WAS NOT OVERFLOWN.", **m)
    fl.para("SAR VOLUNTEERS ON THE GROUND: {P:RULON PECTOL-BEGAY}, {P:ANIKA SVENDSEN-YAZZIE}, {P:MOSES "
            "TAUFA'ASAU}. MR. {P:CHU}'S SON {P:BENEDICT CHU} ARRIVED AT THE TRAILHEAD AT 1500 HRS FROM {A:77 "
            "RIMROCK CIRCLE, ST. GEORGE, UT 84790} AND RODE WITH HIS FATHER. {P:EZRA CHU}'S DL {DL:149 226 031} "
            "WAS USED FOR HOSPITAL ID.", **m)
    fl.para("VIDEO RETAINED 30 DAYS UNDER POLICY 606 (NO EVIDENTIARY VALUE). UTAH CODE {OF:77-23d-103} "
            "(NO WARRANT NEEDED \u2014 EMERGENCY / CONSENT). REVIEWED BY {O:LT. ESPERANZO VILLALOBOS-CRANE} "
            "({B:#0201}), UAS PROGRAM MANAGER.", **m)
    footer(d, 0, "{AG:Juniper Wash County Sheriff's Office}  \u00b7  {PP:220 N Main St, Sego Bench, UT 84738}  \u00b7  "
           "{PP:435-555-0100}", "UAS-1 (2024)", L=L, R=R, font="cour")
    return d.finish(outdir)


# ================================================================== 8. K9 deployment log
def doc_k9_log(outdir):
    d = Doc("sapso_k9_deployment_log_g08", "St. Amelie Parish Sheriff's Office - K9 Deployment Log and Bite Report")
    L, R = 50, 562
    p = d.new_page()
    d.text(p, L, 34, 300, "{AG:St. Amelie Parish Sheriff's Office}", font="tibo", size=14)
    d.text(p, L, 52, 300, "K9 Unit  \u2014  Monthly Deployment Log", font="tiro", size=10.5)
    d.text(p, R - 200, 34, 200, "Handler: {O:Sgt. Remy Fontenot-Guidry}\nBadge {B:SAP-1142}\nK9: \"Moutarde\" "
           "(Belgian Malinois)\nMonth: November 2026", font="tiro", size=8.8, lead=1.25, align="right")
    hline(d, p, L, 84, R, width=0.8)
    rows = [
        ["{ID:11/03}", "{C:26-44012}", "Article search", "{A:3301 Bayou Teche Hwy, Lot 6}", "Found pistol in "
         "ditch", "None"],
        ["{ID:11/09}", "{C:26-44387}", "Track (burglary)", "{PP:Boudreaux Feed & Hardware}", "Tracked 0.4 mi "
         "through a {T:sugarcane} field; suspect {P:Terrell Cane} found", "Bite (see report)"],
        ["{ID:11/14}", "{C:26-44601}", "Vehicle sniff", "LA 182 at Bridge St", "Alert on 2012 Nissan, LA "
         "{PL:ZFM 604}; driver {P:Ondine Mouton-Pierre}", "None"],
        ["{ID:11/20}", "{C:26-44950}", "Building search", "{PP:St. Amelie Middle School} (after hours)",
         "Negative; alarm fault", "None"],
        ["{ID:11/26}", "{C:26-45218}", "Track (missing)", "{A:118 Rue Chenier, Port Amelie, LA 70581}",
         "Found {P:Wyatt Boutte} (8) in neighbour's shed", "None"],
    ]
    pno, y = table(d, p, L, 94, [40, 62, 78, 124, 146, 62],
                   ["Date", "Item no.", "Type", "Location", "Result", "Force / bite"], rows, font="tiro", size=8.8,
                   hfont="tibo", hsize=8.5, fonts=["cour", "cour", None, None, None, None])
    y += 14
    rect(d, p, (L, y, R, y + 18), width=0, fill=LIGHT)
    d.text(p, L + 6, y + 4, R - L, "K9 APPREHENSION / BITE REPORT  \u2014  item {C:26-44387}", font="tibo", size=10)
    y += 26
    col = (R - L - 18) / 2
    fl = Flow(d, [(p, L, L + col, y, y + 250), (p, L + col + 18, R, y, 740)],
              more=lambda: [(d.new_page(), L, L + col, 50, 740), (len(d.pdf) - 1, L + col + 18, R, 50, 740)])
    m = dict(font="tiro", size=9.8, lead=1.3, after=0.6, align="justify")
    fl.para("On {ID:November 9, 2026} at 0247 hrs {O:Dep. Amos Guillory} ({B:SAP-1310}) answered a burglar alarm "
            "at {PP:Boudreaux Feed & Hardware}, {PP:940 Railroad Avenue, Port Amelie}. A side window was broken and "
            "a man was seen running toward the {T:cane} field behind the store. I arrived at 0301 hrs with K9 "
            "Moutarde and gave the required warning three times by loudspeaker in English and French.", **m)
    fl.para("Moutarde took the track from the window and followed it about 0.4 miles through the {T:sugarcane} "
            "rows. At 0318 hrs he indicated on a man lying between rows. The man did not show his hands and kicked "
            "toward the dog; Moutarde bit him on the left calf. I removed the dog within about six seconds once the "
            "man's hands were visible. He was identified as {P:Terrell Joseph Cane}, DOB {D:12/05/1998}, of "
            "{A:57 Evangeline Street, Port Amelie, LA 70581}. {P:Cane} had a pry bar and two boxed chainsaws.", **m)
    fl.para("{P:Cane} was treated at the scene by {PP:Acadiana South EMS} and taken to {PP:Teche Valley General "
            "Hospital}, where the wound was cleaned and closed with four staples. Photos taken before and after "
            "treatment. His girlfriend, {P:Nadège Arceneaux}, arrived at the hospital and gave her number "
            "({PH:337-555-0152}); she said {P:Terrell} had been \"out with his cousin {P:Blaise}\".", **m)
    fl.para("Charges: {OF:Simple Burglary (La. R.S. 14:62)} and {OF:Resisting an Officer (La. R.S. 14:108)}. "
            "Louisiana DL {DL:009781446}. The store owner, {P:Philomène Boudreaux}, estimated the loss at $1,140 and "
            "can be reached at {PH:(337) 555-0188}.", **m)
    fl.para("Review: the bite was within policy 412 (fleeing felony suspect, warning given, dog recalled when "
            "resistance stopped). Reviewed by {O:Lt. Corinne Hebert-Alleyne} ({B:SAP-0907}) and forwarded to "
            "{O:Chief Deputy Anatole Mire}.", **m)
    fl.para("Other items: the 11/14 sniff alert led to a search of the Nissan; nothing found, and the driver, "
            "{P:Ondine Mouton-Pierre}, DOB {D:9-3-1987}, of {A:PO Box 1186, Port Amelie, LA 70581}, was released. "
            "On 11/26 the missing boy's mother, {P:Genevieve Boutte}, called from {PH:337.555.0119}; the "
            "neighbour who owned the shed, {P:Alcide Thibodeaux-Vo}, was home and cooperative.", **m)
    for i in range(len(d.pdf)):
        footer(d, i, "{AG:St. Amelie Parish Sheriff's Office}  \u00b7  {PP:400 Courthouse Circle, Port Amelie, LA "
               "70581}  \u00b7  {PP:337-555-0170}", f"K9-M {i + 1}", L=L, R=R, font="tiro")
    return d.finish(outdir)

# ================================================================== 9. jail medical intake screening (typed, all caps)
def doc_medical_intake(outdir):
    d = Doc("lnco_jail_medical_intake_g09", "Loon Narrows County Jail - Receiving Medical Screening")
    L, R = 46, 566
    p = d.new_page()
    d.text(p, L, 32, R - L, "{AG:LOON NARROWS COUNTY SHERIFF'S OFFICE} - DETENTION DIVISION", font="cobo", size=11)
    d.text(p, L, 46, R - L, "RECEIVING MEDICAL / MENTAL HEALTH SCREENING          FORM JM-100 (REV 03/25)",
           font="cour", size=9)
    hline(d, p, L, 60, R, width=1.0)
    y = 68
    pairs = [("INMATE NAME:", "{P:AMES, THEODORE RUNE}", "BOOKING NO:", "26-004871"),
             ("AKA:", "\"{P:TEDDY}\"; {P:THEO R. AMES}", "DATE OF BIRTH:", "{D:05 MAY 1988}"),
             ("SSN:", "{S:471-90-2286}", "MN DL:", "{DL:A412870553196}"),
             ("ADDRESS:", "{A:PO BOX 212, BIRCH PORTAGE, MN 55731}", "PHONE:", "{PH:218-555-0135}"),
             ("ARREST DATE:", "{ID:11/29/2026} 2240", "ARRESTING OFC:", "{O:DEP. ANSEL VIRTANEN} {B:#614}"),
             ("CHARGE(S):", "{OF:DWI - THIRD DEGREE (MINN. STAT. 169A.26)}", "CASE NO:", "{C:LN-26-9915}")]
    for a, b, c, e in pairs:
        d.text(p, L, y, 100, a, font="cobo", size=8.6)
        y1 = d.text(p, L + 92, y, 190, b, font="cour", size=8.6, lead=1.2)
        d.text(p, L + 290, y, 110, c, font="cobo", size=8.6)
        y2 = d.text(p, L + 392, y, 128, e, font="cour", size=8.6, lead=1.2)
        y = max(y1, y2) + 4
    y += 8
    d.text(p, L, y, R - L, "SECTION B - SCREENING QUESTIONS (ASK EACH ONE; RECORD ANSWER IN INMATE'S WORDS)",
           font="cobo", size=8.6)
    y += 12
    qs = [["1", "ARE YOU TAKING ANY MEDICATIONS?", "Y", "LISINOPRIL 10 MG DAILY, SERTRALINE 50 MG. PRESCRIBED BY "
           "{P:DR. PRIYA SRINIVASAN-HOLT}, {PP:BIRCH PORTAGE FAMILY CLINIC} {PP:(218) 555-0144}."],
          ["2", "ANY ALLERGIES?", "Y", "PENICILLIN (HIVES)."],
          ["3", "HEAD INJURY OR LOSS OF CONSCIOUSNESS IN LAST 72 HRS?", "N", ""],
          ["4", "DO YOU DRINK ALCOHOL? LAST DRINK?", "Y", "DAILY. LAST DRINK ABOUT 2100 {ID:11/29/2026}. PBT "
           "0.19. CIWA ORDERED."],
          ["5", "HAVE YOU EVER HAD WITHDRAWAL SEIZURES OR DTs?", "Y", "ONE SEIZURE 2023, TREATED AT {PP:NORTH ARM "
           "REGIONAL MEDICAL CENTER}."],
          ["6", "THOUGHTS OF HURTING YOURSELF NOW OR IN THE PAST?", "N", "DENIES. SAYS SISTER {P:LORELEI} "
           "\"WOULD KILL ME\" IF HE DID. CALM, EYE CONTACT GOOD."],
          ["7", "ARE YOU PREGNANT? (FEMALES)", "N/A", ""],
          ["8", "VISIBLE INJURIES / TATTOOS", "Y", "ABRASION L FOREARM FROM AIRBAG. TATTOO \"{P:CORALIE}\" R "
           "SHOULDER (EX-WIFE {P:CORALIE DESJARLAIS})."],
          ["9", "PHARMACY USED", "-", "{PP:NORTHWOODS DRUG}, {PP:11 FRONT ST, BIRCH PORTAGE, MN 55731}"]]
    pno, y = table(d, p, L, y, [20, 170, 30, 300], ["#", "QUESTION", "Y/N", "COMMENTS"], qs, font="cour", size=8,
                   hfont="cobo", hsize=8, fonts=[None, "cobo", None, None])
    y += 10
    d.text(p, L, y, R - L, "SECTION C - EMERGENCY CONTACT AND RELEASE OF INFORMATION", font="cobo", size=8.6)
    y += 12
    fl = Flow(d, [(p, L, R, y, 744)], more=lambda: [(d.new_page(), L, R, 50, 744)])
    m = dict(font="cour", size=8.6, lead=1.3, after=0.5)
    fl.para("EMERGENCY CONTACT {T:NAMES} GIVEN: (1) SISTER {P:LORELEI AMES-BJORKLUND}, {A:3 LAKEVIEW TRAILER CT #9, "
            "BIRCH PORTAGE, MN 55731}, CELL {PH:218.555.0181}. (2) FRIEND {P:DARRYL \"SKIP\" KETTUNEN}, "
            "{PH:(218) 555-0102}. INMATE SIGNED ROI FOR {PP:BIRCH PORTAGE FAMILY CLINIC} ONLY; NOT FOR "
            "EX-WIFE MS. {P:DESJARLAIS}. INMATE STATES HE WORKS AT {PP:ARROWHEAD TIMBER SUPPLY}.", **m)
    fl.para("VEHICLE AT ARREST: 2011 GMC SIERRA, MN {PL:HJX 207}, VIN {V:" + make_vin("1GTR2VE3", "BZ") + "}, "
            "RELEASED TO REGISTERED CO-OWNER {P:MARJATTA AMES} ({PH:218 555 0166}) PER {O:DEP. VIRTANEN}. "
            "PASSENGER {P:KODY LAFRENIERE-STRAND}, DOB {D:1990-10-02}, RELEASED AT SCENE.", **m)
    fl.para("DISPOSITION: ACCEPTED INTO GENERAL HOUSING WITH CIWA CHECKS Q4H X 72 HRS. MEDICAL ALERT ENTERED. "
            "{P:AMES} ADVISED HOW TO REQUEST SICK CALL. SCREENING COMPLETED 0112 HRS 11/30/2026.", **m)
    fl.space(14)
    fl.need(50)
    pno = fl.pno
    for k, (nm, cap) in enumerate([("{O:LPN MAREN HOKANSON-DIALLO}", "SCREENING NURSE"),
                                   ("{O:CO II TREVOR NAKASHIMA} {B:#C-088}", "RECEIVING OFFICER"),
                                   ("{P:T. R. AMES}", "INMATE")]):
        x = L + k * 176
        d.text(pno, x, fl.y, 170, nm, font="cour", size=8.6)
        hline(d, pno, x, fl.y + 12, x + 166, width=0.5)
        d.text(pno, x, fl.y + 15, 170, cap, font="cour", size=7)
    footer(d, 0, "CONFIDENTIAL HEALTH INFORMATION - 42 CFR PART 2 / MINN. STAT. 13.384  -  {AG:LOON NARROWS COUNTY "
           "SHERIFF'S OFFICE}", "JM-100", L=L, R=R, font="cour")
    return d.finish(outdir)


# ================================================================== 10. subpoena duces tecum + business-records affidavit
def doc_subpoena(outdir):
    d = Doc("cspd_subpoena_duces_tecum_g10", "Caliche Springs Police Department - Subpoena Duces Tecum and Records "
            "Affidavit")
    L, R = 72, 540
    p = d.new_page()
    d.text(p, L, 44, R - L, "CAUSE NO. {C:CR-2026-1147}", font="tibo", size=11, align="center")
    y = 66
    d.text(p, L, y, 210, "THE STATE OF TEXAS\n\nv.\n\n{P:ROWAN ALISTAIR TOD}", font="tiro", size=11, lead=1.2)
    for k in range(6):
        d.page(p).insert_text((L + 222, y + 10 + k * 13), "\u00a7", fontname="tiro", fontsize=11)
    d.text(p, L + 246, y, 222, "IN THE {PP:519TH DISTRICT COURT}\n\n\n\n{PP:CALICHE COUNTY, TEXAS}", font="tiro",
           size=11, lead=1.2)
    y += 92
    d.text(p, L, y, R - L, "SUBPOENA DUCES TECUM", font="tibo", size=13, align="center")
    fl = Flow(d, [(p, L, R, y + 24, 730)], more=lambda: [(d.new_page(), L, R, 72, 730)])
    m = dict(font="tiro", size=11, lead=1.5, after=0.45, indent=36, align="justify")
    fl.para("TO:  {T:Custodian} of Records, {AG:Caliche Springs Police Department}, {PP:700 W. Mesquite Avenue, "
            "Caliche Springs, TX 79821}", font="tibo", size=11, lead=1.35, after=0.7)
    fl.para("YOU ARE COMMANDED to appear before the {PP:519th District Court} of Caliche County, Texas, at the "
            "Caliche County Justice Center on January 11, 2027 at 9:00 a.m., and to bring with you the records "
            "listed below relating to the arrest of {P:Rowan Alistair Tod}, date of birth {D:October 8, 1996}, in "
            "your case number {C:CSPD 26-030981}, for the offence of {OF:Burglary of a Habitation, Tex. Penal Code "
            "\u00a7 30.02}, committed on or about {ID:July 14, 2026}. You may comply by delivering the records with "
            "the attached affidavit before that date.", **m)
    items = [
        "The offence report and every supplement, including the statements of the complainant "
        "{P:Yesenia Garza-Whitfield} and the witnesses {P:Bao Trinh Nguyen} and {P:Dustin \"Dusty\" Lavall\u00e9e}.",
        "The computer-aided dispatch record and the audio of the 911 call made by {P:Pilar Zubizarreta} from "
        "{PH:915-555-0166} at about 02:10 a.m.",
        "Body-worn camera video of {O:Officer Jacinto Robles-Montaño} ({B:#2291}) and {O:Officer Kiera "
        "Blackwater} ({B:#2307}).",
        "Photographs and the property receipt for items recovered from the 2014 Chevrolet Malibu, Texas plate "
        "{PL:RKT-4471}, VIN {V:" + make_vin("1G11C5SL", "EF") + "}.",
        "Any record of the photo array shown to Ms. {P:Garza-Whitfield} on {ID:July 16, 2026}.",
    ]
    for i, it in enumerate(items, 1):
        fl.para(it, font="tiro", size=11, lead=1.4, after=0.3, label=[(14, f"{i}.", "tiro")], label_w=36)
    fl.para("Issued at the request of {O:Assistant District Attorney Griselda Montalvo-Finch}, State Bar No. "
            "24081177, {AG:Caliche County District Attorney's Office}, {PP:(915) 555-0120}.", **m)
    fl.para("WITNESS my hand and the seal of the Court on December 2, 2026.", **m)
    fl.space(10)
    fl.para("{O:District Clerk Hortensia Villarreal-Ybarra}, Caliche County, Texas", font="tiit", size=11,
            after=0.2)
    fl.para("By deputy clerk, {O:Deputy Clerk Cuthbert Teague}", font="tiro", size=10)
    q = d.new_page()
    d.text(q, L, 44, R - L, "CAUSE NO. {C:CR-2026-1147}  \u2014  State v. {P:Tod}", font="tibo", size=10,
           align="center")
    d.text(q, L, 66, R - L, "BUSINESS RECORDS AFFIDAVIT\n(Tex. R. Evid. 803(6), 902(10))", font="tibo", size=12,
           lead=1.3, align="center")
    fl2 = Flow(d, [(q, L, R, 106, 730)])
    fl2.para("Before me, the undersigned authority, personally appeared {O:Records Supervisor Evaristo "
             "Obi-Castellano}, who, being by me duly sworn, deposed as follows:", **m)
    fl2.para("\"My name is {O:Evaristo Obi-Castellano}. I am of sound mind and capable of making this affidavit. I am "
             "the {T:custodian} of the records of the {AG:Caliche Springs Police Department}. Attached hereto are "
             "46 pages of records and one digital disc. These records are kept by the department in the regular "
             "course of business, and it was the regular course of business of the department for an employee "
             "with knowledge of the act recorded to make the record or to transmit the information to be included "
             "in the record; and the record was made at or near the time or reasonably soon thereafter. The "
             "records attached are the originals or exact duplicates of the originals.\"", **m)
    pno, y = table(d, q, L, fl2.y + 4, [60, 250, 158], ["Exhibit", "Description", "Pages / media"],
                   [["A", "Offence report and supplements, arrest of {P:R. A. Tod}", "pp. 1\u201322"],
                    ["B", "CAD record and 911 audio (caller {P:Zubizarreta})", "pp. 23\u201325; disc"],
                    ["C", "BWC video, two officers", "disc"],
                    ["D", "Vehicle inventory, plate {PL:RKT 4471}, registered to {P:Marisela Tod} of {A:2908 "
                     "Ocotillo Bend Drive, Caliche Springs, TX 79821}", "pp. 26\u201338"],
                    ["E", "Photo array record, witness {P:Y. Garza-Whitfield}; arrestee's TX DL {DL:41178093}",
                     "pp. 39\u201346"]],
                   font="tiro", size=10, hfont="tibo", hsize=9.5)
    fl2.y = y + 10
    fl2.para("Records not produced: the complainant's home address ({A:611 Paloverde Court, Apt. 3, Caliche Springs, "
             "TX 79821}) and telephone ({PH:(915) 555-0153}) are redacted from Exhibit A under Tex. Code Crim. "
             "Proc. art. 56A.", font="tiro", size=10, lead=1.35, after=0.6)
    fl2.space(16)
    pno = fl2.pno
    d.text(pno, L, fl2.y, 230, "{O:Evaristo Obi-Castellano}", font="tiit", size=12, color=BLUE)
    hline(d, pno, L, fl2.y + 15, L + 220, width=0.5)
    d.text(pno, L, fl2.y + 18, 220, "Affiant, {T:Custodian} of Records", font="tiro", size=9)
    d.text(pno, L + 250, fl2.y, 218, "SWORN TO AND SUBSCRIBED before me on December 4, 2026.\n\n"
           "______________________________\nNotary Public, State of Texas", font="tiro", size=9, lead=1.3)
    for i in range(len(d.pdf)):
        footer(d, i, "Subpoena \u2014 Cause {C:CR-2026-1147}", f"Page {i + 1} of {len(d.pdf)}", L=L, R=R,
               font="tiro")
    return d.finish(outdir)


# ================================================================== 11. check-fraud / counterfeit-check investigation memo
def doc_check_fraud(outdir):
    d = Doc("onpd_check_fraud_memo_g11", "Otter Notch Police Department - Counterfeit Check Investigation Memorandum")
    L, R = 64, 548
    p = d.new_page()
    d.text(p, L, 40, R - L, "MEMORANDUM", font="hebo", size=20, color=NAVY)
    d.text(p, L, 66, R - L, "{AG:Otter Notch Police Department}  |  Criminal Investigations", font="helv", size=9,
           color=GRAY)
    y = 88
    for lab, val in [("TO:", "{O:Chief Marguerite-Anne Doucette}"),
                     ("FROM:", "{O:Det. Cpl. Silas Underhill} ({B:ON-14})"),
                     ("CC:", "{AG:Vermont Department of Financial Regulation}; {PP:Green Spruce Savings Bank}, "
                             "Fraud Unit"),
                     ("DATE:", "December 4, 2026"),
                     ("RE:", "Counterfeit checks drawn on the account of {P:Phuong-Anh Tran} \u2014 case "
                             "{C:ON-26-2207}")]:
        d.text(p, L, y, 60, lab, font="hebo", size=9.5)
        y = d.text(p, L + 60, y, R - L - 60, val, font="helv", size=9.5) + 4
    hline(d, p, L, y + 2, R, width=1.5, color=NAVY)
    fl = Flow(d, [(p, L, R, y + 12, 740)], more=lambda: [(d.new_page(), L, R, 60, 740)])
    m = dict(font="helv", size=9.4, lead=1.38, after=0.65)
    fl.para("Summary", font="hebo", size=10.5, after=0.2)
    fl.para("On {ID:November 20, 2026} {P:Imogen Barraclough}, fraud investigator at {PP:Green Spruce Savings Bank}, "
            "{PP:19 Elm Street, Otter Notch, VT 05739}, referred five counterfeit checks that copied the account and "
            "routing numbers of Ms. {P:Tran}, a retired teacher. Four were cashed or deposited between "
            "{ID:November 6} and {ID:November 18, 2026} before she noticed. Her account ending 4471 lost $3,912.55 "
            "before the bank froze it. None of the checks was written by Ms. {P:Tran}; her own checks are a "
            "different stock. Each {T:transaction} is listed below.", **m)
    pno, y = table(d, fl.pno, L, fl.y, [40, 56, 128, 56, 204],
                   ["Check", "Date", "Payee", "Amount", "Where negotiated / notes"],
                   [["2211", "11/06/26", "{P:Caspian Wexford-Lyle}", "$940.00", "Mobile deposit, account of payee "
                     "at {PP:Lamoille Federal Credit Union}"],
                    ["2212", "11/09/26", "{P:Brianna Szabo}", "$1,175.00", "Cashed at {PP:Green Spruce Savings Bank}, "
                     "Main St branch; teller {P:Kwabena Boateng-Dube}"],
                    ["2214", "11/13/26", "Cash", "$862.55", "Cashed at drive-up; car plate {PL:HRV 512} in video"],
                    ["2215", "11/18/26", "{P:C. Wexford Lyle}", "$935.00", "Mobile deposit, same payee account"],
                    ["2216", "11/19/26", "{P:Bree Szabo}", "$1,400.00", "Refused; stopped by teller"]],
                   font="helv", size=8.4, fonts=["cour", "cour", "hebo", None, None], shade=TINT)
    fl.y = y + 12
    fl.para("Investigation", font="hebo", size=10.5, after=0.2)
    fl.para("The mobile deposits went to an account opened in October by {P:Caspian Wexford-Lyle}, DOB "
            "{D:9/27/1991}, of {A:44 Tanager Hill Road, Apt. 2, Otter Notch, VT 05739}, phone {PH:802-555-0119}, "
            "e-mail {E:caslyle91@example.com}. His Vermont licence, {DL:81204577}, was scanned at account opening. "
            "Bank video of the 11/13 {T:transaction} shows a grey Subaru Outback, VT {PL:HRV 512}, registered to "
            "his mother, {P:Gwendolyn Wexford}, VIN {V:" + make_vin("4S4BSANC", "HK") + "}.", **m)
    fl.para("The 11/09 and 11/19 checks were presented by a woman who showed an ID in the name {P:Brianna Szabo}, "
            "DOB {D:1994-02-11}. On 11/19 the teller, Mr. {P:Boateng-Dube}, noticed that the check paper had no "
            "microprint and called the branch manager. The woman left without the ID. {P:Szabo}'s landlord, "
            "{P:Ferris Okonjo}, confirmed she lives at {A:7 Birchbark Lane, Hyde Corners, VT 05740} and that "
            "{P:Wexford-Lyle} stays there \"most nights\".", **m)
    fl.para("Ms. {P:Tran} told me that in September she mailed a check to a roofer she found online, \"Cas\", at "
            "{PH:(802) 555-0108}. That number is subscribed to {P:Wexford-Lyle}. Ms. {P:Tran} asked that calls go to "
            "her son, {P:Duc Tran}, at {PH:802.555.0173}, because she is hard of hearing. The bank has reimbursed "
            "her in full; the loss now falls on the bank and the credit union.", **m)
    fl.para("Recommendation", font="hebo", size=10.5, after=0.2)
    fl.para("Request arrest warrants for {P:Caspian Wexford-Lyle} for {OF:Forgery and Counterfeiting, 13 V.S.A. "
            "\u00a7 1801} (four counts) and {OF:False Pretenses or Tokens, 13 V.S.A. \u00a7 2002}, and for "
            "{P:Brianna Szabo} for {OF:Uttering a Forged Instrument, 13 V.S.A. \u00a7 1802}. The file goes to the "
            "{AG:Lamoille County State's Attorney}. A search warrant for the phone linked to {PH:(802) 555-0108} "
            "is pending under {C:ON-26-2207-SW1}.", **m)
    fl.space(10)
    fl.para("{O:Det. Cpl. Silas Underhill}", font="hebo", size=9.5, after=0.1)
    fl.para("Criminal Investigations, {AG:Otter Notch Police Department}, {PP:5 Depot Square, Otter Notch, VT 05739}, "
            "{PP:802-555-0160}", font="helv", size=8.5)
    for i in range(len(d.pdf)):
        footer(d, i, "LAW ENFORCEMENT SENSITIVE \u2014 contains financial information",
               f"ON-26-2207 \u00b7 {i + 1}/{len(d.pdf)}", L=L, R=R)
    return d.finish(outdir)


# ================================================================== 12. welfare-check log (shift log with hanging times)
def doc_welfare_log(outdir):
    d = Doc("pbpd_welfare_check_log_g12", "Platte Bend Police Department - Welfare Check Shift Log")
    L, R = 54, 558
    p = d.new_page()
    rect(d, p, (L, 32, R, 70), width=0.8)
    rect(d, p, (L, 32, L + 130, 70), width=0, fill=(0.20, 0.20, 0.20))
    d.text(p, L + 6, 42, 120, "WELFARE\nCHECK LOG", font="hebo", size=10.5, lead=1.1, color=(1, 1, 1))
    d.text(p, L + 140, 37, 340, "{AG:Platte Bend Police Department}", font="hebo", size=12.5)
    d.text(p, L + 140, 54, R - L - 146, "B-shift (1400\u20132200)  \u00b7  {ID:Saturday, December 5, 2026}  \u00b7  "
           "Watch commander {O:Lt. Odhiambo Reinholt}", font="helv", size=8.5)
    y = 80
    pno, y = table(d, p, L, y, [168, 60, 168, 108],
                   ["Officer on shift", "Badge", "Officer on shift", "Badge"],
                   [["{O:Sgt. Imelda Vasquez-Thorn}", "{B:P-118}", "{O:Ofc. Sunniva Caldwell-Obeng}", "{B:P-233}"],
                    ["{O:Ofc. Barnabas Kiprop}", "{B:P-241}", "{O:Reserve Ofc. Wilhelmina Frankl}", "{B:R-07}"]],
                   size=8.4, fonts=["hebo", "cour", "hebo", "cour"])
    y += 12
    hline(d, p, L, y, R, width=0.4, color=GRAY)
    fl = Flow(d, [(p, L, R, y + 8, 740)], more=lambda: [(d.new_page(), L, R, 50, 740)])
    entries = [
        ("1412", "{C:PB26-51023}", "Caller {P:Marguerite Bolt} ({PH:308-555-0141}, {E:mbolt.omaha@example.org}) has "
         "not heard from her father, {P:Virgil Bolt} (81), of {A:905 W. Cottonwood Street, Platte Bend, NE 68847}, "
         "since Thursday. {O:Ofc. Caldwell-Obeng} found the front {T:deadbolt} set and three newspapers on the "
         "porch; entry made through the rear door with the fire department. Mr. {P:Bolt} was on the floor, awake "
         "and dehydrated. Taken by {PP:Platte Bend Rescue} to {PP:Platte Valley Regional Medical Center}. "
         "Daughter told by phone at 1450."),
        ("1540", "{C:PB26-51047}", "Neighbour {P:Jun-seo Albrecht} reports a woman sitting in a car with a baby in "
         "the lot of {PP:Riverbend Family Dollar} for three hours. {O:Ofc. Kiprop} spoke with "
         "{P:Nizhoni Runningwater-Haas}, DOB {D:07.19.2001}, in a 2009 Pontiac, NE {PL:4-B2719}. She was waiting "
         "for her cousin {P:Darnell Yellowhorse} and had run out of gas; baby warm and fed. Given a gas voucher and "
         "the number of {PP:Crossroads Mission Center} ({PP:308-555-0199})."),
        ("1655", "{C:PB26-51060}", "Request from {O:CPS Specialist Ruth Amankwah-Lind} of the {AG:Nebraska Department of "
         "Health and Human Services} to check on two children at {A:2210 Avenue G, Unit 4, Platte Bend, NE 68847}. "
         "Mother {P:Kalliope Stavridis} answered; children {P:Ares} (6) and {P:Thalia Stavridis} (3) seen, clean "
         "and well. Home had heat and food. Report sent to the caseworker. Mother's cell: {PH:308 555 0137}."),
        ("1831", "{C:PB26-51088}", "The {PP:Lynx Creek Township Police Department} (Kansas) relayed a call from "
         "{P:Svea Ferreira} worried about her brother, {P:Lucian Ferreira-Quist}, after a text that said \"I'm "
         "done.\" {O:Sgt. Vasquez-Thorn} and {O:Reserve Ofc. Frankl} went to {A:RR 1 Box 44A, Platte Bend, NE "
         "68847}. {P:Lucian} said he meant his job, denied thoughts of self-harm and agreed to call his sister. "
         "Crisis line information left. His number: {PH:(308) 555-0126}."),
        ("2014", "{C:PB26-51102}", "Man in slippers walking on the shoulder of Highway 30 near the grain elevator. "
         "Identified as {P:Everett Ytterberg} (88), resident of {PP:Cottonwood Terrace Memory Care}, "
         "{PP:1700 N. Pine Street, Platte Bend, NE 68847}. Returned by {O:Ofc. Kiprop}; staff member "
         "{P:Rosalind Achterberg} said a door alarm had failed. His son, {P:Gustav Ytterberg}, was told at "
         "{PH:+1 (308) 555-0192}. No offence; no {OF:Neglect of a Vulnerable Adult (Neb. Rev. Stat. § 28-386)} "
         "found on review."),
    ]
    for t, c, txt in entries:
        fl.para(txt, font="tiro", size=10, lead=1.32, after=0.9,
                label=[(0, t, "cobo"), (34, c, "cour")], label_w=104)
    fl.para("End of shift log. Reviewed by {O:Lt. Odhiambo Reinholt}.", font="tiit", size=9.5)
    footer(d, 0, "{AG:Platte Bend Police Department}  ·  {PP:301 E. 4th Street, Platte Bend, NE 68847}  ·  "
           "{PP:308-555-0100}", "WCL-1", L=L, R=R)
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
