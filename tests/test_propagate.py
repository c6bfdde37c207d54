"""Tests of name propagation: every mention of a redacted person is found."""

from __future__ import annotations

import pytest

from redactkit.detect.propagate import RECOGNIZER, propagate
from redactkit.model import Finding
from redactkit.policy import Policy, load_policy


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy("police-public-release")


def _finding(text: str, span: str, entity: str = "PERSON", score: float = 0.85, nth: int = 0) -> Finding:
    start = -1
    for _ in range(nth + 1):
        start = text.index(span, start + 1)
    return Finding(entity, start, start + len(span), span, score, "SpacyRecognizer")


def _added(text: str, findings: list[Finding], policy: Policy, kept: list[str] | None = None) -> list[str]:
    out = propagate(text, findings, policy, kept or [])
    assert out[: len(findings)] == findings, "input findings come first, unchanged"
    new = out[len(findings) :]
    for f in new:
        assert f.recognizer == RECOGNIZER and f.entity == "PERSON"
        assert text[f.start : f.end] == f.text
        assert "propagated from PERSON" in f.explanation
    return [f.text for f in new]


CASES = [
    # (text, source span, expected added mention texts)
    ("Maria Gutierrez called. Gutierrez stated she was home.", "Maria Gutierrez", ["Gutierrez"]),
    ("Maria Gutierrez called. Later Maria said no.", "Maria Gutierrez", ["Maria"]),
    ("Maria Gutierrez called. Gutierrez's car was gone.", "Maria Gutierrez", ["Gutierrez"]),
    ("Maria Gutierrez called. Gutierrez’s car was gone.", "Maria Gutierrez", ["Gutierrez"]),
    ("Maria Gutierrez called.\nGUTIERREZ, MARIA E. signed.", "Maria Gutierrez", ["GUTIERREZ, MARIA E."]),
    ("Maria Gutierrez called. Gutierrez, Maria E. signed.", "Maria Gutierrez", ["Gutierrez, Maria E."]),
    ("Maria Gutierrez called. I spoke with Maria\nGutierrez again.", "Maria Gutierrez", ["Maria\nGutierrez"]),
    ("Maria E. Gutierrez called. Maria Gutierrez left.", "Maria E. Gutierrez", ["Maria Gutierrez"]),
    ("Maria Gutierrez called. M. Gutierrez signed.", "Maria Gutierrez", ["M. Gutierrez"]),
    ("GUTIERREZ, MARIA called. Maria Gutierrez left.", "GUTIERREZ, MARIA", ["Maria Gutierrez"]),
    ("Ana Chen called from the kitchen. Chenoweth and CHEN.", "Ana Chen", ["CHEN"]),
    ("Ana Chen called. The chef cooked.", "Ana Chen", []),
    ("Tyrone White fled. A White Toyota was seen.", "Tyrone White", []),
    ("Mr. Tyrone Jackson fled. Jackson was caught.", "Mr. Tyrone Jackson", ["Jackson"]),
]


@pytest.mark.parametrize(("text", "source", "expected"), CASES)
def test_propagation_forms(policy: Policy, text: str, source: str, expected: list[str]) -> None:
    assert _added(text, [_finding(text, source)], policy) == expected


def test_kept_names_never_propagated_into(policy: Policy) -> None:
    text = "Victim Maria Reyes called. Ofc. Daniel Reyes responded. Reyes advised. Maria cried."
    findings = [_finding(text, "Maria Reyes"), _finding(text, "Daniel Reyes", "OFFICER", 0.95)]
    added = _added(text, findings, policy, kept=["Daniel Reyes"])
    assert added == ["Maria"]  # "Reyes" is an officer's surname too: left for the reviewer


def test_given_name_shared_with_kept_name_is_not_propagated(policy: Policy) -> None:
    text = "Victim Karen Gutierrez called. Sgt. Karen Walsh responded. Karen wrote it up."
    findings = [_finding(text, "Karen Gutierrez"), _finding(text, "Karen Walsh", "OFFICER", 0.95)]
    assert _added(text, findings, policy, kept=["Karen Walsh"]) == []


def test_low_score_and_allowed_sources_are_ignored(policy: Policy) -> None:
    text = "Maria Gutierrez called. Gutierrez stated."
    assert _added(text, [_finding(text, "Maria Gutierrez", score=0.2)], policy) == []


def test_not_redacting_person_means_no_propagation() -> None:
    base = load_policy("base")
    text = "Maria Gutierrez called. Gutierrez stated."
    assert propagate(text, [_finding(text, "Maria Gutierrez")], base, []) == [
        _finding(text, "Maria Gutierrez")
    ]


def test_existing_mentions_not_duplicated(policy: Policy) -> None:
    text = "Maria Gutierrez called. Gutierrez stated."
    findings = [_finding(text, "Maria Gutierrez"), _finding(text, "Gutierrez", nth=1)]
    assert _added(text, findings, policy) == []


