"""Regenerate ``src/redactkit/data/english_words.txt`` (run by hand; not needed at run time).

Usage: ``python tools/make_english_words.py WORDS_FILE``

``WORDS_FILE``: ``/usr/share/dict/american-english`` from Debian's ``wamerican`` 2020.12.07
(SCOWL size 50; permissive licence, see ``src/redactkit/data/README.md``). Every word the list
writes in lower case (no possessives), one a line, in the list's order: the words English writes
in lower case, which the wide fallback (``redactkit.detect.widefallback``) takes for ordinary
words when a record writes them capitalised. The list's capitalised entries (given names,
places, brands) are left out.
"""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["main"]

HEADER = """\
# Lower-case words of SCOWL size 50 (Debian wamerican 2020.12.07, /usr/share/dict/american-english;
# Copyright 2000-2011 Kevin Atkinson, permission to use, copy, modify, distribute and sell granted),
# possessives ("x's") left out. Regenerate with tools/make_english_words.py.
"""


def main(argv: list[str]) -> int:
    words_file = Path(argv[1])
    seen: dict[str, None] = {}
    for w in words_file.read_text(encoding="utf-8").split():
        if w.islower() and not w.endswith("'s"):
            seen.setdefault(w, None)
    target = Path(__file__).resolve().parents[1] / "src" / "redactkit" / "data" / "english_words.txt"
    target.write_text(HEADER + "".join(f"{w}\n" for w in seen), encoding="utf-8")
    print(f"{len(seen)} words -> {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
