#!/usr/bin/env python
"""Third blind evaluation set for redactkit: 11 fictional US law-enforcement records.

Written blind on 2026-12-06 without reading the tool's source, rules, tests, tuning or
holdout samples.  Only the truth *format* (schema, box convention) and the PyMuPDF
layout/determinism technique follow sample_docs/blind2.  Deterministic: fixed seed,
fixed metadata dates, no new file ID -> two runs are byte-identical.

    /work/main/.venv/bin/python /work/blind3/make_blind3.py            # writes beside this file
    /work/main/.venv/bin/python /work/blind3/make_blind3.py --out DIR

Markup: ``{CODE:text}`` is one truth item; ``{CODE!:text}`` additionally demands that the
layout wraps the item over a line break; ``|`` is an invisible break opportunity (after a
hyphen); ``~`` is a space the line breaker may not use; ``\\n`` is a hard line break
(inside an item it makes a multi-line item).  Everything else is plain, unscored text.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

import pymupdf as fitz

SEED = 20261206
FIXED_DATE = "D:20261206100000+00'00'"

CODES = {
    # redact
    "P": "PERSON", "S": "SSN", "PH": "PHONE", "E": "EMAIL", "D": "DOB", "A": "ADDRESS",
    "DL": "DRIVER_LICENSE", "PL": "PLATE", "V": "VIN",
    # keep
    "O": "OFFICER", "B": "BADGE", "AG": "AGENCY", "C": "CASE_NUMBER", "OF": "OFFENSE",
    "ID": "INCIDENT_DATE", "T": "TRAP_WORD", "PP": "PUBLIC_PLACE",
}
REDACT = {"PERSON", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS", "DRIVER_LICENSE", "PLATE", "VIN"}
TAG = re.compile(r"\{([A-Z]+)(!?):([^{}]*)\}")
SOFT, NBSP, HARD = "\x01", "\x02", "\n"
GRAY = (0.33, 0.33, 0.33)
NAVY = (0.07, 0.16, 0.40)
INK = (0.05, 0.12, 0.50)
LIGHT = (0.88, 0.88, 0.88)

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
# Base-14 fonts only encode Latin-1; a line holding anything beyond (en dash, curly quotes)
# is drawn with the same face embedded from MuPDF's own copy ("U" + name).
_FONTOBJ = {}
_W = {}


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


# ------------------------------------------------------------------ markup
def parse(markup):
    """-> (words, items).  words: [(sep, [(char, item|None)])]; a word None is a hard break."""
    chars, items, pos = [], [], 0
    for m in TAG.finditer(markup):
        chars += [(c, None) for c in markup[pos:m.start()]]
        code, bang, body = m.groups()
        if code not in CODES:
            raise ValueError(f"unknown code {code!r} in {markup!r}")
        k = len(items)
        items.append((CODES[code], " ".join(body.replace("|", "").replace("~", " ").split()), bool(bang)))
        chars += [(SOFT if c == "|" else NBSP if c == "~" else c, k) for c in body]
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
        cur.append((" " if c == NBSP else c, t))
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
            if w < width - 150:
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
                   align="left", jitter=0.0):
        gmap = self.register(items)
        base = y_top + size
        for ln in lines:
            xx = x
            lw = tlen(line_text(ln), font, size)
            if align == "center":
                xx = x + (width - lw) / 2
            elif align == "right":
                xx = x + width - lw
            dx = dy = 0.0
            if jitter:
                dx = round(rng.uniform(0, jitter), 2)
                dy = round(rng.uniform(-jitter, jitter) * 0.5, 2)
            self.draw_line(pno, xx + dx, base + dy, ln, font, size, gmap, color)
            base += size * lead
        return base - size * lead + size * 0.35

    def text(self, pno, x, y_top, width, markup, font="helv", size=10, lead=1.25,
             color=(0, 0, 0), align="left", jitter=0.0):
        lines, items = self.layout(markup, font, size, width)
        return self.draw_lines(pno, x, y_top, width, lines, items, font, size, lead, color, align, jitter)

    def finish(self, outdir: Path):
        self.pdf.set_metadata({
            "title": self.title, "author": "Synthetic (fictional) record",
            "subject": "redactkit blind evaluation set 3", "keywords": "",
            "creator": "blind3/make_blind3.py", "producer": "PyMuPDF",
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
        (outdir / f"{self.name}.truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n",
                                                        encoding="utf-8")
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
             color=(0, 0, 0), align="left", keep=2, label=None, label_font="hebo", label_w=0.0,
             label_color=(0, 0, 0), jitter=0.0):
        """label: markup drawn left of the first line; the body hangs at x0 + label_w."""
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
                labs = [(0.0, label, label_font)] if isinstance(label, str) else label
                for dx, lab, lf in labs:
                    llines, litems = self.doc.layout(lab, lf, size, 400)
                    assert len(llines) == 1, lab
                    lg = self.doc.register(litems)
                    self.doc.draw_line(pno, x0 + dx, base, llines[0], lf, size, lg, label_color)
            if jitter:
                xx += round(rng.uniform(0, jitter), 2)
                base += round(rng.uniform(-jitter, jitter) * 0.5, 2)
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
          color=(0, 0, 0), jitter=0.0, shade=None):
    """Boxed form cell: small grey caps label at the top, value below (may wrap)."""
    rect(doc, pno, (x0, y0, x1, y1), width=0.6, fill=shade)
    doc.text(pno, x0 + 2, y0 + 1.3, x1 - x0 - 4, label, font="helv", size=lsize, lead=1.1, color=GRAY)
    if value:
        lines, items = doc.layout(value, vfont, vsize, x1 - x0 - 7)
        top = y0 + lsize + 3.2
        assert top + len(lines) * vsize * lead - vsize * (lead - 1) <= y1 + 0.5, (label, value)
        doc.draw_lines(pno, x0 + 3.5, top, x1 - x0 - 7, lines, items, vfont, vsize, lead, color, jitter=jitter)


def side_field(doc, pno, x0, y0, x1, y1, label, value, lw, lfont="hebo", vfont="helv", size=8.5,
               lshade=LIGHT):
    """Label cell on the left (shaded), value cell on the right: two separate text blocks."""
    rect(doc, pno, (x0, y0, x0 + lw, y1), width=0.5, fill=lshade)
    rect(doc, pno, (x0 + lw, y0, x1, y1), width=0.5)
    doc.text(pno, x0 + 3, y0 + 2.5, lw - 6, label, font=lfont, size=size - 1, lead=1.1)
    lines, items = doc.layout(value, vfont, size, x1 - x0 - lw - 6)
    assert y0 + 2.5 + len(lines) * size * 1.18 <= y1 + 2, (label, value)
    doc.draw_lines(pno, x0 + lw + 3, y0 + 2.5, x1 - x0 - lw - 6, lines, items, vfont, size, 1.18)


def table(doc, pno, x, y, cols, header, rows, font="helv", size=8, lead=1.2, pad=2.5,
          hfont="hebo", hsize=7.5, shade=None, fonts=None, bottom=None, on_break=None):
    def draw_header(pno, y):
        if not header:
            return y
        hl = [doc.layout(h, hfont, hsize, w - 2 * pad) for w, h in zip(cols, header)]
        n = max(len(h[0]) for h in hl)
        h = n * hsize * 1.15 + 2 * pad
        xx = x
        for w, (lines, items) in zip(cols, hl):
            rect(doc, pno, (xx, y, xx + w, y + h), width=0.5, fill=LIGHT)
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


def running_footer(d, pno, left, right, L=54, R=558, y=760):
    hline(d, pno, L, y - 6, R, width=0.4, color=GRAY)
    d.text(pno, L, y - 2, R - L, left, font="helv", size=7, color=GRAY)
    d.text(pno, L, y - 2, R - L, right, font="helv", size=7, color=GRAY, align="right")


# ================================================================== 1. body-worn-camera transcript
def doc_bwc(outdir):
    d = Doc("crpd_bwc_transcript_b01", "Calder Ridge Police Department - Body-Worn Camera Transcript")
    L, R = 54, 558
    p = d.new_page()
    d.text(p, L, 36, R - L, "{AG:CALDER RIDGE POLICE DEPARTMENT}", font="hebo", size=12, align="center")
    d.text(p, L, 52, R - L, "Professional Standards & Records  \u2022  Digital Evidence Section", font="helv",
           size=8, align="center", color=GRAY)
    d.text(p, L, 66, R - L, "BODY-WORN CAMERA RECORDING \u2014 VERBATIM TRANSCRIPT", font="hebo", size=10.5,
           align="center")
    hline(d, p, L, 82, R, width=1.1)
    y, lw, h = 90, 96, 15
    rows = [
        ("Case number", "{C:CR26-018834}", "Date of recording", "{ID:November 29, 2026}"),
        ("Recording officer", "{O:Ofc. Dana Halverson}", "Badge / call sign", "{B:2291} / {B:6211}"),
        ("Device", "Axon Body 4, serial X60A9221K", "File", "CR26-018834_HALVERSON_01.mp4"),
        ("Other personnel", "{O:Ofc. Marcus Ybarra} #{B:2307}", "Supervisor", "{O:Sgt. Renata Kowalczyk} #{B:1864}"),
    ]
    for a, b, c, e in rows:
        side_field(d, p, L, y, L + 252, y + h, a, b, lw)
        side_field(d, p, L + 252, y, R, y + h, c, e, lw)
        y += h
    side_field(d, p, L, y, R, y + 2 * h, "Location",
               "{A:1127 Juniper Bend Ct, Unit B, Calder Ridge, CO 80817} (residence of the reporting party); "
               "neighbouring residence {A:1131 Juniper Bend Ct}", lw)
    y += 2 * h + 8
    d.text(p, L, y, R - L,
           "Transcription conventions: [hh:mm:ss] is the player time stamp. (inaudible) marks speech that could "
           "not be made out; (crosstalk) overlapping speech; text in parentheses is the transcriber's note. "
           "Radio traffic heard on the officer's portable is included and marked RADIO.",
           font="tiit", size=8, lead=1.25, color=GRAY)
    y += 30

    def more():
        q = d.new_page()
        d.text(q, L, 34, R - L, "BWC transcript \u2014 {C:CR26-018834} \u2014 {O:Ofc. D. Halverson} "
               "#{B:2291} (continued)", font="helv", size=8, color=GRAY)
        hline(d, q, L, 47, R, width=0.6)
        return [(q, L, R, 56, 735)]

    fl = Flow(d, [(p, L, R, y, 735)], more)

    def turn(ts, who, text):
        fl.para(text, font="cour", size=8.8, lead=1.32, after=0.45,
                label=[(0.0, f"[{ts}]", "cour"), (62.0, who + ":", "cobo")], label_w=170)

    turn("00:00:07", "{O:OFC. HALVERSON}", "{B:6211} copy, on scene, unit B. Show {B:6214} with me.")
    turn("00:00:29", "{O:OFC. HALVERSON}", "Police department! Ma'am, can you come to the door for me?")
    turn("00:00:36", "MRS. {P:DE LA CRUZ}", "He's gone, he left, he took off in his truck. I'm the one who "
         "called you.")
    turn("00:00:41", "{O:OFC. HALVERSON}", "Okay. I'm {O:Officer Halverson}. What's your name, ma'am?")
    turn("00:00:44", "MRS. {P:DE LA CRUZ}", "{P:Luc\u00eda}. {P:Luc\u00eda de la Cruz}. {P:D-E, L-A, C-R-U-Z}, "
         "all separate.")
    turn("00:00:51", "{O:OFC. HALVERSON}", "And your date of birth, {P:Luc\u00eda}?")
    turn("00:00:53", "MRS. {P:DE LA CRUZ}", "{D:Third of February, eighty-eight}.")
    turn("00:00:58", "{O:OFC. HALVERSON}", "Okay. Who took off?")
    turn("00:01:01", "MRS. {P:DE LA CRUZ}", "{P:Corbin}. {P:Corbin Bell}. My ex. He was pounding on the "
         "door and ringing the {T:doorbell} over and over, and he was {T:belligerent}, screaming about my son. "
         "He's not supposed to be here. There's a restraining order.")
    turn("00:01:19", "{O:OFC. HALVERSON}", "Is your son here right now?")
    turn("00:01:21", "MRS. {P:DE LA CRUZ}", "He's upstairs. {P:MATEO}! {P:Mateo}, come down, mijo, the "
         "police want to talk to you.")
    turn("00:01:40", "{P:MATEO DE LA CRUZ}", "I'm here. He kicked the screen door in. He was yelling that "
         "he was gonna take me to {P:Bell}'s mom's house in Pueblo.")
    turn("00:02:10", "{O:OFC. YBARRA}", "(arriving) {O:Dana}, the neighbor across the street says he saw "
         "the truck.")
    turn("00:02:16", "MR. {P:PARK}", "Yeah, I'm {P:Gideon Park}, I'm right there in {A:1131}. He had it "
         "{T:parked} halfway up on my lawn. Silver Ram, Colorado plate. {PL:B-V-R, J-4-1}. I wrote it on my "
         "hand, see?")
    turn("00:02:31", "{O:OFC. YBARRA}", "Thank you, Mr. {P:Park}. Can I get a phone number for you?")
    turn("00:02:34", "MR. {P:PARK}", "{PH:719-555-0133}. That's my cell.")
    turn("00:02:45", "{O:OFC. YBARRA}", "{B:6214}, attempt to locate, silver Dodge Ram pickup, Colorado "
         "{PL:BVR-J41}, last seen southbound from Juniper Bend about ten minutes ago, driver "
         "{P:Corbin Bell}, white male, late twenties.")
    turn("00:03:02", "RADIO", "{B:6214} copy. Return on the plate: {P:BELL, CORBIN ALDOUS}, DOB "
         "{D:09/14/1996}, Colorado license {DL:16-044-2187}, valid, address of record "
         "{A!:4480 Tamarack Hill Road, Apartment 210, Calder Ridge}. Also showing a protection order, "
         "{AG:Calder County Court} case {C:26M-04417}, served.")
    turn("00:03:24", "{O:OFC. HALVERSON}", "Ma'am, do you have a phone number for him?")
    turn("00:03:27", "MRS. {P:DE LA CRUZ}", "It's {PH:seven-one-nine, five-five-five, oh-one-four-two}. "
         "And mine is {PH:719-555-0187}.")
    turn("00:03:39", "{O:OFC. HALVERSON}", "And an e-mail, in case the victim advocate needs to reach you?")
    turn("00:03:42", "MRS. {P:DE LA CRUZ}", "{E:lucia.delacruz88@example.com}. No caps.")
    turn("00:03:50", "{O:OFC. HALVERSON}", "Can I see an ID for you? ... Okay, Colorado license "
         "{DL:14-331-0920}, I'll give that right back.")
    turn("00:04:35", "{O:SGT. KOWALCZYK}", "{O:Dana}, {O:Marcus}. What've we got?")
    turn("00:04:38", "{O:OFC. HALVERSON}", "Sarge, we've got {OF:violation of a protection order}, "
         "{OF:criminal mischief} on the screen door, and I think {OF:harassment}. Suspect's {P:Corbin Bell}, "
         "he's gone mobile, {O:Ybarra} put out an ATL.")
    turn("00:04:51", "{O:SGT. KOWALCZYK}", "Okay. Mrs. {P:de la Cruz}, I'm {O:Sergeant Kowalczyk}. Did "
         "{P:Corbin} touch you or {P:Mateo} tonight?")
    turn("00:04:58", "MRS. {P:DE LA CRUZ}", "No. He grabbed the door. He said, \"Tell {P:Teo} I'm "
         "coming back for him.\" {P:Teo}, that's what he calls {P:Mateo}.")
    turn("00:05:20", "{P:MATEO DE LA CRUZ}", "He also texted me from a new number. (inaudible) It's "
         "{PH:(719) 555-0159}.")
    turn("00:07:12", "RADIO", "{B:6211}, {B:6214}. {AG:Pueblo County S.O.} advises they have the vehicle "
         "stopped at the {PP:Loaf 'N Jug} on {PP:Pueblo Boulevard}, one detained.")
    turn("00:07:24", "{O:OFC. HALVERSON}", "Good. Mrs. {P:de la Cruz}, an advocate from "
         "{PP:TESSA of Calder Ridge} may call you tonight. If {P:Corbin} comes back, you call 911 right away.")
    turn("00:08:02", "{O:OFC. HALVERSON}", "Ending recording, 2219 hours.")
    fl.para("(End of recording. Duration 00:08:04. Transcribed from the original file; the transcript was "
            "compared against the recording once.)", font="tiit", size=8, color=GRAY)
    n = len(d.pdf)
    for i in range(n):
        running_footer(d, i, "CRPD Form DE-7  \u2022  Transcript, not the record; the recording controls.",
                       f"Page {i + 1} of {n}")
    assert n == 2, n
    return d.finish(outdir)


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


# ================================================================== 2. 911 call transcript
def doc_911(outdir):
    d = Doc("scecc_911_transcript_b02", "Sabletree County Emergency Communications - 911 Call Transcript")
    L, R = 60, 552
    p = d.new_page()
    d.text(p, L, 34, R - L, "{AG:Sabletree County Emergency Communications Center}", font="tibo", size=13)
    d.text(p, L, 51, R - L, "{PP:118 Courthouse Annex Drive, Sabletree, SC 29488}  \u00b7  Admin. {PP:(843) 555-0100}",
           font="tiro", size=8.5, color=GRAY)
    d.text(p, L, 34, R - L, "TRANSCRIPT OF 911 CALL", font="hebo", size=9, align="right")
    d.text(p, L, 46, R - L, "Prepared for: Solicitor's Office", font="helv", size=7.5, align="right", color=GRAY)
    hline(d, p, L, 66, R, width=1.4, color=NAVY)
    y = 74
    _, y = table(d, p, L, y, [112, 134, 112, 134], None, [
        ["Event number", "{C:SCEC-261202-0417}", "Call received", "{ID:12/02/2026} 02:14:07"],
        ["Call-taker", "{O:Telecommunicator Priya Raghunathan}", "Position / ID", "Console 3 / {B:4417}"],
        ["ANI (callback)", "{PH:8435550146}", "Class of service", "RESD (landline)"],
        ["ALI subscriber", "{P:DUNN, OPAL M}", "ALI address", "{A:RR 4 BOX 219 SANDHILL CHURCH RD SABLETREE SC}"],
        ["Units", "{B:S-14}, {B:S-22}, Medic 6", "Call type", "{OF:Domestic disturbance} / fall"],
    ], font="helv", size=8, fonts=["hebo", None, "hebo", None], shade=(0.95, 0.95, 0.97))
    y += 6
    d.text(p, L, y, R - L, "CT = call-taker. Times are elapsed from pickup. Words in [brackets] are the "
           "transcriber's. Caller's speech is reproduced as heard.", font="tiit", size=8, color=GRAY)
    y += 18

    def more():
        q = d.new_page()
        d.text(q, L, 34, R - L, "911 transcript, event {C:SCEC-261202-0417}", font="tiit", size=8, color=GRAY)
        hline(d, q, L, 46, R, width=0.8, color=NAVY)
        return [(q, L, R, 54, 738)]

    fl = Flow(d, [(p, L, R, y, 738)], more)

    def t(ts, who, text):
        fl.para(text, font="tiro", size=10, lead=1.28, after=0.4,
                label=[(0.0, ts, "helv"), (36.0, who, "tibo")], label_w=108)

    t("0:00", "CT", "Sabletree County 911, what is the address of your emergency?")
    t("0:03", "CALLER", "{A:Rural Route 4, Box 219}, off Sandhill Church Road. It's my mama's house.")
    t("0:08", "CT", "{A:Rural Route 4, Box 219}. Tell me exactly what happened.")
    t("0:11", "CALLER", "My ex-brother-in-law is out here trying to get in the back door. He's drunk, he's "
      "beating on it with something.")
    t("0:18", "CT", "What's your name, sir?")
    t("0:19", "CALLER", "{P:Wendell Dunn}. {P:W-E-N-D-E-L-L}.")
    t("0:23", "CT", "{P:Wendell}, is {PH:843-555-0146} a good number to call you back?")
    t("0:27", "CALLER", "Yes ma'am, that's the house phone. My cell is {PH:843 555 0171}.")
    t("0:34", "CT", "Who is the man at the door?")
    t("0:36", "CALLER", "{P:Russell Kincaid-Sweeney}. Everybody calls him {P:Rusty}. He was married to my sister "
      "{P:Charlene}. They split up in the summer and he blames us.")
    t("0:46", "CT", "Does he have any weapons?")
    t("0:48", "CALLER", "I {T:dunno}. I {T:dunno}, he had a tire iron in his hand earlier, in the yard. "
      "[banging in background] You hear that?")
    t("0:55", "CT", "I hear it. What's he driving?")
    t("0:57", "CALLER", "Green Chevy Silverado. South Carolina tag, hold on ... {PL:T-L-R, five, five, three}.")
    t("1:06", "CT", "Is anyone hurt?")
    t("1:08", "CALLER", "My mama fell trying to get to the hall when he started banging. She's eighty-one. "
      "{P:Opal Dunn}.")
    t("1:15", "CT", "I'm getting EMS started too. What's her date of birth?")
    t("1:18", "CALLER", "{D:April the second, nineteen forty-five}.")
    t("1:22", "CT", "Is she awake and breathing normally?")
    t("1:24", "CALLER", "Yes, she's talking. Mama, don't try to get up.")
    t("1:27", "{P:O. DUNN}", "[background, faint] {P:Wendell}, who is that out there? Is that {P:Rusty}?")
    t("1:31", "CT", "Deputies are on the way. Is {P:Russell} still at the door?")
    t("1:35", "CALLER", "He's going around the side by the shed now. [shouting] {P:Sweeney}! Get away from "
      "the house!")
    t("1:40", "CT", "Stay inside with your mother and don't go out to him. Keep the doors locked.")
    fl.space(4)
    fl.para("[1:42 \u2013 2:31: call-taker's radio traffic, recorded on the same position]", font="tiit",
            size=9, color=GRAY)
    t("1:42", "CT", "{B:S-14}, {B:S-22}, respond {A:Rural Route 4, Box 219}, Sandhill Church Road, "
      "{OF:domestic disturbance}, subject {P:Russell Kincaid-Sweeney}, white male, possibly armed with a "
      "tire iron, green Chevy Silverado, South Carolina {PL:TLR553}. Medic 6 en route for an 81-year-old "
      "female, fall.")
    t("1:58", "{B:S-14}", "{B:S-14} copy, about six out. Run him for me.")
    t("2:10", "CT", "{B:S-14}, subject returns {P:KINCAID-SWEENEY, RUSSELL WAYNE}, DOB {D:11/30/1979}, "
      "South Carolina DL {DL:102447815}, valid. Active bench warrant, {AG:Sabletree County Magistrate Court}, "
      "{OF:failure to appear}, warrant {C:2026-BW-00918}.")
    t("2:24", "{B:S-14}", "Copy. {O:Varga}, {B:S-14}, I'll take the call.")
    fl.space(4)
    fl.para("[2:31 \u2013 call resumes]", font="tiit", size=9, color=GRAY)
    t("2:31", "CT", "{P:Wendell}, are you still with me?")
    t("2:33", "CALLER", "I see the blue lights. He's running toward the woods behind the church, behind "
      "{PP:Sandhill A.M.E. Church}.")
    t("2:40", "CT", "Okay, I'm letting the deputy know. Go unlock the front door for EMS.")
    t("2:44", "CALLER", "Can y'all send somebody by my sister's too? {P:Charlene Sweeney}, she's at "
      "{A:612 Ridgeline Court, Apartment C}, in town. He's gonna go there next. Her number's "
      "{PH:843.555.0165}.")
    t("2:58", "CT", "I'll have a unit check on her. Is that {P:Charlene} with a C-H?")
    t("3:01", "CALLER", "Yes ma'am.")
    t("3:05", "{B:S-22}", "[radio, audible on the line] {B:S-22} on scene, one fleeing on foot toward the "
      "tree line.")
    t("3:31", "CALLER", "The deputy's here. He's talking to Mama. Thank you.")
    t("3:34", "CT", "You're welcome, {P:Wendell}. I'm going to disconnect now. Call us back if anything "
      "changes.")
    fl.space(6)
    fl.para("Call ended 02:17:41 (duration 3:34). EMS transported {P:Opal Dunn} to "
            "{PP:Lowcountry Regional Medical Center} at 02:39. {P:Kincaid-Sweeney} was taken into custody at "
            "02:58 by {O:Dep. Hollis Varga} #{B:1187} near {PP:Sandhill A.M.E. Church} and charged with "
            "{OF:Criminal Domestic Violence, 3rd Degree} and {OF:Malicious Injury to Real Property}.",
            font="tiro", size=9.5)
    fl.space(10)
    fl.para("I certify that this is a true and accurate transcript of the recording of event "
            "{C:SCEC-261202-0417} maintained by this Center.", font="tiro", size=9.5)
    fl.space(14)
    fl.para("______________________________", font="tiro", size=9.5, after=0.2)
    fl.para("{O:Carla Ruiz-Bettencourt}, Shift Supervisor, ID {B:2960}", font="tiro", size=9.5)
    n = len(d.pdf)
    for i in range(n):
        running_footer(d, i, "SCECC-TR-1 \u00b7 Confidential: contains caller information (S.C. Code 23-47-70)",
                       f"{i + 1} / {n}", L=L, R=R)
    assert n == 2, n
    return d.finish(outdir)


# ================================================================== 3. printed e-mail thread
def doc_email(outdir):
    d = Doc("lipd_email_thread_b03", "Lake Innisfree Police Department - printed e-mail thread")
    L, R = 50, 562
    p = d.new_page()

    def banner(pno):
        d.text(pno, L, 28, R - L, "{O:Castellanos, Imogen}", font="hebo", size=10)
        d.text(pno, L, 28, R - L, "Printed 12/04/2026 9:12 AM", font="helv", size=7.5, align="right", color=GRAY)
        hline(d, pno, L, 43, R, width=1.6)

    banner(p)
    state = {"pno": p}

    def more():
        q = d.new_page()
        banner(q)
        state["pno"] = q
        return [(q, L, R, 52, 740)]

    fl = Flow(d, [(p, L, R, 52, 740)], more)
    SUBJ = "RE: Case {C:LI-26-07731} - phone scam, gift cards"

    def header(rows):
        fl.need(12 * len(rows) + 10)
        for k, v in rows:
            fl.para(v, font="helv", size=9, lead=1.2, after=0.15, label=k, label_font="hebo", label_w=74)
        fl.space(5)

    def rule():
        fl.need(12)
        hline(d, fl.pno, L, fl.y + 2, R, width=0.5, color=GRAY)
        fl.space(9)

    body = dict(font="helv", size=9.5, lead=1.3, after=0.7)
    sig = dict(font="helv", size=8.5, lead=1.2, after=0.1, color=(0.2, 0.2, 0.2))

    header([("From:", "{O:Castellanos, Imogen} <icastellanos@lakeinnisfree-pd.example.org>"),
            ("Sent:", "Thursday, December 3, 2026 4:47 PM"),
            ("To:", "{P:Pieter van der Linde} <{E:pvanderlinde@example.net}>"),
            ("Cc:", "{P:Ames, Theodora} <{E:t.ames@example.com}>; {O:Wojcik, Aleksander} "
                    "<awojcik@lakeinnisfree-pd.example.org>"),
            ("Subject:", SUBJ),
            ("Attachments:", "Receipt_scan_1.pdf; Receipt_scan_2.pdf")])
    fl.para("Mr. {P:van der Linde},", **body)
    fl.para("Thank you for sending the receipts and the card numbers so quickly. I have added them to case "
            "{C:LI-26-07731}. Two of the six cards had already been drained, but the issuer froze the other "
            "four before they were used, so some of your money may come back. I will let you know.", **body)
    fl.para("To answer your question: no, a real {T:Marshal} will never ask you to pay a warrant with gift "
            "cards, and the man who called himself \"Deputy {P:Kevin Marsh}\" is not in any law enforcement "
            "agency. The callback number he gave you, {PH:(313) 555-0108}, is a VoIP line that has shown up in "
            "several reports this fall. Please do not call it again. If he calls back, write down the time "
            "and the number and forward me any voicemail.", **body)
    fl.para("Ms. {P:Ames}, thank you for the description of the courier. If the building's door camera kept "
            "anything from {ID:November 24} between 2 and 4 PM, please hold on to it; Detective "
            "{O:Wojcik} will stop by to copy it.", **body)
    fl.para("Regards,", **body)
    for ln in ["{O:Det. Sgt. Imogen Castellanos} #{B:418}", "{AG:Lake Innisfree Police Department} | Financial Crimes Unit",
               "{PP:2140 Harbor Point Drive, Lake Innisfree, MI 49431}",
               "Desk {PP:(616) 555-0100} ext. 418  |  {PP:www.lakeinnisfree.example.org/police}"]:
        fl.para(ln, **sig)
    fl.space(6)
    rule()
    header([("From:", "{P:Pieter van der Linde} <{E:pvanderlinde@example.net}>"),
            ("Sent:", "Thursday, December 3, 2026 11:02 AM"),
            ("To:", "{O:Castellanos, Imogen} <icastellanos@lakeinnisfree-pd.example.org>"),
            ("Cc:", "{P:Theodora Ames} <{E:t.ames@example.com}>"),
            ("Subject:", SUBJ)])
    fl.para("Dear Detective {O:Castellanos},", **body)
    fl.para("Attached are the two receipts. I bought the cards at {PP:Hollander's Market} on Lakeshore and at "
            "the {PP:Shoreline Pharmacy}, $3,000 in total, on {ID:November 24, 2026}. I am embarrassed. The man "
            "knew my {T:names}, my late wife's name and my daughter {P:Anneke}'s, and he said I had missed jury "
            "duty and would be arrested at my home that evening.", **body)
    fl.para("You asked for my details for the report. My date of birth is {D:6/21/1951}. My Michigan "
            "driver's licence is {DL:V 416 228 901 337}. I moved in September; the new address is "
            "{A!:88 Willowbrook Lane, Apt. 4, Lake Innisfree, MI 49431}, which is the building Ms. {P:Ames} manages. "
            "I also have to confess that I read them my social security number, {S:381 44 9026}, when they said "
            "it was to \"verify\" me. My daughter says I must freeze my credit.", **body)
    fl.para("My daughter is {P:Anneke van der Linde-Osei}, she lives in Grand Rapids, her cell is "
            "{PH:616-555-0149} if you cannot reach me. She is the one who told me it was a scam. These phone "
            "{T:games} they play with old people should be a crime all by itself.", **body)
    fl.para("Thank you for your kindness,", **body)
    for ln in ["{P:Pieter van der Linde}", "{A!:88 Willowbrook Ln #4\nLake Innisfree, MI 49431}",
               "cell {PH:616-555-0122}  \u00b7  home {PH:(616) 555-0170}"]:
        fl.para(ln, **sig)
    fl.space(6)
    rule()
    header([("From:", "{P:Theodora Ames} <{E:t.ames@example.com}>"),
            ("Sent:", "Wednesday, December 2, 2026 6:15 PM"),
            ("To:", "{O:Castellanos, Imogen} <icastellanos@lakeinnisfree-pd.example.org>"),
            ("Cc:", "{E:pvanderlinde@example.net}"),
            ("Subject:", "RE: Case {C:LI-26-07731}")])
    fl.para("Detective,", **body)
    fl.para("I manage Willowbrook Commons for {PP:Ames Property Group}. After Mr. {P:van der Linde} told me "
            "what happened I asked around. My maintenance man, {P:Dario Esquivel-Ortiz}, saw the courier: a thin "
            "young man with a red backpack and a white scooter who waited in the lobby at about 3 PM and told "
            "{P:Pieter} he was \"from the court.\" {P:Dario} says he has seen the same scooter outside "
            "{PP:Innisfree Middle School} at pickup time. He can be reached at {PH:616.555.0184}.", **body)
    fl.para("Our lobby camera overwrites after 14 days, so please tell me soon if you need it.", **body)
    for ln in ["{P:Theodora Ames}, Property Manager", "{PP:Ames Property Group}",
               "office {PH:616-555-0113} x2"]:
        fl.para(ln, **sig)
    fl.space(6)
    rule()
    header([("From:", "{O:Castellanos, Imogen} <icastellanos@lakeinnisfree-pd.example.org>"),
            ("Sent:", "Tuesday, December 1, 2026 9:40 AM"),
            ("To:", "{E:pvanderlinde@example.net}"),
            ("Subject:", "Case {C:LI-26-07731}")])
    fl.para("Mr. {P:van der Linde}, I am the detective assigned to your report of {OF:False Pretenses} "
            "({OF:MCL 750.218}) and {OF:Identity Theft} ({OF:MCL 445.65}). Please e-mail me the receipts for "
            "the gift cards, your date of birth, and your driver's licence number so I can finish the "
            "report, and tell me who else heard the calls. \u2014 IC", **body)
    n = len(d.pdf)
    for i in range(n):
        d.text(i, L, 762, R - L, f"{i + 1}", font="helv", size=8, align="center", color=GRAY)
    assert n == 2, n
    return d.finish(outdir)


# ================================================================== 4. internal-affairs summary
def doc_ia(outdir):
    d = Doc("hcso_ia_summary_b04", "Harrowgate County Sheriff's Office - Internal Affairs Investigation Summary")
    L, R = 66, 546
    p = d.new_page()
    d.text(p, L, 40, R - L, "{AG:HARROWGATE COUNTY SHERIFF'S OFFICE}", font="tibo", size=13, align="center")
    d.text(p, L, 57, R - L, "Office of Professional Standards", font="tiit", size=10, align="center")
    d.text(p, L, 71, R - L, "{PP:900 W. Calvary Street, Harrowgate, Texas 76301}", font="tiro", size=8.5,
           align="center", color=GRAY)
    hline(d, p, L, 86, R, width=0.9)
    hline(d, p, L, 88.5, R, width=0.4)
    d.text(p, L, 96, R - L, "INTERNAL AFFAIRS INVESTIGATION \u2014 SUMMARY OF FINDINGS", font="hebo", size=10.5,
           align="center")
    y = 116
    for a, b in [("IA case", "{C:OPS-2026-0047}"), ("Related case", "{C:HC26-112905} (arrest)"),
                 ("Date of incident", "{ID:October 17, 2026}"), ("Complaint received", "October 21, 2026"),
                 ("Complainant", "{P:Holt, Darnell Quentin}"),
                 ("Employee(s)", "{O:Deputy Kieran Matsuda} #{B:5512}, Patrol Division, B-Shift"),
                 ("Investigator", "{O:Sgt. Ingrid Solberg} #{B:3308}")]:
        side_field(d, p, L, y, R, y + 14.5, a, b, 118, lfont="hebo", vfont="tiro", size=9)
        y += 14.5
    y += 10

    def more():
        q = d.new_page()
        d.text(q, L, 36, R - L, "CONFIDENTIAL \u2014 PERSONNEL INVESTIGATION", font="hebo", size=7.5, color=GRAY)
        d.text(q, L, 36, R - L, "IA {C:OPS-2026-0047}", font="hebo", size=7.5, color=GRAY, align="right")
        hline(d, q, L, 47, R, width=0.5)
        return [(q, L, R, 58, 732)]

    fl = Flow(d, [(p, L, R, y, 732)], more)
    b = dict(font="tiro", size=10.5, lead=1.36, after=0.6)

    def h(t):
        fl.need(40)
        fl.space(3)
        fl.para(t, font="hebo", size=9.5, after=0.4)

    h("1. ALLEGATIONS")
    pno, yy = table(d, fl.pno, L, fl.y, [28, 232, 120, 100], ["No.", "Allegation", "Policy", "Finding"], [
        ["1", "Used more force than was objectively reasonable to take {P:Mr. Holt}".replace("{P:Mr. Holt}", "Mr. {P:Holt}")
         + " to the ground", "GO 300.2 Use of Force", "Not Sustained"],
        ["2", "Discourteous and profane language toward the complainant", "GO 340.4 Courtesy", "Sustained"],
        ["3", "Failed to activate body-worn camera before the contact", "GO 450.1 BWC", "Sustained"],
        ["4", "Unholstered a taser without cause (added by OPS)", "GO 300.6 CEW", "Exonerated"],
    ], font="tiro", size=9, shade=(0.96, 0.96, 0.96))
    fl.y = yy + 12
    h("2. SUMMARY OF THE COMPLAINT")
    fl.para("On October 21, 2026, {P:Darnell Quentin Holt} (DOB {D:03/08/1990}) came to the front counter of "
            "this Office and completed a citizen complaint form. He gave his address as "
            "{A:2215 Mesquite Bend Drive, Harrowgate, TX 76308}, his cell phone as {PH:940-555-0128}, and his "
            "e-mail as {E:dq.holt90@example.com}. {P:Holt} presented Texas driver's license "
            "{DL:40718825} and wrote his Social Security number, {S:458-21-7730}, on the form.", **b)
    fl.para("{P:Holt} alleges that shortly after midnight on {ID:October 17, 2026}, outside the "
            "{PP:Lone Oak Icehouse} on {PP:FM 369}, {O:Deputy Matsuda} grabbed him by the collar, swept his legs "
            "and drove his face into the gravel while he was trying to explain that he was waiting for a ride. "
            "He states that {O:Matsuda} called him a \"drunk [expletive]\" and reached for his "
            "{T:holster} while saying he would \"light him up.\" {P:Holt} was arrested for "
            "{OF:Public Intoxication} ({OF:Tex. Penal Code \u00a7 49.02}) and {OF:Resisting Arrest, Search or "
            "Transport} ({OF:Tex. Penal Code \u00a7 38.03}). Both charges were later dismissed by the "
            "{AG:Harrowgate County Attorney's Office}.", **b)
    h("3. INVESTIGATION")
    fl.para("3.1 Interview of the complainant. I interviewed {P:Holt} on October 23 at OPS, recorded. His "
            "account matched his written complaint. He said he had two beers, that his girlfriend, "
            "{P:Siobhan O'Rourke}, had gone back inside to pay the tab, and that he was standing by her car, a "
            "white Kia Soul with Texas plate {PL:RHZ-4471}, when the deputy pulled in. He was treated at "
            "{PP:Harrowgate Memorial Hospital} for abrasions to the left cheek and a sprained wrist; the "
            "records he signed over are in Attachment C.", **b)
    fl.para("3.2 Interview of {P:Siobhan O'Rourke}. {P:Ms.~O'Rourke} (DOB {D:11/02/1992}; phone "
            "{PH:(940) 555-0161}; address {A:610 Pecan Street, Unit 3, Harrowgate, TX 76301}) was interviewed "
            "by telephone on October 24. She did not see the takedown; she came out when she heard "
            "{P:Darnell} shouting. {P:O'Rourke's} account of the words used by the deputy after the takedown "
            "matches {P:Holt}'s.", **b)
    fl.para("3.3 Independent witness. {P:Tom\u00e1s Ib\u00e1\u00f1ez-Reyes}, a bartender who was taking out "
            "trash, recorded 41 seconds of the contact on his phone and provided the file voluntarily. "
            "{P:Ib\u00e1\u00f1ez-Reyes} (DOB {D:7 January 1998}) can be reached at "
            "{PH:940.555.0177} or {E:tomas.ibanez.r@example.org}. The video begins after the takedown. It shows "
            "{P:Holt} face down, {O:Deputy Matsuda}'s knee on his upper back for about 20 seconds, and audio "
            "of a male voice saying \"stay down, you drunk [expletive]\" twice.", **b)
    fl.para("3.4 Employee interviews. {O:Deputy Kieran Matsuda} #{B:5512} was interviewed on November 2 "
            "with his association representative present. He stated that {P:Holt} was swaying, smelled of "
            "alcohol, refused three commands to sit on the curb and pulled away when the deputy took his arm. "
            "He admits the language. He said he moved his hand to his {T:holster} only to shield his weapon "
            "as {P:Holt} turned toward him. He said he forgot to activate his camera because he was "
            "\"already out of the car.\"", **b)
    fl.para("{O:Deputy Aurelia Whitlock} #{B:5590}, the cover unit, arrived after the takedown. She confirmed "
            "that {P:Mr.~Holt} was compliant once on the ground and that her own camera, activated on arrival, "
            "captured the last minute of the contact. {O:Sgt. Emmett Thibodeaux} #{B:4021}, the shift "
            "supervisor, reviewed the use of force that night and referred it to OPS after {P:Holt}'s "
            "complaint was received.", **b)
    fl.para("3.5 Evidence reviewed. Body-worn camera of {O:Deputy Whitlock} (1 file, 3 min 12 s); the "
            "bystander video from {P:Ib\u00e1\u00f1ez-Reyes}; CAD event {C:HC26-112905}; the booking "
            "photographs; the hospital records; {O:Sgt. Thibodeaux}'s use-of-force review; and the "
            "complainant's written statement. No dash-camera video exists: unit 5512's camera was out of "
            "service (work order on file). A second person seen in the video, later identified as "
            "{P:Cody Lamar Fenwick} of {A:Rt. 2, Box 88-B, Iowa Park, TX 76367}, declined to be interviewed.",
            **b)
    h("4. ANALYSIS AND FINDINGS")
    fl.para("Allegation 1 (force). The takedown itself is not recorded. {P:Holt} and {O:Matsuda} give "
            "different accounts of whether {P:Holt} pulled away, and no witness saw the moment of the "
            "takedown. The injuries are consistent with either account. Finding: NOT SUSTAINED.", **b)
    fl.para("Allegation 2 (courtesy). The deputy admits the language and the bystander video records it. "
            "Finding: SUSTAINED.", **b)
    fl.para("Allegation 3 (camera). The deputy admits that he did not activate his camera before the contact, "
            "as GO 450.1 requires. Finding: SUSTAINED.", **b)
    fl.para("Allegation 4 (CEW). The video and the deputy's account show that his hand went to the "
            "{T:holster} of his firearm, not to his CEW, and that neither weapon was drawn. Finding: "
            "EXONERATED.", **b)
    h("5. RECOMMENDATION")
    fl.para("I recommend a written reprimand for allegations 2 and 3 and remedial training on the activation "
            "policy. The complainant will be notified of the findings by letter to "
            "{A:2215 Mesquite Bend Drive} and by e-mail to {E:dq.holt90@example.com}.", **b)
    h("6. CONTACT LOG")

    def brk():
        fl.next_frame()
        return fl.pno, fl.y

    pno, yy = table(d, fl.pno, L, fl.y, [62, 150, 100, 168], ["Date", "Person contacted", "By", "Notes"], [
        ["10/21/2026", "{P:Holt, Darnell Q.} (walk-in)", "{O:Sgt. I. Solberg}", "Complaint taken; photos of "
         "injuries"],
        ["10/24/2026", "{P:O'ROURKE, SIOBHAN M.} by phone, {PH:940-555-0161}", "{O:Sgt. I. Solberg}",
         "Recorded interview, 19 min"],
        ["10/24/2026", "{P:Ib\u00e1\u00f1ez-Reyes, Tom\u00e1s}", "{O:Sgt. I. Solberg}", "Video received by "
         "e-mail from {E:tomas.ibanez.r@example.org}"],
        ["10/29/2026", "{P:Fenwick, Cody L.} by phone, {PH:9405550119}", "{O:Sgt. I. Solberg}",
         "Declined interview; no further contact"],
        ["11/02/2026", "{O:Dep. K. Matsuda} #{B:5512}", "{O:Sgt. I. Solberg}", "Garrity advisement; interview"],
    ], font="tiro", size=8.8, bottom=732, on_break=brk)
    fl.y = yy + 12
    h("7. ATTACHMENTS")
    for a in ["A. Citizen complaint form signed by {P:Darnell Q. Holt}, received October 21, 2026",
              "B. Transcript of the recorded statement of {P:Siobhan M. O'Rourke}",
              "C. Emergency department records, {PP:Harrowgate Memorial Hospital} (release on file)",
              "D. Bystander video (41 s) from {P:Tom\u00e1s Ib\u00e1\u00f1ez-Reyes}, SHA-256 on file",
              "E. BWC file of {O:Dep. Aurelia Whitlock}; CAD event {C:HC26-112905}",
              "F. Use-of-force review by {O:Sgt. Emmett Thibodeaux}, dated {ID:October 17, 2026}"]:
        fl.para(a, font="tiro", size=10, lead=1.3, indent=0, after=0.25)
    fl.space(14)
    fl.para("Submitted: {O:Sgt. Ingrid Solberg} #{B:3308}, Office of Professional Standards, "
            "December 1, 2026", font="tiro", size=10, after=0.3)
    fl.para("Reviewed: {O:Capt. Rafael Montoya-Lugo}, Commander, Office of Professional Standards", font="tiro",
            size=10, after=0.3)
    fl.para("Approved: {O:Sheriff Wynona Blackfeather}", font="tiro", size=10)
    n = len(d.pdf)
    for i in range(n):
        running_footer(d, i, "HCSO OPS Form 12", f"Page {i + 1} of {n}", L=L, R=R, y=758)
    assert n == 3, n
    return d.finish(outdir)


# ================================================================== 5. public-records response letter
def doc_records(outdir):
    d = Doc("pcpd_records_response_b05", "Port Calloway Police Department - Public Records Request Response")
    L, R = 72, 540
    p = d.new_page()
    rect(d, p, (L, 40, L + 46, 86), width=1.2, color=NAVY)
    d.text(p, L + 3, 52, 40, "PCPD", font="tibo", size=12, color=NAVY, align="center")
    d.text(p, L + 3, 67, 40, "1891", font="tiro", size=8, color=NAVY, align="center")
    d.text(p, L + 58, 42, 330, "{AG:PORT CALLOWAY POLICE DEPARTMENT}", font="tibo", size=14, color=NAVY)
    d.text(p, L + 58, 60, 330, "Records & Public Disclosure Unit", font="tiit", size=10, color=NAVY)
    d.text(p, L + 58, 74, 330, "{O:Chief of Police Adelheid Varga-Strom}", font="tiro", size=8, color=GRAY)
    d.text(p, 380, 42, R - 380, "{PP:410 Harbor Watch Way}\n{PP:Port Calloway, WA 98377}\n"
           "Tel. {PP:(360) 555-0100}\nFax (360) 555-0102\n{PP:www.portcalloway.example.org/police}",
           font="helv", size=7.5, lead=1.3, align="right", color=NAVY)
    hline(d, p, L, 96, R, width=1.5, color=NAVY)
    y = d.text(p, L, 112, R - L, "December 4, 2026", font="tiro", size=11)
    y = d.text(p, L, y + 12, 300, "Ms. {P:Marguerite Lowe-Bannerman}\n"
               "{A:2290 Larkspur Terrace, Apt. 5\nPort Calloway, WA 98377}", font="tiro", size=11, lead=1.2)
    y = d.text(p, L, y + 6, 300, "Sent by e-mail to {E:m.lowebannerman@example.com}", font="tiit", size=9.5)
    y = d.text(p, L + 200, y + 10, R - L - 200, "Re: Public Records Request No. {C:PDR-26-0913}\n"
               "Your request of November 6, 2026\nRelated incidents: {C:PC26-004471}, {C:PC26-005102}",
               font="tibo", size=10, lead=1.25)

    def more():
        q = d.new_page()
        d.text(q, L, 40, R - L, "Ms. {P:Lowe-Bannerman}  \u2014  Request {C:PDR-26-0913}  \u2014  page 2",
               font="tiro", size=9, color=GRAY)
        return [(q, L, R, 64, 700)]

    fl = Flow(d, [(p, L, R, y + 14, 700)], more)
    b = dict(font="tiro", size=11, lead=1.32, after=0.75)
    fl.para("Dear Ms. {P:Lowe-Bannerman}:", **b)
    fl.para("This letter responds to your request under the Public Records Act, chapter 42.56 RCW, which "
            "this unit received on November 6, 2026. You asked for \"every police report, call record and "
            "body camera video about my neighbor {P:Augustin Calloway} or his son {P:Ricky} at "
            "{A:2296 Larkspur Terrace}, including the one where {P:Calloway} tore out my "
            "{T:flowerbeds}, and my own theft report from August.\" We confirmed your identity with the date of "
            "birth you gave us ({D:9 March 1967}) and the last four digits of your telephone number, "
            "{PH:(360) 555-0138}.", **b)
    fl.para("We located the following records and are releasing them today through the portal:", **b)
    pno, yy = table(d, fl.pno, L, fl.y, [150, 42, 130, 146],
                    ["Record", "Pages", "Disposition", "Withheld / redacted under"], [
        ["Incident report {C:PC26-004471} ({OF:Theft in the Third Degree}, {ID:August 8, 2026})", "6",
         "Released in full (you are the victim)", "\u2014"],
        ["Incident report {C:PC26-005102} ({OF:Malicious Mischief in the Third Degree}, {ID:September 19, 2026})",
         "9", "Released with redactions", "RCW 42.56.240(1), (2); RCW 46.52.120"],
        ["CAD records for both incidents", "4", "Released with redactions", "RCW 42.56.240(2)"],
        ["Body-worn camera video, {O:Ofc. Yusuf Brennan-Achebe} #{B:P-147}", "1 file", "Released with "
         "redactions (blurred faces)", "RCW 42.56.240(14)"],
    ], font="tiro", size=9, fonts=[None, None, None, "helv"])
    fl.y = yy + 12
    fl.para("In report {C:PC26-005102} we redacted the names, dates of birth, driver's license numbers and "
            "telephone numbers of people other than you, including a juvenile witness, because disclosure would "
            "endanger their privacy and is not of legitimate concern to the public. We did not redact "
            "Mr. {P:Calloway}'s name, because you named him in your request and it is already known to you; we "
            "did redact his date of birth and the license plate of his vehicle.", **b)
    fl.para("You also asked for \"anything the {PP:Port Calloway Municipal Court} has on the {P:Calloways}.\" "
            "The court's records are not held by this Department. Please contact the court clerk at "
            "{PP:1400 Commerce Avenue, Port Calloway}. Court records are not subject to the Public Records "
            "Act, but most are available on request.", **b)
    fl.para("No fee is charged for electronic records under 100 pages. Had you asked for paper copies, the "
            "{T:lower} of the two statutory rates would have applied.", **b)
    fl.para("This completes your request, and it is now closed. If you believe that a record was withheld "
            "in error, you may ask for a review by writing to the {AG:Port Calloway City Attorney's Office} "
            "within 30 days, or seek judicial review under RCW 42.56.550. If you have questions, please call me "
            "at {PP:(360) 555-0100}, extension 2, or write to the address above.", **b)
    fl.para("Sincerely,", **b)
    fl.space(22)
    fl.para("{O:Lt. Graciela Whitford-Nakamura} #{B:P-061}", font="tiro", size=11, after=0.15)
    fl.para("Public Disclosure Officer, {AG:Port Calloway Police Department}", font="tiro", size=11, after=0.15)
    fl.para("cc: {AG:Port Calloway City Attorney's Office}; file {C:PDR-26-0913}", font="tiro", size=9,
            after=0.15)
    n = len(d.pdf)
    for i in range(n):
        hline(d, i, L, 740, R, width=0.6, color=NAVY)
        d.text(i, L, 745, R - L, "{AG:Port Calloway Police Department} \u00b7 {PP:410 Harbor Watch Way, Port "
               "Calloway, WA 98377} \u00b7 {PP:(360) 555-0100} \u00b7 {PP:www.portcalloway.example.org/police}",
               font="helv", size=7, color=NAVY, align="center")
    assert n == 2, n
    return d.finish(outdir)


# ================================================================== 6. search-warrant return and inventory
def doc_warrant(outdir):
    d = Doc("vtpd_warrant_return_b06", "Vantree Township Police Department - Search Warrant Return and Inventory")
    L, R = 54, 558
    V1 = make_vin("3VWDX7AJ", "NM")     # seized car
    V2 = make_vin("4XASRE99", "MR")     # side-by-side, reported stolen
    V3 = make_vin("5NHUEHX2", "SB")     # utility trailer
    p = d.new_page()
    d.text(p, L, 34, R - L, "IN THE {AG:VANTREE MUNICIPAL COURT}", font="tibo", size=11, align="center")
    d.text(p, L, 49, R - L, "HAMBLETON COUNTY, OHIO", font="tibo", size=10, align="center")
    rect(d, p, (L, 66, 330, 118), width=0.6)
    d.text(p, L + 6, 71, 268, "STATE OF OHIO\n\nIn the matter of the search of the premises at "
           "{A:4417 Quarry Ridge Road, Vantree Township, Ohio 45871} and vehicles found there", font="tiro",
           size=9.5, lead=1.15)
    d.text(p, 344, 70, R - 344, "Warrant No. {C:SW-2026-0311}\n\nRETURN AND INVENTORY\n(Crim.R. 41(D))",
           font="tibo", size=10, lead=1.2)
    y = 128
    cells = [
        [("Warrant issued by", "{O:Hon. Octavia Rennick}", 230), ("Date issued", "{ID:November 30, 2026}", 130),
         ("Date / time executed", "{ID:December 1, 2026}, 0612 hrs", 144)],
        [("Executing officer", "{O:Det. Sgt. Owen Szymanski} #{B:318}", 230),
         ("Agency", "{AG:Vantree Township Police Dept.}", 274)],
        [("Other officers present", "{O:Ptl. Keisha Fairweather} #{B:342}; {O:Ptl. Jonas Lindahl} #{B:356}; "
          "{O:Det. Mireille Okwuosa} #{B:309} ({AG:Hambleton County Sheriff's Office})", 504)],
        [("Offenses under investigation", "{OF:Receiving Stolen Property} ({OF:R.C. 2913.51}); "
          "{OF:Possessing Criminal Tools} ({OF:R.C. 2923.24})", 360), ("Agency case", "{C:VT26-2207}", 144)],
    ]
    for row in cells:
        x = L
        hgt = 34 if len(row) == 1 else 27
        for lab, val, w in row:
            field(d, p, x, y, x + w, y + hgt, lab, val, vfont="helv", vsize=9)
            x += w
        y += hgt
    y += 8
    d.text(p, L, y, R - L, "PERSONS PRESENT AT EXECUTION", font="hebo", size=8.5)
    y += 12
    _, y = table(d, p, L, y, [150, 70, 120, 164], ["Name", "DOB", "ID shown", "Disposition"], [
        ["{P:WREN, Emeric James}", "{D:1981-04-27}", "OH DL {DL:TK418207}", "Owner/occupant; detained, "
         "released 0840"],
        ["{P:WREN, Nadia}", "{D:1984-12-03}", "OH DL {DL:TR602915}", "Occupant; copy of warrant and "
         "inventory left with her"],
        ["{P:al-Masri, Tobias}", "{D:2000-08-16}", "none (verbal)", "Visitor, found in garage; arrested"],
        ["{P:McALLISTER, Cassius \"Cash\"}", "{D:1996-02-29}", "OH ID {DL:UB771043}", "Arrived 0705 in "
         "truck; interviewed, released"],
    ], font="helv", size=8.3, fonts=[None, "cour", None, None])
    y += 10
    d.text(p, L, y, R - L, "INVENTORY OF PROPERTY SEIZED", font="hebo", size=8.5)
    y += 12
    rows = [
        ["1", "Polaris RZR side-by-side, orange; VIN {V:" + V2 + "}; reported stolen, case {C:HC26-07714} "
         "(owner {P:Harlan Oyelowo-Brandt})", "Detached garage, bay 2", "{O:Szymanski}"],
        ["2", "Utility trailer, 6x12, VIN {V:" + V3 + "}, bearing Ohio plate {PL:JKT 4471} (plate registered to "
         "a different trailer)", "Driveway", "{O:Fairweather}"],
        ["3", "1/2-in. drive torque {T:wrench}, Snap-on, engraved \"HOB\"", "Garage workbench", "{O:Lindahl}"],
        ["4", "Cordless impact {T:wrenches} (3), DeWalt, serials ground off", "Garage, tote A", "{O:Lindahl}"],
        ["5", "Plasma cutter and two VIN plates removed from vehicles", "Garage, north wall",
         "{O:Okwuosa}"],
        ["6", "Samsung phone, black, from the person of {P:Tobias al-Masri}", "Garage", "{O:Fairweather}"],
        ["7", "Spiral notebook with list of names, phone numbers and dollar amounts", "Kitchen drawer",
         "{O:Szymanski}"],
        ["8", "U.S. currency, $2,140 (see cash count sheet)", "Master bedroom closet", "{O:Szymanski}"],
    ]

    def brk():
        q = d.new_page()
        d.text(q, L, 36, R - L, "Warrant No. {C:SW-2026-0311} \u2014 Return and Inventory (continued)",
               font="tiit", size=9, color=GRAY)
        return q, 56

    pno, y = table(d, p, L, y, [24, 300, 110, 70], ["Item", "Description", "Location found", "Seized by"],
                   rows, font="helv", size=8.3, bottom=735, on_break=brk)
    if pno == p:
        pno, y = brk()
    y += 12
    d.text(pno, L, y, R - L, "VEHICLES EXAMINED AT THE PREMISES", font="hebo", size=8.5)
    y += 12
    _, y = table(d, pno, L, y, [120, 150, 80, 154], ["Vehicle", "VIN", "Plate", "Registered owner / result"], [
        ["2022 Volkswagen Jetta, gray", "{V:" + V1 + "}", "{PL:HZQ 9316}", "{P:Nadia Wren}; not seized"],
        ["Polaris RZR (item 1)", "{V:" + V2 + "}", "none", "Stolen; seized"],
        ["Trailer (item 2)", "{V:" + V3 + "}", "{PL:JKT 4471}", "Plate belongs to {P:E. Wren}'s other trailer; "
         "seized"],
        ["2017 Ram 2500, red", "not recorded", "{PL:DLM 2280}", "{P:Cassius McAllister}; not searched"],
    ], font="helv", size=8.3, fonts=[None, "cour", "cour", None])
    y += 14
    b = dict(font="tiro", size=10.5, lead=1.35)
    y = d.text(pno, L, y, R - L,
               "I, {O:Det. Sgt. Owen Szymanski}, the officer by whom this warrant was executed, swear that this "
               "inventory is a true and detailed account of all the property taken by me on the warrant. The "
               "inventory was made in the presence of {P:Nadia Wren}, an occupant, and {O:Ptl. Keisha "
               "Fairweather}. A copy of the warrant and of this inventory was left with Mrs. {P:Wren} at the "
               "premises. {P:Emeric Wren}'s attorney, who arrived at 0755, was given a copy on request. "
               "{P:Tobias al-Masri} was transported to the {AG:Hambleton County Jail} on a charge of "
               "{OF:Receiving Stolen Property}.", **b)
    y += 22
    hline(d, pno, L, y, L + 220, width=0.5)
    hline(d, pno, 330, y, R, width=0.5)
    d.text(pno, L, y + 3, 220, "{O:Det. Sgt. O. Szymanski} #{B:318}", font="helv", size=8.5)
    d.text(pno, 330, y + 3, R - 330, "Property received by (occupant)", font="helv", size=8.5)
    d.text(pno, 336, y - 16, R - 336, "{P:Nadia Wren}", font="tiit", size=13, color=INK)
    y += 40
    d.text(pno, L, y, R - L, "Sworn to and subscribed before me on {ID:December 1, 2026}, and the return filed.",
           font="tiro", size=10.5)
    y += 34
    hline(d, pno, L, y, L + 260, width=0.5)
    d.text(pno, L, y + 3, 400, "{O:Judge Octavia Rennick}, {AG:Vantree Municipal Court}", font="helv", size=8.5)
    n = len(d.pdf)
    for i in range(n):
        running_footer(d, i, "VTPD 41-R (06/2024)", f"Page {i + 1} of {n}")
    assert n == 2, n
    return d.finish(outdir)


# ================================================================== 7. missing-person report
def doc_missing(outdir):
    d = Doc("mfpd_missing_person_b07", "Mercer Flats Police Department - Missing Person Report")
    L, R = 40, 572
    VIN = make_vin("2HGFC2F5", "EH")
    p = d.new_page()
    d.text(p, L, 30, 300, "{AG:MERCER FLATS POLICE DEPARTMENT}", font="hebo", size=12)
    d.text(p, L, 45, 300, "{PP:300 N. Santa Fe Trail, Mercer Flats, KS 67480}", font="helv", size=7.5, color=GRAY)
    d.text(p, 330, 30, R - 330, "MISSING PERSON REPORT", font="hebo", size=13, align="right")
    d.text(p, 330, 47, R - 330, "Form MP-1 \u2022 NCIC entry required within 2 hours", font="helv", size=7,
           color=GRAY, align="right")
    hline(d, p, L, 60, R, width=2)
    y = 66
    fv = dict(vfont="tiro", vsize=10)

    def row(cells, h=26):
        nonlocal y
        x = L
        for lab, val, w in cells:
            field(d, p, x, y, x + w, y + h, lab, val, **fv)
            x += w
        y += h

    def section(t):
        nonlocal y
        rect(d, p, (L, y, R, y + 12), width=0.6, fill=(0.2, 0.2, 0.2))
        d.text(p, L + 4, y + 1.8, R - L, t, font="hebo", size=7.5, color=(1, 1, 1))
        y += 12

    row([("CASE NUMBER", "{C:MF-26-03318}", 120), ("NCIC NUMBER", "{C:M-426118905}", 110),
         ("DATE REPORTED", "{ID:12/01/2026}", 90), ("TIME", "1930", 50), ("CATEGORY", "Juvenile \u2014 "
          "endangered runaway", 162)])
    section("MISSING PERSON")
    row([("NAME (LAST, FIRST, MIDDLE)", "{P:STARKS, Abilene Rae}", 210), ("NICKNAME / AKA", "\"{P:Bee}\"", 90),
         ("DATE OF BIRTH", "{D:05/02/2011}", 90), ("AGE", "15", 40), ("SEX", "F", 40), ("RACE", "W", 62)])
    row([("HEIGHT", "5'04\"", 60), ("WEIGHT", "118", 60), ("HAIR", "Brown, dyed teal at ends", 140),
         ("EYES", "Hazel", 60), ("SCARS / MARKS / TATTOOS", "Scar on left eyebrow; no tattoos", 212)])
    row([("HOME ADDRESS", "{A:2718 Prairie Sage Lane\nMercer Flats, KS 67480}", 250),
         ("SOCIAL SECURITY NO.", "{S:512\u201380\u20133346}", 120), ("CELL PHONE", "{PH:785-555-0124}", 162)],
        h=36)
    row([("E-MAIL", "{E:abilene.starks11@example.net}", 200), ("SCHOOL / GRADE",
          "{PP:Mercer Flats High School}, 10th", 200), ("MEDICATION", "Sertraline 50 mg", 132)])
    row([("LAST SEEN (PLACE)", "{PP:Mercer Flats High School}, east doors", 250),
         ("LAST SEEN (DATE / TIME)", "{ID:12/01/2026} 1515", 130), ("CLOTHING", "Gray hoodie, black jeans, "
          "white Vans", 152)], h=36)
    section("VEHICLE BELIEVED INVOLVED")
    row([("YEAR / MAKE / MODEL / COLOR", "2014 Honda Civic, blue", 150), ("PLATE / STATE", "{PL:418 LNV} KS", 90),
         ("VIN", "{V:" + VIN + "}", 150), ("REGISTERED OWNER", "{P:Tenley Okafor}", 142)])
    section("REPORTING PARTY")
    row([("NAME", "{P:Crystal Starks-Whitfield}", 190), ("RELATIONSHIP", "Mother", 80),
         ("DATE OF BIRTH", "{D:08/19/1986}", 90), ("DRIVER'S LICENSE", "{DL:K04-55-1882} KS", 172)])
    row([("ADDRESS", "Same as missing person", 190), ("HOME / CELL", "{PH:(785) 555-0166}", 130),
         ("WORK PHONE", "{PH:785-555-0100} ext. 5512", 212)])
    row([("OTHER PARENT", "{P:Dale Everett Starks}", 190), ("ADDRESS",
         "{A:P.O. Box 1187, Pellham Creek, KS 67732}", 220), ("PHONE", "{PH:7855550190}", 122)])
    section("CHECKED / NOTIFIED")
    row([("HOSPITALS", "{PP:Mercer Flats Regional Hospital}; {PP:Salina Regional Health Center} \u2014 negative",
          300), ("OTHER AGENCIES", "{AG:Kansas Bureau of Investigation}; {AG:Dickinson County Sheriff's "
                                   "Office}", 232)], h=36)
    row([("REPORTING OFFICER", "{O:Ofc. Tamar Eskildsen}", 190), ("BADGE", "{B:77}", 60),
         ("SUPERVISOR", "{O:Sgt. Perrin Achterberg}", 170), ("ASSIGNED TO", "{O:Det. Luis Arredondo}", 112)])
    y += 8
    d.text(p, L, y, R - L, "Photograph attached (school ID, 2026). Narrative continues on page 2.", font="helv",
           size=7.5, color=GRAY)

    q = d.new_page()
    d.text(q, L, 30, R - L, "{AG:MERCER FLATS PD} \u2022 MISSING PERSON REPORT \u2022 {C:MF-26-03318} \u2022 "
           "NARRATIVE", font="hebo", size=8.5)
    hline(d, q, L, 43, R, width=1)
    fl = Flow(d, [(q, L + 20, R - 20, 54, 740)])
    b = dict(font="tiro", size=10.5, lead=1.38, after=0.7)
    fl.para("On {ID:December 1, 2026} at 1930 hours I met {P:Crystal Starks-Whitfield} in the lobby. She "
            "reported that her daughter {P:Abilene Rae Starks}, who goes by \"{P:Bee},\" did not come home from "
            "{PP:Mercer Flats High School}. {P:Abilene} was born on {D:the second of May, 2011}, and is "
            "fifteen. {P:Starks-Whitfield} said {P:Abilene} was named after {PP:Abilene}, Kansas, where her "
            "grandmother grew up, and that {P:Abilene} has talked about \"going back to Grandma's town\" since the "
            "grandmother died in October.", **b)
    fl.para("The school resource officer, {O:Ofc. Hendrik de Vries} #{B:62}, checked the cameras: "
            "{P:Abilene} left by the east doors at 1515 and got into a blue Honda Civic, Kansas {PL:418 LNV}, "
            "registered to {P:Tenley Okafor}, 18, a former student. {P:Okafor}'s mother, "
            "{P:Ngozi Okafor}, told me by phone ({PH:785.555.0137}) that {P:Tenley} had left for work at 1400 "
            "and had not answered her calls. {P:Tenley} works at the {PP:Sunflower Travel Plaza} on I-70.",
            **b)
    fl.para("{P:Starks-Whitfield} is also worried about {P:Jaxon \"J-Bird\" Pruitt}, 19, who has been "
            "messaging {P:Abilene} on social media. She showed me messages from an account she believes is "
            "{P:Pruitt}'s, asking {P:Bee} to \"come see me in {PP:Abilene}.\" {P:J-Bird} is known to this "
            "department. A records check shows {P:PRUITT, JAXON TYLER}, DOB {D:02-11-2007}, {DL:K09-66-4410}, "
            "last address {A!:Rural Route 1, Box 46, Chapman, KS 67431}, with a prior contact for "
            "{OF:Unlawful Voluntary Sexual Relations} investigated under case {C:MF-25-01177} (no charges).", **b)
    fl.para("The father, {P:Dale Starks}, lives in Pellham Creek; I reached him at {PH:785-555-0190}. He has "
            "not heard from {P:Abilene} since Thanksgiving. He agreed to check his property and call if she "
            "arrives. {P:Mr.~Starks} gave his e-mail as {E:dstarks.pellham@example.com}.", **b)
    fl.para("I entered {P:Abilene} into NCIC as a missing juvenile (endangered) and the Civic as a vehicle of "
            "interest. I asked {AG:Dickinson County Sheriff's Office} and the {AG:Abilene Police Department} "
            "to check the bus stop, the travel plaza and {P:Pruitt}'s last known address. {O:Det. Luis "
            "Arredondo} was notified at 2010 hours and will ask for a ping on {P:Abilene}'s phone "
            "({PH:785-555-0124}) under exigent circumstances.", **b)
    fl.para("Update 12/02/2026 0215: {AG:Abilene Police Department} located the Civic at the "
            "{PP:Sunflower Travel Plaza}. {P:Abilene Starks} and {P:Tenley Okafor} were inside and unharmed; "
            "{P:Pruitt} was not present. {P:Abilene} was released to her mother at 0405. NCIC entry "
            "{C:M-426118905} cancelled at 0412. Referred to {O:Det. Arredondo} for follow-up on {P:Pruitt}.",
            **b)
    for i in range(len(d.pdf)):
        running_footer(d, i, "Mercer Flats PD Form MP-1 (rev. 03/2025)", f"Page {i + 1} of 2", L=L, R=R,
                       y=768)
    assert len(d.pdf) == 2
    return d.finish(outdir)


# ================================================================== 8. field-interview cards
def doc_fi(outdir):
    d = Doc("qspd_field_interview_b08", "Quarrystone Police Department - Field Interview Cards")
    L, R = 36, 576
    p = d.new_page()
    d.text(p, L, 26, R - L, "{AG:QUARRYSTONE POLICE DEPARTMENT} \u2014 FIELD INTERVIEW CARDS (scanned batch "
           "2026-49, front sides)", font="hebo", size=9.5, align="center")
    d.text(p, L, 39, R - L, "Intelligence use only. Not a record of arrest.", font="helv", size=7, align="center",
           color=GRAY)
    cards = [
        dict(no="{C:FI-26-04410}", date="{ID:11/27/2026}", time="2247",
             loc="{PP:Riverside Park} pavilion", name="{P:AL-HADDAD, YOUSEF KHALIL}", aka="\"{P:Joe}\"",
             dob="{D:03/15/2004}", srhw="M / W / 5'11\" / 170",
             addr="{A:618 W. 3rd Street, Apt. 12, Quarrystone, IN 47460}", phone="{PH:812-555-0125}",
             dl="IN {DL:4471-03-9918}", veh="Blk Nissan Altima IN {PL:TX4471Q}",
             assoc="{P:O'Shaughnessy, B.}; {P:Deshawn St. Clair}",
             reason="After-hours in park; smell of marijuana. Consent search neg.",
             off="{O:Ofc. Rosalind Achebe-Kurtz}", badge="{B:1134}"),
        dict(no="{C:FI-26-04411}", date="{ID:11/27/2026}", time="2255",
             loc="{PP:Riverside Park} pavilion", name="{P:O'SHAUGHNESSY, BRIDGET A.}", aka="none given",
             dob="DOB/ {D:07-22-1993}", srhw="F / W / 5'5\" / 130",
             addr="{A:RR 3 Box 118A, Bedford, IN 47421}", phone="{PH:(812) 555-0153}",
             dl="IN {DL:7736-48-2025}", veh="Passenger in Altima",
             assoc="{P:Al-Haddad}; {P:St. Clair}",
             reason="With {P:Al-Haddad}. Said she was \"just giving {P:Joe} a ride home.\"",
             off="{O:Ofc. Rosalind Achebe-Kurtz}", badge="{B:1134}"),
        dict(no="{C:FI-26-04412}", date="{ID:11/28/2026}", time="0130",
             loc="{PP:Limestone Fuel Stop} #88", name="{P:ST. CLAIR, DESHAWN MARCUS}", aka="\"{P:Deuce}\"",
             dob="{D:12/09/2001}", srhw="M / B / 6'2\" / 205",
             addr="{A:1410 Limestone Ct., Quarrystone, IN 47460}", phone="{PH:812 555 0181}",
             dl="ID card {DL:1290-55-7702}", veh="Gray Dodge Charger IN {PL:KQ 2290}",
             assoc="\"{P:Joe}\" {P:Al-Haddad}; {P:Monroe Key}",
             reason="Matches BOLO for {OF:Theft} from vehicles, Limestone area.",
             off="{O:Ofc. Wendeline Stroud}", badge="{B:1172}"),
        dict(no="{C:FI-26-04413}", date="{ID:11/28/2026}", time="0144",
             loc="{PP:Limestone Fuel Stop} #88", name="{P:KEY, MONROE TERRELL}", aka="\"{P:Ro}\"",
             dob="{D:10/31/1999}", srhw="M / B / 5'9\" / 160",
             addr="{A:1410 Limestone Ct., Quarrystone, IN 47460}", phone="{PH:812-555-0196} x3",
             dl="IN {DL:5518-20-3307}", veh="Driver, Charger (owner {P:St. Clair})",
             assoc="{P:Deshawn St. Clair}",
             reason="Charger {T:keyed} on driver side; says it was that way. {P:Key}'s {T:keys} in ignition.",
             off="{O:Ofc. Wendeline Stroud}", badge="{B:1172}"),
    ]
    W, H = (R - L - 12) / 2, 350
    for k, c in enumerate(cards):
        x0 = L + (k % 2) * (W + 12)
        y0 = 52 + (k // 2) * (H + 12)
        rect(d, p, (x0, y0, x0 + W, y0 + H), width=1.4)
        d.text(p, x0 + 6, y0 + 5, W - 12, "FIELD INTERVIEW", font="hebo", size=9)
        d.text(p, x0 + 6, y0 + 5, W - 12, "No. " + c["no"], font="cobo", size=9, align="right", color=(0.6, 0, 0))
        y = y0 + 19
        hv = dict(vfont="coit", vsize=9, color=INK)
        x1 = x0 + W

        def r(cells, h=24):
            nonlocal y
            x = x0
            tot = sum(w for _, _, w in cells)
            for lab, val, w in cells:
                ww = (x1 - x0) * w / tot
                field(d, p, x, y, x + ww, y + h, lab, val, **hv)
                x += ww
            y += h

        r([("DATE", c["date"], 1), ("TIME", c["time"], 0.6), ("LOCATION OF CONTACT", c["loc"], 2.4)])
        r([("NAME (LAST, FIRST, MIDDLE)", c["name"], 1)])
        r([("AKA / MONIKER", c["aka"], 1), ("DATE OF BIRTH", c["dob"], 1.1)])
        r([("SEX / RACE / HT / WT", c["srhw"], 1)])
        r([("RESIDENCE ADDRESS", c["addr"], 1)], h=34)
        r([("PHONE", c["phone"], 1), ("DL / ID NO.", c["dl"], 1.1)])
        r([("VEHICLE / PLATE", c["veh"], 1)])
        r([("ASSOCIATES", c["assoc"], 1)])
        r([("REASON FOR CONTACT / REMARKS", c["reason"], 1)], h=45)
        r([("OFFICER", c["off"], 2), ("BADGE", c["badge"], 0.7)])
    running_footer(d, p, "QPD Form FI-3 (card stock, front)", "1 of 1", L=L, R=R, y=784)
    return d.finish(outdir)


# ================================================================== 9. domestic-violence lethality assessment
def doc_lethality(outdir):
    d = Doc("ccso_dv_lethality_b09", "Corrigan County Sheriff's Office - Domestic Violence Lethality Assessment")
    L, R = 48, 564
    p = d.new_page()
    d.text(p, L, 30, R - L, "{AG:CORRIGAN COUNTY SHERIFF'S OFFICE}", font="tibo", size=12.5, align="center")
    d.text(p, L, 46, R - L, "Domestic Violence Lethality Assessment for First Responders", font="tiit", size=10,
           align="center")
    hline(d, p, L, 62, R, width=1)
    y = 68
    fv = dict(vfont="helv", vsize=9)

    def row(cells, h=24):
        nonlocal y
        x = L
        for lab, val, w in cells:
            field(d, p, x, y, x + w, y + h, lab, val, **fv)
            x += w
        y += h

    row([("Report #", "{C:CC26-18240}", 110), ("Date", "{ID:11/22/2026}", 80), ("Time", "2340", 50),
         ("Officer (rank, name)", "{O:Deputy Jolene Sutterfield}", 190), ("ID #", "{B:C-219}", 86)])
    row([("Victim name", "{P:N\u00fa\u00f1ez Carvajal, Marisela}", 200), ("DOB", "{D:1990-01-14}", 80),
         ("Phone (safe to call)", "{PH:931-555-0142}", 120), ("Language", "Spanish / English", 116)])
    row([("Victim address (CONFIDENTIAL)", "{A:77 Cedar Glade Road, Lot 14, Haskins Mill, TN 38472}", 330),
         ("E-mail", "{E:marisela.nc@example.com}", 186)])
    row([("Offender name", "{P:Bond, Dwayne Lamar}", 200), ("DOB", "{D:1987-06-05}", 80),
         ("SSN", "{S:447196620}", 100), ("TN DL", "{DL:118204733}", 136)])
    row([("Relationship", "Boyfriend, cohabiting 4 yrs; child in common", 260),
         ("Offender vehicle / tag", "Black Chevy Tahoe, TN {PL:BKQ-4418}", 256)])
    y += 8
    d.text(p, L, y, R - L, "Ask the victim each question and mark her answer. A \"Yes\" to any of questions 1\u20133, "
           "or to four or more of questions 4\u201311, screens the victim in for an immediate call to the "
           "hotline advocate.", font="tiro", size=9, lead=1.25)
    y += 30
    qs = [
        ("Has he/she ever used a weapon against you or threatened you with a weapon?", True),
        ("Has he/she threatened to kill you or your children?", True),
        ("Do you think he/she might try to kill you?", True),
        ("Does he/she have a gun or can he/she get one easily?", True),
        ("Has he/she ever tried to choke (strangle) you?", True),
        ("Is he/she violently or constantly jealous, or does he/she control most of your daily activities?", True),
        ("Have you left him/her or separated after living together or being married?", False),
        ("Is he/she unemployed?", False),
        ("Has he/she ever tried to kill himself/herself?", False),
        ("Do you have a child that he/she knows is not his/hers?", True),
        ("Does he/she follow or spy on you or leave threatening messages?", True),
    ]
    rect(d, p, (L, y, R, y + 12), width=0.5, fill=LIGHT)
    d.text(p, L + 4, y + 2, 300, "Question", font="hebo", size=7.5)
    d.text(p, R - 74, y + 2, 30, "Yes", font="hebo", size=7.5)
    d.text(p, R - 38, y + 2, 30, "No", font="hebo", size=7.5)
    y += 12
    for i, (q, yes) in enumerate(qs, 1):
        rect(d, p, (L, y, R, y + 15), width=0.4)
        d.text(p, L + 4, y + 3, 420, f"{i}. {q}", font="tiro", size=8.8)
        checkbox(d, p, R - 72, y + 4, yes)
        checkbox(d, p, R - 36, y + 4, not yes)
        y += 15
    y += 6
    d.text(p, L, y, R - L, "Result:  SCREENED IN (Yes to 1, 2 and 3).  Hotline advocate called at 0012 from the "
           "scene; victim spoke with the advocate from {PP:Harbor House of Corrigan County} for 9 minutes.",
           font="hebo", size=8.8, lead=1.25)
    y += 28
    d.text(p, L, y, R - L, "Victim's own words (question 3): \"He said if I ever went to the {T:bondsman} to get "
           "him out again it would be the last thing I ever did, and that {P:Kenzie} would grow up without a "
           "mama.\"", font="tiit", size=9.5, lead=1.3)

    def more():
        q = d.new_page()
        d.text(q, L, 30, R - L, "Lethality Assessment \u2014 Report {C:CC26-18240} \u2014 officer's notes",
               font="tibo", size=9.5)
        hline(d, q, L, 44, R, width=0.6)
        return [(q, L, R, 54, 740)]

    q = more()
    fl = Flow(d, q)
    b = dict(font="tiro", size=10.5, lead=1.35, after=0.65)
    fl.para("Dispatched to {A:77 Cedar Glade Road, Lot 14} for a {OF:domestic assault} reported by a neighbor, "
            "{P:Everett Pham-Loughlin} ({PH:931.555.0108}), who heard screaming and a child crying. On arrival I "
            "found {P:Marisela N\u00fa\u00f1ez Carvajal} on the porch holding her daughter {P:Kenzie Bond}, "
            "age 7. {P:Ms.~N\u00fa\u00f1ez} had red marks on both sides of her neck and a swollen upper lip. Her "
            "son {P:Adri\u00e1n N\u00fa\u00f1ez}, 12, was inside with the door locked.", **b)
    fl.para("{P:N\u00fa\u00f1ez} said {P:Dwayne} came home from the Rooster Bar after 2200, accused her of "
            "texting another man and took her phone. When she tried to take it back he pinned her against the "
            "refrigerator with a forearm across her throat until she \"saw stars,\" then punched her once in the "
            "mouth. {P:Adri\u00e1n} told me he saw \"{P:Dwayne} choking Mom\" from the hallway. {P:Bond} left in "
            "his black Tahoe, TN {PL:BKQ-4418}, before I arrived.", **b)
    fl.para("{P:Marisela} said {P:Bond} keeps a pistol in the Tahoe's console. He has been out on {T:bond} "
            "since October in {AG:Corrigan County General Sessions Court} case {C:26-GS-3391} for "
            "{OF:Domestic Assault}, and there is an order of protection, {C:OP-26-1177}, that he is not to "
            "contact her. She said he calls her from different numbers, most recently {PH:(931) 555-0193}, and "
            "that his mother, {P:Loretta Bond}, at {A:1503 Old Mill Pike, Apt. B, Haskins Mill}, lets him stay "
            "there.", **b)
    fl.para("I photographed the injuries and the kitchen. {P:Marisela} declined EMS. She and the children "
            "will stay tonight with her sister, {P:Yesenia Carvajal de la Fuente}, whose number is "
            "{PH:931-555-0175}; the address is in the confidential supplement. An ATL was issued for the Tahoe. "
            "At 0147 {O:Sgt. Cordell Vanmeter} #{B:C-104} located {P:Dwayne Bond} at his mother's residence "
            "and arrested him for {OF:Aggravated Assault (Strangulation)} ({OF:T.C.A. \u00a7 39-13-102}) and "
            "{OF:Violation of an Order of Protection} ({OF:T.C.A. \u00a7 39-13-113}). A pistol was recovered "
            "from the console.", **b)
    fl.para("The advocate from {PP:Harbor House of Corrigan County} will follow up with {P:Ms.~N\u00fa\u00f1ez} "
            "about shelter and an ex parte order. A copy of this form goes to the {AG:Corrigan County District "
            "Attorney General's Office} with the case file.", **b)
    fl.space(14)
    fl.para("{O:Deputy Jolene Sutterfield} #{B:C-219}          Reviewed: {O:Sgt. Cordell Vanmeter} #{B:C-104}",
            font="helv", size=9)
    for i in range(len(d.pdf)):
        running_footer(d, i, "CCSO Form DV-LAP (adapted)  \u2022  CONFIDENTIAL \u2014 victim location not "
                       "public (T.C.A. \u00a7 10-7-504)", f"{i + 1} of 2", L=L, R=R, y=770)
    assert len(d.pdf) == 2
    return d.finish(outdir)


# ================================================================== 10. pawn-shop transaction report
def doc_pawn(outdir):
    d = Doc("slpd_pawn_report_b10", "Silverlode Police Department - Pawn / Secondhand Dealer Transaction Report")
    p = d.new_page(792, 612)
    L, R = 30, 762
    d.text(p, L, 22, 400, "{AG:SILVERLODE POLICE DEPARTMENT} \u2014 Property Crimes / Pawn Detail", font="hebo",
           size=11)
    d.text(p, L, 37, 460, "PAWN / SECONDHAND DEALER TRANSACTION REPORT (NRS 646)  \u2022  weekly upload, "
           "week 48", font="helv", size=8, color=GRAY)
    d.text(p, 470, 22, R - 470, "Dealer: {PP:Comstock Loan & Jewelry}\nDealer address: "
           "{PP:2206 E. Comstock Ave., Silverlode, NV 89419}\nDealer license PB-0417", font="helv", size=8,
           lead=1.25, align="right")
    hline(d, p, L, 58, R, width=1.2)
    rows = [
        ["55112", "{ID:11/23/2026}", "{P:STONE, JOLENE MARIE}", "{D:02/17/1989}", "NV DL {DL:1502774391}",
         "{A:P.O. Box 2231, Silverlode, NV 89419}", "{PH:775-555-0135}", "Ladies' ring, 14K, blue {T:gemstone} w/ "
         "{T:rhinestone} halo", "none", "NV {PL:41R-662}", "$180"],
        ["55113", "11/23/2026", "{P:FORD, SHELBY ANN}", "{D:09/30/1995}", "NV DL {DL:1608820045}",
         "{A:915 Pyrite Way, Silverlode, NV 89419}", "{PH:(775) 555-0111}", "{T:Ford} key fob + Milwaukee drill",
         "M18 4471902", "NV {PL:7YTG118}", "$95"],
        ["55119", "{ID:11/25/2026}", "{P:KEALOHA, IGNATIUS K.}", "{D:06/12/1978}", "HI DL {DL:H00481266}",
         "{A:3310 Tailings Rd, Unit 7, Silverlode, NV 89419}", "{PH:7755550186}", "Fender Stratocaster, "
         "sunburst", "MX21047718", "\u2014", "$400"],
        ["55121", "11/25/2026", "{P:DUBOIS-MBEKI, L\u00c9A}", "{D:04/04/2002}", "NV ID {DL:3509184672}",
         "{A:41 Bonanza Ct, Silverlode, NV 89419}", "{PH:775.555.0147}", "Men's watch, Seiko SKX, "
         "engraved \"To Luc\"", "7S26-0020", "\u2014", "$120"],
        ["55127", "{ID:11/27/2026}", "{P:STONE, JOLENE M.}", "{D:02/17/1989}", "NV DL {DL:1502774391}",
         "{A:P.O. Box 2231, Silverlode, NV 89419}", "{PH:775-555-0135}", "Pendant, {T:gemstone} cluster, "
         "engraved \"Y.B.E. 1994\"", "none", "NV {PL:41R-662}", "$260"],
    ]
    _, y = table(d, p, L, 66, [34, 52, 96, 50, 76, 104, 62, 126, 52, 46, 34],
                 ["Ticket", "Date", "Customer (Last, First M.)", "DOB", "ID type / no.", "Customer address",
                  "Phone", "Item description", "Serial no.", "Vehicle plate", "Paid"],
                 rows, font="helv", size=7.6, shade=(0.95, 0.95, 0.95),
                 fonts=[None, None, "hebo", None, "cour", None, None, None, "cour", "cour", None])
    y += 12
    d.text(p, L, y, 360, "HITS AND HOLDS", font="hebo", size=9)
    y += 13
    b = dict(font="tiro", size=9.5, lead=1.3)
    yy = d.text(p, L, y, 360,
                "Ticket 55127: the pendant matches property reported stolen in burglary case {C:SLP26-09981} "
                "(victim {P:Yolanda Bright-Eagle}, engraving \"Y.B.E. 1994\"). On {ID:December 1, 2026} "
                "{O:Det. Anselm Kruger-Diaz} #{B:4471} placed a 90-day hold on tickets 55112 and 55127 and "
                "photographed both items at the shop. The dealer's clerk, {P:Porter Quintanilla}, identified "
                "{P:Jolene Stone} from the store camera. {P:Stone}'s vehicle, NV {PL:41R-662}, is registered "
                "to {P:Russ Stone} of the same P.O. box.", **b)
    yy = d.text(p, L, yy + 6, 360,
                "Ticket 55121: serial checked against NCIC, no hit. Ticket 55113 drill flagged by {AG:Washoe "
                "County Sheriff's Office} LeadsOnline alert for a {OF:Burglary of a Motor Vehicle}; the serial "
                "does not match. No hold.", **b)
    d.text(p, 410, y, R - 410,
           "DETECTIVE'S NOTE \u2014 do not release items under hold. Contact {O:Det. Kruger-Diaz}, desk "
           "{PP:(775) 555-0100} ext. 4471, or the Pawn Detail at {PP:www.silverlode.example.net/pawn}. "
           "Suspect interview set for 12/03 with {P:Ms.~Stone}, who said by phone ({PH:775-555-0135}) that "
           "the pendant was \"my aunt's.\" Charges under review: {OF:Possession of Stolen Property} "
           "({OF:NRS 205.275}); {OF:False Information to Pawnbroker} ({OF:NRS 646.060}).",
           font="tiro", size=9.5, lead=1.3)
    running_footer(d, p, "SPD Pawn Detail Form PD-9 \u2022 data from dealer upload; verify against the "
                   "ticket", "Page 1 of 1", L=L, R=R, y=590)
    return d.finish(outdir)


# ================================================================== 11. mental-health emergency detention / transport
def doc_mh(outdir):
    d = Doc("tcso_mh_detention_b11", "Tallowmere County Sheriff's Office - Emergency Detention and Transport")
    L, R = 50, 562
    p = d.new_page()
    d.text(p, L, 30, R - L, "STATE OF WISCONSIN, {AG:CIRCUIT COURT, TALLOWMERE COUNTY}", font="tibo", size=9.5)
    d.text(p, L, 30, R - L, "Case No. {C:2026ME000412}", font="tibo", size=9.5, align="right")
    d.text(p, L, 46, R - L, "STATEMENT OF EMERGENCY DETENTION BY LAW ENFORCEMENT OFFICER", font="hebo", size=11.5,
           align="center")
    d.text(p, L, 61, R - L, "\u00a7 51.15, Wisconsin Statutes  \u2022  with {T:transport} log", font="helv",
           size=8, align="center", color=GRAY)
    hline(d, p, L, 74, R, width=1)
    y = 80
    lw = 130
    for lab, val, hh in [
        ("Subject name", "{P:Tran, Quang Minh}", 15),
        ("Also known as", "\"{P:Danny Tran}\"", 15),
        ("Date of birth", "{D:October 9th, 1983}", 15),
        ("Address", "{A:W2190 Birchwood Lane\nTallowmere, WI 54470}", 27),
        ("Telephone", "{PH:715-555-0117}", 15),
        ("Social Security No.", "{S:401\u201357\u20138820}", 15),
        ("Driver license", "WI {DL:T650-4418-2097-03}", 15),
        ("Law enforcement agency", "{AG:Tallowmere County Sheriff's Office}", 15),
        ("Incident / CAD no.", "{C:TC26-30418}", 15),
    ]:
        side_field(d, p, L, y, R, y + hh, lab, val, lw, lfont="helv", vfont="tiro", size=9.5)
        y += hh
    y += 10
    fl = None

    def more():
        q = d.new_page()
        d.text(q, L, 30, R - L, "{C:2026ME000412} \u2022 {P:Tran, Quang M.} \u2022 Statement of Emergency "
               "Detention (cont.)", font="helv", size=8, color=GRAY)
        hline(d, q, L, 43, R, width=0.5)
        return [(q, L, R, 52, 736)]

    fl = Flow(d, [(p, L, R, y, 736)], more)
    b = dict(font="tiro", size=10.5, lead=1.36, after=0.6)
    fl.para("I, the undersigned law enforcement officer, state that I have cause to believe that the subject "
            "is mentally ill, drug dependent or developmentally disabled and evidences a substantial "
            "probability of physical harm to himself or others, as shown by the following specific recent "
            "overt acts, attempts or threats:", font="tiit", size=9.5, lead=1.3, after=0.8)
    fl.para("On {ID:December 2, 2026} at 1612 hours I responded to {A:W2190 Birchwood Lane} after the subject's "
            "sister, {P:Linh Tran-Hartley}, called 911 from {PH:(715) 555-0164}. She told me that her brother "
            "{P:Quang}, whom the family calls {P:Danny}, had not slept in four days, had stopped taking "
            "his medication and had told her by text that \"the only way out is the river.\" She showed me the "
            "text, sent at 1540 from {PH:715-555-0117}.", **b)
    fl.para("I found {P:Mr.~Tran} in the detached garage with the door closed and the engine of his pickup, "
            "WI {PL:PK 81447}, running. {O:Sgt. Abdirahman Warsame} #{B:T-140} and I opened the overhead door "
            "and turned off the engine. {P:Tran} was pacing, speaking rapidly and said that his neighbor, "
            "{P:Delphine Hart}, was \"reading his thoughts through the wall\" and that he would \"make it stop "
            "one way or another.\" {P:Ms.~Hart} ({A:W2196 Birchwood Lane}; {PH:715 555 0129}) told "
            "{O:Sgt. Warsame} that {P:Tran} had pounded on her door at 1500 shouting her name.", **b)
    fl.para("{P:Tran-Hartley} gave me the name of his psychiatric nurse practitioner and said he was "
            "hospitalized in 2021. She said he keeps a deer rifle in the house; {O:Sgt. Warsame} secured it "
            "for safekeeping (property receipt {C:TC26-30418-P1}). No crime is alleged; a report for "
            "{OF:Disorderly Conduct} ({OF:Wis. Stat. \u00a7 947.01}) was considered and not referred.", **b)
    fl.para("I believe that {P:Mr.~Tran} is a danger to himself and to {P:Ms.~Hart}. A voluntary admission "
            "was offered and refused. I took him into custody at 1658 hours under \u00a7 51.15.", **b)
    fl.para("TRANSPORT LOG", font="hebo", size=9.5, after=0.3)

    def brk():
        fl.next_frame()
        return fl.pno, fl.y

    fl.need(150)
    pno, yy = table(d, fl.pno, L, fl.y, [70, 190, 252], ["Time", "Event", "Details"], [
        ["1658", "Custody; search incident", "Searched by {O:Dep. Signe Haugland}; no weapons; wallet with WI "
         "DL {DL:T650-4418-2097-03}"],
        ["1706", "{T:Transport} begins", "Unit {B:T-21}, rear cage; subject cuffed in front per policy"],
        ["1741", "Medical clearance", "{PP:St. Adalbert Regional Medical Center} ED; the attending wrote in "
         "the {T:chart}: \"medically cleared for {T:transfer}\""],
        ["2015", "Crisis assessment", "Tallowmere County crisis worker by phone; agrees with detention"],
        ["2140", "{T:Transport} to IMD", "Unit {B:T-21}, mileage 61.4"],
        ["2238", "Delivered", "{PP:Northwoods Behavioral Health Institute}, "
         "{PP:1200 Pine Ridge Road, Wausau}; custody to staff; subject's property listed on inventory"],
    ], font="tiro", size=9, fonts=["helv", "hebo", None], bottom=736, on_break=brk)
    fl.y = yy + 12
    fl.para("Persons notified: {P:Linh Tran-Hartley} (sister, by phone, 2245); "
            "{AG:Tallowmere County Corporation Counsel} (by e-mail, 2250).", **b)
    fl.para("I declare under penalty of false swearing that the statements above are true to the best of "
            "my knowledge.", **b)
    fl.space(18)
    fl.para("______________________________        ______________________________", font="tiro", size=10,
            after=0.1)
    fl.para("{O:Dep. Signe Haugland} #{B:T-212}                         {O:Sgt. Abdirahman Warsame} #{B:T-140}",
            font="tiro", size=10, after=0.1)
    fl.para("Date signed: December 2, 2026, 2300 hours", font="tiro", size=10)
    n = len(d.pdf)
    for i in range(n):
        running_footer(d, i, "ME-910 (Wis. form adapted)  \u2022  Confidential under \u00a7 51.30",
                       f"Page {i + 1} of {n}", L=L, R=R)
    assert n == 2, n
    return d.finish(outdir)

BUILDERS = (doc_bwc, doc_911, doc_email, doc_ia, doc_records, doc_warrant, doc_missing, doc_fi, doc_lethality, doc_pawn, doc_mh)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    ap.add_argument("--only", nargs="*", default=None)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    errors, totals, names = [], {}, []
    print(f"{'file':34s} pages items redact keep wrapped")
    for build in BUILDERS:
        if args.only and build.__name__ not in args.only:
            continue
        pdf_path, truth = build(args.out)
        names.append(pdf_path.stem)
        errors += check(pdf_path, truth)
        n_pages = len(fitz.open(pdf_path))
        its = truth["items"]
        wrapped = sum(1 for it in its if "parts" in it)
        nr = sum(1 for it in its if it["action"] == "redact")
        print(f"{pdf_path.name:34s} {n_pages:5d} {len(its):5d} {nr:6d} {len(its) - nr:4d} {wrapped:7d}")
        for it in its:
            key = (it["action"], it["category"])
            totals.setdefault(key, {})
            totals[key][pdf_path.stem] = totals[key].get(pdf_path.stem, 0) + 1
    print()
    print(f"{'action':7s} {'category':16s} {'total':>5s}")
    grand = 0
    for action in ("redact", "keep"):
        sub = 0
        for (a, cat), per in sorted(totals.items()):
            if a == action:
                print(f"{a:7s} {cat:16s} {sum(per.values()):5d}")
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
