"""The review page in a real headless Chromium (Debian's ``chromium``, driven by Playwright).

Opens generated ``review.html`` pages from ``file://`` URLs (no server, no network) and
drives them as a reviewer would: decide, reload, load a decisions file, re-code, note,
search-and-redact, draw a box, export -- and checks that :mod:`redactkit.review.decisions`
accepts what the page exported. Server mode is driven against a minimal stub of the
REVIEW_API contract (the boundary with ``redactkit serve``). Skipped, with the reason
shown, only when ``/usr/bin/chromium`` is absent (``make setup`` installs it) or
Playwright is not installed.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from conftest import build_pdf, report_pdf
from redactkit.ingest import ingest_pdf
from redactkit.review import ReviewBundle, propose_bundle, read_plan_file
from redactkit.review.decisions import DECISIONS_SCHEMA, apply_decisions, load_decisions

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
SAMPLE = Path(__file__).resolve().parents[1] / "sample_docs" / "incident_report_001.pdf"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is missing: run 'make setup' "
                       "(installs the Debian chromium package) to run the review-page browser test"),
]


class Browser:
    """A Chromium with one context at a time; records requests, page errors and dialogs."""

    def __init__(self, pw: Any) -> None:
        self.browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.prompt_answer = ""

    def page(self, *, width: int = 1500, height: int = 950, offline: bool = True) -> Any:
        context = self.browser.new_context(accept_downloads=True, viewport={"width": width, "height": height},
                                           offline=offline)
        page = context.new_page()
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)

        def on_dialog(d: Any) -> None:
            self.dialogs.append(d.type)
            d.accept(self.prompt_answer) if d.type == "prompt" else d.accept()

        page.on("dialog", on_dialog)
        return page


@pytest.fixture
def chromium() -> Iterator[Browser]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed: "
                                   "pip install -e '.[dev]'")
    with sync_api.sync_playwright() as pw:
        b = Browser(pw)
        yield b
        b.browser.close()


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory, shared_redactor: Any) -> tuple[Path, ReviewBundle]:
    tmp = tmp_path_factory.mktemp("sample")
    src = tmp / "report.pdf"
    shutil.copy(SAMPLE, src)
    return src, propose_bundle(shared_redactor, src, tmp / "review")


@pytest.fixture(scope="module")
def multipage(tmp_path_factory: pytest.TempPathFactory, shared_redactor: Any) -> tuple[Path, ReviewBundle]:
    tmp = tmp_path_factory.mktemp("multi")
    src = report_pdf(tmp / "packet.pdf", pages=4)
    return src, propose_bundle(shared_redactor, src, tmp / "review")


def _export(page: Any, tmp_path: Path) -> dict[str, Any]:
    with page.expect_download() as info:
        page.click("#rk-export")
    saved = tmp_path / info.value.suggested_filename
    info.value.save_as(saved)
    data: dict[str, Any] = json.loads(saved.read_text())
    return data


def _wait_text(page: Any, selector: str, text: str) -> None:
    """Wait until ``selector`` shows ``text`` (file loading is asynchronous in the page)."""
    page.wait_for_function("([s, t]) => document.querySelector(s).textContent.includes(t)",
                           arg=[selector, text])


def _until(page: Any, cond: Any, seconds: float = 10.0) -> None:
    """Let the page run until ``cond()`` holds (requests to the stub are asynchronous)."""
    for _ in range(int(seconds / 0.05)):
        if cond():
            return
        page.wait_for_timeout(50)
    raise AssertionError("timed out waiting for the page")


def _row(page: Any, rid: str) -> Any:
    return page.locator(f'#list [data-rid="{rid}"]')


def test_review_page_reject_draw_export(tmp_path: Path, sample: tuple[Path, ReviewBundle], chromium: Browser,
                                        shared_redactor: Any) -> None:
    _, paths = sample
    page = chromium.page()
    pf = read_plan_file(paths.plan_json)
    target = pf.plan.redactions[0]

    page.goto(paths.review_html.as_uri())
    page.wait_for_selector("#list [data-rid]")
    assert page.locator("#list [data-rid]").count() == len(pf.plan.redactions)
    assert page.locator(".page .box:not(.kept)").count() == sum(len(r.rects) for r in pf.plan.redactions)
    assert page.locator(".page .box.kept").count() >= 1  # officers etc. are shown, not hidden

    row = _row(page, target.id)
    row.locator("button.rk-reject").click()
    assert row.locator(".st").inner_text() == "rejected"
    assert "rejected" in (page.locator(f'.box[data-id="{target.id}"]').first.get_attribute("class") or "")

    # a manual box: draw mode, pick a code, drag on the page image
    page.select_option("#m-code", "(b)(6)")
    page.fill("#m-reason", "occupation identifies the victim")
    page.click("#draw")
    img = page.locator(".page img").first
    bb = img.bounding_box()
    assert bb is not None
    width_pt, height_pt = pf.page_sizes[0]
    want = (300.0, 400.0, 420.0, 430.0)   # PDF points

    def to_px(x: float, y: float) -> tuple[float, float]:
        return bb["x"] + x * bb["width"] / width_pt, bb["y"] + y * bb["height"] / height_pt

    page.mouse.move(*to_px(want[0], want[1]))
    page.mouse.down()
    page.mouse.move(*to_px(360, 415), steps=5)
    page.mouse.move(*to_px(want[2], want[3]), steps=5)
    page.mouse.up()
    assert page.locator(".box.manual").count() == 1
    assert "1 rejected" in page.inner_text("#status") and "1 manual" in page.inner_text("#status")

    # export without a name is refused with a message; with one it downloads the file
    page.click("#rk-export")
    assert "Enter your name" in page.inner_text("#msg")
    page.fill("#reviewer", "Sgt. A. Records")
    data = _export(page, tmp_path)
    if os.environ.get("REDACTKIT_SCREENSHOT"):
        page.screenshot(path=os.environ["REDACTKIT_SCREENSHOT"])
    assert data["schema"] == DECISIONS_SCHEMA
    assert data["document"] == "report.pdf" and data["source_sha256"] == pf.plan.source_sha256
    assert data["reviewer"] == "Sgt. A. Records" and data["timestamp"].endswith("Z")
    rejects = [d for d in data["decisions"] if d["action"] == "reject"]
    manual = [d for d in data["decisions"] if d["action"] == "manual"]
    assert rejects == [{"id": target.id, "action": "reject", "note": ""}]
    assert len(manual) == 1 and len(data["decisions"]) == 2
    m = manual[0]
    assert m["page"] == 0 and m["exemption"] == "(b)(6)" and m["reason"] == "occupation identifies the victim"
    assert m["origin"] == "draw"
    tol = 2 * width_pt / bb["width"]  # two screen pixels
    assert all(abs(got - exp) <= tol for got, exp in zip(m["rect"], want, strict=True)), m["rect"]

    saved = tmp_path / "d.json"
    saved.write_text(json.dumps(data))
    reviewed = apply_decisions(pf.plan, load_decisions(saved), page_sizes=pf.page_sizes,
                               exemption_codes=shared_redactor.policy.exemption_codes)
    assert [r.status for r in reviewed.redactions].count("rejected") == 1
    assert [r.status for r in reviewed.redactions].count("manual") == 1
    assert all(u.startswith(("file:", "data:", "blob:")) for u in chromium.requests), chromium.requests
    assert not chromium.errors, chromium.errors


def test_decide_reload_state_kept(sample: tuple[Path, ReviewBundle], chromium: Browser) -> None:
    _, paths = sample
    pf = read_plan_file(paths.plan_json)
    first, second = pf.plan.redactions[0].id, pf.plan.redactions[1].id
    page = chromium.page()
    page.goto(paths.review_html.as_uri())
    page.wait_for_selector("#list [data-rid]")
    # keyboard: j selects the first finding, a accepts it; j, r rejects the second
    page.keyboard.press("j")
    page.keyboard.press("a")
    page.keyboard.press("j")
    page.keyboard.press("r")
    _row(page, first).locator("input.rk-note").fill("home address of the victim")
    _row(page, first).locator("input.rk-note").press("Tab")
    assert "autosaved, not exported" in page.inner_text("#rk-state")

    page.reload()
    assert "beforeunload" in chromium.dialogs  # unexported decisions: the leave-page warning
    page.wait_for_selector("#list [data-rid]")
    assert _row(page, first).locator(".st").inner_text() == "accepted"
    assert _row(page, second).locator(".st").inner_text() == "rejected"
    assert _row(page, first).locator("input.rk-note").input_value() == "home address of the victim"
    assert "Restored 2 decision(s)" in page.inner_text("#msg")
    assert "1 accepted · 1 rejected" in page.inner_text("#status")
    assert not chromium.errors, chromium.errors


def test_load_decisions_file_and_resume(tmp_path: Path, sample: tuple[Path, ReviewBundle],
                                        chromium: Browser) -> None:
    _, paths = sample
    pf = read_plan_file(paths.plan_json)
    reds = pf.plan.redactions
    earlier = {
        "schema": DECISIONS_SCHEMA, "document": "report.pdf", "source_sha256": pf.plan.source_sha256,
        "reviewer": "Ofc. Earlier Reviewer", "timestamp": "2026-11-29T10:00:00Z",
        "decisions": [
            {"id": reds[2].id, "action": "reject", "note": "public official"},
            {"id": reds[3].id, "action": "accept", "note": "", "exemptions": ["(b)(6)", "(b)(7)(C)"]},
            {"action": "manual", "page": 0, "rect": [100.0, 700.0, 180.0, 712.0], "exemption": "(b)(6)",
             "reason": "tattoo", "note": "n", "origin": "draw"},
        ],
    }
    dfile = tmp_path / "earlier.decisions.json"
    dfile.write_text(json.dumps(earlier))
    page = chromium.page()
    page.goto(paths.review_html.as_uri())
    page.wait_for_selector("#list [data-rid]")
    page.set_input_files("#rk-load", str(dfile))
    _wait_text(page, "#msg", "Loaded 3 decision(s)")
    assert _row(page, reds[2].id).locator(".st").inner_text() == "rejected"
    assert "(b)(6), (b)(7)(C)" in _row(page, reds[3].id).inner_text()
    assert page.locator(".box.manual").count() == 1
    assert page.input_value("#reviewer") == "Ofc. Earlier Reviewer"
    # carry on: one more decision, export; the file holds the earlier ones and the new one
    _row(page, reds[4].id).locator("button.rk-accept").click()
    data = _export(page, tmp_path)
    assert data["decisions"][:2] == earlier["decisions"][:2]
    assert {"id": reds[4].id, "action": "accept", "note": ""} in data["decisions"]
    assert earlier["decisions"][2] in data["decisions"]
    # a file for another version of the source is refused
    other = dict(earlier, source_sha256="0" * 64)
    bad = tmp_path / "other.json"
    bad.write_text(json.dumps(other))
    page.set_input_files("#rk-load", str(bad))
    _wait_text(page, "#msg", "different version of the source")
    assert not chromium.errors, chromium.errors


def test_recode_two_codes_note_export_apply(tmp_path: Path, sample: tuple[Path, ReviewBundle],
                                            chromium: Browser, shared_redactor: Any) -> None:
    _, paths = sample
    pf = read_plan_file(paths.plan_json)
    codes = list(shared_redactor.policy.exemption_codes)
    target = pf.plan.redactions[1]
    new = [c for c in codes if c != target.exemption][:2]  # two codes, neither the proposed one
    page = chromium.page()
    page.goto(paths.review_html.as_uri())
    page.wait_for_selector("#list [data-rid]")
    row = _row(page, target.id)
    row.locator("select.rk-codes").select_option(new)
    row.locator("input.rk-note").fill("witness, and the record is an investigation")
    row.locator("input.rk-note").press("Tab")
    assert row.locator(".st").inner_text() == "accepted"  # re-coding an undecided box accepts it
    assert "codes: " + ", ".join(new) in row.inner_text()
    page.fill("#reviewer", "Sgt. A. Records")
    data = _export(page, tmp_path)
    (item,) = data["decisions"]
    note = "witness, and the record is an investigation"
    assert item == {"id": target.id, "action": "accept", "note": note, "exemptions": new}
    saved = tmp_path / "d.json"
    saved.write_text(json.dumps(data))
    reviewed = apply_decisions(pf.plan, load_decisions(saved), page_sizes=pf.page_sizes,
                               exemption_codes=shared_redactor.policy.exemption_codes)
    r = next(x for x in reviewed.redactions if x.id == target.id)
    assert (r.status, r.exemption, list(r.exemptions)) == ("accepted", new[0], new)
    assert not chromium.errors, chromium.errors


def test_search_and_redact_every_page(tmp_path: Path, multipage: tuple[Path, ReviewBundle],
                                      chromium: Browser, shared_redactor: Any) -> None:
    """A word on every page: one manual box per occurrence, on its glyph boxes, accepted by apply."""
    src, paths = multipage
    pf = read_plan_file(paths.plan_json)
    doc = ingest_pdf(src)
    want = []
    for page_ in doc.pages:
        start = -1
        while (start := page_.text.find("kitchen", start + 1)) >= 0:
            glyphs = [c for c in page_.chars[start:start + 7] if c is not None]
            want.append((page_.index, min(g.rect.x0 for g in glyphs), min(g.rect.y0 for g in glyphs),
                         max(g.rect.x1 for g in glyphs), max(g.rect.y1 for g in glyphs)))
    assert len({w[0] for w in want}) == 4 and len(want) == 8

    page = chromium.page()
    page.goto(paths.review_html.as_uri())
    page.wait_for_selector("#list [data-rid]")
    page.fill("#rk-search", "Kitchen")  # plain text search ignores case
    page.click("#rk-search-redact")
    assert "8 occurrence(s) in this document, 8 manual box(es) added" in page.inner_text("#rk-search-out")
    assert page.locator(".box.manual").count() == 8
    page.click("#rk-search-redact")  # a second run adds nothing: every occurrence is covered
    assert "0 manual box(es) added, 8 already covered" in page.inner_text("#rk-search-out")
    page.fill("#reviewer", "Sgt. A. Records")
    data = _export(page, tmp_path)
    manual = sorted((d for d in data["decisions"] if d["action"] == "manual"),
                    key=lambda d: (d["page"], d["rect"]))
    assert len(manual) == 8
    for m, w in zip(manual, sorted(want), strict=True):
        assert m["page"] == w[0] and m["origin"] == "search" and m["text"] == "kitchen"
        # the packed map is rounded outward (0.05 pt units): the box covers the glyphs, and no more
        assert all(0 <= a - b <= 0.11 for a, b in zip(w[1:3], m["rect"][:2], strict=True)), (m["rect"], w)
        assert all(0 <= b - a <= 0.11 for a, b in zip(w[3:5], m["rect"][2:], strict=True)), (m["rect"], w)
    saved = tmp_path / "d.json"
    saved.write_text(json.dumps(data))
    reviewed = apply_decisions(pf.plan, load_decisions(saved), page_sizes=pf.page_sizes,
                               exemption_codes=shared_redactor.policy.exemption_codes, document=doc)
    added = [r for r in reviewed.redactions if r.status == "manual"]
    assert len(added) == 8 and {r.text for r in added} == {"kitchen"}
    assert not chromium.errors, chromium.errors


def test_layout_at_1024x768(sample: tuple[Path, ReviewBundle], chromium: Browser) -> None:
    _, paths = sample
    page = chromium.page(width=1024, height=768)
    page.goto(paths.review_html.as_uri())
    page.wait_for_selector("#list [data-rid]")
    sizes = page.evaluate("""() => { const s = document.getElementById('side');
        return {side: [s.scrollWidth, s.clientWidth], doc: [document.documentElement.scrollWidth, innerWidth],
                pages: document.getElementById('pages').clientWidth}; }""")
    assert sizes["side"][0] <= sizes["side"][1], sizes  # no horizontal overflow of the side panel
    assert sizes["doc"][0] <= sizes["doc"][1], sizes
    assert sizes["pages"] >= 500, sizes  # the page view keeps room
    assert page.locator("#keys").is_visible() and "next finding" in page.inner_text("#keys")
    # zoom: 200 % makes the page twice its 100 % width; fit returns to the view's width
    page.select_option("#zoom", "100")
    w100 = page.locator(".page").first.bounding_box()["width"]
    page.select_option("#zoom", "200")
    assert abs(page.locator(".page").first.bounding_box()["width"] - 2 * w100) < 2
    page.evaluate("document.activeElement.blur()")  # keys typed into a field are not shortcuts
    page.keyboard.press("f")
    assert page.locator(".page").first.bounding_box()["width"] <= sizes["pages"]
    assert not chromium.errors, chromium.errors


# --------------------------------------------------------------------------- server mode (stub)


class _Stub(BaseHTTPRequestHandler):
    """The REVIEW_API endpoints of one document, in memory: enough to drive the page's client."""

    html = b""
    doc = ""
    items: dict[str, dict[str, Any]] = {}
    calls: list[tuple[str, str, str | None, Any]] = []
    locked_ids: set[str] = set()
    state = "in_review"

    def log_message(self, *args: Any) -> None:
        pass

    def _send(self, code: int, body: Any, ctype: str = "application/json") -> None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _handle(self, method: str) -> None:
        n = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(n)) if n else None
        type(self).calls.append((method, self.path, self.headers.get("X-CSRF-Token"), body))
        api = f"/api/docs/{self.doc}"
        if method == "GET" and self.path == "/review":
            return self._send(200, self.html, "text/html; charset=utf-8")
        if method != "GET" and self.headers.get("X-CSRF-Token") != "tok":
            return self._send(403, {"error": "CSRF token missing"})
        if method == "GET" and self.path == f"{api}/decisions":
            return self._send(200, {"decisions": list(self.items.values()), "state": type(self).state,
                                    "lock": {"user": "alice", "expires": "2026-12-07T03:00:00Z"}})
        if self.path.startswith(f"{api}/decisions/"):
            key = self.path.rsplit("/", 1)[1]
            if key in self.locked_ids:
                return self._send(409, {"error": "locked by bob"})
            if method == "PUT":
                self.items[key] = body
                return self._send(200, {"ok": True, "item": body})
            self.items.pop(key, None)
            return self._send(200, {"ok": True})
        if method == "POST" and self.path == f"{api}/qc":
            type(self).state = "approved" if body["approve"] else "in_review"
            return self._send(200, {"ok": True})
        if method == "GET" and self.path.startswith("/api/search"):
            hit = {"doc": "other.pdf", "page": 2, "rect": [1, 2, 3, 4], "text": "Chen"}
            return self._send(200, {"hits": [hit]})
        return self._send(404, {"error": "no such endpoint"})

    def do_GET(self) -> None:
        self._handle("GET")

    def do_PUT(self) -> None:
        self._handle("PUT")

    def do_DELETE(self) -> None:
        self._handle("DELETE")

    def do_POST(self) -> None:
        self._handle("POST")


