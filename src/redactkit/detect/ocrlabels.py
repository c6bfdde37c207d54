"""OCR misreads inside form labels: "1D" for "ID", "D0B" for "DOB", "N0." for "No.".

Tesseract reads the capital I of a short form label as the digit 1 (or a lower-case l) and
the O as a zero, most of all in small capitals in a boxed header. Layout pairing
(:mod:`.layout`) never takes a cell with a digit for a label (a cell with digits is a value),
so "DL / 1D NO." over a column of licence numbers paired nothing and the licences stayed
visible on the scan. This module gives layout pairing a view of an OCR page whose label words
are read back: a word is changed only when, with its confusable characters read as letters,
it is one of the short label words in :data:`LABEL_WORDS`. A value ("10", "1D0", a plate "L10")
folds into none of them, and a text layer's words are never changed.
"""

from __future__ import annotations

import dataclasses

from ..model import Page, Word

__all__ = ["LABEL_WORDS", "label_view"]

#: Short words that name a field in a form header (the words of layout's label rules that an
#: OCR digit-for-letter misread can turn into digits).
LABEL_WORDS = frozenset({"id", "dob", "dl", "oln", "odl", "cdl", "ssn", "vin", "no", "lp", "lpn", "ani"})
#: What Tesseract reads for a capital I or O in a label.
_AS_LETTER = str.maketrans({"1": "I", "l": "I", "|": "I", "0": "O"})
_EDGE = ".:#/,;()"


def _read_back(text: str) -> str | None:
    """``text`` with its misread letters restored, when it then is a label word, else None."""
    core = text.strip(_EDGE)
    if not core or len(core) > 4 or not any(c in "1l|0" for c in core):
        return None
    if not any(c.isupper() for c in core):  # "lo", "10": no capital to say it is a header word
        return None
    folded = core.translate(_AS_LETTER)
    if folded.casefold() not in LABEL_WORDS or folded == core:
        return None
    return text.replace(core, folded, 1)


def label_view(page: Page) -> Page:
    """``page`` itself, or (an OCR page with a misread label word) a copy whose words read it right.

    Only the words' strings change; offsets, boxes and the page text stay, so every finding made
    from the view maps to the page as it is.
    """
    if not page.is_ocr:
        return page
    words: list[Word] = []
    changed = False
    for w in page.words:
        fixed = _read_back(w.text) if w.source == "ocr" else None
        if fixed is not None:
            w = dataclasses.replace(w, text=fixed)
            changed = True
        words.append(w)
    return dataclasses.replace(page, words=words) if changed else page
