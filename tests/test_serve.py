"""The review server's API: decisions, states, locks, QC, audit trail, export, search (Starlette TestClient).

The packet is a real proposal of two invented reports (see ``serve_helpers``); each test gets
its own copy, so its own state file. The tests of decisions, locks, states and the audit trail
run on both state stores: the SQLite file and a fresh PostgreSQL database (``--database``) in a
throwaway cluster.
"""

from __future__ import annotations

import functools
import json
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import serve_helpers as h
from conftest import report_pdf, truncated_pdf
from redactkit._fileio import sha256_file
from redactkit.review import read_plan_file
from redactkit.review.decisions import load_decisions
from redactkit.review.packet_index import write_packet_index
from redactkit.serve import DB_NAME, PostgresBackend, StateStore
from redactkit.serve.packet import Packet
from redactkit.serve.search import PacketSearch
from redactkit.settings import RedactSettings
from serve_helpers import pg_conninfo  # noqa: F401  (the module's PostgreSQL cluster)

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def master(tmp_path_factory: pytest.TempPathFactory, shared_redactor: Any) -> Path:
    return h.build_packet(shared_redactor, tmp_path_factory.mktemp("packet"))


@pytest.fixture
def review(master: Path, tmp_path: Path) -> Path:
    return h.copy_packet(master, tmp_path)


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest) -> Iterator[str | None]:
    """The state store of a test's app: None (REVIEW/review-state.sqlite) or a PostgreSQL URL."""
    if request.param == "sqlite":
        yield None
    else:
        with h.pg_database(request.getfixturevalue("pg_conninfo")) as url:
            yield url


@pytest.fixture
def make_app(database: str | None) -> Callable[..., Any]:
    """``h.make_app`` on the test's state store."""
    return functools.partial(h.make_app, database=database)


@pytest.fixture
def app(review: Path, make_app: Callable[..., Any]) -> Any:
    return make_app(review)


def test_decide_reload_and_undecide(app: Any, review: Path) -> None:
    ann = h.User(app, "ann")
    rid = h.redaction_ids(review, "alpha")[0]
    r = ann.put("alpha", {"id": rid, "action": "reject", "note": "public official"})
    assert r.status_code == 200 and r.json()["ok"] is True
    got = ann.get("/api/docs/alpha/decisions").json()
    assert got["decisions"] == [{"id": rid, "action": "reject", "note": "public official"}]
    assert got["state"] == "in_review" and got["lock"]["user"] == "ann"
    # changing a decision replaces it (one item per key)
    ann.put("alpha", {"id": rid, "action": "accept", "note": ""})
    assert [d["action"] for d in ann.get("/api/docs/alpha/decisions").json()["decisions"]] == ["accept"]
    assert ann.delete("alpha", rid).status_code == 200
    assert ann.get("/api/docs/alpha/decisions").json()["decisions"] == []


def test_decision_answers_carry_the_lock_and_the_state(app: Any, review: Path) -> None:
    # the page shows lock and state from these answers: a first decision starts the review
    ann = h.User(app, "ann")
    rid = h.redaction_ids(review, "alpha")[0]
    got = ann.put("alpha", {"id": rid, "action": "accept", "note": ""}).json()
    assert got["state"] == "in_review" and got["lock"]["user"] == "ann"
    got = ann.delete("alpha", rid).json()
    assert got["state"] == "in_review" and got["lock"]["user"] == "ann"


