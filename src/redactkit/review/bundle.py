"""The review bundle: what an officer looks at before anything is burned.

For one document :func:`write_bundle` writes, into a review folder:

* ``X.proposed.pdf`` -- the original pages with a translucent box over every
  proposed redaction, coloured by entity type and labelled with its id, entity
  and exemption code. Nothing is removed. Every page carries the mark
  :data:`REVIEW_MARK` (top, bottom and diagonally across the page) and the
  document metadata says the same, because a review copy that leaks is a known
  failure of other tools.
* ``X.review.html`` -- one self-contained page (no network, no external
  assets): page images as PNG data URIs with the boxes drawn over them, a table
  of redactions with their context, accept/reject per redaction, per entity
  type and per person (all redactions of the same text), manual boxes drawn on
  a page image, filters, and an *Export decisions* button that downloads the
  decisions file (:mod:`redactkit.decisions`).
* ``X.diff.txt`` -- the text before and after redaction as a unified diff, page
  by page, each removed span replaced by its ``[exemption]`` label.
* ``X.plan.json`` -- the plan, with the source path and policy that
  ``redactkit apply`` uses.
* ``X.log.json`` -- the internal log (it holds the redacted text), output
  null, every redaction ``proposed``.

Every file is written atomically. Page geometry: plan rectangles are in
unrotated page space; the HTML page shows the page as displayed (rotation
applied) and carries each page's derotation matrix so a box drawn by hand is
converted back before it is exported.
"""

from __future__ import annotations

import base64
import difflib
import functools
import hashlib
import json
import logging
import os
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pymupdf

from .._fileio import atomic_path, write_text_atomic
from ..errors import UsageError
from ..model import Document, Plan, Rect, Redaction
from ..pdf.sources import open_source
from ..policy import Policy, list_profiles
from ..report import RedactionLog
from .pagedata import char_map, kept_boxes, needs_review
from .textexport import PAGE_HEADER, redacted_text

logger = logging.getLogger("redactkit.review")  # the name it had as one module

__all__ = [
    "PLAN_SCHEMA",
    "REVIEW_MARK",
    "ReviewBundle",
    "entity_color",
    "page_diff",
    "propose_bundle",
    "read_plan_file",
    "render_review_html",
    "write_bundle",
    "write_proposed_pdf",
]

#: The mark printed on every page of a review copy and put in its metadata.
REVIEW_MARK = "INTERNAL REVIEW COPY — NOT FOR RELEASE"
#: Schema of ``X.plan.json``.
PLAN_SCHEMA = "redactkit.plan/1"
#: Resolution of the page images in the HTML review page (pixels per point).
HTML_ZOOM = 1.5

#: Fixed colours (RGB 0..1) for common entity types, so colours mean the same in every bundle.
_FIXED_COLORS: dict[str, tuple[float, float, float]] = {
    "PERSON": (0.90, 0.10, 0.10),
    "ADDRESS": (0.10, 0.35, 0.90),
    "LOCATION": (0.10, 0.55, 0.85),
    "PHONE_NUMBER": (0.05, 0.60, 0.20),
    "EMAIL_ADDRESS": (0.00, 0.55, 0.55),
    "DATE_OF_BIRTH": (0.55, 0.15, 0.75),
    "US_SSN": (0.95, 0.50, 0.00),
    "LICENSE_PLATE": (0.55, 0.35, 0.10),
    "VIN": (0.45, 0.45, 0.00),
    "DRIVER_LICENSE": (0.80, 0.30, 0.55),
    "US_DRIVER_LICENSE": (0.80, 0.30, 0.55),
    "ID_NUMBER": (0.30, 0.30, 0.60),
    "AGE": (0.60, 0.45, 0.20),
    "NRP": (0.35, 0.55, 0.35),
    "MANUAL": (0.85, 0.00, 0.85),
}
_PALETTE: tuple[tuple[float, float, float], ...] = (
    (0.70, 0.20, 0.20), (0.20, 0.50, 0.70), (0.30, 0.60, 0.10), (0.60, 0.30, 0.70),
    (0.85, 0.55, 0.10), (0.10, 0.60, 0.60), (0.50, 0.50, 0.50), (0.75, 0.40, 0.50),
)


def entity_color(entity: str) -> tuple[float, float, float]:
    """The colour (RGB 0..1) of an entity type: fixed for common types, else a stable hash."""
    if entity in _FIXED_COLORS:
        return _FIXED_COLORS[entity]
    h = int(hashlib.sha256(entity.encode()).hexdigest()[:8], 16)
    return _PALETTE[h % len(_PALETTE)]


