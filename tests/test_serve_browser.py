"""Issue 14's "Must show": the review page in real headless Chromium against a live ``redactkit serve``.

One server (a real uvicorn subprocess on a free localhost port) over one generated
10-document packet (invented reports, 1-2 pages each). The tests run in file order and
share the server and three browser contexts, one per user:

* ``ann`` and ``bob`` review at once: each signs in, locks and decides a different
  document through the page; bob cannot edit ann's locked document (the page is read-only,
  says why, and the server state is unchanged); once it is free and bob locks it, it is
  editable again;
* ann re-codes a box with two codes, adds a note and searches-and-redacts a code name that
  occurs on every page (one manual box per occurrence on its glyph rects);
* ``carol`` (QC) sends one document back with a reason, approves the rest and releases
  them: verified outputs whose logs name reviewer, approver and the decisions, and whose
  PDFs no longer hold the name (PyMuPDF and PDFium);
* the audit trail lists every action that was taken, with who and before -> after;
* the server is killed with SIGKILL and restarted: every decision is still on the page.

Screenshots go to ``$RK_SCREENSHOTS`` (else a temporary folder) for a person to look at.
Skipped, with the reason shown, when ``/usr/bin/chromium`` or Playwright is missing.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

import httpx
import pymupdf
import pypdfium2
import pytest

from redactkit.report import RedactionLog
from redactkit.review import propose_bundle, read_plan_file

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[1]
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]
try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - the skip below says so
    sync_playwright = None

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is missing: run 'make setup' "
                       "(installs the Debian chromium package) to run the live review-server browser test"),
    pytest.mark.skipif(sync_playwright is None,
                       reason="playwright is not installed (pip install playwright)"),
]

#: The code name a detector does not know; the reviewer finds it with search-and-redact.
NAME = "Copperleaf"
TWO_CODES = ["(b)(7)(C)", "(b)(6)"]
NOTE = "witness asked for her name to be withheld"
REASON = "the second witness's phone number is still visible"
#: Document stems; the second holds characters a URL must encode ('#' would end the API path).
DOCS = [f"d{i:02d}" for i in range(1, 11)]
DOCS[1] = "d02 #tip (copy)"
STATE_HAS = "() => document.getElementById('rk-state').textContent.includes('%s')"
#: A change the server accepted: (user, method, path after /api/docs/, body).
Made = tuple[str, str, str, Any]
D2 = DOCS[1]
_STREETS = ["Alder Row", "Quarry Lane", "Foxglove Street", "Larch Court", "Osprey Way", "Thistle Road",
            "Brackenridge Avenue", "Coldharbour Close", "Peregrine Drive", "Wexcombe Hill"]
_PEOPLE = ["Rosamund Vadasz", "Tobin Ekwueme", "Isadora Barrowcliffe", "Dariusz Pollard", "Henrietta Obi",
           "Leandro Brambilla", "Anjali Vanderkolk", "Oswin Kealoha", "Greta Hallqvist", "Mateus Brinkerhoff"]


def _lines(i: int, page: int) -> list[str]:
    person, street = _PEOPLE[i], _STREETS[i]
    lines = [f"Incident report 2032-{400 + i}, page {page + 1}.",
             f"Witness {person} lives at {10 + i} {street} and was interviewed on Monday.",
             f"{person} can be reached at 555-3{i}0-71{i}4 during the day."]
    if i == 0:  # d01: the code name on every page (twice on the first)
        # (as a file tag: "the informant known as NAME" now reads as a person to the detector)
        lines += [f"The file tag {NAME} was used near the pier.",
                  f"Notes say the {NAME} file stays sealed."][: 2 - page]
    if i == 1 and page == 0:  # d02: once, so d01's packet search lists another document's hit
        lines.append(f"A tip that mentions the {NAME} file was logged at the front desk.")
    return lines


def _write_pdf(path: Path, i: int) -> Path:
    doc = pymupdf.open()
    for page_no in range(2 if i == 0 else 1):
        page = doc.new_page(width=612, height=792)
        for n, line in enumerate(_lines(i, page_no)):
            page.insert_text((72, 100 + 16 * n), line, fontsize=11, fontname="helv")
    doc.save(path)
    doc.close()
    return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """``redactkit serve REVIEW`` as a subprocess; :meth:`kill` sends SIGKILL, :meth:`start` again."""

    def __init__(self, review: Path) -> None:
        self.review = review
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "redactkit", "serve", str(self.review), "--port", str(self.port)],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                httpx.get(self.base + "/signin", timeout=2)
                return
            except httpx.HTTPError:
                assert self.proc.poll() is None, self.proc.stderr.read() if self.proc.stderr else b""
                time.sleep(0.2)
        raise AssertionError("redactkit serve did not start")

    def kill(self) -> int:
        assert self.proc is not None
        os.kill(self.proc.pid, signal.SIGKILL)  # no shutdown handler, no checkpoint
        return self.proc.wait(20)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()


class User:
    """One browser context signed in as ``name``, with its page, API calls and what it changed."""

    def __init__(self, browser: Any, server: Server, name: str, made: list[Made]) -> None:
        self.name, self.server, self.made = name, server, made
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("response", self._record)
        self.page.on("dialog", lambda d: d.accept(REASON) if d.type == "prompt" else d.accept())
        self.page.goto(server.base + "/signin")
        self.page.fill('input[name="name"]', name)
        self.page.click("button")
        self.page.wait_for_url(server.base + "/")

    def _record(self, response: Any) -> None:
        """Every state change this user's page made that the server accepted: (user, method, path, body)."""
        req = response.request
        if req.method != "GET" and "/api/docs/" in req.url and response.status == 200:
            body = json.loads(req.post_data) if req.post_data else None
            self.made.append((self.name, req.method, unquote(req.url.split("/api/docs/", 1)[1]), body))

    def open(self, doc: str) -> Any:
        self.page.goto(f"{self.server.base}/docs/{quote(doc)}")
        self.settle()
        return self.page

    def settle(self) -> None:
        """Wait until the page loaded its state from the server and has nothing left to save."""
        self.page.wait_for_function(
            "() => { const t = document.getElementById('rk-state').textContent;"
            " return t && !t.startsWith('…') && !t.includes('saving'); }")

    def api(self, method: str, path: str, body: Any = None) -> Any:
        """A call of the page's API with this user's session and CSRF token (for bulk set-up steps)."""
        csrf = self.page.evaluate("window.RK_CONFIG ? window.RK_CONFIG.csrf : null")
        assert csrf, "open a review page first"
        r = self.context.request.fetch(self.server.base + quote(path), method=method,
                                       headers={"X-CSRF-Token": csrf},
                                       data=json.dumps(body) if body is not None else None)
        if method != "GET" and r.status == 200:
            self.made.append((self.name, method, path.split("/api/docs/", 1)[1], body))
        return r

    def shot(self, shots: Path, name: str) -> None:
        self.page.screenshot(path=str(shots / f"{name}.png"), full_page=False)