def test_manual_item_key_and_validation(app: Any, review: Path) -> None:
    ann = h.User(app, "ann")
    manual = {"action": "manual", "page": 0, "rect": [72, 150, 200, 162], "exemption": "(b)(6)",
              "reason": "medical detail", "note": "by hand"}
    assert ann.put("alpha", manual).status_code == 200
    # the key must be the item's own key
    r = ann.put("alpha", manual, key="mdeadbeef")
    assert r.status_code == 400 and "key" in r.json()["error"]
    bad = [
        ({"id": "rnosuchid", "action": "accept", "note": ""}, "rnosuchid"),  # unknown redaction
        ({**manual, "exemption": "(z)(9)"}, None),  # code not in the policy's table
        ({**manual, "rect": [0, 0, 9000, 10]}, None),  # off the page
        ({"id": "x", "action": "burn"}, "x"),  # not an action
    ]
    for item, key in bad:
        r = ann.put("alpha", item, key=key or h.manual_key(item))
        assert r.status_code == 400, item
        assert r.json()["error"]
    r = ann.client.put("/api/docs/alpha/decisions/x", content=b"{not json", headers=ann.h())
    assert r.status_code == 400
    assert len(ann.get("/api/docs/alpha/decisions").json()["decisions"]) == 1
    assert ann.client.put("/api/docs/nosuch/decisions/x", json={}, headers=ann.h()).status_code == 404


def test_lock_blocks_other_reviewer_until_unlocked_or_expired(review: Path,
                                                              make_app: Callable[..., Any]) -> None:
    app = make_app(review, lock_minutes=15)
    ann, bob = h.User(app, "ann"), h.User(app, "bob")
    rid = h.redaction_ids(review, "alpha")[0]
    assert ann.post("alpha", "lock").status_code == 200
    r = bob.put("alpha", {"id": rid, "action": "accept", "note": ""})
    assert r.status_code == 409 and r.json()["lock"]["user"] == "ann"
    assert bob.post("alpha", "lock").status_code == 409
    assert bob.post("alpha", "unlock").status_code == 409  # only the holder unlocks
    # bob can work on another document meanwhile
    other = h.redaction_ids(review, "bravo")[0]
    assert bob.put("bravo", {"id": other, "action": "accept"}).status_code == 200
    # what bob's read-only page polls: the lock, then none once ann lets go
    status = bob.get("/api/docs/alpha/status").json()
    assert status["lock"]["user"] == "ann" and status["state"] == "in_review" and status["doc"] == "alpha"
    assert ann.post("alpha", "unlock").status_code == 200
    assert bob.get("/api/docs/alpha/status").json()["lock"] is None
    assert bob.put("alpha", {"id": rid, "action": "accept", "note": ""}).status_code == 200


def test_activity_refreshes_the_lock(app: Any, review: Path) -> None:
    ann = h.User(app, "ann")
    first = ann.post("alpha", "lock").json()["lock"]["expires"]
    time.sleep(0.01)
    rid = h.redaction_ids(review, "alpha")[0]
    later = ann.put("alpha", {"id": rid, "action": "accept", "note": ""}).json()["lock"]["expires"]
    assert later > first
    assert ann.get("/api/docs/alpha/decisions").json()["lock"] == {"user": "ann", "expires": later}
    # the index shows the holder
    assert re.search(r'>alpha</a></td><td class="s-in_review">in review</td><td>ann</td>', ann.get("/").text)


def test_refused_edits_are_in_the_audit_trail(review: Path, make_app: Callable[..., Any]) -> None:
    app = make_app(review, lock_minutes=15)
    ann, bob = h.User(app, "ann"), h.User(app, "bob")
    rid = h.redaction_ids(review, "alpha")[0]
    assert ann.post("alpha", "lock").status_code == 200
    assert bob.put("alpha", {"id": rid, "action": "reject", "note": ""}).status_code == 409
    other = h.redaction_ids(review, "bravo")[0]
    assert ann.put("bravo", {"id": other, "action": "accept", "note": ""}).status_code == 200
    assert ann.post("bravo", "submit").status_code == 200
    assert ann.put("bravo", {"id": other, "action": "reject", "note": ""}).status_code == 403
    trail = ann.get("/api/audit").json()["audit"]
    refused = [e for e in trail if e["action"] == "refused"]
    assert [(e["user"], e["doc"], e["after"]["status"]) for e in refused] == [("bob", "alpha", 409),
                                                                              ("ann", "bravo", 403)]
    assert refused[0]["after"]["request"].startswith("PUT /api/docs/alpha/decisions/")
    assert "ann" in refused[0]["after"]["error"] and re.match(r"\d{4}-\d\d-\d\dT", refused[0]["ts"])
    # nothing else changed: no decision of bob's on alpha
    assert ann.get("/api/docs/alpha/decisions").json()["decisions"] == []


