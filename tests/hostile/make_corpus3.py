#!/usr/bin/env python3
# ruff: noqa: E501
"""Hostile corpus, part 3: composite (Type0, Identity-H) fonts whose ToUnicode lies.

Chrome, Word and most modern producers write text in a Type0 font with Identity-H
encoding: the content stream holds glyph indexes, and only the font's ToUnicode CMap says
which characters they are. Both PDF readers (MuPDF and PDFium) believe that map, so a
scrambled or collapsed one makes them *agree* on a lie while the page shows a name, SSN
and phone (issue 12). Each case embeds DejaVu Sans as a Type0 font and rewrites only the
ToUnicode stream; the secrets are invented for this file only.

- ``cid_scrambled``: the producer's full ToUnicode with every letter and digit shifted;
- ``cid_collapsed``: letters collapse to "x" and digits to "o" (a few dozen of the map's
  thousands of entries, so the share of distinct values stays high);
- ``cid_reversed_minimal``: a minimal map (only printable ASCII glyphs, as a subsetting
  producer writes it) with the alphabet reversed and digits mirrored;
- ``cid_cmap_stripped``: scrambled like ``cid_scrambled``, and the font program's own
  ``cmap`` and ``post`` tables renamed, so the program gives no evidence of what its
  glyphs draw (only the rendering does).

Usage::

    python tests/hostile/make_corpus3.py OUT_DIR
"""

from __future__ import annotations

import re
import struct
import sys
from collections.abc import Callable
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).parent))
import _common  # noqa: E402
from make_corpus import HEADER, Case, _page  # noqa: E402

NAME = "Ingeborg Tallwater"
SSN = "532-71-9864"
PHONE = "(608) 555-0143"
SECRETS = [NAME, SSN, PHONE]
LINES = (f"Complainant: {NAME}", f"SSN: {SSN}   Phone: {PHONE}", "Narrative: caller reported a broken window.")
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

LOWER, UPPER, DIGITS = "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "0123456789"


def _shift(c: str) -> str:
    for alpha in (LOWER, UPPER, DIGITS):
        if c in alpha:
            return alpha[(alpha.index(c) + 7) % len(alpha)]
    return c


def _collapse(c: str) -> str:
    return "o" if c in DIGITS else "x" if c.isascii() and c.isalpha() else c


def _reverse(c: str) -> str:
    for alpha in (LOWER, UPPER, DIGITS):
        if c in alpha:
            return alpha[len(alpha) - 1 - alpha.index(c)]
    return c


def _cmap(mapping: dict[int, str]) -> bytes:
    """A ToUnicode CMap with two-byte codes (glyph indexes under Identity-H)."""
    body = "\n".join(f"<{g:04X}> <{''.join(f'{ord(u):04X}' for u in v)}>" for g, v in sorted(mapping.items()))
    return ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap "
            "/CIDSystemInfo <</Registry(Adobe)/Ordering(UCS)/Supplement 0>> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def "
            "1 begincodespacerange <0000> <FFFF> endcodespacerange "
            f"{len(mapping)} beginbfchar\n{body}\nendbfchar endcmap CMapName currentdict /CMap defineresource pop end end").encode()


def _glyphs(chars: str) -> dict[int, str]:
    """Glyph index → character in DejaVu Sans for ``chars``."""
    font = pymupdf.Font(fontfile=DEJAVU)
    return {font.has_glyph(ord(c)): c for c in chars if font.has_glyph(ord(c))}


