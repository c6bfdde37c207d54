"""Font checks of page trust: is a font's ToUnicode (or encoding) plausible?

A ToUnicode CMap that maps many glyph codes to a handful of characters, or an embedded
font with no ToUnicode whose codes are not plain WinAnsi/Standard text, makes a text
layer that cannot be believed (see :mod:`redactkit.pdf.trust`). Split out of that module
to keep each under 600 lines.
"""

from __future__ import annotations

import re
import unicodedata

import pikepdf
import pymupdf

__all__ = ["composite_problem", "font_check", "font_problem", "parse_tounicode"]

#: Distinct glyph codes mapping to few Unicode values: at least this many codes …
MIN_CMAP_CODES = 8
#: … and no more than this share of distinct values.
MAX_CMAP_VALUE_SHARE = 0.34
#: ToUnicode entries that contradict the font's encoding before the map counts as scrambled.
MAX_CMAP_MISMATCH = 3


_BFCHAR = re.compile(rb"beginbfchar(.*?)endbfchar", re.S)
_BFRANGE = re.compile(rb"beginbfrange(.*?)endbfrange", re.S)
_HEXTOK = re.compile(rb"<([0-9A-Fa-f\s]*)>|\[([^\]]*)\]")


def _hexval(tok: bytes) -> int:
    digits = re.sub(rb"\s", b"", tok)
    return int(digits, 16) if digits else 0


def _unicode(tok: bytes) -> str:
    digits = re.sub(rb"\s", b"", tok)
    try:
        return bytes.fromhex(digits.decode()).decode("utf-16-be", "replace")
    except ValueError:
        return ""


def parse_tounicode(data: bytes) -> dict[int, str]:
    """Code → Unicode of a ToUnicode CMap (bfchar and bfrange; enough to judge plausibility)."""
    out: dict[int, str] = {}
    for block in _BFCHAR.findall(data):
        codes = [m.group(1) for m in _HEXTOK.finditer(block) if m.group(1) is not None]
        for src, target in zip(codes[0::2], codes[1::2], strict=False):
            out[_hexval(src)] = _unicode(target)
    for block in _BFRANGE.findall(data):
        toks: list[re.Match[bytes]] = list(_HEXTOK.finditer(block))
        i = 0
        while i + 2 < len(toks):
            lo, hi, dst = toks[i].group(1), toks[i + 1].group(1), toks[i + 2]
            i += 3
            if lo is None or hi is None:
                continue
            a, b = _hexval(lo), _hexval(hi)
            if b < a or b - a > 4096:
                continue
            if dst.group(1) is not None:
                base = _unicode(dst.group(1))
                for k, code in enumerate(range(a, b + 1)):
                    out[code] = base[:-1] + chr(ord(base[-1]) + k) if base else ""
            else:
                items = re.findall(rb"<([0-9A-Fa-f\s]*)>", dst.group(2) or b"")
                for code, item in zip(range(a, b + 1), items, strict=False):
                    out[code] = _unicode(item)
    return out


_DIGIT_NAMES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
#: Glyph names a font generator made up (``g12``, ``glyph5``, ``cid0045``, ``C3A``): they say
#: nothing about the character drawn. AGL names (``afii10017``, ``uni0041``) are not among them.
_MADE_UP_NAME = re.compile(r"^(?!uni[0-9A-Fa-f]{4}|u[0-9A-Fa-f]{4,6}$|afii\d)"
                           r"[A-Za-z]{0,6}[_.]?(?:\d+|(?=[0-9A-Fa-f]*\d)[0-9A-Fa-f]{2,4})$")


def _name_char(name: str) -> str:
    """The letter or digit an Adobe glyph name stands for ('' when it is not one)."""
    if len(name) == 1 and name.isalnum():
        return name
    if name in _DIGIT_NAMES:
        return str(_DIGIT_NAMES.index(name))
    m = re.fullmatch(r"uni([0-9A-Fa-f]{4})|u([0-9A-Fa-f]{4,6})", name)
    if m:
        c = chr(int(m.group(1) or m.group(2), 16))
        return c if c.isalnum() else ""
    return ""