def test_server_mode_against_contract_stub(sample: tuple[Path, ReviewBundle], chromium: Browser) -> None:
    _, paths = sample
    pf = read_plan_file(paths.plan_json)
    reds = pf.plan.redactions
    cfg = {"mode": "server", "api": "/api/docs/report.pdf", "packet_api": "/api", "csrf": "tok",
           "user": "alice", "role": "qc"}
    html = paths.review_html.read_text().replace(
        "<head>", f"<head><script>window.RK_CONFIG = {json.dumps(cfg)};</script>", 1
    ).replace("script-src 'unsafe-inline'", "script-src 'unsafe-inline'; connect-src 'self'", 1)
    _Stub.html, _Stub.doc, _Stub.state = html.encode(), "report.pdf", "in_review"
    _Stub.items = {reds[0].id: {"id": reds[0].id, "action": "reject", "note": "officer"}}
    _Stub.calls, _Stub.locked_ids = [], {reds[2].id}
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Stub)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        page = chromium.page(offline=False)
        page.goto(f"http://127.0.0.1:{server.server_port}/review")
        page.wait_for_function("() => document.getElementById('rk-state').textContent.includes('in review')")
        assert "locked by you" in page.inner_text("#rk-state")
        assert _row(page, reds[0].id).locator(".st").inner_text() == "rejected"  # loaded from the API
        assert page.locator("#reviewer").is_hidden() and page.locator("#rk-approve").is_disabled()
        assert page.locator("#rk-readonly").is_hidden()

        _row(page, reds[1].id).locator("button.rk-accept").click()
        _until(page, lambda: any(c[0] == "PUT" for c in _Stub.calls))
        put = [c for c in _Stub.calls if c[0] == "PUT"]
        assert put == [("PUT", f"/api/docs/report.pdf/decisions/{reds[1].id}", "tok",
                        {"id": reds[1].id, "action": "accept", "note": ""})]
        _row(page, reds[0].id).locator(".rh").click()  # select it
        page.keyboard.press("u")  # undecide -> DELETE
        _until(page, lambda: any(c[0] == "DELETE" for c in _Stub.calls))
        assert ("DELETE", f"/api/docs/report.pdf/decisions/{reds[0].id}", "tok", None) in _Stub.calls

        _row(page, reds[2].id).locator("button.rk-accept").click()  # the stub answers 409
        page.wait_for_function("() => document.getElementById('msg').textContent.includes('locked')")
        assert "Not saved" in page.inner_text("#msg")
        _wait_text(page, f'[data-rid="{reds[2].id}"] .st', "proposed")  # reverted from the server

        # submitted: in QC the page is read-only (the server would answer 403) and says why
        _Stub.state = "needs_qc"
        page.reload()
        page.wait_for_function("() => document.getElementById('rk-state').textContent.includes('needs qc')")
        assert page.locator("#rk-approve").is_enabled()
        for sel in ("#draw", "#rk-search-redact", "#bulk-accept", f'[data-rid="{reds[1].id}"] .rk-reject'):
            assert page.locator(sel).is_disabled(), sel
        assert "needs qc" in page.inner_text("#rk-readonly")
        chromium.prompt_answer = "redact the second witness too"
        page.click("#rk-sendback")
        _until(page, lambda: any(c[1].endswith("/qc") for c in _Stub.calls))
        qc = [c for c in _Stub.calls if c[1].endswith("/qc")]
        assert qc == [("POST", "/api/docs/report.pdf/qc", "tok",
                       {"approve": False, "reason": "redact the second witness too"})]
        assert "prompt" in chromium.dialogs
        # sent back to in_review: editable again
        page.wait_for_function("() => document.getElementById('rk-state').textContent.includes('in review')")
        assert page.locator(f'[data-rid="{reds[1].id}"] .rk-reject').is_enabled()
        assert page.locator("#rk-readonly").is_hidden()

        page.fill("#rk-search", "zzznotthere")
        page.click("#rk-search-redact")
        page.wait_for_selector("#rk-search-out li")
        assert "other.pdf" in page.inner_text("#rk-search-out")
        # the browser logs the 409 it was given; nothing else went wrong
        assert [e for e in chromium.errors if "409" not in e] == [], chromium.errors
    finally:
        server.shutdown()
        server.server_close()


