"""What a packet holds: the supported files of a folder, or the rows of a manifest (CSV or YAML).
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pymupdf
import yaml
from PIL import Image

from ..errors import (
    UsageError,
)

if TYPE_CHECKING:
    pass

__all__ = [
    "MANIFEST_COLUMNS",
    "PacketItem",
    "SUPPORTED_SUFFIXES",
    "count_pages",
    "discover",
]


#: Suffixes a folder packet is searched for (images work once the Redactor accepts them).
SUPPORTED_SUFFIXES = frozenset({".pdf", ".tif", ".tiff", ".png", ".jpg", ".jpeg"})


#: Manifest column names (``requester_type`` is accepted for ``requester``).
MANIFEST_COLUMNS = ("file", "policy", "requester", "notes")


@dataclass(frozen=True)
class PacketItem:
    """One document of a packet.

    Attributes:
        path: the source file.
        name: output name relative to the output folder, without suffix
            (``sub/report`` → ``OUT/sub/report.redacted.pdf``); unique in the packet.
        policy: policy override (profile name or rule-file path), or None for the run's policy.
        requester: requester type from the manifest ("" for a folder packet).
        notes: free text from the manifest.
    """

    path: Path
    name: str
    policy: str | None = None
    requester: str = ""
    notes: str = ""


def discover(packet: str | os.PathLike[str], out: str | os.PathLike[str] | None = None) -> list[PacketItem]:
    """The documents of ``packet`` (a folder or a ``.csv``/``.yaml``/``.yml`` manifest), in a stable order.

    Args:
        packet: folder or manifest.
        out: the output folder; when it lies inside a folder packet it is not searched.

    Raises:
        UsageError: the packet is missing, empty, or the manifest is malformed.
    """
    p = Path(packet)
    out_p = Path(out).resolve() if out is not None else None
    if p.is_dir():
        root = p.resolve()
        if out_p is not None and out_p == root:
            raise UsageError(f"output folder {out} is the packet folder; choose another folder.")
        files = sorted(
            (
                q
                for q in root.rglob("*")
                if q.is_file()
                and q.suffix.lower() in SUPPORTED_SUFFIXES
                and not (out_p is not None and out_p in q.parents)
            ),
            key=lambda q: q.relative_to(root).as_posix(),
        )
        rows: list[tuple[Path, str | None, str, str]] = [(f, None, "", "") for f in files]
        base = root
    elif p.is_file() and p.suffix.lower() in (".csv", ".yaml", ".yml"):
        rows = _read_manifest(p)
        base = p.resolve().parent
    elif p.exists():
        raise UsageError(
            f"{p}: a packet is a folder or a CSV/YAML manifest (file, policy, requester, notes)."
        )
    else:
        raise UsageError(f"{p}: no such folder or manifest.")
    if not rows:
        raise UsageError(f"{p}: no documents found (looked for {', '.join(sorted(SUPPORTED_SUFFIXES))}).")
    return _name_items(rows, base)


def _read_manifest(path: Path) -> list[tuple[Path, str | None, str, str]]:
    base = path.resolve().parent
    records: list[dict[str, Any]]
    if path.suffix.lower() == ".csv":
        with open(path, newline="", encoding="utf-8-sig") as f:
            reader = csv.DictReader(f)
            if reader.fieldnames is None or "file" not in [h.strip() for h in reader.fieldnames]:
                raise UsageError(
                    f"{path}: the manifest needs a header row with a 'file' column "
                    f"(columns: {', '.join(MANIFEST_COLUMNS)})."
                )
            records = [{(k or "").strip(): (v or "").strip() for k, v in r.items()} for r in reader]
        first_line = 2
    else:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise UsageError(f"{path}: not valid YAML: {exc}") from exc
        if isinstance(data, dict):
            data = data.get("documents")
        if not isinstance(data, list):
            raise UsageError(
                f"{path}: a YAML manifest is a list of entries (or 'documents:' with a list), "
                f"each with keys {', '.join(MANIFEST_COLUMNS)}."
            )
        records = []
        for i, entry in enumerate(data):
            if isinstance(entry, str):
                entry = {"file": entry}
            if not isinstance(entry, dict):
                raise UsageError(f"{path}: entry {i + 1} is not a mapping with a 'file' key.")
            records.append({str(k): "" if v is None else str(v) for k, v in entry.items()})
        first_line = 1
    rows: list[tuple[Path, str | None, str, str]] = []
    for i, rec in enumerate(records):
        where = f"{path}: {'row' if path.suffix.lower() == '.csv' else 'entry'} {i + first_line}"
        unknown = set(rec) - set(MANIFEST_COLUMNS) - {"requester_type", ""}
        if unknown:
            raise UsageError(
                f"{where}: unknown column(s) {sorted(unknown)}; allowed: {', '.join(MANIFEST_COLUMNS)}."
            )
        file = rec.get("file", "")
        if not file:
            raise UsageError(f"{where}: 'file' is empty.")
        fp = Path(file)
        fp = fp if fp.is_absolute() else base / fp
        policy = rec.get("policy") or None
        if policy and policy.lower().endswith((".yaml", ".yml")) and not Path(policy).is_absolute():
            policy = str(base / policy)
        rows.append(
            (fp, policy, rec.get("requester") or rec.get("requester_type") or "", rec.get("notes", ""))
        )
    return rows


def _name_items(rows: list[tuple[Path, str | None, str, str]], base: Path) -> list[PacketItem]:
    items: list[PacketItem] = []
    seen: dict[str, Path] = {}
    for path, policy, requester, notes in rows:
        try:
            rel = path.resolve().relative_to(base)
            stem = rel.with_suffix("").as_posix()
        except ValueError:
            stem = path.stem
        name = stem
        if name in seen:  # "report.pdf" beside "report.tif": keep both, tell them apart by suffix
            name = f"{stem}{path.suffix.lower().replace('.', '_')}"
        if name in seen:
            raise UsageError(
                f"two packet entries would write the same output '{name}': {seen[name]} and {path}."
            )
        seen[name] = path
        items.append(PacketItem(path=path, name=name, policy=policy, requester=requester, notes=notes))
    return items


def count_pages(path: Path) -> int:
    """Page count of a PDF or image (frames of a TIFF); 0 when the file cannot be read."""
    try:
        if path.suffix.lower() == ".pdf":
            with pymupdf.open(path) as doc:
                return int(doc.page_count)

        with Image.open(path) as im:
            return int(getattr(im, "n_frames", 1))
    except Exception:
        return 0
