"""The review server's security: auth, CSRF, path traversal, CSP, bind address, password hashing."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest

import serve_helpers as h
from redactkit.cli import main
from redactkit.cli.main import build_parser
from redactkit.serve import AuthConfig, hash_password, is_loopback, load_users, verify_password
from redactkit.serve.auth import SESSION_COOKIE, sign_session, verify_session
from redactkit.serve.security import safe_file

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def master(tmp_path_factory: pytest.TempPathFactory, shared_redactor: Any) -> Path:
    return h.build_packet(shared_redactor, tmp_path_factory.mktemp("packet"))


@pytest.fixture
def review(master: Path, tmp_path: Path) -> Path:
    return h.copy_packet(master, tmp_path)


def _anon(app: Any) -> Any:
    return h.TestClient(app)


def test_unauthenticated_requests_are_refused(review: Path) -> None:
    c = _anon(h.make_app(review))
    for path in ("/", "/audit", "/docs/alpha", "/files/alpha.proposed.pdf"):
        r = c.get(path, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/signin", path
    for path in ("/api/docs", "/api/docs/alpha/decisions", "/api/docs/alpha/decisions.json",
                 "/api/search?q=a", "/api/audit"):
        assert c.get(path).status_code == 401, path
    assert c.put("/api/docs/alpha/decisions/x", json={}).status_code == 401
    assert c.post("/api/docs/alpha/lock").status_code == 401
    # a forged or tampered cookie is no session
    c.cookies.set(SESSION_COOKIE, "eyJ1IjogImFubiJ9.00")
    assert c.get("/api/docs").status_code == 401


def test_session_cookie_signature_and_expiry() -> None:
    key = b"k" * 32
    cookie, s = sign_session(key, "ann")
    assert verify_session(key, cookie) == s
    body, _, mac = cookie.rpartition(".")
    assert verify_session(b"x" * 32, cookie) is None
    assert verify_session(key, body + "." + "0" * len(mac)) is None
    assert verify_session(key, cookie, now=s.expires + 1) is None


def test_csrf_token_required_on_every_state_changing_request(review: Path) -> None:
    app = h.make_app(review)
    ann = h.User(app, "ann")
    rid = h.redaction_ids(review, "alpha")[0]
    item = {"id": rid, "action": "accept", "note": ""}
    calls = [
        ("put", f"/api/docs/alpha/decisions/{rid}", item),
        ("delete", f"/api/docs/alpha/decisions/{rid}", None),
        ("post", "/api/docs/alpha/lock", {}), ("post", "/api/docs/alpha/unlock", {}),
        ("post", "/api/docs/alpha/submit", {}), ("post", "/api/docs/alpha/qc", {"approve": True}),
        ("post", "/api/docs/alpha/release", {}), ("post", "/signout", None),
    ]
    for method, path, body in calls:
        for headers in ({}, {"X-CSRF-Token": "wrong"}):
            kw: dict[str, Any] = {"headers": headers}
            if body is not None:
                kw["json"] = body
            r = ann.client.request(method.upper(), path, **kw)
            assert r.status_code == 403 and "CSRF" in r.json()["error"], (method, path, headers)
    assert ann.get("/api/docs/alpha/decisions").json()["decisions"] == []
    assert ann.get("/api/docs/alpha/decisions").json()["state"] == "proposed"
    # the sign-in form itself needs its token (cookie == field)
    c = _anon(app)
    c.get("/signin")
    r = c.post("/signin", data={"csrf": "forged", "name": "mallory"}, follow_redirects=False)
    assert r.status_code == 403
    # with the token, the same request works
    assert ann.put("alpha", item).status_code == 200


@pytest.mark.parametrize("path", [
    "../src/alpha.pdf",
    "..%2Fsrc%2Falpha.pdf",
    "%2e%2e/src/alpha.pdf",
    "%252e%252e%252fsrc%252falpha.pdf",  # encoded twice
    "/etc/passwd",
    "%2Fetc%2Fpasswd",
    "outside-link.pdf",  # a symlink out of the folder
    "review-state.sqlite",  # the state itself is not a file to serve
    ".hidden",
    "nosuch.pdf",
])
def test_no_path_traversal(review: Path, path: str) -> None:
    (review / "outside-link.pdf").symlink_to(review.parent / "src" / "alpha.pdf")
    (review / ".hidden").write_text("x")
    ann = h.User(h.make_app(review), "ann")
    r = ann.get(f"/files/{path}")
    assert r.status_code == 404, path
    assert b"%PDF" not in r.content and b"root:" not in r.content


def test_safe_file_refuses_raw_parent_and_absolute_paths(review: Path) -> None:
    # (the HTTP client normalises a raw "..", so the resolver is checked directly too)
    outside = review.parent / "src" / "alpha.pdf"
    for rel in ("../src/alpha.pdf", "sub/../../src/alpha.pdf", str(outside), "..\\src\\alpha.pdf", "a\x00b"):
        assert safe_file(review, rel) is None, rel
    assert safe_file(review, "alpha.plan.json") == (review / "alpha.plan.json").resolve()


def test_files_of_the_review_folder_are_served(review: Path) -> None:
    ann = h.User(h.make_app(review), "ann")
    r = ann.get("/files/alpha.proposed.pdf")
    assert r.status_code == 200 and r.content.startswith(b"%PDF")


def test_csp_blocks_the_network_on_every_response(review: Path) -> None:
    app = h.make_app(review)
    ann = h.User(app, "ann")
    for r in (ann.get("/"), ann.get("/docs/alpha"), ann.get("/api/docs"), _anon(app).get("/signin"),
              _anon(app).get("/api/docs"), ann.get("/files/../x")):
        csp = r.headers["content-security-policy"]
        directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
        assert directives["default-src"] == "'none'"
        assert directives["connect-src"] == "'self'"
        assert "http" not in csp and "*" not in csp
        assert r.headers["x-content-type-options"] == "nosniff"


def test_non_localhost_bind_needs_accounts_or_token(review: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.20")
    assert main(["serve", str(review), "--host", "0.0.0.0"]) == 2
    assert "refusing to start" in capsys.readouterr().err
    # the default bind is localhost
    assert build_parser().parse_args(["serve", str(review)]).host == "127.0.0.1"


def test_accounts_file_and_hashed_passwords(review: Path, tmp_path: Path, monkeypatch: Any) -> None:
    users = tmp_path / "users.txt"
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("correct horse battery\n"))
    assert main(["serve", str(review), "--users", str(users), "--add-user", "Sgt Ada"]) == 0
    text = users.read_text()
    assert "correct horse" not in text and text.startswith("Sgt Ada:scrypt$")
    assert os.stat(users).st_mode & 0o077 == 0
    stored = load_users(users)["Sgt Ada"]
    assert verify_password("correct horse battery", stored) and not verify_password("wrong", stored)
    assert hash_password("same") != hash_password("same")  # salted
    app = h.make_app(review, auth=AuthConfig(users=load_users(users)))
    c = _anon(app)
    pre = re.search(r'name="csrf" value="([^"]+)"', c.get("/signin").text).group(1)
    for name, pw in (("Sgt Ada", "wrong"), ("nobody", "correct horse battery"), ("Sgt Ada", "")):
        r = c.post("/signin", data={"csrf": pre, "name": name, "secret": pw}, follow_redirects=False)
        assert r.status_code == 401
    assert c.get("/api/docs").status_code == 401
    ada = h.User(app, "Sgt Ada", "correct horse battery")
    assert ada.get("/api/docs").status_code == 200


def test_startup_token(review: Path) -> None:
    app = h.make_app(review, auth=AuthConfig(token="tok-123"))
    c = _anon(app)
    pre = re.search(r'name="csrf" value="([^"]+)"', c.get("/signin").text).group(1)
    r = c.post("/signin", data={"csrf": pre, "name": "ann", "secret": "tok-12"}, follow_redirects=False)
    assert r.status_code == 401
    assert h.User(app, "ann", "tok-123").get("/api/docs").status_code == 200