def test_explanation_names_source_and_possessive(policy: Policy) -> None:
    text = "Maria Gutierrez called. Gutierrez's car."
    out = propagate(text, [_finding(text, "Maria Gutierrez")], policy, [])
    (f,) = [f for f in out if f.recognizer == RECOGNIZER]
    assert "'Maria Gutierrez' at offset 0" in f.explanation
    assert "possessive" in f.explanation and f.text == "Gutierrez"
    assert f.id


def test_deny_list_person_is_a_source(tmp_path: object) -> None:
    from pathlib import Path

    rule = Path(str(tmp_path)) / "p.yaml"
    rule.write_text(
        "name: p\nextends: [police-public-release]\ndeny:\n  - {text: Jane Roe, entity: PERSON}\n",
        encoding="utf-8",
    )
    pol = load_policy(rule)
    text = "Witness Jane Roe saw it. Roe left."
    assert _added(text, [], pol) == ["Roe"]


COMPLETION = [
    ("her ex-boyfriend Tyrone\nJackson entered. Jackson fled.", "Jackson", ["Tyrone", "Jackson"]),
    ("She saw Maria Gutierrez there.", "Maria", ["Gutierrez"]),
    ("Yesterday Jackson fled.", "Jackson", []),  # sentence start: not a name
    ("The suspect. Jackson fled.", "Jackson", []),
    ("Victim Jackson fled.", "Jackson", []),  # a role word is not a name
]


@pytest.mark.parametrize(("text", "source", "expected"), COMPLETION)
def test_source_completion(policy: Policy, text: str, source: str, expected: list[str]) -> None:
    assert _added(text, [_finding(text, source)], policy) == expected


COMMON_WORD_SURNAMES = [
    # a surname that is also a word is propagated alone only where it reads as a name
    ("Thomas Hall ran. Then Hall's friend yelled. Hall fled.", "Thomas Hall", ["Hall", "Hall"]),
    ("Thomas Hall ran to City Hall and the hallway.", "Thomas Hall", []),
    ("Thomas Hall ran. The Hall Street exit. The Hall was empty.", "Thomas Hall", []),
    ("DeShawn Carter fled. On 03/20/2024 Carter was located.", "DeShawn Carter", ["Carter"]),
    ("DeShawn Carter fled.\nOwner\nCarter\nLab - trace", "DeShawn Carter", ["Carter"]),
    ("DeShawn Bishop lives at 2417 E Bishop St. BISHOP signed.", "DeShawn Bishop", ["BISHOP"]),
    ("Anna May left. In May she returned.", "Anna May", []),  # everyday word: never alone
]


@pytest.mark.parametrize(("text", "source", "expected"), COMMON_WORD_SURNAMES)
def test_common_word_surnames(policy: Policy, text: str, source: str, expected: list[str]) -> None:
    assert _added(text, [_finding(text, source)], policy) == expected


CLEANING = [
    # NER PERSON spans that run over table cells are trimmed to the name tokens
    ("Caller\nADEYEMI, ROBERT\n217.555.0164\n1423 W MAPLE AVE", "ROBERT\n217.555.0164\n", "ROBERT"),
    ("22:25:02\n2S02 WALSH\nON SCENE\n1423 W MAPLE", "2S02 WALSH\nON SCENE\n", "WALSH"),
    ("22:25:02\n3B07 PHELPS\nGOA - NO CONTACT\n", "3B07 PHELPS\nGOA - NO", "PHELPS"),
    (
        "I met the complainant at the store with her sister, Sigrun\nSolbakken, who stated she parked.",
        "Sigrun\nSolbakken",
        "Sigrun\nSolbakken",
    ),
    ("Time 22:14:37 logged", "22:14:37", None),
]


@pytest.mark.parametrize(("text", "span", "expected"), CLEANING)
def test_ner_person_spans_are_cleaned(policy: Policy, text: str, span: str, expected: str | None) -> None:
    out = propagate(text, [_finding(text, span)], policy, [])
    ner = [f.text for f in out if f.recognizer == "SpacyRecognizer"]
    assert ner == ([expected] if expected else [])


# ---------------------------------------------------------------- names beyond ASCII, titles, initials