def test_lock_expires(review: Path, make_app: Callable[..., Any]) -> None:
    app = make_app(review, lock_minutes=-1)  # every lock is already expired when taken
    ann, bob = h.User(app, "ann"), h.User(app, "bob")
    assert ann.post("alpha", "lock").status_code == 200
    assert bob.post("alpha", "lock").status_code == 200
    assert ann.get("/api/docs/alpha/decisions").json()["lock"] is None


def test_states_submit_qc_send_back_and_approve(app: Any, review: Path) -> None:
    ann, bob = h.User(app, "ann"), h.User(app, "bob")
    rid = h.redaction_ids(review, "alpha")[0]
    assert ann.post("alpha", "submit").status_code == 403  # proposed: nothing reviewed yet
    ann.put("alpha", {"id": rid, "action": "reject", "note": ""})
    assert ann.post("alpha", "submit").json()["document"]["state"] == "needs_qc"
    # no more edits in QC, and the reviewer cannot approve their own work
    assert ann.put("alpha", {"id": rid, "action": "accept", "note": ""}).status_code == 403
    r = ann.post("alpha", "qc", {"approve": True})
    assert r.status_code == 403 and "someone else" in r.json()["error"]
    # QC sends it back: a reason is required and kept
    assert bob.post("alpha", "qc", {"approve": False, "reason": ""}).status_code == 400
    r = bob.post("alpha", "qc", {"approve": False, "reason": "the address on line 3 is missed"})
    doc = r.json()["document"]
    assert doc["state"] == "in_review" and doc["sendback_reason"] == "the address on line 3 is missed"
    assert "the address on line 3 is missed" in ann.get("/").text
    # the reviewer fixes it and submits again; QC approves
    ann.put("alpha", {"id": rid, "action": "accept", "note": "fixed"})
    assert ann.post("alpha", "submit").status_code == 200
    r = bob.post("alpha", "qc", {"approve": True, "reason": ""})
    assert r.json()["document"] == {**r.json()["document"], "state": "approved", "approver": "bob"}
    assert bob.post("alpha", "qc", {"approve": True}).status_code == 403  # already approved
    assert ann.put("alpha", {"id": rid, "action": "reject", "note": ""}).status_code == 403
    # the review page tells the UI who is QC
    assert '"role": "qc"' not in bob.get("/docs/alpha").text  # approved: no QC pending
    assert bob.post("bravo", "release").status_code == 403  # not approved


def test_review_page_role_for_qc(app: Any, review: Path) -> None:
    ann, bob = h.User(app, "ann"), h.User(app, "bob")
    ann.put("alpha", {"id": h.redaction_ids(review, "alpha")[0], "action": "accept", "note": ""})
    ann.post("alpha", "submit")
    assert '"role": "qc"' in bob.get("/docs/alpha").text
    assert '"role": "reviewer"' in ann.get("/docs/alpha").text