def _encoding_map(font: pikepdf.Dictionary) -> tuple[dict[int, str], bool] | None:
    """Letters and digits a simple font's encoding assigns to codes, and whether its
    /Differences use made-up glyph names; None for a symbolic font with its built-in
    encoding (nothing to compare with).

    Standard, WinAnsi, MacRoman and PDFDoc encodings all put ASCII letters and digits at
    their ASCII codes, which is all the plausibility check compares."""
    enc = font.get("/Encoding")
    desc = font.get("/FontDescriptor")
    flags = int(desc.get("/Flags", 0)) if isinstance(desc, pikepdf.Dictionary) else 0
    base = str(font.get("/BaseFont", ""))
    if enc is None and (flags & 4 or "Symbol" in base or "Dingbat" in base):
        return None
    mapped = {c: chr(c) for c in range(0x30, 0x7B) if chr(c).isalnum()}
    made_up = False
    if isinstance(enc, pikepdf.Dictionary):
        diffs = enc.get("/Differences")
        if isinstance(diffs, pikepdf.Array):
            code = 0
            for item in diffs:
                if isinstance(item, int):
                    code = int(item)
                    continue
                name = str(item)[1:]
                made_up = made_up or bool(_MADE_UP_NAME.match(name))
                ch = _name_char(name)
                if ch:
                    mapped[code] = ch
                else:
                    mapped.pop(code, None)
                code += 1
    return mapped, made_up


def _embedded(font: pikepdf.Dictionary) -> bool:
    desc = font.get("/FontDescriptor")
    if not isinstance(desc, pikepdf.Dictionary):
        descs = font.get("/DescendantFonts")
        if isinstance(descs, pikepdf.Array) and len(descs):
            desc = descs[0].get("/FontDescriptor") if isinstance(descs[0], pikepdf.Dictionary) else None
    if not isinstance(desc, pikepdf.Dictionary):
        return False
    return any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def _descendant(font: pikepdf.Dictionary) -> pikepdf.Dictionary | None:
    descs = font.get("/DescendantFonts")
    if isinstance(descs, pikepdf.Array) and len(descs) and isinstance(descs[0], pikepdf.Dictionary):
        return descs[0]
    return None


