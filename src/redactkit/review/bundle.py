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
import hashlib
import html
import json
import logging
import os
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pymupdf

from .._fileio import atomic_path, write_text_atomic
from ..errors import UsageError
from ..model import Document, Plan, Rect, Redaction
from ..pdf.sources import open_source
from ..policy import Policy, list_profiles
from ..report import RedactionLog
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
            for red in by_page.get(page.number, []):
                _draw_redaction(page, red, font)
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


def _draw_redaction(page: Any, red: Redaction, font: Any) -> None:
    color = entity_color(red.entity)
    label = f"{red.id} {red.entity} {red.exemption}"
    for i, r in enumerate(red.rects):
        rect = pymupdf.Rect(r.x0, r.y0, r.x1, r.y1)
        page.draw_rect(rect, color=color, fill=color, fill_opacity=0.28, stroke_opacity=0.9, width=0.8,
                       overlay=True)
        if i == 0:
            size = 5.0
            y = rect.y0 - 1.0 if rect.y0 > size + 2 else rect.y1 + size
            tw = pymupdf.TextWriter(page.rect, color=color)
            tw.append((rect.x0, y), label, font=font, fontsize=size)
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
            pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False)
            png = pix.tobytes("png")
            rm, dm = page.rotation_matrix, page.derotation_matrix
            pages.append({
                "index": page.number,
                "width": round(page.rect.width, 3),
                "height": round(page.rect.height, 3),
                "rot": [rm.a, rm.b, rm.c, rm.d, rm.e, rm.f],
                "derot": [dm.a, dm.b, dm.c, dm.d, dm.e, dm.f],
                "image": "data:image/png;base64," + base64.b64encode(png).decode("ascii"),
            })
    finally:
        doc.close()
    return pages


def _display_rect(r: Rect, rot: Sequence[float]) -> list[float]:
    a, b, c, d, e, f = rot
    xs, ys = [], []
    for x, y in ((r.x0, r.y0), (r.x1, r.y1)):
        xs.append(a * x + c * y + e)
        ys.append(b * x + d * y + f)
    return [round(min(xs), 2), round(min(ys), 2), round(max(xs), 2), round(max(ys), 2)]


