"""Regenerate ``src/redactkit/data/regex-cache.pickle`` (run by hand, or ``make regex-cache``).

Usage: ``PYTHONPATH=src python tools/regex_cache.py``

Loads a :class:`~redactkit.detect.Detector` and warms it up for every shipped profile, with
``regex.compile`` recording each pattern compiled while it loads (see
:mod:`redactkit.detect.regexcache`), and pickles those compiled patterns under the installed
``regex`` version's stamp. Only the shipped code and profiles are read; no document and no other
policy. Run it after changing patterns (a stale file is exact, only slower: changed patterns are
compiled as before) and after upgrading ``regex`` (the file of another version is ignored).
The file is not byte-reproducible: ``regex`` itself lists the members of a character set (and
of a pattern's first-character set) in an order that varies from process to process, with the
same matches.
"""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

from redactkit.detect import Detector
from redactkit.detect.regexcache import CACHE_FILE, shipped_patterns, stamp
from redactkit.policy import list_profiles, load_policy

__all__ = ["main"]


def main() -> None:
    record: dict[tuple[str, int], Any] = {}
    with shipped_patterns(table={}, record=record):
        detector = Detector()
        for name in list_profiles():
            detector.warm_up(load_policy(name))
    out = Path(__file__).resolve().parents[1] / "src" / "redactkit" / CACHE_FILE
    tmp = out.with_suffix(".tmp")
    tmp.write_bytes(pickle.dumps((stamp(), record), protocol=4))
    tmp.replace(out)
    print(f"{len(record)} compiled patterns -> {out} ({out.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
