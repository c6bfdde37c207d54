#!/usr/bin/env python
"""Blind evaluation set for redactkit: 5 fictional US law-enforcement records.

Written without looking at the tool's rules or the tuning/holdout samples.
Deterministic: fixed seed, fixed metadata dates, no new file ID.

    .venv/bin/python sample_docs/blind/make_blind.py            # writes beside this file
    .venv/bin/python sample_docs/blind/make_blind.py --out DIR

Markup used in the document text: ``{CODE:text}`` marks one ground-truth item
(``{CODE!:text}`` additionally demands that the layout wraps the item over a
line break; ``|`` inside an item is an invisible break opportunity, used after
the hyphen of a hyphenated surname).  Everything else is plain text.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

import pymupdf as fitz

SEED = 20240930
FIXED_DATE = "D:20240930120000+00'00'"

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
LABEL_GRAY = (0.25, 0.25, 0.25)

rng = random.Random(SEED)


# ---------------------------------------------------------------- VINs
_TRANS = {**{str(d): d for d in range(10)},
          **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
          "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(v: str) -> str:
    r = sum(_TRANS[c] * w for c, w in zip(v, _W)) % 11
    return "X" if r == 10 else str(r)


def make_vin(prefix8: str, suffix8_head: str) -> str:
    """prefix8 = WMI+VDS (8 chars), suffix8_head = year+plant (2 chars); serial random."""
    serial = "".join(rng.choice("0123456789") for _ in range(6))
    v = prefix8 + "0" + suffix8_head + serial
    assert len(v) == 17
    return v[:8] + vin_check(v) + v[9:]


def vin_valid(v: str) -> bool:
    return len(v) == 17 and not set("IOQ") & set(v) and v[8] == vin_check(v)


def rand_ssn(sep: str) -> str:
    a = rng.randint(100, 665)
    b = rng.randint(10, 99)
    c = rng.randint(1000, 9999)
    return f"{a:03d}{sep}{b:02d}{sep}{c:04d}"


# ---------------------------------------------------------------- layout
def tl(s, font, size):
    return fitz.get_text_length(s, fontname=font, fontsize=size)


def parse(markup):
    """-> (words, items). words: list of (sep, [(ch, tag)]); items: [(cat, text, want_wrap)]."""
    chars, items, pos = [], [], 0
    for m in TAG.finditer(markup):
        chars += [(c, None) for c in markup[pos:m.start()]]
        code, want, body = m.groups()
        if code not in CODES:
            raise ValueError(f"unknown code {code!r} in {markup!r}")
        idx = len(items)
        items.append((CODES[code], " ".join(body.replace("|", "").split()), bool(want)))
        chars += [(SOFT if c == "|" else c, idx) for c in body]
        pos = m.end()
    chars += [(c, None) for c in markup[pos:]]
    assert "{" not in "".join(c for c, _ in chars), markup
    words, cur, sep = [], [], ""
    for c, t in chars:
        if c in (" ", SOFT):
            if cur:
                words.append((sep, cur))
            cur, sep = [], (" " if c == " " else "")
            continue
        cur.append((c, t))
    if cur:
        words.append((sep, cur))
    return words, items


def wrap(words, font, size, width, indent=0.0):
    lines, cur = [], []
    for sep, w in words:
        cand = cur + ([(" ", None)] if cur and sep else []) + w
        avail = width - (indent if not lines else 0)
        if cur and tl("".join(c for c, _ in cand), font, size) > avail:
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

    # low level: draw one already-wrapped line, register item boxes
    def draw_line(self, pno, x, base, line, font, size, gmap, color=(0, 0, 0)):
        text = "".join(c for c, _ in line)
        self.page(pno).insert_text((x, base), text, fontname=font, fontsize=size, color=color)
        spans = {}
        for i, (_, t) in enumerate(line):
            if t is not None:
                a, b = spans.get(t, (i, i))
                spans[t] = (min(a, i), max(b, i))
        for t, (a, b) in spans.items():
            x0 = x + tl(text[:a], font, size)
            x1 = x + tl(text[:b + 1], font, size)
            box = [round(x0, 3), round(base - 0.80 * size, 3), round(x1, 3), round(base + 0.22 * size, 3)]
            self.items[gmap[t]]["_boxes"].append({"page": pno, "bbox": box})

    def register(self, items):
        gmap = {}
        for i, (cat, text, _) in enumerate(items):
            gmap[i] = len(self.items)
            self.items.append({"text": text, "category": cat,
                               "action": "redact" if cat in REDACT else "keep", "_boxes": []})
        return gmap

    def layout(self, markup, font, size, width, indent=0.0):
        words, items = parse(markup)
        want = [i for i, it in enumerate(items) if it[2]]
        w = width
        while True:
            lines = wrap(words, font, size, w, indent)
            ok = all(sum(any(t == i for _, t in ln) for ln in lines) >= 2 for i in want)
            if ok:
                return lines, items
            w -= 0.5
            if w < width - 90:
                raise RuntimeError(f"cannot force a wrap in: {markup[:60]}")

    def text(self, pno, x, y_top, width, markup, font="helv", size=10, lead=1.25,
             color=(0, 0, 0), align="left"):
        """Draw a wrapped block on one page; returns y below the block."""
        lines, items = self.layout(markup, font, size, width)
        gmap = self.register(items)
        base = y_top + size
        for ln in lines:
            xx = x
            if align == "center":
                xx = x + (width - tl("".join(c for c, _ in ln), font, size)) / 2
            elif align == "right":
                xx = x + width - tl("".join(c for c, _ in ln), font, size)
            self.draw_line(pno, xx, base, ln, font, size, gmap, color)
            base += size * lead
        return base - size * lead + size * 0.4

    def finish(self, outdir: Path):
        self.pdf.set_metadata({
            "title": self.title, "author": "Synthetic (fictional) record",
            "subject": "redactkit blind evaluation set", "keywords": "",
            "creator": "sample_docs/blind/make_blind.py", "producer": "PyMuPDF",
            "creationDate": FIXED_DATE, "modDate": FIXED_DATE,
        })
        pdf_path = outdir / f"{self.name}.pdf"
        self.pdf.save(pdf_path, garbage=4, deflate=True, no_new_id=True)
        out = []
        for i, it in enumerate(self.items):
            boxes = it.pop("_boxes")
            assert boxes, it
            rec = {"id": i, "text": it["text"], "category": it["category"],
                   "action": it["action"], "page": boxes[0]["page"], "bbox": boxes[0]["bbox"]}
            if len(boxes) > 1:
                rec["parts"] = boxes
            out.append(rec)
        truth = {"document": pdf_path.name, "title": self.title, "items": out}
        (outdir / f"{self.name}.truth.json").write_text(json.dumps(truth, indent=1) + "\n")
        return pdf_path, truth


class Flow:
    """Paragraph flow through a list of frames (page, x0, x1, top, bottom); more via new_frames()."""

    def __init__(self, doc, frames, new_frames=None):
        self.doc, self.frames, self.new_frames = doc, list(frames), new_frames
        self.fi = 0
        self.y = self.frames[0][3]

    @property
    def frame(self):
        return self.frames[self.fi]

    def advance(self):
        self.fi += 1
        if self.fi >= len(self.frames):
            self.frames += self.new_frames()
        self.y = self.frame[3]

    def space(self, h):
        self.y += h

    def para(self, markup, font="tiro", size=11, lead=1.35, indent=0.0, after=None, color=(0, 0, 0)):
        pno, x0, x1, top, bottom = self.frame
        lines, items = self.doc.layout(markup, font, size, x1 - x0, indent)
        gmap = self.doc.register(items)
        for k, ln in enumerate(lines):
            if self.y + size * lead > self.frame[4]:
                self.advance()
            pno, x0, x1, top, bottom = self.frame
            base = self.y + size
            self.doc.draw_line(pno, x0 + (indent if k == 0 else 0), base, ln, font, size, gmap, color)
            self.y += size * lead
        self.y += size * (0.6 if after is None else after)


def rule(doc, pno, x0, y, x1, width=0.6):
    doc.page(pno).draw_line((x0, y), (x1, y), color=(0, 0, 0), width=width)


def box(doc, pno, r, width=0.6, fill=None):
    doc.page(pno).draw_rect(fitz.Rect(r), color=(0, 0, 0), width=width, fill=fill)


def field(doc, pno, x0, y0, x1, y1, label, value, vfont="helv", vsize=10, lfont="helv"):
    """A form-grid cell: small label top-left, value below."""
    box(doc, pno, (x0, y0, x1, y1))
    doc.text(pno, x0 + 2.5, y0 + 1.5, x1 - x0 - 5, label, font=lfont, size=8, lead=1.15, color=LABEL_GRAY)
    if value:
        doc.text(pno, x0 + 3, y0 + 11.5, x1 - x0 - 6, value, font=vfont, size=vsize, lead=1.15)


# ---------------------------------------------------------------- documents
def doc_crash(outdir):
    d = Doc("nsp_crash_b01", "Nebraska State Patrol - Investigator's Motor Vehicle Crash Report")
    vin1 = make_vin("1FTEW1E4", "KF")
    vin2 = make_vin("2HGFC2F5", "LH")
    p = d.new_page()
    d.text(p, 36, 30, 540, "{AG:NEBRASKA STATE PATROL}", font="hebo", size=12, align="center")
    d.text(p, 36, 46, 540, "INVESTIGATOR'S MOTOR VEHICLE CRASH REPORT - Troop C", font="hebo", size=10, align="center")
    L, R = 36, 576
    y = 66
    field(d, p, L, y, 176, y + 28, "Case Number", "{C:NSP-C-24-018733}")
    field(d, p, 176, y, 286, y + 28, "Crash Date", "{ID:09/14/2024}")
    field(d, p, 286, y, 356, y + 28, "Time", "1742 hrs")
    field(d, p, 356, y, 466, y + 28, "County", "Buffalo")
    field(d, p, 466, y, R, y + 28, "Vehicles / Injured", "2 / 1")
    y += 28
    field(d, p, L, y, 356, y + 28, "Location (roadway / intersecting road)", "{L:US-30 and Cottonwood Road}")
    field(d, p, 356, y, R, y + 28, "Investigating Agency", "{AG:Nebraska State Patrol}", vsize=9)
    y += 36
    for unit, rows in (
        ("UNIT 1 - DRIVER", [
            [("Name (Last, First Middle)", "{P:HART, DUSTIN WAYNE}", 250), ("Date of Birth", "{D:03/22/1989}", 95),
             ("Sex", "M", 40), ("Phone", "{PH:(308) 555-0143}", 155)],
            [("Street Address, City, State, ZIP", "{A:1407 Juniper Ln Apt 3B, Kearney, NE 68847}", 345),
             ("Driver License No.", "{DL:H41872093}", 110), ("DL State", "NE", 85)],
            [("Vehicle Year / Make / Model", "2019 Ford F-150", 150), ("Plate", "{PL:WKR 518}", 75),
             ("Plate St.", "NE", 50), ("VIN", "{V:%s}" % vin1, 150, "cour"), ("Insurer", "Farm Mutual", 115)],
        ]),
        ("UNIT 2 - DRIVER", [
            [("Name (Last, First Middle)", "{P:RAMIREZ-OKAFOR, LUCIA B.}", 250), ("Date of Birth", "{D:1994-11-05}", 95),
             ("Sex", "F", 40), ("Phone", "{PH:308.555.0178}", 155)],
            [("Street Address, City, State, ZIP", "{A:P.O. Box 2291, Lexington, NE 68850}", 345),
             ("Driver License No.", "{DL:12-345-6789}", 110), ("DL State", "Colorado", 85)],
            [("Vehicle Year / Make / Model", "2020 Honda Civic", 150), ("Plate", "{PL:BVT-P47}", 75),
             ("Plate St.", "CO", 50), ("VIN", "{V:%s}" % vin2, 150, "cour"), ("Insurer", "Prairie Auto", 115)],
        ]),
        ("OCCUPANTS / WITNESSES", [
            [("Name", "{P:Mateo Ramirez-Okafor}", 200), ("Age", "{AGE:16}", 45), ("Unit / Seat", "U2 right rear", 90),
             ("Injury", "B - possible", 205)],
            [("Witness Name", "{P:Gerald \"Jerry\" Vossberg}", 200), ("Phone", "{PH:+1 308 555 0164}", 135),
             ("E-mail", "{E:jvossberg@example.net}", 205)],
        ]),
    ):
        d.text(p, L, y, 540, unit, font="hebo", size=9)
        y += 12
        for row in rows:
            x = L
            for f in row:
                label, value, w = f[:3]
                vfont = f[3] if len(f) > 3 else "helv"
                field(d, p, x, y, x + w, y + 28, label, value, vfont=vfont, vsize=9.5 if vfont == "helv" else 9)
                x += w
            assert abs(x - R) < 0.01, (unit, x)
            y += 28
        y += 8
    d.text(p, L, y, 540, "CITATIONS / CONTRIBUTING CIRCUMSTANCES", font="hebo", size=9)
    y += 12
    cols = [("Unit", 40), ("Offense", 190), ("Statute", 150), ("Citation No.", 160)]
    x = L
    for h, w in cols:
        field(d, p, x, y, x + w, y + 14, h, "")
        x += w
    y += 14
    for row in (("1", "{OF:Following Too Closely}", "{OF:Neb. Rev. Stat. 60-6,140}", "{C:NSP-C-0447812}"),
                ("1", "{OF:Failure to Yield to Emergency Vehicle}", "{OF:Neb. Rev. Stat. 60-6,151}", "warning only")):
        x = L
        for (h, w), v in zip(cols, row):
            box(d, p, (x, y, x + w, y + 18))
            d.text(p, x + 3, y + 3.5, w - 6, v, font="helv", size=9)
            x += w
        y += 18
    y += 10
    d.text(p, L, y, 540, "Diagram: see page 2 narrative and attached scale {T:chart}. Points of rest "
           "{T:charted} from the fog line; no {T:uncharted} driveways within 300 ft.", font="helv", size=9, lead=1.3)
    field(d, p, L, 700, 306, 730, "Investigating Trooper / Badge",
          "{O:Tpr. Dana K. Whitfield} #{B:1187}", vsize=9.5)
    field(d, p, 306, 700, R, 730, "Reviewed By / Badge", "{O:Sgt. Paul Amundsen} #{B:0932}", vsize=9.5)
    d.text(p, L, 742, 540, "Page 1 of 2      {C:NSP-C-24-018733}", font="helv", size=8, align="right")

    p2 = d.new_page()
    d.text(p2, 54, 36, 504, "{AG:Nebraska State Patrol} - Crash Narrative - Case {C:NSP-C-24-018733}",
           font="tibo", size=10)
    rule(d, p2, 54, 52, 558)
    fl = Flow(d, [(p2, 54, 558, 62, 740)])
    N = dict(font="tiro", size=10.5, lead=1.35)
    fl.para("On {ID:September 14, 2024} at approximately 1742 hours I, {O:Trooper Dana K. Whitfield} (Badge "
            "{B:1187}, Unit {B:C-214}), was dispatched by {AG:Buffalo County Communications} to a two-vehicle "
            "injury crash at {L:US-30 and Cottonwood Road}, east of Kearney. {AG:Buffalo County Sheriff's Office} "
            "{O:Deputy Ryan Stoltenberg} (#{B:51}) was already on scene directing traffic.", **N)
    fl.para("Unit 1, a 2019 Ford F-150 bearing Nebraska plate {PL:WKR 518}, was driven by {P:Dustin W. Hart}. "
            "{P:Hart} told me he was westbound behind Unit 2 and that \"she just stopped for nothing.\" "
            "{P:Hart}'s speech was normal and I detected no odor of alcoholic beverage. He produced Nebraska "
            "operator's license {DL:H41872093} and gave his address as {A:1407 Juniper Ln Apt 3B, Kearney, NE 68847}.", **N)
    fl.para("Unit 2, a 2020 Honda Civic (Colorado {PL:BVT-P47}, VIN {V:%s}), was driven by {P!:Lucia B. "
            "Ramirez-Okafor} (DOB {D:11/05/1994}). {P:Ramirez-Okafor} stated she slowed because an ambulance "
            "was approaching eastbound with lights and siren, and she pulled toward the shoulder as required. "
            "Her son, {P:Mateo Ramirez-Okafor}, age {AGE:16}, was seated behind her and complained of neck pain. "
            "{P:Mateo} was transported by {AG:Kearney Volunteer Fire Department} Medic 2 to "
            "{BZ:CHI Health Good Samaritan} for evaluation." % vin2, **N)
    fl.para("I measured 47 feet of pre-impact skid from Unit 1 and {T:charted} both points of rest against the "
            "fog line (see the {T:chart} on page 1). Weather was clear, roadway dry asphalt, posted speed 60 mph.", **N)
    fl.para("Witness {P:Gerald \"Jerry\" Vossberg}, who lives at {A:5520 Cottonwood Road, Kearney, NE 68845}, "
            "was stopped at the stop sign on Cottonwood Road and saw the collision. {P:Vossberg} said the pickup "
            "\"never even touched the brakes until the last second.\" {P:Vossberg} can be reached at "
            "{PH:+1 308 555 0164} or {E:jvossberg@example.net}; a written statement is attached.", **N)
    fl.para("{P:Hart}'s wife, {P:Kayla M. Hart}, arrived at 1810 hours and provided proof of insurance. She asked "
            "that the towing company call her at {PH:308-555-0121} ext. 4 (work). Unit 1 was released to her. "
            "Unit 2 was towed by {BZ:Platte Valley Towing} at the driver's request.", **N)
    fl.para("Based on the physical evidence and statements, Unit 1 failed to maintain a safe following distance. "
            "I issued {P:HART} citation {C:NSP-C-0447812} for {OF:Following Too Closely} "
            "({OF:Neb. Rev. Stat. 60-6,140}) and a written warning for {OF:Failure to Yield to Emergency Vehicle}. "
            "{P:Ramirez-Okafor} was not cited.", **N)
    fl.para("Photographs were uploaded to the {AG:Nebraska State Patrol} evidence system under "
            "{C:NSP-C-24-018733}. {O:Whitfield} cleared the scene at 1906 hours. Reviewed and approved by "
            "{O:Sgt. Amundsen} on {ID:09/16/2024}.", **N)
    fl.space(20)
    d.text(p2, 54, fl.y, 300, "{O:Tpr. D. K. Whitfield} #{B:1187}", font="tiro", size=10)
    d.text(p2, 54, 742, 504, "Page 2 of 2      {C:NSP-C-24-018733}", font="helv", size=8, align="right")
    return d.finish(outdir)


def doc_campus(outdir):
    d = Doc("psu_crime_log_b02", "Prairie State University Police - Daily Crime and Fire Log")
    p = d.new_page(792, 612)  # landscape page (not rotated)
    d.text(p, 30, 24, 732, "{AG:PRAIRIE STATE UNIVERSITY POLICE DEPARTMENT}", font="hebo", size=11, align="center")
    d.text(p, 30, 39, 732, "DAILY CRIME AND FIRE LOG  -  Ames Campus  -  Log date {ID:October 7, 2024}",
           font="helv", size=9, align="center")
    cols = [("Case No.", 67), ("Reported", 56), ("Occurred", 78), ("General Location", 91),
            ("Nature / Classification", 140), ("Disp.", 44), ("Officer", 82), ("Remarks / Involved Parties", 174)]
    assert sum(w for _, w in cols) == 732
    x, y = 30, 58
    for h, w in cols:
        box(d, p, (x, y, x + w, y + 14), fill=(0.88, 0.88, 0.88))
        d.text(p, x + 2.5, y + 2.5, w - 5, h, font="hebo", size=8)
        x += w
    y += 14
    rows = [
        ("{C:24-PSU-01412}", "{ID:10/07/24} 01:14", "{ID:10/07/24} 00:50-01:10", "Hollis Hall 3rd flr lounge",
         "{OF:Theft - Under $500} ({OF:Iowa Code 714.2(5)})", "Open", "{O:Ofc. P. Nakamura} {B:412}",
         "RP {P:RAY, TASHA M.} ({E:tmray@example.org}) reports laptop left on a lunch {T:tray} was taken."),
        ("{C:24-PSU-01413}", "{ID:10/07/24} 02:40", "{ID:10/06/24} 22:00-02:30", "Lot 29 east stairwell",
         "{OF:Criminal Mischief 4th Degree} ({OF:Iowa Code 716.6})", "Open", "{O:Ofc. B. Haugland} {B:377}",
         "Black {T:spray} paint on wall and camera {T:array}. Suspect W/M, {T:gray} hoodie, unidentified."),
        ("{C:24-PSU-01414}", "{ID:10/07/24} 03:05", "{ID:10/07/24} 03:05", "{L:Lincoln Way and Welch Ave}",
         "{OF:OWI 1st Offense} ({OF:Iowa Code 321J.2})", "Arrest", "{O:Ofc. P. Nakamura} {B:412}",
         "Arrested {P:Kowalczyk, Brandon T.} DOB {D:06/30/2001}, {A:1186 Lincoln Way Apt 6, Ames, IA 50014}, "
         "Iowa DL {DL:482KT9051}, veh IA {PL:HJX 402}."),
        ("{C:24-PSU-01415}", "{ID:10/07/24} 03:22", "{ID:10/07/24} 03:05", "{L:Lincoln Way and Welch Ave}",
         "{OF:Possession of Alcohol Under Legal Age} ({OF:Iowa Code 123.47})", "Cited", "{O:Ofc. B. Haugland} {B:377}",
         "Passenger {P:O'BRIEN-WATTS, JAYLEN} ({AGE:17}), DOB {D:2007-02-18}; released to father {P:Curtis Watts} "
         "{PH:(515) 555-0125}."),
        ("{C:24-PSU-01416}", "{ID:10/07/24} 09:47", "{ID:10/01/24}-{ID:10/07/24}", "Parks Library",
         "{OF:Harassment 3rd Degree} ({OF:Iowa Code 708.7(4)})", "Open", "{O:Det. L. Amadi} {B:455}",
         "Complainant {P:Ray} reports repeated calls from {PH:515.555.0139}, believed to be ex-partner "
         "{P:Devon Lamar Pruitt}; {P:Ray}'s brother {P:Andre Ray} witnessed one call."),
        ("{C:24-PSU-01417}", "{ID:10/07/24} 11:30", "{ID:10/07/24} 11:10", "Memorial Union food court",
         "{OF:Theft - Under $500} ({OF:Iowa Code 714.2(5)})", "Closed", "{O:Cpl. S. Ferris} {B:398}",
         "Wallet recovered by {BZ:Union Drive Cafe} staff; owner {P:Nguyen, Minh-Chau} {PH:515-555-0188 x220} notified."),
        ("{C:24-PSU-01418}", "{ID:10/07/24} 14:02", "{ID:10/07/24} 14:02", "Friley Hall",
         "Fire alarm - burnt food", "Closed", "{O:Cpl. S. Ferris} {B:398}",
         "Alarm from a food {T:tray} left in microwave; {AG:Ames Fire Department} reset panel. No report."),
        ("{C:24-PSU-01419}", "{ID:10/07/24} 16:45", "{ID:10/05/24} 19:00", "Jack Trice Stadium Gate 3",
         "{OF:Assault Causing Bodily Injury} ({OF:Iowa Code 708.2(2)})", "Referred", "{O:Det. L. Amadi} {B:455}",
         "Victim {P:Sierra Ray-Lindgren} ({P:Ray-Lindgren}) identified suspect as {P:\"Big Mike\"}; "
         "contact {E:s.raylindgren@example.com}."),
    ]
    for row in rows:
        # measure row height first
        hmax = 0
        for (h, w), v in zip(cols, row):
            font = "cour" if h == "Case No." else "helv"
            lines, _ = d.layout(v, font, 8, w - 5)
            hmax = max(hmax, len(lines))
        rh = hmax * 8 * 1.2 + 6
        x = 30
        for (h, w), v in zip(cols, row):
            font = "cour" if h == "Case No." else "helv"
            box(d, p, (x, y, x + w, y + rh))
            d.text(p, x + 2.5, y + 3, w - 5, v, font=font, size=8, lead=1.2)
            x += w
        y += rh
    y += 12
    d.text(p, 30, y, 732, "Names of reporting parties and arrestees appear on this internal copy only. Log compiled "
           "by {O:Dispatcher Alan Greer} (ID {B:D-17}) and approved by {O:Lt. Monica Sebring}, "
           "{AG:Prairie State University Police Department}. Records requests: {BZ:PSU Office of University Counsel}.",
           font="tiro", size=9, lead=1.3)
    return d.finish(outdir)


def doc_booking(outdir):
    d = Doc("pcso_booking_b03", "Pottawattamie County Jail - Booking Sheet")
    vin = make_vin("1G1ZD5ST", "JF")
    ssn = rand_ssn("")
    p = d.new_page()
    d.text(p, 40, 30, 532, "{AG:POTTAWATTAMIE COUNTY SHERIFF'S OFFICE}", font="cobo", size=12, align="center")
    d.text(p, 40, 46, 532, "JAIL DIVISION - INMATE BOOKING SHEET", font="cobo", size=10, align="center")
    L, R = 40, 572
    y = 66
    box(d, p, (R - 92, y, R, y + 112))
    d.text(p, R - 88, y + 50, 84, "PHOTO ON FILE", font="helv", size=8, align="center", color=LABEL_GRAY)
    g = dict(vfont="cour", vsize=10)
    W = R - 92 - L  # 440
    field(d, p, L, y, L + 150, y + 28, "Booking No.", "{BK:B24-007719}", **g)
    field(d, p, L + 150, y, L + 290, y + 28, "Booked (date / time)", "{ID:09/28/2024} 23:16", **g)
    field(d, p, L + 290, y, L + W, y + 28, "Arrest Case No.", "{C:PCSO-24-11873}", **g)
    y += 28
    field(d, p, L, y, L + 290, y + 28, "Name (LAST, FIRST MIDDLE)", "{P:TRAN, KEVIN DUC}", **g)
    field(d, p, L + 290, y, L + W, y + 28, "AKA / Moniker", "{P:\"KD\"}", **g)
    y += 28
    field(d, p, L, y, L + 110, y + 28, "DOB", "{D:04/12/1990}", **g)
    field(d, p, L + 110, y, L + 160, y + 28, "Age", "{AGE:34}", **g)
    field(d, p, L + 160, y, L + 290, y + 28, "SSN", "{S:%s}" % ssn, **g)
    field(d, p, L + 290, y, L + W, y + 28, "Race / Sex / Ht / Wt", "A / M / 5-09 / 172", **g)
    y += 28
    field(d, p, L, y, L + 290, y + 28, "Home Address", "{A:RR 1 Box 47, Neola, IA 51559}", **g)
    field(d, p, L + 290, y, L + W, y + 28, "Phone", "{PH:712 555 0188}", **g)
    y += 28
    field(d, p, L, y, L + 170, y + 28, "Driver License (State / No.)", "IA {DL:719QT2248}", **g)
    field(d, p, L + 170, y, L + 390, y + 28, "E-mail", "{E:kd.tran90@example.com}", **g)
    field(d, p, L + 390, y, R, y + 28, "Employer", "{BZ:Loess Hills Roofing}", **g)
    y += 28
    field(d, p, L, y, L + 200, y + 36, "Emergency Contact / Relation", "{P:Mai Tran} (mother)", **g)
    field(d, p, L + 200, y, L + 330, y + 36, "Contact Phone", "{PH:+1-712-555-0152}", **g)
    field(d, p, L + 330, y, R, y + 36, "Contact Address", "{A:2208 Avenue G, Council Bluffs, IA 51501}", vfont="cour", vsize=9)
    y += 36
    field(d, p, L, y, L + 266, y + 28, "Arresting Officer / Badge", "{O:Ofc. Cody Brandvold} #{B:318}", **g)
    field(d, p, L + 266, y, R, y + 28, "Arresting Agency", "{AG:Council Bluffs Police Department}", vfont="cour", vsize=9)
    y += 28
    field(d, p, L, y, L + 266, y + 28, "Arrest Location", "{L:W Broadway and S 24th St}", **g)
    field(d, p, L + 266, y, R, y + 28, "Booking Deputy / Badge", "{O:Dep. Sgt. Renata Flores} #{B:207}", **g)
    y += 40
    d.text(p, L, y, 532, "CHARGES", font="hebo", size=9)
    y += 12
    cols = [("Ct", 24), ("Offense", 200), ("Statute", 140), ("Class", 80), ("Bond", 88)]
    x = L
    for h, w in cols:
        box(d, p, (x, y, x + w, y + 14), fill=(0.88, 0.88, 0.88))
        d.text(p, x + 3, y + 2.5, w - 6, h, font="hebo", size=8)
        x += w
    y += 14
    for row in (("1", "{OF:Domestic Abuse Assault}", "{OF:Iowa Code 708.2A(2)(a)}", "Simple misd", "$1,000"),
                ("2", "{OF:Interference with Official Acts}", "{OF:Iowa Code 719.1(1)(a)}", "Simple misd", "$300"),
                ("3", "{OF:Driving While Barred}", "{OF:Iowa Code 321.561}", "Agg misd", "$2,000")):
        x = L
        for (h, w), v in zip(cols, row):
            box(d, p, (x, y, x + w, y + 18))
            d.text(p, x + 3, y + 4, w - 6, v, font="cour", size=9)
            x += w
        y += 18
    y += 14
    d.text(p, L, y, 532, "VEHICLE / PROPERTY", font="hebo", size=9)
    y += 12
    field(d, p, L, y, L + 150, y + 28, "Vehicle", "2018 Chevrolet Malibu", vfont="cour", vsize=9)
    field(d, p, L + 150, y, L + 250, y + 28, "Plate (IA)", "{PL:GRV 118}", **g)
    field(d, p, L + 250, y, L + 400, y + 28, "VIN", "{V:%s}" % vin, vfont="cour", vsize=9)
    field(d, p, L + 400, y, R, y + 28, "Towed By", "{BZ:Metro Towing & Recovery}", vfont="cour", vsize=8)
    y += 28
    field(d, p, L, y, R, y + 28, "Property Inventory",
          "black wallet; $43.00 cash; Samsung phone; 1 silver ring; belt; shoelaces", vfont="cour", vsize=9)
    y += 40
    d.text(p, L, y, 532, "BOOKING REMARKS", font="hebo", size=9)
    y += 13
    y = d.text(p, L, y, 532,
               "Inmate {P:Tran} was {T:transported} from the scene by {O:Ofc. Brandvold} and entered through the "
               "sally port {T:entrance} at 23:02. Per the arrest report, victim {P:Hannah J. Lindqvist} ({AGE:29}, "
               "{PH:(712) 555-0119}) sustained a cut lip; a no-contact order protecting {P:Lindqvist} and her daughter "
               "{P:Ava Lindqvist-Tran} was served on {P:TRAN} at 23:40 by {O:Dep. Sgt. Flores}. Medical screening "
               "negative; {P:Tran}'s prescription (lisinopril) was {T:transferred} to the medical unit. Cash "
               "{T:transaction} receipt {C:R-2024-55812} signed by inmate. Classification: general population, "
               "pending first appearance before the {AG:Pottawattamie County Magistrate Court}.",
               font="cour", size=9, lead=1.3)
    d.text(p, L, 752, 532, "Printed {ID:09/29/2024} 00:14 - {AG:PCSO} Jail Management System - booking {BK:B24-007719}",
           font="helv", size=8)
    return d.finish(outdir)


def doc_probation(outdir):
    d = Doc("probation_violation_b04", "Report of Probation Violation - State v. O'Neil")
    ssn = rand_ssn("-")
    N = dict(font="tiro", size=12, lead=1.5)

    def header(pno, n):
        d.text(pno, 72, 36, 468, "State v. {P:O'Neil}   {C:FECR104233}   Page %d of 2" % n,
               font="tiit", size=9, align="right")
        rule(d, pno, 72, 50, 540, 0.4)

    p = d.new_page()
    header(p, 1)
    d.text(p, 72, 62, 468, "{AG:FOURTH JUDICIAL DISTRICT DEPARTMENT OF CORRECTIONAL SERVICES}", font="tibo", size=11,
           align="center")
    d.text(p, 72, 78, 468, "REPORT OF PROBATION VIOLATION", font="tibo", size=12, align="center")
    fl = Flow(d, [(p, 72, 540, 104, 730)], lambda: [(_newp(), 72, 540, 64, 730)])

    def _newp():
        q = d.new_page()
        header(q, 2)
        return q

    H = dict(font="tiro", size=11, lead=1.3, after=0.1)
    fl.para("TO: {O:Hon. Margaret E. Sorensen}, District Judge, {AG:Iowa District Court for Pottawattamie County}", **H)
    fl.para("FROM: {O:Renee Caldwell}, Probation Officer II (Officer No. {B:PO-1142})", **H)
    fl.para("RE: {P:Marcus Deshawn O'Neil}, Case No. {C:FECR104233}, SSN {S:%s}" % ssn, **H)
    fl.para("DATE: {ID:September 3, 2024}", font="tiro", size=11, lead=1.3, after=1.0)
    fl.para("I, {O:Renee Caldwell}, a Probation Officer II with the {AG:Fourth Judicial District Department of "
            "Correctional Services}, respectfully report to the Court that {P:Marcus D. O'Neil} (DOB "
            "{D:07/09/1991}) has violated the terms of the probation imposed on {ID:March 4, 2023} following his "
            "plea to {OF:Possession of a Controlled Substance with Intent to Deliver}, in violation of "
            "{OF:Iowa Code 124.401(1)(d)}. I have supervised {P:Mr. O'Neil} since that date.", **N)
    fl.para("{P:O'Neil} was born {D:July 9, 1991} and reports that he resides at {A:RR 2 Box 114, Treynor, IA 51575} "
            "with his mother, {P:Loretta O'Neil}, who can be reached at {PH:(712) 555-0166}. He has also used a "
            "mailing address of {A:P.O. Box 88, Treynor, IA 51575}.", **N)
    fl.para("Violation 1 (use of controlled substances). On {ID:August 19, 2024}, {P:O'Neil} submitted a urine "
            "specimen at my office that tested positive for methamphetamine. When I showed him the result he "
            "became {T:belligerent}, {T:followed} me into the lobby, and had to be asked twice to leave by "
            "building security. He later sent me an apology from {E:marcus.oneil91@example.com}.", **N)
    fl.para("Violation 2 (association). On {ID:August 27, 2024}, {O:Officer Jamal Whitt} ({B:#447}) of the "
            "{AG:Council Bluffs Police Department} stopped a 2011 Buick (Iowa {PL:KTZ 904}) at "
            "{L:Madison Ave and Kanesville Blvd}. {P:O'Neil} was a passenger; the driver was {P:Tyrell Lowe}, a "
            "co-defendant with whom {P:O'Neil} is prohibited from any contact. {P:Lowe}'s license was barred, and "
            "{O:Officer Whitt} {T:allowed} {P:O'Neil} to leave on foot. {P:O'NEIL}'s own driving privileges "
            "(Iowa DL {DL:392HB7710}) remain barred.", **N)
    fl.para("Violation 3 (employment). {P:O'Neil} was terminated from {BZ:Sunrise Auto Glass} on "
            "{ID:August 12, 2024}. The shop manager, {P:Gail Petrakis}, told me by telephone "
            "({PH:712-555-0196} ext. 31) that he had not reported for work since late July, and that he had "
            "{T:followed} none of the attendance plans they had discussed.", **N)
    fl.para("Violation 4 (treatment). {P:O'Neil}'s counselor at {BZ:Heartland Family Service}, {P!:Angela Marsh-|Whitaker}, "
            "LMHC, advised me in writing that he was discharged unsuccessfully after missing four consecutive "
            "sessions. {P:Ms. Marsh-Whitaker} can be reached at {PH:712.555.0140}.", **N)
    fl.para("In addition, {P:Danielle Bell}, the mother of his daughter {P:Amari Bell}, called me from "
            "{PH:+1 (402) 555-0137} on {ID:August 30, 2024}. {P:Bell} reported that {P:O'Neil} came to her "
            "apartment at {A:3315 Avenue B, Apt 2, Council Bluffs, IA 51501} and was {T:belligerent} when she "
            "refused to let him in. {P:Ms. Bell} did not wish to seek a protective order, and I have {T:followed} "
            "up with her twice since.", **N)
    fl.para("I have reviewed these matters with my supervisor, {O:Thomas Ekdahl}, who concurs. I "
            "respectfully recommend that a warrant issue for the arrest of {P!:Marcus D. O'Neil} and that the "
            "Court set a hearing on revocation. I am available to testify at the Court's convenience.", **N)
    fl.space(18)
    fl.para("Respectfully submitted,", **N)
    fl.space(14)
    fl.para("{O:Renee Caldwell}, Probation Officer II, {B:PO-1142}", font="tiro", size=12, lead=1.3, after=0.1)
    fl.para("{AG:Fourth Judicial District Department of Correctional Services}", font="tiro", size=11, lead=1.3, after=0.1)
    fl.para("Approved: {O:Thomas Ekdahl}, Supervisor", font="tiro", size=11, lead=1.3, after=0.1)
    fl.para("cc: {AG:Pottawattamie County Attorney}; defense counsel {BZ:Lindahl & Ruiz Law Office}",
            font="tiro", size=11, lead=1.3)
    assert len(d.pdf) == 2, len(d.pdf)
    return d.finish(outdir)


def doc_followup(outdir):
    d = Doc("gipd_followup_b05", "Grand Island Police - Detective Follow-Up Report")
    vin = make_vin("1GCVKREC", "GZ")
    ssn = rand_ssn(" ")
    p = d.new_page()
    d.text(p, 40, 30, 532, "{AG:GRAND ISLAND POLICE DEPARTMENT}", font="hebo", size=12)
    d.text(p, 40, 46, 532, "Criminal Investigations Division  |  DETECTIVE FOLLOW-UP REPORT", font="helv", size=10)
    y = 64
    field(d, p, 40, y, 180, y + 28, "Case No.", "{C:GIPD 24-031876}", vsize=9.5)
    field(d, p, 180, y, 320, y + 28, "Related CAD", "{C:CAD 2409-12-0391}", vsize=9.5)
    field(d, p, 320, y, 430, y + 28, "Date of Offense", "{ID:09/12/2024} 21:35", vsize=9.5)
    field(d, p, 430, y, 572, y + 28, "Report Date", "{ID:09/18/2024}", vsize=9.5)
    y += 28
    field(d, p, 40, y, 320, y + 28, "Offense", "{OF:Robbery} ({OF:Neb. Rev. Stat. 28-324})", vsize=9.5)
    field(d, p, 320, y, 572, y + 28, "Location", "{BZ:Kwik Stop #14}, {L:N Broadwell Ave and W 2nd St}", vsize=9)
    y += 28
    field(d, p, 40, y, 320, y + 28, "Reporting Detective", "{O:Det. Sgt. Luis Ferreira} #{B:2207}", vsize=9.5)
    field(d, p, 320, y, 572, y + 28, "Assisting", "{O:Det. Hannah Voss} #{B:2231}", vsize=9.5)
    y += 38
    rule(d, p, 40, y - 4, 572, 0.8)
    # two-column body, continued on page 2 if needed
    colw, gap = 256, 20
    frames = [(p, 40, 40 + colw, y, 752), (p, 40 + colw + gap, 572, y, 752)]

    def more():
        q = d.new_page()
        d.text(q, 40, 30, 532, "{C:GIPD 24-031876}  Follow-Up (cont.)", font="helv", size=8, align="right")
        return [(q, 40, 40 + colw, 48, 752), (q, 40 + colw + gap, 572, 48, 752)]

    fl = Flow(d, frames, more)
    B = dict(font="helv", size=9, lead=1.2)
    Hd = dict(font="hebo", size=9, lead=1.2, after=0.3)
    Q = dict(font="helv", size=9, lead=1.2, after=0.35)
    fl.para("SUMMARY", **Hd)
    fl.para("On {ID:09/12/2024} at 2135 hours a W/M wearing a black ski mask displayed a handgun and took "
            "approx. $612 from the register at {BZ:Kwik Stop #14}. Patrol ({O:Ofc. K. Lundgren} #{B:2188}) took "
            "the initial report. This follow-up covers the interviews I ({O:Det. Sgt. Ferreira}) conducted "
            "with {O:Det. Voss} between {ID:09/13/2024} and {ID:09/17/2024}.", **B)
    fl.para("INTERVIEW 1 - VICTIM / CLERK", **Hd)
    fl.para("{P:Priscilla \"Cilla\" Reed}, DOB {D:1998-01-23}, {A:918 W Koenig St Apt 204, Grand Island, NE 68801}, "
            "cell {PH:(308) 555-0112}. Recorded at GIPD, {ID:09/13/2024} 1010 hrs.", **B)
    fl.para("Q: Tell me what happened when he came in.", **Q)
    fl.para("A: He walked straight to the counter and showed me the gun in his waistband. I {T:agreed} to open "
            "the drawer because I just wanted him gone. He took the twenties and the roll of quarters.", **Q)
    fl.para("Q: Did you recognize him?", **Q)
    fl.para("A: His voice, yes. I think it was {P:Terry Achterberg}. He buys Skoal there almost every night "
            "and he always calls me \"Cilla.\"", **Q)
    fl.para("Q: Did anyone else see him?", **Q)
    fl.para("A: A kid was at the slushie machine. He ran out the back when it started.", **Q)
    fl.para("{P:Reed} viewed a six-person photo array (filler-based, administered blind by {O:Det. Voss}) and "
            "selected position 4, {P:Achterberg}, stating she was \"about eighty percent\" sure. {P:Reed}'s "
            "statement was {T:freed} of leading questions per policy.", **B)
    fl.para("INTERVIEW 2 - JUVENILE WITNESS", **Hd)
    fl.para("{P:Jonah P. Mireles}, age {AGE:15}, interviewed {ID:09/14/2024} at his home in the presence of his "
            "mother, {P!:Rosa Mireles-|Vega} ({PH:308-555-0145}; {E:rosamv@example.net}).", **B)
    fl.para("Q: What did you see?", **Q)
    fl.para("A: A guy in a black mask with a gun. He got in a silver pickup on 2nd Street. It had a Hall County "
            "plate that started with 8.", **Q)
    fl.para("Q: Did you see his face at all?", **Q)
    fl.para("A: No. Just that he had a neck tattoo, like a spider web.", **Q)
    fl.para("{P:Jonah}'s mother {T:agreed} to let us contact him again. {P:Mireles-Vega} asked that all calls go "
            "to her number.", **B)
    fl.para("INTERVIEW 3 - SUSPECT", **Hd)
    fl.para("Subject: {P:ACHTERBERG, TERRENCE LEE} aka {P:\"T-Bone\"}, DOB {D:December 2, 1987}, SSN {S:%s}, "
            "NE DL {DL:A20417736}, {A:2710 S Locust St Lot 31, Grand Island, NE 68801}, phone "
            "{PH:308 555 0157}. Registered owner of a silver 2016 Chevrolet Silverado, NE plate {PL:8-B4471}, "
            "VIN {V:%s}. Interviewed {ID:09/17/2024} 1400 hrs after Miranda; he {T:agreed} to speak." % (ssn, vin), **B)
    fl.para("Q: Where were you on the night of the 12th around nine-thirty?", **Q)
    fl.para("A: At my girlfriend's. Ask her. {P:Shawna}.", **Q)
    fl.para("Q: Shawna who?", **Q)
    fl.para("A: {P:Shawna Kettleson}. She's at {PH:308.555.0193}.", **Q)
    fl.para("Q: Your truck was seen on 2nd Street at 2136.", **Q)
    fl.para("A: Lots of silver trucks in this town, man.", **Q)
    fl.para("{P:Achterberg} has a spider-web tattoo on the left side of his neck. {P:Achterberg}'s alibi witness "
            "{P:Kettleson} was contacted by phone on {ID:09/18/2024}; she stated he left her residence \"around "
            "nine\" and returned after ten. She {T:agreed} to a recorded statement.", **B)
    fl.para("DISPOSITION", **Hd)
    fl.para("A search warrant for the Silverado was issued by {O:Judge Patricia Hollaway} of the "
            "{AG:Hall County Court}. Recovered: black ski mask, $140 in quarters. Requesting the "
            "{AG:Hall County Attorney} review charges of {OF:Robbery} and {OF:Use of a Deadly Weapon to Commit "
            "a Felony} ({OF:Neb. Rev. Stat. 28-1205}) against {P:Terrence L. Achterberg}. Case remains active.", **B)
    fl.para("{O:Det. Sgt. Luis Ferreira} #{B:2207}", font="helv", size=9, lead=1.2)
    return d.finish(outdir)


# ---------------------------------------------------------------- checks
def norm(s):
    return "".join(s.split())


def check(pdf_path: Path, truth: dict):
    doc = fitz.open(pdf_path)
    errors = []
    glyphs = {}
    for pno in range(len(doc)):
        g = []
        for b in doc[pno].get_text("rawdict")["blocks"]:
            for ln in b.get("lines", []):
                for sp in ln["spans"]:
                    for ch in sp["chars"]:
                        x0, y0, x1, y1 = ch["bbox"]
                        g.append(((x0 + x1) / 2, (y0 + y1) / 2, ch["c"]))
        glyphs[pno] = g
    all_boxes = []
    for it in truth["items"]:
        parts = it.get("parts") or [{"page": it["page"], "bbox": it["bbox"]}]
        clip_txt, centre_txt = "", ""
        for part in parts:
            r = fitz.Rect(part["bbox"])
            clip_txt += doc[part["page"]].get_text("text", clip=fitz.Rect(r.x0 + 1, r.y0 + 1, r.x1 - 1, r.y1 - 1))
            centre_txt += "".join(c for x, y, c in glyphs[part["page"]] if r.x0 <= x <= r.x1 and r.y0 <= y <= r.y1)
            all_boxes.append((part["page"], r, it["id"]))
        if norm(it["text"]) not in norm(clip_txt):
            errors.append(f"{truth['document']} #{it['id']} {it['text']!r}: clip text {clip_txt!r}")
        if norm(centre_txt) != norm(it["text"]):
            errors.append(f"{truth['document']} #{it['id']} {it['text']!r}: glyph centres spell {centre_txt!r}")
        if it["category"] == "VIN" and not vin_valid(it["text"]):
            errors.append(f"{truth['document']} #{it['id']} bad VIN {it['text']}")
        if it["action"] != ("redact" if it["category"] in REDACT else "keep"):
            errors.append(f"{truth['document']} #{it['id']} action mismatch")
        for part in parts:
            pg = doc[part["page"]].rect
            if not pg.contains(fitz.Rect(part["bbox"])):
                errors.append(f"{truth['document']} #{it['id']} box off page")
    for i in range(len(all_boxes)):
        for j in range(i + 1, len(all_boxes)):
            (pa, ra, ia), (pb, rb, ib) = all_boxes[i], all_boxes[j]
            if pa == pb and ia != ib:
                inter = fitz.Rect(ra) & rb
                if not inter.is_empty and inter.width > 0.01 and inter.height > 0.01:
                    errors.append(f"{truth['document']} boxes of #{ia} and #{ib} overlap")
    return errors


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    errors, summary = [], {}
    for build in (doc_crash, doc_campus, doc_booking, doc_probation, doc_followup):
        pdf_path, truth = build(args.out)
        errors += check(pdf_path, truth)
        counts = {}
        for it in truth["items"]:
            counts[it["category"]] = counts.get(it["category"], 0) + 1
        wrapped = sum(1 for it in truth["items"] if "parts" in it)
        pages = len(fitz.open(pdf_path))
        summary[pdf_path.name] = (pages, len(truth["items"]), wrapped, counts)
    for name, (pages, n, wrapped, counts) in summary.items():
        print(f"{name}: {pages} page(s), {n} items, {wrapped} wrapped")
        print("   " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    if errors:
        print(f"\nSELF-CHECK FAILED ({len(errors)} problems):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    print("self-check OK")


if __name__ == "__main__":
    main()
