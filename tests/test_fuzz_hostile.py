# ruff: noqa: E501
"""Fuzzing: mutated PDFs and random rule files give a verified output or a typed error, never
another exception. Case counts: 40 mutated PDFs, 50 random rule files per run."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import build_pdf
from redactkit import Redactor, load_policy
from redactkit.errors import RedactkitError

_SEED_PDF: bytes | None = None


def _seed(tmp: Path) -> bytes:
    global _SEED_PDF
    if _SEED_PDF is None:
        _SEED_PDF = build_pdf(tmp / "seed.pdf", (
            "Victim: Maria Gutierrez", "SSN: 532-44-9812", "Offense: Burglary")).read_bytes()
    return _SEED_PDF


mutation = st.one_of(
    st.tuples(st.just("flip"), st.lists(st.tuples(st.floats(0, 1), st.integers(0, 7)), min_size=1, max_size=20)),
    st.tuples(st.just("truncate"), st.floats(0.05, 0.99)),
    st.tuples(st.just("splice"), st.tuples(st.floats(0, 1), st.binary(min_size=1, max_size=64))),
)


def _mutate(data: bytes, m: tuple) -> bytes:  # type: ignore[type-arg]
    kind, arg = m
    b = bytearray(data)
    if kind == "flip":
        for pos, bit in arg:
            i = min(len(b) - 1, int(pos * len(b)))
            b[i] ^= 1 << bit
    elif kind == "truncate":
        b = b[: max(8, int(arg * len(b)))]
    else:
        pos, chunk = arg
        i = int(pos * len(b))
        b[i:i] = chunk
    return bytes(b)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(m=mutation)
def test_mutated_pdf(m: tuple, tmp_path: Path, shared_redactor: Redactor) -> None:  # type: ignore[type-arg]
    src = tmp_path / "fuzz.pdf"
    src.write_bytes(_mutate(_seed(tmp_path), m))
    out = tmp_path / "fuzz.redacted.pdf"
    out.unlink(missing_ok=True)
    try:
        log = shared_redactor.redact(src, out)
    except RedactkitError:
        assert not out.exists()
        return
    assert log.passed and out.exists()


_keys = st.sampled_from(["name", "extends", "redact", "keep", "thresholds", "allow", "deny",
                         "field_labels", "recognizers", "language", "bogus"])
_scalars = st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.floats(allow_nan=True),
                     st.text(max_size=12), st.sampled_from(["PERSON", "US_SSN", "(b)(6)", "[", "{x"]))
_values = st.recursive(_scalars, lambda c: st.one_of(st.lists(c, max_size=3),
                                                       st.dictionaries(st.text(max_size=8) | _keys, c, max_size=3)),
                       max_leaves=8)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=st.dictionaries(_keys, _values, max_size=6), raw=st.booleans(), junk=st.text(max_size=40))
def test_random_rule_file(doc: dict, raw: bool, junk: str, tmp_path: Path) -> None:  # type: ignore[type-arg]
    import yaml

    p = tmp_path / "rules.yaml"
    p.write_text(junk if raw else yaml.safe_dump(doc), encoding="utf-8")
    try:
        load_policy(p)
    except RedactkitError:
        pass
