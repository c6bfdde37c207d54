"""The same document gives the same log in every process: which recognizer is credited for a
span two recognizers score equally must not depend on object addresses."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

from redactkit.detect.registry import OrderedRecognizerRegistry


def _rec(name: str, entity: str) -> PatternRecognizer:
    return PatternRecognizer(supported_entity=entity, name=name,
                             patterns=[Pattern(name, r"\bZQ\d{3}\b", 0.6)])


def test_recognizers_come_in_registration_order() -> None:
    # Presidio's own registry returned these twelve as r4, r3, r8, r0 ... (a set's order).
    registry = OrderedRecognizerRegistry(supported_languages=["en"])
    recs = [_rec(f"r{i}", "WIDGET" if i % 2 else "GADGET") for i in range(12)]
    for rec in recs:
        registry.add_recognizer(rec)
    got = registry.get_recognizers(language="en", entities=["WIDGET", "GADGET"])
    assert [r.name for r in got] == [r.name for r in recs]
    only = registry.get_recognizers(language="en", entities=["WIDGET"])
    assert [r.name for r in only] == [r.name for r in recs if r.supported_entities == ["WIDGET"]]
