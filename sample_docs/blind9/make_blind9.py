#!/usr/bin/env python
"""Ninth blind evaluation set for redactkit: fictional US law-enforcement and public-safety records.

Written blind on 2026-12-07 without reading the tool's source, rules, tests, benchmarks,
tuning/holdout/scanned samples or earlier blind documents.  The truth format (schema, box
convention, self-checks) and the PyMuPDF layout/determinism helpers are reused from
sample_docs/blind8/make_blind8.py.  Deterministic: fixed seed, fixed metadata dates, no new
file ID -> two runs are byte-identical.

    /work/main/.venv/bin/python make_blind9.py            # writes beside this file
    /work/main/.venv/bin/python make_blind9.py --out DIR
    /work/main/.venv/bin/python make_blind9.py --only doc_fire_origin doc_scene_log

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

SEED = 20261309
FIXED_DATE = "D:20261207203000+00'00'"

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
            "subject": "redactkit blind evaluation set 9", "keywords": "",
            "creator": "blind9/make_blind9.py", "producer": "PyMuPDF",
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



# ================================================================== 1. fire origin-and-cause summary
def doc_fire_origin(outdir):
    d = Doc("sfd_fire_origin_cause_h01", "Sandplum Fire Department - Fire Origin and Cause Investigation Summary")
    L, R = 54, 558
    p = d.new_page()
    rect(d, p, (L, 34, R, 60), width=0, fill=DARKRED, color=DARKRED)
    d.text(p, L + 8, 40, 300, "{AG:SANDPLUM FIRE DEPARTMENT}", font="hebo", size=13, color=(1, 1, 1))
    d.text(p, R - 230, 41, 222, "Office of the Fire Marshal", font="heit", size=10, color=(1, 1, 1), align="right")
    d.text(p, L, 64, R - L, "{PP:2150 Windmill Road, Sandplum, OK 73651}  \u00b7  {PP:(580) 555-0123}  \u00b7  "
           "Fire Investigation Unit", font="helv", size=8, color=GRAY)
    d.text(p, L, 82, R - L, "FIRE ORIGIN AND CAUSE INVESTIGATION \u2014 SUMMARY REPORT", font="hebo", size=12)
    y = 100
    field(d, p, L, y, L + 150, y + 26, "FM case number", "{C:SFM-26-0193}", vfont="cobo", vsize=10)
    field(d, p, L + 150, y, L + 300, y + 26, "Police report", "{C:SPD 26-11874}", vfont="cour")
    field(d, p, L + 300, y, L + 410, y + 26, "Date of fire", "{ID:11/21/2026}", vfont="cour")
    field(d, p, L + 410, y, R, y + 26, "Alarm time", "0247 hrs", vfont="cour")
    y += 26
    field(d, p, L, y, L + 300, y + 26, "Property address (structure)", "{A:318 Buffalo Grass Lane, Sandplum, OK 73651}")
    field(d, p, L + 300, y, R, y + 26, "Occupancy", "One-story single-family dwelling, wood frame")
    y += 26
    field(d, p, L, y, L + 200, y + 26, "Owner of record", "{P:BURNS, ETHELINDA JOY}", vfont="hebo")
    field(d, p, L + 200, y, L + 300, y + 26, "Owner DOB", "{D:08/14/1961}", vfont="cour")
    field(d, p, L + 300, y, R, y + 26, "Owner phone / contact",
          "{PH:(580) 555-0186}  /  {E:rjburns.prairie@example.net}")
    y += 26
    field(d, p, L, y, L + 200, y + 26, "Occupant (tenant)", "{P:Tuan Minh Luong}", vfont="helv")
    field(d, p, L + 200, y, L + 300, y + 26, "Occupant DOB", "{D:1990-03-09}", vfont="cour")
    field(d, p, L + 300, y, R, y + 26, "Occupant OK DL", "{DL:D082451973}", vfont="cour")
    y += 26
    field(d, p, L, y, L + 300, y + 26, "Investigator", "{O:Deputy Fire Marshal Eusebio Barragán-Tso} ({B:FM-12})")
    field(d, p, L + 300, y, R, y + 26, "Classification (NFPA 921)", "Accidental \u2014 final")
    y += 38
    fl = Flow(d, [(p, L, R, y, 736)], more=lambda: [(d.new_page(), L, R, 60, 736)])
    m = dict(font="tiro", size=10.5, lead=1.35, after=0.6)
    fl.para("1. Notification and scene", font="tibo", size=10.5, after=0.3)
    fl.para("{AG:Sandplum Fire Department} Engine 2 and Ladder 1 were dispatched at 0247 hours on {ID:November 21, "
            "2026} to a reported structure fire. On arrival, heavy smoke was showing from the rear (side C) of the "
            "house. The tenant, {P:Tuan Luong}, and his partner, {P:Mai Linh Đinh}, were already outside with their "
            "daughter, age 4. {P:Mai Linh} was treated for minor {T:burns} to her left hand by {PP:Kiowa Trace "
            "Ambulance} and released at the scene. The fire was knocked down by 0311 hours. I was paged at 0305 and "
            "arrived at 0349 with {O:Fire Investigator Trainee Soledad Arredondo}.", **m)
    fl.para("2. Interviews", font="tibo", size=10.5, after=0.3)
    fl.para("{P:Tuan} said he had been using a Coleman propane heater in the enclosed back porch because the "
            "furnace was out and the owner had not yet sent anyone to fix it. He said he turned the heater off "
            "before going to bed at about 0100. {P:Mai Linh} said she woke to the smoke alarm in the hallway and saw "
            "an orange glow through the porch door. A neighbour, {P:Hezekiah Two Crows}, who lives at {A:322 "
            "Buffalo Grass Lane}, called 911 from his cell phone ({PH:580-555-0149}) after seeing flames above the "
            "porch roof. The owner, Ms. {P:Burns}, was reached by telephone at her home in Elk City; she said the "
            "furnace had been reported to her on November 17 and that her handyman, {P:Dorian Vásquez-Lujan}, "
            "was scheduled to come on November 22.", **m)
    fl.para("3. Origin", font="tibo", size=10.5, after=0.3)
    fl.para("Fire patterns (V-pattern on the east porch wall, lowest char depth at the floor near the northeast "
            "corner, clean-{T:burns} on the ceiling above) and arc mapping of the porch circuit place the area of "
            "origin in the northeast corner of the enclosed porch, within about three feet of where the heater "
            "stood. The branch circuit showed no arc beads upstream of this area. The heater was found on its side "
            "with a folded moving blanket partly fused to the grille.", **m)
    fl.para("4. Cause", font="tibo", size=10.5, after=0.3)
    fl.para("The hypothesis that best fits the data is ignition of the blanket (ordinary combustibles) by the "
            "radiant heat of the heater, which had been left on its lowest setting rather than off, after the "
            "heater was knocked over or the blanket fell onto it. An incendiary cause was considered and ruled out: "
            "no ignitable-liquid residue was found in the {T:two} debris samples (lab report from the {AG:Oklahoma "
            "State Bureau of Investigation} Criminalistics unit), there was no second origin and no sign of forced "
            "entry. No one is suspected of {OF:Arson in the Second Degree (21 O.S. \u00a7 1402)} or {OF:Endangering "
            "Human Life During Arson (21 O.S. \u00a7 1405)}.", **m)
    fl.para("5. Evidence and photographs", font="tibo", size=10.5, after=0.3)
    pno, y = table(d, fl.pno, L, fl.y, [44, 186, 110, 164],
                   ["Item", "Description", "Location", "Disposition"],
                   [["E-1", "Portable propane heater, 1 lb cylinder attached", "Porch, NE corner",
                     "Retained, FM evidence room"],
                    ["E-2", "Debris sample, carpet and blanket (metal can)", "Porch floor at origin",
                     "To {AG:OSBI} lab, returned negative"],
                    ["E-3", "Debris sample, comparison (metal can)", "Living room threshold",
                     "To {AG:OSBI} lab, returned negative"],
                    ["E-4", "Smoke alarm, hallway", "Hallway ceiling",
                     "Released to owner's insurer ({PP:Red Plains Mutual Insurance})"]],
                   font="helv", size=8.5, shade=TINT)
    fl.y = y + 10
    fl.para("The insurer's investigator, {P:Gráinne Mulcahy-Ortiz} ({E:g.mulcahy-ortiz@example.com}), attended "
            "the scene on November 23 and was given copies of the photographs. The owner's son, {P:Wendover "
            "Burns}, asked for the heater to be released to him; the request was declined while the file is "
            "open. Ms. {P:Burns}'s {T:mailing} address is {A:PO Box 1187, Elk City, OK 73648}.", **m)
    fl.para("6. Conclusion", font="tibo", size=10.5, after=0.3)
    fl.para("Cause classified as accidental. No referral to the {AG:Roger Mills County District Attorney}. "
            "The Red Cross was contacted for the family, who are staying with {P:Đinh}'s cousin, {P:Phuc Lai-Dang}.",
            **m)
    fl.space(16)
    fl.para("{O:Deputy Fire Marshal E. Barragán-Tso}, {B:FM-12}          Reviewed: {O:Fire Marshal Hollister "
            "Quaid}", font="tiit", size=10.5, after=0.2)
    for i in range(len(d.pdf)):
        footer(d, i, "{AG:Sandplum Fire Department}  \u00b7  Office of the Fire Marshal  \u00b7  {C:SFM-26-0193}",
               f"Page {i + 1} of {len(d.pdf)}", L=L, R=R)
    return d.finish(outdir)

# ================================================================== 2. EMS patient care report
def doc_ems_pcr(outdir):
    d = Doc("hcems_patient_care_report_h02", "Heronford County EMS - Prehospital Patient Care Report")
    L, R = 40, 572
    p = d.new_page()
    d.text(p, L, 30, 330, "{AG:HERONFORD COUNTY EMERGENCY MEDICAL SERVICES}", font="hebo", size=11.5, color=NAVY)
    d.text(p, L, 46, 330, "Prehospital Patient Care Report (PCR)  \u2014  Medic 3", font="helv", size=9)
    d.text(p, R - 200, 30, 200, "{PP:405 Depot Avenue NW}\n{PP:Heronford, IA 50627}\n{PP:641-555-0109}",
           font="helv", size=7.5, lead=1.25, color=GRAY, align="right")
    hline(d, p, L, 64, R, width=1.4, color=NAVY)
    y = 70
    row = [(L, 130, "Incident no.", "{C:HCE-2026-07731}", "cobo"), (130, 230, "Date", "{ID:10/30/2026}", "cour"),
           (230, 330, "PSAP / CAD", "{C:HC26-104452}", "cour"), (330, 450, "Unit / crew", "M3 \u2014 ALS", "helv"),
           (450, R, "Disposition", "Transported, priority 2", "helv")]
    for x0, x1, lab, val, f in row:
        field(d, p, x0, y, x1, y + 24, lab, val, vfont=f, vsize=9)
    y += 24
    field(d, p, L, y, 250, y + 24, "Patient name (last, first, middle)", "{P:HART, CALLUM DESMOND}", vfont="hebo")
    field(d, p, 250, y, 330, y + 24, "DOB", "{D:02/27/1948}", vfont="cour")
    field(d, p, 330, y, 390, y + 24, "Age / sex", "78 / M", vfont="helv")
    field(d, p, 390, y, R, y + 24, "SSN (billing)", "{S:483-55-0712}", vfont="cour")
    y += 24
    field(d, p, L, y, 330, y + 24, "Home address", "{A:1716 Wren Thicket Drive, Apt 3C, Heronford, IA 50627}")
    field(d, p, 330, y, 450, y + 24, "Home phone", "{PH:641-555-0134}", vfont="cour")
    field(d, p, 450, y, R, y + 24, "Insurance", "Medicare + supplement", vfont="helv")
    y += 24
    field(d, p, L, y, 330, y + 24, "Scene (pick-up) location",
          "{PP:Dollar Depot, 88 Commerce Loop, Heronford} (parking lot)")
    field(d, p, 330, y, R, y + 24, "Destination", "{PP:Heronford Regional Medical Center} ED")
    y += 24
    field(d, p, L, y, 330, y + 24, "Next of kin / relationship / phone",
          "{P:Ngozi Hart-Uchenna} (daughter)  {PH:(319) 555-0162}")
    field(d, p, 330, y, R, y + 24, "Primary physician", "{P:Dr. Anneliese Kowalczyk}, {PP:Prairie Lark Family Clinic}")
    y += 34
    d.text(p, L, y, 300, "VITAL SIGNS", font="hebo", size=9, color=NAVY)
    pno, y = table(d, p, L, y + 13, [50, 60, 60, 50, 50, 60, 70, 132],
                   ["Time", "BP", "Pulse", "Resp", "SpO2", "Glucose", "GCS", "By"],
                   [["1412", "92/58", "118 irr", "22", "91% RA", "144", "14 (E4V4M6)", "{O:Paramedic Idris Qureshi}"],
                    ["1421", "104/66", "110 irr", "20", "96% 2L", "\u2014", "15", "{O:Paramedic Idris Qureshi}"],
                    ["1433", "110/70", "102 irr", "18", "97% 2L", "\u2014", "15", "{O:EMT-B Kalena Fonoti}"]],
                   font="cour", size=8.3, shade=TINT,
                   fonts=[None, None, None, None, None, None, None, "helv"])
    y += 12
    d.text(p, L, y, 300, "NARRATIVE (SOAP)", font="hebo", size=9, color=NAVY)
    fl = Flow(d, [(p, L, R, y + 14, 740)], more=lambda: [(d.new_page(), L, R, 50, 740)])
    m = dict(font="helv", size=9.3, lead=1.32, after=0.55)
    fl.para("S: Dispatched {ID:10/30/2026} at 1402 to a man down in the parking lot. The 911 caller, store "
            "employee {P:Itzel Ocotlán-Reyna}, said the patient \"just sat down on the curb and went grey\". "
            "Pt states he felt dizzy and his heart was \"racing\" after carrying groceries to his car. Denies chest "
            "pain. History per pt and his medication list: atrial fibrillation, hypertension, type 2 diabetes. "
            "Wife, {P:Henrietta Hart}, arrived at 1409 (she had been in the pharmacy) and confirmed the history; "
            "she gave her cell number as {PH:641.555.0171}.", **m)
    fl.para("O: Pt found seated on curb, alert, pale, diaphoretic. Irregular tachycardia on monitor (AFib with "
            "RVR, rate 110\u2013130). Lungs clear. No trauma. 12-lead transmitted to {PP:Heronford Regional Medical "
            "Center} at 1418; no STEMI criteria per ED physician. Glucose 144.", **m)
    fl.para("A: Atrial fibrillation with rapid ventricular response, symptomatic (near-syncope).", **m)
    fl.para("P: O2 2 L NC, IV 20 g L AC, 250 mL NS bolus, position of comfort, continuous monitoring. Transported "
            "non-emergent; pt refused lights and siren. Wife followed in their car (a silver Buick, Iowa plate "
            "{PL:KRV 418}). Care and report given to ED RN {P:Tomasina Ledbetter} at 1441. Patient belongings "
            "(wallet, phone) handed to wife. The patient's own paper {T:chart} of home blood-pressure readings "
            "was left with the ED. {AG:Heronford Police Department} {O:Ofc. Gunnar Pelto} ({B:HPD 61}) "
            "stood by at the scene for traffic and secured the patient's vehicle.", **m)
    fl.para("Note: Pt said that his neighbour, {P:Yusuf Abdirahman}, usually drives him to errands; the "
            "neighbour was not present. Daughter {P:Ngozi} called dispatch asking which hospital; told by the "
            "dispatcher. Everything above was {T:charted} at the receiving facility at 1452.", **m)
    fl.para("Billing / responsible party: {P:Henrietta R. Hart}, same address, {E:evie.hart48@example.com}. "
            "Second contact on scene: a shopper, {P:Quentin Nakagawa-Lee} ({D:5/2/1969}), had a minor hand "
            "laceration from the same shopping cart and signed a refusal of care (RMA) witnessed by {O:EMT-B "
            "Kalena Fonoti}; his address is {A:77 Muskrat Slide Road, Traer, IA 50675} and phone {PH:319-555-0120}. "
            "Supervisor on duty: {O:EMS Captain Leopold Vu-Hanrahan}.", **m)
    fl.space(10)
    pno = fl.pno
    yy = fl.y
    under_field(d, pno, L, yy, 250, "{O:Paramedic Idris Qureshi}, {B:IA EMS #P-40218}", "Attending provider / "
                "certification", vfont="tiit", vsize=10.5, color=BLUE)
    under_field(d, pno, 320, yy, 252, "{P:C. D. Hart}", "Patient signature (consent to treat / billing)",
                vfont="tiit", vsize=10.5, color=BLUE)
    for i in range(len(d.pdf)):
        footer(d, i, "{AG:Heronford County EMS}  \u00b7  Confidential patient information  \u00b7  PCR "
               "{C:HCE-2026-07731}", f"Page {i + 1} of {len(d.pdf)}", L=L, R=R)
    return d.finish(outdir)

# ================================================================== 3. vacation house-watch request and check log
def doc_house_watch(outdir):
    d = Doc("lpd_vacation_house_watch_h03", "Lodgepole Police Department - Vacation House Watch Request and Check Log")
    L, R = 48, 564
    p = d.new_page()
    d.text(p, L, 32, R - L, "{AG:LODGEPOLE POLICE DEPARTMENT}", font="tibo", size=15, align="center")
    d.text(p, L, 51, R - L, "Community Services Unit  \u00b7  {PP:77 Aspen Mill Road, Lodgepole, CO 80498}  \u00b7  "
           "{PP:(970) 555-0148}", font="tiro", size=9, align="center", color=GRAY)
    hline(d, p, L, 66, R, width=0.8)
    hline(d, p, L, 68.5, R, width=0.4)
    d.text(p, L, 76, R - L, "VACATION HOUSE WATCH REQUEST", font="hebo", size=11.5, align="center")
    d.text(p, L, 91, R - L, "Request no. {C:HW-26-0412}  \u00b7  Received {ID:12/01/2026} by e-mail", font="helv",
           size=8.5, align="center")
    y = 108
    sf = dict(lw=118, size=8.5)
    side_field(d, p, L, y, 306, y + 16, "Resident(s)", "{P:Sage, Florian R.} & {P:Sage, Perpetua}", **sf)
    side_field(d, p, 306, y, R, y + 16, "Address to watch", "{A:2604 Kinnikinnick Court}", **sf)
    y += 16
    side_field(d, p, L, y, 306, y + 16, "Resident cell", "{PH:970-555-0117}", **sf)
    side_field(d, p, 306, y, R, y + 16, "E-mail", "{E:florian.sage@example.org}", **sf)
    y += 16
    side_field(d, p, L, y, 306, y + 16, "Away from / to", "Dec 4 \u2013 Dec 19, 2026", **sf)
    side_field(d, p, 306, y, R, y + 16, "Reachable at", "{A:15 Calle Luna, Tubac, AZ 85646}", **sf)
    y += 16
    side_field(d, p, L, y, 306, y + 30, "Key holder", "{P:Kalolaine Vaipulu} (neighbor), {PH:970-555-0152}", **sf)
    side_field(d, p, 306, y, R, y + 30, "Key holder address", "{A:2610 Kinnikinnick Court, Lodgepole, CO 80498}",
               **sf)
    y += 30
    side_field(d, p, L, y, 306, y + 16, "Vehicle left at home", "Subaru Outback, CO {PL:BXR-J47}", **sf)
    side_field(d, p, 306, y, R, y + 16, "VIN", "{V:" + make_vin("4S4BTGPD", "N3") + "}", vfont="cour", **sf)
    y += 16
    side_field(d, p, L, y, 306, y + 42, "Others allowed on site",
               "Snow removal: {P:Oisín Fennelly}; house sitter for plants: {P:Beatriz Coelho-Lam}", **sf)
    side_field(d, p, 306, y, R, y + 42, "Alarm / lights", "Alarm by {PP:Summit Ridge Alarm Co.}, code word on "
               "file; {T:lamps} on timers 5\u201311 pm", **sf)
    y += 54
    fl = Flow(d, [(p, L, R, y, 740)])
    m = dict(font="tiro", size=10, lead=1.3, after=0.5)
    fl.para("Special instructions from the resident: \"Please check the back slider and the detached garage. Our "
            "son {P:Thelonius Sage} may stop by on Dec 12 to pick up {T:messages} and mail; he drives a red "
            "pickup, plate {PL:OGW 5512}. Nobody else should be there. If anything looks wrong, call me or leave a "
            "{T:message} at {PH:(970) 555-0139}, which is my wife {P:Perpetua}'s work line at {PP:Lodgepole Valley "
            "Library}.\"", **m)
    fl.para("CHECK LOG", font="hebo", size=9.5, after=0.3)
    rows = [
        ["12/04", "2215", "{O:Ofc. Wrenna Calloway}", "{B:L-214}", "All doors secure. Timers working."],
        ["12/06", "0340", "{O:Ofc. Matthias Oyelaran-Pike}", "{B:L-227}", "Secure. Newspaper removed from porch."],
        ["12/08", "1410", "{O:CSO Dagny Ellefsen}", "{B:CSO-6}", "Snow plowed; contractor {P:Fennelly} on site, "
         "ID checked."],
        ["12/10", "2302", "{O:Ofc. Wrenna Calloway}", "{B:L-214}", "Garage side door unlatched; no sign of entry. "
         "Secured it. Left {T:message} for resident."],
        ["12/12", "1630", "{O:Sgt. Emeric Halvorsen-Diaz}", "{B:L-109}", "Son {P:Thelonius} present with plate "
         "{PL:OGW 5512} as listed; ID matched. Left 1645."],
        ["12/14", "0115", "{O:Ofc. Matthias Oyelaran-Pike}", "{B:L-227}", "Unknown vehicle in drive; owner "
         "{P:Jace Pemberton-Nakai} of {A:2598 Kinnikinnick Ct} said he was turning around. No action."],
        ["12/17", "1900", "{O:CSO Dagny Ellefsen}", "{B:CSO-6}", "Secure. Neighbor {P:Vaipulu} reports all quiet."],
    ]
    pno, y = table(d, fl.pno, L, fl.y, [40, 36, 150, 50, 240], ["Date", "Time", "Checked by", "Badge",
                   "Result"], rows, font="helv", size=8.3, shade=TINT, fonts=["cour", "cour", None, "cour", None])
    fl.y = y + 10
    fl.para("Closed {ID:12/19/2026} on the residents' return. {P:Florian Sage} was e-mailed the log. One incident "
            "report was written: {C:LPD 26-30871} (unsecured door, no loss). Program rules: {AG:Lodgepole Police "
            "Department} house checks are a courtesy and not a guarantee; {OF:Criminal Trespass (C.R.S. "
            "18-4-503)} and {OF:Second Degree Burglary (C.R.S. 18-4-203)} are reported to the {AG:Arrowleaf County "
            "District Attorney} when found.", **m)
    footer(d, p, "{AG:Lodgepole Police Department}  \u00b7  Form CSU-HW-1 (rev. 2025)", "Page 1 of 1", L=L, R=R,
           font="tiro")
    return d.finish(outdir)

# ================================================================== 4. waiver of extradition
def doc_extradition(outdir):
    d = Doc("tcso_extradition_waiver_h04", "Tippett County Circuit Court / Sheriff - Waiver of Extradition")
    L, R = 66, 546
    p = d.new_page()
    d.text(p, L, 40, R - L, "{T:STATE} OF INDIANA", font="tibo", size=11.5)
    d.text(p, L, 55, 200, "COUNTY OF TIPPETT", font="tibo", size=11.5)
    d.text(p, 300, 40, 246, "IN THE {PP:TIPPETT CIRCUIT COURT}\nCAUSE NO. {C:79C02-2611-MI-000418}", font="tibo",
           size=11, lead=1.35, align="right")
    for k in range(5):
        d.text(p, 260, 78 + k * 13, 20, ")", font="tiro", size=11)
    d.text(p, L, 80, 190, "{T:STATE} OF INDIANA,\n          Plaintiff,\n     v.\n{P:DARIUS OKONKWO TATE},\n"
           "          Defendant.", font="tiro", size=11, lead=1.18)
    d.text(p, L, 150, R - L, "WAIVER OF EXTRADITION", font="tibo", size=13, align="center")
    d.text(p, L, 166, R - L, "(Uniform Criminal Extradition Act, {OF:IC 35-33-10-3})", font="tiit", size=9.5,
           align="center")
    fl = Flow(d, [(p, L, R, 186, 728)], more=lambda: [(d.new_page(), L, R, 66, 728)])
    m = dict(font="tiro", size=11, lead=1.45, indent=28, after=0.5, align="justify")
    fl.para("I, {P:Darius Okonkwo Tate}, born {D:June 2, 1995}, now held in the {PP:Tippett County Jail}, "
            "{PP:1301 Courthouse Lane, Harlow, IN 47112}, having been arrested on {ID:November 24, 2026} on a "
            "Tennessee fugitive warrant, {C:GS-2026-118733}, issued by the {PP:General Sessions Court of Calloway "
            "Ridge County, Tennessee}, charging me with {OF:Aggravated Assault (Tenn. Code Ann. \u00a7 39-13-102)}, "
            "{T:state} as follows:", **m)
    fl.para("1. I have been told by the Court that I have the right to demand the issuance and service of a "
            "Governor's warrant of extradition and to test the legality of my arrest by a petition for a writ of "
            "habeas corpus. I have been told that I have the right to the assistance of a lawyer, and I am "
            "represented by {O:Deputy Public Defender Genevra Marchetti-Kane}.", **m)
    fl.para("2. I freely and voluntarily waive those rights and consent to be returned to the {T:State} of "
            "Tennessee in the custody of its authorized agents. No promise or threat has been made to me, and "
            "this {T:statement} is true.", **m)
    fl.para("3. My residence before my arrest was {A:4417 Sycamore Knoll Drive, Apt. 12, Harlow, IN 47112}. "
            "My telephone is {PH:(812) 555-0158}. I understand that the Tennessee case concerns "
            "{P:Ifeoma Tate-Whitlock}, my former wife, who lives in Tennessee, and that a no-contact condition "
            "applies under the Tennessee warrant.", **m)
    fl.para("4. I ask that my personal property (wallet, phone, and the keys to a 2017 Nissan Altima, Indiana "
            "plate {PL:418GTX}, VIN {V:" + make_vin("1N4AL3AP", "HC") + "}) be released to my mother, "
            "{P:Chiamaka Tate}, of {A:902 West Bellamy Street, Harlow, IN 47112}, telephone {PH:812-555-0127}.",
            **m)
    fl.space(8)
    yy = fl.y
    under_field(d, p, L, yy, 220, "{P:D. O. Tate}", "Defendant", vfont="tiit", vsize=12, color=BLUE)
    under_field(d, p, 310, yy, 236, "{O:Genevra Marchetti-Kane}, Atty. No. 40821-79",
                "Counsel for Defendant", vfont="tiit", vsize=10.5, color=BLUE)
    fl.y = yy + 40
    fl.para("Signed in open court and witnessed by {P:Thurgood Afolabi-Grange} (defendant's uncle, present in the "
            "gallery) and by the undersigned.", font="tiro", size=10.5, lead=1.35, after=0.8)
    fl.para("ORDER", font="tibo", size=11.5, align="center", after=0.4)
    fl.para("The Court finds that the defendant executed this waiver freely and voluntarily after being advised "
            "of his rights. The {AG:Tippett County Sheriff's Office} is ORDERED to hold the defendant for delivery "
            "to agents of the {T:State} of Tennessee, who shall take custody within 30 days of this order. Bond "
            "is revoked. SO ORDERED this 26th day of November, 2026.", **m)
    fl.space(10)
    yy = fl.y
    under_field(d, fl.pno, 300, yy, 246, "{O:Hon. Cressida Drummond-Oyelowo}", "Judge, {PP:Tippett Circuit Court}",
                vfont="tiit", vsize=12, color=BLUE)
    # page 2: sheriff's transfer record
    p2 = d.new_page()
    d.text(p2, L, 50, R - L, "{AG:TIPPETT COUNTY SHERIFF'S OFFICE} \u2014 EXTRADITION TRANSFER RECORD", font="hebo",
           size=11)
    d.text(p2, L, 66, R - L, "Jail Division  \u00b7  {PP:1301 Courthouse Lane, Harlow, IN 47112}  \u00b7  "
           "{PP:(812) 555-0100}", font="helv", size=8.5, color=GRAY)
    hline(d, p2, L, 80, R, width=1)
    y = 88
    kw = dict(lw=110, lfont="hebo", vfont="cour", size=9, width=R - L)
    for lab, val in [("Inmate", "{P:TATE, DARIUS O.}  (booking 26-09917)"),
                     ("DOB / SSN", "{D:06/02/1995}  /  {S:312-80-4476}"),
                     ("Indiana DL", "{DL:4418-27-9053}"),
                     ("Warrant", "{C:GS-2026-118733} (NCIC entry confirmed)"),
                     ("Demanding agency", "{AG:Calloway Ridge County Sheriff's Office}, Tennessee"),
                     ("Date released", "{ID:12/03/2026} 0610 hrs")]:
        y = kv(d, p2, L, y, lab, val, **kw) + 6
    y += 6
    pno, y = table(d, p2, L, y, [90, 170, 100, 120], ["Role", "Name", "ID / badge", "Signature time"],
                   [["Releasing deputy", "{O:Dep. Anselm Rydberg}", "{B:TC-388}", "0604"],
                    ["Receiving agent", "{O:Investigator Cordelia Muñoz-Haddad}", "{B:CRSO 1147}", "0610"],
                    ["Receiving agent", "{O:Dep. Torvald Iwu}", "{B:CRSO 1203}", "0610"],
                    ["Property received by", "{P:Chiamaka Tate} (mother)", "IN DL {DL:7729-61-0384}", "0635"]],
                   font="helv", size=9, shade=TINT, fonts=[None, None, "cour", "cour"])
    fl2 = Flow(d, [(p2, L, R, y + 14, 728)])
    fl2.para("Remarks: Inmate transported by ground in a marked {AG:Calloway Ridge County Sheriff's Office} vehicle. "
             "The inmate's sister, {P:Adaeze}, telephoned at 0540 from {PH:+1 615 555 0193} asking for the "
             "transport time; she was told only that the inmate had been released to Tennessee. The Tennessee "
             "complainant, Ms. {P:Tate-Whitlock}, is to be notified by the {AG:Calloway Ridge County District "
             "Attorney General}'s victim-witness office. No use of force. {O:Sgt. Lucan Abernathy-Byrne} "
             "({B:TC-214}) approved the release.", font="tiro", size=10.5, lead=1.38)
    for i in range(len(d.pdf)):
        footer(d, i, "{C:79C02-2611-MI-000418}  \u00b7  Waiver of Extradition", f"Page {i + 1} of {len(d.pdf)}",
               L=L, R=R, font="tiro")
    return d.finish(outdir)

# ================================================================== 5. NCIC hit confirmation teletype
def doc_hit_confirmation(outdir):
    d = Doc("bcso_ncic_hit_confirmation_h05", "Bitterbrush County Sheriff's Office - NCIC Hit Confirmation Request and Response")
    L, R = 50, 562
    p = d.new_page()
    rect(d, p, (L, 30, R, 54), width=0.8, fill=LIGHT)
    d.text(p, L + 6, 36, R - L - 12, "NLETS  YQ / YR  HIT CONFIRMATION  --  PRINTED 11/16/2026 2231 MST", font="cobo",
           size=10)
    fl = Flow(d, [(p, L, R, 64, 740)], more=lambda: [(d.new_page(), L, R, 50, 740)])
    m = dict(font="cour", size=9.2, lead=1.3, after=0.15)
    def blk(lines, after=0.9):
        for k, ln in enumerate(lines):
            fl.para(ln, **dict(m, after=(after if k == len(lines) - 1 else 0.15)))
    blk(["*** HIT CONFIRMATION REQUEST (YQ) ***",
         "TO: NVSTP0900  {PP:SALTGRASS POLICE DEPT, SALTGRASS NV}",
         "FROM: MT0240000  {AG:BITTERBRUSH COUNTY SHERIFF'S OFFICE}, MT",
         "ORI/MT0240000  REQ/{O:DISP. RHIANNON TWOTEETH}  PRI/U (10 MINUTES)",
         "NAM/{P:ALI, KHALID YOUSEF}  SEX/M  RAC/W  DOB/{D:19880413}",
         "HGT/510  WGT/172  EYE/BRO  HAI/BLK",
         "SOC/{S:528449106}  OLN/{DL:0391847220415}  OLS/MT",
         "NIC/{C:W731904562}  OCA/{C:SPD-26-04471}",
         "LIC/{PL:7-4418B}  LIS/MT  LIY/2027  LIT/PC",
         "VIN/{V:" + make_vin("1FTEW1EP", "MK") + "}  VYR/2021  VMA/FORD",
         "REMARKS: SUBJ DETAINED ON TRAFFIC STOP ON US 191 MP 88 BY {O:DEP. CASIMIR ODUYA} {B:#B-319}. SUBJ "
         "STATES NAME {P:KHALID ALI}, GIVES {T:ALIAS} {P:KAL YOUSEF}. ADDR GIVEN {A:1207 LARKSPUR BUTTE RD, "
         "WINNETT MT 59087}. PASSENGER {P:SORAYA BENNANI-ALI} DOB {D:19910227} ADVISED SHE IS HIS WIFE. PLEASE "
         "CONFIRM WARRANT AND EXTRADITION LIMITS."])
    hline(d, fl.pno, L, fl.y, R, width=0.5)
    fl.space(8)
    blk(["*** HIT CONFIRMATION RESPONSE (YR) ***",
         "TO: MT0240000  {AG:BITTERBRUSH COUNTY SHERIFF'S OFFICE}",
         "FROM: NVSTP0900  {AG:SALTGRASS POLICE DEPARTMENT}",
         "CONFIRMED. WARRANT {C:W731904562} IS ACTIVE. OCA/{C:SPD-26-04471}",
         "CHARGE: {OF:BATTERY CONSTITUTING DOMESTIC VIOLENCE, STRANGULATION (NRS 200.485)} -- FELONY",
         "ISSUED {ID:09/28/2026} BY {PP:SALTGRASS JUSTICE COURT}. BAIL $25,000 CASH ONLY.",
         "EXTRADITION: FULL -- WILL EXTRADITE FROM ALL STATES.",
         "WARRANT SUBJ: {P:ALI, KHALID YOUSEF} AKA {P:YOUSEF, KAL}; SCARS/MARKS: TAT L FOREARM \"{P:NOOR}\".",
         "VICTIM: {P:MAYSOUN HADDAD-ALI} (SISTER-IN-LAW) -- DO NOT RELEASE VICTIM CONTACT INFORMATION.",
         "LAST KNOWN NV ADDR: {A:355 E CREOSOTE WAY #9, SALTGRASS NV 89420}",
         "PHONE OF RECORD: {PH:775-555-0143}",
         "{T:VALIDATION} OF RECORD COMPLETED {ID:10/02/2026}. PLACE DETAINER, ADVISE WHEN SUBJ IS IN CUSTODY.",
         "CONFIRMED BY {O:RECORDS SPEC. BRONWYN ASHDOWN-PEREZ}, CONTACT {O:DET. TOMAS ILUNGA} {B:#4471} AT "
         "{PP:775-555-0100}."])
    hline(d, fl.pno, L, fl.y, R, width=0.5)
    fl.space(8)
    blk(["*** LOCATE (LM) SENT 11/16/2026 2248 ***",
         "NIC/{C:W731904562}  NAM/{P:ALI, KHALID YOUSEF}  DOL/{ID:20261116}",
         "LOCATED BY {AG:BITTERBRUSH COUNTY SHERIFF'S OFFICE}. SUBJ IN CUSTODY AT {PP:BITTERBRUSH COUNTY DETENTION "
         "CENTER}, HOLD FOR {AG:SALTGRASS PD}. VEHICLE RELEASED TO WIFE {P:SORAYA} (MT DL {DL:0402915560118}) "
         "WHO DROVE IT FROM SCENE. THE {T:ALIAS} NAME {P:KAL YOUSEF} ADDED TO NCIC RECORD BY {AG:SALTGRASS PD}."])
    fl.space(6)
    fl.para("Printed for case file {C:BC26-2210}. Operator's note: the wife's cell {PH:(406) 555-0168} and "
            "e-mail {E:soraya.bennani@example.com}, and her mailing address {A:PO BOX 112, GRASS RANGE MT 59032}, were taken at the scene for the vehicle release. Copy to "
            "{O:Lt. Everard Pocatello-Stroh}.", font="helv", size=8.8, lead=1.3)
    footer(d, 0, "{AG:Bitterbrush County Sheriff's Office}  \u00b7  Communications Center  \u00b7  CJIS \u2014 "
           "law enforcement use only", "1/1", L=L, R=R)
    return d.finish(outdir)

# ================================================================== 6. implied-consent warnings and breath test
def doc_breath_test(outdir):
    d = Doc("sppd_implied_consent_breath_test_h06", "Sockeye Point Police Department - Implied Consent Warnings and Breath Test Record")
    L, R = 44, 568
    p = d.new_page()
    d.text(p, L, 30, 340, "{AG:Sockeye Point Police Department}", font="hebo", size=14)
    d.text(p, L, 48, 340, "DUI Arrest Packet  \u2014  Form DUI-3: Implied Consent Warnings for Breath",
           font="helv", size=9)
    d.text(p, R - 190, 30, 190, "Case {C:SP26-009184}\nCitation {C:SP-6610427}", font="cobo", size=9.5,
           lead=1.3, align="right")
    hline(d, p, L, 64, R, width=1.5)
    y = 72
    row1 = [(L, 230, "Arrested person (last, first, middle)", "{P:SIM, JOON-HO DANIEL}", "hebo"),
            (230, 330, "Date of birth", "{D:12/09/1983}", "cour"),
            (330, 460, "WA driver license", "{DL:WDL7Q24R81XB}", "cour"), (460, R, "Arrest date/time",
            "{ID:11/08/2026} 0118", "cour")]
    for x0, x1, lab, val, f in row1:
        field(d, p, x0, y, x1, y + 24, lab, val, vfont=f)
    y += 24
    field(d, p, L, y, 330, y + 24, "Address", "{A:8802 Tidewater Bluff Rd NE, Sockeye Point, WA 98390}")
    field(d, p, 330, y, 460, y + 24, "Phone", "{PH:(253) 555-0174}", vfont="cour")
    field(d, p, 460, y, R, y + 24, "Vehicle plate", "WA {PL:CKR4471}", vfont="cour")
    y += 24
    field(d, p, L, y, 330, y + 24, "Arresting officer", "{O:Ofc. Mercedes Halloran-Ike} {B:#318}")
    field(d, p, 330, y, R, y + 24, "Charge", "{OF:DUI (RCW 46.61.502)}")
    y += 34
    d.text(p, L, y, R - L, "WARNINGS READ TO THE DRIVER (read verbatim; mark each as read)", font="hebo", size=8.5)
    y += 14
    warns = [
        "You are now being asked to submit to a test of your breath which consists of two separate samples of your "
        "breath, taken independently, to determine alcohol concentration.",
        "You are advised that you have the right to refuse the breath test. If you refuse, your license, permit, "
        "or privilege to drive will be revoked or denied for at least one year.",
        "If you submit to this breath test and the test is administered, your driving privilege will be suspended, "
        "revoked, or denied for at least ninety days if you are age twenty-one or over and the test indicates the "
        "alcohol concentration of your breath is 0.08 or more.",
        "You have the right to additional tests administered by any qualified person of your choosing.",
    ]
    for w in warns:
        checkbox(d, p, L + 2, y + 1.5, True)
        y = d.text(p, L + 16, y, R - L - 16, w, font="tiro", size=9.5, lead=1.25) + 5
    y += 2
    fl = Flow(d, [(p, L, R, y, 740)], more=lambda: [(d.new_page(), L, R, 50, 740)])
    m = dict(font="tiro", size=10, lead=1.33, after=0.5)
    fl.para("Warnings read at 0141 in the {PP:Sockeye Point Police Department} processing room, in English. "
            "Mr. {P:Sim} said he understood and asked to call his attorney. He was given the telephone and a "
            "list; he called {PH:253-555-0105} (his brother, {P:Joon-seok Sim}, who he said would find him "
            "a lawyer) and then attorney {P:Ottilie Vandermeer}'s after-hours line. He agreed to the test at "
            "0158 and signed below as \"{P:J. D. Sim}\".", **m)
    fl.para("Observation period began 0144 (no eating, drinking, smoking, vomiting). Instrument: Dr\u00e4ger "
            "Alcotest 9510, serial ARBL-0437, at {PP:Sockeye Point Police Department}. Operator: {O:Ofc. Mercedes "
            "Halloran-Ike}, BAC permit 4417 (exp. 2027).", **m)
    pno, y = table(d, fl.pno, L, fl.y, [150, 70, 100, 204],
                   ["Test step", "Time", "Result (g/210 L)", "Note"],
                   [["Blank test", "0202", ".000", ""],
                    ["Subject sample 1", "0203", ".112", ""],
                    ["External standard ({T:simulator})", "0205", ".080", "Lot 26-0913, within tolerance"],
                    ["Subject sample 2", "0207", ".108", ""],
                    ["Blank test", "0208", ".000", "Valid test"]],
                   font="cour", size=8.8, shade=TINT, fonts=["helv", None, None, "helv"])
    fl.y = y + 10
    fl.para("Passenger {P:Paulo Tuilagi-Manu} ({D:4/19/1986}) was not impaired; he took the car with Mr. "
            "{P:Sim}'s consent and gave his number as {PH:253.555.0161}. A second passenger, {P:Evangelina "
            "Ruíz-Sim}, said she is the arrested person's wife and asked that the notice be e-mailed to "
            "{E:eruizsim@example.net}. The {T:simulator} solution log was checked by {O:Sgt. Ezekiel Kealamakia} "
            "({B:#207}), the department's breath-test technician. Notice of revocation served; the driver may "
            "request a hearing with the {AG:Washington State Department of Licensing} within 7 days. Copy of "
            "results to the {AG:Kitsap Inlet County Prosecuting Attorney}. The driver lives with his mother, "
            "{P:Hye-sook Sim}, at the same address.", **m)
    fl.para("Additional charge considered: {OF:Physical Control of a Vehicle Under the Influence (RCW 46.61.504)} "
            "— not filed. Stop location: SR 16 at {PP:Sockeye Point Ferry Terminal} park-and-ride. Backup: "
            "{O:Ofc. Tobiah Wrenfield} ({B:#322}) and a trooper of the {AG:Washington State Patrol}. Incident date "
            "{ID:November 8, 2026}.", **m)
    fl.para("The driver was released at 0322 to {P:Joon-seok Sim} ({A:3120 Fircrest Lane, Gig Harbor, WA 98335}, "
            "WA DL {DL:SIMJS*218LQ}), who signed for him. Booking photo and fingerprints taken by "
            "{O:Corrections Ofc. Natalia Monteiro-Kaneshiro}.", **m)
    fl.space(14)
    yy = fl.y
    under_field(d, fl.pno, L, yy, 250, "{P:J. D. Sim}", "Signature of arrested person", vfont="tiit", vsize=12,
                color=BLUE)
    under_field(d, fl.pno, 318, yy, 250, "{O:Ofc. M. Halloran-Ike} {B:#318}", "Officer / operator", vfont="tiit",
                vsize=12, color=BLUE)
    for i in range(len(d.pdf)):
        footer(d, i, "{AG:Sockeye Point Police Department}  \u00b7  Form DUI-3 (rev. 06/2024)",
               f"Page {i + 1} of {len(d.pdf)}", L=L, R=R)
    return d.finish(outdir)

# ================================================================== 7. crime scene entry log (landscape)
def doc_scene_log(outdir):
    d = Doc("mtpd_crime_scene_entry_log_h07", "Marrowbone Township Police Department - Crime Scene Security / Entry Log")
    L, R = 36, 756
    p = d.new_page(792, 612)
    d.text(p, L, 26, 420, "{AG:MARROWBONE TOWNSHIP POLICE DEPARTMENT}", font="hebo", size=13)
    d.text(p, L, 43, 460, "CRIME SCENE SECURITY / ENTRY LOG  \u2014  every person entering the inner perimeter "
           "signs in and out", font="helv", size=8.8)
    d.text(p, R - 270, 26, 270, "Case {C:MTPD 26-5521}\n{PP:6120 Township Hall Road, Marrowbone, OH 45638}",
           font="helv", size=8.5, lead=1.3, align="right")
    hline(d, p, L, 60, R, width=1.2)
    d.text(p, L, 66, R - L, "Scene: residence, {A:47 Quillfeather Run, Marrowbone, OH 45638}   Incident: "
           "{OF:Murder (R.C. 2903.02)}   Date: {ID:10/17/2026}   Log opened 2314 by {O:Ofc. Renske Adebayo-Frost} "
           "{B:#41}", font="helv", size=8.8)
    rows = [
        ["2314", "{O:Ofc. Renske Adebayo-Frost}", "{B:#41}", "{AG:MTPD}", "Scene security (log keeper)", "\u2014",
         "Outer tape only"],
        ["2321", "{O:Sgt. Caspar Ogunleye}", "{B:#12}", "{AG:MTPD}", "Supervisor walk-through", "2333", ""],
        ["2340", "{O:Det. Ilse Marquardt-Ruiz}", "{B:#7}", "{AG:MTPD}", "Lead investigator", "0412", ""],
        ["2352", "{O:Agent Fenwick Achebe}", "{B:BCI 2231}", "{AG:Ohio BCI}", "Crime scene unit \u2014 photos",
         "0350", "{T:Allowed} inner room"],
        ["2352", "{O:Agent Lourdes Villanueva-Kerr}", "{B:BCI 2254}", "{AG:Ohio BCI}", "Crime scene unit \u2014 "
         "evidence", "0405", ""],
        ["0010", "{O:Investigator Ambrosia Kettleborough}", "{B:CO-ME 19}", "{AG:Scioto Vale County Coroner}",
         "Death investigation", "0131", "Body released 0128"],
        ["0044", "{P:Leota Faleolo}", "\u2014", "Resident (sister)", "Escorted to retrieve medication only",
         "0049", "Not {T:allowed} past kitchen"],
        ["0105", "{O:Chief Dalibor Novotny-Hayes}", "{B:#1}", "{AG:MTPD}", "Command", "0115", ""],
        ["0230", "{P:Grigore Lowe}", "\u2014", "Landlord", "Requested entry to shut off water", "\u2014",
         "Entry not {T:allowed}"],
        ["0311", "{O:Lt. Saoirse Nakamura-Byrne}", "{B:#5}", "{AG:MTPD}", "Relieved log keeper", "\u2014", ""],
    ]
    pno, y = table(d, p, L, 82, [46, 170, 70, 128, 150, 46, 110],
                   ["Time in", "Name (rank)", "Badge / ID", "Agency / role", "Purpose", "Time out", "Remarks"],
                   rows, font="helv", size=8.3, shade=TINT,
                   fonts=["cour", "hebo", "cour", None, None, "cour", None])
    y += 12
    cw = (R - L - 24) / 2
    fl = Flow(d, [(p, L, L + cw, y, 580), (p, L + cw + 24, R, y, 580)])
    m = dict(font="tiro", size=9.4, lead=1.3, after=0.5, align="justify")
    fl.para("NOTES", font="hebo", size=8.5, after=0.2)
    fl.para("The victim, {P:Tavita Faleolo} ({D:3 March 1979}), was found by his sister {P:Leota} after she "
            "called him from {PH:740-555-0122} and got no answer. She lives at {A:12 Pawpaw Ridge Lane, "
            "Marrowbone, OH 45638}. Neighbour {P:Henrike Szabó-Lowe} saw a dark pickup leave at about 2230; she "
            "can be reached at {PH:(740) 555-0176}. The landlord, Mr. {P:Lowe}, says the unit has been rented to "
            "the victim since 2022 and that his wife, {P:Henrike}, keeps the spare keys.", **m)
    fl.para("No person was {T:allowed} inside the inner perimeter without signing this log. Media staged at "
            "{PP:Marrowbone Township Fire Station 2}. The family was referred to {PP:Scioto Vale Victim Services} "
            "and the body was taken to the {PP:Scioto Vale Regional Forensic Center} for autopsy. A person of interest, "
            "{P:Bram Eze-Linde}, DOB {D:1994-11-30}, was later located by {AG:Ohio State Highway Patrol} "
            "driving a Ram 1500, Ohio plate {PL:JTK 4417}.", **m)
    fl.para("Canvass (outer perimeter, not logged above): {P:Marisa Quintanilla-Oyo} of {A:51 Quillfeather Run} "
            "({PH:740-555-0187}) heard an argument at about 2200; {P:Augustin Pele} of {A:39 Quillfeather Run} "
            "saw nothing; there was no answer at the {P:Vuković} family's house. The victim's employer, "
            "{PP:Pike Lake Lumber Yard}, gave his foreman, {P:Jerome Redcloud}, as the last person to see him at "
            "work. Victim's e-mail {E:tavita.faa@example.org} preserved by request to the provider.", **m)
    fl.para("Log closed 0630 {ID:10/18/2026}; scene released to the landlord by {O:Det. Marquardt-Ruiz}.", **m)
    footer(d, 0, "{AG:Marrowbone Township Police Department}  \u00b7  Form MT-CS-2  \u00b7  Retain with case file",
           "Page 1 of 1", L=L, R=R, y=598)
    return d.finish(outdir)


# ================================================================== 8. consent to search
def doc_consent_search(outdir):
    d = Doc("sipd_consent_to_search_h08", "Sawgrass Isle Police Department - Consent to Search (Vehicle and Premises)")
    L, R = 56, 556
    p = d.new_page()
    rect(d, p, (L, 32, L + 44, 76), width=1.4, color=NAVY)
    d.page(p).insert_text((L + 7, 59), "SIPD", fontname="tibo", fontsize=11, color=NAVY)
    d.text(p, L + 54, 34, 320, "{AG:Sawgrass Isle Police Department}", font="tibo", size=15, color=NAVY)
    d.text(p, L + 54, 53, 320, "{PP:900 Causeway Boulevard, Sawgrass Isle, FL 33043}  \u00b7  {PP:305-555-0111}",
           font="tiro", size=9, color=GRAY)
    hline(d, p, L, 84, R, width=1.0, color=NAVY)
    d.text(p, L, 92, R - L, "CONSENT TO SEARCH  /  CONSENTIMIENTO PARA REGISTRO", font="tibo", size=12.5,
           align="center")
    d.text(p, L, 108, R - L, "Case {C:SIPD-2026-14409}  \u00b7  Date {ID:09/12/2026}  \u00b7  Time 1537",
           font="cour", size=9.5, align="center")
    y = 126
    kw = dict(lw=140, lfont="tibo", vfont="cour", size=10, width=R - L)
    for lab, val in [("Person giving consent:", "{P:LOVE, JAMARION TREVELL}"),
                     ("Date of birth:", "{D:July 14, 2001}"),
                     ("FL driver license:", "{DL:L100-418-01-254-0}"),
                     ("Home address:", "{A:23 Mangrove Shoals Court, Apt 2, Sawgrass Isle, FL 33043}"),
                     ("Vehicle:", "2019 Dodge Charger, FL tag {PL:QZV-H18}"),
                     ("VIN:", "{V:" + make_vin("2C3CDXBG", "KH") + "}"),
                     ("Premises:", "the vehicle above, and the storage unit at {PP:Keys Stor-All, Unit B-14}")]:
        y = kv(d, p, L, y, lab, val, **kw) + 4
    y += 6
    fl = Flow(d, [(p, L, R, y, 740)], more=lambda: [(d.new_page(), L, R, 56, 740)])
    m = dict(font="tiro", size=10.5, lead=1.4, after=0.5, align="justify")
    fl.para("I, {P:Jamarion Trevell Love}, have been asked by {O:Officer Xavier Dlamini-Santana} ({B:SIPD 233}) of the "
            "{AG:Sawgrass Isle Police Department} to allow a search of the vehicle and premises described above. "
            "I have been told that I have the right to refuse, and that I may stop the search at any time. I give "
            "this consent freely. No threats or promises were made to me. I allow officers to take any items they "
            "find that may be evidence of a crime.", **m)
    fl.para("Yo, {P:Jamarion T. Love}, he sido informado de que tengo el derecho de negarme a este registro. Doy mi "
            "consentimiento de forma voluntaria.", font="tiit", size=10, lead=1.35, after=0.8)
    yy = fl.y
    under_field(d, p, L, yy, 240, "{P:Jamarion Love}", "Signature of person giving consent", vfont="tiit",
                vsize=12.5, color=BLUE)
    under_field(d, p, 316, yy, 240, "{O:Ofc. X. Dlamini-Santana} {B:233}", "Officer requesting consent",
                vfont="tiit", vsize=12, color=BLUE)
    fl.y = yy + 38
    under_field(d, p, L, fl.y, 240, "{P:Nalani Kahananui}", "Witness (civilian, passenger)", vfont="tiit",
                vsize=12.5, color=BLUE)
    under_field(d, p, 316, fl.y, 240, "{O:Cpl. Benedikta Stroud-Amari} {B:187}", "Witness (officer)", vfont="tiit",
                vsize=12, color=BLUE)
    fl.y += 40
    fl.para("Officer's summary of the search", font="tibo", size=11, after=0.3)
    fl.para("Mr. {P:Love} was stopped on the Causeway at Mile Marker 6 for an expired tag. He was calm and agreed "
            "to the search. In the {T:glovebox}: registration in the name of his grandmother, {P:Clementine "
            "Carmichael-Love} ({A:PO Box 4471, Big Pine, FL 33043}), and a pair of work {T:gloves}. In the trunk: "
            "two new-in-box power tools with {PP:Harbor Lumber & Hardware} price tags and no receipt. The owner of "
            "the storage unit account is {P:Dmitri Vasylenko} (phone {PH:305-555-0129}), who met us at the site "
            "and opened it; it held a further nine boxed tools. Store manager {P:Inés Carrasquillo} later matched "
            "the serial numbers to a loss report. Passenger {P:Nalani Kahananui} ({PH:(305) 555-0196}, "
            "{E:nalani.k@example.org}) said she did not know about the tools. Mr. {P:Love}'s employer, {P:Raimundo Echeverría} ({PH:305-555-0150}), confirmed he "
            "had not been paid in tools. Mr. {P:Love} withdrew consent "
            "at 1612 before the rear seat was searched, and the search stopped. He was arrested by {O:Ofc. Dlamini-Santana} for {OF:Dealing "
            "in Stolen Property (F.S. 812.019)}; the items were placed into evidence under {C:SIPD-2026-14409}. "
            "The store's loss report is {C:SIPD-2026-14288}. Booked at the {PP:Monroe Reef County Detention "
            "Center}; {AG:Office of the State Attorney, Sixteenth Judicial Circuit} notified. {O:Sgt. Ruairi "
            "Delahunt} ({B:SIPD 140}) approved the report.", **m)
    footer(d, p, "{AG:Sawgrass Isle Police Department}  \u00b7  Form SIPD-31 (bilingual)", "Page 1 of 1", L=L, R=R,
           font="tiro")
    return d.finish(outdir)

# ================================================================== 9. death notification record
def doc_death_notification(outdir):
    d = Doc("nfpd_death_notification_record_h09", "Nashoba Falls Police Department - Next-of-Kin Death Notification Record")
    L, R = 62, 550
    p = d.new_page()
    d.text(p, L, 36, R - L, "{AG:NASHOBA FALLS POLICE DEPARTMENT}", font="tibo", size=14, align="center")
    d.text(p, L, 54, R - L, "{PP:31 Wachusett Street, Nashoba Falls, MA 01472}  \u2022  {PP:(978) 555-0132}",
           font="tiro", size=9, align="center", color=GRAY)
    d.text(p, L, 72, R - L, "NEXT-OF-KIN DEATH NOTIFICATION RECORD", font="tibo", size=12, align="center")
    hline(d, p, L, 90, R, width=0.6)
    y = 98
    kw = dict(lw=150, lfont="tibo", vfont="tiro", size=10.5, width=R - L)
    for lab, val in [("Report number", "{C:NFPD 26-7730}"),
                     ("Decedent", "{P:Cornelius Ikenna Bell}"),
                     ("Date of birth", "{D:January 8, 1957}"),
                     ("Date of death", "{ID:October 4, 2026} (pronounced 1422)"),
                     ("Place of death", "{PP:Nashoba Valley Medical Center}, Emergency Department"),
                     ("Cause (per ME)", "Pending; motor-vehicle crash, single vehicle"),
                     ("ME case", "{C:OCME-26-4418} ({AG:Office of the Chief Medical Examiner})")]:
        y = kv(d, p, L, y, lab, val, **kw) + 3
    y += 8
    fl = Flow(d, [(p, L, R, y, 730)], more=lambda: [(d.new_page(), L, R, 60, 730)])
    m = dict(font="tiro", size=10.5, lead=1.42, indent=22, after=0.5, align="justify")
    fl.para("Notifying team", font="tibo", size=11, after=0.2)
    fl.para("{O:Sgt. Philomena Ekwueme} ({B:NF-22}) and {O:Chaplain Rev. Augustin Kaczmarczyk}, volunteer chaplain to "
            "the department, with {O:Ofc. Lachlan Kilbride-Mbatha} ({B:NF-61}) as driver. The {AG:Massachusetts State "
            "Police} crash reconstruction unit had asked us to make the notification because the family lives in "
            "our town.", **m)
    fl.para("Notification", font="tibo", size=11, after=0.2)
    fl.para("At 1605 we went to the family home, {A:118 Still River Road, Nashoba Falls, MA 01472}. We rang the "
            "{T:doorbell} and were met by the decedent's wife, {P:Aurelia Bell}. We confirmed her identity and, "
            "inside the home, told her in plain words that her husband had died after his car left Route 117 near "
            "the {PP:Bolton Orchards farm stand}. She asked to call her son, {P:Obinna Bell}, who lives at {A:6 "
            "Harbor Lights Way, Unit 9, Salem, MA 01970} (phone {PH:978-555-0183}); the chaplain stayed with her "
            "while the call was made. {P:Obinna} arrived at 1650.", **m)
    fl.para("Mrs. {P:Bell} asked that the decedent's sister, {P:Evadne Bell-Okoro} of Atlanta, be told by the "
            "family and not by police. She gave the decedent's brother-in-law, {P:Tadeusz Wiśniewski} "
            "({PH:(617) 555-0140}), as the person to help with arrangements. The family's doctor is "
            "{P:Dr. Ragnhild Tollefsen}. Personal effects (wallet, wedding ring, phone) were released by the hospital "
            "to {P:Obinna Bell} on receipt. The vehicle, a 2014 Volvo wagon, MA {PL:7HK 412}, VIN "
            "{V:" + make_vin("YV4902NA", "E1") + "}, was towed to {PP:Stow Road Towing}. A family friend, {P:Margarethe Oyinlola}, arrived at 1702 and stayed "
            "with Mrs. {P:Bell}.", **m)
    pno, y = table(d, fl.pno, L, fl.y, [120, 150, 100, 118], ["Relationship", "Name", "Telephone",
                   "Told by / when"],
                   [["Wife", "{P:Aurelia Bell}", "{PH:978.555.0119}", "{O:Sgt. Ekwueme}, 1611"],
                    ["Son", "{P:Obinna Bell}", "{PH:978-555-0183}", "wife, by phone, 1620"],
                    ["Daughter", "{P:Chinyere Bell-Ashworth}", "{PH:(508) 555-0175}", "son, 1705"],
                    ["Sister", "{P:Evadne Bell-Okoro}", "not given", "family"]],
                   font="tiro", size=9.5, hfont="tibo", hsize=9, fonts=[None, None, "cour", None])
    fl.y = y + 10
    fl.para("Follow-up", font="tibo", size=11, after=0.2)
    fl.para("The crash remains under investigation for {OF:Operating to Endanger (M.G.L. c. 90, \u00a7 24)} only as "
            "to the other motorist named in the crash report, {P:Keziah Mwangi-Frost}, DOB {D:5/23/2003}, of "
            "{A:40 Depot Square, Apt 3, Hudson, MA 01749}, whose car crossed the centre line; she was not injured. "
            "Victim-witness services referral sent to the {AG:Middlesex District Attorney's Office}. Mrs. "
            "{P:Bell} may be contacted at {PH:978.555.0119} or {E:aurelia.bell@example.com}; she asked that the "
            "press not be given her number.", **m)
    fl.para("Notification completed {ID:10/04/2026} at 1715. Reviewed by {O:Lt. Rosamund Quaye-Hopkins}.",
            font="tiit", size=10, after=0.6)
    for i in range(len(d.pdf)):
        footer(d, i, "{AG:Nashoba Falls Police Department}  \u2022  Confidential \u2014 family information",
               f"Page {i + 1} of {len(d.pdf)}", L=L, R=R, font="tiro")
    return d.finish(outdir)


# ================================================================== 10. chronic nuisance property notice (letter)
def doc_nuisance_letter(outdir):
    d = Doc("bcpd_chronic_nuisance_notice_h10", "Bluestem City Police Department - Chronic Nuisance Property Notice")
    L, R = 64, 548
    p = d.new_page()
    d.text(p, L, 38, 300, "{AG:BLUESTEM CITY POLICE DEPARTMENT}", font="hebo", size=12.5, color=GREEN)
    d.text(p, L, 54, 300, "Office of the Chief  \u00b7  Community Problem-Solving Unit", font="heit", size=8.5,
           color=GRAY)
    d.text(p, R - 180, 36, 180, "{PP:220 Prairie Avenue}\n{PP:Bluestem City, KS 66845}\n{PP:620-555-0107}",
           font="helv", size=8, lead=1.3, color=GRAY, align="right")
    hline(d, p, L, 76, R, width=1.2, color=GREEN)
    fl = Flow(d, [(p, L, R, 90, 730)], more=lambda: [(d.new_page(), L, R, 64, 730)])
    m = dict(font="tiro", size=11, lead=1.38, after=0.7)
    fl.para("November 30, 2026", **m)
    fl.para("CERTIFIED MAIL \u2014 RETURN RECEIPT REQUESTED", font="tibo", size=9.5, after=0.5)
    fl.para("{P:Wendell Ray Oden}\n{P:Clarabel Oden}\n{A:PO Box 208\nCouncil Grove, KS 66846}", font="tiro",
            size=11, lead=1.25, after=0.8)
    fl.para("RE:  Notice of chronic nuisance property \u2014 {A:1431 North Osage Street}, Bluestem City  "
            "(file {C:CNP-26-017})", font="tibo", size=11, after=0.8)
    fl.para("Dear Mr. and Mrs. {P:Oden}:", **m)
    fl.para("County records list you as the owners of the rental house named above. Under {OF:Bluestem City Code "
            "\u00a7 8-412 (Chronic Nuisance Property)}, a property becomes a chronic nuisance when three or more "
            "nuisance activities occur there within 60 days. Officers of this department responded to the "
            "property on the dates below:", **m)
    pno, y = table(d, fl.pno, L, fl.y, [70, 86, 200, 128], ["Date", "Case", "Activity", "Persons cited"],
                   [["{ID:09/19/2026}", "{C:BC26-11230}", "{OF:Disturbing the Peace (BCC 9-104)} \u2014 loud party",
                     "{P:Trayvon Oden-Pryor}"],
                    ["{ID:10/06/2026}", "{C:BC26-11912}", "{OF:Unlawful Discharge of a Firearm (K.S.A. 21-6308)}",
                     "none (unknown)"],
                    ["{ID:10/28/2026}", "{C:BC26-12604}", "{OF:Sale of Marijuana (K.S.A. 21-5705)}",
                     "{P:Kuol Deng Majok}, {P:Anfisa Lebedeva}"]],
                   font="tiro", size=9.8, fonts=[ "cour", "cour", None, None], hfont="tibo", hsize=9)
    fl.y = y + 12
    fl.para("The current tenant, {P:Latrice Oden-Pryor} (your niece, we understand), told {O:Officer Phineas "
            "Rowntree} that the party and the shots on October 6 involved guests she did not know. A neighbour "
            "reported damage to her {T:wooden} fence from a vehicle leaving on October 28; she asked that her name "
            "not be used, and it is not given here. Your property manager, {P:Sven Haugland-Ortiz} of "
            "{PP:Flint Hills Property Management}, has not answered two letters sent to {E:sven.ho@example.net}.",
            **m)
    fl.para("Within ten days of receiving this letter you must contact {O:Sgt. Anneliese Whitcombe-Tsinajinnie} "
            "({B:#118}) at {PP:620-555-0107} and submit a written abatement plan. Plans that have worked elsewhere "
            "include a lease addendum, a replaced {T:wooden} gate with a lock, exterior lighting and the removal of "
            "persons not on the lease. If the activity continues, the City may seek an abatement order in the "
            "{PP:Bluestem City Municipal Court} and charge the cost of police responses to the property.", **m)
    fl.para("We also note that the lease on file lists two additional adults, {P:Mateus Oliveira-Dunne} (DOB "
            "{D:02/11/1998}) and {P:Yerlan Abenov}, and a vehicle seen at most calls, a white Chevrolet Tahoe, "
            "Kansas tag {PL:RBK 418}, registered to {P:Dorcas Oden} of {A:716 Elm Row, Emporia, KS 66801}.", **m)
    fl.para("You may also reach me by telephone. Mrs. {P:Oden}'s cell number on file, {PH:(620) 555-0184}, was "
            "disconnected when we called on November 20.", **m)
    fl.para("Sincerely,", **m)
    fl.space(12)
    fl.para("{O:Chief Georgiana Atwater-Nakamura}", font="tiit", size=13, color=BLUE, after=0.1)
    fl.para("Chief of Police, {AG:Bluestem City Police Department}", font="tiro", size=10, after=1.0)
    fl.para("cc:  {AG:Bluestem City Attorney}\n      {P:Latrice Oden-Pryor}, {A:1431 North Osage Street, "
            "Bluestem City, KS 66845}\n      {O:Sgt. A. Whitcombe-Tsinajinnie}, CPS Unit", font="tiro", size=9.5,
            lead=1.3)
    for i in range(len(d.pdf)):
        footer(d, i, "{AG:Bluestem City Police Department}  \u00b7  {C:CNP-26-017}", f"{i + 1}/{len(d.pdf)}", L=L,
               R=R)
    return d.finish(outdir)

# ================================================================== 11. inmate disciplinary report and hearing
def doc_inmate_discipline(outdir):
    d = Doc("pcdc_inmate_disciplinary_report_h11", "Pocosin County Detention Center - Inmate Disciplinary Report and Hearing Decision")
    L, R = 40, 572
    p = d.new_page()
    rect(d, p, (L, 30, R, 58), width=0, fill=(0, 0, 0))
    d.text(p, L + 8, 37, 330, "{AG:POCOSIN COUNTY SHERIFF'S OFFICE}", font="hebo", size=12, color=(1, 1, 1))
    d.text(p, R - 238, 38, 230, "Detention Center \u2014 Form DC-14", font="helv", size=9.5, color=(1, 1, 1),
           align="right")
    d.text(p, L, 64, R - L, "INMATE DISCIPLINARY REPORT  /  HEARING DECISION", font="hebo", size=11.5)
    d.text(p, L, 79, R - L, "{PP:Pocosin County Detention Center}, {PP:415 Sandhill Road, Pocosin, NC 27806}, "
           "{PP:252-555-0150}", font="helv", size=8, color=GRAY)
    y = 94
    cells = [[(L, 210, "Inmate name", "{P:BAN, SEUNG-HOON}", "hebo"), (210, 300, "Booking no.", "26-004718", "cour"),
              (300, 390, "DOB", "{D:1999.10.21}", "cour"), (390, 480, "Housing", "C-Pod, cell 14B", "helv"),
              (480, R, "Report no.", "{C:DR-26-0331}", "cobo")],
             [(L, 210, "Date / time of violation", "{ID:11/12/2026} 1940", "cour"),
              (210, 390, "Location", "C-Pod dayroom", "helv"),
              (390, R, "Reporting officer", "{O:Det. Ofc. Araceli Fuentes-Achebe} {B:D-77}", "helv")]]
    for row in cells:
        for x0, x1, lab, val, f in row:
            field(d, p, x0, y, x1, y + 24, lab, val, vfont=f)
        y += 24
    y += 8
    d.text(p, L, y, R - L, "RULES CHARGED", font="hebo", size=8.5)
    y += 12
    for chk, txt in [(True, "Rule 12 \u2014 Possession of {T:contraband} (tobacco, lighter)"),
                     (True, "Rule 19 \u2014 Passing items between housing units"),
                     (False, "Rule 4 \u2014 Assault on staff or inmate"),
                     (True, "Referred for criminal charge: {OF:Possession of Contraband by an Inmate (N.C.G.S. "
                      "14-258.1)}")]:
        checkbox(d, p, L + 2, y + 1.5, chk)
        y = d.text(p, L + 16, y, R - L - 16, txt, font="helv", size=9) + 3
    y += 6
    fl = Flow(d, [(p, L, R, y, 742)], more=lambda: [(d.new_page(), L, R, 50, 742)])
    m = dict(font="tiro", size=10.3, lead=1.34, after=0.5)
    fl.para("STATEMENT OF FACTS", font="hebo", size=8.5, after=0.2)
    fl.para("During a dayroom search I saw inmate {P:Ban} pass a folded sock to inmate {P:Tevita Lolohea} "
            "(booking 26-004650) through the gap at the C/D pod door. The sock held 14 hand-rolled cigarettes and "
            "a disposable lighter, all items {T:banned} under the inmate handbook. {P:Lolohea} said the sock was "
            "\"from {P:Seung-hoon}'s girlfriend\", naming a visitor, {P:Kasumi Orlov-Beaumont}, DOB {D:07/07/2001}, who "
            "visited on 11/11/2026 (visitor ID checked against NC DL {DL:000041887236}). Video from camera C-3 "
            "shows the pass. Inmate {P:Ban}'s mother, {P:Myung-hee Ban}, telephoned afterwards from "
            "{PH:252-555-0187} to ask about his visits.", **m)
    fl.para("INMATE'S STATEMENT", font="hebo", size=8.5, after=0.2)
    fl.para("\"I found the sock under the table. I don't know where it came from. Ask {P:Jaquan} in D-Pod.\" "
            "(Inmate {P:Ban} declined to give {P:Jaquan}'s last name; staff believe he means {P:Jaquan Ruffin-"
            "Nnamdi}, booking 26-004401.)", **m)
    fl.para("HEARING", font="hebo", size=8.5, after=0.2)
    pno, y = table(d, fl.pno, L, fl.y, [130, 402],
                   ["Item", "Entry"],
                   [["Notice given", "{ID:11/13/2026} 0900 by {O:Sgt. Oluwadamilare Hightower} ({B:S-12})"],
                    ["Hearing officer", "{O:Lt. Caridad Espinal-Burke} ({B:L-3})"],
                    ["Staff assistant", "{O:CO Corbin Whitford} ({B:C-208})"],
                    ["Witness requested", "{P:Tevita Lolohea} \u2014 appeared; said the sock came \"from the other "
                     "side\""],
                    ["Evidence", "Camera C-3 clip, photographs, {T:contraband} log entry 26-1187"],
                    ["Finding", "GUILTY of Rules 12 and 19; Rule 4 not charged"],
                    ["Sanction", "15 days loss of commissary, 30 days no contact visits; visitor {P:K. Orlov-Beaumont} "
                     "suspended 90 days from visiting"]],
                   font="helv", size=8.8, shade=TINT, hfont="hebo", fonts=["hebo", None])
    fl.y = y + 10
    fl.para("Appeal: the inmate may appeal to the {O:Jail Administrator, Capt. Emmerich Sowande} within 5 days. "
            "Referral of the {T:contraband} charge to the {AG:Pocosin County District Attorney} is made under "
            "{C:PCSO 26-18844}. The visitor's listed address is {A:31 Cypress Knee Lane, Lot 7, Pocosin, NC "
            "27806}; her phone is {PH:(252) 555-0114}. She came on 11/11/2026 with {P:Hoang Bich Ngoc}, "
            "DOB {D:3-8-1997}, whose visits are not affected, and was driven by {P:Reginald Crowther-Mensah}, "
            "NC plate {PL:PKT-4418}.", **m)
    fl.space(12)
    yy = fl.y
    under_field(d, fl.pno, L, yy, 250, "Refused to sign \u2014 witnessed by {O:CO Whitford}", "Inmate signature",
                vfont="tiit", vsize=10.5, color=BLUE)
    under_field(d, fl.pno, 322, yy, 250, "{O:Lt. C. Espinal-Burke}", "Hearing officer", vfont="tiit", vsize=12,
                color=BLUE)
    for i in range(len(d.pdf)):
        footer(d, i, "{AG:Pocosin County Sheriff's Office}  \u00b7  Detention Center  \u00b7  Form DC-14",
               f"Page {i + 1} of {len(d.pdf)}", L=L, R=R)
    return d.finish(outdir)


# ================================================================== 12. civil standby log
def doc_civil_standby(outdir):
    d = Doc("slpd_civil_standby_log_h12", "Sturgeon Landing Police Department - Civil Standby (Keep-the-Peace) Record")
    L, R = 50, 562
    p = d.new_page()
    d.text(p, L, 30, R - L, "{AG:STURGEON LANDING POLICE DEPARTMENT}", font="cobo", size=12)
    d.text(p, L, 46, R - L, "{PP:1 Lighthouse Plaza, Sturgeon Landing, MI 49783}   {PP:906-555-0137}",
           font="cour", size=8.5, color=GRAY)
    hline(d, p, L, 60, R, width=0.8)
    hline(d, p, L, 62.5, R, width=0.8)
    d.text(p, L, 70, R - L, "CIVIL STANDBY / KEEP-THE-{T:PEACE} RECORD", font="cobo", size=11)
    d.text(p, L, 86, R - L, "INCIDENT {C:SL-26-08817}    DATE {ID:11/29/2026}    CALL REC'D 1012",
           font="cour", size=9)
    y = 104
    kw = dict(lw=150, lfont="cobo", vfont="cour", size=9, width=R - L)
    for lab, val in [("REQUESTING PARTY:", "{P:PEACE, ROSALEEN MAIRE}  DOB {D:03-30-1990}"),
                     ("PHONE:", "{PH:906 555 0191}"),
                     ("OTHER PARTY:", "{P:HAMDAN, TARIQ SAMI}  DOB {D:1987-12-05}"),
                     ("PHONE:", "{PH:906-555-0108}  E-MAIL {E:tariq.hamdan@example.net}"),
                     ("LOCATION:", "{A:560 Thimbleberry Trail, Unit 2, Sturgeon Landing, MI 49783}"),
                     ("COURT PAPER:", "Personal protection order {C:26-3318-PP}, {PP:Mackinac Shores County "
                      "Circuit Court}"),
                     ("OFFICERS:", "{O:OFC. KEOLA PALAKIKO} {B:#27}, {O:OFC. SENNA NORTHBIRD-ROY} {B:#33}")]:
        y = kv(d, p, L, y, lab, val, **kw) + 3
    y += 8
    fl = Flow(d, [(p, L, R, y, 738)], more=lambda: [(d.new_page(), L, R, 50, 738)])
    fl.para("LOG", font="cobo", size=9.5, after=0.3)
    m = dict(font="tiro", size=10, lead=1.3, after=0.45)
    entries = [
        ("1012", "Ms. {P:Peace} called asking for a standby so she can collect clothing, her son's school things "
         "and a laptop from the apartment she shared with {P:Tariq Hamdan}. The PPO she holds allows one "
         "retrieval with police present."),
        ("1040", "Met Ms. {P:Peace} at {PP:Nicolet Shell station}. She arrived with her friend {P:Taini Whitecloud} "
         "(driver; Michigan plate {PL:EKW 4410}) and her son, {P:Declan}, age 9, who stayed in the car."),
        ("1052", "Contacted Mr. {P:Hamdan} at the door. He was calm and {T:peaceful} and agreed to wait in the "
         "kitchen with {O:Ofc. Palakiko}. His brother, {P:Walid Hamdan}, was also present and left at 1055."),
        ("1058\u20131141", "Ms. {P:Peace} removed four bags of clothing, school books, the laptop and a box of "
         "photographs. Mr. {P:Hamdan} objected to the laptop, saying it was bought on his card. Advised both that "
         "police do not decide ownership; the laptop stayed with Mr. {P:Hamdan} and she may raise it in court."),
        ("1145", "Standby ended without incident. Ms. {P:Peace} said she is staying with her mother, {P:Bridget "
         "Peace-Wanjiru}, at {A:PO Box 77, Brimley, MI 49715}, and will use {PH:(906) 555-0165} for court "
         "notices. Her lawyer is {P:Ngaio Tamihana-Reyes}."),
        ("1150", "Cleared. No violation of the order observed; no {OF:Violation of a Personal Protection Order (MCL "
         "600.2950)} report. {O:Sgt. Winnifred Oyelowo-Tarr} ({B:#9}) notified. The {AG:Chippewa Straits County "
         "Sheriff's Office} was advised because the PPO is entered in LEIN by that office."),
    ]
    for t, txt in entries:
        fl.para(txt, label=[(0, t, "cobo")], label_w=62, **m)
    fl.space(6)
    fl.para("PERSONS PRESENT", font="cobo", size=9.5, after=0.3)
    pno, y = table(d, fl.pno, L, fl.y, [170, 90, 110, 142], ["NAME", "DOB", "PHONE", "ROLE"],
                   [["{P:PEACE, ROSALEEN M.}", "{D:03-30-1990}", "{PH:906 555 0191}", "Petitioner"],
                    ["{P:HAMDAN, TARIQ S.}", "{D:1987-12-05}", "{PH:906-555-0108}", "Respondent"],
                    ["{P:HAMDAN, WALID}", "{D:1984-06-17}", "—", "Respondent's brother (left)"],
                    ["{P:WHITECLOUD, TAINI}", "{D:09-01-1992}", "{PH:906-555-0144}", "Driver / friend"],
                    ["{O:OFC. KEOLA PALAKIKO}", "—", "—", "{B:#27}, {AG:SLPD}"]],
                   font="cour", size=8.5, shade=TINT, hfont="cobo", hsize=8.5)
    fl.y = y + 10
    fl.para("Officers' note: standbys are for keeping the {T:peace} only. Mr. {P:Hamdan}'s driver licence "
            "{DL:H 535 881 402 117} was recorded because he asked for a copy of this report.", font="tiit",
            size=9.5, lead=1.3)
    for i in range(len(d.pdf)):
        footer(d, i, "{AG:Sturgeon Landing Police Department}  \u00b7  Civil standby record", f"Page {i + 1} of "
               f"{len(d.pdf)}", L=L, R=R, font="cour")
    return d.finish(outdir)


BUILDERS = [doc_fire_origin, doc_ems_pcr, doc_house_watch, doc_extradition, doc_hit_confirmation, doc_breath_test, doc_scene_log, doc_consent_search, doc_death_notification, doc_nuisance_letter, doc_inmate_discipline, doc_civil_standby]
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