def _review_data(
    plan: Plan, policy: Policy, pages: list[dict[str, Any]], document_name: str
) -> dict[str, Any]:
    reds = []
    for r in plan.redactions:
        rot = pages[r.page]["rot"] if 0 <= r.page < len(pages) else [1, 0, 0, 1, 0, 0]
        reds.append({
            "id": r.id, "page": r.page, "entity": r.entity, "exemption": r.exemption, "reason": r.reason,
            "text": r.text, "recognizer": r.recognizer, "score": r.score, "explanation": r.explanation,
            "context": r.context, "conf": getattr(r, "conf", None), "status": r.status,
            "drects": [_display_rect(x, rot) for x in r.rects],
            "color": _css_color(r.entity),
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
        "mark": REVIEW_MARK,
    }


def render_review_html(
    src: str | os.PathLike[str], plan: Plan, policy: Policy, *, zoom: float = HTML_ZOOM
) -> str:
    """The self-contained review page for ``plan`` (page images embedded, no external assets).

    Args:
        src: the source PDF or image, rendered for the page images.
        plan: the proposed plan.
        policy: the policy (its exemption codes are offered for manual boxes).
        zoom: pixels per point of the page images.
    """
    name = Path(src).name
    data = _review_data(plan, policy, _page_images(src, zoom), name)
    # Inside <script type="application/json">: only "</" can end the element early.
    payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return (_HTML_TEMPLATE
            .replace("@@TITLE@@", html.escape(f"Review: {name} — {REVIEW_MARK}"))
            .replace("@@MARK@@", html.escape(REVIEW_MARK))
            .replace("@@DATA@@", payload))


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
    write_text_atomic(paths.review_html, render_review_html(src, plan, policy))
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
        policy={"name": policy.name, "sha256": policy.sha256, "files": list(policy.files)},
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
    return r if r.status == "proposed" else replace(r, status="proposed")


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


_HTML_TEMPLATE = r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="robots" content="noindex">
<title>@@TITLE@@</title>
<style>
*{box-sizing:border-box}
body{margin:0;font:13px/1.35 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#eef0f3;height:100vh;display:flex;flex-direction:column}
header{background:#7a0000;color:#fff;padding:6px 12px;display:flex;flex-wrap:wrap;gap:10px;align-items:center}
header .mark{font-weight:700;letter-spacing:.04em}
header .doc{font-weight:600}
header input{padding:3px 6px}
.toolbar{display:flex;flex-wrap:wrap;gap:8px;align-items:center;padding:6px 12px;background:#fff;border-bottom:1px solid #ccd}
.toolbar label{display:flex;gap:4px;align-items:center}
.toolbar .sep{width:1px;height:22px;background:#ccd}
button{font:inherit;padding:3px 8px;border:1px solid #99a;border-radius:4px;background:#f7f7fa;cursor:pointer}
button:hover{background:#e6e8f0}
button.on{background:#1f5fbf;color:#fff;border-color:#1f5fbf}
button.primary{background:#0a6b2e;color:#fff;border-color:#0a6b2e;font-weight:600}
main{flex:1;display:flex;min-height:0}
#pages{flex:1 1 45%;overflow:auto;padding:12px;border-right:1px solid #ccd}
#side{flex:1 1 55%;overflow-y:auto;overflow-x:hidden;padding:0 8px 12px}
.page{position:relative;margin:0 auto 16px;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.3);max-width:900px;user-select:none}
.page img{display:block;width:100%;height:auto;-webkit-user-drag:none}
.page .pno{position:absolute;left:-2px;top:-2px;background:#333;color:#fff;font-size:11px;padding:1px 5px}
.page.drawing{cursor:crosshair}
.page.drawing .box{pointer-events:none}
.box{position:absolute;border:1.5px solid;opacity:.85;cursor:pointer}
.box.rejected{border-style:dashed;background:transparent!important;opacity:.55}
.box.accepted{border-width:2.5px}
.box.sel{outline:3px solid #ffbf00;z-index:5}
.box.manual{border-style:solid;border-width:2px}
.box.hidden{display:none}
.box .tag{display:none;position:absolute;left:-1px;bottom:100%;font-size:10px;line-height:1.1;color:#fff;padding:0 3px;white-space:nowrap;pointer-events:none;z-index:6}
.box:hover .tag,.box.sel .tag,.labels .box .tag{display:block}
#rubber{position:absolute;border:2px dashed #d0d;background:rgba(221,0,221,.15);pointer-events:none}
table{border-collapse:collapse;width:100%;background:#fff;table-layout:fixed;font-size:12px}
td{overflow-wrap:anywhere}
col.c-id{width:78px}col.c-ent{width:92px}col.c-ex{width:108px}col.c-rec{width:96px}col.c-st{width:64px}col.c-act{width:112px}
thead th{position:sticky;top:0;background:#dfe3ea;text-align:left;padding:4px;font-size:12px;z-index:2}
td{border-top:1px solid #e3e5ea;padding:3px 4px;vertical-align:top}
tr.sel td{background:#fff6d5}
tr.rejected td{color:#888}
tr.rejected td.txt{text-decoration:line-through}
tr.accepted td.st{color:#0a6b2e;font-weight:600}
tr.manual td.st{color:#a0a;font-weight:600}
.swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px;vertical-align:-1px}
.ctx{color:#444}
.ctx mark{background:#ffd54a;color:#000;padding:0 1px}
.acts{white-space:normal}
.acts button{padding:1px 6px;font-size:12px}
.acts .all{display:block;margin-top:3px;font-size:11px;color:#335}
.acts .all button{font-size:11px;padding:0 4px}
#status{font-size:12px;color:#333}
#msg{font-weight:600;color:#b00}
.muted{color:#666;font-size:11px}
</style>
</head>
<body>
<header>
  <span class="mark">@@MARK@@</span>
  <span class="doc" id="docname"></span>
  <span>policy <b id="policy"></b></span>
  <label>Reviewer <input id="reviewer" placeholder="your name" size="18"></label>
  <button class="primary" id="export">Export decisions</button>
  <span id="msg" role="alert"></span>
</header>
<div class="toolbar">
  <label>Entity <select id="f-entity"><option value="">all</option></select></label>
  <label>Status <select id="f-status"><option value="">all</option><option>proposed</option><option>accepted</option><option>rejected</option><option>manual</option></select></label>
  <button id="bulk-accept" title="accept every redaction of the chosen entity type">Accept all of entity</button>
  <button id="bulk-reject" title="reject every redaction of the chosen entity type">Reject all of entity</button>
  <span class="sep"></span>
  <button id="draw" title="then drag on a page image to add a manual redaction box">Draw manual box</button>
  <label>Exemption <select id="m-code"></select></label>
  <label>Reason <input id="m-reason" size="26"></label>
  <label><input type="checkbox" id="labels"> box labels</label>
  <span class="sep"></span>
  <span id="status"></span>
</div>
<main>
  <div id="pages"></div>
  <div id="side">
    <p class="muted">Undecided redactions stay <b>proposed</b> and are burned by <code>redactkit apply</code>. Reject what must stay visible.</p>
    <table id="tbl"><colgroup><col class="c-id"><col class="c-ent"><col class="c-ex"><col class="c-rec"><col><col class="c-st"><col class="c-act"></colgroup><thead><tr><th>id / page</th><th>entity</th><th>exemption / reason</th><th>recognizer / score / OCR conf</th><th>context</th><th>status</th><th>decide</th></tr></thead><tbody></tbody></table>
  </div>
</main>
<script type="application/json" id="data">@@DATA@@</script>
<script>
"use strict";
const D = JSON.parse(document.getElementById("data").textContent);
const state = {};      // id -> "accept" | "reject" (undecided: absent)
const manual = [];     // {mid, page, rect (unrotated), drect (displayed), exemption, reason}
let drawing = false, selected = null, mcount = 0;
const $ = (id) => document.getElementById(id);
const el = (tag, attrs, ...kids) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v; else if (k === "style") e.style.cssText = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v);
  }
  for (const k of kids) if (k !== null && k !== undefined) e.append(k);
  return e;
};
const norm = (t) => t.replace(/\s+/g, " ").trim().toLowerCase();
const byText = {};
for (const r of D.redactions) (byText[norm(r.text)] = byText[norm(r.text)] || []).push(r.id);
const status = (r) => state[r.id] === "accept" ? "accepted" : state[r.id] === "reject" ? "rejected" : "proposed";
const pct = (v, whole) => (100 * v / whole) + "%";
const apply = (m, x, y) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

$("docname").textContent = D.document;
$("policy").textContent = D.policy;
document.title = "Review: " + D.document + " — " + D.mark;
for (const e of [...new Set(D.redactions.map((r) => r.entity))].sort()) $("f-entity").append(el("option", {}, e));
for (const [code, text] of Object.entries(D.codes)) $("m-code").append(el("option", {value: code, title: text}, code));
$("m-code").value = D.default_code;
const setReason = () => { $("m-reason").value = D.codes[$("m-code").value] || ""; };
$("m-code").addEventListener("change", setReason); setReason();

// ---- pages and boxes
const pageDivs = [];
for (const p of D.pages) {
  const div = el("div", {class: "page", "data-page": p.index},
    el("img", {src: p.image, alt: "page " + (p.index + 1), draggable: "false"}),
    el("span", {class: "pno"}, "page " + (p.index + 1)));
  pageDivs.push(div);
  $("pages").append(div);
  div.addEventListener("mousedown", (ev) => startDraw(ev, p, div));
}
function placeBox(box, r, p) {
  box.style.left = pct(r[0], p.width); box.style.top = pct(r[1], p.height);
  box.style.width = pct(r[2] - r[0], p.width); box.style.height = pct(r[3] - r[1], p.height);
}
const boxes = {};     // id -> [div]
for (const r of D.redactions) {
  const p = D.pages[r.page];
  boxes[r.id] = r.drects.map((dr, i) => {
    const b = el("div", {class: "box", "data-id": r.id, title: r.id + " " + r.entity + " " + r.exemption + ": " + r.text,
      style: "border-color:" + r.color + ";background:" + r.color + "40", onclick: () => select(r.id, true)},
      i === 0 ? el("span", {class: "tag", style: "background:" + r.color}, r.id + " " + r.entity + " " + r.exemption) : null);
    placeBox(b, dr, p);
    pageDivs[r.page].append(b);
    return b;
  });
}

// ---- table
const rows = {};
function ctxNode(ctx, text) {
  const td = el("td", {class: "ctx"});
  const m = /^(.*?)\[\[(.*?)\]\](.*)$/s.exec(ctx || "");
  if (m) td.append(m[1], el("mark", {}, m[2]), m[3]); else td.append(el("mark", {}, text));
  return td;
}
for (const r of D.redactions) {
  const same = byText[norm(r.text)];
  const acts = el("td", {class: "acts"},
    el("button", {class: "acc", onclick: (e) => { e.stopPropagation(); decide([r.id], "accept"); }}, "Accept"), " ",
    el("button", {class: "rej", onclick: (e) => { e.stopPropagation(); decide([r.id], "reject"); }}, "Reject"),
    same.length > 1 ? el("span", {class: "all"}, "all " + same.length + " of this text: ",
      el("button", {class: "acc-all", onclick: (e) => { e.stopPropagation(); decide(same, "accept"); }}, "accept"), " ",
      el("button", {class: "rej-all", onclick: (e) => { e.stopPropagation(); decide(same, "reject"); }}, "reject")) : null);
  const tr = el("tr", {"data-id": r.id, onclick: () => select(r.id, false)},
    el("td", {}, r.id, el("br"), el("span", {class: "muted"}, "page " + (r.page + 1))),
    el("td", {}, el("span", {class: "swatch", style: "background:" + r.color}), r.entity),
    el("td", {title: r.explanation}, el("b", {}, r.exemption), el("br"), el("span", {class: "muted"}, r.reason)),
    el("td", {title: r.explanation}, r.recognizer, el("br"), el("span", {class: "muted"},
      "score " + r.score.toFixed(2) + (r.conf === null || r.conf === undefined ? "" : " · conf " + r.conf.toFixed(0)))),
    ctxNode(r.context, r.text),
    el("td", {class: "st"}, "proposed"),
    acts);
  rows[r.id] = tr;
  $("tbl").tBodies[0].append(tr);
}

function refresh() {
  const fe = $("f-entity").value, fs = $("f-status").value;
  const counts = {proposed: 0, accepted: 0, rejected: 0};
  for (const r of D.redactions) {
    const s = status(r); counts[s]++;
    const tr = rows[r.id];
    tr.className = s + (selected === r.id ? " sel" : "");
    tr.querySelector(".st").textContent = s;
    tr.querySelector(".acc").classList.toggle("on", s === "accepted");
    tr.querySelector(".rej").classList.toggle("on", s === "rejected");
    tr.hidden = (fe && r.entity !== fe) || (fs && s !== fs);
    for (const b of boxes[r.id]) {
      b.classList.toggle("rejected", s === "rejected"); b.classList.toggle("accepted", s === "accepted");
      b.classList.toggle("sel", selected === r.id);
      b.classList.toggle("hidden", Boolean(fe && r.entity !== fe));
    }
  }
  for (const m of manual) m.row.hidden = (fe && fe !== "MANUAL") || (fs && fs !== "manual");
  $("status").textContent = counts.accepted + " accepted · " + counts.rejected + " rejected · " + counts.proposed +
    " undecided (burned) · " + manual.length + " manual";
}
function decide(ids, action) {
  for (const id of ids) state[id] = action;
  $("msg").textContent = ""; refresh();
}
function select(id, scroll) {
  selected = id; refresh();
  if (scroll) rows[id].scrollIntoView({block: "center"});
  else if (boxes[id][0]) boxes[id][0].scrollIntoView({block: "center"});
}
$("f-entity").addEventListener("change", refresh);
$("labels").addEventListener("change", () => $("pages").classList.toggle("labels", $("labels").checked));
$("f-status").addEventListener("change", refresh);
$("bulk-accept").addEventListener("click", () => bulk("accept"));
$("bulk-reject").addEventListener("click", () => bulk("reject"));
function bulk(action) {
  const fe = $("f-entity").value;
  if (!fe) { $("msg").textContent = "Choose an entity type first."; return; }
  decide(D.redactions.filter((r) => r.entity === fe).map((r) => r.id), action);
}

// ---- manual boxes
$("draw").addEventListener("click", () => {
  drawing = !drawing; $("draw").classList.toggle("on", drawing);
  for (const d of pageDivs) d.classList.toggle("drawing", drawing);
});
function startDraw(ev, p, div) {
  if (!drawing || ev.button !== 0) return;
  ev.preventDefault();
  const bb = div.getBoundingClientRect();
  const toPt = (e) => [Math.min(Math.max(e.clientX - bb.left, 0), bb.width) * p.width / bb.width,
                       Math.min(Math.max(e.clientY - bb.top, 0), bb.height) * p.height / bb.height];
  const a = toPt(ev);
  const rub = el("div", {id: "rubber"}); div.append(rub);
  let b = a;
  const move = (e) => { b = toPt(e); placeBox(rub, [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1])], p); };
  const up = (e) => {
    document.removeEventListener("mousemove", move); document.removeEventListener("mouseup", up);
    b = toPt(e); rub.remove();
    const dr = [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1])];
    if (dr[2] - dr[0] < 2 || dr[3] - dr[1] < 2) return;   // a click, not a box
    addManual(p, dr);
  };
  move(ev);
  document.addEventListener("mousemove", move); document.addEventListener("mouseup", up);
}
function addManual(p, dr) {
  const u1 = apply(p.derot, dr[0], dr[1]), u2 = apply(p.derot, dr[2], dr[3]);
  const rnd = (v) => Math.round(v * 100) / 100;
  const rect = [rnd(Math.min(u1[0], u2[0])), rnd(Math.min(u1[1], u2[1])), rnd(Math.max(u1[0], u2[0])), rnd(Math.max(u1[1], u2[1]))];
  const m = {mid: "manual-" + (++mcount), page: p.index, rect: rect, exemption: $("m-code").value, reason: $("m-reason").value};
  const c = D.manual_color;
  m.box = el("div", {class: "box manual", title: m.mid + " MANUAL " + m.exemption,
    style: "border-color:" + c + ";background:" + c + "40"}, el("span", {class: "tag", style: "background:" + c}, m.mid + " MANUAL " + m.exemption));
  placeBox(m.box, dr, p); pageDivs[p.index].append(m.box);
  m.row = el("tr", {class: "manual", "data-id": m.mid},
    el("td", {}, m.mid, el("br"), el("span", {class: "muted"}, "page " + (p.index + 1))),
    el("td", {}, el("span", {class: "swatch", style: "background:" + c}), "MANUAL"),
    el("td", {}, el("b", {}, m.exemption), el("br"), el("span", {class: "muted"}, m.reason)),
    el("td", {}, "reviewer"),
    el("td", {class: "ctx"}, "box " + rect.map((v) => v.toFixed(1)).join(", ") + " pt"),
    el("td", {class: "st"}, "manual"),
    el("td", {class: "acts"}, el("button", {class: "del", onclick: () => removeManual(m)}, "Remove")));
  $("tbl").tBodies[0].append(m.row);
  manual.push(m); refresh();
}
function removeManual(m) {
  m.box.remove(); m.row.remove(); manual.splice(manual.indexOf(m), 1); refresh();
}

// ---- export
$("export").addEventListener("click", () => {
  const reviewer = $("reviewer").value.trim();
  if (!reviewer) { $("msg").textContent = "Enter your name (Reviewer) before exporting."; $("reviewer").focus(); return; }
  const decisions = [];
  for (const r of D.redactions) if (state[r.id]) decisions.push({id: r.id, action: state[r.id], note: ""});
  for (const m of manual) decisions.push({action: "manual", page: m.page, rect: m.rect, exemption: m.exemption, reason: m.reason, note: ""});
  const out = {schema: "redactkit.decisions/1", document: D.document, source_sha256: D.source_sha256,
               reviewer: reviewer, timestamp: new Date().toISOString(), decisions: decisions};
  const blob = new Blob([JSON.stringify(out, null, 2) + "\n"], {type: "application/json"});
  const a = el("a", {href: URL.createObjectURL(blob), download: D.document.replace(/\.pdf$/i, "") + ".decisions.json"});
  document.body.append(a); a.click(); a.remove();
  $("msg").textContent = "";
});
refresh();
</script>
</body>
</html>
"""  # noqa: E501
