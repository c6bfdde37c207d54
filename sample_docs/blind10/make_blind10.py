#!/usr/bin/env python
"""Tenth blind evaluation set for redactkit: fictional US law-enforcement and public-safety records.

Written blind on 2026-12-07 without reading the tool's source, rules, tests, benchmarks,
tuning/holdout/scanned samples or earlier blind documents.  The truth format (schema, box
convention, self-checks) and the PyMuPDF layout/determinism helpers are reused from
sample_docs/blind9/make_blind9.py.  Deterministic: fixed seed, fixed metadata dates, no new
file ID -> two runs are byte-identical.

    /work/main/.venv/bin/python make_blind10.py            # writes beside this file
    /work/main/.venv/bin/python make_blind10.py --out DIR
    /work/main/.venv/bin/python make_blind10.py --only doc_interpreter_log doc_guard_log

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

SEED = 20261310
FIXED_DATE = "D:20261207231500+00'00'"

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
            "subject": "redactkit blind evaluation set 10", "keywords": "",
            "creator": "blind10/make_blind10.py", "producer": "PyMuPDF",
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


# ================================================================== 1. interpreter request log
def doc_interpreter_log(outdir):
    d = Doc("qbpd_interpreter_request_log_i01", "Quillback Police Department - Language Access Interpreter Request Log")
    L, R = 42, 570
    p = d.new_page()
    d.text(p, L, 30, 330, "{AG:QUILLBACK POLICE DEPARTMENT}", font="hebo", size=13, color=GREEN)
    d.text(p, L, 47, 330, "Language Access Program  \u2014  Interpreter Request Log (Title VI)", font="helv", size=9)
    d.text(p, R - 220, 30, 220, "{PP:940 Harborview Terrace}\n{PP:Quillback, OR 97365}\n{PP:(541) 555-0100}",
           font="helv", size=7.5, lead=1.25, color=GRAY, align="right")
    hline(d, p, L, 66, R, width=1.2, color=GREEN)
    d.text(p, L, 72, R - L, "Period: November 2026.  Log kept by {O:Language Access Coordinator Noelani "
           "Brightwater-Sze}.  Every request for an interpreter or {T:translation} is entered here, including "
           "requests that could not be met.", font="helv", size=8.5, lead=1.25)
    rows = [
        ["{ID:11/02/2026}\n0815", "{C:QB26-10417}", "{O:Ofc. Teodoro Baca-Lindqvist} {B:#212}", "Spanish",
         "{P:Xiomara Benítez Ruelas} (victim), {PH:541-555-0131}", "{PP:Cascadia Language Line}, phone, 22 min"],
        ["{ID:11/03/2026}\n1342", "{C:QB26-10452}", "{O:Sgt. Ingrid Fairweather} {B:#118}", "Vietnamese",
         "{P:Ngo Quang Thanh} (driver, crash)", "In person: {PP:Willamette Coast Interpreting}; see note 1"],
        ["{ID:11/05/2026}\n2210", "{C:QB26-10519}", "{O:Ofc. Yevgeny Okonjo-Platt} {B:#247}", "Somali",
         "{P:Hodan Abdullahi Warsame} (caller); husband {P:Abdikarim Warsame}",
         "Husband offered to interpret \u2014 declined per policy; {PP:Cascadia Language Line}"],
        ["{ID:11/09/2026}\n0930", "{C:QB26-10603}", "{O:Det. Renata Spoelstra} {B:#75}", "Arabic",
         "{P:Yasmin Al-Khatib} (witness), DOB {D:04/17/1987}", "Staff: {O:CSO Karim Haddadin} {B:#C-14}"],
        ["{ID:11/12/2026}\n1605", "{C:QB26-10688}", "{O:Ofc. Teodoro Baca-Lindqvist}", "Ukrainian",
         "{P:Oksana Hnatyshyn} (reporting party), {E!:oksana.hnatyshyn@|example.net}",
         "Video, same vendor"],
        ["{ID:11/14/2026}\n0120", "{C:QB26-10702}", "{O:Ofc. Lorcan Mac Giolla Rua} {B:#263}", "Mam (Guatemala)",
         "{P:Baltazar Ixcoy Tzul} (arrestee), DOB {D:1996-02-08}",
         "No Mam interpreter at night; relay through Spanish, interview rescheduled"],
        ["{ID:11/18/2026}\n1115", "{C:QB26-10811}", "{O:Det. Renata Spoelstra}", "Polish",
         "{P:Wojciech Kaczorowski} (fraud victim), {PH:(541) 555-0158}",
         "In person: {PP:Willamette Coast Interpreting}"],
        ["{ID:11/21/2026}\n1940", "{C:QB26-10877}", "{O:Sgt. Ingrid Fairweather}", "ASL",
         "{P:Delphine Ferraro-Amadi} (Deaf complainant), text {PH:541-555-0164}",
         "Video remote: {PP:Beacon Sign Services}"],
        ["{ID:11/25/2026}\n0705", "{C:QB26-10940}", "{O:Ofc. Yevgeny Okonjo-Platt}", "Samoan",
         "{P:Sefo Tuiasosopo-Mahe} (witness)", "Phone, language line"],
        ["{ID:11/29/2026}\n1650", "{C:QB26-11003}", "{O:Ofc. Lorcan Mac Giolla Rua}", "Vietnamese",
         "{P:Tran Phuong Hoa} (victim), {A!:1184 Saltmarsh Loop, Unit 6, Quillback, OR 97365}",
         "Child began to interpret; stopped; {PP:Cascadia Language Line}; see note 2"],
    ]
    pno, y = table(d, p, L, 98, [52, 56, 104, 48, 130, 138],
                   ["Date / time", "Case no.", "Requesting officer / badge", "Language",
                    "Person served (role), contact", "Interpreter / how provided"],
                   rows, font="helv", size=7.8, lead=1.22, shade=TINT,
                   fonts=["cour", "cour", None, None, None, None])
    fl = Flow(d, [(p, L, R, y + 14, 740)], more=lambda: [(d.new_page(), L, R, 50, 740)])
    m = dict(font="tiro", size=10, lead=1.32, after=0.6)
    fl.para("Notes", font="tibo", size=10.5, after=0.3)
    fl.para("1. {C:QB26-10452}: {P:Ngo Quang Thanh} (DOB {D:6 Sept. 1971}) wanted his son, {P:Ngo Duc Khoa}, "
            "age 14, to interpret for him at the crash scene on Harborview Terrace. Policy does not allow a minor "
            "to interpret, so the {T:ongoing} interview was paused until the in-person interpreter arrived at "
            "1431. Mr. {P:Ngo} asked that any follow-up call go to his work number, {PH:541.555.0119}, at "
            "{PP:Siletz Bay Seafood Processors}.", **m)
    fl.para("2. {C:QB26-11003}: the victim, {P:Tran Phuong Hoa}, had her daughter {P:Kim-Ly Nguyen-Tran}, age 11, "
            "begin to interpret before {O:Ofc. Mac Giolla Rua} stopped the conversation and called the language "
            "line. Ms. {P:Tran} signed the {T:translation} of her written statement on {ID:11/30/2026}. The "
            "victim advocate at {PP:Lincoln Sands Family Justice Center} was given the same interpreter number.",
            **m)
    fl.para("3. {C:QB26-10702}: {P:Baltazar Ixcoy Tzul} was released on a citation for {OF:Criminal Mischief "
            "in the Second Degree (ORS 164.354)}. His cousin, {P:Sebastiana Tzul Chávez}, of {A:PO Box 2290, "
            "Newport, OR 97365}, offered to interpret; she was thanked and not used. The Mam interview was "
            "completed on {ID:12/01/2026} with an interpreter found by the {AG:Lincoln Sands County District "
            "Attorney's Office}.", **m)
    fl.para("4. The {AG:Quillback PD} staff interpreter list was updated: {O:CSO Karim Haddadin} (Arabic) and "
            "{O:Ofc. Teodoro Baca-Lindqvist} (Spanish) passed the oral proficiency test in October. Vendor "
            "invoices go to the {AG:City of Quillback Finance Department}.", **m)
    fl.space(10)
    fl.para("Reviewed: {O:Lt. Wendeline Okafor-Strand}, Support Services Division, {B:#31}", font="tiit",
            size=10, after=0.2)
    for i in range(len(d.pdf)):
        footer(d, i, "{AG:Quillback Police Department}  \u00b7  Language Access Program  \u00b7  Form LA-3",
               f"Page {i + 1} of {len(d.pdf)}", L=L, R=R)
    return d.finish(outdir)


# ================================================================== 2. VIN inspection certificate
def doc_vin_inspection(outdir):
    d = Doc("jfpd_vin_inspection_i02", "Juniper Flats Police Department - Vehicle Identification Number Inspection")
    L, R = 50, 562
    p = d.new_page()
    rect(d, p, (L, 32, R, 74), width=1.0)
    d.text(p, L + 8, 38, 320, "{AG:JUNIPER FLATS POLICE DEPARTMENT}", font="tibo", size=13)
    d.text(p, L + 8, 55, 320, "Traffic Division  \u00b7  Level II / III VIN Inspection", font="tiro", size=9.5)
    d.text(p, R - 208, 38, 200, "{PP:77 Cinder Cone Boulevard}\n{PP:Juniper Flats, AZ 86047}\n{PP:928-555-0102}",
           font="tiro", size=8, lead=1.2, color=GRAY, align="right")
    d.text(p, L, 84, R - L, "CERTIFICATE OF VEHICLE IDENTIFICATION NUMBER INSPECTION", font="hebo", size=11.5,
           align="center")
    d.text(p, L, 99, R - L, "(out-of-state title, rebuilt or assembled vehicle, or VIN discrepancy)", font="helv",
           size=8, color=GRAY, align="center")
    vin1 = make_vin("3TMCZ5AN", "HX")
    vin2 = make_vin("4YDT2662", "LB")
    y = 114
    field(d, p, L, y, L + 150, y + 28, "INSPECTION NUMBER", "{C:JF-VI-26-0388}", vfont="cobo", vsize=10)
    field(d, p, L + 150, y, L + 270, y + 28, "DATE OF INSPECTION", "{ID:10/28/2026}", vfont="cour", vsize=10)
    field(d, p, L + 270, y, L + 400, y + 28, "RELATED REPORT", "{C:JF26-07765}", vfont="cour", vsize=10)
    field(d, p, L + 400, y, R, y + 28, "INSPECTION LEVEL", "Level II (physical)", vsize=9)
    y += 28
    rect(d, p, (L, y, R, y + 13), width=0.6, fill=(0.15, 0.15, 0.15))
    d.text(p, L + 4, y + 2.5, 300, "SECTION A \u2014 APPLICANT / OWNER", font="hebo", size=7.5, color=(1, 1, 1))
    y += 13
    field(d, p, L, y, L + 230, y + 28, "APPLICANT (LAST, FIRST MIDDLE)", "{P:PAGE, AUGUSTINA MAREN}", vfont="hebo",
          vsize=10)
    field(d, p, L + 230, y, L + 340, y + 28, "DATE OF BIRTH", "{D:Jan. 5, 1979}", vsize=10)
    field(d, p, L + 340, y, R, y + 28, "AZ DRIVER LICENSE", "{DL:D08813462}", vfont="cour", vsize=10)
    y += 28
    field(d, p, L, y, L + 300, y + 28, "MAILING / RESIDENCE ADDRESS", "{A:Rural Route 2, Box 41, Juniper Flats, AZ "
          "86047}", vsize=9.5)
    field(d, p, L + 300, y, L + 400, y + 28, "PHONE", "{PH:928-555-0147}", vfont="cour", vsize=9.5)
    field(d, p, L + 400, y, R, y + 28, "E-MAIL ADDRESS", "{E:gusti.page@example.org}", vsize=8.5)
    y += 28
    field(d, p, L, y, L + 260, y + 28, "CO-OWNER", "{P:Kekoa Page-Akana}", vsize=10)
    field(d, p, L + 260, y, R, y + 28, "LIENHOLDER", "{PP:Painted Mesa Credit Union}, {PP:410 E. Route 66, "
          "Holbrook, AZ 86025}", vsize=8.5)
    y += 28
    rect(d, p, (L, y, R, y + 13), width=0.6, fill=(0.15, 0.15, 0.15))
    d.text(p, L + 4, y + 2.5, 300, "SECTION B \u2014 VEHICLES INSPECTED", font="hebo", size=7.5, color=(1, 1, 1))
    y += 13
    pno, y = table(d, p, L, y, [40, 68, 150, 84, 170],
                   ["Unit", "Year / make", "VIN (as found on vehicle)", "Prior plate", "Title presented"],
                   [["1", "2017 Toyota Tacoma", "{V:" + vin1 + "}", "NM {PL:ALX-418}",
                     "New Mexico title, 2 {T:pages}, issued to seller"],
                    ["2", "2020 utility trailer", "{V:" + vin2 + "}", "NM {PL:TR 55201}",
                     "MSO and bill of sale (no title)"]],
                   font="helv", size=8.5, fonts=[None, None, "cour", "cour", None], shade=TINT)
    field(d, p, L, y, L + 256, y + 28, "SELLER OF RECORD (FROM BILL OF SALE)", "{P:Darnell Begaye}, {A:14 Yucca "
          "Mesa Road, Gallup, NM 87301}", vsize=8.5)
    field(d, p, L + 256, y, R, y + 28, "NEW AZ PLATE ISSUED (UNIT 1 / UNIT 2)", "{PL:CMV4417} / {PL:T92K0L}",
          vfont="cour", vsize=10)
    y += 40
    fl = Flow(d, [(p, L, R, y, 736)], more=lambda: [(d.new_page(), L, R, 50, 736)])
    m = dict(font="tiro", size=10, lead=1.3, after=0.55)
    fl.para("SECTION C \u2014 FINDINGS", font="hebo", size=8.5, after=0.3)
    fl.para("Unit 1: the public VIN plate on the dash, the federal certification label on the driver's door jamb "
            "and the secondary number stamped on the right frame rail match each other and the New Mexico title. "
            "The title shows a prior brand (\"salvage\") that Ms. {P:Page} disclosed. Two of the title {T:pages} "
            "were photocopies; the originals were produced by the co-owner, Mr. {P:Page-Akana}, on the same day. "
            "NCIC and {AG:National Insurance Crime Bureau} checks were negative. No evidence of {OF:Theft of "
            "Means of Transportation (A.R.S. \u00a7 13-1814)} or of altered identification numbers.", **m)
    fl.para("Unit 2: the trailer's tongue plate was partly painted over. After cleaning, the number matched the "
            "manufacturer's certificate of origin. The seller, Mr. {P:Begaye}, confirmed by phone "
            "({PH:(505) 555-0138}) that he bought the trailer new in Farmington and that his nephew, "
            "{P:Tyrese Benally-Harjo}, painted the tongue. A copy of this certificate goes to the {AG:ADOT Motor "
            "Vehicle Division}, Holbrook office.", **m)
    fl.para("Ms. {P:Page} was accompanied by her daughter, {P:Liliana Page-Akana} (age 16), who took photographs "
            "for the family's insurer. Applicant's alternate contact: {P:Ludvig Wirtanen}, {PH:928.555.0170}.",
            **m)
    fl.space(14)
    yy = fl.y
    under_field(d, fl.pno, L, yy, 250, "{O:Ofc. Ambrose Yellowhorse}  {B:#1147}", "Inspecting officer / ID number",
                vfont="tiit", vsize=11, color=BLUE)
    under_field(d, fl.pno, 312, yy, 250, "{P:Augustina M. Page}", "Applicant's signature", vfont="tiit",
                vsize=11, color=BLUE)
    yy += 36
    under_field(d, fl.pno, L, yy, 250, "{O:Sgt. Benedicta Cordero-Banks}  {B:#1022}", "Supervisor approval",
                vfont="tiit", vsize=11, color=BLUE)
    footer(d, 0, "{AG:Juniper Flats Police Department}  \u00b7  Form TD-14 (rev. 2025)  \u00b7  White: applicant  "
           "\u00b7  Yellow: ADOT  \u00b7  Pink: file", "Sheet 1 of 1", L=L, R=R)
    return d.finish(outdir)


# ================================================================== 3. polygraph examination report
def doc_polygraph(outdir):
    d = Doc("kcso_polygraph_examination_i03", "Kestrel County Sheriff's Office - Polygraph Examination Report")
    L, R = 60, 552
    p = d.new_page()
    d.text(p, L, 34, R - L, "{AG:KESTREL COUNTY SHERIFF'S OFFICE}", font="tibo", size=14, align="center")
    d.text(p, L, 52, R - L, "Criminal Investigations Division  \u00b7  Polygraph Unit", font="tiro", size=10,
           align="center")
    d.text(p, L, 65, R - L, "{PP:3300 Courthouse Square, Kestrel, GA 31568}  \u00b7  {PP:(912) 555-0104}", font="tiro",
           size=8.5, color=GRAY, align="center")
    hline(d, p, L, 80, R, width=0.8)
    hline(d, p, L, 82.5, R, width=0.4)
    d.text(p, L, 90, R - L, "POLYGRAPH EXAMINATION REPORT", font="tibo", size=12, align="center")
    y = 110
    for lab, val in [("Case number:", "{C:KC-26-004821}"), ("Examination no.:", "{C:PX-26-117}"),
                     ("Date of examination:", "{ID:November 19, 2026}"),
                     ("Examinee:", "{P:HALE, TOBIAS LENNART}"),
                     ("Date of birth / SSN:", "{D:1994-09-03}  /  {S:257-55-0846}"),
                     ("Georgia DL:", "{DL:058 114 392}"),
                     ("Address:", "{A:2215 Live Oak Hammock Drive, Apt 12B, Kestrel, GA 31568}"),
                     ("Issue:", "{OF:Theft by Taking (O.C.G.A. \u00a7 16-8-2)} \u2014 loss of $6,420 from the safe at "
                      "{PP:Kestrel Creek Outfitters}"),
                     ("Examiner:", "{O:Investigator Corliss Pettigrew-Salas}, {B:KCSO #0627}")]:
        y = kv(d, p, L, y, lab, val, 118, lfont="tibo", vfont="tiro", size=10, width=R - L) + 3.5
    fl = Flow(d, [(p, L, R, y + 8, 740)], more=lambda: [(d.new_page(), L, R, 56, 740)])
    m = dict(font="tiro", size=10.5, lead=1.35, after=0.6)
    fl.para("1. Background", font="tibo", size=10.5, after=0.3)
    fl.para("The examinee is one of four employees who had the safe combination on {ID:October 31, 2026}. He "
            "came to the examination voluntarily with his attorney, {P:Marisabel Adeyemi-Fitch}, who waited "
            "outside the room. He signed the consent and rights form at 0910. His co-workers {P:Mirela "
            "Dragomir} and {P:Kwabena Ofori-Atta} were examined on November 17 with no significant reaction. "
            "The store manager, {P:Ferdinand Szymborski}, reported the loss to {O:Det. Sgt. Lucinda Mapp} "
            "{B:#0412}.", **m)
    fl.para("2. Pre-test interview (excerpt, from the recording)", font="tibo", size=10.5, after=0.3)
    qa = dict(font="cour", size=9.3, lead=1.3, after=0.35, label_w=86)
    for who, text in [
        ("EXAMINER:", "Before we start, are you taking any medication today?"),
        ("{P:HALE}:", "Just an {T:inhaler} for asthma. I used it this morning."),
        ("EXAMINER:", "That's fine. When the tube is on your chest, breathe normally. Don't hold your breath or "
                      "{T:exhale} hard on purpose. Who else knew the safe combination?"),
        ("{P:HALE}:", "Me, {P:Mirela}, {P:Kwabena}, and {P:Ferdinand}. And {P:Ferdinand}'s wife, {P:Gretchen}, she "
                  "does the bank runs sometimes."),
        ("EXAMINER:", "Where were you on the night of the 31st?"),
        ("{P:HALE}:", "At my girlfriend's, {P:Shayla Dunwoody}'s. {A:108 Tupelo Street}. Her number is "
                  "{PH:912-555-0193} if you want to check."),
        ("EXAMINER:", "Have you ever taken money from any employer?"),
        ("{P:HALE}:", "When I was seventeen I took twenty dollars from the register at my uncle's gas station. "
                  "My uncle is {P:Reuben Hale}. He never pressed it."),
        ("EXAMINER:", "Anything else you want to tell me before the test?"),
        ("{P:HALE}:", "My brother {P:Caleb} borrowed my truck that week. I don't know anything about the money."),
    ]:
        fl.para(text, label=[(0, who, "cobo")], **qa)
    fl.space(4)
    fl.para("3. Relevant questions and answers", font="tibo", size=10.5, after=0.3)
    fl.need(90)
    pno, y = table(d, fl.pno, L, fl.y, [40, 352, 50, 50],
                   ["No.", "Question", "Answer", "Score"],
                   [["R4", "Did you take any of that missing money from the safe on October 31?", "No", "+7"],
                    ["R6", "Did you take any of the $6,420 missing from that store?", "No", "+5"],
                    ["R8", "Do you know for sure who took that missing money?", "No", "+4"]],
                   font="tiro", size=9.5, shade=TINT)
    fl.y = y + 10
    fl.para("4. Physiology and opinion", font="tibo", size=10.5, after=0.3)
    fl.para("The examinee's respiratory tracings were regular; he did not {T:inhale} deeply or hold his breath at "
            "the relevant questions. Three charts were collected (Lafayette LX5000, seven-position ESS). Total "
            "score +16. Opinion: No Significant Reaction (NSR) \u2014 the examinee was truthful to the relevant "
            "questions. The results were given to Mr. {P:Hale} and to Ms. {P:Adeyemi-Fitch} at 1245, and to "
            "{O:Det. Sgt. Mapp}. The brother, {P:Caleb Hale} ({PH:(912) 555-0155}), was referred to the case "
            "detective for an interview; his address is {A:Route 4, Box 77-A, Folkston, GA 31537}.", **m)
    fl.para("Quality control review: {O:Lt. Gideon Nwosu-Marsh}, Polygraph Unit supervisor, {B:KCSO #0219}, "
            "concurred with the opinion on {ID:November 20, 2026}. The chart data were archived on the "
            "{AG:Kestrel County Sheriff's Office} server; copies may be released only with the approval of the "
            "{AG:Office of the District Attorney, Okapilco Judicial Circuit}.", **m)
    fl.space(14)
    under_field(d, fl.pno, L, fl.y, 250, "{O:Inv. C. Pettigrew-Salas}", "Examiner", vfont="tiit", vsize=11)
    for i in range(len(d.pdf)):
        footer(d, i, "{AG:Kestrel County Sheriff's Office}  \u00b7  Polygraph report {C:PX-26-117}  \u00b7  Not a "
               "public record until case closure", f"{i + 1} / {len(d.pdf)}", L=L, R=R, font="tiro")
    return d.finish(outdir)


# ================================================================== 4. electronic-monitoring alert (all caps)
def doc_em_alert(outdir):
    d = Doc("lccc_electronic_monitoring_alert_i04", "Larchmere County Community Corrections - Electronic Monitoring Alert and Response Record")
    L, R = 50, 562
    p = d.new_page()
    rect(d, p, (L, 30, R, 70), width=0.8, fill=LIGHT)
    d.text(p, L + 6, 35, R - L - 12, "{AG:LARCHMERE COUNTY COMMUNITY CORRECTIONS} -- EM UNIT", font="cobo", size=10.5)
    d.text(p, L + 6, 49, R - L - 12, "MONITORING CENTER ALERT PRINTOUT / AGENT RESPONSE RECORD", font="cour", size=9)
    d.text(p, L + 6, 59, R - L - 12, "PRINTED 11/24/2026 0612 CST  PAGE 1", font="cour", size=8)
    fl = Flow(d, [(p, L, R, 80, 742)], more=lambda: [(d.new_page(), L, R, 50, 742)])
    m = dict(font="cour", size=9, lead=1.3, after=0.15)

    def blk(lines, after=0.9):
        for k, ln in enumerate(lines):
            fl.para(ln, **dict(m, after=(after if k == len(lines) - 1 else 0.15)))

    blk(["CLIENT.......: {P:GRANT, JOVAN TERRELL}          CLIENT ID: 44-01873",
         "DOB..........: {D:07-19-1992}   SEX: M   MN DL: {DL:G417302886145}",
         "RESIDENCE....: {A:3907 PORTAGE AVE N, APT 214, LARCHMERE MN 55407}",
         "PHONE........: {PH:612 555 0127}   ALT (EMPLOYER): {PP:TWIN RIVERS PALLET CO} {PP:612-555-0180}",
         "COURT FILE...: {C:27-CR-26-11842}   DOCKET: {PP:LARCHMERE COUNTY DISTRICT COURT}",
         "OFFENSE......: {OF:DOMESTIC ASSAULT (MINN. STAT. 609.2242)}, NO-CONTACT ORDER IN EFFECT",
         "DEVICE.......: GPS ANKLE UNIT SN 7Q-55012, BASE UNIT SN 7B-22871",
         "AGENT........: {O:PROBATION AGENT KRISTOFFER LINDGREN-AHO} ({B:PA-306})"])
    hline(d, fl.pno, L, fl.y, R, width=0.5)
    fl.space(6)
    blk(["*** EXCLUSION ZONE ***",
         "PROTECTED PARTY: {P:CORONADO, LUZ ADRIANA}  DOB {D:02/11/1995}",
         "ZONE CENTER: {A:1520 EAST NOKOMIS PKWY, LARCHMERE MN 55409}, RADIUS 1,000 FT",
         "SECOND ZONE: {PP:NORTHSTAR CHILDREN'S ACADEMY}, {PP:880 BIRCHWOOD LN}, RADIUS 500 FT",
         "VICTIM NOTIFY: {PH:(612) 555-0141} (TEXT)  ADVOCATE: {PP:LARCHMERE DOMESTIC ABUSE PROJECT}"])
    hline(d, fl.pno, L, fl.y, R, width=0.5)
    fl.space(6)
    fl.para("ALERT HISTORY (CST)", font="cobo", size=9, after=0.3)
    pno, y = table(d, fl.pno, L, fl.y, [58, 40, 120, 294],
                   ["DATE", "TIME", "EVENT", "ACTION / NOTE"],
                   [["{ID:11/23/2026}", "2204", "STRAP TAMPER", "CENTER CALLED CLIENT, NO ANSWER. AGENT PAGED."],
                    ["{ID:11/23/2026}", "2211", "EXCLUSION ZONE ENTRY", "UNIT 0.1 MI FROM ZONE CENTER. {AG:LARCHMERE PD} "
                     "NOTIFIED, CAD {C:LPD26-208114}. VICTIM TEXTED."],
                    ["{ID:11/23/2026}", "2219", "ZONE EXIT", "UNIT MOVING NW ON 28TH ST AT 34 MPH."],
                    ["{ID:11/23/2026}", "2247", "AT RESIDENCE", "BASE UNIT CONTACT RESTORED."],
                    ["{ID:11/24/2026}", "0105", "STRAP RESTORED", "AGENT ON SCENE WITH {AG:LARCHMERE PD}."]],
                   font="cour", size=8.3, shade=TINT)
    fl.y = y + 10
    fl.para("AGENT RESPONSE NARRATIVE", font="cobo", size=9, after=0.3)
    blk(["PAGED 2206. ARRIVED AT CLIENT RESIDENCE 0040 WITH {O:OFC. HALVARD STROMMEN} {B:#5518} AND {O:OFC. "
         "AMINA HIRSI-BERGSTROM} {B:#5602} OF {AG:LARCHMERE PD}. CLIENT ADMITTED HE DROVE TO THE ZONE TO "
         "\"DROP OFF A BIRTHDAY CARD\" FOR HIS DAUGHTER {P:NEVAEH GRANT}, AGE 6. DAUGHTER'S GRANDMOTHER "
         "{P:ROSALVA CORONADO-BLY} ({PH:612-555-0169}) HAD NOT {T:GRANTED} CONSENT AND CALLED 911.",
         "CLIENT STATES STRAP WAS LOOSENED, NOT CUT. STRAP INSPECTED, REFITTED. VEHICLE: 2013 CHEVROLET "
         "MALIBU, MN PLATE {PL:NKT 842}, REGISTERED TO CLIENT'S COUSIN {P:DEVONTAE GRANT-OKAFOR} OF {A:PO BOX 61, "
         "ANOKA MN 55303}. CLIENT'S MOTHER {P:LORRAINE GRANT-WEBBER} ({PH:763-555-0112}) COLLECTED THE "
         "CAR KEYS AT THE RESIDENCE.",
         "CLIENT TAKEN INTO CUSTODY ON AGENT'S WARRANT FOR {OF:VIOLATION OF A DOMESTIC ABUSE NO-CONTACT ORDER "
         "(MINN. STAT. 629.75)}, BOOKED AT {PP:LARCHMERE COUNTY ADULT DETENTION CENTER} 0142. EARLIER REQUEST FOR "
         "CURFEW EXTENSION (NOT {T:GRANTED}) ATTACHED.",
         "VIOLATION REPORT TO JUDGE'S CHAMBERS, {O:HON. ESPERANZA SOLVANG-OCHOA}, AND TO {AG:LARCHMERE COUNTY "
         "ATTORNEY'S OFFICE}. SUPERVISOR NOTIFIED: {O:SUPV. AGENT TERJE MAKINEN-COLE} ({B:PA-114})."], after=0.6)
    fl.para("EMAIL RECEIPT: CLIENT'S EMAIL ON FILE {E:JTGRANT92@EXAMPLE.COM} -- NOTICE OF VIOLATION SENT 0605.",
            font="cour", size=8.5, lead=1.3)
    for i in range(len(d.pdf)):
        footer(d, i, "{AG:LARCHMERE COUNTY COMMUNITY CORRECTIONS}  --  CONFIDENTIAL CORRECTIONAL DATA",
               f"{i + 1}/{len(d.pdf)}", L=L, R=R, font="cour")
    return d.finish(outdir)


# ================================================================== 5. notice of seizure and intended forfeiture
def doc_forfeiture_notice(outdir):
    d = Doc("acpd_forfeiture_notice_i05", "Ashgrove City Police Department - Notice of Seizure and Intended Forfeiture")
    L, R = 72, 540
    p = d.new_page()
    d.text(p, L, 40, 300, "{AG:ASHGROVE CITY POLICE DEPARTMENT}", font="hebo", size=12.5, color=NAVY)
    d.text(p, L, 56, 300, "Special Investigations Unit \u2014 Asset Forfeiture", font="heit", size=9, color=NAVY)
    d.text(p, R - 190, 40, 190, "{PP:1200 Mesquite Parkway}\n{PP:Ashgrove, TX 76801}\n{PP:325-555-0105}",
           font="helv", size=8, lead=1.25, color=GRAY, align="right")
    hline(d, p, L, 78, R, width=1.0, color=NAVY)
    fl = Flow(d, [(p, L, R, 92, 720)], more=lambda: [(d.new_page(), L, R, 72, 720)])
    m = dict(font="tiro", size=11, lead=1.35, after=0.75)
    fl.para("December 1, 2026", **m)
    fl.para("CERTIFIED MAIL \u2014 RETURN RECEIPT REQUESTED", font="hebo", size=9, after=0.6)
    fl.para("{P:Leland Ambrose Cash}\n{P:Remedios Cash-Obregón}\n{A:418 Sotol Crest Court, Unit C\nAshgrove, TX 76801}",
            font="tiro", size=11, lead=1.25, after=0.9)
    fl.para("RE: Notice of Seizure and Intended Forfeiture \u2014 seizure no. {C:ACPD-AF-26-0071}; offense report "
            "{C:AC26-15230}", font="tibo", size=11, lead=1.3, after=0.8)
    fl.para("Dear Mr. {P:Cash} and Ms. {P:Cash-Obregón}:", **m)
    fl.para("On {ID:November 14, 2026}, officers of the {AG:Ashgrove City Police Department} seized the property "
            "listed below during the execution of a search warrant at your residence. The property is believed "
            "to be contraband under Chapter 59 of the Texas Code of Criminal Procedure because it was used or "
            "intended to be used in, or is the proceeds of, {OF:Manufacture or Delivery of a Controlled Substance, "
            "Penalty Group 1 (Tex. Health & Safety Code \u00a7 481.112)}. The arrest of {P:Leland Cash} on the same "
            "date is a separate matter.", align="justify", **m)
    pno, y = table(d, fl.pno, L, fl.y, [38, 250, 180],
                   ["Item", "Description", "Identifier"],
                   [["1", "U.S. currency, counted and verified (see note)", "$14,380.00"],
                    ["2", "2019 GMC Sierra 1500, grey", "VIN {V:" + make_vin("3GTU9DED", "KG") + "}\nTX {PL:NRT-5518}"],
                    ["3", "{T:Cashier}'s check no. 60443 payable to {P:Remedios Cash-Obregón}", "$2,500.00"],
                    ["4", "Apple iPhone 14 (grey), found in the kitchen", "IMEI on file"]],
                   font="tiro", size=10, fonts=[None, None, "cour"], shade=TINT)
    fl.y = y + 12
    fl.para("The {T:cash} was found in a gun safe in the garage and in a shoebox in the bedroom closet. It was "
            "counted on scene by {O:Det. Rogelio Vantreese} {B:#388} and {O:Ofc. Kimberly Nwachukwu} {B:#412} "
            "and deposited with the {AG:City of Ashgrove Finance Office} the next morning.", align="justify", **m)
    fl.para("If you claim an interest in any of this property, you may file a written answer with the clerk of "
            "the {PP:Brazos Bend County District Court}, {PP:100 Courthouse Square, Ashgrove, TX 76801}, after the "
            "notice of seizure and intended forfeiture is filed by the State. A lienholder or an innocent owner "
            "may also contact the {AG:Brazos Bend County Criminal District Attorney's Office} directly. Please "
            "do not send {T:cash} or documents to this office by mail.", align="justify", **m)
    fl.para("The records check shows a second registered owner of the truck, {P:Maricruz Obregón Duarte} "
            "(DOB {D:3/22/1958}), of {A:2702 W. Chisholm Trail, San Angelo, TX 76901}, who will receive a copy of "
            "this notice. A {T:cashier} at {PP:Hill Country Federal Credit Union} confirmed that check no. 60443 "
            "was bought with money from Ms. {P:Cash-Obregón}'s own account; we will ask the State to release item 3 "
            "to her. Your daughter, {P:Graciela Cash}, called this office on November 20 from {PH:325-555-0146} "
            "about her personal phone, which was not seized.", align="justify", **m)
    fl.para("Questions about this notice may be directed to me at {PP:325-555-0105}, ext. 4471.", **m)
    fl.para("Sincerely,", **m)
    fl.space(8)
    fl.para("{O:Lt. Marcelline Duchesne-Tafoya}", font="tiit", size=13, color=BLUE, after=0.1)
    fl.para("{O:Lieutenant Marcelline Duchesne-Tafoya}, {B:#217}\nCommander, Special Investigations Unit",
            font="tiro", size=10.5, lead=1.25, after=1.0)
    fl.para("cc:\u00a0{O:Asst. Criminal District Attorney Philippe Ramírez-Oakes}, Forfeiture Section\n"
            "{P:Ignatius Featherstone-Moyo}, attorney for Mr. {P:Cash}, {E:ifmoyo.law@example.net}\n"
            "{P:Maricruz Obregón Duarte} (registered co-owner)\nSeizure file {C:ACPD-AF-26-0071}",
            font="tiro", size=9.5, lead=1.3, after=0.3)
    fl.space(18)
    fl.need(110)
    hline(d, fl.pno, L, fl.y, R, width=0.5)
    fl.space(8)
    fl.para("ACKNOWLEDGEMENT OF RECEIPT (sign and return the enclosed copy)", font="hebo", size=9, after=0.4)
    fl.para("I received this notice and the inventory of the seized property on the date shown below.",
            font="tiro", size=10.5, after=0.8)
    yy = fl.y + 8
    under_field(d, fl.pno, L, yy, 220, "{P:Leland A. Cash}", "Owner / date", vfont="tiit", vsize=11, color=BLUE)
    under_field(d, fl.pno, L + 240, yy, 220, "{P:R. Cash-Obregón}", "Owner / date", vfont="tiit", vsize=11,
                color=BLUE)
    for i in range(len(d.pdf)):
        footer(d, i, "{AG:Ashgrove City Police Department}  \u00b7  Notice of seizure {C:ACPD-AF-26-0071}",
               f"Page {i + 1} of {len(d.pdf)}", L=L, R=R)
    return d.finish(outdir)


# ================================================================== 6. neighbourhood watch registration and roster
def doc_watch_roster(outdir):
    d = Doc("pfpd_neighborhood_watch_roster_i06", "Pipersfield Police Department - Neighborhood Watch Group Registration and Roster")
    L, R = 46, 566
    p = d.new_page()
    d.text(p, L, 32, R - L, "{AG:PIPERSFIELD POLICE DEPARTMENT}", font="hebo", size=12.5, color=GREEN,
           align="center")
    d.text(p, L, 48, R - L, "Community Policing Unit  \u00b7  {PP:31 Wharf Street, Pipersfield, ME 04652}  \u00b7  "
           "{PP:207-555-0106}", font="helv", size=8, color=GRAY, align="center")
    d.text(p, L, 66, R - L, "NEIGHBORHOOD WATCH GROUP REGISTRATION", font="hebo", size=11.5, align="center")
    y = 86
    field(d, p, L, y, L + 220, y + 30, "Group name", "Alder Cove Neighborhood Watch", vsize=10)
    field(d, p, L + 220, y, L + 360, y + 30, "Registration no.", "{C:PL-NW-026}", vfont="cour", vsize=10)
    field(d, p, L + 360, y, R, y + 30, "Area covered", "Alder Cove Rd, Kelp Lane, Spindrift Way", vsize=8.5)
    y += 30
    field(d, p, L, y, L + 220, y + 30, "Coordinator ({T:block} captain)", "{P:Kazimierz J. Block}", vfont="hebo", vsize=10)
    field(d, p, L + 220, y, L + 360, y + 30, "Coordinator phone", "{PH:(207) 555-0152}", vfont="cour", vsize=9.5)
    field(d, p, L + 360, y, R, y + 30, "Coordinator e-mail", "{E:cas.block@example.com}", vsize=9)
    y += 30
    field(d, p, L, y, L + 360, y + 30, "Coordinator address", "{A:6 Spindrift Way, Pipersfield, ME 04652}",
          vsize=10)
    field(d, p, L + 360, y, R, y + 30, "Meeting place", "{PP:Alder Cove Meeting House}", vsize=9.5)
    y += 30
    field(d, p, L, y, L + 260, y + 30, "Assistant coordinator", "{P:Siobhán Ní Dhomhnaill-Pratt}", vsize=10)
    field(d, p, L + 260, y, R, y + 30, "Police liaison", "{O:Ofc. Evander Thibodeau} ({B:#22}), Community Policing Unit",
          vsize=9.5)
    y += 42
    d.text(p, L, y, R - L, "MEMBER ROSTER (contact information is confidential and is not to be shared outside the "
           "group)", font="hebo", size=8.5)
    rows = [
        ["{P:Block, Kazimierz J.}", "{A:6 Spindrift Way}", "{PH:207-555-0152}", "Captain, Spindrift Way {T:block}"],
        ["{P:Ní Dhomhnaill-Pratt, Siobhán}", "{A:11 Spindrift Way}", "{PH:207-555-0118}", "Assistant; newsletter"],
        ["{P:Pratt, Everett}", "{A:11 Spindrift Way}", "\u2014", "Patrol walks (Tue)"],
        ["{P:Dao, Bao Chau}", "{A:2 Kelp Lane}", "{PH:207 555 0175}", "Kelp Lane {T:block} contact"],
        ["{P:Lemieux, Ghislaine}", "{A:19 Alder Cove Road, Apt 2}", "{PH:207-555-0133}", "E-mail list: "
         "{E:glemieux@example.org}"],
        ["{P:Sockabasin, Roland}", "{A:RR 1 Box 318, Alder Cove Road}", "{PH:(207) 555-0189}", "Boat landing "
         "watch"],
        ["{P:Achterberg-Leavitt, Tamsin}", "{A:25 Alder Cove Road}", "{PH:207-555-0121}", "Youth member: "
         "{P:Elodie Leavitt}, age 15"],
        ["{P:Kowalewski, Bogdan \"Bob\"}", "{A:PO Box 77, Pipersfield, ME 04652}", "{PH:207.555.0160}",
         "Seasonal (May\u2013Oct)"],
    ]
    pno, y = table(d, p, L, y + 14, [150, 150, 90, 130], ["Name (last, first)", "Address", "Phone", "Role / note"],
                   rows, font="helv", size=8.5, shade=TINT, fonts=[None, None, "cour", None])
    fl = Flow(d, [(p, L, R, y + 14, 740)], more=lambda: [(d.new_page(), L, R, 56, 740)])
    m = dict(font="tiro", size=10, lead=1.3, after=0.55)
    fl.para("Liaison officer's notes", font="tibo", size=10, after=0.3)
    fl.para("The group formed after a run of car break-ins on Kelp Lane ({C:PL26-3391}, {C:PL26-3407}) "
            "between {ID:September 2, 2026} and {ID:September 9, 2026}. Mr. {P:Block} held the first gathering at the "
            "meeting house on October 6; 23 residents attended. The group will report suspicious activity by calling "
            "{AG:Hancock Bay Regional Communications} and will not confront anyone. Two signs were approved for "
            "each {T:block}, paid for by {PP:Spindrift Marine Supply}.", **m)
    fl.para("Ms. {P:Lemieux} asked that her e-mail not be shared with the newsletter; Mr. {P:Sockabasin} "
            "(Passamaquoddy, DOB {D:1/30/1951}) asked to be called only on his landline. The youth member "
            "{P:Elodie} has written parental consent from her mother, Ms. {P:Achterberg-Leavitt}. A former "
            "resident, {P:Lucius Harrowgate}, who was issued a trespass warning by {O:Sgt. Dorotea"
            " Quintal-Yeaton} {B:#9} in 2025, may not attend meetings at the hall.", **m)
    fl.para("Approved: {O:Chief Fergus Ouellette}, {ID:October 14, 2026}.", font="tiit", size=10, after=0.2)
    footer(d, 0, "{AG:Pipersfield Police Department}  \u00b7  Form CP-7  \u00b7  Confidential: member contact "
           "information", "1 of 1", L=L, R=R)
    return d.finish(outdir)


# ================================================================== 7. citizen complaint intake
def doc_complaint_intake(outdir):
    d = Doc("wctpd_citizen_complaint_intake_i07", "Wolf Creek Township Police Department - Citizen Complaint Intake Form")
    L, R = 54, 558
    p = d.new_page()
    rect(d, p, (L, 30, R, 58), width=0, fill=NAVY, color=NAVY)
    d.text(p, L + 8, 36, 330, "{AG:WOLF CREEK TOWNSHIP POLICE DEPARTMENT}", font="hebo", size=11.5, color=(1, 1, 1))
    d.text(p, R - 220, 38, 212, "Office of Professional Standards", font="heit", size=9, color=(1, 1, 1),
           align="right")
    d.text(p, L, 63, R - L, "{PP:2 Municipal Drive, Wolf Creek, PA 16137}  \u00b7  {PP:724-555-0107}  \u00b7  "
           "Complaints may be made in person, by phone, by mail or online.", font="helv", size=7.8, color=GRAY)
    d.text(p, L, 80, R - L, "CITIZEN COMPLAINT / COMMENDATION INTAKE", font="hebo", size=11.5)
    y = 98
    lw = 120
    rows = [
        ("Complaint number", "{C:OPS-2026-041}", 18),
        ("Date / time received", "{ID:11/10/2026} 1530, in person at the front desk", 18),
        ("Received by", "{O:Sgt. Ulrike Pennywhistle-Obi} ({B:#104})", 18),
        ("Complainant", "{P:RUDE, ANNIKA SOLVEIG}", 18),
        ("Date of birth", "{D:March 8, 1983}", 18),
        ("Home address", "{A:57 Slippery Rock Road, Wolf Creek, PA 16137}", 18),
        ("Phone / e-mail", "{PH:724-555-0114}  /  {E:annika.rude@example.com}", 18),
        ("Incident", "Traffic stop, Route 173 at Frog Pond Road, {ID:11/08/2026} about 2115; citation "
                     "{C:T-2026-88412} for {OF:Careless Driving (75 Pa.C.S. \u00a7 3714)}", 28),
        ("Employee(s) named", "{O:Ofc. Thaddeus Krzeminski} ({B:#127}); a second officer, believed to be "
                              "{O:Ofc. Nomvula Castellanos} ({B:#133})", 28),
        ("Others present", "Son {P:Leif Rude-Amsel} (age 16), passenger; witness {P:Thorsten Adekunle}", 18),
        ("Allegation(s)", "Discourtesy; improper search of the vehicle", 18),
    ]
    for lab, val, h in rows:
        side_field(d, p, L, y, R, y + h, lab, val, lw, size=9)
        y += h
    fl = Flow(d, [(p, L, R, y + 12, 740)], more=lambda: [(d.new_page(), L, R, 56, 740)])
    m = dict(font="tiro", size=10.5, lead=1.34, after=0.6)
    fl.para("Complainant's account (taken down by the receiving supervisor and read back to her)", font="tibo",
            size=10.5, after=0.3)
    fl.para("\"I was driving my son home from hockey practice. The officer said I drifted over the fog line. "
            "He was {T:rude} from the start \u2014 he kept tapping on the window and said 'Ma'am, we can do this "
            "the easy way.' I gave him my license and he asked if {P!:Annika Rude} was my real name. He made my "
            "son get out and searched the back seat without asking. My son has asthma and was crying. The "
            "second officer was polite and apologized. I want the first officer spoken to. I am not saying he "
            "had no reason to stop me, but nobody should be treated that {T:rudely} in front of their kid.\"",
            **m)
    fl.para("Supervisor's notes", font="tibo", size=10.5, after=0.3)
    fl.para("Ms. {P:Rude} was calm and gave a clear account. She provided a phone video (2 min 14 s) made by her "
            "son, {P:Leif}, which was copied to the case file. She named a witness who stopped behind the patrol "
            "car, {P:Thorsten Adekunle}, who can be reached at {PH:(724) 555-0196}, {A:1900 Harmony Orchard Lane, "
            "Harmony, PA 16037}. Her husband, {P!:Lorenz Amsel}, called on 11/11 to add that the vehicle "
            "(2016 Subaru Outback, PA plate {PL:LKW-3857}) is registered to him. The body-worn camera video of both "
            "officers and the MVR video were preserved ({AG:Wolf Creek Township PD} evidence nos. 26-4410 and "
            "26-4411).", **m)
    fl.para("The complaint was classified as a Class II (discourtesy, search) and assigned to {O:Lt. Bronisława "
            "Haverkamp} ({B:#102}) for investigation. The complainant was told that the citation itself must be "
            "contested at {PP:Magisterial District Court 48-1-07} and is not part of this process. The {AG:Mercer "
            "Knob County District Attorney} was not notified (no criminal allegation).", **m)
    fl.space(12)
    yy = fl.y
    under_field(d, fl.pno, L, yy, 240, "{P:Annika S. Rude}", "Complainant's signature", vfont="tiit", vsize=11,
                color=BLUE)
    under_field(d, fl.pno, 318, yy, 240, "{O:Sgt. U. Pennywhistle-Obi} {B:#104}", "Receiving supervisor",
                vfont="tiit", vsize=11, color=BLUE)
    for i in range(len(d.pdf)):
        footer(d, i, "{AG:Wolf Creek Township Police Department}  \u00b7  OPS form 1  \u00b7  Personnel record \u2014 "
               "confidential", f"Page {i + 1} of {len(d.pdf)}", L=L, R=R)
    return d.finish(outdir)


# ================================================================== 8. hospital prisoner guard log (landscape)
def doc_guard_log(outdir):
    d = Doc("tcso_hospital_guard_log_i08", "Tamarack County Sheriff's Office - Hospitalized Prisoner Security Log")
    L, R = 36, 756
    p = d.new_page(792, 612)
    d.text(p, L, 26, 420, "{AG:TAMARACK COUNTY SHERIFF'S OFFICE}", font="hebo", size=13)
    d.text(p, L, 43, 470, "HOSPITALIZED PRISONER SECURITY (GUARD) LOG  \u2014  one line per relief, visit, "
           "movement or event", font="helv", size=8.8)
    d.text(p, R - 300, 24, 300, "Jail booking 26-03318   Case {C:TC26-14027}\n{PP:St. Adalbert Memorial Hospital}, "
           "4 West, room 418\n{PP:2400 Ginseng Meadow Road, Wausaw Falls, WI 54499}", font="helv", size=8.2,
           lead=1.3, align="right")
    hline(d, p, L, 64, R, width=1.2)
    d.text(p, L, 70, R - L, "Prisoner: {P:NURSE, BRODY ALLAN}   DOB {D:12/02/1997}   Held for: {OF:Operating While "
           "Intoxicated, 3rd (Wis. Stat. \u00a7 346.63(1)(a))} and {OF:Resisting an Officer (Wis. Stat. \u00a7 "
           "946.41)}   Admitted {ID:11/27/2026} after a fall in custody.   Restraint: one leg iron to bed frame.",
           font="helv", size=8.6)
    rows = [
        ["{ID:11/27/2026}", "1945", "{O:Dep. Yer Nhia Xiong} {B:#2231}", "Post opened", "Prisoner admitted from ED; "
         "charge {T:nurse} briefed on restrictions (no phone, no visitors without approval)."],
        ["", "2310", "\u2033", "Visitor denied",
         "{P:Shawnee Nurse-Kowalski} (says she is his wife), {PH:715-555-0148}, told to call the jail."],
        ["{ID:11/28/2026}", "0000", "{O:Dep. Reinhold Pfluger} {B:#2209}", "Relief", "Prisoner asleep. Leg iron "
         "checked."],
        ["", "0340", "\u2033", "Movement", "To radiology with "
         "two {T:nurses} and a transporter; returned 0425."],
        ["", "0800", "{O:Cpl. Fenna Oosterhuis-Kamp} {B:#2140}", "Relief", "Hospitalist "
         "{P:Dr. Anjali Rao-Kittredge} expects discharge tomorrow."],
        ["", "1015", "\u2033", "Approved visit",
         "Attorney {P:Gideon Taube-Ricciardi} (15 min, door open). Mother {P:Rosemary Nurse}, DOB "
         "{D:1969-05-14}, ID checked (WI DL {DL:N620-4417-9853-02}), 20 min."],
        ["", "1400", "\u2033", "Property",
         "Mother took his jacket and keys; receipt signed \"{P:R. Nurse}\"."],
        ["", "1600", "{O:Dep. Kwame Asante-Lindholm} {B:#2255}", "Relief",
         "Prisoner asked to call {P:Tou Vang} at {PH:(715) 555-0172}; denied per policy."],
        ["", "2130", "\u2033", "Incident",
         "Prisoner pulled IV; {T:nurse} {P:Greta Sandoval-Haugen} re-sited it. No injury to staff."],
        ["{ID:11/29/2026}", "1105", "{O:Sgt. Lorne Vandersloot} {B:#2102}", "Discharge",
         "Cleared by {P:Dr. Rao-Kittredge}; returned to {PP:Tamarack County Jail} 1140. Log closed."],
    ]
    pno, y = table(d, p, L, 96, [62, 34, 170, 80, 374],
                   ["Date", "Time", "Deputy / badge", "Entry", "Details"],
                   rows, font="helv", size=8.2, shade=TINT, fonts=["cour", "cour", "hebo", None, None])
    y += 10
    cw = (R - L - 24) / 2
    fl = Flow(d, [(p, L, L + cw, y, 580), (p, L + cw + 24, R, y, 580)])
    m = dict(font="tiro", size=9.2, lead=1.28, after=0.45)
    fl.para("Post orders and notes", font="hebo", size=8.5, after=0.2)
    fl.para("Post orders: the prisoner's home address ({A:N4471 County Road Q, Wausaw Falls, WI 54499}) and phone "
            "are not to be given to hospital staff or visitors. The hospital's security desk is at "
            "{PP:715-555-0190}. Any visit needs the approval of the shift sergeant.", **m)
    fl.para("The wife who came on 11/27, Ms. {P:Nurse-Kowalski}, was later confirmed by the jail as a listed "
            "visitor; she may visit at the jail under the normal schedule. His sister, {P:Kalia Nurse-Vang} "
            "({PH:715-555-0136}), asked for updates and was given the jail's public line. The prisoner's employer, "
            "{PP!:Northwoods Cheese Cooperative}, called for a work excuse and was referred to the jail.", **m)
    fl.para("Relief schedule prepared by {O:Sgt. Lorne Vandersloot}. Mileage and overtime charged to the "
            "{AG:Tamarack County Sheriff's Office} transport budget; the {AG!:Wausaw Falls Police Department} "
            "covered the 0000\u20130800 post on 11/29 under mutual aid.", **m)
    footer(d, 0, "{AG:Tamarack County Sheriff's Office}  \u00b7  Jail Division form J-44  \u00b7  Retain with "
           "booking file", "Page 1 of 1", L=L, R=R, y=598)
    return d.finish(outdir)


# ================================================================== 9. surety's surrender of principal
def doc_bail_surrender(outdir):
    d = Doc("pbpso_surety_surrender_i09", "Palmetto Bend Parish Sheriff's Office - Surrender of Principal by Surety and Remand Receipt")
    L, R = 66, 546
    p = d.new_page()
    d.text(p, L, 38, R - L, "{AG:PALMETTO BEND PARISH SHERIFF'S OFFICE}", font="tibo", size=13.5, align="center")
    d.text(p, L, 56, R - L, "Corrections Division  \u00b7  {PP:Palmetto Bend Parish Correctional Center}", font="tiro",
           size=10, align="center")
    d.text(p, L, 69, R - L, "{PP:600 Levee Road, Belle Chasse Crossing, LA 70390}  \u00b7  {PP:(985) 555-0108}",
           font="tiro", size=8.5, color=GRAY, align="center")
    hline(d, p, L, 84, R, width=0.8)
    d.text(p, L, 92, R - L, "SURRENDER OF PRINCIPAL BY SURETY\nAND RECEIPT FOR REMAND INTO CUSTODY", font="tibo",
           size=12, lead=1.25, align="center")
    d.text(p, L, 124, R - L, "(La. C.Cr.P. art. 345)", font="tiit", size=9.5, align="center")
    y = 144
    for lab, val in [("Docket no.:", "{C:2026-CR-01588}, {PP:Forty-Fourth Judicial District Court}"),
                     ("Principal:", "{P:BOND, RAYSHAWN DELACROIX}"),
                     ("Date of birth:", "{D:04-06-1990}"),
                     ("SSN (last booking):", "{S:438-55-0277}"),
                     ("Charge:", "{OF:Possession of a Firearm by a Convicted Felon (La. R.S. 14:95.1)}"),
                     ("Undertaking:", "Commercial surety, $25,000, power no. ATL-55-20913"),
                     ("Surety / agent:", "{PP:Atchafalaya Bail Agency, LLC}; agent {P:Marie-Claire Thibodeaux}")]:
        y = kv(d, p, L, y, lab, val, 118, lfont="tibo", vfont="tiro", size=10.5, width=R - L) + 3
    fl = Flow(d, [(p, L, R, y + 10, 736)], more=lambda: [(d.new_page(), L, R, 60, 736)])
    m = dict(font="tiro", size=11, lead=1.4, after=0.7, align="justify", indent=24)
    fl.para("I, {P:Marie-Claire Thibodeaux}, a licensed bail agent for the surety named above, state that on "
            "{ID:November 22, 2026}, at 1605 hours, I delivered the principal, {P:Rayshawn Delacroix Bond}, into "
            "the custody of the {AG:Palmetto Bend Parish Sheriff's Office} at its correctional center, and I ask to "
            "be relieved of the undertaking under which the principal was released. The principal was surrendered "
            "because he failed to keep in contact with the agency and because the indemnitor, his aunt "
            "{P:Odalys Bond-Fontenot} of {A:212 Bayou Lafourche Street, Raceland, LA 70394}, withdrew her "
            "indemnity in writing on November 19.", **m)
    fl.para("The principal was located at the residence of {P:Keyonna Batiste}, {A:5 Pecan Allée, Lot 14, "
            "Belle Chasse Crossing, LA 70390}, by myself and recovery agent {P:Hyacinthe Landry-Okwu}. He came "
            "without resistance. His phone number of record is {PH:985-555-0124} and the indemnitor's is "
            "{PH:(504) 555-0187}. The original {T:bond} paperwork and a certified copy of the power of attorney "
            "are attached.", **m)
    fl.space(4)
    under_field(d, fl.pno, L, fl.y, 240, "{P:Marie-Claire Thibodeaux}", "Bail agent (licence LA-BA 30418)",
                vfont="tiit", vsize=12, color=BLUE)
    fl.y += 36
    fl.para("SHERIFF'S RECEIPT", font="tibo", size=11, after=0.3, align="left", indent=0)
    fl.para("Received into custody on the date and at the time stated above, the principal named above, "
            "booked under no. 26-77104 by {O:Corrections Dep. Lázaro Broussard-Nguyen} ({B:CB-1172}). The "
            "principal's property (wallet with Louisiana DL {DL:009884317}, phone, keys to a 2011 Nissan Altima, "
            "LA plate {PL:ZTR 481}) was inventoried. The vehicle was left at the {P:Batiste} residence with the "
            "owner's consent. The {T:bondsman}'s request for discharge is forwarded to the court; the "
            "principal will be brought before the {PP:Forty-Fourth Judicial District Court} at the next "
            "setting. Notice sent to the {AG:Office of the District Attorney, Forty-Fourth Judicial District} "
            "and to defence counsel {P:Aurelien St. Cyr-Watts}, {E:stcyrwatts.defense@example.net}.", **m)
    fl.para("Under La. C.Cr.P. art. 345, no new {T:bond} may be set for the principal without a hearing. The "
            "previous release date was {ID:August 3, 2026}.", **m)
    fl.space(6)
    yy = fl.y
    under_field(d, fl.pno, L, yy, 230, "{O:Corrections Dep. L. Broussard-Nguyen}", "Receiving deputy",
                vfont="tiit", vsize=10.5, color=BLUE)
    under_field(d, fl.pno, L + 250, yy, 230, "{O:Lt. Rosalie Guidry-Abara} {B:CB-1040}", "Shift commander",
                vfont="tiit", vsize=10.5, color=BLUE)
    for i in range(len(d.pdf)):
        footer(d, i, "{AG:Palmetto Bend Parish Sheriff's Office}  \u00b7  Form CD-31  \u00b7  Original to Clerk of "
               "Court, copy to surety", f"Page {i + 1} of {len(d.pdf)}", L=L, R=R, font="tiro")
    return d.finish(outdir)


# ================================================================== 10. DNA sample collection record (two columns)
def doc_dna_collection(outdir):
    d = Doc("gwpd_dna_collection_record_i10", "Granite Wash Police Department - Arrestee DNA Sample Collection Record")
    L, R = 44, 568
    p = d.new_page()
    d.text(p, L, 32, 360, "{AG:GRANITE WASH POLICE DEPARTMENT}", font="hebo", size=13, color=DARKRED)
    d.text(p, L, 49, 360, "Booking and Identification Section", font="helv", size=9)
    d.text(p, R - 200, 32, 200, "{PP:455 Quarry Bench Road}\n{PP:Granite Wash, UT 84754}\n{PP:435-555-0109}",
           font="helv", size=7.8, lead=1.25, color=GRAY, align="right")
    hline(d, p, L, 68, R, width=1.5, color=DARKRED)
    d.text(p, L, 76, R - L, "ARRESTEE DNA SAMPLE (BUCCAL SWAB) COLLECTION RECORD", font="hebo", size=11.5,
           align="center")
    d.text(p, L, 92, R - L, "Utah Code \u00a7 53-10-404  \u00b7  kit must be mailed within 5 working days",
           font="heit", size=8.5, color=GRAY, align="center")
    cw = (R - L - 24) / 2
    x2 = L + cw + 24
    page_line_y = 108
    page = d.page(p)
    page.draw_line((L + cw + 12, page_line_y), (L + cw + 12, 720), color=GRAY, width=0.4)
    # left column: subject block
    y = page_line_y
    d.text(p, L, y, cw, "A. ARRESTEE", font="hebo", size=9, color=DARKRED)
    y += 16
    for lab, val in [("Name", "{P:CHEEK, MALAKAI SIONE}"), ("Also known as", "\"{P:Kai}\"; {P:Malachi Cheek}"),
                     ("DOB", "{D:9/14/2001}"), ("SSN", "{S:529 55 0391}"), ("Utah DL", "{DL:174002913}"),
                     ("Address", "{A!:4410 W. Sagebrush Circle, #7, Granite Wash, UT 84754}"),
                     ("Phone", "{PH:(435) 555-0116}"),
                     ("Emergency", "{P:Losaline Fifita}, {PH:435.555.0150}"), ("Booking no.", "GG26-11930"),
                     ("Arrest date", "{ID:11/06/2026}"), ("Case no.", "{C:GG26-06522}")]:
        y = kv(d, p, L, y, lab, val, 78, lfont="hebo", vfont="helv", size=9, width=cw) + 4
    y += 6
    d.text(p, L, y, cw, "B. QUALIFYING OFFENSE", font="hebo", size=9, color=DARKRED)
    y += 16
    y = d.text(p, L, y, cw, "{OF:Aggravated Assault (Utah Code \u00a7 76-5-103)}, a felony. Booked on a probable-cause "
               "arrest; no prior sample on file per the state index check.", font="helv", size=9, lead=1.3) + 8
    d.text(p, L, y, cw, "C. KIT", font="hebo", size=9, color=DARKRED)
    y += 16
    for lab, val in [("Kit no.", "UT-AR-0088127"), ("Collected", "{ID:11/06/2026} 2342"),
                     ("Mailed", "11/09/2026, tracking on file"),
                     ("Lab", "{AG:Utah Bureau of Forensic Services}")]:
        y = kv(d, p, L, y, lab, val, 78, lfont="hebo", vfont="helv", size=9, width=cw) + 4
    # right column: narrative flow
    fl = Flow(d, [(p, x2, R, page_line_y, 720)])
    m = dict(font="tiro", size=9.8, lead=1.32, after=0.55, align="justify")
    fl.para("D. COLLECTION NARRATIVE", font="hebo", size=9, color=DARKRED, after=0.3, align="left")
    fl.para("The arrestee was advised of the collection requirement and did not object. He rinsed his mouth "
            "with water at 2330. I swabbed the inside of his left {T:cheek} and right {T:cheek} with the two "
            "swabs in the kit, ten strokes each, air-dried them and sealed the kit in his presence. Gloves were "
            "changed before the collection.", **m)
    fl.para("Mr. {P:Cheek} asked whether the sample would be used to \"look at my family\". He was given the "
            "state's expungement notice. His mother, {P:'Ana Cheek-Vainikolo}, was in the lobby and asked for "
            "a copy of the notice; she gave her number as {PH:435-555-0177} and her e-mail as "
            "{E:ana.vainikolo@example.com}.", **m)
    fl.para("The co-arrestee, {P:Dawit Gebremedhin} (DOB {D:2003-01-27}), was released before a sample was "
            "taken; his booking was for a misdemeanour that does not qualify. The victim of the assault, "
            "{P:Harlan Ostrowski-Paz}, was treated at {PP:Cedar Wash Regional Hospital}. The victim's "
            "statement was taken by {O:Det. Ingeborg Ruzicka} {B:#318}.", **m)
    fl.para("E. CERTIFICATION", font="hebo", size=9, color=DARKRED, after=0.3, align="left")
    fl.para("I certify that I am trained in buccal-swab collection and that this kit was collected and sealed as "
            "described. Collector: {O:Booking Ofc. Tevite Fifita-Larsen}, {B:#412}. Witness: {O:Ofc. Brynja "
            "Solheim-Cruz}, {B:#377}.", **m)
    fl.para("Sample transmittal reviewed by {O:Sgt. Leiv Ashcroft-Moyo}, {B:#205}, on {ID:11/09/2026}. "
            "Copy to the {AG:Cedar Wash County Attorney} with the case file.", **m)
    y2 = max(y, fl.y) + 14
    hline(d, p, L, y2, R, width=0.6)
    under_field(d, p, L, y2 + 14, 240, "{P:Malakai S. Cheek}", "Arrestee's signature (acknowledgement only)",
                vfont="tiit", vsize=11, color=BLUE)
    under_field(d, p, x2, y2 + 14, 240, "{O:Ofc. T. Fifita-Larsen} {B:#412}", "Collector", vfont="tiit",
                vsize=11, color=BLUE)
    footer(d, 0, "{AG:Granite Wash Police Department}  \u00b7  Form BI-12  \u00b7  Do not place in the public case "
           "file", "1 of 1", L=L, R=R)
    return d.finish(outdir)


# ================================================================== 11. civilian lifesaving commendation letter
def doc_commendation_letter(outdir):
    d = Doc("ghpd_civilian_commendation_i11", "Gullhaven Police Department - Civilian Lifesaving Commendation Letter")
    L, R = 78, 534
    p = d.new_page()
    d.text(p, L, 42, R - L, "{AG:GULLHAVEN POLICE DEPARTMENT}", font="tibo", size=15, color=NAVY, align="center")
    d.text(p, L, 62, R - L, "Office of the Chief of Police", font="tiit", size=10.5, color=NAVY, align="center")
    d.text(p, L, 76, R - L, "{PP:18 Lantern Row, Gullhaven, DE 19944}  \u00b7  {PP:(302) 555-0110}", font="tiro",
           size=8.5, color=GRAY, align="center")
    hline(d, p, L + 80, 92, R - 80, width=0.6, color=NAVY)
    fl = Flow(d, [(p, L, R, 106, 730)], more=lambda: [(d.new_page(), L, R, 72, 730)])
    m = dict(font="tiro", size=11.5, lead=1.4, after=0.8)
    fl.para("November 30, 2026", **m)
    fl.para("{P:Alastair Shore} and {P:Lanakila Keakealani-Shore}\n{A:7 Tern Marsh Court\nGullhaven, DE 19944}",
            font="tiro", size=11.5, lead=1.3, after=1.0)
    fl.para("Re: Civilian Lifesaving Award \u2014 {P:Makana J. Shore}", font="tibo", size=11.5, after=0.8)
    fl.para("Dear Mr. and Mrs. {P:Shore}:", **m)
    fl.para("It is my privilege to tell you that your son, {P:Makana}, has been selected for the Department's "
            "Civilian Lifesaving Award. On {ID:August 16, 2026}, at about 4:40 p.m., {P:Makana}, then 13 years "
            "old, saw a younger boy, {P:Teodor Wróblewski-Baptiste}, age 7, swept off the end of the fishing pier "
            "by a wave. Without hesitating he threw the pier's ring buoy, then went into the water, held the boy "
            "up and kicked him back to the {T:shoreline} until a lifeguard reached them.", **m)
    fl.para("The boy's mother, {P:Agnieszka Wróblewska}, has written to the Department to thank {P:Makana}; "
            "with her permission her letter is enclosed. The boy was checked by {O:Paramedic Ruairí "
            "Fitzmaurice} of {AG:Sussex Dunes EMS} and taken to {PP:Sandpiper Dunes Medical Center} as a "
            "precaution; he went home the same evening. {O:Ofc. Chidinma Dunleavy-Soto} ({B:#61}), who was the "
            "first officer to arrive, and lifeguard {P:Brennan Oakhurst} both described {P:Makana}'s actions "
            "as calm and brave once he was back {T:ashore}. The call is recorded under incident "
            "{C:GH26-08815}.", **m)
    fl.para("The award will be presented at the City Council meeting on {ID:January 12, 2027} at 7:00 p.m. in the "
            "{PP:Gullhaven City Hall council chambers}. {P:Makana}'s grandparents, {P:Kaimana Keakealani} and "
            "{P:Ruth Keakealani}, and his swim coach at {PP:Cape Henlopen Aquatics Club}, {P:Lazarus Vanterpool}, "
            "are welcome too. Please call my assistant, {O:Administrative Sgt. Hortensia Bleecker} "
            "({B:#14}), at {PP:(302) 555-0110}, ext. 12, to confirm; the printed program will be sent to the "
            "e-mail address you gave us, {E:lanakila.shore@example.org}. If you prefer that {P:Makana}'s name not be released to the "
            "press, tell us before January 5.", **m)
    fl.para("On behalf of the men and women of this Department, thank you for raising such a fine young man.",
            **m)
    fl.para("Sincerely,", **m)
    fl.space(6)
    fl.para("{O:Chief Evangelos Tsakiris-Doyle}", font="tiit", size=14, color=BLUE, after=0.1)
    fl.para("{O:Evangelos Tsakiris-Doyle}, Chief of Police", font="tiro", size=11, after=1.2)
    fl.para("Enclosure: letter from Ms. {P:Wróblewska} (contact: {PH:302-555-0183})\n"
            "cc:\u00a0{O:Mayor Hephzibah Aberdeen-Pryce}, City of Gullhaven\n"
            "{O:Ofc. C. Dunleavy-Soto}, {B:#61}\n"
            "Personnel file of {O:Capt. Ignatius Adebisi-Crane}, Patrol Division commander (nominating officer)",
            font="tiro", size=9.5, lead=1.35, after=0.3)
    for i in range(len(d.pdf)):
        footer(d, i, "{AG:Gullhaven Police Department}  \u00b7  Awards Committee file {C:AWD-2026-09}",
               f"{i + 1}", L=L, R=R, font="tiro")
    return d.finish(outdir)


# ================================================================== 12. private repossession notification log
def doc_repossession_log(outdir):
    d = Doc("cmpd_repossession_notification_log_i12", "Clovermoor Police Department - Private Repossession Notification Log")
    L, R = 40, 572
    p = d.new_page()
    d.text(p, L, 30, 340, "{AG:CLOVERMOOR POLICE DEPARTMENT}", font="hebo", size=12.5)
    d.text(p, L, 46, 340, "Records Unit  \u2014  Private Repossession Notification Log", font="helv", size=9)
    d.text(p, R - 210, 30, 210, "{PP:64 Maple Sugar Lane}\n{PP:Clovermoor, VT 05743}\n{PP:802-555-0111}", font="helv",
           size=7.6, lead=1.25, color=GRAY, align="right")
    hline(d, p, L, 66, R, width=1.0)
    d.text(p, L, 72, R - L, "Repossession agents must notify the Department within one hour of taking a vehicle so "
           "that it is not reported stolen. Entries for {ID:November 1\u201330, 2026}. The lender holding the "
           "{T:lien} is named in the notes where known.", font="helv", size=8.3, lead=1.25)
    vins = [make_vin("1HGCV1F3", "KA"), make_vin("5NPE34AF", "HH"), make_vin("1FMCU9GD", "LU"),
            make_vin("JTDKARFU", "J3"), make_vin("2C4RDGCG", "MR"), make_vin("1N4BL4BV", "LC")]
    rows = [
        ["11/03 0215", "{C:RC26-4410}", "{P:Lien, Thanh Truc}", "2019 Honda Accord\n{V:" + vins[0] + "}",
         "VT {PL:HNR 218}", "{A:22 Ladd Street, Apt 3}", "{PP:Ridgeline Recovery}\n"
         "{P:Dustin Callowhill}"],
        ["11/06 2340", "{C:RC26-4467}", "{P:Farah, Sagal Mohamed}", "2017 Hyundai Elantra\n{V:" + vins[1] + "}",
         "VT {PL:JBX 904}", "Big-box store lot, Route 7 (not a residence)", "{PP:Ridgeline Recovery}\n"
         "{P:Dustin Callowhill}"],
        ["11/11 0450", "{C:RC26-4531}", "{P:O'Rourke-Bashir, Niamh}", "2020 Ford Escape\n{V:" + vins[2] + "}",
         "NH {PL:4471923}", "{A:RR 3 Box 212, Pittsford Road, Clovermoor}", "{PP:Champlain Assets LLC}\n"
         "{P:Ferris Lindqvist-Obeng}"],
        ["11/15 0105", "{C:RC26-4598}", "{P:Begay, Harrison Yellowhair}", "2018 Toyota Prius\n{V:" + vins[3] + "}",
         "VT {PL:GWT 661}", "{A:9 Quarry Hill Road}", "{PP:Champlain Assets LLC}\n"
         "{P:Ferris Lindqvist-Obeng}"],
        ["11/21 2255", "{C:RC26-4662}", "{P:Sapolu, Faamanu Iosefa}", "2021 Dodge Durango\n{V:" + vins[4] + "}",
         "VT {PL:KPL 337}", "{A:145 Otter Creek Drive}", "{PP:Ridgeline Recovery}\n"
         "{P:Jolene Marchand}"],
        ["11/28 0330", "{C:RC26-4719}", "{P:Lien-Marsh, Corwin}", "2020 Nissan Altima\n{V:" + vins[5] + "}",
         "VT {PL:HZD 509}", "{A:PO Box 903} (vehicle at work lot)", "{PP:Champlain Assets LLC}\n"
         "{P:Ferris Lindqvist-Obeng}"],
    ]
    pno, y = table(d, p, L, 100, [44, 50, 92, 110, 52, 82, 102],
                   ["Date / time", "Log no.", "Registered owner (debtor)", "Vehicle / VIN", "Plate",
                    "Where taken", "Agency / agent"],
                   rows, font="helv", size=7.4, lead=1.22, shade=TINT,
                   fonts=[None, "cour", "hebo", "cour", "cour", None, None])
    fl = Flow(d, [(p, L, R, y + 14, 740)], more=lambda: [(d.new_page(), L, R, 50, 740)])
    m = dict(font="tiro", size=10, lead=1.32, after=0.55)
    fl.para("Follow-up notes", font="tibo", size=10.5, after=0.3)
    fl.para("{C:RC26-4410}: at 0740 the owner, {P:Thanh Truc Lien}, called 911 to report the Accord stolen. "
            "{O:Dispatcher Gwendolyn Tarbox} ({B:D-7}) told her it had been repossessed and gave her the agent's "
            "number. Ms. {P:Lien} said the {T:lienholder}, {PP:Kingdom Auto Credit}, had agreed to a "
            "payment plan; she was referred to the lender. Her sister, {P:Lien Thuy Hanh}, "
            "brought her to the lobby at 0910 ({PH:802-555-0125}).", **m)
    fl.para("{C:RC26-4531}: Ms. {P:O'Rourke-Bashir}'s neighbour, {P:Zbigniew Kulesza}, confronted the agent and "
            "called police. {O:Ofc. Caoimhe Dunphy} ({B:#118}) stood by; no breach of the peace occurred. "
            "Personal property (a child seat and a laptop) was returned to the owner at the tow yard. The owner "
            "may be reached at {PH:(603) 555-0194} or {E:niamh.ob@example.com}.", **m)
    fl.para("{C:RC26-4662}: Mr. {P:Sapolu} said the {T:truck} had been sold to his brother-in-law, {P:Semisi "
            "Leiataua-Moe}, in October, with the {T:lien} unpaid. Referred to the lender and to the "
            "{AG:Vermont Department of Motor Vehicles}. Report of {OF:Unauthorized Use of a Vehicle (23 V.S.A. "
            "\u00a7 1094)} declined by the complainant.", **m)
    fl.para("{C:RC26-4719}: Mr. {P:Lien-Marsh} works for {PP:Otter Creek Maple Company}; the Altima was taken "
            "from the company lot with the manager's permission. He gave his DOB as {D:February 2, 1986} and a "
            "Vermont licence, {DL:08731445}, when he came to ask for his tools.", **m)
    fl.space(8)
    fl.para("Log reviewed monthly by {O:Records Supervisor Winifred Pellegrini-Gould} and {O:Lt. Cathal "
            "Castellano-Fryer} ({B:#104}).", font="tiit", size=10, after=0.2)
    for i in range(len(d.pdf)):
        footer(d, i, "{AG:Clovermoor Police Department}  \u00b7  Records Unit  \u00b7  Form R-22",
               f"Page {i + 1} of {len(d.pdf)}", L=L, R=R)
    return d.finish(outdir)


BUILDERS = [doc_interpreter_log, doc_vin_inspection, doc_polygraph, doc_em_alert, doc_forfeiture_notice, doc_watch_roster, doc_complaint_intake, doc_guard_log, doc_bail_surrender, doc_dna_collection, doc_commendation_letter, doc_repossession_log]
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
