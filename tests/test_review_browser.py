"""The review page in a real headless Chromium (Debian's ``chromium``, driven by Playwright).

Opens a generated ``review.html`` from a ``file://`` URL (no server, no network),
rejects one redaction, draws a manual box with the mouse, exports the decisions,
captures the download and checks it -- and that :mod:`redactkit.decisions` accepts it.
Skipped, with the reason shown, only when ``/usr/bin/chromium`` is absent
(``make setup`` installs it) or Playwright is not installed.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from redactkit.review import propose_bundle, read_plan_file
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


@pytest.fixture
def browser_page() -> Any:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed: "
                                   "pip install -e '.[dev]'")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
        context = browser.new_context(accept_downloads=True, viewport={"width": 1500, "height": 950},
                                      offline=True)
        page = context.new_page()
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        yield page, requests, errors
        context.close()
        browser.close()


def test_review_page_reject_draw_export(tmp_path: Path, shared_redactor: Any, browser_page: Any) -> None:
    page, requests, errors = browser_page
    src = tmp_path / "report.pdf"
    shutil.copy(SAMPLE, src)
    paths = propose_bundle(shared_redactor, src, tmp_path / "review")
    pf = read_plan_file(paths.plan_json)
    target = pf.plan.redactions[0]

    page.goto(paths.review_html.as_uri())
    page.wait_for_selector("#tbl tbody tr")
    assert page.locator("#tbl tbody tr").count() == len(pf.plan.redactions)
    assert page.locator(".page .box").count() == sum(len(r.rects) for r in pf.plan.redactions)

    row = page.locator(f'#tbl tbody tr[data-id="{target.id}"]')
    row.locator("button.rej").click()
    assert row.locator("td.st").inner_text() == "rejected"
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
    page.click("#export")
    assert "Enter your name" in page.inner_text("#msg")
    page.fill("#reviewer", "Sgt. A. Records")
    with page.expect_download() as info:
        page.click("#export")
    download = info.value
    assert download.suggested_filename == "report.decisions.json"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    if os.environ.get("REDACTKIT_SCREENSHOT"):
        page.screenshot(path=os.environ["REDACTKIT_SCREENSHOT"])

    data = json.loads(saved.read_text())
    assert data["schema"] == DECISIONS_SCHEMA
    assert data["document"] == "report.pdf" and data["source_sha256"] == pf.plan.source_sha256
    assert data["reviewer"] == "Sgt. A. Records" and data["timestamp"].endswith("Z")
    rejects = [d for d in data["decisions"] if d["action"] == "reject"]
    manual = [d for d in data["decisions"] if d["action"] == "manual"]
    assert rejects == [{"id": target.id, "action": "reject", "note": ""}]
    assert len(manual) == 1 and len(data["decisions"]) == 2
    m = manual[0]
    assert m["page"] == 0 and m["exemption"] == "(b)(6)" and m["reason"] == "occupation identifies the victim"
    tol = 2 * width_pt / bb["width"]  # two screen pixels
    assert all(abs(got - exp) <= tol for got, exp in zip(m["rect"], want, strict=True)), m["rect"]

    # the exported file is a valid decisions file for this plan
    reviewed = apply_decisions(pf.plan, load_decisions(saved), page_sizes=pf.page_sizes,
                               exemption_codes=shared_redactor.policy.exemption_codes)
    assert [r.status for r in reviewed.redactions].count("rejected") == 1
    assert [r.status for r in reviewed.redactions].count("manual") == 1

    assert all(u.startswith(("file:", "data:", "blob:")) for u in requests), requests
    assert not errors, errors
