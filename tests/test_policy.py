"""Tests of rule-file loading: shipped profiles and deliberately broken files."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from redactkit.errors import ExitCode, PolicyError
from redactkit.policy import (
    RULES_DIR,
    Exemption,
    Policy,
    PolicyRecognizer,
    RecognizerSpec,
    describe,
    list_profiles,
    load_policy,
)

BROKEN = Path(__file__).parent / "rules_broken"
SHIPPED = ["base", "full-anonymization", "juvenile-and-victim-strict", "police-public-release"]


def test_list_profiles() -> None:
    assert list_profiles() == SHIPPED


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_profile_loads(name: str) -> None:
    p = load_policy(name)
    assert p.name == name
    assert p.description
    assert re.fullmatch(r"[0-9a-f]{64}", p.sha256)
    assert p.sha256 == load_policy(name).sha256, "hash is stable"
    assert any(f.endswith("federal-foia.yaml") for f in p.files)
    assert all(Path(f).is_file() for f in p.files)
    assert not (set(p.redact) & p.keep)
    for ex in p.redact.values():
        assert ex.code in p.exemption_codes and ex.reason
    text = describe(p)
    assert name in text and "redacts:" in text


def test_profiles_differ() -> None:
    assert len({load_policy(n).sha256 for n in SHIPPED}) == len(SHIPPED)


def test_default_is_police_public_release() -> None:
    assert load_policy().name == "police-public-release"
    assert load_policy(None).sha256 == load_policy("police-public-release").sha256


def test_load_by_path_equals_by_name() -> None:
    assert load_policy(RULES_DIR / "base.yaml").sha256 == load_policy("base").sha256
    assert load_policy(str(RULES_DIR / "base.yaml")).name == "base"


def test_federal_foia_table() -> None:
    codes = load_policy("base").exemption_codes
    for n in range(1, 10):
        assert f"(b)({n})" in codes
    for letter in "ABCDEF":
        assert f"(b)(7)({letter})" in codes


def test_base_redacts_identifiers_not_names() -> None:
    p = load_policy("base")
    for e in [
        "US_SSN",
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "CREDIT_CARD",
        "DATE_OF_BIRTH",
        "DRIVER_LICENSE",
        "LICENSE_PLATE",
        "VIN",
        "ID_NUMBER",
    ]:
        assert e in p.redact
    assert "PERSON" not in p.redact
    assert p.threshold("PHONE_NUMBER") == 0.5 and p.threshold("US_SSN") == 0.5


def test_police_public_release() -> None:
    p = load_policy("police-public-release")
    assert p.redact["PERSON"] == Exemption(
        "(b)(7)(C)", "Name of a private person in a law-enforcement record"
    )
    for e in [
        "PERSON",
        "ADDRESS",
        "US_SSN",
        "PHONE_NUMBER",
        "DATE_OF_BIRTH",
        "LICENSE_PLATE",
        "VIN",
        "DRIVER_LICENSE",
        "EMAIL_ADDRESS",
    ]:
        assert e in p.redact, e
    assert p.keep == {
        "OFFICER", "BADGE_NUMBER", "CASE_NUMBER", "AGENCY", "DATE_TIME", "OFFENSE", "PUBLIC_PLACE",
        "COMMON_PHRASE",
    }
    assert "LOCATION" not in p.redact and "AGE" in p.redact
    labels = {lbl: f.entity for f in p.field_labels for lbl in f.labels}
    assert (
        labels["Victim"] == "PERSON"
        and labels["DOB"] == "DATE_OF_BIRTH"
        and labels["Reporting Officer"] == "OFFICER"
    )


def test_juvenile_and_victim_strict() -> None:
    p = load_policy("juvenile-and-victim-strict")
    police = load_policy("police-public-release")
    assert set(police.redact) < set(p.redact)
    for e in ["ADDRESS", "LOCATION", "AGE", "DATE_OF_BIRTH", "PERSON"]:
        assert e in p.redact
    assert "OFFICER" in p.keep and "CASE_NUMBER" in p.keep
    assert p.redact["ADDRESS"].code == "(b)(7)(F)"
    assert any(f.endswith("police-public-release.yaml") for f in p.files)


def test_full_anonymization() -> None:
    p = load_policy("full-anonymization")
    for e in [
        "PERSON",
        "OFFICER",
        "LOCATION",
        "ADDRESS",
        "DATE_TIME",
        "CASE_NUMBER",
        "BADGE_NUMBER",
        "AGENCY",
        "US_SSN",
    ]:
        assert e in p.redact
    assert p.keep == frozenset()
    assert any(r.name == "application-number" for r in p.recognizers)
    prose = {
        "titled-person", "party-name", "case-reference-number", "written-date", "duration", "age-in-prose",
        "place-of-residence",
    }
    assert prose <= {r.name for r in p.recognizers}
    police = load_policy("police-public-release")
    assert not prose & {r.name for r in police.recognizers}, "full-anonymization only"


# --------------------------------------------------------------------------- features


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_allow_lists_inline_regex_and_file(tmp_path: Path) -> None:
    _write(tmp_path, "rosters/officers.txt", "# roster\nDaniel Reyes\n\nregex:Unit \\d+\n")
    rule = _write(
        tmp_path,
        "p.yaml",
        "name: p\nextends: [police-public-release]\nallow:\n"
        "  - text: Springfield Police Department\n"
        "  - regex: 'Car \\d{1,3}'\n"
        "  - file: rosters/officers.txt\n    entity: OFFICER\n",
    )
    p = load_policy(rule)
    assert p.is_allowed("Springfield Police Department")
    assert not p.is_allowed("springfield police department"), "exact entries are case-sensitive"
    assert p.is_allowed("Car 12") and not p.is_allowed("Car 1234")
    assert p.is_allowed("Daniel Reyes") and p.is_allowed("Daniel\nReyes")
    assert p.is_allowed("Unit 7") and not p.is_allowed("Unit 7 responded")
    assert p.roster() == ["Daniel Reyes"]
    assert any(f.endswith("officers.txt") for f in p.files)


def test_hash_covers_allow_files(tmp_path: Path) -> None:
    roster = _write(tmp_path, "r.txt", "Daniel Reyes\n")
    rule = _write(tmp_path, "p.yaml", "name: p\nextends: [base]\nallow:\n  - file: r.txt\n")
    h1 = load_policy(rule).sha256
    roster.write_text("Daniel Reyes\nKaren Walsh\n", encoding="utf-8")
    assert load_policy(rule).sha256 != h1


def test_state_exemption_table_by_file(tmp_path: Path) -> None:
    table = RULES_DIR / "exemptions" / "example-state.yaml"
    rule = _write(
        tmp_path,
        "state.yaml",
        f"name: state\nexemption_codes: {{file: '{table}'}}\n"
        "redact:\n  PERSON: {exemption: 'PRA-1(a)', reason: victim}\n",
    )
    p = load_policy(rule)
    assert "PRA-1(a)" in p.exemption_codes and "(b)(6)" not in p.exemption_codes
    assert p.redact["PERSON"].code == "PRA-1(a)"
    assert p.exemption_table == "Example State Public Records Act"


def test_inline_exemption_codes_extend_the_table(tmp_path: Path) -> None:
    rule = _write(
        tmp_path,
        "p.yaml",
        "name: p\nextends: [base]\nexemption_codes:\n  'LOCAL-1': 'local ordinance'\n"
        "redact:\n  PERSON: {exemption: 'LOCAL-1', reason: r}\n",
    )
    p = load_policy(rule)
    assert p.exemption_codes["LOCAL-1"] == "local ordinance" and "(b)(6)" in p.exemption_codes


def test_extends_relative_path_and_override(tmp_path: Path) -> None:
    _write(tmp_path, "parent.yaml", "name: parent\nextends: [police-public-release]\n")
    child = _write(
        tmp_path,
        "sub/child.yaml",
        "name: child\nextends: [../parent.yaml]\n"
        "redact:\n  CASE_NUMBER: {exemption: '(b)(7)(A)', reason: open investigation}\n"
        "keep: [PHONE_NUMBER]\nthresholds: {PERSON: 0.7}\n",
    )
    p = load_policy(child)
    assert "CASE_NUMBER" in p.redact and "CASE_NUMBER" not in p.keep
    assert "PHONE_NUMBER" in p.keep and "PHONE_NUMBER" not in p.redact
    assert p.threshold("PERSON") == 0.7 and p.threshold("VIN") == 0.5
    assert [Path(f).name for f in p.files][:4] == [
        "base.yaml",
        "police-public-release.yaml",
        "parent.yaml",
        "child.yaml",
    ]


def test_recognizer_flags(tmp_path: Path) -> None:
    rule = _write(
        tmp_path,
        "p.yaml",
        "name: p\nrecognizers:\n"
        "  - name: a\n    supported_entity: X_ID\n    patterns: [{name: a, regex: 'X\\d+', score: 0.5}]\n"
        "  - name: b\n    supported_entity: X_ID\n    case_sensitive: true\n"
        "    patterns: [{name: b, regex: 'X\\d+', score: 0.5}]\n"
        "  - name: c\n    supported_entities: [X_ID]\n    flags: [MULTILINE]\n    deny_list: [foo]\n",
    )
    import regex

    recs = {r.name: r for r in load_policy(rule).recognizers}
    assert recs["a"].regex_flags() & regex.IGNORECASE
    assert not recs["b"].regex_flags() & regex.IGNORECASE
    assert recs["c"].regex_flags() == regex.MULTILINE
    assert recs["c"].entity == "X_ID"


def test_recognizers_are_the_validated_spec(tmp_path: Path) -> None:
    """A policy's extra recognizers are the rule file's validated pydantic models, not dicts."""
    _write(
        tmp_path,
        "parent.yaml",
        "name: parent\nlanguage: de\nrecognizers:\n"
        "  - name: ticket\n    supported_entities: [TICKET_ID]\n    context: [ticket]\n"
        "    patterns: [{name: t, regex: 'T-\\d{4}', score: 0.7}]\n",
    )
    rule = _write(
        tmp_path,
        "child.yaml",
        "name: child\nextends: [parent.yaml]\nrecognizers:\n"
        "  - name: moniker\n    supported_entity: PERSON\n    supported_language: fr\n"
        "    enabled: false\n    deny_list: [Shadow]\n    deny_list_score: 0.9\n",
    )
    policy = load_policy(rule)
    ticket, moniker = policy.recognizers
    assert isinstance(policy.recognizers, tuple)
    assert isinstance(ticket, RecognizerSpec) and isinstance(ticket, PolicyRecognizer)
    assert (ticket.name, ticket.entity, ticket.supported_language) == ("ticket", "TICKET_ID", "de")
    assert ticket.source.endswith("parent.yaml") and moniker.source.endswith("child.yaml")
    assert ticket.patterns is not None and ticket.patterns[0].regex == "T-\\d{4}"
    assert ticket.patterns[0].score == 0.7 and ticket.context == ["ticket"]
    assert (moniker.supported_language, moniker.enabled, moniker.deny_list) == ("fr", False, ["Shadow"])
    with pytest.raises(ValueError, match="frozen"):
        ticket.name = "other"
    assert "  extra recognizers: ticket, moniker" in describe(policy).splitlines()


# --------------------------------------------------------------------------- broken files

BROKEN_CASES = [
    ("unknown_key.yaml", "unknown_key.yaml", 3, "redcat", "unknown key 'redcat'"),
    ("bad_regex.yaml", "bad_regex.yaml", 9, "recognizers[0].patterns[0].regex", "does not compile"),
    ("bad_allow_regex.yaml", "bad_allow_regex.yaml", 5, "allow[1].regex", "does not compile"),
    ("missing_extends.yaml", "missing_extends.yaml", 4, "extends[1]", "does-not-exist.yaml' does not exist"),
    ("wrong_type.yaml", "wrong_type.yaml", 4, "keep", "valid list"),
    ("wrong_threshold.yaml", "wrong_threshold.yaml", 5, "thresholds.default", "valid number"),
    (
        "bad_exemption.yaml",
        "bad_exemption.yaml",
        4,
        "redact.PERSON.exemption",
        "'(b)(10)' is not in the code table",
    ),
    ("cycle_a.yaml", "cycle_b.yaml", 2, "extends[0]", "cycle"),
    ("redact_and_keep.yaml", "redact_and_keep.yaml", 5, "keep[0]", "both redacted and kept"),
    ("missing_allow_file.yaml", "missing_allow_file.yaml", 4, "allow[0].file", "nobody.txt' does not exist"),
    ("bad_entity.yaml", "bad_entity.yaml", 4, "redact.person", "UPPER_SNAKE_CASE"),
    ("missing_name.yaml", "missing_name.yaml", 1, "name", "missing required key 'name'"),
]


@pytest.mark.parametrize(("name", "blamed", "line", "key", "message"), BROKEN_CASES)
def test_broken_rule_file(name: str, blamed: str, line: int, key: str, message: str) -> None:
    with pytest.raises(PolicyError) as info:
        load_policy(BROKEN / name)
    err = info.value
    assert err.file is not None and err.file.endswith(blamed)
    assert err.line == line
    assert err.key == key
    assert message in str(err)
    assert f"{blamed}:{line}: key '{key}'" in str(err), "the message itself names file, line and key"
    assert err.exit_code == ExitCode.USAGE


def test_every_broken_file_is_tested() -> None:
    tested = {c[0] for c in BROKEN_CASES} | {"cycle_b.yaml"}
    assert {p.name for p in BROKEN.glob("*.yaml")} == tested


def test_missing_profile_file_is_a_hard_error(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="does not exist"):
        load_policy(tmp_path / "nope.yaml")
    with pytest.raises(PolicyError, match="no shipped profile named 'police-release'"):
        load_policy("police-release")


@pytest.mark.parametrize(
    ("body", "key", "message"),
    [
        (
            "name: p\nredact:\n  PERSON: {exemption: '(b)(6)'}\n",
            "redact.PERSON.reason",
            "missing required key 'reason'",
        ),
        ("name: p\nthresholds:\n  PERSON: 1.5\n", "thresholds.PERSON", "less than or equal to 1"),
        ("name: p\nallow:\n  - {text: a, regex: b}\n", "allow[0]", "exactly one of"),
        (
            "name: p\nrecognizers:\n  - name: r\n    supported_entity: X\n",
            "recognizers[0]",
            "'patterns' or a 'deny_list'",
        ),
        (
            "name: p\nrecognizers:\n  - name: r\n    supported_entity: X\n"
            "    flags: [NOPE]\n    deny_list: [a]\n",
            "recognizers[0].flags",
            "unknown regex flag",
        ),
        ("name: p\ndeny:\n  - {text: Jane, entity: person}\n", "deny[0].entity", "UPPER_SNAKE_CASE"),
        (
            "name: p\nfield_labels:\n  - {labels: DOB, entity: DATE_OF_BIRTH}\n",
            "field_labels[0].labels",
            "valid list",
        ),
        ("- just\n- a list\n", None, "must be a YAML mapping"),
        ("name: [unclosed\n", None, "invalid YAML"),
    ],
)
def test_more_invalid_rules(tmp_path: Path, body: str, key: str | None, message: str) -> None:
    rule = _write(tmp_path, "bad.yaml", body)
    with pytest.raises(PolicyError) as info:
        load_policy(rule)
    assert message in str(info.value)
    assert info.value.key == key
    assert info.value.line is not None


# --------------------------------------------------------------------------- profiles in action (spaCy)


@pytest.fixture(scope="module")
def nlp_engine(shared_redactor: Any) -> Any:
    """The production NLP engine (one spaCy load per test session)."""
    return shared_redactor.detector.nlp_engine()


REPORT = (
    "CASE # 2024-001234\n"
    "On March 2, 2024 Ofc. Daniel Reyes #4471 responded to 1420 Elm Street, Springfield, IL 62704.\n"
    "Victim: Maria Gutierrez, DOB: 03/14/1985, Phone: 555-867-5309, a 15-year-old juvenile.\n"
)


def _decide(policy: Policy, nlp_engine: Any) -> dict[str, str]:
    """A minimal planner: for each item, 'redact' or 'keep' by the best-scoring finding over it."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

    from redactkit.detect.lexicon import REGEX_FLAGS
    from redactkit.detect.registry import build_recognizers

    registry = RecognizerRegistry(global_regex_flags=REGEX_FLAGS, supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp_engine)
    registry.remove_recognizer("EmailRecognizer")
    for rec in build_recognizers(policy):
        registry.add_recognizer(rec)
    engine = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])
    entities = sorted(set(policy.redact) | set(policy.keep))
    results = engine.analyze(text=REPORT, language="en", entities=entities)
    out: dict[str, str] = {}
    for item in [
        "2024-001234",
        "Daniel Reyes",
        "4471",
        "1420 Elm Street",
        "Maria Gutierrez",
        "03/14/1985",
        "555-867-5309",
        "15",
        "March 2, 2024",
    ]:
        s = REPORT.index(item)
        over = [
            r
            for r in results
            if r.start < s + len(item) and r.end > s and r.score >= policy.threshold(r.entity_type)
        ]
        redacted = [r for r in over if r.entity_type in policy.redact]
        kept = [r for r in over if r.entity_type in policy.keep]
        out[item] = (
            "keep"
            if kept and (not redacted or max(k.score for k in kept) >= max(r.score for r in redacted))
            else ("redact" if redacted else "keep")
        )
    return out


