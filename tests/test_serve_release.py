"""Release through the apply → burn → verify path, and a real server killed with SIGKILL (slow)."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pymupdf
import pytest

import serve_helpers as h
from redactkit.batch import Engine
from redactkit.report import RedactionLog
from redactkit.schemas import load_schema

pytestmark = [pytest.mark.slow, pytest.mark.filterwarnings("ignore::DeprecationWarning")]
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def master(tmp_path_factory: pytest.TempPathFactory, shared_redactor: Any) -> Path:
    return h.build_packet(shared_redactor, tmp_path_factory.mktemp("packet"))


@pytest.fixture
def review(master: Path, tmp_path: Path) -> Path:
    return h.copy_packet(master, tmp_path)


def _text(pdf: Path) -> str:
    with pymupdf.open(pdf) as doc:
        return "".join(p.get_text() for p in doc)


def test_release_burns_verifies_and_logs_reviewer_and_approver(review: Path, shared_redactor: Any) -> None:
    app = h.make_app(review, engine=Engine.from_redactor(shared_redactor))
    ann, bob = h.User(app, "ann"), h.User(app, "bob")
    plan = json.loads((review / "alpha.plan.json").read_text())["plan"]["redactions"]
    phone = next(r["id"] for r in plan if r["text"] == "555-201-7733")
    ann.put("alpha", {"id": phone, "action": "reject", "note": "the station's public line"})
    manual = {"action": "manual", "page": 0, "rect": [72, 95, 150, 104], "exemption": "(b)(6)",
              "reason": "", "note": "report number"}
    assert ann.put("alpha", manual).status_code == 200
    assert ann.post("alpha", "submit").status_code == 200
    assert bob.post("alpha", "release").status_code == 403  # needs QC first
    assert bob.post("alpha", "qc", {"approve": True}).status_code == 200
    r = bob.post("alpha", "release")
    assert r.status_code == 200, r.text
    assert r.json()["document"]["state"] == "released"
    out, log_path = review / "released" / "alpha.redacted.pdf", review / "released" / "alpha.log.json"
    text = _text(out)
    assert "555-201-7733" in text  # rejected: kept
    assert "Rosalind" not in text and "Juniper" not in text  # undecided proposals burned
    assert "2031-118" not in text  # the manual box
    log = RedactionLog.read(log_path)
    assert log.passed
    assert log.review == {"reviewer": "ann", "approver": "bob", "accept_unreviewed": False}
    assert {d.action for d in log.decisions} == {"reject", "manual"}
    jsonschema.validate(json.loads(log_path.read_text()), load_schema("log"))
    # the decisions the release used sit beside the plan, where `redactkit apply` finds them
    assert json.loads((review / "alpha.decisions.json").read_text())["reviewer"] == "ann"
    actions = [e["action"] for e in ann.get("/api/docs/alpha/audit").json()["audit"]]
    # the release tried before QC is on the trail as refused, between submit and approve
    assert actions[-5:] == ["submit", "refused", "approve", "release_claim", "release"]
    assert bob.post("alpha", "release").status_code == 403  # released once


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(review: Path, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen([sys.executable, "-m", "redactkit", "serve", str(review), "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/signin", timeout=1)
            return proc
        except httpx.HTTPError:
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else b""
            time.sleep(0.2)
    proc.kill()
    raise AssertionError("the server did not start")


def _signin(base: str, name: str) -> tuple[httpx.Client, str]:
    c = httpx.Client(base_url=base, timeout=10)
    pre = re.search(r'name="csrf" value="([^"]+)"', c.get("/signin").text).group(1)  # type: ignore[union-attr]
    assert c.post("/signin", data={"csrf": pre, "name": name}).status_code in (200, 303)
    csrf = re.search(r'"csrf": "([^"]+)"', c.get("/docs/alpha").text).group(1)  # type: ignore[union-attr]
    return c, csrf


def test_sigkill_loses_no_decision(review: Path) -> None:
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    proc = _start(review, port)
    try:
        made: dict[str, list[dict[str, Any]]] = {}
        for doc, user in (("alpha", "ann"), ("bravo", "bob")):
            c, csrf = _signin(base, user)
            for i, rid in enumerate(h.redaction_ids(review, doc)):
                item = {"id": rid, "action": "reject" if i % 2 else "accept", "note": f"n{i}"}
                r = c.put(f"/api/docs/{doc}/decisions/{rid}", json=item, headers={"X-CSRF-Token": csrf})
                assert r.status_code == 200, r.text
                made.setdefault(doc, []).append(item)
            c.close()
    finally:
        os.kill(proc.pid, signal.SIGKILL)  # no shutdown, no checkpoint
        proc.wait(10)
    assert proc.returncode == -signal.SIGKILL
    proc = _start(review, port)
    try:
        c, _ = _signin(base, "carol")
        for doc, items in made.items():
            got = c.get(f"/api/docs/{doc}/decisions").json()
            assert got["decisions"] == items
            assert got["state"] == "in_review"
        assert len([e for e in c.get("/api/audit").json()["audit"] if e["action"] == "decide"]) == 8
    finally:
        proc.terminate()
        proc.wait(10)
