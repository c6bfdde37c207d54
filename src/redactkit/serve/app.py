"""The review server: a Starlette app over a review folder (see /work REVIEW_API contract in the README).

Pages: ``/`` (packet index), ``/docs/{doc}`` (the review page with ``window.RK_CONFIG``),
``/audit``, ``/files/{name}`` (files of the review folder only), ``/signin``, ``/signout``.
API under ``/api``: a document's status, decisions, lock, submit, QC, release, its decisions file,
the audit trail and the packet-wide search. Every request but the sign-in needs a session;
every state-changing request needs the session's CSRF token (``X-CSRF-Token`` header, or
the ``csrf`` field of a form).

Document states: proposed → in_review → needs_qc → approved → released, and
needs_qc → in_review when QC sends a document back with a reason.
"""

from __future__ import annotations

import contextlib
import json
import secrets
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..batch import Engine
from ..errors import UsageError
from ..settings import RedactSettings
from . import pages
from .auth import SESSION_COOKIE, AuthConfig, Session, sign_session, verify_session
from .packet import Packet, inject_config
from .release import Releaser
from .search import PacketSearch
from .security import SECURITY_HEADERS, csrf_ok, safe_file
from .store import DB_NAME, DocState, Lock, LockedError, StateError, StateStore, locked
from .store_pg import PostgresBackend

__all__ = ["EDITABLE", "create_app", "open_store"]

#: States in which a document's decisions can change.
EDITABLE = ("proposed", "in_review")
_PRE_COOKIE = "rk_pre"  # CSRF token of the sign-in form (double submit: cookie == form field)
Handler = Callable[[Request], Awaitable[Response]]