class Live:
    """The shared fixture: review folder, server, users' contexts, accepted changes, facts between tests."""

    def __init__(self, review: Path, server: Server, shots: Path) -> None:
        self.review, self.server, self.shots = review, server, shots
        self.made: list[Made] = []
        self.users: dict[str, User] = {}
        self.facts: dict[str, Any] = {}

    def plan(self, doc: str) -> Any:
        return read_plan_file(self.review / f"{doc}.plan.json").plan


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory, shared_redactor: Any) -> Iterator[Live]:
    root = tmp_path_factory.mktemp("live")
    (root / "src").mkdir()
    review = root / "review"
    for i, doc in enumerate(DOCS):
        propose_bundle(shared_redactor, _write_pdf(root / "src" / f"{doc}.pdf", i), review)
    shots = Path(os.environ.get("RK_SCREENSHOTS") or root / "shots")
    shots.mkdir(parents=True, exist_ok=True)
    server = Server(review)
    server.start()
    assert sync_playwright is not None
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
        state = Live(review, server, shots)
        try:
            for name in ("ann", "bob", "carol"):
                state.users[name] = User(browser, server, name, state.made)
            yield state
            for u in state.users.values():
                assert u.errors == [], f"{u.name}'s page raised: {u.errors}"
        finally:
            browser.close()
            server.stop()