def _composite(path: Path, remap: Callable[[dict[int, str]], bytes], *, strip_cmap: bool = False) -> None:
    """A page with the header in Helvetica and :data:`LINES` in DejaVu Sans (Type0,
    Identity-H); then the font's ToUnicode replaced by ``remap(glyph → true character)``."""
    doc = pymupdf.open()
    page = _page(doc, HEADER)
    page.insert_font(fontname="dv", fontfile=DEJAVU)
    for i, line in enumerate(LINES):
        page.insert_text((72, 350 + 20 * i), line, fontname="dv", fontsize=12)
    data = doc.tobytes(garbage=3)
    doc.close()
    doc = pymupdf.open("pdf", data)
    truth = _glyphs("".join(chr(c) for c in range(32, 127)))
    for xref in range(1, doc.xref_length()):
        if doc.xref_get_key(xref, "Subtype")[1] != "/Type0":
            continue
        tu = doc.xref_get_key(xref, "ToUnicode")
        doc.update_stream(int(tu[1].split()[0]), remap(truth))
        if strip_cmap:
            desc = doc.xref_get_key(xref, "DescendantFonts")[1]
            cid = int(re.findall(r"\d+", desc)[0])
            fd = int(doc.xref_get_key(cid, "FontDescriptor")[1].split()[0])
            ff = int(doc.xref_get_key(fd, "FontFile2")[1].split()[0])
            # FreeType also derives characters from 'post' glyph names: hide both
            doc.update_stream(ff, _rename_table(_rename_table(doc.xref_stream(ff), b"cmap", b"xmap"), b"post", b"xost"))
    doc.save(path, garbage=3, deflate=True)
    doc.close()


def _rename_table(ttf: bytes, old: bytes, new: bytes) -> bytes:
    """The TrueType font with table ``old`` renamed in its directory (so no reader finds it)."""
    n = struct.unpack(">H", ttf[4:6])[0]
    out = bytearray(ttf)
    for i in range(n):
        at = 12 + 16 * i
        if ttf[at:at + 4] == old:
            out[at:at + 4] = new
    return bytes(out)


def _full_map(char_map: Callable[[str], str]) -> Callable[[dict[int, str]], bytes]:
    """Every glyph of the font mapped as the producer maps it, ASCII letters and digits through ``char_map``."""
    def remap(truth: dict[int, str]) -> bytes:
        font = pymupdf.Font(fontfile=DEJAVU)
        mapping = {font.has_glyph(cp): chr(cp) for cp in reversed(font.valid_codepoints()) if 32 <= cp}
        mapping.update({g: char_map(c) for g, c in truth.items()})
        mapping.pop(0, None)
        return _cmap(mapping)
    return remap


def cid_scrambled(path: Path) -> Case:
    _composite(path, _full_map(_shift))
    return Case("cid_scrambled", str(path), "Type0/Identity-H font; the full ToUnicode shifts every letter and digit", list(SECRETS))


def cid_collapsed(path: Path) -> Case:
    _composite(path, _full_map(_collapse))
    return Case("cid_collapsed", str(path), "Type0/Identity-H font; ToUnicode collapses letters to 'x', digits to 'o'", list(SECRETS))


def cid_reversed_minimal(path: Path) -> Case:
    _composite(path, lambda truth: _cmap({g: _reverse(c) for g, c in truth.items()}))
    return Case("cid_reversed_minimal", str(path), "Type0/Identity-H font; a minimal ToUnicode with the alphabet reversed", list(SECRETS))


def cid_cmap_stripped(path: Path) -> Case:
    _composite(path, _full_map(_shift), strip_cmap=True)
    return Case("cid_cmap_stripped", str(path), "scrambled ToUnicode; the font program's cmap and post tables renamed", list(SECRETS))


def honest_composite(path: Path, *, strip_cmap: bool = False) -> Path:
    """The same page with a truthful ToUnicode (a control: it must stay trusted)."""
    _composite(path, _full_map(lambda c: c), strip_cmap=strip_cmap)
    return path


CASES: dict[str, Callable[[Path], Case]] = {f.__name__: f for f in (
    cid_scrambled, cid_collapsed, cid_reversed_minimal, cid_cmap_stripped,
)}

CLASS = dict.fromkeys(CASES, "composite_tounicode")


def build_corpus(out: Path, only: list[str] | None = None) -> list[Case]:
    """Write every case (or ``only`` those) into ``out``; return the cases."""
    return _common.build_corpus(CASES, out, only)


if __name__ == "__main__":
    sys.exit(_common.main(CASES, "hostile-corpus3"))