def test_image_input_page_searches_ocr_glyphs(tmp_path: Path, chromium: Browser,
                                              shared_redactor: Any) -> None:
    """A PNG source (OCR'd by ingest): the page shows it, and search-and-redact boxes its OCR glyphs."""
    pdf = build_pdf(tmp_path / "scan.pdf", fontsize=14)
    with pymupdf.open(pdf) as doc:
        png = tmp_path / "scan.png"
        doc[0].get_pixmap(dpi=200).save(png)
    paths = propose_bundle(shared_redactor, png, tmp_path / "review")
    pf = read_plan_file(paths.plan_json)
    page = chromium.page()
    page.goto(paths.review_html.as_uri())
    page.wait_for_selector(".page img")
    page.fill("#rk-search", "kitchen")
    page.click("#rk-search-redact")
    assert "2 occurrence(s) in this document, 2 manual box(es) added" in page.inner_text("#rk-search-out")
    page.fill("#reviewer", "Sgt. A. Records")
    data = _export(page, tmp_path)
    saved = tmp_path / "d.json"
    saved.write_text(json.dumps(data))
    reviewed = apply_decisions(pf.plan, load_decisions(saved), page_sizes=pf.page_sizes,
                               exemption_codes=shared_redactor.policy.exemption_codes,
                               document=ingest_pdf(png))
    assert [r.text for r in reviewed.redactions if r.status == "manual"] == ["kitchen", "kitchen"]
    assert not chromium.errors, chromium.errors