def _row(page: Any, rid: str) -> Any:
    return page.locator(f'[data-rid="{rid}"]')


def _server_decisions(u: User, doc: str) -> dict[str, Any]:
    r = u.api("GET", f"/api/docs/{doc}/decisions")
    assert r.status == 200, r.text()
    return dict(r.json())


#: Every control of the page that changes decisions (disabled while the document is read-only).
EDIT_CONTROLS = ("#draw", "#rk-search-redact", "#bulk-accept", "#bulk-reject", "#m-code",
                 "#list .rk-accept", "#list .rk-reject", "#list select.rk-codes", "#list input.rk-note")


def _editable(page: Any) -> dict[str, bool]:
    """Control -> enabled (every match of it), and whether the read-only reason is hidden."""
    got = {sel: page.eval_on_selector_all(sel, "els => els.length > 0 && els.every(e => !e.disabled)")
           for sel in EDIT_CONTROLS}
    got["no reason shown"] = page.locator("#rk-readonly").is_hidden()
    return got


def _read_only(page: Any) -> dict[str, bool]:
    """Control -> disabled (every match of it), and whether a read-only reason is shown."""
    got = {sel: page.eval_on_selector_all(sel, "els => els.length > 0 && els.every(e => e.disabled)")
           for sel in EDIT_CONTROLS}
    got["reason shown"] = page.locator("#rk-readonly").is_visible()
    return got


def test_two_reviewers_lock_and_decide_and_one_is_refused_the_others_lock(live: Live) -> None:
    ann, bob = live.users["ann"], live.users["bob"]
    page_a = ann.open("d01")
    page_a.click("#rk-lock")
    ann.settle()
    page_a.wait_for_function(STATE_HAS % "locked by you")
    assert page_a.locator("#rk-lock").inner_text() == "Unlock"
    assert all(_editable(page_a).values()), _editable(page_a)

    page_b = bob.open(D2)
    first_b = live.plan(D2).redactions[0].id
    _row(page_b, first_b).locator(".rk-accept").click()
    bob.settle()
    # the first decision locks the document to bob and starts its review: the header says so
    page_b.wait_for_function(STATE_HAS % "locked by you")
    assert "in review" in page_b.locator("#rk-state").inner_text()
    assert [d["id"] for d in _server_decisions(bob, D2)["decisions"]] == [first_b]

    # bob opens ann's locked document: the page shows the lock and is read-only, saying why
    page_b = bob.open("d01")
    assert "locked by ann" in page_b.locator("#rk-state").inner_text()
    assert page_b.locator("#rk-lock").is_disabled()
    assert all(_read_only(page_b).values()), _read_only(page_b)
    assert "locked by ann" in page_b.locator("#rk-readonly").inner_text()
    before = _server_decisions(bob, "d01")
    rid = live.plan("d01").redactions[0].id
    _row(page_b, rid).locator(".st").click()  # the keyboard is refused too: nothing sent, the reason shown
    page_b.keyboard.press("r")
    page_b.wait_for_function("() => document.getElementById('msg').textContent.includes('locked by ann')")
    bob.settle()
    assert _row(page_b, rid).locator(".st").inner_text() == "proposed"
    bob.shot(live.shots, "2-lock-refused")
    assert _server_decisions(bob, "d01") == before  # and nothing changed on the server
    assert not [m for m in live.made if m[0] == "bob" and m[2].startswith("d01/")]

    # ann lets it go: bob's open page notices by itself (it polls while read-only) and turns editable
    assert ann.api("POST", "/api/docs/d01/unlock").ok
    page_b.wait_for_function(STATE_HAS % "not locked", timeout=20_000)
    assert all(_editable(page_b).values()), _editable(page_b)
    assert "can be edited now" in page_b.locator("#msg").inner_text()
    # bob takes the lock through the page: editable for him, read-only for ann
    page_b.click("#rk-lock")
    bob.settle()
    page_b.wait_for_function(STATE_HAS % "locked by you")
    assert all(_editable(page_b).values()), _editable(page_b)
    page_b.click("#rk-lock")  # unlock: ann carries on with d01 below (her next decision locks it again)
    bob.settle()
    page_b.wait_for_function(STATE_HAS % "not locked")