def _css_color(entity: str) -> str:
    r, g, b = (round(v * 255) for v in entity_color(entity))
    return f"#{r:02x}{g:02x}{b:02x}"


@dataclass(frozen=True)
class ReviewBundle:
    """Paths of one document's review bundle."""

    proposed_pdf: Path
    review_html: Path
    diff_txt: Path
    plan_json: Path
    log_json: Path


# --------------------------------------------------------------------------- proposed PDF


def write_proposed_pdf(src: str | os.PathLike[str], plan: Plan, dst: str | os.PathLike[str]) -> None:
    """Write the original pages with translucent labelled boxes, marked as a review copy.

    Args:
        src: the source PDF or image (TIFF, PNG, JPEG: its pages as ingest made them;
            never written).
        plan: the plan whose redactions are drawn (rejected ones are not drawn).
        dst: where the review copy goes (written atomically).
    """

    doc = open_source(src)
    try:
        font = pymupdf.Font("helv")
        by_page: dict[int, list[Redaction]] = {}
        for red in plan.active():
            by_page.setdefault(red.page, []).append(red)
        for page in doc.pages():
            rotation = page.rotation
            if rotation:
                page.set_rotation(0)  # plan rectangles are in unrotated page space
            _draw_redactions(page, by_page.get(page.number, []), font)
            _mark_page(page, font)
            if rotation:
                page.set_rotation(rotation)
        doc.set_metadata({
            "title": f"{REVIEW_MARK}: {Path(plan.source_path).name}",
            "subject": f"{REVIEW_MARK}. Proposed redactions are shown, nothing is removed.",
            "keywords": "INTERNAL REVIEW COPY; NOT FOR RELEASE; redactkit proposed redactions",
            "creator": "redactkit propose",
            "producer": "redactkit",
            "author": "",
        })
        doc.del_xml_metadata()
        with atomic_path(dst) as tmp:
            doc.save(tmp, garbage=3, deflate=True)
    finally:
        doc.close()


def _draw_redactions(page: Any, reds: list[Redaction], font: Any) -> None:
    """Every box of a page in one shape and every label in one text writer per colour: a shape or
    writer per box rewrote the page's content stream each time (most of the bundle's time)."""
    if not reds:
        return
    shape = page.new_shape()
    writers: dict[tuple[float, float, float], Any] = {}
    size = 5.0
    for red in reds:
        color = entity_color(red.entity)
        codes = ", ".join(red.exemptions) if red.exemptions else red.exemption
        for i, r in enumerate(red.rects):
            rect = pymupdf.Rect(r.x0, r.y0, r.x1, r.y1)
            shape.draw_rect(rect)
            shape.finish(color=color, fill=color, fill_opacity=0.28, stroke_opacity=0.9, width=0.8)
            if i == 0:
                y = rect.y0 - 1.0 if rect.y0 > size + 2 else rect.y1 + size
                if color not in writers:
                    writers[color] = pymupdf.TextWriter(page.rect, color=color)
                tw = writers[color]
                tw.append((rect.x0, y), f"{red.id} {red.entity} {codes}", font=font, fontsize=size)
    shape.commit(overlay=True)
    for tw in writers.values():
        tw.write_text(page, overlay=True)


def _mark_page(page: Any, font: Any) -> None:
    """Print :data:`REVIEW_MARK` at the top, the bottom and diagonally (page rotation must be 0)."""
    red = (0.85, 0.0, 0.0)
    prect = page.rect
    size = 9.0
    width = font.text_length(REVIEW_MARK, size)
    tw = pymupdf.TextWriter(prect, color=red)
    for y in (size + 4, prect.height - 5):
        tw.append(((prect.width - width) / 2, y), REVIEW_MARK, font=font, fontsize=size)
    tw.write_text(page, overlay=True)
    diagonal = (prect.width ** 2 + prect.height ** 2) ** 0.5
    big = max(8.0, 0.75 * diagonal / font.text_length(REVIEW_MARK, 1.0))
    bw = font.text_length(REVIEW_MARK, big)
    center = pymupdf.Point(prect.width / 2, prect.height / 2)
    tw2 = pymupdf.TextWriter(prect, color=red, opacity=0.12)
    tw2.append(pymupdf.Point(center.x - bw / 2, center.y + big / 3), REVIEW_MARK, font=font, fontsize=big)
    tw2.write_text(page, overlay=True, morph=(center, pymupdf.Matrix(-45)))


