"""Regenerate ``src/redactkit/schemas/*.schema.json`` from the models (``--check``: only compare).

Usage::

    python -m redactkit.schemas           # write every file
    python -m redactkit.schemas --check   # exit 1 and name the stale files
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import SCHEMAS, render


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check`` compare) every schema file; return the exit code."""
    ap = argparse.ArgumentParser(prog="python -m redactkit.schemas", description=__doc__)
    ap.add_argument("--check", action="store_true", help="do not write; exit 1 if a file is stale")
    args = ap.parse_args(argv)
    here = Path(__file__).resolve().parent
    stale = []
    for name in SCHEMAS:
        path = here / f"{name}.schema.json"
        text = render(name)
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        stale.append(path)
        if not args.check:
            path.write_text(text, encoding="utf-8")
    if args.check and stale:
        sys.stderr.write("stale schema files (run 'python -m redactkit.schemas'): "
                         + ", ".join(p.name for p in stale) + "\n")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
