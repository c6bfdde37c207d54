"""File names checked with the same detector and policy as the content.

A source named ``statement_Maria_Gonzalez.pdf`` or ``report_512-48-3390.pdf`` would give its
private data to every output name, the log and the public exemption index. Before output
names are chosen, :func:`public_name` reads the file's stem (``_``, ``-`` and ``.`` read as
spaces) with the document's :class:`~redactkit.detect.Detector` and
:class:`~redactkit.policy.Policy`, and checks structured identifiers (SSN, phone number) by
pattern as well. When anything the policy redacts is found, the output stem becomes
``document-<first 12 hex digits of the source SHA-256>`` (stable across runs), and the mapping
safe name → original path goes only into the private :data:`NAME_MAP` file of the output
folder (mode 600, merged across runs). Everything else (logs, CSV, exemption index, summaries)
uses the safe name.

What is read: the stem of the file, plus, in a packet, its folders below the packet root.
Names are read three ways: with ``-`` kept (so ``512-48-3390`` is one SSN), with every
separator as a space, and in title case (file names are often lower case, and NER does not
see ``maria gonzalez`` as a name; a person found only in that reading must hold a census
given name, as in the ALL-CAPS reading of :mod:`redactkit.detect`).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._fileio import sha256_file, write_text_atomic
from .detect import has_given_name
from .errors import OutputError
from .model import Char, Document, Page, Rect
from .plan import make_plan

if TYPE_CHECKING:
    from .detect import Detector
    from .policy import Policy

__all__ = ["NAME_MAP", "SAFE_PREFIX", "PublicName", "private_in_name", "public_name", "record_names"]

#: The private mapping file (safe name → original path), written into the output folder.
NAME_MAP = "private-name-map.json"
NAME_MAP_SCHEMA = "redactkit.name-map/1"
#: Prefix of a replaced output stem.
SAFE_PREFIX = "document-"

#: Structured identifiers checked by pattern whatever their score (entity, pattern). In a
#: file name there is no context word to raise a score, so Presidio's own scores are too low.
_STRUCTURED: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("US_SSN", re.compile(r"(?<![0-9])[0-9]{3}[-_. ][0-9]{2}[-_. ][0-9]{4}(?![0-9])")),
    ("PHONE_NUMBER", re.compile(r"(?<![0-9])\(?[0-9]{3}\)?[-_. ]?[0-9]{3}[-_. ][0-9]{4}(?![0-9])")),
)


@dataclass(frozen=True)
class PublicName:
    """The name under which one source appears in outputs, logs and indexes.

    Attributes:
        source: the source file.
        stem: the output stem: the original one, or ``document-<sha12>`` when replaced.
        replaced: True when the original name held something the policy redacts.
        entities: the entity types found in the name (never the text).
        suffix: the source's suffix (``.pdf``).
    """

    source: Path
    stem: str
    replaced: bool = False
    entities: tuple[str, ...] = ()
    suffix: str = ""

    @property
    def file_name(self) -> str:
        """The safe file name (stem and suffix) to record instead of the source path."""
        return f"{self.stem}{self.suffix}"

    @property
    def warning(self) -> str | None:
        """The reviewer note for the log (no trace of the original name), or None."""
        if not self.replaced:
            return None
        what = f" ({', '.join(self.entities)})" if self.entities else ""
        return (f"a private identifier{what} was found in the file name; "
                f"it was replaced by '{self.file_name}' in output names, the log and the exemption "
                f"index (original name only in {NAME_MAP})")


def _readings(name: str) -> list[tuple[str, bool]]:
    """The texts a name is analysed as, each with whether it is the title-case reading."""
    name = name.replace("/", " ").replace("\\", " ")
    dashed = re.sub(r"[_.]+", " ", name).strip()
    spaced = re.sub(r"[_.\-]+", " ", name).strip()
    readings = [(dashed, False)] if dashed == spaced else [(dashed, False), (spaced, False)]
    titled = re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), spaced)
    if titled != spaced:
        readings.append((titled, True))
    return [(text, t) for text, t in readings if text]


def _analyse(text: str, detector: Detector, policy: Policy, *, titled: bool) -> set[str]:
    """Entity types the policy would redact in ``text`` (detect and plan, as for a page)."""
    chars = [Char(c, Rect(k, 0, k + 1, 10), 0) for k, c in enumerate(text)]
    doc = Document(path="name", sha256="0", pages=[Page(0, 612, 792, 0, "text", text, chars, [])])
    findings = detector.detect(doc, policy)
    if titled:  # the title-case reading: only names, and only those with a given name
        findings = [f for f in findings
                    if f.entity == "PERSON" and has_given_name(f.text) or f.entity in policy.keep]
    return {r.entity for r in make_plan(doc, findings, policy).active()}


def private_in_name(name: str, detector: Detector, policy: Policy) -> list[str]:
    """Entity types that ``policy`` redacts found in a file or folder name (empty: the name is safe).

    Args:
        name: a file stem, or a relative path without suffix (``sub/report_001``).
        detector: the loaded detector (the one that reads the documents).
        policy: the document's policy.
    """
    found: set[str] = set()
    for text, titled in _readings(name):
        found |= _analyse(text, detector, policy, titled=titled)
    for entity, pattern in _STRUCTURED:
        if entity in policy.redact and not policy.is_allowed(name) and pattern.search(name):
            found.add(entity)
    return sorted(found)


def public_name(
    path: str | os.PathLike[str],
    detector: Detector,
    policy: Policy,
    *,
    stem: str | None = None,
    sha256: str | None = None,
) -> PublicName:
    """The name ``path`` may appear under in outputs (see the module docstring).

    Args:
        path: the source file.
        detector: the loaded detector.
        policy: the policy the document is redacted under.
        stem: the name to check and use when safe (default: the file's stem); a packet passes
            its relative name (``sub/report``), so folder names are checked too.
        sha256: the source's SHA-256 if known (else read from the file when needed).

    Returns:
        A :class:`PublicName`; ``replaced`` when the name held something the policy redacts.
    """
    p = Path(path)
    name = stem if stem is not None else p.stem
    entities = private_in_name(name, detector, policy)
    if not entities:
        return PublicName(p, name, False, (), p.suffix)
    digest = sha256 or sha256_file(p)
    return PublicName(p, f"{SAFE_PREFIX}{digest[:12]}", True, tuple(entities), p.suffix)


def record_names(out_dir: str | os.PathLike[str], names: Iterable[PublicName]) -> Path | None:
    """Add the replaced names among ``names`` to ``out_dir``/:data:`NAME_MAP` (private, mode 600).

    The file is merged with what earlier runs recorded and written atomically. Nothing is
    written when no name was replaced.

    Returns:
        The map's path, or None.
    """
    new = {n.file_name: {"source": str(n.source.resolve()), "entities": list(n.entities)}
           for n in names if n.replaced}
    if not new:
        return None
    path = Path(out_dir) / NAME_MAP
    entries: dict[str, Any] = {}
    try:
        old = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(old, dict) and old.get("schema") == NAME_MAP_SCHEMA:
            entries = dict(old.get("names") or {})
    except FileNotFoundError:
        pass
    except (OSError, ValueError) as exc:
        raise OutputError(
            f"{path}: the private name map is unreadable ({exc}); move it away and run again."
        ) from exc
    entries.update(new)
    doc = {"schema": NAME_MAP_SCHEMA,
           "note": "PRIVATE: original file names that held personal data. Do not release.",
           "names": dict(sorted(entries.items()))}
    write_text_atomic(path, json.dumps(doc, indent=2, ensure_ascii=False) + "\n", mode=0o600)
    return path
