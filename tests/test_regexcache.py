"""The shipped compiled-pattern table (``redactkit.detect.regexcache``) is exact and contained.

- every shipped entry matches as ``regex`` compiles its pattern and flags today;
- inside the start-up window ``regex.compile`` answers from the table, outside it is the
  library's own function again (also after an error);
- a pickle naming any callable other than regex's compiled-pattern constructor is refused,
  and a table written under another stamp is not used;
- the table is not stale: a detector loading in a fresh process (another hash seed) compiles
  no pattern the table lacks.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys

import pytest
import regex

from redactkit.detect.regexcache import CACHE_FILE, load_table, shipped_patterns, stamp


def _shipped() -> tuple[object, dict[tuple[str, int], regex.Pattern[str]]]:
    from importlib.resources import files

    return load_table(files("redactkit").joinpath(CACHE_FILE).read_bytes())


#: Invented record text with the kinds of values the patterns look for.
TEXT = """INCIDENT REPORT  Case No. 24-018733   Report #: RPT-2024-00412
Reporting Officer: Ofc. Dana Whitlock #4471 (Badge 4471), Unit 3B
Victim: Maria Gutierrez, DOB 07/19/1983, age 36, SSN 512-44-9012
Address: 1842 W Elm Street Apt 5, Springfield, IL 62704. Phone (217) 555-0143
Email m.gutierrez@example.org  DL# G623-5512-8841  Plate 7KJX219 (IL)  VIN 1HGCM82633A004352
Card 4111 1111 1111 1111, IBAN GB82WEST12345698765432, passport 912803456, ITIN 912-70-1234
On 03/14/2024 at 2140 hrs Sgt. Lee Park and Deputy R. Vantongeren responded to Springfield PD.
GUTIERREZ, MARIA L   W/F   5'04"   130   BRO/BRN   Lives with her son, Tomas (age 9).
"""


def test_shipped_entries_match_as_regex_compiles_them_now() -> None:
    # Same pattern, flags and groups, and the same matches as a fresh compile. (Not the same
    # bytes: regex itself orders a character set's members differently from process to process.)
    written, table = _shipped()
    assert written == stamp()
    assert len(table) > 100  # the recognizers' patterns, not an empty file
    texts = [TEXT, TEXT.upper(), TEXT.lower(), " ".join(TEXT.split())]
    for (pattern, flags), compiled in table.items():
        fresh = regex.compile(pattern, flags, cache_pattern=False)
        assert (compiled.pattern, compiled.flags, compiled.groupindex) == (
            fresh.pattern, fresh.flags, fresh.groupindex)
        for text in texts:
            assert [m.regs for m in compiled.finditer(text)] == [m.regs for m in fresh.finditer(text)], (
                pattern[:80])


def test_window_answers_from_the_table_and_restores_compile() -> None:
    original = regex.compile
    made = original(r"(?P<x>Zz+)q", regex.M)
    with shipped_patterns(table={(r"(?P<x>Zz+)q", int(regex.M)): made}):
        assert regex.compile(r"(?P<x>Zz+)q", regex.M) is made
        assert regex.compile(r"other") is not None  # a miss compiles as before
        with shipped_patterns():  # nested: changes nothing
            assert regex.compile(r"(?P<x>Zz+)q", regex.M) is made
    assert regex.compile is original
    with pytest.raises(ZeroDivisionError), shipped_patterns(table={}):
        raise ZeroDivisionError
    assert regex.compile is original


def test_record_takes_only_misses() -> None:
    record: dict[tuple[str, int], object] = {}
    hit = regex.compile(r"a+b")
    with shipped_patterns(table={(r"a+b", 0): hit}, record=record):
        regex.compile(r"a+b")
        regex.compile(r"c+d", regex.S)
    assert list(record) == [(r"c+d", int(regex.S))]


def test_other_callables_and_stamps_are_refused() -> None:
    class Evil:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (os.getcwd, ())  # any callable but regex's constructor

    assert load_table(pickle.dumps((stamp(), {("x", 0): Evil()}))) == (None, {})
    p = regex.compile(r"q+")
    written, table = load_table(pickle.dumps((("0", 0, 0), {("q+", 0): p})))
    assert written != stamp() and table


#: Loads a detector for every shipped profile in a fresh process and prints each pattern it
#: compiled that the shipped table lacked.
_LOAD = """
from redactkit.detect import Detector
from redactkit.detect.regexcache import shipped_patterns
from redactkit.policy import list_profiles, load_policy
record = {}
with shipped_patterns(record=record):
    detector = Detector()
    for name in list_profiles():
        detector.warm_up(load_policy(name))
for pattern, flags in record:
    print(flags, pattern[:120])
"""


@pytest.mark.parametrize("seed", ["1", "2"])
def test_shipped_table_is_not_stale(seed: str) -> None:
    # A stale table is exact but slow (a changed pattern compiles at start-up again); a pattern
    # whose text varies from process to process (a set joined in hash order) never hits it.
    env = {**os.environ, "PYTHONHASHSEED": seed}
    run = subprocess.run([sys.executable, "-c", _LOAD], capture_output=True, text=True, env=env,
                         timeout=300, check=True)
    assert run.stdout == "", "patterns missing from the shipped table; run `make regex-cache`:\n" + run.stdout
