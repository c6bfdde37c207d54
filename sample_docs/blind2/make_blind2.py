#!/usr/bin/env python
"""Second blind evaluation set for redactkit: 6 fictional US law-enforcement records.

Written blind on 2026-11-29, without looking at the tool's rules, its tests or its
tuning/holdout samples.  Only the truth *format* (schema, box convention, markup
idea) follows sample_docs/blind/make_blind.py.  Deterministic: fixed seed, fixed
metadata dates, no new file ID -> reruns are byte-identical.

    .venv/bin/python sample_docs/blind2/make_blind2.py            # writes beside this file
    .venv/bin/python sample_docs/blind2/make_blind2.py --out DIR

Markup in the document text: ``{CODE:text}`` marks one ground-truth item;
``{CODE!:text}`` additionally demands that the layout wraps the item over a line
break; ``|`` inside an item is an invisible break opportunity (used after the
hyphen of a hyphenated surname).  Everything else is plain, unscored text.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

import pymupdf as fitz

SEED = 20261129
FIXED_DATE = "D:20261129090000+00'00'"

CODES = {
    # redact
    "P": "PERSON", "S": "SSN", "PH": "PHONE", "E": "EMAIL", "D": "DOB",
    "AGE": "AGE", "A": "ADDRESS", "DL": "DRIVER_LICENSE", "PL": "PLATE",
    "V": "VIN", "BK": "BOOKING_NUMBER",
    # keep
    "O": "OFFICER", "B": "BADGE", "AG": "AGENCY", "C": "CASE_NUMBER",
    "OF": "OFFENSE", "ID": "INCIDENT_DATE", "T": "TRAP_WORD",
    "L": "LOCATION_PUBLIC", "BZ": "BUSINESS",
}
REDACT = {"PERSON", "SSN", "PHONE", "EMAIL", "DOB", "AGE", "ADDRESS",
          "DRIVER_LICENSE", "PLATE", "VIN", "BOOKING_NUMBER"}
TAG = re.compile(r"\{([A-Z]+)(!?):([^{}]*)\}")
SOFT = "\x01"
NBSP = "\x02"      # "~" inside an item: a space the line breaker may not use
GRAY = (0.3, 0.3, 0.3)
INK = (0.06, 0.13, 0.52)          # ball-point blue for the "handwritten" entries
PAPER_RULE = (0.72, 0.82, 0.93)

rng = random.Random(SEED)


# ------------------------------------------------------------------ VINs
_VAL = {**{str(d): d for d in range(10)},
        **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
        "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
_WT = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_digit(v):
    r = sum(_VAL[c] * w for c, w in zip(v, _WT)) % 11
    return "X" if r == 10 else str(r)


def new_vin(wmi_vds, year_plant):
    """8 chars WMI+VDS, 2 chars model year + plant, 6 random serial digits."""
    v = wmi_vds + "0" + year_plant + "".join(rng.choice("0123456789") for _ in range(6))
    assert len(v) == 17 and not set("IOQ") & set(v)
    return v[:8] + vin_digit(v) + v[9:]


def vin_ok(v):
    return len(v) == 17 and not set("IOQ") & set(v) and v[8] == vin_digit(v)


# ------------------------------------------------------------------ layout engine
_WCACHE = {}


def tlen(s, font, size):
    """Advance width of s.  Summed per character: fitz.get_text_length() under-measures strings
    holding non-ASCII characters (it drops trailing characters), and base-14 text has no kerning."""
    tot = 0.0
    for c in s:
        k = (c, font)
        if k not in _WCACHE:
            _WCACHE[k] = fitz.get_text_length(c, fontname=font, fontsize=1000.0)
        tot += _WCACHE[k]
    return tot * size / 1000.0


def parse(markup):
    """-> (words, items); words = [(sep, [(char, item_index|None)])], items = [(cat, text, want_wrap)]."""
    chars, items, pos = [], [], 0
    for m in TAG.finditer(markup):
        chars += [(c, None) for c in markup[pos:m.start()]]
        code, bang, body = m.groups()
        if code not in CODES:
            raise ValueError(f"unknown code {code!r}: {markup!r}")
        k = len(items)
        items.append((CODES[code], " ".join(body.replace("|", "").replace("~", " ").split()), bool(bang)))
        chars += [(SOFT if c == "|" else NBSP if c == "~" else c, k) for c in body]
        pos = m.end()
    chars += [(c, None) for c in markup[pos:]]
    if any(c in "{}" for c, _ in chars):
        raise ValueError(f"stray brace: {markup!r}")
    words, cur, sep = [], [], ""
    for c, t in chars:
        if c in (" ", SOFT):
            if cur:
                words.append((sep, cur))
            cur, sep = [], (" " if c == " " else "")
            continue
        cur.append((" " if c == NBSP else c, t))
    if cur:
        words.append((sep, cur))
    return words, items


def wrap(words, font, size, width, indent=0.0):
    lines, cur = [], []
    for sep, w in words:
        cand = cur + ([(" ", None)] if cur and sep else []) + w
        avail = width - (indent if not lines else 0.0)
        if cur and tlen("".join(c for c, _ in cand), font, size) > avail:
            lines.append(cur)
            cur = list(w)
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
            if w < width - 120:
                raise RuntimeError(f"cannot force a wrap in {markup[:70]!r}")

    def draw_line(self, pno, x, base, line, font, size, gmap, color=(0, 0, 0)):
        text = "".join(c for c, _ in line)
        self.page(pno).insert_text((x, base), text, fontname=font, fontsize=size, color=color)
        spans = {}
        for i, (_, t) in enumerate(line):
            if t is not None:
                a, b = spans.get(t, (i, i))
                spans[t] = (min(a, i), max(b, i))
        for t, (a, b) in spans.items():
            x0 = x + tlen(text[:a], font, size)
            x1 = x + tlen(text[:b + 1], font, size)
            bb = [round(x0, 3), round(base - 0.80 * size, 3), round(x1, 3), round(base + 0.22 * size, 3)]
            self.items[gmap[t]]["_boxes"].append({"page": pno, "bbox": bb})

    def draw_lines(self, pno, x, y_top, width, lines, items, font, size, lead, color=(0, 0, 0),
                   align="left", jitter=0.0):
        gmap = self.register(items)
        base = y_top + size
        for ln in lines:
            xx = x
            lw = tlen("".join(c for c, _ in ln), font, size)
            if align == "center":
                xx = x + (width - lw) / 2
            elif align == "right":
                xx = x + width - lw
            dx = dy = 0.0
            if jitter:
                dx = round(rng.uniform(0, jitter), 2)
                dy = round(rng.uniform(-jitter, jitter) * 0.6, 2)
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
            "subject": "redactkit blind evaluation set 2", "keywords": "",
            "creator": "sample_docs/blind2/make_blind2.py", "producer": "PyMuPDF",
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
        (outdir / f"{self.name}.truth.json").write_text(json.dumps(truth, indent=1) + "\n")
        return pdf_path, truth


class Flow:
    """Paragraphs flowing through frames (page, x0, x1, top, bottom); new frames from more()."""

    def __init__(self, doc, frames, more=None, snap=None):
        self.doc, self.frames, self.more = doc, list(frames), more
        self.fi = 0
        self.y = self.frames[0][3]
        self.snap = snap          # fixed line pitch (pleading paper): every line on the grid

    @property
    def frame(self):
        return self.frames[self.fi]

    def next_frame(self):
        self.fi += 1
        if self.fi >= len(self.frames):
            self.frames += self.more()
        self.y = self.frame[3]

    def para(self, markup, font="tiro", size=11, lead=1.35, indent=0.0, after=0.6,
             color=(0, 0, 0), align="left", keep=1, jitter=0.0):
        pno, x0, x1, top, bottom = self.frame
        lines, items = self.doc.layout(markup, font, size, x1 - x0, indent)
        gmap = self.doc.register(items)
        pitch = self.snap or size * lead
        if self.y + pitch * min(keep, len(lines)) > bottom:
            self.next_frame()
        for k, ln in enumerate(lines):
            if self.y + pitch > self.frame[4]:
                self.next_frame()
            pno, x0, x1, top, bottom = self.frame
            xx = x0 + (indent if k == 0 else 0.0)
            if align == "center":
                xx = x0 + (x1 - x0 - tlen("".join(c for c, _ in ln), font, size)) / 2
            base = self.y + (pitch - size) / 2 + size * 0.85 if self.snap else self.y + size
            if jitter:
                xx += round(rng.uniform(0, jitter), 2)
                base += round(rng.uniform(-jitter, jitter) * 0.6, 2)
            self.doc.draw_line(pno, xx, base, ln, font, size, gmap, color)
            self.y += pitch
        if self.snap:
            self.y += self.snap * after
        else:
            self.y += size * after

    def space(self, h):
        self.y += h


def hline(doc, pno, x0, y, x1, width=0.6, color=(0, 0, 0)):
    doc.page(pno).draw_line((x0, y), (x1, y), color=color, width=width)


def rect(doc, pno, r, width=0.6, fill=None, color=(0, 0, 0)):
    doc.page(pno).draw_rect(fitz.Rect(r), color=color, width=width, fill=fill)


def cell_rows(doc, pno, x, y, cols, rows, font="helv", size=8, lead=1.2, pad=2.5,
              hfont="hebo", hsize=7.5, header=None, shade=None, bottom=None, on_break=None,
              fonts=None):
    """Ruled table. cols = widths; rows = list of lists of markup.  Optional header row (plain text),
    repeated after a page break (on_break() -> (pno, y)). fonts = per-column font override."""
    def draw_header(pno, y):
        if not header:
            return y
        h = hsize * 1.2 + 2 * pad
        xx = x
        for w, htxt in zip(cols, header):
            rect(doc, pno, (xx, y, xx + w, y + h), fill=(0.85, 0.85, 0.85))
            doc.text(pno, xx + pad, y + pad, w - 2 * pad, htxt, font=hfont, size=hsize, lead=1.1)
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


def boxfield(doc, pno, x0, y0, x1, y1, label, value="", vfont="tiit", vsize=11, color=INK,
             jitter=0.6, lsize=6.5):
    """Printed form box: tiny caps label at the top, hand-entered value below it."""
    rect(doc, pno, (x0, y0, x1, y1), width=0.7)
    doc.text(pno, x0 + 2, y0 + 1.5, x1 - x0 - 4, label, font="helv", size=lsize, lead=1.1, color=GRAY)
    if value:
        assert len(doc.layout(value, vfont, vsize, x1 - x0 - 8)[0]) == 1, value
        doc.text(pno, x0 + 4, y0 + 10, x1 - x0 - 8, value, font=vfont, size=vsize, lead=1.2,
                 color=color, jitter=jitter)


# ================================================================== 1. witness statement
def doc_witness(outdir):
    d = Doc("qfpd_witness_w01", "Quillan Falls Police Department - Voluntary Witness Statement")
    p = d.new_page()
    L, R = 44, 568
    d.text(p, L, 34, R - L, "{AG:QUILLAN FALLS POLICE DEPARTMENT}", font="hebo", size=11, align="center")
    d.text(p, L, 49, R - L, "{L:47 Depot Street}, Quillan Falls, Vermont 05061   |   Records Unit",
           font="helv", size=8, align="center", color=GRAY)
    d.text(p, L, 64, R - L, "VOLUNTARY WITNESS STATEMENT", font="hebo", size=10, align="center")
    hline(d, p, L, 80, R, width=1.2)
    y = 88
    boxfield(d, p, L, y, 170, y + 30, "CASE NUMBER", "{C:QF-26-004417}", vfont="helv", vsize=10, color=(0, 0, 0), jitter=0)
    boxfield(d, p, 170, y, 270, y + 30, "DATE OF STATEMENT", "{ID:11/16/2026}")
    boxfield(d, p, 270, y, 330, y + 30, "TIME", "0040")
    boxfield(d, p, 330, y, 500, y + 30, "STATEMENT TAKEN BY (RANK / NAME)", "{O:Ofc. Brandt Leclair}",
             vfont="helv", vsize=9.5, color=(0, 0, 0), jitter=0)
    boxfield(d, p, 500, y, R, y + 30, "BADGE NO.", "{B:217}", vfont="helv", vsize=10, color=(0, 0, 0), jitter=0)
    y += 30
    boxfield(d, p, L, y, 300, y + 30, "NAME (LAST, FIRST, M.I.)", "{P:Teague, Marisol R.}")
    boxfield(d, p, 300, y, 400, y + 30, "DATE OF BIRTH", "{D:07/19/1986}")
    boxfield(d, p, 400, y, 450, y + 30, "AGE", "{AGE:40}")
    boxfield(d, p, 450, y, R, y + 30, "SSN (OPTIONAL)", "{S:412-55-0193}")
    y += 30
    boxfield(d, p, L, y, 400, y + 30, "HOME ADDRESS (STREET, APT, CITY, STATE, ZIP)",
             "{A:88 Brookhollow Rd, Unit 2, Quillan Falls, VT 05061}")
    boxfield(d, p, 400, y, R, y + 30, "HOME / CELL PHONE", "{PH:(802) 555-0127}")
    y += 30
    boxfield(d, p, L, y, 230, y + 30, "E-MAIL", "{E:mteague86@example.com}")
    boxfield(d, p, 230, y, 400, y + 30, "EMPLOYER", "{BZ:Falls Valley Credit Union}")
    boxfield(d, p, 400, y, R, y + 30, "WORK PHONE", "{PH:802-555-0190} x14")
    y += 38
    y = d.text(p, L, y, R - L,
               "I, {P:Marisol Teague}, make the following statement of my own free will. No threats or "
               "promises have been made to me. I understand that this statement may be used in court and "
               "that knowingly making a false statement to a law enforcement officer is a crime under "
               "{OF:13 V.S.A. § 1754}.", font="helv", size=8, lead=1.3)
    y += 6
    d.text(p, L, y, R - L, "STATEMENT (describe what you saw and heard, in your own words):",
           font="hebo", size=8)
    y += 14
    # ruled writing lines on both pages
    PITCH, HS = 22.0, 12.5

    def ruled(pno, top, bottom):
        yy = top + 4 + (PITCH - HS) / 2 + HS * 0.85 + 1.6
        while yy <= bottom:
            hline(d, pno, L, yy, R, width=0.5, color=PAPER_RULE)
            yy += PITCH

    ruled(p, y, 730)

    def footer(pno, n):
        d.text(pno, L, 754, 200, "QFPD Form 7 (rev. 2024)", font="helv", size=7, color=GRAY)
        d.text(pno, L, 754, R - L, f"Page {n} of 2", font="helv", size=7, color=GRAY, align="center")
        d.text(pno, L, 754, R - L - 36, "Witness initials:", font="helv", size=7, color=GRAY, align="right")
        hline(d, pno, R - 34, 761, R, width=0.5)
        d.text(pno, R - 28, 749, 28, "{P:MT}", font="coit", size=10, color=INK)
    hline(d, p, L, 750, R, width=0.5)
    footer(p, 1)

    def more():
        q = d.new_page()
        d.text(q, L, 34, R - L, "Statement of {P:Marisol Teague}  -  Case {C:QF-26-004417}  -  continued",
               font="helv", size=8, color=GRAY)
        hline(d, q, L, 48, R, width=0.8)
        return [(q, L + 4, R - 8, 54 + 4, 560 + 4)]

    fl = Flow(d, [(p, L + 4, R - 8, y + 4, 730 + 4)], more, snap=PITCH)
    hw = dict(font="tiit", size=HS, color=INK, after=0.0, jitter=1.2)
    fl.para("On Sunday night ({ID:11/15/2026}) I was home at {A:88 Brookhollow Rd} with my brother "
            "{P:Desmond Teague}. Everybody calls him {P:Dez}. He has been staying with me since early "
            "{T:June} when he moved back up from Rutland. Around 11:30 PM I heard glass break outside. It "
            "sounded like it came from the detached garage that belongs to my neighbors {P:Lyle} and "
            "{P:June Fairbanks}, who live next door at {A:92 Brookhollow Rd}.", **hw)
    fl.para("I looked out the kitchen window and saw a man in a dark hoodie come out of the side door of "
            "the {P:Fairbanks}' garage carrying what looked like a chainsaw case. He walked fast down the "
            "driveway to a gray Subaru wagon parked by the {T:Rose} of Sharon bushes near the road. I am "
            "pretty sure the plate was Vermont {PL:HXT 492}, I remember thinking it sounded like a radio "
            "station.", **hw)
    fl.para("{P:Dez} ran out in his socks and yelled at him. The man said something like \"mind your own "
            "business {P:Desi}\" which scared me, because {P:Desmond} says he never met the guy and only "
            "family calls him {P:Desi}. {P:Lyle} came out on his porch in his bathrobe yelling "
            "\"{T:Will} somebody call 911!\" so I called from my cell. {P:June} stayed inside with their "
            "granddaughter {P:Kaylee}, who is {AGE:9}.", **hw)
    fl.para("The car went left on {L:Brookhollow Rd} toward {L:Route 106} with the lights off until it "
            "got past the mailboxes.", **hw)
    fl.para("I think the man might have been {P:Corey Vandermeer}. He used to go out with {P:Lyle}'s niece "
            "{P:Abigail} ({P:Abby}) and he came by last summer and argued with Mr. {P:Fairbanks} in the "
            "driveway about money for a snowblower. {P:Vandermeer} drives a gray Subaru too, I have seen it "
            "at the {BZ:Kwik Stop} on {L:Depot Street}. My sister-in-law {P:Keisha Teague} works with him at "
            "{BZ:Green Mountain Pallet} and can tell you more, her number is {PH:802-555-0183}.", **hw)
    fl.para("{O:Officer Leclair} got there about 10 minutes later and {O:Sgt. Paquette} came after. I showed "
            "them the footprints in the frost by the garage and the spot where the car was parked. "
            "{P:Dez} gave them his own statement. I am willing to look at photos. I am not sure about the "
            "face because of the hood, but I am sure about the car and about the plate.", **hw)
    fl.para("That is all I saw. - {P:M.T.}", **hw)
    assert len(d.pdf) == 2, len(d.pdf)
    # signature block after the narrative, on the continuation page
    q, x0, x1, top, bottom = fl.frame
    ruled(q, 54, fl.y + PITCH)
    y2 = fl.y + PITCH + 20
    y2 = d.text(q, L, y2, R - L,
                "I have read this statement consisting of 2 pages. It is true and correct to the best of my "
                "knowledge. I have initialed each page.", font="helv", size=8.5, lead=1.3)
    y2 += 24
    d.text(q, L + 4, y2 - 16, 220, "{P:Marisol R. Teague}", font="coit", size=13, color=INK, jitter=0.8)
    hline(d, q, L, y2 + 2, L + 230, width=0.6)
    d.text(q, 330, y2 - 13, 120, "{ID:11/16/2026}", font="tiit", size=11, color=INK)
    hline(d, q, 330, y2 + 2, 450, width=0.6)
    d.text(q, L, y2 + 5, 230, "Signature of person giving statement", font="helv", size=7, color=GRAY)
    d.text(q, 330, y2 + 5, 120, "Date", font="helv", size=7, color=GRAY)
    y2 += 40
    d.text(q, L, y2, 200, "Witnessed: {O:Ofc. B. Leclair} #{B:217}", font="helv", size=8.5)
    d.text(q, L + 210, y2, R - L - 210, "Reviewed: {O:Sgt. Renee Paquette} #{B:104}, {AG:Quillan Falls PD} "
           "Patrol Division", font="helv", size=8.5)
    footer(q, 2)
    return d.finish(outdir)


# ================================================================== 2. CAD call log
def doc_cad(outdir):
    d = Doc("tcec_cad_w02", "Tamsworth County E-911 - CAD Call Log, B Shift")
    W, H = 792, 612
    L, R = 28, 764
    state = {}

    def newp():
        p = d.new_page(W, H)
        d.text(p, L, 24, 420, "{AG:TAMSWORTH COUNTY E-911 COMMUNICATIONS}", font="cobo", size=9.5)
        d.text(p, L, 37, 500, "CAD CALL LOG  -  B SHIFT 1800-0600  -  {ID:11/08/2026} / {ID:11/09/2026}",
               font="cour", size=8)
        d.text(p, 520, 24, R - 520, "RUN 11/09/2026 06:02  OPR: JRM", font="cour", size=8, align="right")
        d.text(p, 520, 37, R - 520, f"PAGE {len(d.pdf)}", font="cour", size=8, align="right")
        hline(d, p, L, 50, R, width=1)
        state["p"] = p
        return p, 56

    p, y = newp()
    cols = [32, 74, 36, 26, 74, 126, 120, 248]
    assert abs(sum(cols) - (R - L)) < 0.01
    head = ["TIME", "INC #", "UNIT", "DISP", "TYPE", "LOCATION", "CALLER / CALLBACK", "REMARKS"]
    rows = [
        ["1812", "{C:TC26-118204}", "{B:2A14}", "JRM", "{OF:SUSP VEH}", "{L:HWY 17 @ OLD MILL RD}",
         "{P:KIMBLE, DONNA} {PH:706-555-0148}",
         "RP ADV {T:HUNTER} GREEN PU PARKED ON SHOULDER 20+ MIN, LIGHTS OFF. GA TAG {PL:RKW4471}. SUBJ W/M "
         "30s BLK HOODIE WALKING NB FROM VEH"],
        ["1829", "{C:TC26-118211}", "{B:2A09}", "JRM", "{OF:DOMESTIC 10-16}", "{A:412 PECAN HOLLOW CT}",
         "{P:ALVAREZ, TERESA} {PH:(706)~555-0172}",
         "RP STS HUSB {P:RAUL} THREW PHONE AT HER, LEFT ON FOOT. NO WPNS SEEN. 2 JUVS IN RES. SUBJ H/M 40s "
         "5'09 GRY T-SHIRT JEANS"],
        ["1847", "{C:TC26-118204}", "{B:2A14}", "JRM", "UPDATE", "", "",
         "2A14 10-97. TAG RTN TO {P:BRANNIGAN, SEAN P} OF {A:19 QUAIL RUN, ELLAWOOD GA}. NO WANTS. VEH "
         "UNOCC, HOOD COLD. {P:BRANNIGAN} NOT AT RES, LM ON {PH:706-555-0126}"],
        ["1903", "{C:TC26-118219}", "{B:2A11}", "KLT", "{OF:THEFT/SHOPLIFT}",
         "{BZ:DOLLAR BARN #212} {L:2201 S MAIN ST}", "{P:WHIGHAM, MARCUS} (MGR) {PH:706-555-0109}",
         "LP ADV SUBJ W/F ~25 BLONDE PONYTAIL CONCEALED ITEMS IN PURSE, LS LEAVING IN SILVER NISSAN GA "
         "{PL:CTJ~8820} TWD {L:US 301}"],
        ["1921", "{C:TC26-118211}", "{B:2A09}", "JRM", "UPDATE", "{L:PECAN HOLLOW PARK}", "",
         "SUBJ {P:RAUL ALVAREZ} DOB {D:03/02/1983} SOC {S:531076642} ON BENCH AT PARK. COOP. 10-15 X1 "
         "TO {AG:TCSO} JAIL. {P:ALVAREZ} ADV FOR PHOTOS"],
        ["1944", "{C:TC26-118230}", "{B:2A03}", "KLT", "{OF:MVA W/ INJURY}", "{L:I-16 WB MM 84}",
         "{P:LAKEISHA ROWE} CELL {PH:478~555~0131}",
         "2 VEH, 1 ON ITS SIDE IN MEDIAN. EMS 7 + E2 ENRT. WRECKER {T:WILL} BE 30 MIN PER ROTATION. "
         "{AG:GSP POST 34} ADV THEY {T:WILL} WORK IT"],
        ["2010", "{C:TC26-118230}", "{B:2A03}", "KLT", "UPDATE", "", "",
         "DRV1 {P:ROWE, LAKEISHA} TRANSP {BZ:MEMORIAL SOUTH MED CTR}. DRV2 {P:OKONJO, FELIX} DOB "
         "{D:11/30/1999} GA DL {DL:052847193} NON-INJ. 10-8"],
        ["2138", "{C:TC26-118244}", "{B:2A11}", "JRM", "{OF:ALARM - BURG}",
         "{BZ:FIRST COASTAL BANK} {L:80 COURTHOUSE SQ}", "ALARM CO OPR 1142",
         "FRONT DOOR ZONE. KEYHOLDER {P:GRANT TILLMAN} {PH:706-555-0155} ENRT, ETA 15. BLDG SECURE PER "
         "2A11, WIND"],
        ["2246", "{C:TC26-118251}", "{B:2A14}", "KLT", "{OF:WELFARE CHECK}", "{A:7 MAGNOLIA TER APT C}",
         "{P:PARRISH, EVELYN} {PH:706-555-0193}",
         "RP REQ CHECK ON MOTHER {P:ROSE PARRISH} {AGE:81} YOA, NO ANS SINCE 1400. KEY UNDER MAT PER RP"],
        ["2310", "{C:TC26-118251}", "{B:2A14}", "KLT", "UPDATE", "", "",
         "MS {P:PARRISH} OK, PHONE OFF HOOK. ADV DAUGHTER {P:EVELYN}. 10-8"],
        ["0017", "{C:TC26-118262}", "{B:2A09}", "MDW", "{OF:SHOTS FIRED}", "{L:ELM ST / RAILROAD AVE}",
         "ANON", "RP HEARD 3-4 SHOTS POSS FIREWORKS. 2A09 CHECKED AREA, UTL"],
        ["0152", "{C:TC26-118270}", "{B:2A03}", "MDW", "{OF:DUI}", "{L:HWY 80 @ BILL ARP RD}",
         "OFFICER INIT",
         "T/S DRV {P:DESHAWN T MOSELY} GA DL {DL:061193844} TAG {PL:PXB~2297} GA. SFST, 10-15 TO "
         "{AG:TCSO}. VEH TO {BZ:ROYAL'S WRECKER}"],
        ["0340", "{C:TC26-118277}", "{B:2A11}", "MDW", "{OF:NOISE COMPL}", "{A:1630 SAWGRASS LN}",
         "{P:HOLLIS WEBB} {PH:706-555-0118}",
         "RP STS NEIGHBOR '{P:BIG MIKE}' PLAYING MUSIC IN CARPORT, 3RD CALL THIS MONTH. 2A11 ADV "
         "{P:MIKE} TURNED IT DOWN"],
        ["0512", "", "", "MDW", "SHIFT", "", "", "B SHIFT CLOSED. 13 EVENTS. HANDOFF TO A SHIFT (RLS)"],
    ]
    p, y = cell_rows(d, p, L, y, cols, rows, font="cour", size=8, lead=1.18, header=head,
                     shade=(0.94, 0.94, 0.94), bottom=H - 60, on_break=newp,
                     fonts=[None, None, None, None, None, None, None, None])
    p = state["p"]
    y += 10
    d.text(p, L, y, R - L,
           "UNITS ON DUTY: {B:2A03} {O:DEP R. CASTLE}; {B:2A09} {O:DEP T. NWOSU}; {B:2A11} "
           "{O:CPL A. FAIRCLOTH}; {B:2A14} {O:DEP K. BIRDSONG}", font="cour", size=8)
    y += 12
    d.text(p, L, y, R - L,
           "DISPATCHERS: JRM={O:J. MULLINS}, KLT={O:K. THIGPEN}, MDW={O:M. WARDLAW}; SUPV "
           "{O:L. ASKEW}", font="cour", size=8)
    y += 12
    d.text(p, L, y, R - L, "ABBREV: RP=REPORTING PARTY  SUBJ=SUBJECT  LS=LAST SEEN  UTL=UNABLE TO LOCATE  "
           "LM=LEFT MESSAGE  T/S=TRAFFIC STOP", font="cour", size=7.5, color=GRAY)
    return d.finish(outdir)


# ================================================================== 3. use-of-force supplemental
def doc_uof(outdir):
    d = Doc("svcso_uof_w03", "Sangre Vista County Sheriff's Office - Supplemental / Response to Resistance")
    L, R = 60, 552
    pages = []

    def header(pno, n):
        d.text(pno, L, 30, 330, "{AG:SANGRE VISTA COUNTY SHERIFF'S OFFICE}", font="tibo", size=10)
        d.text(pno, L, 43, 330, "Supplemental Report / Response to Resistance", font="tiro", size=9)
        d.text(pno, 400, 30, R - 400, "Case {C:SV-26-03318}", font="tiro", size=9, align="right")
        d.text(pno, 400, 43, R - 400, f"Page {n} of 3", font="tiro", size=9, align="right")
        hline(d, pno, L, 57, R, width=0.9)

    p = d.new_page()
    pages.append(p)
    header(p, 1)
    y = 64
    info = [
        ["Reporting", "{O:Deputy Jonah Whitcomb} #{B:5120}", "Supervisor", "{O:Sgt. Colette Ambrose} #{B:3391}"],
        ["Date / time", "{ID:10/31/2026} 2217 hrs", "Location", "{L:County Road 14 at Arroyo Seco Lane}"],
        ["Subject", "{P:Rodrigo Alarcón Villaseñor}", "Subject DOB", "{D:1989-04-12}"],
        ["Victim", "{P:Tamsin Pryce-Holloway}", "Juvenile present", "{P:Kieran O'Donoghue} (age {AGE:14})"],
        ["Force used", "CEW (1 cycle), arm-bar takedown", "Injuries", "Subject: probe sites; Victim: laceration"],
    ]
    _, y = cell_rows(d, p, L, y, [78, 168, 78, 168], info, font="tiro", size=9, lead=1.2,
                     fonts=["tibo", None, "tibo", None])
    y += 12
    fl = Flow(d, [(p, L, R, y, 742)], lambda: _more())

    def _more():
        n = len(pages) + 1
        q = d.new_page()
        pages.append(q)
        header(q, n)
        return [(q, L, R, 66, 742)]

    body = dict(font="tiro", size=10.5, lead=1.38, after=0.7)
    sec = dict(font="tibo", size=10, lead=1.3, after=0.35)
    fl.para("NARRATIVE", **sec)
    fl.para("On {ID:October 31, 2026}, at approximately 2217 hours, I, {O:Deputy Jonah Whitcomb} (#{B:5120}), "
            "was dispatched to {A:2809 Arroyo Seco Lane} regarding a disturbance with a weapon. The reporting "
            "party, {P:Tamsin Pryce-Holloway}, told dispatch that her former partner, {P:Rodrigo Alarcón "
            "Villaseñor}, had forced his way in through the rear {T:hollow}-core door and was \"waving a "
            "knife around the kitchen.\" Dispatch advised that a juvenile was inside the residence.", **body)
    fl.para("{O:Cpl. Ayesha Randhawa} (#{B:4478}) advised she was en route from {L:Highway 285}. "
            "{O:Trooper Ilse Marchetti} of the {AG:State Highway Patrol, District 4} was at the "
            "{BZ:Allsup's} on {L:County Road 14} and also responded. I arrived first at 2224 hours and "
            "parked two houses north, at the corner of {L:Arroyo Seco Lane} and {L:Calle Lucero}.", **body)
    fl.para("As I approached on foot I heard a female voice yelling, \"{T:Will} you put it down? He is "
            "a kid!\" The front door was open. From the doorway I observed a Hispanic male, later identified "
            "as {P!:Rodrigo Alarcón Villaseñor}, standing near the kitchen island holding a black-handled "
            "kitchen knife with an approximately six-inch blade in his right hand. {P:Tamsin Pryce-Holloway} "
            "was standing between him and the hallway, and a boy I later identified as her son, "
            "{P:Kieran O'Donoghue}, a {AGE:14}-year-old, was standing in the hallway behind her.", **body)
    fl.para("I drew my duty firearm, held it at the low ready, and gave loud, clear commands: \"Sheriff's "
            "Office! Drop the knife!\" {P:Alarcón Villaseñor} turned toward me, said \"this is my house "
            "too,\" and took one step toward Ms. {P:Pryce-Holloway} with the knife still in his hand. I "
            "repeated the command several times. He did not comply.", **body)
    fl.para("At 2226 hours {O:Cpl. Randhawa} arrived and entered behind me. I transitioned to my "
            "conducted electrical weapon (CEW) and {O:Randhawa} covered with her firearm. I warned "
            "{P:Alarcón} that he would be tased if he did not drop the knife. He raised the knife to "
            "shoulder height. I deployed the CEW once; both probes struck his lower back and left thigh "
            "and the cycle lasted five seconds. He dropped the knife and fell to his knees. I kicked the "
            "knife toward the front door, where {O:Trooper Marchetti} secured it.", **body)
    fl.para("When the cycle ended {P:Alarcón} pulled his arms under his body and would not present his "
            "hands. I applied a straight-arm-bar takedown to his left arm, placing him prone, while "
            "{O:Cpl. Randhawa} controlled his right arm. {O:Sgt. Ambrose} arrived at 2229 hours and "
            "applied the handcuffs, which I checked for fit and double-locked. No further force was used. "
            "The total time from my first command to handcuffing was about three minutes.", **body)
    fl.para("{P:Kieran} told me, in front of his mother, that {P:Rodrigo} had pushed his mother into the "
            "refrigerator before I arrived and that he (the juvenile) had tried to call 911 but "
            "{P:Alarcón Villaseñor} took his phone. {P:O'Donoghue}'s phone was later found in the "
            "subject's jacket pocket. {P:Kieran} also said that the subject's cousin, "
            "{P:Ernesto \"Tito\" Villaseñor}, had dropped the subject off in a white pickup about twenty "
            "minutes earlier. {P:Tito} was not located.", **body)
    fl.para("AFTER-CARE AND MEDICAL", **sec)
    fl.para("I requested EMS at 2230 hours. {BZ:Sierra Vista Ambulance} (Medic 6) removed both probes on "
            "scene and transported {P:Alarcón} to {BZ:Sangre Vista Regional Medical Center} with "
            "{O:Deputy Whitcomb} riding along. He complained of pain to the left shoulder; he was "
            "medically cleared at 0105 hours on {ID:November 1, 2026}. {P!:Tamsin Pryce-|Holloway} had a 2 cm "
            "laceration to the back of her head, consistent with striking the refrigerator handle, and "
            "declined transport. She provided a cell number of {PH:(575) 555-0184} and an e-mail of "
            "{E:tpryceholloway@example.org} for follow-up.", **body)
    fl.para("{P:Kieran} was not injured. With his mother's agreement he was released to his "
            "grandmother, {P:Marguerite O'Donoghue} ({PH:575-555-0146}), who lives at "
            "{A:117 Calle Lucero, Sangre Vista, NM 88030}. Victim-advocate referral made to "
            "{BZ:Casa Esperanza Family Services}.", **body)
    fl.para("CHARGES AND BOOKING", **sec)
    fl.para("{P:Alarcón Villaseñor} was charged with {OF:Aggravated Burglary} ({OF:NMSA 1978, § 30-16-4}), "
            "{OF:Aggravated Assault Against a Household Member} ({OF:NMSA 1978, § 30-3-13}), and "
            "{OF:Interference with Communications} ({OF:NMSA 1978, § 30-12-1}). He was booked into the "
            "{AG:Sangre Vista County Detention Center} under booking number {BK:SVDC-2026-40719}. His New "
            "Mexico driver's license, {DL:104773286}, was placed in property.", **body)
    fl.para("EVIDENCE AND RECORDINGS", **sec)
    fl.para("Items collected: knife (item 1), CEW cartridge, probes and AFIDs (items 2-4), the juvenile's "
            "phone (item 5, released to {P:Marguerite O'Donoghue}). Photographs of the rear door and of "
            "Ms. {P:Pryce-Holloway}'s injury were taken by {O:Cpl. Randhawa}. Body-worn camera footage "
            "from {O:Whitcomb}, {O:Randhawa} and {O:Marchetti} was uploaded and tagged to "
            "{C:SV-26-03318}. CEW download: one five-second cycle at 2227:41.", **body)
    # force page 3 to begin the supervisor's review
    if len(pages) < 3:
        fl.next_frame()
    fl.para("SUPERVISOR'S RESPONSE-TO-RESISTANCE REVIEW", **sec)
    fl.para("I, {O:Sgt. Colette Ambrose} (#{B:3391}), responded to the scene, photographed "
            "{P:Alarcón Villaseñor}'s probe sites and interviewed the involved members and the "
            "civilians. {P:Alarcón} told me \"I was never going to hurt {P:Tamsin}, I just wanted my "
            "stuff,\" and declined to say more. {P:Tamsin} confirmed that he held the knife at shoulder "
            "height and stepped toward her when {O:Deputy Whitcomb} gave commands. The juvenile, "
            "{P:Kieran}, gave an account consistent with the deputies' reports.", **body)
    fl.para("{O:Whitcomb}'s decision to transition from firearm to CEW was consistent with policy 300.4 "
            "given the presence of a second armed deputy. The single CEW cycle and the arm-bar takedown "
            "were proportionate to the active resistance described and were ended once {P:Alarcón} was "
            "under control. {O:Randhawa} and {O:Trooper Marchetti} used no reportable force. I found no "
            "training or equipment issues.", **body)
    fl.para("I forwarded this review to {O:Lt. Harlan Petrakis}, Patrol Division Commander, on "
            "{ID:November 2, 2026}. {O:Lt. Petrakis} concurred on {ID:November 4, 2026} and closed the "
            "review as within policy. A copy was sent to the {AG:Sangre Vista County District Attorney's "
            "Office} with the case file. The victim was given the case number and the advocate line; "
            "{P:Pryce-Holloway} stated she will seek an order of protection.", **body)
    fl.space(24)
    q, x0, x1, top, bottom = fl.frame
    yy = fl.y
    for lab, who in (("Reporting deputy", "{O:J. Whitcomb} #{B:5120}"),
                     ("Reviewed by", "{O:Sgt. C. Ambrose} #{B:3391}"),
                     ("Approved", "{O:Lt. H. Petrakis} #{B:2207}")):
        hline(d, q, L, yy + 14, L + 200, width=0.5)
        d.text(q, L, yy + 16, 200, lab, font="tiro", size=8, color=GRAY)
        d.text(q, L + 215, yy + 3, 250, who, font="tiro", size=10)
        yy += 32
    assert len(pages) == 3, len(pages)
    return d.finish(outdir)


# ================================================================== 4. tow / impound inventory
def doc_tow(outdir):
    d = Doc("bpd_tow_w04", "Bramwell Police Department - Vehicle Tow / Impound Report and Inventory")
    vin = new_vin("1G1ZD5ST", "GF")
    tvin = new_vin("4YMUL121", "EN")
    p = d.new_page()
    L, R = 40, 572
    d.text(p, L, 30, 300, "{AG:BRAMWELL POLICE DEPARTMENT}", font="hebo", size=12)
    d.text(p, L, 46, 300, "Vehicle Tow / Impound Report and Inventory", font="helv", size=9.5)
    d.text(p, 380, 30, R - 380, "Form BPD-114 (rev. 03/2025)", font="helv", size=8, align="right", color=GRAY)
    d.text(p, 380, 42, R - 380, "Copy: Records / Tow Co. / Owner", font="helv", size=8, align="right", color=GRAY)
    hline(d, p, L, 60, R, width=1.4)

    def grid(y, row, h=24):
        x = L
        for label, value, w, *rest in row:
            vf = rest[0] if rest else "helv"
            rect(d, p, (x, y, x + w, y + h), width=0.5)
            d.text(p, x + 2.5, y + 1.5, w - 5, label, font="helv", size=6.5, color=GRAY)
            if value:
                vs = 9 if vf == "helv" else 8.5
                assert len(d.layout(value, vf, vs, w - 6)[0]) == 1, value
                d.text(p, x + 3, y + 10.5, w - 6, value, font=vf, size=vs)
            x += w
        assert abs(x - R) < 0.01, x
        return y + h

    def band(y, t):
        rect(d, p, (L, y, R, y + 13), width=0.5, fill=(0.15, 0.15, 0.15))
        d.text(p, L + 4, y + 2.2, 400, t, font="hebo", size=8, color=(1, 1, 1))
        return y + 13

    y = 66
    y = grid(y, [("Impound No.", "{C:IMP-26-00931}", 110), ("Report No.", "{C:BPD-26-018842}", 120),
                 ("Date towed", "{ID:11/21/2026}", 90), ("Time", "1435", 60),
                 ("Towed from", "{L:Lakeview Blvd at Tannery Rd}", 152)])
    y = grid(y, [("Reason for tow", "[X] Arrest of driver  [ ] Abandoned  [ ] Crash  [ ] Hazard", 282),
                 ("Offense", "{OF:OVI} / {OF:ORC 4511.19(A)(1)(a)}", 150), ("Hold?", "No hold", 100)])
    y += 6
    y = band(y, "VEHICLE")
    y = grid(y, [("Year", "2016", 40), ("Make", "Chevrolet", 70), ("Model", "Malibu LT", 70),
                 ("Color", "Blue", 50), ("VIN", "{V:%s}" % vin, 130, "cour"),
                 ("Plate", "{PL:JKT 4812}", 70, "cour"), ("State", "OH", 40), ("Exp.", "09/2027", 62)])
    y = grid(y, [("Registered owner", "{P:Earl W. Beaudry}", 150),
                 ("Owner address", "{A:2271 Sycamore Knoll Dr, Bramwell, OH 44907}", 262),
                 ("Owner phone", "{PH:(330) 555-0152}", 120)])
    y = grid(y, [("Operator at time of tow", "{P:Tobias Renfro}", 130), ("DOB", "{D:12/08/1997}", 70),
                 ("OH DL no.", "{DL:RT482913}", 80, "cour"),
                 ("Operator address", "{A:615 Canal St Apt 4, Bramwell, OH 44907}", 252)])
    y = grid(y, [("Lienholder", "{BZ:Portage Valley Auto Finance}", 200),
                 ("Keys", "In ignition, released with vehicle", 182), ("Odometer", "118,406", 150)])
    y += 6
    y = band(y, "TOW / STORAGE")
    y = grid(y, [("Towing company (rotation list)", "{BZ:Kessler & Sons Towing}", 190),
                 ("Storage lot", "{L:4400 Industrial Pkwy, Bramwell}", 212), ("Operator ID", "K-7", 60),
                 ("Arrived", "1451", 70)])
    y += 6
    y = band(y, "INVENTORY (list every item of value; note location in vehicle)")
    inv = [
        ["1", "Spare tire, jack, lug wrench", "Trunk", "--"],
        ["2", "Safety vest, {T:Hunter} orange, size XL", "Rear seat", "--"],
        ["3", "{T:Bill of sale} for 2014 Carry-On utility trailer, VIN {V:%s}, signed by "
              "seller {P:Bill Beaudry}" % tvin, "Glove box", "Photographed"],
        ["4", "Mail, 3 envelopes, addressed to {P:Cynthia Beaudry}", "Front passenger floor", "--"],
        ["5", "Child safety seat, gray", "Rear seat (driver side)", "--"],
        ["6", "Toolbox, red, assorted hand tools", "Trunk", "--"],
        ["7", "Prescription bottle, label in name of {P:T. Renfro}", "Center console", "To driver at jail"],
        ["8", "Folder, \"{T:Grant} application - spring cycle\", {BZ:Bramwell Community Foundation}",
         "Rear seat", "--"],
        ["9", "Phone, black, cracked case", "Cup holder", "To driver at jail"],
        ["10", "Tin, {T:Earl Grey} tea, holding loose change ($2.35)", "Center console", "--"],
        ["11", "Open container: 1 can beer (12 oz), partly full", "Driver floor", "Evidence, item 1"],
    ]
    _, y = cell_rows(d, p, L, y, [26, 300, 110, 96], inv, font="helv", size=8.5, lead=1.2,
                     header=["#", "Item / description", "Location", "Disposition"], hfont="hebo", hsize=7.5)
    y += 8
    d.text(p, L, y, R - L,
           "Damage noted at time of tow: scrape on rear bumper (driver side); cracked right fog lamp. "
           "No other damage. Contents not listed above were not inventoried.", font="helv", size=8.5)
    y += 30
    for x0, lab, who in ((L, "Towing officer", "{O:Ptl. Gwen Osterhout} #{B:88}"),
                         (L + 185, "Supervisor approving", "{O:Sgt. Marcus Feliciano} #{B:31}"),
                         (L + 370, "Tow operator", "")):
        if who:
            d.text(p, x0, y, 170, who, font="helv", size=9)
        hline(d, p, x0, y + 13, x0 + 160, width=0.5)
        d.text(p, x0, y + 15, 170, lab, font="helv", size=7, color=GRAY)

    # page 2: owner notification letter
    q = d.new_page()
    d.text(q, 72, 60, 468, "{AG:BRAMWELL POLICE DEPARTMENT}", font="tibo", size=11, align="center")
    d.text(q, 72, 75, 468, "Records Unit  |  {L:300 W. Canal Street}, Bramwell, Ohio 44907", font="tiro", size=9,
           align="center")
    hline(d, q, 72, 90, 540, width=0.6)
    y = 104
    y = d.text(q, 72, y, 468, "{ID:November 23, 2026}", font="tiro", size=10.5)
    y += 10
    y = d.text(q, 72, y, 260, "{P:Earl W. Beaudry}", font="tiro", size=10.5)
    y = d.text(q, 72, y, 260, "{A:2271 Sycamore Knoll Dr}", font="tiro", size=10.5)
    y = d.text(q, 72, y, 260, "{A:Bramwell, OH 44907}", font="tiro", size=10.5)
    y += 10
    y = d.text(q, 72, y, 468, "RE: Notice of towed vehicle - Impound No. {C:IMP-26-00931}", font="tibo", size=10.5)
    y += 8
    fl = Flow(d, [(q, 72, 540, y, 740)])
    b = dict(font="tiro", size=10.5, lead=1.4, after=0.8)
    fl.para("Dear Mr. {P:Beaudry}:", **b)
    fl.para("Our records show that you are the registered owner of a 2016 Chevrolet Malibu, Ohio "
            "registration {PL:JKT 4812}, VIN {V:%s}. This vehicle was towed on {ID:November 21, 2026} "
            "from {L:Lakeview Blvd at Tannery Rd} following the arrest of its operator. It was towed by "
            "{BZ:Kessler & Sons Towing} and is being stored at {L:4400 Industrial Pkwy, Bramwell}." % vin, **b)
    fl.para("No police hold has been placed on the vehicle. You may reclaim it from the storage lot "
            "Monday through Friday, 8:00 a.m. to 5:00 p.m. Please bring a valid photo ID, proof of "
            "ownership (title or current registration) and payment of towing and storage fees, which are "
            "set by the towing company. If someone else will pick up the vehicle, that person must bring "
            "a notarized letter from you. Mail and personal papers found in the vehicle, including items "
            "addressed to {P:Cynthia Beaudry}, remain in the vehicle.", **b)
    fl.para("Under Ohio law, a vehicle that is not claimed within the period stated in "
            "{OF:ORC 4513.61} may be disposed of by the towing company. If you have questions, contact "
            "{O:Ptl. Osterhout} (badge {B:88}) through the Records Unit and refer to report "
            "{C:BPD-26-018842}.", **b)
    fl.para("Sincerely,", **b)
    fl.space(18)
    fl.para("{O:Ptl. Gwen Osterhout}, Patrol Division", font="tiro", size=10.5, lead=1.4, after=0.2)
    fl.para("{AG:Bramwell Police Department}", font="tiro", size=10.5, lead=1.4, after=0.2)
    fl.para("cc: {BZ:Portage Valley Auto Finance} (lienholder)", font="tiro", size=9, lead=1.4, after=0.2)
    return d.finish(outdir)


# ================================================================== 5. jail booking / property receipt
def doc_booking(outdir):
    d = Doc("lpso_booking_w05", "Larchmont Parish Sheriff's Office - Booking Record and Property Receipt")
    p = d.new_page()
    L, R = 42, 570
    d.text(p, L, 28, R - L, "{AG:LARCHMONT PARISH SHERIFF'S OFFICE}", font="tibo", size=12, align="center")
    d.text(p, L, 44, R - L, "Larchmont Parish Correctional Center  -  Booking Record & Inmate Property Receipt",
           font="tiro", size=9.5, align="center")
    hline(d, p, L, 58, R, width=0.8)
    hline(d, p, L, 60.5, R, width=0.4)
    # label/value pairs in two columns
    LBL = dict(font="hebo", size=7.5, color=(0.2, 0.2, 0.2))
    VAL = dict(font="tiro", size=10)

    def pairs(y, rows, cx=(L, L + 264), lw=88, vw=172, pitch=15.5):
        for row in rows:
            for (lab, val), x in zip(row, cx):
                if lab is None:
                    continue
                d.text(p, x, y + 2, lw, lab, **LBL)
                d.text(p, x + lw, y, vw, val, **VAL)
                hline(d, p, x + lw, y + 12.5, x + lw + vw, width=0.3, color=(0.6, 0.6, 0.6))
            y += pitch
        return y

    y = 68
    y = pairs(y, [
        [("BOOKING NO.", "{BK:2026-004512}"), ("CASE / ITEM NO.", "{C:LPSO 26-K-7719}")],
        [("BOOKED", "{ID:11/24/2026} 03:18"), ("ARREST DATE", "{ID:11/24/2026} 01:55")],
        [("ARRESTING OFCR", "{O:Cpl. Simone Arceneaux}"), ("BADGE", "{B:0876}")],
        [("BOOKING OFCR", "{O:Dep. Travis Guidry}"), ("BADGE", "{B:1142}")],
    ])
    y += 4
    rect(d, p, (L, y, R, y + 12), width=0, fill=(0.88, 0.88, 0.88))
    d.text(p, L + 3, y + 2, 300, "INMATE", font="hebo", size=8)
    y += 16
    y = pairs(y, [
        [("NAME (L, F M)", "{P:FONTENOT, DARNELL ASHBY}"), ("DATE OF BIRTH", "{D:27 FEB 1994}")],
        [("AKA", "{P:Smokey} ; {P:D. A. Fontenot}"), ("AGE", "{AGE:32}")],
        [("AKA (cont.)", "{P:Darnell Fontaine}"), ("SEX / RACE", "M / B")],
        [("SSN", "{S:000-41-7720}"), ("HT / WT", "6'01\" / 185")],
        [("DL NO. / STATE", "{DL:012447935} / LA"), ("HAIR / EYES", "BLK / BRO")],
        [("HOME PHONE", "{PH:337-555-0161}"), ("EMPLOYER", "{BZ:Gulf Fabrication & Marine}")],
    ])
    d.text(p, L, y + 2, 88, "HOME ADDRESS", **LBL)
    d.text(p, L + 88, y, 436, "{A:305 Bayou Teche Rd, Lot 12, Coteau Blanc, LA 70582}", **VAL)
    hline(d, p, L + 88, y + 12.5, R, width=0.3, color=(0.6, 0.6, 0.6))
    y += 15.5
    d.text(p, L, y + 2, 88, "EMERG. CONTACT", **LBL)
    d.text(p, L + 88, y, 436, "{P:Lorraine Fontenot} (mother)  {PH:(337) 555-0166};  alt. {P:Brandy Sterling} "
           "(girlfriend)  {PH:337.555.0108}", **VAL)
    hline(d, p, L + 88, y + 12.5, R, width=0.3, color=(0.6, 0.6, 0.6))
    y += 15.5
    d.text(p, L, y + 2, 88, "SCARS/MARKS", **LBL)
    d.text(p, L + 88, y, 436, "Tattoo L forearm \"{P:LORRAINE}\" in script; tattoo R hand \"SMOKE\"", **VAL)
    hline(d, p, L + 88, y + 12.5, R, width=0.3, color=(0.6, 0.6, 0.6))
    y += 22
    d.text(p, L, y, 300, "CHARGES", font="hebo", size=8)
    y += 11
    charges = [
        ["1", "{OF:Theft of a Motor Vehicle}", "{OF:La. R.S. 14:67.26}", "$5,000", "--"],
        ["2", "{OF:Flight from an Officer}", "{OF:La. R.S. 14:108.1}", "$2,500", "--"],
        ["3", "{OF:Failure to Appear} (bench warrant)", "{OF:La. R.S. 14:110.1}", "No bond",
         "{C:W-25-03381}, {AG:Coteau Blanc City Court}"],
    ]
    _, y = cell_rows(d, p, L, y, [20, 170, 110, 56, 172], charges, font="tiro", size=9, lead=1.2,
                     header=["#", "Charge", "Statute", "Bond", "Warrant no. / issuing court"],
                     hfont="hebo", hsize=7)
    y += 10
    d.text(p, L, y, 400, "INMATE PROPERTY RECEIPT", font="hebo", size=8)
    d.text(p, 380, y, R - 380, "Bin {BK:2026-004512}-A", font="cour", size=8.5, align="right")
    y += 11
    prop = [
        ["1", "WALLET, BROWN LEATHER, W/ DEBIT CARDS (2) IN NAME OF {P:DARNELL FONTENOT}", "BAG 1"],
        ["1", "LA DRIVER LICENSE {DL:012447935}", "BAG 1"],
        ["1", "CHAIN, {T:STERLING} SILVER, 20 IN., W/ CROSS", "BAG 1"],
        ["1", "FLASK, METAL, EMPTY (ODOR OF {T:BRANDY})", "BAG 2"],
        ["1", "CELL PHONE, BLACK, CRACKED SCREEN", "BAG 1"],
        ["--", "CASH $43.17 (2 X $20, 3 X $1, 17 CENTS) COUNTED W/ INMATE", "SAFE"],
        ["1", "KEYRING, 4 KEYS + FOB, {BZ:TECHE AUTO PARTS} TAG", "BAG 2"],
        ["1", "PHOTO, WRITTEN ON BACK \"TO {P:DEE}, LOVE {P:MAMA LORRAINE}\"", "BAG 1"],
        ["1", "BELT, BLACK; SHOELACES (PR)", "BAG 2"],
    ]
    _, y = cell_rows(d, p, L, y, [30, 418, 80], prop, font="cour", size=8.5, lead=1.2,
                     header=["QTY", "DESCRIPTION", "LOCATION"], hfont="hebo", hsize=7)
    y += 10
    y = d.text(p, L, y, R - L,
               "Inmate was advised that property not released within 30 days of release may be disposed of. "
               "Inmate refused to sign. Inmate authorizes release of BAG 1 (except DL) to: {P:Lorraine "
               "Fontenot}. Released {ID:11/26/2026} by {O:Dep. T. Guidry} #{B:1142}.",
               font="tiro", size=9, lead=1.3)
    y += 18
    for x0, lab, who in ((L, "Inmate signature", "REFUSED"), (L + 180, "Booking officer", "{O:T. Guidry} #{B:1142}"),
                         (L + 360, "Property officer", "{O:Dep. N. Broussard} #{B:1307}")):
        d.text(p, x0, y, 160, who, font="tiro", size=9.5)
        hline(d, p, x0, y + 13, x0 + 160, width=0.5)
        d.text(p, x0, y + 15, 160, lab, font="helv", size=7, color=GRAY)
    d.text(p, L, 768, R - L, "LPSO-J-12  Booking {BK:2026-004512}  Page 1 of 1", font="helv", size=7,
           color=GRAY, align="center")
    return d.finish(outdir)


# ================================================================== 6. probable-cause affidavit
def doc_affidavit(outdir):
    d = Doc("hvpd_pc_affidavit_w06", "State v. Whitaker - Affidavit of Probable Cause")
    PITCH = 24.0
    TOP, NLINES = 72.0, 28
    L, R = 90, 540
    pages = []

    def pleading(pno):
        pg = d.page(pno)
        pg.draw_line((78, 40), (78, 760), color=(0, 0, 0), width=0.6)
        pg.draw_line((80.5, 40), (80.5, 760), color=(0, 0, 0), width=0.6)
        pg.draw_line((548, 40), (548, 760), color=(0, 0, 0), width=0.4)
        for i in range(NLINES):
            base = TOP + i * PITCH + (PITCH - 11) / 2 + 11 * 0.85
            s = str(i + 1)
            pg.insert_text((70 - tlen(s, "tiro", 9), base), s, fontname="tiro", fontsize=9, color=GRAY)
        n = len(pages)
        d.text(pno, 90, 748, 300, "AFFIDAVIT OF PROBABLE CAUSE - {P:WHITAKER}", font="tiro", size=8)
        d.text(pno, 390, 748, 150, f"Page {n} of 3", font="tiro", size=8, align="right")
        d.text(pno, 390, 757, 150, "{AG:Spokane County Prosecuting Attorney}", font="tiro", size=7, align="right")

    def more():
        q = d.new_page()
        pages.append(q)
        pleading(q)
        return [(q, L, R, TOP, TOP + NLINES * PITCH)]

    p = d.new_page()
    pages.append(p)
    pleading(p)
    fl = Flow(d, [(p, L, R, TOP, TOP + NLINES * PITCH)], more, snap=PITCH)
    fl.para("{AG:SUPERIOR COURT OF WASHINGTON FOR SPOKANE COUNTY}", font="tibo", size=11, align="center", after=0)
    # caption: left box with parties, right with cause number (drawn on the grid)
    y0 = fl.y
    cap = [(0, "STATE OF WASHINGTON,", "No. {C:26-1-04471-32}"),
           (150, "Plaintiff,", ""),
           (40, "v.", "AFFIDAVIT OF PROBABLE CAUSE"),
           (0, "{P:JARROD LEE WHITAKER},", "({OF:RCW 9A.52.025}; {OF:RCW 9A.36.041};"),
           (150, "Defendant.", "{OF:RCW 7.105.450})")]

    def gtop(yy):             # y_top for Doc.text so that the baseline sits where Flow puts it
        return yy + (PITCH - 11) / 2 - 11 * 0.15

    for i, (dx, a, b) in enumerate(cap):
        d.text(p, L + dx, gtop(y0 + i * PITCH), 240 - dx, a, font="tiro", size=11)
        if b:
            d.text(p, 345, gtop(y0 + i * PITCH), 195, b, font="tiro", size=11)
    d.page(p).draw_line((335, y0 + 4), (335, y0 + 5 * PITCH - 4), color=(0, 0, 0), width=0.6)
    d.page(p).draw_line((L, y0 + 5 * PITCH - 4), (335, y0 + 5 * PITCH - 4), color=(0, 0, 0), width=0.6)
    fl.y = y0 + 5 * PITCH
    b = dict(font="tiro", size=11, after=0)
    for i, (a, mid) in enumerate((("STATE OF WASHINGTON", ")"), ("", ")   ss."), ("County of Spokane", ")"))):
        if a:
            d.text(p, L, gtop(fl.y), 170, a, font="tiro", size=11)
        d.text(p, L + 175, gtop(fl.y), 80, mid, font="tiro", size=11)
        fl.y += PITCH
    fl.para("I, {O:Detective Corinne Mabry}, being first duly sworn on oath, depose and say: I am a "
            "commissioned officer of the {AG:Hangman Valley Police Department} (badge {B:612}) and have been "
            "so employed for eleven years, the last four assigned to the Domestic Violence Unit. I make "
            "this affidavit from my own investigation and from reports of other officers, which I believe "
            "to be reliable.", indent=36, **b)
    fl.para("On {ID:November 21, 2026}, at about 0140 hours, {AG:Hangman Valley Dispatch} received a 911 "
            "call from {P:Naomi Grant}, who reported that her former boyfriend, the defendant "
            "{P:Jarrod Lee Whitaker} (born {D:March 3, 1991}), had broken the rear sliding door of her "
            "residence at {A:1184 N. Alder Ct., Apt 3B, Spokane, WA 99205} and had struck her in the face. "
            "{O:Officer Daniel Ketterman} (#{B:740}) arrived at 0147 hours and found Ms. {P:Grant}, "
            "age {AGE:35}, holding a towel to a bleeding lip. The glass of the sliding door was shattered "
            "inward.", indent=36, **b)
    fl.para("Ms. {P:Grant} (born {D:August 17, 1991}) told {O:Officer Ketterman} that she and "
            "{P:Whitaker} dated for about two years and separated in September. She said {P:Whitaker} "
            "came to the apartment uninvited, pounded on the door demanding to see their daughter, "
            "{P:Ava}, age {AGE:4}, and, when she refused, threw a patio chair through the glass, came "
            "inside and hit her once with a closed fist. He left before officers arrived. {P:Grant} "
            "said {P:Jarrod} was driving his white 2012 Toyota Tacoma.", indent=36, **b)
    fl.para("The downstairs neighbor, {P:Rosalind Pettigrew} (known to residents as \"{P:Roz}\"), told "
            "{O:Officer Ketterman} that she heard yelling and breaking glass and saw a tall white man in a "
            "gray Carhartt jacket run to a white pickup. {P:Pettigrew} later picked the defendant out of "
            "a photo montage administered by {O:Officer Aliyah Brandvold} (#{B:803}), stating she was "
            "\"about ninety percent\" sure.", indent=36, **b)
    fl.para("At 0215 hours {O:Sgt. Thomas Reinholt} (#{B:511}) located a white Toyota Tacoma bearing "
            "Washington license plate {PL:C48213J} parked near {L:Grant Street and E. 29th Avenue}, "
            "about six blocks from the victim's residence. The defendant was sitting in the driver's seat. "
            "He was identified by his Washington driver's license, {DL:WDLR7X4K2P9B}. He had fresh cuts "
            "on his right hand and small pieces of glass on the sleeves of a gray Carhartt jacket.", indent=36, **b)
    fl.para("After advisement of his constitutional rights, {P:Whitaker} said he \"just wanted to see "
            "{P:Ava}\" and that \"{P:Naomi} started it.\" He denied hitting anyone. The defendant listed "
            "his cell phone as {PH:(509) 555-0139} and his e-mail as {E:jl.whitaker91@example.net}, and "
            "gave his address as {A:4410 E. Sprague Ave., Unit 12, Spokane Valley, WA 99212}.", indent=36, **b)
    fl.para("Ms. {P:Grant} showed me text messages received between 2300 and 0130 hours from "
            "{PH:(509)~555-0139}, including \"ur going to regret this\" and \"im coming over whether u like "
            "it or not.\" She also forwarded to my work e-mail a message from "
            "{E:jl.whitaker91@example.net} sent at 0122 hours reading \"open the door naomi.\" Ms. "
            "{P:Grant} can be reached at {PH:509-555-0172} or {E:ngrant.spokane@example.org}.", indent=36, **b)
    fl.para("A records check showed that the defendant is the respondent in a domestic violence "
            "protection order, {AG:Spokane County District Court} No. {C:25-DV-00812}, issued {ID:June 9, 2026}, "
            "which prohibits him from contacting {P:Naomi Grant} or coming within 500 feet of her residence, "
            "and that he was served with that order in open court. He has one prior conviction for "
            "{OF:Assault in the Fourth Degree - Domestic Violence} ({AG:Spokane Municipal Court} No. "
            "{C:24-M-33071}).", indent=36, **b)
    fl.para("Based on the foregoing, I believe there is probable cause to believe that on "
            "{ID:November 21, 2026}, in Spokane County, Washington, {P:Jarrod Lee Whitaker} committed the "
            "crimes of {OF:Residential Burglary} ({OF:RCW 9A.52.025}), {OF:Assault in the Fourth Degree} "
            "({OF:RCW 9A.36.041}), and {OF:Violation of a Protection Order} ({OF:RCW 7.105.450}), and I "
            "respectfully request that the Court {T:grant} a finding of probable cause and set "
            "conditions of release that include no contact with {P:Naomi Grant} or {P:Ava Whitaker}. "
            "I believe that, if released without conditions, the defendant {T:will} return to the "
            "residence.",
            indent=36, **b)
    fl.para("I certify under penalty of perjury under the laws of the State of Washington that the "
            "foregoing is true and correct.", indent=36, **b)
    fl.space(PITCH)
    fl.para("______________________________           Signed at Spokane, Washington", **b)
    fl.para("{O:Corinne Mabry}, Detective #{B:612}", **b)
    fl.para("SUBSCRIBED AND SWORN to before me on {ID:November 22, 2026}.", **b)
    fl.space(PITCH)
    fl.para("______________________________", **b)
    fl.para("{O:Hon. Beatrix Lindqvist}, Judge of the Superior Court", **b)
    fl.para("Presented by: {O:Marcus Oyelaran}, WSBA #{B:48213}, Deputy Prosecuting Attorney", **b)
    assert len(pages) == 3, len(pages)
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
        parts = it.get("parts") or [{"page": it["page"], "bbox": it["bbox"]}]
        tb, shrunk, centre = "", "", ""
        for part in parts:
            r = fitz.Rect(part["bbox"])
            pg = doc[part["page"]]
            tbp = pg.get_textbox(fitz.Rect(r.x0 - 1, r.y0 - 1, r.x1 + 1, r.y1 + 1)) or ""
            cp = "".join(c for x, y, c in glyphs[part["page"]] if r.x0 <= x <= r.x1 and r.y0 <= y <= r.y1)
            if norm(cp) not in norm(tbp):
                errors.append(f"#{it['id']} {it['text']!r}: part {cp!r} not in get_textbox {tbp!r}")
            tb += tbp
            shrunk += pg.get_text("text", clip=fitz.Rect(r.x0 + 1, r.y0 + 1, r.x1 - 1, r.y1 - 1))
            centre += "".join(c for x, y, c in glyphs[part["page"]] if r.x0 <= x <= r.x1 and r.y0 <= y <= r.y1)
            boxes.append((part["page"], r, it["id"]))
            if not pg.rect.contains(r):
                errors.append(f"#{it['id']} {it['text']!r}: box off page")
        tag = f"{truth['document']} #{it['id']} {it['text']!r}"
        if len(parts) == 1 and norm(it["text"]) not in norm(tb):
            errors.append(f"{tag}: get_textbox(expanded) gives {tb!r}")
        if norm(it["text"]) not in norm(shrunk):
            errors.append(f"{tag}: clip(shrunk) gives {shrunk!r}")
        if norm(centre) != norm(it["text"]):
            errors.append(f"{tag}: glyph centres spell {centre!r}")
        if it["category"] == "VIN" and not vin_ok(it["text"]):
            errors.append(f"{tag}: bad VIN check digit")
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


BUILDERS = (doc_witness, doc_cad, doc_uof, doc_tow, doc_booking, doc_affidavit)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    errors, totals = [], {}
    print(f"{'file':34s} pages items wrapped")
    for build in BUILDERS:
        pdf_path, truth = build(args.out)
        errors += check(pdf_path, truth)
        n_pages = len(fitz.open(pdf_path))
        wrapped = sum(1 for it in truth["items"] if "parts" in it)
        print(f"{pdf_path.name:34s} {n_pages:5d} {len(truth['items']):5d} {wrapped:7d}")
        for it in truth["items"]:
            key = (it["action"], it["category"])
            totals.setdefault(key, {})
            totals[key][pdf_path.stem] = totals[key].get(pdf_path.stem, 0) + 1
    print()
    print(f"{'action':7s} {'category':16s} {'total':>5s}")
    for action in ("redact", "keep"):
        sub = 0
        for (a, cat), per in sorted(totals.items()):
            if a == action:
                print(f"{a:7s} {cat:16s} {sum(per.values()):5d}")
                sub += sum(per.values())
        print(f"{action:7s} {'(all)':16s} {sub:5d}")
    if errors:
        print(f"\nSELF-CHECK FAILED ({len(errors)} problems):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    print("self-check OK")


if __name__ == "__main__":
    main()