def test_recode_note_and_search_and_redact_on_every_page(live: Live) -> None:
    ann = live.users["ann"]
    page = ann.page
    plan = live.plan("d01")
    person = next(r for r in plan.redactions if r.entity == "PERSON")
    other = next(r for r in plan.redactions if r.id != person.id)
    assert not any(NAME in r.text for r in plan.redactions), "the detector found the code name: pick another"
    row = _row(page, person.id)
    row.locator("select.rk-codes").select_option(TWO_CODES)
    ann.settle()
    row.locator("input.rk-note").fill(NOTE)
    row.locator("input.rk-note").press("Enter")
    ann.settle()
    _row(page, other.id).locator(".rk-reject").click()
    ann.settle()

    page.fill("#rk-search", NAME)
    page.click("#rk-search-redact")
    page.wait_for_function("() => document.getElementById('rk-search-out')"
                           ".textContent.includes('manual box')")
    ann.settle()
    out = page.locator("#rk-search-out")
    assert "3 manual box(es) added" in out.inner_text(), out.inner_text()
    # the other document's hit is listed with a link to its review page
    link = out.locator("a", has_text="d02")
    assert link.count() == 1 and link.get_attribute("href") == "/docs/d02%20%23tip%20(copy)"
    ann.shot(live.shots, "1-review-overlays-search")

    items = _server_decisions(ann, "d01")["decisions"]
    got = {d.get("id") or (d["page"], tuple(d["rect"])): d for d in items}
    assert got[person.id]["exemptions"] == TWO_CODES and got[person.id]["note"] == NOTE
    assert got[person.id]["action"] == "accept"
    assert got[other.id]["action"] == "reject"
    manual = [d for d in got.values() if d["action"] == "manual"]
    assert all(d["origin"] == "search" and d["text"] == NAME for d in manual)
    # one manual box per occurrence, on its glyphs: the same x-extent as PyMuPDF's hit for the word,
    # inside its line box (PyMuPDF's is the font's full line height, the glyph boxes are tighter)
    with pymupdf.open(read_plan_file(live.review / "d01.plan.json").source) as src:
        want = sorted((n, tuple(q)) for n, p in enumerate(src) for q in p.search_for(NAME))
    assert {n for n, _ in want} == {0, 1} and len(want) == 3  # every page
    have = sorted((d["page"], tuple(d["rect"])) for d in manual)
    assert len(have) == len(want)
    for (n, r), (wn, w) in zip(have, want, strict=True):
        assert n == wn and abs(r[0] - w[0]) < 1.5 and abs(r[2] - w[2]) < 1.5, (r, w)
        assert w[1] - 0.5 <= r[1] < r[3] <= w[3] + 0.5, (r, w)
    live.facts["d01"] = {"person": person.id, "other": other.id, "manual": len(manual)}