# --------------------------------------------------------------------------- text diff


def _split_pages(text: str, n: int) -> list[str]:
    """Split :func:`redacted_text` output back into its ``n`` page texts (headers are in order)."""
    out: list[str] = []
    pos = 0
    for i in range(n):
        head = PAGE_HEADER.format(n=i + 1) + "\n"
        start = text.index(head, pos) + len(head)
        nxt = text.find("\n" + PAGE_HEADER.format(n=i + 2) + "\n", start) if i + 1 < n else -1
        end = nxt if nxt >= 0 else len(text.rstrip("\n")) if i + 1 == n else len(text)
        out.append(text[start:end])
        pos = end
    return out


def page_diff(document: Document, redactions: Sequence[Redaction]) -> str:
    """Page-by-page unified diff of the original text vs. the text with ``[exemption]`` labels.

    Args:
        document: the ingested source.
        redactions: the redactions (rejected ones are ignored, as when burning).

    Returns:
        The diff text; a page without redactions is listed as unchanged.
    """
    n = len(document.pages)
    before = _split_pages(redacted_text(document, []), n)
    after = _split_pages(redacted_text(document, redactions), n)
    name = Path(document.path).name
    out = [f"# {name}: original text (-) vs. proposed redacted text (+), page by page",
           f"# {REVIEW_MARK}: this file holds the redacted text.", ""]
    for i, (a, b) in enumerate(zip(before, after, strict=True)):
        if a == b:
            out.append(f"=== page {i + 1}: no redactions ===")
            out.append("")
            continue
        out.append(f"=== page {i + 1} ===")
        out.extend(difflib.unified_diff(
            a.splitlines(), b.splitlines(),
            fromfile=f"{name} page {i + 1} (original)", tofile=f"{name} page {i + 1} (redacted)",
            lineterm="", n=1,
        ))
        out.append("")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- HTML review page


def _page_images(src: str | os.PathLike[str], zoom: float) -> list[dict[str, Any]]:
    """Each page as displayed: PNG data URI, displayed size and the (de)rotation matrices."""

    pages: list[dict[str, Any]] = []
    doc = open_source(src)  # an image input becomes the same pages ingest read
    try:
        for page in doc.pages():
            pix = _gray_if_gray(page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False))
            png = pix.tobytes("png")
            rm, dm = page.rotation_matrix, page.derotation_matrix
            ur = page.rect * page.derotation_matrix  # the unrotated page: the space of plan rects
            pages.append({
                "index": page.number,
                "width": round(page.rect.width, 3),
                "height": round(page.rect.height, 3),
                "usize": [round(abs(ur.width), 3), round(abs(ur.height), 3)],
                "rot": [rm.a, rm.b, rm.c, rm.d, rm.e, rm.f],
                "derot": [dm.a, dm.b, dm.c, dm.d, dm.e, dm.f],
                "image": "data:image/png;base64," + base64.b64encode(png).decode("ascii"),
            })
    finally:
        doc.close()
    return pages


def _gray_if_gray(pix: Any) -> Any:
    """The pixmap as one grey channel when every pixel is grey already (most records): the same
    image, and its PNG encodes in about half the time at half the size. Colour pages stay RGB."""
    rgb = np.frombuffer(pix.samples_mv, dtype=np.uint8).reshape(-1, 3)
    if not ((rgb[:, 0] == rgb[:, 1]).all() and (rgb[:, 1] == rgb[:, 2]).all()):
        return pix
    return pymupdf.Pixmap(pymupdf.csGRAY, pix.width, pix.height, rgb[:, 0].tobytes(), False)


def _display_rect(r: Rect, rot: Sequence[float]) -> list[float]:
    a, b, c, d, e, f = rot
    xs, ys = [], []
    for x, y in ((r.x0, r.y0), (r.x1, r.y1)):
        xs.append(a * x + c * y + e)
        ys.append(b * x + d * y + f)
    return [round(min(xs), 2), round(min(ys), 2), round(max(xs), 2), round(max(ys), 2)]