def test_audit_trail_records_every_action_with_before_and_after(app: Any, review: Path) -> None:
    ann, bob = h.User(app, "ann"), h.User(app, "bob")
    rid = h.redaction_ids(review, "alpha")[0]
    ann.put("alpha", {"id": rid, "action": "reject", "note": "a"})
    ann.put("alpha", {"id": rid, "action": "accept", "note": "b"})
    ann.post("alpha", "submit")
    bob.post("alpha", "qc", {"approve": False, "reason": "check page 1"})
    trail = ann.get("/api/docs/alpha/audit").json()["audit"]
    assert [e["action"] for e in trail] == ["lock", "start_review", "decide", "decide", "submit", "send_back"]
    assert {e["user"] for e in trail} == {"ann", "bob"}
    second = trail[3]
    assert second["before"]["item"]["action"] == "reject" and second["after"]["item"]["action"] == "accept"
    assert trail[-1]["before"]["state"] == "needs_qc" and trail[-1]["after"]["state"] == "in_review"
    assert all(re.match(r"\d{4}-\d\d-\d\dT", e["ts"]) for e in trail)
    everything = ann.get("/api/audit").json()["audit"]
    assert [e["action"] for e in everything].count("sign_in") == 2
    page = ann.get("/audit").text
    assert "send_back" in page and "check page 1" in page


def test_state_survives_a_new_app_on_the_same_folder(review: Path, make_app: Callable[..., Any]) -> None:
    ann = h.User(make_app(review), "ann")
    rid = h.redaction_ids(review, "alpha")[0]
    ann.put("alpha", {"id": rid, "action": "reject", "note": "x"})
    again = h.User(make_app(review), "ann")
    assert again.get("/api/docs/alpha/decisions").json()["decisions"][0]["id"] == rid
    if make_app.keywords["database"] is None:  # type: ignore[attr-defined]
        store = StateStore(review / DB_NAME)
        assert store.document("alpha").state == "in_review"
        assert store.backend.pragma("journal_mode") == "wal"  # type: ignore[attr-defined]
        assert store.backend.pragma("synchronous") == 1  # NORMAL: survives SIGKILL, see the README


def test_decisions_export_is_a_decisions_file_apply_accepts(app: Any, review: Path, tmp_path: Path) -> None:
    ann = h.User(app, "ann")
    ids = h.redaction_ids(review, "alpha")
    ann.put("alpha", {"id": ids[0], "action": "reject", "note": "public"})
    manual = {"action": "manual", "page": 0, "rect": [72, 150, 200, 162], "exemption": "(b)(6)",
              "reason": "", "note": ""}
    ann.put("alpha", manual)
    r = ann.get("/api/docs/alpha/decisions.json")
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    path = tmp_path / "alpha.decisions.json"
    path.write_bytes(r.content)
    dfile = load_decisions(path)
    assert dfile.reviewer == "ann" and Path(dfile.document).stem == "alpha"
    assert [d.action for d in dfile.decisions] == ["reject", "manual"]
    pf = read_plan_file(review / "alpha.plan.json")
    assert dfile.source_sha256 == pf.plan.source_sha256
    assert json.loads(r.content)["schema"] == "redactkit.decisions/1"


def test_index_lists_state_lock_holder_and_counts(app: Any, review: Path) -> None:
    ann = h.User(app, "ann")
    ann.put("bravo", {"id": h.redaction_ids(review, "bravo")[0], "action": "reject", "note": ""})
    page = ann.get("/").text
    row = re.search(r"<tr><td><a href=\"/docs/bravo\">bravo</a></td>(.*?)</tr>", page)
    assert row, page
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row.group(1))
    assert cells[:7] == ["in review", "ann", "1", "3", "0", "1", "0"]
    docs = ann.get("/api/docs").json()["docs"]
    assert [d["doc"] for d in docs] == ["alpha", "bravo"]
    assert docs[1]["lock"]["user"] == "ann" and docs[1]["counts"] == {"reject": 1}