def test_qc_sends_one_back_approves_the_rest_and_releases(live: Live) -> None:
    ann, bob, carol = live.users["ann"], live.users["bob"], live.users["carol"]
    ann.open("d01").click("#rk-submit")
    ann.settle()
    assert "needs qc" in ann.page.locator("#rk-state").inner_text()
    # submitted: read-only for its reviewer until QC sends it back, the page says why
    assert all(_read_only(ann.page).values()), _read_only(ann.page)
    assert "needs qc" in ann.page.locator("#rk-readonly").inner_text()
    bob.open(D2).click("#rk-submit")
    bob.settle()
    for doc in DOCS[2:]:  # the rest of the packet: ann accepts one box each and submits
        rid = live.plan(doc).redactions[0].id
        item = {"id": rid, "action": "accept", "note": ""}
        assert ann.api("PUT", f"/api/docs/{doc}/decisions/{rid}", item).ok
        assert ann.api("POST", f"/api/docs/{doc}/submit").ok

    page = carol.open(D2)
    assert "(qc)" in page.locator("#rk-state").inner_text()
    page.click("#rk-sendback")  # the prompt is answered with REASON
    carol.settle()
    page.wait_for_function(STATE_HAS % "in review")
    page = carol.open("d01")
    assert page.locator("#rk-lock").is_disabled()  # nothing to lock in QC (the server says 403)
    assert all(_read_only(page).values()), _read_only(page)  # QC approves or sends back, no edits
    assert not page.locator("#rk-approve").is_disabled()
    carol.shot(live.shots, "3-qc-page")
    page.click("#rk-approve")
    carol.settle()
    assert "approved" in page.locator("#rk-state").inner_text()
    for doc in DOCS[2:]:
        carol.open(doc).click("#rk-approve")
        carol.settle()
        assert "approved" in carol.page.locator("#rk-state").inner_text(), doc
    # release from the page, also after a reload of the approved document
    for doc in ("d01", "d03"):
        page = carol.open(doc)
        assert page.locator("#rk-release").is_enabled(), doc
        page.click("#rk-release")
        page.wait_for_function(STATE_HAS % "released", timeout=180_000)
    for doc in DOCS[3:]:
        r = carol.api("POST", f"/api/docs/{doc}/release")
        assert r.ok, r.text()

    idx = carol.context.request.get(live.server.base + "/api/docs").json()["docs"]
    states = {d["doc"]: d["state"] for d in idx}
    assert states == {**{d: "released" for d in DOCS}, D2: "in_review"}
    assert next(d for d in idx if d["doc"] == D2)["sendback_reason"] == REASON
    carol.page.click("#rk-index")  # the review page links back to the packet index
    carol.page.wait_for_url(live.server.base + "/")
    assert REASON in carol.page.locator("tbody").inner_text()
    carol.shot(live.shots, "4-index-after-release")

    released = live.review / "released"
    assert not (released / f"{D2}.redacted.pdf").exists()
    for doc in DOCS:
        if doc == D2:
            continue
        log = RedactionLog.read(released / f"{doc}.log.json")
        assert log.passed and (released / f"{doc}.redacted.pdf").is_file(), doc  # verified
        assert log.review == {"reviewer": "ann", "approver": "carol", "accept_unreviewed": False}, doc
        assert log.decisions, doc
    log = json.loads((released / "d01.log.json").read_text(encoding="utf-8"))
    f = live.facts["d01"]
    reds = {r["id"]: r for r in log["redactions"]}
    assert reds[f["person"]]["exemptions"] == TWO_CODES and reds[f["person"]]["exemption"] == TWO_CODES[0]
    assert reds[f["other"]]["status"] == "rejected"
    notes = [d.get("note") for d in log["decisions"]]
    assert NOTE in notes
    search_made = [d for d in log["decisions"] if d.get("action") == "manual" and d.get("origin") == "search"]
    assert len(search_made) == f["manual"]
    pdf = released / "d01.redacted.pdf"
    with pymupdf.open(pdf) as doc:
        assert NAME.lower() not in "".join(p.get_text() for p in doc).lower()
    pdfium = pypdfium2.PdfDocument(str(pdf))
    try:
        text = "".join(pdfium[i].get_textpage().get_text_range() for i in range(len(pdfium)))
    finally:
        pdfium.close()
    assert NAME.lower() not in text.lower() and len(text) > 50