def _cid_to_gid(cidfont: pikepdf.Dictionary) -> dict[int, int] | None:
    """CID → glyph index of a CIDFontType2 (None: Identity)."""
    m = cidfont.get("/CIDToGIDMap")
    if not isinstance(m, pikepdf.Stream):
        return None
    data = m.read_bytes()
    return {i // 2: (data[i] << 8) | data[i + 1] for i in range(0, len(data) - 1, 2)}


def _font_unicodes(program: bytes) -> dict[int, set[str]] | None:
    """Glyph index → the characters the font program's own cmap assigns it (None: no cmap)."""
    try:
        font = pymupdf.Font(fontbuffer=program)
        points = font.valid_codepoints()
    except Exception:
        return None
    rev: dict[int, set[str]] = {}
    for cp in points:
        gid = font.has_glyph(cp)
        if gid:
            rev.setdefault(gid, set()).add(_fold(chr(cp)))
    return rev or None


def _latin(c: str) -> bool:
    return len(c) == 1 and c.isascii() and c.isalnum()


def _fold(c: str) -> str:
    return unicodedata.normalize("NFKC", c).casefold()


def composite_problem(font: pikepdf.Dictionary, cmap: dict[int, str]) -> str | None | bool:
    """A Type0 font (Identity-H/V, TrueType glyphs) whose ToUnicode contradicts its own font
    program: the program's cmap says glyph *g* draws "D" while ToUnicode says it is "x".

    Both PDF readers believe ToUnicode, so a scrambled or collapsed map makes them agree on a
    lie. The embedded program is independent evidence of what each glyph draws. Only glyphs
    the program's cmap names are judged (alternates, small caps and ligatures have no entry
    and are not counted), and a glyph shared by several characters accepts any of them.
    A font whose program gives no such evidence (CID-keyed CFF, a predefined CMap, a font
    not embedded, a stripped ``cmap``) returns False: only the rendering can tell
    (:mod:`redactkit.pdf._rendercheck`). None: checked, no contradiction.
    """
    if str(font.get("/Encoding", "")) not in ("/Identity-H", "/Identity-V"):
        return False
    cidfont = _descendant(font)
    if cidfont is None or str(cidfont.get("/Subtype", "")) != "/CIDFontType2":
        return False
    desc = cidfont.get("/FontDescriptor")
    program = desc.get("/FontFile2") if isinstance(desc, pikepdf.Dictionary) else None
    if not isinstance(program, pikepdf.Stream):
        return False
    try:
        to_gid = _cid_to_gid(cidfont)
        rev = _font_unicodes(program.read_bytes())
    except Exception:
        return False
    if rev is None:
        return False
    bad = 0
    for code, uni in cmap.items():
        if len(uni) != 1 or uni.isspace():
            continue
        gid = code if to_gid is None else to_gid.get(code, 0)
        drawn = rev.get(gid)
        claimed = _fold(uni)
        # only Latin letters and digits count: names and identifiers detection reads (a
        # producer's off-by-one among Arabic presentation forms is no lie about them)
        if drawn and claimed not in drawn and (_latin(claimed) or any(_latin(d) for d in drawn)):
            bad += 1
    if bad >= MAX_CMAP_MISMATCH:
        name = str(font.get("/BaseFont", "?"))[1:] or "?"
        return f"font {name}: ToUnicode contradicts the embedded font's own character map for {bad} glyph(s)"
    return None


def font_problem(font: pikepdf.Dictionary) -> str | None:
    """Why a font's text cannot be believed (missing or implausible ToUnicode), or None."""
    return font_check(font)[0]


def font_check(font: pikepdf.Dictionary) -> tuple[str | None, bool]:
    """(:func:`font_problem`, whether the font is a composite font whose ToUnicode nothing
    in the file can confirm: its text must be compared with the rendering)."""
    problem = _font_problem(font)
    if problem is False:
        return None, True
    return (problem if isinstance(problem, str) else None), False


def _font_problem(font: pikepdf.Dictionary) -> str | None | bool:
    subtype = str(font.get("/Subtype", ""))
    name = str(font.get("/BaseFont", "?"))[1:] or "?"
    if subtype == "/Type3":
        return None  # rasterize.unsafe_reasons handles Type3 fonts
    tu = font.get("/ToUnicode")
    if not isinstance(tu, pikepdf.Stream):
        if subtype == "/Type0":
            return f"font {name}: composite font without ToUnicode"
        if not _embedded(font):
            return None  # a standard font: the viewer draws what the encoding says
        found = _encoding_map(font)
        if found is None:
            return f"font {name}: embedded symbolic font without ToUnicode"
        if found[1]:
            return f"font {name}: embedded font without ToUnicode and made-up glyph names"
        return None
    try:
        cmap = parse_tounicode(tu.read_bytes())
    except Exception:
        return f"font {name}: unreadable ToUnicode"
    values = [v for v in cmap.values() if v]
    if len(cmap) >= MIN_CMAP_CODES and len(set(values)) <= MAX_CMAP_VALUE_SHARE * len(cmap):
        return (f"font {name}: ToUnicode maps {len(cmap)} glyph codes to "
                f"{len(set(values))} character(s)")
    if subtype == "/Type0":
        return composite_problem(font, cmap)
    if subtype in ("/Type1", "/TrueType", "/MMType1"):
        got = _encoding_map(font)
        if got is not None:
            bad = sum(1 for code, uni in cmap.items()
                      if code in got[0] and uni and unicodedata.normalize("NFKC", uni) != got[0][code])
            if bad >= MAX_CMAP_MISMATCH:
                return f"font {name}: ToUnicode contradicts the font's encoding for {bad} code(s)"
    return None
