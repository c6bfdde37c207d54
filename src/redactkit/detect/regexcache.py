"""Compiled ``regex`` patterns shipped with redactkit, so the detector's start-up does not parse them again.

The ``regex`` module parses and compiles a pattern in Python: the ~370 patterns that the police
recognizers, Presidio's predefined recognizers and the first analysis compile at start-up were
~40 % of it. A pickled ``regex`` pattern holds its compiled code (it unpickles as
``regex._regex.compile(<code>)``, with no parse), so :data:`CACHE_FILE`, written by
``tools/regex_cache.py`` from the shipped code and profiles (never at run time, never from a
document or a user's policy), turns each of those compiles into a lookup.

Exact: an entry is used only for the same pattern text and flags, under the same ``regex``
version and code size it was compiled with (otherwise the file is ignored); any other pattern is
compiled as before, so a pattern changed since the file was written costs time, never a
difference. Only while :class:`~redactkit.detect.Detector` loads (:func:`shipped_patterns`) does
``regex.compile`` look there; outside that window it is the library's own function.
"""

from __future__ import annotations

import contextlib
import io
import pickle
import threading
from collections.abc import Iterator
from importlib.resources import files
from typing import Any

import regex
from regex import _regex  # the constructor a pickled pattern names

__all__ = [
    "CACHE_FILE",
    "load_table",
    "shipped_patterns",
    "stamp",
]

#: Package-relative path of the pickled table.
CACHE_FILE = "data/regex-cache.pickle"

_lock = threading.RLock()
_depth = 0


def stamp() -> tuple[str, int, int]:
    """What compiled code depends on besides pattern and flags: the ``regex`` version, its code size
    and its default behaviour version (``regex.DEFAULT_VERSION``, which a host may change)."""
    return str(regex.__version__), int(_regex.get_code_size()), int(regex.DEFAULT_VERSION)


class _PatternsOnly(pickle.Unpickler):
    """Unpickles compiled patterns and plain data only (no other callable can be named)."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == ("regex._regex", "compile"):
            return _regex.compile
        raise pickle.UnpicklingError(f"{module}.{name} is not a compiled pattern")


def load_table(data: bytes) -> tuple[Any, dict[tuple[str, int], Any]]:
    """The :func:`stamp` ``data`` was written under, and its table (empty if unreadable)."""
    try:
        written, table = _PatternsOnly(io.BytesIO(data)).load()
    except Exception:  # unreadable: compile as usual
        return None, {}
    if not isinstance(table, dict):
        return None, {}
    return written, {k: v for k, v in table.items() if isinstance(v, regex.Pattern)}


def _shipped() -> tuple[Any, dict[tuple[str, int], Any]]:
    # read per outermost window, not kept: entries no recognizer took are freed after it (peak RSS)
    try:
        data = files("redactkit").joinpath(CACHE_FILE).read_bytes()
    except OSError:
        return None, {}
    return load_table(data)


@contextlib.contextmanager
def shipped_patterns(table: dict[tuple[str, int], Any] | None = None,
                     record: dict[tuple[str, int], Any] | None = None) -> Iterator[None]:
    """``regex.compile`` answers from ``table`` (default: the shipped file) inside the block.

    ``record`` (for ``tools/regex_cache.py``) receives every pattern compiled in the block that
    the table lacked. Re-entrant (a nested block changes nothing); one thread at a time.
    """
    global _depth
    with _lock:
        if _depth:
            _depth += 1
            try:
                yield
            finally:
                _depth -= 1
            return
        if table is None:
            written, shipped = _shipped()
            table = shipped if written == stamp() else {}
        known = table
        original = regex.compile

        def compile(pattern: Any, flags: int = 0, ignore_unused: bool = False,
                    cache_pattern: bool | None = None, **kwargs: Any) -> Any:
            if not isinstance(pattern, str) or kwargs or ignore_unused:
                return original(pattern, flags, ignore_unused, cache_pattern, **kwargs)
            key = (pattern, int(flags))
            hit = known.get(key)
            if hit is not None:
                return hit
            compiled = original(pattern, flags, ignore_unused, cache_pattern)
            if record is not None and not compiled.flags & regex.LOCALE:
                record[key] = compiled
            return compiled

        regex.compile = compile
        _depth = 1
        try:
            yield
        finally:
            _depth = 0
            regex.compile = original
