"""Helpers of the review-server tests: a small proposed packet and signed-in test clients.

The packet is real: invented report pages proposed with the session's Redactor (spaCy and
Presidio), written by ``propose_bundle`` exactly as ``redactkit propose`` writes them.
"""

from __future__ import annotations

import json
import re
import shutil
import warnings
from pathlib import Path
from typing import Any

import pymupdf

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