class _Headers:
    """ASGI middleware: the security headers (CSP blocking the network, nosniff, ...) on every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.raw = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + self.raw
            await send(message)

        await self.app(scope, receive, send_with)


def open_store(root: Path, database: str | None = None, *, lock_minutes: float = 15.0,
               durable: bool = False) -> StateStore:
    """The state store of the review folder ``root``: ``root/review-state.sqlite``, or the
    PostgreSQL database at ``database`` (``postgresql://...``)."""
    if database:
        return StateStore(PostgresBackend(database), lock_minutes=lock_minutes)
    return StateStore(root / DB_NAME, lock_minutes=lock_minutes, durable=durable)


class _Server:
    """The app's state and handlers (one per review folder)."""

    def __init__(self, root: Path, auth: AuthConfig, store: StateStore, *, release_dir: Path | None,
                 settings: RedactSettings | None, engine: Engine | None) -> None:
        self.root = root
        self.auth = auth
        self.store = store
        self.key = self.store.secret()
        self.packet = Packet(root)
        self.search_index = PacketSearch(self.packet, settings)
        self.releaser = Releaser(self.packet, release_dir or root / "released", settings=settings,
                                 engine=engine)
        self.store.ensure_documents(self.packet.docs())
        # summaries propose wrote (a new packet's first index reads no plan), then those of the last start
        self.packet.preload_index()
        self.packet.preload(self.store.plan_infos())
        self._warm = threading.Thread(target=self._warm_plans, name="rk-warm-plans", daemon=True)
        self._warm.start()

    def _warm_plans(self) -> None:
        """Summarise every plan in the background and save the summaries for the next start."""
        self.packet.warm()
        try:
            self.store.save_plan_infos(self.packet.summaries())
        except self.store.errors:  # closed while warming (a test or a quick stop): next start redoes it
            pass

    # ------------------------------------------------------------------ session helpers

    def session(self, request: Request) -> Session | None:
        return verify_session(self.key, request.cookies.get(SESSION_COOKIE))

    def guard(self, handler: Callable[[Request, Session], Awaitable[Response]], *, page: bool = False
              ) -> Handler:
        """``handler`` behind sign-in (401, or 303 to /signin for a page) and, for non-GET, CSRF (403)."""

        async def run(request: Request) -> Response:
            s = self.session(request)
            if s is None:
                if page:
                    return RedirectResponse("/signin", status_code=303)
                return JSONResponse({"error": "sign in first"}, status_code=401)
            if request.method not in ("GET", "HEAD"):
                given = request.headers.get("x-csrf-token")
                if given is None and request.headers.get("content-type", "").startswith(
                        "application/x-www-form-urlencoded"):
                    given = (await _form(request)).get("csrf")
                if not csrf_ok(s.csrf, given):
                    return JSONResponse({"error": "missing or wrong CSRF token"}, status_code=403)
            try:
                return await handler(request, s)
            except KeyError:
                return JSONResponse({"error": "no such document"}, status_code=404)
            except StateError as exc:
                await self._refused(request, s, 403, exc)
                return JSONResponse({"error": str(exc)}, status_code=403)
            except LockedError as exc:
                await self._refused(request, s, 409, exc)
                return JSONResponse({"error": str(exc), "lock": {"user": exc.user, "expires": exc.expires}},
                                    status_code=409)
            except UsageError as exc:  # after its subclasses above
                return JSONResponse({"error": str(exc)}, status_code=400)

        return run

    async def _refused(self, request: Request, s: Session, status: int, exc: Exception) -> None:
        """Audit an edit the server refused (state or lock): who, what request, why. The request body
        is not kept (a manual box may carry the text it covers)."""
        if request.method in ("GET", "HEAD"):
            return
        doc = str(request.path_params.get("doc", ""))
        what = {"request": f"{request.method} {request.url.path}", "status": status, "error": str(exc)}
        try:
            await run_in_threadpool(self.store.audit, s.user, "refused", doc, None, what)
        except self.store.errors:  # the refusal is answered all the same
            pass

    def doc_of(self, request: Request) -> str:
        doc = str(request.path_params["doc"])
        if not self.packet.has(doc):
            raise KeyError(doc)
        return doc

    # ------------------------------------------------------------------ sign-in

    async def signin_form(self, request: Request) -> Response:
        pre = request.cookies.get(_PRE_COOKIE) or secrets.token_urlsafe(24)
        label = "Password" if self.auth.users else "Startup token" if self.auth.token else ""
        resp = HTMLResponse(pages.signin_page(pre, secret_label=label))
        resp.set_cookie(_PRE_COOKIE, pre, httponly=True, samesite="strict")
        return resp

    async def signin(self, request: Request) -> Response:
        form = await _form(request)
        pre = request.cookies.get(_PRE_COOKIE, "")
        if not csrf_ok(pre, form.get("csrf")):
            return JSONResponse({"error": "missing or wrong CSRF token"}, status_code=403)
        name = " ".join(form.get("name", "").split())
        if not self.auth.check(name, form.get("secret", "")):
            await run_in_threadpool(self.store.audit, name[:80] or "?", "sign_in_failed")
            label = "Password" if self.auth.users else "Startup token" if self.auth.token else ""
            return HTMLResponse(pages.signin_page(pre, secret_label=label, error="Sign-in refused."),
                                status_code=401)
        cookie, _ = sign_session(self.key, name)
        await run_in_threadpool(self.store.touch_user, name)
        resp = RedirectResponse("/", status_code=303)
        resp.set_cookie(SESSION_COOKIE, cookie, httponly=True, samesite="strict")
        return resp

    async def signout(self, request: Request, s: Session) -> Response:
        await run_in_threadpool(self.store.audit, s.user, "sign_out")
        resp = RedirectResponse("/signin", status_code=303)
        resp.delete_cookie(SESSION_COOKIE)
        return resp

    # ------------------------------------------------------------------ pages

    def _index_html(self, s: Session) -> str:
        docs = self.packet.docs()
        self.store.ensure_documents(docs)
        infos = [self.packet.info(d) for d in docs]
        return pages.index_page(s.user, s.csrf, infos, self.store.documents(), self.store.locks(),
                                self.store.decision_counts())

    async def index(self, request: Request, s: Session) -> Response:
        # a large packet's index takes a while: off the event loop, so decisions are not held up
        return HTMLResponse(await run_in_threadpool(self._index_html, s))

    async def audit_page(self, request: Request, s: Session) -> Response:
        trail = await run_in_threadpool(self.store.audit_trail)
        return HTMLResponse(pages.audit_page(s.user, s.csrf, trail))

    async def review_page(self, request: Request, s: Session) -> Response:
        doc = self.doc_of(request)
        path = self.root / f"{doc}.review.html"
        if not path.is_file():
            raise KeyError(doc)
        st = await run_in_threadpool(self.store.document, doc)
        role = "qc" if st.state == "needs_qc" and st.reviewer != s.user else "reviewer"
        # the name encoded: a stem may hold '#', '?' or '%', which would end or bend the page's API URLs
        config = {"mode": "server", "api": "/api/docs/" + quote(doc, safe=""), "packet_api": "/api",
                  "csrf": s.csrf, "user": s.user, "role": role, "index": "/"}
        html = await run_in_threadpool(path.read_text, "utf-8")
        return HTMLResponse(inject_config(html, config))

    async def files(self, request: Request, s: Session) -> Response:
        target = safe_file(self.root, str(request.path_params["path"]))
        if target is None:
            return JSONResponse({"error": "not a file of the review folder"}, status_code=404)
        return FileResponse(target)

    # ------------------------------------------------------------------ API: one document

    def _doc_json(self, doc: str) -> dict[str, Any]:
        st = self.store.document(doc)
        lock = self.store.lock(doc)
        return {"doc": doc, **st.to_dict(), "lock": lock.to_dict() if lock else None}

    def _list_json(self) -> dict[str, Any]:
        self.store.ensure_documents(self.packet.docs())
        states, locks, counts = self.store.documents(), self.store.locks(), self.store.decision_counts()
        return {"docs": [
            {**st.to_dict(), "lock": locks[d].to_dict() if d in locks else None, "counts": counts.get(d, {})}
            for d, st in sorted(states.items()) if self.packet.has(d)]}

    def _decisions_json(self, doc: str) -> dict[str, Any]:
        st = self.store.document(doc)
        lock = self.store.lock(doc)
        return {"decisions": self.store.decisions(doc), "state": st.state,
                "lock": lock.to_dict() if lock else None, "document": st.to_dict()}

    # Every store call runs in the thread pool, reads too: with PostgreSQL a query is a network
    # round trip, and with SQLite a read may wait on a writer's commit; neither may hold up the
    # event loop and every other reviewer's request.
    async def list_docs(self, request: Request, s: Session) -> Response:
        return JSONResponse(await run_in_threadpool(self._list_json))

    async def status(self, request: Request, s: Session) -> Response:
        """The document's state and live lock (what a read-only review page polls for)."""
        return JSONResponse(await run_in_threadpool(self._doc_json, self.doc_of(request)))

    async def get_decisions(self, request: Request, s: Session) -> Response:
        return JSONResponse(await run_in_threadpool(self._decisions_json, self.doc_of(request)))

    # Writes run in the thread pool: a commit may wait for the disk (--durable: an fsync each) or
    # for PostgreSQL, which must not hold up the event loop and every other request.
    async def put_decision(self, request: Request, s: Session) -> Response:
        doc = self.doc_of(request)
        key = str(request.path_params["key"])
        try:
            item = json.loads(await request.body())
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise UsageError("the body is not JSON.") from None
        item = self.packet.validate(doc, key, item, s.user)
        lock, state = await run_in_threadpool(self._decide, doc, key, item, s.user)
        return JSONResponse({"ok": True, "item": item, "lock": lock.to_dict(), "state": state})

    async def delete_decision(self, request: Request, s: Session) -> Response:
        doc = self.doc_of(request)
        key = str(request.path_params["key"])
        lock, state = await run_in_threadpool(self._decide, doc, key, None, s.user)
        return JSONResponse({"ok": True, "lock": lock.to_dict(), "state": state})

    def _decide(self, doc: str, key: str, item: dict[str, Any] | None, user: str) -> tuple[Lock, str]:
        """Set or clear one decision; the lock it took and the document's state after it (a first
        decision starts the review), so the page shows both without asking again."""
        return self.store.set_decision(doc, key, item, user, editable=EDITABLE)

    async def lock(self, request: Request, s: Session) -> Response:
        doc = self.doc_of(request)
        lock = await run_in_threadpool(self.store.acquire_lock, doc, s.user, editable=EDITABLE)
        return JSONResponse({"ok": True, "lock": lock.to_dict()})

    async def unlock(self, request: Request, s: Session) -> Response:
        doc = self.doc_of(request)
        await run_in_threadpool(self.store.release_lock, doc, s.user)
        return JSONResponse({"ok": True, "lock": None})

    async def _move(self, doc: str, user: str, action: str, allowed: tuple[str, ...], new_state: str,
                    **fields: str) -> DocState:
        """:meth:`StateStore.transition` in the thread pool (its commit may wait for the disk)."""
        return await run_in_threadpool(self.store.transition, doc, user, action, allowed, new_state, **fields)

    async def submit(self, request: Request, s: Session) -> Response:
        doc = self.doc_of(request)
        lock = await run_in_threadpool(self.store.lock, doc)
        if lock is not None and lock.user != s.user:
            raise locked(lock)
        st = await self._move(doc, s.user, "submit", ("in_review",), "needs_qc", reviewer=s.user,
                              sendback_reason="")
        return JSONResponse({"ok": True, "document": st.to_dict()})

    async def qc(self, request: Request, s: Session) -> Response:
        doc = self.doc_of(request)
        try:
            body = json.loads(await request.body() or b"{}")
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise UsageError("the body is not JSON.") from None
        if not isinstance(body, dict) or not isinstance(body.get("approve"), bool):
            raise UsageError('give {"approve": true|false, "reason": "..."}.')
        reason = str(body.get("reason") or "").strip()
        st = await run_in_threadpool(self.store.document, doc)
        if st.state == "needs_qc" and st.reviewer == s.user:
            raise StateError(f"{s.user} reviewed {doc}; QC must be done by someone else.")
        if body["approve"]:
            st = await self._move(doc, s.user, "approve", ("needs_qc",), "approved", approver=s.user)
        else:
            if not reason:
                raise UsageError("sending a document back needs a reason.")
            st = await self._move(doc, s.user, "send_back", ("needs_qc",), "in_review",
                                  sendback_reason=reason, approver="")
        return JSONResponse({"ok": True, "document": st.to_dict()})

    def _export(self, doc: str) -> dict[str, Any]:
        st = self.store.document(doc)
        return self.packet.decisions_file(doc, self.store.decisions(doc), st.reviewer)

    async def release(self, request: Request, s: Session) -> Response:
        doc = self.doc_of(request)
        st = await run_in_threadpool(self.store.document, doc)
        if st.state != "approved":
            raise StateError(f"{doc} is {st.state}; only an approved document is released.")
        # claimed in the store, not in this process: servers sharing one database release a document once
        claim = await run_in_threadpool(self.store.claim_release, doc, s.user)
        try:
            decisions = await run_in_threadpool(self._export, doc)
            res = await run_in_threadpool(self.releaser.release, doc, decisions, st.approver)
        except BaseException:
            await run_in_threadpool(self.store.drop_release_claim, doc, claim)
            raise
        if not res.ok:
            await run_in_threadpool(self.store.drop_release_claim, doc, claim)
            await run_in_threadpool(self.store.audit, s.user, "release_failed", doc, {"state": st.state},
                                    {"error": res.error})
            return JSONResponse({"error": res.error, "ok": False}, status_code=422)
        dst, log = self.releaser.paths(doc)
        new = await self._move(doc, s.user, "release", ("approved",), "released", released=str(dst))
        return JSONResponse({"ok": True, "document": new.to_dict(), "output": str(dst), "log": str(log),
                             "redactions": res.redactions})

    async def decisions_json(self, request: Request, s: Session) -> Response:
        doc = self.doc_of(request)
        body = json.dumps(await run_in_threadpool(self._export, doc), indent=2, ensure_ascii=False) + "\n"
        return Response(body, media_type="application/json", headers={
            "Content-Disposition": f'attachment; filename="{doc}.decisions.json"'})

    async def doc_audit(self, request: Request, s: Session) -> Response:
        doc = self.doc_of(request)
        trail = await run_in_threadpool(self.store.audit_trail, doc)
        return JSONResponse({"audit": [e.to_dict() for e in trail]})

    async def audit(self, request: Request, s: Session) -> Response:
        trail = await run_in_threadpool(self.store.audit_trail)
        return JSONResponse({"audit": [e.to_dict() for e in trail]})

    async def search(self, request: Request, s: Session) -> Response:
        q = request.query_params.get("q", "")
        regex = request.query_params.get("regex", "0") in ("1", "true", "on")
        try:
            result = await run_in_threadpool(self.search_index.search, q, regex=regex)
        except UsageError as exc:  # an empty or bad query
            return JSONResponse({"error": str(exc)}, status_code=400)
        return JSONResponse(result)


async def _form(request: Request) -> dict[str, str]:
    """A url-encoded form body (first value of each field); read once, cached on the request."""
    cached = request.scope.get("rk_form")
    if cached is None:
        raw = parse_qs((await request.body()).decode("utf-8", "replace"), keep_blank_values=True)
        cached = {k: v[0] for k, v in raw.items()}
        request.scope["rk_form"] = cached
    return dict(cached)


def create_app(
    root: str | Path,
    *,
    auth: AuthConfig | None = None,
    lock_minutes: float = 15.0,
    release_dir: str | Path | None = None,
    settings: RedactSettings | None = None,
    engine: Engine | None = None,
    database: str | None = None,
    durable: bool = False,
) -> Starlette:
    """The review server's ASGI app for the review folder ``root``.

    Args:
        root: the folder ``redactkit propose -o`` wrote.
        auth: how users sign in (default: by name; only for a localhost bind, which the CLI checks).
        lock_minutes: a lock's timeout after its holder's last action.
        release_dir: where released documents go (default ``root/released``).
        settings: redaction settings of a release.
        engine: a loaded engine for releases (tests reuse one).
        database: a ``postgresql://`` URL to keep the state in (default: ``root/review-state.sqlite``).
        durable: for the SQLite file, an fsync per commit (survives power loss; slower under load).
    """
    store = open_store(Path(root), database, lock_minutes=lock_minutes, durable=durable)
    srv = _Server(Path(root), auth or AuthConfig(), store,
                  release_dir=Path(release_dir) if release_dir else None, settings=settings, engine=engine)
    g = srv.guard
    api = "/api/docs/{doc}"
    routes = [
        Route("/signin", srv.signin_form, methods=["GET"]),
        Route("/signin", srv.signin, methods=["POST"]),
        Route("/signout", g(srv.signout), methods=["POST"]),
        Route("/", g(srv.index, page=True), methods=["GET"]),
        Route("/audit", g(srv.audit_page, page=True), methods=["GET"]),
        Route("/docs/{doc}", g(srv.review_page, page=True), methods=["GET"]),
        Route("/files/{path:path}", g(srv.files, page=True), methods=["GET"]),
        Route("/api/docs", g(srv.list_docs), methods=["GET"]),
        Route("/api/audit", g(srv.audit), methods=["GET"]),
        Route("/api/search", g(srv.search), methods=["GET"]),
        Route(f"{api}/status", g(srv.status), methods=["GET"]),
        Route(f"{api}/decisions", g(srv.get_decisions), methods=["GET"]),
        Route(f"{api}/decisions.json", g(srv.decisions_json), methods=["GET"]),
        Route(f"{api}/decisions/{{key}}", g(srv.put_decision), methods=["PUT"]),
        Route(f"{api}/decisions/{{key}}", g(srv.delete_decision), methods=["DELETE"]),
        Route(f"{api}/lock", g(srv.lock), methods=["POST"]),
        Route(f"{api}/unlock", g(srv.unlock), methods=["POST"]),
        Route(f"{api}/submit", g(srv.submit), methods=["POST"]),
        Route(f"{api}/qc", g(srv.qc), methods=["POST"]),
        Route(f"{api}/release", g(srv.release), methods=["POST"]),
        Route(f"{api}/audit", g(srv.doc_audit), methods=["GET"]),
    ]
    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        srv.store.close()

    app = Starlette(routes=routes, middleware=[Middleware(_Headers)], lifespan=lifespan,
                    max_body_size=1 << 20)
    app.state.server = srv
    return app
