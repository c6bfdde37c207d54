"""Helpers of the review-server tests: a small proposed packet and signed-in test clients.

The packet is real: invented report pages proposed with the session's Redactor (spaCy and
Presidio), written by ``propose_bundle`` exactly as ``redactkit propose`` writes them.
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import re
import shutil
import subprocess
import tempfile
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pymupdf
import pytest

with warnings.catch_warnings():  # starlette 1.x suggests httpx2; httpx works the same here
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from redactkit.review import propose_bundle, read_plan_file
from redactkit.serve import AuthConfig, create_app

#: Invented report lines (names and streets made up for these tests).
DOCS: dict[str, tuple[str, ...]] = {
    "alpha": (
        "Incident report 2031-118, Harbor District.",
        "Witness Rosalind Varga told Officer Peter Quill that the van left at 9 pm.",
        "Rosalind Varga lives at 417 Juniper Court and can be reached at 555-201-7733.",
        "The complainant, Tobias Ekwueme, declined medical care.",
    ),
    "bravo": (
        "Supplemental report 2031-119.",
        "Tobias Ekwueme returned to the station with his brother Anselm Ekwueme.",
        "Both men said Rosalind Varga had not been seen since Tuesday.",
    ),
}


def write_pdf(path: Path, lines: tuple[str, ...], pages: int = 1) -> Path:
    doc = pymupdf.open()
    for _ in range(pages):
        page = doc.new_page(width=612, height=792)
        y = 100.0
        for line in lines:
            page.insert_text((72, y), line, fontsize=11, fontname="helv")
            y += 14
    doc.save(path)
    doc.close()
    return path


def build_packet(redactor: Any, root: Path) -> Path:
    """Sources under ``root/src`` and their review bundles in ``root/review``; returns the review folder."""
    (root / "src").mkdir(parents=True)
    review = root / "review"
    for name, lines in DOCS.items():
        propose_bundle(redactor, write_pdf(root / "src" / f"{name}.pdf", lines), review)
    return review


def copy_packet(master: Path, dst: Path) -> Path:
    """A fresh copy of a built packet (sources and bundle; the plans point at the copied sources)."""
    shutil.copytree(master.parent / "src", dst / "src")
    shutil.copytree(master, dst / "review")
    for plan in (dst / "review").glob("*.plan.json"):
        raw = json.loads(plan.read_text(encoding="utf-8"))
        raw["source"] = str((dst / "src" / Path(raw["source"]).name).resolve())
        plan.write_text(json.dumps(raw), encoding="utf-8")
    return dst / "review"


def redaction_ids(review: Path, doc: str) -> list[str]:
    return [r.id for r in read_plan_file(review / f"{doc}.plan.json").plan.redactions]


def signin(client: TestClient, name: str, secret: str = "", doc: str = "alpha") -> str:
    """Sign ``client`` in through the form; return the session's CSRF token (from a review page)."""
    form = client.get("/signin")
    pre = re.search(r'name="csrf" value="([^"]+)"', form.text)
    assert pre, form.text
    r = client.post("/signin", data={"csrf": pre.group(1), "name": name, "secret": secret},
                    follow_redirects=False)
    assert r.status_code == 303, r.text
    page = client.get(f"/docs/{doc}")
    m = re.search(r'"csrf": "([^"]+)"', page.text)
    assert m, page.text[:500]
    return m.group(1)


class User:
    """A signed-in test client: ``u.put(doc, item)``, ``u.post(doc, "lock")`` with its CSRF token."""

    def __init__(self, app: Any, name: str, secret: str = "", doc: str = "alpha") -> None:
        self.name = name
        self.client = TestClient(app)
        self.csrf = signin(self.client, name, secret, doc)

    def h(self) -> dict[str, str]:
        return {"X-CSRF-Token": self.csrf}

    def put(self, doc: str, item: dict[str, Any], key: str | None = None) -> Any:
        key = key or item.get("id") or manual_key(item)
        return self.client.put(f"/api/docs/{doc}/decisions/{key}", json=item, headers=self.h())

    def delete(self, doc: str, key: str) -> Any:
        return self.client.delete(f"/api/docs/{doc}/decisions/{key}", headers=self.h())

    def post(self, doc: str, what: str, body: dict[str, Any] | None = None) -> Any:
        return self.client.post(f"/api/docs/{doc}/{what}", json=body or {}, headers=self.h())

    def get(self, path: str, **kw: Any) -> Any:
        return self.client.get(path, **kw)


def manual_key(item: dict[str, Any]) -> str:
    from redactkit.model import Rect
    from redactkit.review.decisions import manual_id

    return manual_id(int(item["page"]), Rect.from_list(item["rect"]))


def make_app(review: Path, **kw: Any) -> Any:
    kw.setdefault("auth", AuthConfig())
    return create_app(review, **kw)


# ---------------------------------------------------------------------- a throwaway PostgreSQL cluster

def _pg_bin(name: str) -> str:
    """A PostgreSQL server program (Debian keeps them in /usr/lib/postgresql/N/bin, off the PATH)."""
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda p: int(p.split("/")[4]))
    path = found[-1] if found else shutil.which(name)
    if not path:
        raise RuntimeError(f"PostgreSQL's {name} is missing: run 'make postgres' "
                           "(apt-get install postgresql).")
    return path


@contextlib.contextmanager
def pg_cluster() -> Iterator[str]:
    """Start a throwaway PostgreSQL cluster (initdb + pg_ctl, unix socket only) and yield the
    ``host=... port=...`` conninfo of its ``postgres`` superuser; stopped and deleted after.

    initdb refuses to run as root: as root, the cluster belongs to the ``postgres`` OS user
    (``runuser``), which the Debian package creates.
    """
    as_root = os.geteuid() == 0
    run_as = ["runuser", "-u", "postgres", "--"] if as_root else []
    tmp = Path(tempfile.mkdtemp(prefix="rk-pg-"))
    if as_root:
        shutil.chown(tmp, "postgres", "postgres")
    data, port = tmp / "data", 54329
    subprocess.run([*run_as, _pg_bin("initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
                    "-E", "UTF8", "--locale=C", "--no-sync"], check=True, capture_output=True)
    # no TCP listener; fsync off: a test cluster need not survive a power loss
    opts = f"-k {tmp} -p {port} -c listen_addresses='' -F"
    subprocess.run([*run_as, _pg_bin("pg_ctl"), "-D", str(data), "-l", str(tmp / "log"), "-w", "-o", opts,
                    "start"], check=True, capture_output=True)
    try:
        yield f"host={tmp} port={port} user=postgres"
    finally:
        subprocess.run([*run_as, _pg_bin("pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture(scope="module")
def pg_conninfo() -> Iterator[str]:
    """A module's throwaway PostgreSQL cluster (import this fixture into a test module)."""
    with pg_cluster() as conninfo:
        yield conninfo


@contextlib.contextmanager
def pg_database(conninfo: str) -> Iterator[str]:
    """A fresh database in the cluster of ``conninfo``; yields its ``postgresql://`` URL, dropped after."""
    import psycopg  # the postgres extra, installed by 'make postgres' with the dev extra

    name = f"rk_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(conninfo + " dbname=postgres", autocommit=True) as c:
        c.execute(f"CREATE DATABASE {name}")
    params = dict(kv.split("=", 1) for kv in conninfo.split())
    try:
        yield f"postgresql://{params['user']}@/{name}?host={params['host']}&port={params['port']}"
    finally:
        with psycopg.connect(conninfo + " dbname=postgres", autocommit=True) as c:
            c.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