def test_index_starts_from_propose_summaries_and_rereads_a_changed_plan(review: Path) -> None:
    write_packet_index(review)  # what 'propose' leaves: index.json with each plan's size and mtime
    raw = json.loads((review / "index.json").read_text())
    assert set(raw["documents"]) == {"alpha", "bravo"}
    raw["documents"]["alpha"]["pages"] = 97  # marks the row: shown only if the server took it unread
    raw["documents"]["bravo"]["pages"] = 98
    (review / "index.json").write_text(json.dumps(raw))
    plan = review / "bravo.plan.json"  # bravo changes after propose: its row no longer matches
    plan.write_text(plan.read_text() + "\n")
    text = h.User(h.make_app(review), "ann").get("/").text
    assert re.search(r'>alpha</a>.*?<td class="n">97</td>', text)
    pages = len(read_plan_file(plan).page_sizes)
    # bravo's own pages cell, not the whole page: the page also carries a random CSRF token, which
    # contains "98" about once in 130 runs
    row = re.search(r">bravo</a>(.*?)</tr>", text, re.S)
    assert row and re.findall(r'<td class="n">(\d+)</td>', row.group(1))[0] == str(pages) != "98"


def test_review_page_gets_config_and_connect_self(app: Any, review: Path) -> None:
    ann = h.User(app, "ann")
    page = ann.get("/docs/alpha").text
    head = page.index("<head>")
    assert page[head + 6:].lstrip().startswith("<script>window.RK_CONFIG = {")
    cfg = json.loads(re.search(r"window\.RK_CONFIG = (\{.*?\});</script>", page).group(1))
    assert cfg == {"mode": "server", "api": "/api/docs/alpha", "packet_api": "/api", "csrf": ann.csrf,
                   "user": "ann", "role": "reviewer", "index": "/"}
    meta = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1)
    assert "default-src 'none'" in meta and "connect-src 'self'" in meta
    assert ann.get("/docs/nosuch").status_code == 404


def test_review_page_api_path_encodes_the_document_name(review: Path) -> None:
    # a stem with '#' (and spaces, parentheses) must not end the page's API URL at the '#'
    doc = "al #1 (x)"
    for f in list(review.glob("alpha.*")):
        f.rename(review / (doc + f.name[len("alpha"):]))
    app = h.make_app(review)
    ann = h.User(app, "ann", doc="bravo")
    page = ann.get("/docs/al%20%231%20(x)").text
    cfg = json.loads(re.search(r"window\.RK_CONFIG = (\{.*?\});</script>", page).group(1))
    assert cfg["api"] == "/api/docs/al%20%231%20%28x%29"
    rid = h.redaction_ids(review, doc)[0]
    r = ann.client.put(f"{cfg['api']}/decisions/{rid}", json={"id": rid, "action": "reject", "note": ""},
                       headers=ann.h())
    assert r.status_code == 200, r.text
    assert ann.get(cfg["api"] + "/decisions").json()["decisions"][0]["id"] == rid


def test_packet_search_returns_glyph_exact_rects(app: Any, review: Path) -> None:
    ann = h.User(app, "ann")
    hits = ann.get("/api/search", params={"q": "rosalind  varga"}).json()["hits"]
    assert sorted({(x["doc"], x["page"]) for x in hits}) == [("alpha", 0), ("bravo", 0)]
    assert len(hits) == 3 and {x["text"] for x in hits} == {"Rosalind Varga"}
    # the proposal's own boxes of the name are the glyph boxes search returns
    plan = read_plan_file(review / "alpha.plan.json").plan
    proposed = sorted([round(v, 2) for v in r.rects[0].to_list()] for r in plan.redactions
                      if r.text == "Rosalind Varga")
    found = sorted(x["rect"] for x in hits if x["doc"] == "alpha")
    assert len(found) == len(proposed) == 2
    for got, want in zip(found, proposed, strict=True):  # the planner insets its boxes by 0.05 pt
        assert got == pytest.approx(want, abs=0.1)
    rx = ann.get("/api/search", params={"q": r"555-\d{3}-\d{4}", "regex": "1"}).json()["hits"]
    assert [x["text"] for x in rx] == ["555-201-7733"]
    assert ann.get("/api/search", params={"q": "(", "regex": "1"}).status_code == 400
    assert ann.get("/api/search", params={"q": ""}).status_code == 400
    # a search hit becomes a manual box through the ordinary PUT
    hit = hits[0]
    item = {"action": "manual", "page": hit["page"], "rect": hit["rect"], "exemption": "(b)(6)",
            "reason": "", "note": ""}
    assert ann.put(hit["doc"], item).status_code == 200
    assert ann.get(f"/api/docs/{hit['doc']}/decisions").json()["decisions"][0]["rect"] == hit["rect"]


