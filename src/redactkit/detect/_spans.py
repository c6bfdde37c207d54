"""Overlap tests between character spans, shared by propagation and packet consistency."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["SpanMask", "overlaps"]


class SpanMask:
    """Character offsets covered by a set of spans: O(length) overlap tests instead of
    scanning every span (propagation over a long document is otherwise quadratic)."""

    def __init__(self, size: int, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._m = bytearray(size + 1)
        for s, e in spans:
            self.mark(s, e)

    def mark(self, s: int, e: int) -> None:
        self._m[s:e] = b"\x01" * max(0, e - s)

    def any(self, s: int, e: int) -> bool:
        return 1 in self._m[s:e]

    def all(self, s: int, e: int) -> bool:
        return e > s and 0 not in self._m[s:e]


def overlaps(s: int, e: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Does the span ``s:e`` overlap any of ``spans``?"""
    return any(s < ke and ks < e for ks, ke in spans)