def _review_data(
    plan: Plan, policy: Policy, pages: list[dict[str, Any]], document_name: str,
    document: Document | None = None,
) -> dict[str, Any]:
    def to_display(rect: Rect, page: int) -> list[float]:
        return _display_rect(rect, pages[page]["rot"] if 0 <= page < len(pages) else [1, 0, 0, 1, 0, 0])

    reds = []
    for r in plan.redactions:
        reds.append({
            "id": r.id, "page": r.page, "entity": r.entity, "exemption": r.exemption, "reason": r.reason,
            "exemptions": list(r.exemptions),
            "text": r.text, "recognizer": r.recognizer, "score": r.score, "explanation": r.explanation,
            "context": r.context, "conf": getattr(r, "conf", None), "status": r.status,
            "drects": [to_display(x, r.page) for x in r.rects],
            "color": _css_color(r.entity),
            "review": needs_review(r, policy),
        })
    used = sorted({r.exemption for r in plan.redactions})
    return {
        "document": document_name,
        "source_sha256": plan.source_sha256,
        "policy": plan.policy_name,
        "codes": policy.exemption_codes,
        "default_code": used[0] if used else next(iter(policy.exemption_codes), ""),
        "manual_color": _css_color("MANUAL"),
        "pages": pages,
        "redactions": reds,
        # without the ingested document (a caller of render_review_html that has none) the page
        # cannot search or show kept spans; write_bundle always passes it
        "kept": kept_boxes(document, plan.kept, to_display) if document is not None else [],
        "chars": char_map(document) if document is not None else [],
        "mark": REVIEW_MARK,
    }


def render_review_html(
    src: str | os.PathLike[str], plan: Plan, policy: Policy, *, zoom: float = HTML_ZOOM,
    document: Document | None = None,
) -> str:
    """The self-contained review page for ``plan`` (page images embedded, no external assets).

    Args:
        src: the source PDF or image, rendered for the page images.
        plan: the proposed plan.
        policy: the policy (its exemption codes are offered for re-coding and manual boxes).
        zoom: pixels per point of the page images.
        document: the ingested source; gives the page its character map (search-and-redact)
            and the rectangles of kept spans. Without it neither is available.
    """
    name = Path(src).name
    data = _review_data(plan, policy, _page_images(src, zoom), name, document)
    # Inside <script type="application/json"> "</" (and "<!--") could end the element early; "<" only
    # occurs inside JSON strings, where \u003c means the same.
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    js, css = _assets()
    # `data` is JSON inside <script type="application/json">, made safe above: not HTML-escaped;
    # the script and style are package files checked by _assets.
    return _template().render(title=f"Review: {name} — {REVIEW_MARK}", mark=REVIEW_MARK, data=payload,
                              js=js, css=css)


@functools.cache
def _template() -> Any:
    """The review page template (package data ``review/templates/review.html.j2``), autoescaped."""
    import jinja2  # lazy: only to write a review page

    env = jinja2.Environment(loader=jinja2.PackageLoader("redactkit.review", "templates"),
                             autoescape=True, keep_trailing_newline=True)
    return env.get_template("review.html.j2")


@functools.cache
def _assets() -> tuple[str, str]:
    """The page's script and style (``review/templates/review.js``, ``review.css``), inlined at render
    so the offline page stays one file."""
    folder = resources.files("redactkit.review").joinpath("templates")
    js = folder.joinpath("review.js").read_text(encoding="utf-8")
    css = folder.joinpath("review.css").read_text(encoding="utf-8")
    if "</script" in js.lower() or "</style" in css.lower():
        raise RuntimeError("review.js/review.css must not contain a closing </script> or </style> tag")
    return js, css


# --------------------------------------------------------------------------- bundle


def bundle_paths(out_dir: str | os.PathLike[str], stem: str) -> ReviewBundle:
    """The bundle file names for a document called ``stem`` in ``out_dir``."""
    out = Path(out_dir)
    return ReviewBundle(
        proposed_pdf=out / f"{stem}.proposed.pdf",
        review_html=out / f"{stem}.review.html",
        diff_txt=out / f"{stem}.diff.txt",
        plan_json=out / f"{stem}.plan.json",
        log_json=out / f"{stem}.log.json",
    )