def test_a_slow_store_read_does_not_hold_up_other_requests(app: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Store reads run off the event loop: while one reviewer's decisions read waits on the database
    (simulated: blocked until released), another request is answered. On the loop, the blocked
    read would stall the whole server, and the first request would finish before the second."""
    import asyncio
    import threading

    import httpx

    from redactkit.serve.store import StateStore

    entered, release = threading.Event(), threading.Event()
    original = StateStore.decisions

    def slow_decisions(self: StateStore, doc: str) -> list[dict[str, Any]]:
        entered.set()
        release.wait(timeout=5)  # a fault: the database answers late
        return original(self, doc)

    ann = h.User(app, "ann")
    monkeypatch.setattr(StateStore, "decisions", slow_decisions)

    async def scenario() -> tuple[bool, int, int]:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver",
                                     cookies=dict(ann.client.cookies)) as client:
            slow = asyncio.create_task(client.get("/api/docs/alpha/decisions"))
            while not entered.is_set():
                await asyncio.sleep(0.01)
            other = await client.get("/api/docs/bravo/status")
            slow_done_first = slow.done()
            release.set()
            return slow_done_first, other.status_code, (await slow).status_code

    slow_done_first, other_status, slow_status = asyncio.run(scenario())
    assert other_status == 200 and slow_status == 200
    assert not slow_done_first, "the blocked store read held up the event loop"


def test_a_release_running_in_another_server_is_refused_409(review: Path, make_app: Callable[..., Any],
                                                             database: str | None) -> None:
    app = make_app(review)
    ann, bob = h.User(app, "ann"), h.User(app, "bob")
    assert ann.post("alpha", "lock").status_code == 200
    assert ann.post("alpha", "submit").status_code == 200
    assert bob.post("alpha", "qc", {"approve": True}).status_code == 200
    # a second server process on the same database is mid-release of the same document
    other = StateStore(PostgresBackend(database) if database else review / DB_NAME)
    other.claim_release("alpha", "bob")
    r = bob.post("alpha", "release")
    assert r.status_code == 409 and r.json()["lock"]["user"] == "bob (releasing)"
    assert other.document("alpha").state == "approved"
    assert not (review / "released" / "alpha.redacted.pdf").exists()
    other.close()


def test_search_reads_sources_as_the_release_will_and_skips_an_unreadable_one(review: Path) -> None:
    # alpha's source is now a four-page report cut off half-way (its plan made from that file)
    half = truncated_pdf(review.parent / "src" / "half.pdf", report_pdf(review.parent / "full.pdf"))
    plan_path = review / "alpha.plan.json"
    raw = json.loads(plan_path.read_text())
    raw["source"] = str(half)
    raw["plan"]["source_sha256"] = sha256_file(half)
    plan_path.write_text(json.dumps(raw))
    strict = PacketSearch(Packet(review)).search("Case Number")
    assert strict["hits"] == [] and strict["skipped"] == ["alpha"]
    assert "--allow-repaired" in strict["why"]["alpha"]  # the reason, not a server error
    assert PacketSearch(Packet(review)).search("Rosalind")["hits"]  # bravo is still searched
    # a server that releases with --allow-repaired searches what the repair kept
    lenient = PacketSearch(Packet(review), RedactSettings(allow_repaired=True)).search("Case Number")
    pages = {x["page"] for x in lenient["hits"] if x["doc"] == "alpha"}
    assert pages and lenient["skipped"] == [] and 0 in pages
