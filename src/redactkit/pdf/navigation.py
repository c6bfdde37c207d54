"""Navigation of a release: the outline and page labels redactkit writes itself from safe text.

The allowlist rebuild (:mod:`redactkit.burn.rebuild`) copies no catalog entry of the
source, so a release used to lose its bookmarks and page numbering. Both are useful to
a reader and both are text, so they are rebuilt here from their *strings* only:

- :func:`read_navigation` reads the source's outline (level, title, page) and page labels
  through MuPDF (before sanitize drops them); :func:`safe_navigation` keeps a title or
  label only when :func:`unsafe_reason` finds in it no redacted string (letters and
  digits compared, case and spacing ignored), no structured identifier by pattern
  (:data:`ID_PATTERNS`: SSN, phone, e-mail, date of birth, a run of seven or more
  digits), and no word the release's own pages do not show (numbers of up to four
  digits, roman numerals and single letters aside): a bookmark must not be a channel for
  a name the reviewer never saw on a page. A dropped outline entry's children move up to
  its nearest kept ancestor; a dropped label becomes an empty one.
- :func:`redactkit.burn.rebuild.rebuild_pdf` writes what is kept as new objects: outline
  items with ``/Title``, an explicit ``/Dest`` and the links of the tree, nothing else
  (no actions, colours, structure elements); ``/PageLabels`` entries with a ``/P`` prefix.

Verify reads the output's outline titles and page labels again and applies the same test
(``navigation_safe``), failing closed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import pymupdf

__all__ = ["ID_PATTERNS", "MAX_LABEL", "MAX_TITLE", "Navigation", "needles", "read_navigation",
           "safe_navigation", "squash", "unsafe_reason", "vocabulary"]

#: Structured identifiers a title or label may not hold (kind → pattern, on normalised text).
ID_PATTERNS: dict[str, re.Pattern[str]] = {
    "SSN": re.compile(r"(?<!\d)\d{3}\s?-\s?\d{2}\s?-\s?\d{4}(?!\d)"),
    "phone": re.compile(r"(?<!\d)(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}\s?[-.]\s?\d{4}(?!\d)"),
    "e-mail": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "date of birth": re.compile(r"(?i)\b(?:DOB|D\.O\.B\.?|date\s+of\s+birth|born)\b"),
    "long number": re.compile(r"\d(?:[\s.-]?\d){6,}"),
}
#: Longest title and label written (longer ones are dropped: navigation is short text).
MAX_TITLE = 200
MAX_LABEL = 32
#: Shortest redacted string looked for (letters and digits).
MIN_NEEDLE = 3

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_DASH_MAP = str.maketrans({c: "-" for c in _DASHES})
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u034f\u180e]")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def _normalise(text: str) -> str:
    return _INVISIBLE.sub("", unicodedata.normalize("NFKC", text).translate(_DASH_MAP))


def squash(text: str) -> str:
    """Lower-case letters and digits only (spacing, punctuation and dashes ignored)."""
    return re.sub(r"[\W_]", "", _normalise(text).casefold())


def needles(redacted: Iterable[str]) -> list[str]:
    """The redacted strings as :func:`unsafe_reason` looks for them."""
    return sorted({n for text in redacted if len(n := squash(text)) >= MIN_NEEDLE})


_WORD = re.compile(r"[^\W_]+")
_ROMAN = re.compile(r"^[ivxlcdm]{1,6}$")


def vocabulary(texts: Iterable[str]) -> set[str]:
    """The words (letters and digits, case-folded) of a release's pages."""
    return {w for text in texts for w in _WORD.findall(_normalise(text).casefold())}


def _free(word: str) -> bool:
    """A word navigation may hold without the pages showing it: a short number, a roman
    numeral, a single letter."""
    return (word.isdigit() and len(word) <= 4) or len(word) == 1 or bool(_ROMAN.match(word))


def unsafe_reason(text: str, found: Sequence[str], words: set[str] | None,
                  limit: int = MAX_TITLE) -> str | None:
    """Why ``text`` may not be written into a release's navigation (None: it may).

    ``found``: :func:`needles` of the redacted strings; ``words``: :func:`vocabulary` of
    the release's pages (None: not checked)."""
    if len(text) > limit:
        return f"longer than {limit} characters"
    flat = squash(text)
    if any(n in flat for n in found):
        return "holds a redacted string"
    norm = _normalise(text)
    for kind, pattern in ID_PATTERNS.items():
        if pattern.search(norm):
            return f"holds a {kind} by pattern"
    if words is not None:
        unseen = [w for w in _WORD.findall(norm.casefold()) if w not in words and not _free(w)]
        if unseen:
            return f"holds {len(unseen)} word(s) no page of the release shows"
    return None


@dataclass
class Navigation:
    """What a release's navigation may hold, and what was left out."""

    #: (level from 1, title, 0-based page) of the kept outline entries, in order.
    outline: list[tuple[int, str, int]] = field(default_factory=list)
    #: One label per page ("" where dropped); None when the source had no page labels.
    labels: list[str] | None = None
    outline_dropped: int = 0
    labels_dropped: int = 0

    def counts(self) -> dict[str, int]:
        """For the log's ``sanitized`` entries."""
        out = {}
        if self.outline:
            out["outline_entries_written"] = len(self.outline)
        if self.outline_dropped:
            out["outline_entries_dropped_unsafe"] = self.outline_dropped
        if self.labels_dropped:
            out["page_labels_dropped_unsafe"] = self.labels_dropped
        return out


def _clean(text: str) -> str:
    return " ".join(_CONTROL.sub(" ", text).split())


def read_navigation(doc: pymupdf.Document) -> Navigation:
    """The outline and page labels of ``doc`` as strings, unfiltered (see :func:`safe_navigation`)."""
    nav = Navigation()
    try:
        toc = doc.get_toc(simple=True)
    except Exception:
        toc = []
    for level, title, page in toc:
        nav.outline.append((int(level), _clean(str(title)), int(page) - 1))
    try:
        has_labels = bool(doc.get_page_labels())
    except Exception:
        has_labels = False
    if has_labels:
        nav.labels = [_clean(doc[i].get_label() or "") for i in range(doc.page_count)]
    return nav


def safe_navigation(raw: Navigation, page_count: int, redacted: Iterable[str], words: set[str]) -> Navigation:
    """What of ``raw`` (:func:`read_navigation`) a release may hold (see the module docstring)."""
    found = needles(redacted)
    nav = Navigation()
    kept_levels: list[int] = []  # output level of each open source ancestor, by source level
    for level, title, page in raw.outline:
        del kept_levels[level - 1:]
        if not (0 <= page < page_count) or not title or unsafe_reason(title, found, words):
            nav.outline_dropped += 1
            kept_levels.append(kept_levels[-1] if kept_levels else 0)
            continue
        out_level = (kept_levels[-1] if kept_levels else 0) + 1
        kept_levels.append(out_level)
        nav.outline.append((out_level, title, page))
    if raw.labels is not None and len(raw.labels) == page_count:
        nav.labels = []
        for label in raw.labels:
            if label and unsafe_reason(label, found, words, MAX_LABEL):
                nav.labels_dropped += 1
                label = ""
            nav.labels.append(label)
    return nav