UNICODE_CASES = [
    # (text, source span, expected added mention texts)
    ("Mr Bahattin Sarısoy was arrested. Sarısoy denied it.", "Mr Bahattin Sarısoy", ["Sarısoy"]),
    ("Ms Ayşe Öztürk appealed. Öztürk’s lawyer agreed.", "Ms Ayşe Öztürk", ["Öztürk"]),
    (
        "Mr H.Ç. Demirci, a lawyer. Demirci wrote to H.Ç. Demirci.",
        "Mr H.Ç. Demirci",
        ["Demirci", "H.Ç. Demirci"],
    ),
    # a cluster of initials is not a given name: "P.K." alone is never propagated
    ("Mr P.K. Jones wrote. P.K. stands for it. Jones agreed.", "Mr P.K. Jones", ["Jones"]),
    # a title in full ("Doctor", "Professor", "Judge") is not a given name either
    ("Doctor P. Moreau wrote. The Doctor then left. Moreau agreed.", "Doctor P. Moreau", ["Moreau"]),
    (
        "Professor Ana Vasquelle wrote. Professor Smith. Vasquelle agreed.",
        "Professor Ana Vasquelle",
        ["Vasquelle"],
    ),
]


@pytest.mark.parametrize(("text", "source", "expected"), UNICODE_CASES)
def test_propagation_unicode_and_titles(policy: Policy, text: str, source: str, expected: list[str]) -> None:
    assert _added(text, [_finding(text, source)], policy) == expected


def test_ner_span_with_diacritics_is_not_trimmed(policy: Policy) -> None:
    """An NER name with letters beyond ASCII ("Çağlayan", "Sarısoy") keeps all its tokens."""
    text = "represented by Osman Çağlayan, a lawyer. Çağlayan said so."
    src = _finding(text, "Osman Çağlayan")
    out = propagate(text, [src], policy, [])
    assert out[0].text == "Osman Çağlayan"
    assert [f.text for f in out[1:]] == ["Çağlayan"]


def test_completion_with_diacritics(policy: Policy) -> None:
    """NER found only the given name: the surname after it joins, whatever its letters."""
    text = "the applicant, Bahattin Sarısoy, was arrested on the spot."
    out = propagate(text, [_finding(text, "Bahattin")], policy, [])
    assert [f.text for f in out[1:]] == ["Sarısoy"]


TITLES = [
    ("I have supervised Mr. O'Tierney since then.", "O'Tierney", ["Mr."]),
    ("Ms. Thornbury did not wish to seek an order.", "Thornbury", ["Ms."]),
    ("Mrs Hart arrived at 1810.", "Hart", ["Mrs"]),
    # The title ends one line and the name starts the next: a kept title there while the same
    # title is redacted elsewhere made verification withhold the whole document.
    ("The spare key was handed to Mrs.\nQuennell at noon.", "Quennell", ["Mrs."]),
    ("statements of MS. \n  Abernaty and others", "Abernaty", ["MS."]),
    # a doctor's title goes with the private name too (it is part of how the record names them)
    ("Dr. Lee examined the victim.", "Lee", ["Dr."]),
    ("He lives at 40 Quarry Dr. Lee came by.", "Lee", []),
    ("Summer Bell arrived.", "Bell", []),
]


@pytest.mark.parametrize(("text", "span", "titles"), TITLES)
def test_gender_title_redacted_with_name(policy: Policy, text: str, span: str, titles: list[str]) -> None:
    got = _added(text, [_finding(text, span)], policy)
    assert [t for t in got if t in ("Mr.", "Ms.", "Mrs", "Mrs.", "Mr", "Ms", "MS.", "Dr.")] == titles


def test_review_level_name_is_propagated_at_review_level(policy: Policy) -> None:
    # A name only a weak cue found (needs_review) was redacted where found, but its surname
    # alone stayed visible later in the text: its mentions are now proposed at the same level.
    text = "Caller Ilsabet Quorvath reported it. Quorvath left before units arrived."
    score = policy.review_floor
    assert score < policy.threshold("PERSON")
    out = propagate(text, [_finding(text, "Ilsabet Quorvath", score=score)], policy, [])
    added = [f for f in out if f.recognizer == RECOGNIZER]
    assert [f.text for f in added] == ["Quorvath"]
    assert all(f.score == score for f in added)  # still review-level: the reviewer decides


def test_name_below_review_floor_is_not_propagated(policy: Policy) -> None:
    text = "Caller Ilsabet Quorvath reported it. Quorvath left before units arrived."
    low = policy.review_floor - 0.1
    assert _added(text, [_finding(text, "Ilsabet Quorvath", score=low)], policy) == []


def test_full_score_name_reaches_a_mention_found_only_weakly(policy: Policy) -> None:
    # "THIMBLEBY, Orsolya" was found only at review level; the full-score name elsewhere must
    # still propose it at full score (later steps, e.g. quoted nicknames, build on full-score names).
    text = "Orsolya Thimbleby was interviewed.\nTHIMBLEBY, Orsolya \"Sol\" 1990-01-02"
    weak = _finding(text, "THIMBLEBY, Orsolya", score=policy.review_floor)
    out = propagate(text, [_finding(text, "Orsolya Thimbleby"), weak], policy, [])
    strong = [f for f in out if f.recognizer == RECOGNIZER and f.start == weak.start]
    assert strong and strong[0].score >= policy.threshold("PERSON")
