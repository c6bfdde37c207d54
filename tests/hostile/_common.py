"""What the three corpus generators (make_corpus*.py) share: writing cases and the command line."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping
from dataclasses import asdict
from pathlib import Path
from typing import Any

#: A case builder: writes one PDF at the path and describes what it hides.
Builder = Callable[[Path], Any]


def build_corpus(cases: Mapping[str, Builder], out: Path, only: list[str] | None = None) -> list[Any]:
    """Write every case of ``cases`` (or ``only`` those) into ``out``; return the cases."""
    out.mkdir(parents=True, exist_ok=True)
    return [cases[name](out / f"{name}.pdf") for name in (only or list(cases))]


def main(cases: Mapping[str, Builder], default_out: str, argv: list[str] | None = None) -> int:
    """``python make_corpusN.py [OUT_DIR [CASE ...]]``: the PDFs and ``OUT_DIR/corpus.json``."""
    argv = sys.argv if argv is None else argv
    out = Path(argv[1] if len(argv) > 1 else default_out)
    built = build_corpus(cases, out, argv[2:] or None)
    (out / "corpus.json").write_text(json.dumps([asdict(c) for c in built], indent=2))
    print(f"{len(built)} files in {out}")
    return 0


__all__ = ["Builder", "build_corpus", "main"]