def write_bundle(
    document: Document,
    plan: Plan,
    policy: Policy,
    out_dir: str | os.PathLike[str],
    *,
    policy_ref: str | None = None,
    timings: dict[str, float] | None = None,
    name: Any = None,
) -> ReviewBundle:
    """Write the review bundle of one proposed plan; nothing is burned.

    Args:
        document: the ingested source (from :meth:`redactkit.Redactor.propose`).
        plan: its proposed plan.
        policy: the policy the plan was made under.
        out_dir: the review folder (created if missing).
        policy_ref: what ``apply`` passes to :func:`~redactkit.policy.load_policy`
            (a profile name or rule-file path); defaults to the policy's name
            when it is a shipped profile, else its first file.
        timings: stage timings to record in the log.
        name: the source's :class:`~redactkit.names.PublicName`; when it replaced a file
            name holding private data, the bundle files and the log use the safe name (the
            plan file keeps the source path: ``apply`` needs it, and the bundle is internal).

    Returns:
        The paths written.
    """
    src = Path(document.path)
    replaced = name is not None and name.replaced
    paths = bundle_paths(out_dir, name.stem if replaced else src.stem)
    write_proposed_pdf(src, plan, paths.proposed_pdf)
    write_text_atomic(paths.review_html, render_review_html(src, plan, policy, document=document))
    write_text_atomic(paths.diff_txt, page_diff(document, plan.redactions))
    if policy_ref is None:
        policy_ref = policy.name if policy.name in list_profiles() or not policy.files else policy.files[0]
    plan_doc = {
        "schema": PLAN_SCHEMA,
        "source": str(src.resolve()),
        "policy": policy_ref,
        "pages": [_unrotated_size(p) for p in document.pages],
        "plan": plan.to_dict(),
    }
    write_text_atomic(paths.plan_json, json.dumps(plan_doc, indent=2, ensure_ascii=False) + "\n")
    log = RedactionLog(
        policy={"name": policy.name, "sha256": policy.sha256, "files": list(policy.files),
                "uncertain": plan.uncertain, "review_floor": policy.review_floor},
        source={"path": name.file_name if replaced else os.path.abspath(src), "sha256": document.sha256,
                "pages": len(document.pages)},
        output=None,
        redactions=[_as_proposed(r) for r in plan.redactions],
        kept=plan.kept,
        timings=dict(timings or {}),
        warnings=[*([name.warning] if replaced else []),
                  "proposal only: nothing was burned; review with the .review.html page"],
    )
    log.write_json(paths.log_json)
    logger.info("%s: review bundle written -> %s", src, paths.review_html)
    return paths


def propose_bundle(
    redactor: Any, src: str | os.PathLike[str], out_dir: str | os.PathLike[str], *, name: Any = None
) -> ReviewBundle:
    """Detect and plan ``src`` with ``redactor`` and write its review bundle into ``out_dir``.

    Args:
        redactor: a :class:`redactkit.Redactor` (its model stays loaded between documents).
        src: the source PDF (never written).
        out_dir: the review folder.
        name: the source's :class:`~redactkit.names.PublicName` (see :func:`write_bundle`).

    Returns:
        The paths written.
    """
    t = time.perf_counter()
    document, plan = redactor.propose(src)
    detect = time.perf_counter() - t
    return write_bundle(document, plan, redactor.policy, out_dir, timings={"propose": detect}, name=name)


def _as_proposed(r: Redaction) -> Redaction:
    # a needs_review proposal stays one: the review page shows it with its own overlay
    return r if r.status in ("proposed", "needs_review") else replace(r, status="proposed")


def _unrotated_size(page: Any) -> list[float]:
    # ingest reads every page with its rotation set to 0: width/height are unrotated already
    return [round(page.width, 3), round(page.height, 3)]


@dataclass(frozen=True)
class PlanFile:
    """A ``X.plan.json`` read back: the plan, where its source is, and which policy to load."""

    path: Path
    source: Path
    policy_ref: str
    page_sizes: list[tuple[float, float]]
    plan: Plan

    @property
    def stem(self) -> str:
        return re.sub(r"\.plan\.json$", "", self.path.name)


def read_plan_file(path: str | os.PathLike[str]) -> PlanFile:
    """Read a ``X.plan.json`` written by :func:`write_bundle`.

    Raises:
        UsageError: the file is missing, not JSON or not a plan file.
    """
    p = Path(path)
    try:
        raw = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"{p}: plan file not found; run 'redactkit propose' first.") from None
    except json.JSONDecodeError as exc:
        raise UsageError(f"{p}: not valid JSON ({exc}).") from None
    if not isinstance(raw, dict) or raw.get("schema") != PLAN_SCHEMA:
        raise UsageError(f"{p}: not a redactkit plan file (expected schema {PLAN_SCHEMA!r}).")
    try:
        plan = Plan.from_dict(raw["plan"])
        sizes = [(float(w), float(h)) for w, h in raw["pages"]]
        return PlanFile(path=p, source=Path(raw["source"]), policy_ref=str(raw["policy"]),
                        page_sizes=sizes, plan=plan)
    except (KeyError, TypeError, ValueError) as exc:
        raise UsageError(f"{p}: damaged plan file ({exc!r}); run 'redactkit propose' again.") from None
