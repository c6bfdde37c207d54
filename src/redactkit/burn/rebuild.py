"""Rebuild: write the release PDF as a new document that holds only what a released record needs.

Sanitizing key by key (:mod:`redactkit.sanitize`) removes a fixed list of things, so
whatever is not on the list survives: named destinations, associated files (``/AF``),
``/Threads``, ``/OutputIntents``, ``/Collection``, optional-content names, marked-content
property lists, custom keys of the catalog, pages, fonts and resources… The rebuild turns
this around: :func:`rebuild_pdf` creates a **new** PDF (``pikepdf.Pdf.new()``) and copies
into it, key by key from an allowlist and recursively, only

- the catalog's ``/Pages`` (no Info dictionary, no XMP, names tree, AcroForm,
  OCProperties, StructTreeRoot, OpenAction, AF, …; the source's outline and page labels
  are not copied either, but an outline and page labels redactkit writes itself from their
  safe strings, :mod:`redactkit.pdf.navigation`, may be added);
- per page: ``/MediaBox``, ``/CropBox``, ``/Rotate`` (inherited values resolved),
  ``/Contents`` and ``/Resources``, plus ``/Group`` when it is a transparency group.
  Annotations of every kind (links, widgets, notes) are not copied: their text is not
  part of the release (the redaction plan covers page text);
- per Resources dictionary only the categories ``/Font``, ``/XObject``, ``/ExtGState``,
  ``/ColorSpace``, ``/Pattern``, ``/Shading`` (and ``/ProcSet``), and in them only the
  names the content streams actually use;
- per font, font descriptor, font file, CMap, image, form XObject, graphics state,
  colour space, function, pattern and shading only the keys that draw it
  (:data:`SCHEMAS`); ``/Metadata``, ``/PieceInfo``, ``/AF``, ``/StructParent(s)``,
  ``/OC``, ``/OPI``, ``/Name``… are dropped everywhere.

Content streams (pages, form XObjects, tiling patterns, Type3 glyphs) are parsed with
qpdf's content-stream parser and written back without marked-content operators
(``BMC``, ``BDC``, ``EMC``, ``MP``, ``DP``): their property lists, inline or named, carry
``/ActualText``, ``/Alt``, ``/E`` and ``/Lang`` strings. ``PS`` (PostScript pass-through)
is dropped too. Optional content (``/OC``) marked content never reaches this point:
:mod:`redactkit.rasterize` turns pages that use layers into images.

Stream data of fonts, images, colour profiles and functions is copied as stored (with
``/Filter`` and an allowlisted ``/DecodeParms``). The output is saved with
``deterministic_id``: the same input bytes give the same output bytes on every run.

The MuPDF-side sanitize (:mod:`redactkit.sanitize`) still runs first: it removes hidden
text (a content-level operation the rebuild cannot do) and gives its counts to the log;
the rebuild is the guarantee for everything else.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pikepdf
from pikepdf import Array, Dictionary, Name, Stream, String

from ..errors import ProcessingError
from ..pdf.navigation import Navigation

#: Resource categories copied (``/Properties`` is not: it only feeds marked content).
RESOURCE_CATEGORIES = ("/Font", "/XObject", "/ExtGState", "/ColorSpace", "/Pattern", "/Shading")
#: Page keys copied (inherited ones resolved through ``/Parent``).
PAGE_KEYS = ("/MediaBox", "/CropBox", "/Rotate", "/Contents", "/Resources", "/Group")
#: Content-stream operators dropped: marked content and PostScript pass-through.
DROPPED_OPERATORS = frozenset({"BMC", "BDC", "EMC", "MP", "DP", "PS"})
#: Deepest nesting of objects followed (forms in forms, functions in functions…).
MAX_DEPTH = 40


class _Drop:
    """Marker: the value is not copied."""


DROP = _Drop()

Handler = Callable[["_Rebuilder", Any, int], Any]


__all__ = ["SCHEMAS", "RebuildReport", "rebuild_counts", "rebuild_pdf", "rewrite_content"]


@dataclass
class RebuildReport:
    """What :func:`rebuild_pdf` left behind.

    Attributes:
        counts: kind → number of things not copied (``catalog_keys``, ``page_keys``,
            ``annotations``, ``marked_content`` operators, ``object_keys`` dropped from
            fonts/images/forms…, ``resources`` entries not used by any content).
        dropped_keys: the distinct catalog and page keys that were not copied.
    """

    counts: Counter[str] = field(default_factory=Counter)
    dropped_keys: set[str] = field(default_factory=set)


# --- value handlers -------------------------------------------------------------------


def _scalar(v: Any, strings: bool) -> Any:
    if v is None or isinstance(v, bool | int | float | Decimal):
        return v
    if isinstance(v, Name):
        return Name(str(v))
    if isinstance(v, String):
        return String(bytes(v)) if strings else DROP
    if isinstance(v, Array):
        items = [_scalar(x, strings) for x in v]
        return DROP if any(x is DROP for x in items) else Array(items)
    return DROP


def _plain(rb: _Rebuilder, v: Any, depth: int) -> Any:
    """Numbers, names, booleans and arrays of them (no strings, no dictionaries)."""
    return _scalar(v, strings=False)


def _plain_s(rb: _Rebuilder, v: Any, depth: int) -> Any:
    """As :func:`_plain`, strings allowed (CID registry names, colour lookup tables)."""
    return _scalar(v, strings=True)


def _kind(name: str) -> Handler:
    def handler(rb: _Rebuilder, v: Any, depth: int) -> Any:
        return rb.copy(v, name, depth + 1)
    return handler


def _array_of(name: str) -> Handler:
    def handler(rb: _Rebuilder, v: Any, depth: int) -> Any:
        if not isinstance(v, Array):
            return rb.copy(v, name, depth + 1)
        items = [rb.copy(x, name, depth + 1) for x in v]
        return DROP if any(x is DROP for x in items) else Array(items)
    return handler


def _name_or(name: str) -> Handler:
    def handler(rb: _Rebuilder, v: Any, depth: int) -> Any:
        if isinstance(v, Name):
            return Name(str(v))
        return rb.copy(v, name, depth + 1)
    return handler


_P, _S = _plain, _plain_s

#: Per object kind: the keys copied and how each value is copied. Stream kinds also keep
#: their data (content streams rewritten, others as stored).
SCHEMAS: dict[str, dict[str, Handler]] = {
    "font": {
        "/Type": _P, "/Subtype": _P, "/BaseFont": _P, "/FirstChar": _P, "/LastChar": _P,
        "/Widths": _P, "/FontDescriptor": _kind("fontdesc"), "/Encoding": _name_or("encoding"),
        "/ToUnicode": _name_or("cmap"), "/DescendantFonts": _array_of("font"),
        "/CIDSystemInfo": _kind("cidsysinfo"), "/W": _P, "/DW": _P, "/W2": _P, "/DW2": _P,
        "/CIDToGIDMap": _name_or("datastream"), "/FontBBox": _P, "/FontMatrix": _P,
        # Type3: CharProcs and Resources are handled by _copy_type3.
    },
    "fontdesc": {
        "/Type": _P, "/FontName": _P, "/FontStretch": _P, "/FontWeight": _P, "/Flags": _P,
        "/FontBBox": _P, "/ItalicAngle": _P, "/Ascent": _P, "/Descent": _P, "/Leading": _P,
        "/CapHeight": _P, "/XHeight": _P, "/StemV": _P, "/StemH": _P, "/AvgWidth": _P,
        "/MaxWidth": _P, "/MissingWidth": _P, "/FontFile": _kind("fontfile"),
        "/FontFile2": _kind("fontfile"), "/FontFile3": _kind("fontfile"), "/CIDSet": _kind("datastream"),
    },
    "fontfile": {"/Length1": _P, "/Length2": _P, "/Length3": _P, "/Subtype": _P},
    "datastream": {},
    "cmap": {"/Type": _P, "/CMapName": _P, "/CIDSystemInfo": _kind("cidsysinfo"), "/WMode": _P,
             "/UseCMap": _name_or("cmap")},
    "encoding": {"/Type": _P, "/BaseEncoding": _P, "/Differences": _P,
                 # Type0 fonts: a CMap stream.
                 "/CMapName": _P, "/CIDSystemInfo": _kind("cidsysinfo"), "/WMode": _P,
                 "/UseCMap": _name_or("cmap")},
    "cidsysinfo": {"/Registry": _S, "/Ordering": _S, "/Supplement": _P},
    "image": {
        "/Type": _P, "/Subtype": _P, "/Width": _P, "/Height": _P, "/ColorSpace": _kind("colorspace"),
        "/BitsPerComponent": _P, "/Intent": _P, "/ImageMask": _P, "/Mask": _kind("mask"),
        "/Decode": _P, "/Interpolate": _P, "/SMask": _kind("image"), "/SMaskInData": _P, "/Matte": _P,
    },
    "form": {"/Type": _P, "/Subtype": _P, "/FormType": _P, "/BBox": _P, "/Matrix": _P,
             "/Group": _kind("group")},
    "group": {"/Type": _P, "/S": _P, "/CS": _kind("colorspace"), "/I": _P, "/K": _P},
    "extgstate": {
        "/Type": _P, "/LW": _P, "/LC": _P, "/LJ": _P, "/ML": _P, "/D": _P, "/RI": _P, "/OP": _P,
        "/op": _P, "/OPM": _P, "/FL": _P, "/SM": _P, "/SA": _P, "/BM": _P, "/CA": _P, "/ca": _P,
        "/AIS": _P, "/TK": _P, "/UseBlackPtComp": _P, "/SMask": _name_or("smask"),
        "/TR": _name_or("function"), "/TR2": _name_or("function"), "/BG": _kind("function"),
        "/BG2": _name_or("function"), "/UCR": _kind("function"), "/UCR2": _name_or("function"),
    },
    "smask": {"/Type": _P, "/S": _P, "/G": _kind("xobject"), "/BC": _P, "/TR": _name_or("function")},
    "icc": {"/N": _P, "/Alternate": _kind("colorspace"), "/Range": _P},
    "calib": {"/WhitePoint": _P, "/BlackPoint": _P, "/Gamma": _P, "/Matrix": _P, "/Range": _P},
    "function": {
        "/FunctionType": _P, "/Domain": _P, "/Range": _P, "/Size": _P, "/BitsPerSample": _P,
        "/Order": _P, "/Encode": _P, "/Decode": _P, "/C0": _P, "/C1": _P, "/N": _P,
        "/Functions": _array_of("function"), "/Bounds": _P,
    },
    "pattern": {
        "/Type": _P, "/PatternType": _P, "/PaintType": _P, "/TilingType": _P, "/BBox": _P,
        "/XStep": _P, "/YStep": _P, "/Matrix": _P, "/Shading": _kind("shading"),
        "/ExtGState": _kind("extgstate"),
    },
    "shading": {
        "/ShadingType": _P, "/ColorSpace": _kind("colorspace"), "/Background": _P, "/BBox": _P,
        "/AntiAlias": _P, "/Domain": _P, "/Coords": _P, "/Extend": _P, "/Function": _array_of("function"),
        "/Matrix": _P, "/BitsPerCoordinate": _P, "/BitsPerComponent": _P, "/BitsPerFlag": _P,
        "/Decode": _P, "/VerticesPerRow": _P,
    },
    "decodeparms": {
        "/Predictor": _P, "/Colors": _P, "/BitsPerComponent": _P, "/Columns": _P, "/EarlyChange": _P,
        "/K": _P, "/EndOfLine": _P, "/EncodedByteAlign": _P, "/Rows": _P, "/EndOfBlock": _P,
        "/BlackIs1": _P, "/DamagedRowsBeforeError": _P, "/ColorTransform": _P,
        "/JBIG2Globals": _kind("datastream"),
    },
}

#: Kinds whose stream data is a content stream (parsed and rewritten, not copied as stored).
CONTENT_KINDS = frozenset({"form", "pattern"})


# --- content streams ------------------------------------------------------------------


def _names_in(operands: Iterable[Any], out: set[str]) -> None:
    for op in operands:
        if isinstance(op, Name):
            out.add(str(op))
        elif isinstance(op, Array):
            _names_in(op, out)


def rewrite_content(data_source: Any, report: RebuildReport) -> tuple[bytes, set[str], bool]:
    """Parse a content stream (a page or a stream), drop marked content and ``PS``.

    Args:
        data_source: a pikepdf page dictionary (its ``/Contents``, one stream or an array)
            or a content stream.
        report: counts ``marked_content`` operators dropped.

    Returns:
        ``(new bytes, resource names its operators use, has inline images)``.

    Raises:
        ProcessingError: qpdf cannot parse the content stream.
    """
    try:
        instructions = pikepdf.parse_content_stream(data_source)
    except Exception as exc:
        raise ProcessingError(f"a content stream of the output cannot be parsed ({exc})") from exc
    kept: list[Any] = []
    names: set[str] = set()
    inline = False
    for ins in instructions:
        if isinstance(ins, pikepdf.ContentStreamInlineImage):
            inline = True
            kept.append(ins)
            continue
        op = str(ins.operator)
        if op in DROPPED_OPERATORS:
            report.counts["marked_content" if op != "PS" else "postscript"] += 1
            continue
        _names_in(ins.operands, names)
        kept.append(ins)
    return pikepdf.unparse_content_stream(kept), names, inline


# --- the copier -----------------------------------------------------------------------


class _Rebuilder:
    def __init__(self, src: pikepdf.Pdf, dst: pikepdf.Pdf, report: RebuildReport) -> None:
        self.src, self.dst, self.report = src, dst, report
        self.memo: dict[tuple[Any, ...], Any] = {}

    # Generic dictionary / stream copy by schema.
    def copy(self, v: Any, kind: str, depth: int, inherited: Any = None) -> Any:
        if depth > MAX_DEPTH:
            raise ProcessingError("the output nests objects too deeply to be rebuilt")
        if kind == "colorspace":
            return self._colorspace(v, depth)
        if kind == "mask":  # an image mask stream, or a colour-key array
            return _scalar(v, strings=False) if isinstance(v, Array) else self.copy(v, "image", depth)
        if kind == "xobject":
            if not isinstance(v, Stream):
                return DROP
            sub = str(v.get("/Subtype", ""))
            if sub == "/Image":
                return self.copy(v, "image", depth)
            if sub == "/Form":
                return self.copy(v, "form", depth, inherited)
            self.report.counts["xobjects"] += 1  # PostScript XObjects and unknown ones
            return DROP
        if kind == "function" and isinstance(v, Array):
            return _array_of("function")(self, v, depth)
        if kind not in SCHEMAS or not isinstance(v, Dictionary | Stream):
            return DROP
        key: tuple[Any, ...] | None = None
        uses_parent = kind == "form" and "/Resources" not in v and inherited is not None
        if uses_parent and not inherited.is_indirect:
            inherited_id: Any = ("direct", id(inherited))  # not shared: copied per use
        else:
            inherited_id = inherited.objgen if uses_parent else None
        if v.is_indirect and (not uses_parent or inherited.is_indirect):
            key = (v.objgen, kind, inherited_id)
            if key in self.memo:
                return self.memo[key]
        if isinstance(v, Stream):
            new: Any = self.dst.make_indirect(Stream(self.dst, b""))
        else:
            new = self.dst.make_indirect(Dictionary()) if v.is_indirect else Dictionary()
        if key is not None:
            self.memo[key] = new
        schema = SCHEMAS[kind]
        for k in sorted(v.keys()):  # pikepdf gives a set: sorted, or object order follows the hash seed
            handler = schema.get(k)
            if handler is None:
                if k not in ("/Length", "/Filter", "/DecodeParms"):
                    self.report.counts["object_keys"] += 1
                continue
            value = handler(self, v[k], depth)
            if value is not DROP:
                new[k] = value
        if kind == "font" and str(v.get("/Subtype", "")) == "/Type3":
            self._type3(v, new, depth)
        if kind in CONTENT_KINDS and isinstance(v, Stream):
            data, names, inline = rewrite_content(v, self.report)
            res = v.get("/Resources")
            if isinstance(res, Dictionary):
                new["/Resources"] = self.resources(res, names, inline, depth)
            elif uses_parent:  # a form without resources uses its parent's
                new["/Resources"] = self.resources(inherited, names, inline, depth)
            new.write(data)
        elif isinstance(v, Stream):
            self._copy_data(v, new)
        return new

    def _copy_data(self, v: Stream, new: Stream) -> None:
        raw = v.read_raw_bytes()
        filt = v.get("/Filter")
        parms = v.get("/DecodeParms")
        new_filt = _scalar(filt, strings=False) if filt is not None else None
        new_parms: Any = None
        if isinstance(parms, Array):
            new_parms = Array([Dictionary() if p is None else self.copy(p, "decodeparms", 1) for p in parms])
        elif isinstance(parms, Dictionary):
            new_parms = self.copy(parms, "decodeparms", 1)
        if new_filt is DROP or new_parms is DROP:
            raise ProcessingError("a stream of the output has filters that cannot be copied")
        new.write(raw, filter=new_filt, decode_parms=new_parms, type_check=False)

    def _type3(self, v: Dictionary | Stream, new: Dictionary, depth: int) -> None:
        procs = v.get("/CharProcs")
        names: set[str] = set()
        inline = False
        if isinstance(procs, Dictionary):
            out = Dictionary()
            for glyph in sorted(procs.keys()):
                stream = procs[glyph]
                if not isinstance(stream, Stream):
                    continue
                data, used, has_inline = rewrite_content(stream, self.report)
                names |= used
                inline |= has_inline
                out[glyph] = self.dst.make_indirect(Stream(self.dst, data))
            new["/CharProcs"] = out
        res = v.get("/Resources")
        if isinstance(res, Dictionary):
            new["/Resources"] = self.resources(res, names, inline, depth)

    def _colorspace(self, v: Any, depth: int) -> Any:
        if isinstance(v, Name):
            return Name(str(v))
        if not isinstance(v, Array) or len(v) == 0:
            return DROP
        family = str(v[0])
        key = (v.objgen, "colorspace", None) if v.is_indirect else None
        if key is not None and key in self.memo:
            return self.memo[key]
        items: list[Any]
        if family == "/ICCBased" and len(v) >= 2:
            items = [Name.ICCBased, self.copy(v[1], "icc", depth + 1)]
        elif family in ("/Indexed", "/I") and len(v) >= 4:
            lookup = v[3]
            table = String(bytes(lookup)) if isinstance(lookup, String) else self.copy(lookup, "datastream",
                                                                                       depth + 1)
            items = [Name.Indexed, self._colorspace(v[1], depth + 1), _scalar(v[2], False), table]
        elif family == "/Separation" and len(v) >= 4:
            items = [Name.Separation, _scalar(v[1], False), self._colorspace(v[2], depth + 1),
                     self.copy(v[3], "function", depth + 1)]
        elif family == "/DeviceN" and len(v) >= 4:
            items = [Name.DeviceN, _scalar(v[1], False), self._colorspace(v[2], depth + 1),
                     self.copy(v[3], "function", depth + 1)]  # attributes (5th entry) dropped
        elif family in ("/CalRGB", "/CalGray", "/Lab") and len(v) >= 2:
            items = [Name(family), self.copy(v[1], "calib", depth + 1)]
        elif family == "/Pattern":
            items = [Name.Pattern] + ([self._colorspace(v[1], depth + 1)] if len(v) >= 2 else [])
        elif family in ("/DeviceRGB", "/DeviceGray", "/DeviceCMYK") and len(v) == 1:
            items = [Name(family)]
        else:
            return DROP
        if any(x is DROP for x in items):
            return DROP
        new = Array(items)
        if key is not None:
            new = self.dst.make_indirect(new)
            self.memo[key] = new
        return new

    def resources(self, res: Dictionary, names: set[str], inline: bool, depth: int) -> Dictionary:
        """Copy the allowlisted categories of ``res``, only the entries named in ``names``
        (every colour space when the content has inline images, which may name one)."""
        out = Dictionary()
        kinds = {"/Font": "font", "/XObject": "xobject", "/ExtGState": "extgstate",
                 "/ColorSpace": "colorspace", "/Pattern": "pattern", "/Shading": "shading"}
        for cat in sorted(res.keys()):
            if cat not in kinds:
                if cat == "/ProcSet":
                    procset = _scalar(res[cat], False)
                    if procset is not DROP:
                        out[cat] = procset
                else:
                    self.report.counts["resource_categories"] += 1
                continue
            sub = res[cat]
            if not isinstance(sub, Dictionary):
                continue
            new_sub = Dictionary()
            for name in sorted(sub.keys()):
                if name not in names and not (inline and cat == "/ColorSpace"):
                    self.report.counts["unused_resources"] += 1
                    continue
                value = self.copy(sub[name], kinds[cat], depth + 1, inherited=res)
                if value is not DROP:
                    new_sub[name] = value
                else:
                    self.report.counts["object_keys"] += 1
            if len(new_sub):
                out[cat] = new_sub
        return out


def _inherited(page: Dictionary, key: str) -> Any:
    node: Any = page
    for _ in range(MAX_DEPTH):
        if not isinstance(node, Dictionary):
            return None
        if key in node:
            return node[key]
        node = node.get("/Parent")
    return None


def rebuild_pdf(data: bytes, dst_path: Path, navigation: Navigation | None = None) -> RebuildReport:
    """Write a new PDF holding only the allowlisted parts of ``data`` (see the module docstring).

    Args:
        data: the burned and sanitized PDF, as bytes.
        dst_path: where the release is written (the caller's temporary path).
        navigation: an outline and page labels to write, already reduced to safe text
            (:func:`redactkit.pdf.navigation.read_navigation`); nothing of the source's own
            ``/Outlines`` or ``/PageLabels`` is copied.

    Returns:
        A :class:`RebuildReport` of what was not copied.

    Raises:
        ProcessingError: qpdf cannot read the document or a content stream.
    """
    report = RebuildReport()
    try:
        src = pikepdf.open(io.BytesIO(data))
    except Exception as exc:
        raise ProcessingError(f"the burned document cannot be read back for the rebuild ({exc})") from exc
    with src:
        dst = pikepdf.Pdf.new()
        rb = _Rebuilder(src, dst, report)
        for key in sorted(src.Root.keys()):
            if key not in ("/Type", "/Pages"):
                report.counts["catalog_keys"] += 1
                report.dropped_keys.add(f"catalog {key}")
        for page in src.pages:
            dst.pages.append(pikepdf.Page(_rebuild_page(rb, page.obj, report)))
        if navigation is not None:
            _write_navigation(dst, navigation)
        version = src.pdf_version
        dst.save(dst_path, min_version=version, deterministic_id=True,
                 object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return report


def _rebuild_page(rb: _Rebuilder, page: Dictionary, report: RebuildReport) -> Dictionary:
    for key in sorted(page.keys()):
        if key == "/Annots":
            annots = page[key]
            report.counts["annotations"] += len(annots) if isinstance(annots, Array) else 1
        elif key not in PAGE_KEYS and key not in ("/Type", "/Parent"):
            report.counts["page_keys"] += 1
            report.dropped_keys.add(f"page {key}")
    new = Dictionary(Type=Name.Page)
    for key in ("/MediaBox", "/CropBox"):
        box = _scalar(_inherited(page, key), False)
        if box is not DROP and box is not None:
            new[key] = box
    if "/MediaBox" not in new:
        new["/MediaBox"] = Array([0, 0, 612, 792])  # what readers assume; MuPDF does the same
    rotate = _inherited(page, "/Rotate")
    if isinstance(rotate, int) and rotate % 90 == 0 and rotate % 360:
        new["/Rotate"] = rotate % 360
    if "/Contents" in page:
        data, names, inline = rewrite_content(page, report)
    else:
        data, names, inline = b"", set(), False
    new["/Contents"] = rb.dst.make_indirect(Stream(rb.dst, data))
    res = _inherited(page, "/Resources")
    new["/Resources"] = rb.resources(res, names, inline, 0) if isinstance(res, Dictionary) else Dictionary()
    group = page.get("/Group")
    if isinstance(group, Dictionary) and str(group.get("/S", "")) == "/Transparency":
        value = rb.copy(group, "group", 1)
        if value is not DROP:
            new["/Group"] = value
    return new


def _write_navigation(dst: pikepdf.Pdf, nav: Navigation) -> None:
    """``/Outlines`` and ``/PageLabels`` made from ``nav``'s strings only."""
    pages = [p.obj for p in dst.pages]
    if nav.outline:
        root = dst.make_indirect(Dictionary(Type=Name.Outlines))
        chain: list[Dictionary] = [root]  # the open ancestors: root, level 1, level 2…
        for level, title, page in nav.outline:
            del chain[level:]
            parent = chain[-1]
            item = dst.make_indirect(Dictionary(Title=String(title), Parent=parent,
                                                Dest=Array([pages[page], Name.Fit])))
            if "/First" not in parent:
                parent["/First"] = item
            else:
                prev = parent["/Last"]
                prev["/Next"] = item
                item["/Prev"] = prev
            parent["/Last"] = item
            chain.append(item)
        _count(root)
        dst.Root["/Outlines"] = root
    if nav.labels is not None and len(nav.labels) == len(pages):
        nums = Array()
        for i, label in enumerate(nav.labels):
            nums.append(i)
            nums.append(Dictionary(P=String(label)))
        dst.Root["/PageLabels"] = dst.make_indirect(Dictionary(Nums=nums))


def _count(node: Dictionary) -> int:
    """Set ``/Count`` (open items below ``node``) on every item with children; return it."""
    n = 0
    child = node.get("/First")
    while isinstance(child, Dictionary):
        n += 1 + _count(child)
        child = child.get("/Next")
    if n:
        node["/Count"] = n
    return n


def rebuild_counts(report: RebuildReport) -> dict[str, int]:
    """The report's counts as the log's ``sanitized`` entries (prefixed ``rebuild_``)."""
    return {f"rebuild_{k}": int(v) for k, v in sorted(report.counts.items())}