PROFILE_EXPECT = {
    "police-public-release": {
        "2024-001234": "keep",
        "Daniel Reyes": "keep",
        "4471": "keep",
        "1420 Elm Street": "redact",
        "Maria Gutierrez": "redact",
        "03/14/1985": "redact",
        "555-867-5309": "redact",
        "15": "redact",  # a private person's age (issue 11: ages narrow who the person is)
        "March 2, 2024": "keep",
    },
    "juvenile-and-victim-strict": {
        "2024-001234": "keep",
        "Daniel Reyes": "keep",
        "4471": "keep",
        "1420 Elm Street": "redact",
        "Maria Gutierrez": "redact",
        "03/14/1985": "redact",
        "555-867-5309": "redact",
        "15": "redact",
        "March 2, 2024": "keep",
    },
    "full-anonymization": {
        "2024-001234": "redact",
        "Daniel Reyes": "redact",
        "4471": "redact",
        "1420 Elm Street": "redact",
        "Maria Gutierrez": "redact",
        "03/14/1985": "redact",
        "555-867-5309": "redact",
        "15": "redact",
        "March 2, 2024": "redact",
    },
    "base": {
        "2024-001234": "keep",
        "Daniel Reyes": "keep",
        "4471": "keep",
        "1420 Elm Street": "keep",
        "Maria Gutierrez": "keep",
        "03/14/1985": "redact",
        "555-867-5309": "redact",
        "15": "keep",
        "March 2, 2024": "keep",
    },
}


@pytest.mark.parametrize("name", SHIPPED)
def test_profile_redacts_and_keeps(name: str, nlp_engine: Any) -> None:
    got = _decide(load_policy(name), nlp_engine)
    assert got == PROFILE_EXPECT[name]
