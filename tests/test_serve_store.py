"""The review state store's contract, on both backends: the SQLite file and PostgreSQL.

Every test runs against ``StateStore(review-state.sqlite)`` and ``StateStore(PostgresBackend(url))``
on a fresh database of a throwaway cluster (``serve_helpers.pg_cluster``: initdb + pg_ctl,
unix socket), so the server behaves the same whichever store a records unit picks. The
PostgreSQL cases are not skipped when PostgreSQL is missing: 'make test' installs it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import serve_helpers as h
from redactkit.cli import main
from redactkit.serve import DB_NAME, EDITABLE, PostgresBackend, StateStore
from redactkit.serve.store import LockedError, StateError
from serve_helpers import pg_conninfo  # noqa: F401  (the module's PostgreSQL cluster)


@pytest.fixture(params=["sqlite", "postgresql"])
def where(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    """What :class:`StateStore` opens: a factory of fresh backends over one location per test."""
    if request.param == "sqlite":
        yield lambda: tmp_path / DB_NAME
    else:
        with h.pg_database(request.getfixturevalue("pg_conninfo")) as url:
            yield lambda: PostgresBackend(url)


@pytest.fixture
def store(where: Any) -> Iterator[StateStore]:
    s = StateStore(where())
    s.ensure_documents(["alpha", "bravo"])
    yield s
    s.close()


def test_documents_start_proposed_and_move_through_the_states_audited(store: StateStore) -> None:
    store.ensure_documents(["alpha", "charlie"])  # alpha is known: not reset
    assert {d: s.state for d, s in store.documents().items()} == {
        "alpha": "proposed", "bravo": "proposed", "charlie": "proposed"}
    store.acquire_lock("alpha", "ann", editable=EDITABLE)
    assert store.document("alpha").state == "in_review" and store.document("alpha").reviewer == "ann"
    st = store.transition("alpha", "ann", "submit", ("in_review",), "needs_qc", reviewer="ann")
    assert st.state == "needs_qc" and store.lock("alpha") is None  # submitting drops the lock
    with pytest.raises(StateError, match="needs_qc"):
        store.transition("alpha", "bob", "release", ("approved",), "released")
    store.transition("alpha", "qc", "send_back", ("needs_qc",), "in_review", sendback_reason="redo p2")
    assert store.document("alpha").sendback_reason == "redo p2"
    with pytest.raises(KeyError):
        store.document("nope")
    trail = store.audit_trail("alpha")
    assert [e.action for e in trail] == ["lock", "start_review", "submit", "send_back"]
    assert trail[-1].user == "qc" and trail[-1].before["state"] == "needs_qc"
    assert trail[-1].after["state"] == "in_review"
    assert [e.id for e in store.audit_trail()] == sorted(e.id for e in store.audit_trail())


def test_a_lock_belongs_to_one_reviewer_until_released_or_expired(where: Any) -> None:
    store = StateStore(where())
    store.ensure_documents(["alpha"])
    store.acquire_lock("alpha", "ann", editable=EDITABLE)
    store.acquire_lock("alpha", "ann", editable=EDITABLE)  # a refresh: no second "lock" entry
    with pytest.raises(LockedError) as err:
        store.acquire_lock("alpha", "bob", editable=EDITABLE)
    assert err.value.user == "ann"
    with pytest.raises(LockedError):
        store.set_decision("alpha", "k1", {"id": "k1", "action": "accept"}, "bob", editable=EDITABLE)
    with pytest.raises(LockedError):
        store.release_lock("alpha", "bob")
    assert set(store.locks()) == {"alpha"}
    store.release_lock("alpha", "ann")
    assert store.lock("alpha") is None
    store.acquire_lock("alpha", "bob", editable=EDITABLE)
    assert [e.action for e in store.audit_trail("alpha")] == ["lock", "start_review", "unlock", "lock"]
    store.release_lock("alpha", "bob")
    store.close()
    expiring = StateStore(where(), lock_minutes=0)  # every lock it takes has already expired
    expiring.acquire_lock("alpha", "cy", editable=EDITABLE)
    assert expiring.lock("alpha") is None and expiring.locks() == {}
    expiring.acquire_lock("alpha", "dee", editable=EDITABLE)  # cy's lock is no obstacle
    expiring.close()


def test_decisions_keep_first_made_order_replace_in_place_and_count_by_action(store: StateStore) -> None:
    lock, state = store.set_decision("alpha", "k1", {"id": "k1", "action": "reject", "note": "é"}, "ann",
                                     editable=EDITABLE)
    assert lock.user == "ann" and state == "in_review"
    store.set_decision("alpha", "k2", {"id": "k2", "action": "accept"}, "ann", editable=EDITABLE)
    store.set_decision("alpha", "k1", {"id": "k1", "action": "accept", "note": "é"}, "ann", editable=EDITABLE)
    assert [d["id"] for d in store.decisions("alpha")] == ["k1", "k2"]
    assert store.decisions("alpha")[0] == {"id": "k1", "action": "accept", "note": "é"}
    assert store.decision_counts() == {"alpha": {"accept": 2}}
    store.set_decision("alpha", "k2", None, "ann", editable=EDITABLE)
    assert store.decision_counts() == {"alpha": {"accept": 1}}
    decided = [e for e in store.audit_trail("alpha") if e.action in ("decide", "undecide")]
    assert [(e.action, e.before["item"] and e.before["item"]["action"]) for e in decided] == [
        ("decide", None), ("decide", None), ("decide", "reject"), ("undecide", "accept")]
    store.transition("alpha", "ann", "submit", ("in_review",), "needs_qc")
    with pytest.raises(StateError):
        store.set_decision("alpha", "k3", {"id": "k3", "action": "accept"}, "ann", editable=EDITABLE)


def test_state_outlives_the_store_and_the_secret_stays(where: Any) -> None:
    first = StateStore(where())
    key = first.secret()
    first.ensure_documents(["alpha"])
    first.touch_user("ann")
    first.set_decision("alpha", "k1", {"id": "k1", "action": "reject"}, "ann", editable=EDITABLE)
    big = 1_733_000_000_123_456_789  # a plan mtime in nanoseconds: more than 32 bits
    first.save_plan_infos({"alpha": (big, 3, 7, True)})
    first.save_plan_infos({"alpha": (big + 1, 3, 8, False)})  # a changed plan replaces its row
    first.audit("ann", "release_failed", "alpha", {"state": "approved"}, {"error": "verify failed"})
    first.close()
    again = StateStore(where())
    assert again.secret() == key and len(key) == 32
    assert again.users() == ["ann"]
    assert again.decisions("alpha") == [{"id": "k1", "action": "reject"}]
    assert again.plan_infos() == {"alpha": (big + 1, 3, 8, False)}
    assert again.audit_trail()[-1].after == {"error": "verify failed"}
    again.close()


def test_concurrent_decisions_on_one_document_get_distinct_order_numbers(where: Any) -> None:
    # several server threads (or, with PostgreSQL, processes) append to one document at once
    store = StateStore(where())
    store.ensure_documents(["alpha"])
    errors: list[BaseException] = []

    def decide(t: int) -> None:
        try:
            for i in range(8):
                k = f"t{t}-{i}"
                store.set_decision("alpha", k, {"id": k, "action": "accept"}, "ann", editable=EDITABLE)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=decide, args=(t,)) for t in range(6)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == []
    with store.backend.read() as db:
        seqs = sorted(int(r[0]) for r in db.all("SELECT seq FROM decisions WHERE doc=?", ("alpha",)))
    assert seqs == list(range(1, 49))
    assert [e.action for e in store.audit_trail("alpha")].count("start_review") == 1
    store.close()


def test_reviewers_racing_for_one_document_leave_one_lock_holder(where: Any) -> None:
    store = StateStore(where())
    store.ensure_documents(["alpha"])
    won: list[str] = []
    lost: list[str] = []
    gate = threading.Barrier(6)

    def grab(user: str) -> None:
        gate.wait()
        try:
            store.acquire_lock("alpha", user, editable=EDITABLE)
            won.append(user)
        except LockedError:
            lost.append(user)

    threads = [threading.Thread(target=grab, args=(f"r{i}",)) for i in range(6)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert len(won) == 1 and len(lost) == 5
    lock = store.lock("alpha")
    assert lock is not None and lock.user == won[0] and store.document("alpha").reviewer == won[0]
    store.close()


def test_serve_refuses_a_database_it_cannot_use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "x.plan.json").write_text("{}")  # enough for the review-folder check before the store
    assert main(["serve", str(tmp_path), "--database", "mysql://u@db/x"]) == 2
    assert "only postgresql://" in capsys.readouterr().err
    # the environment variable names the database when --database is not given; the password stays hidden
    monkeypatch.setenv("REDACTKIT_DATABASE", "postgresql://u:hunter22@127.0.0.1:1/x")
    assert main(["serve", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "cannot connect" in err and "hunter22" not in err
    assert not (tmp_path / DB_NAME).exists()  # no SQLite state made behind the user's back


def _approved(store: StateStore, doc: str = "alpha") -> None:
    store.ensure_documents([doc])
    store.transition(doc, "ann", "submit", ("proposed",), "needs_qc", reviewer="ann")
    store.transition(doc, "bob", "approve", ("needs_qc",), "approved", approver="bob")


def test_servers_sharing_a_store_release_a_document_once(where: Any) -> None:
    # two StateStore objects over one database stand for two server processes
    one, two = StateStore(where()), StateStore(where())
    _approved(one)
    won: list[Any] = []
    lost: list[str] = []
    gate = threading.Barrier(6)

    def claim(store: StateStore, user: str) -> None:
        gate.wait()
        try:
            won.append(store.claim_release("alpha", user))
        except LockedError:
            lost.append(user)

    threads = [threading.Thread(target=claim, args=((one, two)[i % 2], f"q{i}")) for i in range(6)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert len(won) == 1 and len(lost) == 5
    holder = won[0].user.removesuffix(" (releasing)")
    with pytest.raises(LockedError):
        two.release_lock("alpha", holder)  # a reviewer's unlock does not drop a release claim
    two.drop_release_claim("alpha", won[0])  # the release failed: the document is free again
    again = two.claim_release("alpha", "q9")
    with pytest.raises(LockedError):
        one.claim_release("alpha", "q9")  # the same user in another process waits too
    one.transition("alpha", "q9", "release", ("approved",), "released", released="out.pdf")
    assert one.lock("alpha") is None  # the release took the claim away with it
    one.drop_release_claim("alpha", again)  # a late drop after success changes nothing
    assert two.document("alpha").state == "released"
    with pytest.raises(StateError):
        two.claim_release("alpha", "q9")
    actions = [e.action for e in one.audit_trail("alpha")]
    assert actions.count("release_claim") == 2
    one.close()
    two.close()


def test_an_expired_release_claim_frees_the_document(where: Any) -> None:
    store = StateStore(where())
    _approved(store)
    store.claim_release("alpha", "ann", minutes=-1)  # a release that crashed long ago
    assert store.claim_release("alpha", "bob").user == "bob (releasing)"
    store.close()