_ACTION = {"PUT": "decide", "DELETE": "undecide", "lock": "lock", "unlock": "unlock", "submit": "submit",
           "release": "release"}


def test_audit_trail_lists_every_action_with_who_and_before_after(live: Live) -> None:
    carol = live.users["carol"]
    audit = carol.context.request.get(live.server.base + "/api/audit").json()["audit"]
    counts: dict[tuple[str, str, str], int] = {}
    for e in audit:
        counts[(e["user"], e["doc"], e["action"])] = counts.get((e["user"], e["doc"], e["action"]), 0) + 1
    made: dict[tuple[str, str, str], int] = {}
    for user, method, path, body in live.made:
        doc, what = path.split("/")[0], path.split("/")[1]
        action = (_ACTION[method] if what == "decisions" else
                  ("approve" if body["approve"] else "send_back") if what == "qc" else _ACTION[what])
        made[(user, doc, action)] = made.get((user, doc, action), 0) + 1
    assert made[("carol", D2, "send_back")] == 1 and made[("ann", "d01", "decide")] >= 5
    for key, n in made.items():
        have = counts.get(key, 0)
        assert have == n or (key[2] == "lock" and have >= n), (key, n, have)
    # before -> after on each change; the re-code and the send-back reason are in it
    decide = [e for e in audit if e["action"] == "decide" and e["doc"] == "d01"
              and e["after"]["key"] == live.facts["d01"]["person"]]
    # re-coded: undecided -> accepted with two codes; then the note: "" -> NOTE
    assert decide[0]["user"] == "ann" and decide[0]["before"]["item"] is None
    assert decide[0]["after"]["item"]["exemptions"] == TWO_CODES
    assert decide[-1]["before"]["item"]["note"] == "" and decide[-1]["after"]["item"]["note"] == NOTE
    searched = [e for e in audit if e["action"] == "decide" and e["doc"] == "d01"
                and e["after"]["item"]["action"] == "manual"]
    assert len(searched) == live.facts["d01"]["manual"]
    assert all(e["after"]["item"]["origin"] == "search" and e["user"] == "ann" for e in searched)
    back = next(e for e in audit if e["action"] == "send_back")
    assert back["user"] == "carol" and back["before"]["state"] == "needs_qc"
    assert back["after"]["state"] == "in_review" and back["after"]["sendback_reason"] == REASON
    page = carol.page
    page.goto(live.server.base + "/audit")
    assert page.locator("tbody tr").count() == len(audit)
    carol.shot(live.shots, "5-audit")


def test_sigkill_and_restart_lose_no_decision_on_the_page(live: Live) -> None:
    ann, bob = live.users["ann"], live.users["bob"]
    before = {doc: _server_decisions(ann, doc)["decisions"] for doc in DOCS}
    assert live.server.kill() == -signal.SIGKILL
    live.server.start()
    for doc in DOCS:
        got = _server_decisions(ann, doc)
        assert got["decisions"] == before[doc], doc
    page = ann.open("d01")  # the session cookie is still good: the key lives in the state file
    f = live.facts["d01"]
    assert "released" in page.locator("#rk-state").inner_text()
    assert page.locator("#rk-lock").is_disabled() and page.locator("#rk-release").is_disabled()
    row = _row(page, f["person"])
    assert row.locator(".st").inner_text() == "accepted"
    assert row.locator("input.rk-note").input_value() == NOTE
    chosen = row.locator("select.rk-codes").evaluate("s => [...s.selectedOptions].map(o => o.value)")
    assert sorted(chosen) == sorted(TWO_CODES)
    assert _row(page, f["other"]).locator(".st").inner_text() == "rejected"
    assert page.locator(".row.manual").count() == f["manual"]
    ann.shot(live.shots, "6-after-sigkill-restart")
    page = bob.open(D2)
    assert f"in review · sent back: {REASON}" in page.locator("#rk-state").inner_text()  # why, for bob
    assert _row(page, live.plan(D2).redactions[0].id).locator(".st").inner_text() == "accepted"
