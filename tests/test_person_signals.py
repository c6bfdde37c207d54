"""Person score, public parties and officer-or-person decisions (issue 11, items 2-4).

Every name, place and number here is invented. Recognizer tables run without spaCy
(``nlp_artifacts=None``); the end-to-end rows run the default policy through
:func:`redactkit.api.analyze_text` with the shared detector.
"""

from __future__ import annotations

from typing import Any

import pytest

from redactkit.api import analyze_text
from redactkit.detect.lexicon import is_given_name, surname_kind
from redactkit.detect.officers import resolve_shared_names
from redactkit.detect.recognizers import PersonSignalRecognizer, PublicPlaceRecognizer
from redactkit.detect.recognizers.person_signals import REVIEW_FLOOR, combine, name_score
from redactkit.model import Finding
from redactkit.policy import load_policy


def _spans(rec: Any, text: str) -> dict[str, float]:
    return {text[r.start : r.end]: r.score for r in rec.analyze(text, [rec.ENTITY], None)}


# ---------------------------------------------------------------------------- lexicons and score

@pytest.mark.parametrize(
    ("token", "given", "surname"),
    [
        ("Brandon", True, "name"),
        ("Maria", True, "word"),  # "maria" is an English word too
        ("Hallqvist", False, None),  # not in the 1990 census list: the lexicon is one signal of several
        ("Lindquist", False, "name"),
        ("Park", False, "word"),  # a surname that is also an English word
        ("Hernández", False, "name"),  # diacritics folded
        ("Whitlow-Baines", False, "name"),  # each part of a hyphenated surname counts
        ("May", False, "word"),  # an everyday word is never a given name
    ],
)
def test_name_lexicons(token: str, given: bool, surname: str | None) -> None:
    assert is_given_name(token) is given
    assert surname_kind(token) == surname


def test_combined_score_is_noisy_or() -> None:
    assert combine([]) == 0.0
    assert combine([0.6]) == 0.6
    assert combine([0.6, 0.5]) == pytest.approx(0.8)
    assert combine([0.1, 0.2]) < 0.5  # two weak signals stay under the threshold


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        ("Maria Lindquist", 0.5),  # given + surname
        ("Lindquist, Maria", 0.5),
        ("Maria Young", 0.35),  # given + word-like surname
        ("Maria Hallqvist", 0.25),  # one lexicon hit
        ("Sandstone High School", -1.0),  # institution word vetoes
        ("Harbor Point", 0.0),
    ],
)
def test_name_score(text: str, weight: float) -> None:
    assert name_score(text)[0] == weight


def test_title_lifts_the_institution_veto() -> None:
    assert name_score("Church")[0] == -1.0
    assert name_score("Church", titled=True)[0] == 0.0  # no veto; the title cue carries it


# ---------------------------------------------------------------------------- person signals

PERSON_ROWS = [
    # (text, span that must be found at or above 0.5)
    ("Deputies identified the driver as Chidinma Nwachukwu-Baptiste.", "Chidinma Nwachukwu-Baptiste"),
    ("My name is Yusuf al-Rashidi and I live nearby.", "Yusuf al-Rashidi"),
    ("Ms. Henrietta Vanderkolk called back.", "Henrietta Vanderkolk"),
    ("[00:01:10]\nMRS. QUINTERO-BLAKE:\nHe ran that way.", "QUINTERO-BLAKE"),
    ("MR. PARK:\nI saw it.", "PARK"),
    ("From: Oksana Petrenko <opetrenko@example.net>", "Oksana Petrenko"),
    ("Cc: Whitlock, Ansel <a.whitlock@example.com>", "Whitlock, Ansel"),
    ("RP GRETCHEN ALDERMAN CB 555-201-4433", "GRETCHEN ALDERMAN"),
    ("The victim is Ignacio Thorvaldsen, DOB 4/2/1980.", "Ignacio Thorvaldsen"),
    ("Can you spell that? S-O-L-B-A-K-K-E-N.", "S-O-L-B-A-K-K-E-N"),
    ("CALLER\nOdile Ferrante. O-D-I-L-E.", "O-D-I-L-E"),
    ("Last name D-E, L-A, V-E-G-A, ma'am.", "D-E, L-A, V-E-G-A"),
]


@pytest.mark.parametrize(("text", "span"), PERSON_ROWS)
def test_person_signals_find(text: str, span: str) -> None:
    found = _spans(PersonSignalRecognizer(), text)
    assert span in found, found
    assert found[span] >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Regards, Harbor Point Clinic",
        "She drove to Sandstone Community College.",
        "Mr. Jones",  # a lone cue word is fine, but "RP CB" is no name
        "RP CB 555-201-4433",
        "Please see the Records Unit.",
    ],
)
def test_person_signals_leave_non_names(text: str) -> None:
    found = _spans(PersonSignalRecognizer(), text)
    names = ("Harbor Point Clinic", "Sandstone Community College", "CB", "Records Unit")
    assert all(s not in found or found[s] < 0.5 for s in names), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("KNOWN ASSOCIATE: BRIXLEY, TANDRELL", None),
        ("He is a known associate of the subject and was renamed in the file.", None),
        ("She is known as Tandrell Brixley on the street.", "Tandrell Brixley"),
        ("A man she knows only as \"Brixley\" phoned twice.", "Brixley"),
    ],
)
def test_cue_words_are_whole_words(text: str, name: str | None) -> None:
    """'known as' inside 'KNOWN ASSOCIATE' is no cue: the rest of the word is not a name."""
    found = _spans(PersonSignalRecognizer(), text)
    assert not any(s.upper() in ("SOCIATE", "SSOCIATE") or s.startswith("sociate") for s in found), found
    if name is not None:
        assert any(name in s for s in found), found


def test_weak_evidence_is_reported_for_review_not_dropped() -> None:
    rec = PersonSignalRecognizer()
    text = "Contacted Bexley Quarrington at the gate."
    (r,) = [r for r in rec.analyze(text, ["PERSON"], None) if "Quarrington" in text[r.start : r.end]]
    assert REVIEW_FLOOR <= r.score
    assert "person signals" in r.analysis_explanation.textual_explanation


# ---------------------------------------------------------------------------- public parties

LETTERHEAD = (
    "HOLLOWAY SPRINGS POLICE DEPARTMENT\n"
    "Records Unit\n"
    "88 Civic Center Drive\n"
    "Holloway Springs, OR 97301\n"
    "Tel. (503) 555-0190\n"
    "www.hollowaysprings.example.gov/police\n"
    "December 3, 2026\n"
    "Ms. Tabitha Greenhalgh\n"
    "412 Willow Bend Lane\n"
    "Holloway Springs, OR 97301\n"
    "Please call the Records Unit at (503) 555-0190. Her own number is (503) 555-7714.\n"
)


def test_letterhead_contact_block_is_kept_and_the_addressee_is_not() -> None:
    kept = _spans(PublicPlaceRecognizer(), LETTERHEAD)
    assert {"88 Civic Center Drive", "(503) 555-0190", "www.hollowaysprings.example.gov/police"} <= set(kept)
    assert "412 Willow Bend Lane" not in kept
    assert "(503) 555-7714" not in kept
    # the town line is kept in the letterhead only, not under the addressee's street
    starts = [r.start for r in PublicPlaceRecognizer().analyze(LETTERHEAD, ["PUBLIC_PLACE"], None)
              if LETTERHEAD[r.start : r.end] == "Holloway Springs, OR 97301"]
    assert starts == [LETTERHEAD.index("Holloway Springs, OR 97301")]


@pytest.mark.parametrize(
    ("text", "kept", "not_kept"),
    [
        ("She was taken to Fernhill Regional Hospital, 3000 Summit Avenue, at noon.",
         ["Fernhill Regional Hospital", "3000 Summit Avenue"], []),
        ("He lives at 40 Civic Center Drive with his aunt.", [], ["Civic Center"]),
        ("Dealer address: 55 E. Quarry Ave., Oakton, TX 75001", ["55 E. Quarry Ave., Oakton, TX 75001"], []),
        ("Contact Det. Albers-Noor, desk\n(214) 555-0100 ext. 12, about it.", ["(214) 555-0100 ext. 12"], []),
        ("They met behind Sandhill A.M.E.\nChurch at dusk.", ["Sandhill A.M.E.\nChurch"], []),
        ("Filed with the Corvale County Court on Monday.", ["Corvale County Court"], []),
        # teletype capitals: the subject and the verb before the store are no part of its name
        ("AT 2130 HRS SUBJ ROWE ENTERED THE CORNER-STOP MARKET", ["CORNER-STOP MARKET"],
         ["SUBJ ROWE ENTERED THE CORNER-STOP MARKET"]),
        # footers: an office function labels the number, or agency initials open the line
        ("had left.\nWCSO Form DV-3 · Visitation line (307) 555-0188\nPage 1 of 1", ["(307) 555-0188"], []),
        ("THCSO Form DI-2 · Dispatch (304) 555-0122\nPage 2 of 2", ["(304) 555-0122"], []),
        # a form number between the initials and the separator; no label on the number
        ("TVSO Form PR-9 · Tamsworth Valley Annex, Corby, WA 98000 · (360) 555-0141\n",
         ["(360) 555-0141"], []),
        ("JR Form A · (360) 555-0142\n", [], ["(360) 555-0142"]),
        # a name matched over a line break: its block hangs from the line the name ends on
        ("Copy to: Records Office\nMarlow County Dispatch Center\n9 Ferry Road, Marlow, SC 29000 · Admin."
         " (803) 555-0144\nEvent 12\n", ["9 Ferry Road, Marlow, SC 29000", "(803) 555-0144"], []),
        # a footer line of contact details alone, one of them the agency's own web address
        ("Page 1\n9 Wren Street, Dalby, OR 97000 · 541-555-0147 · www.dalbypd.example.org\n",
         ["9 Wren Street, Dalby, OR 97000", "541-555-0147"], []),
        ("9 Wren Street, Dalby, OR 97000 • (541) 555-0148 • www.dalby.example.org/police\n",
         ["9 Wren Street, Dalby, OR 97000", "(541) 555-0148"], []),
        # a private person's contact line: a mail address never names an agency (a private
        # mail domain could end in 'pd'), nor does a site of no agency, nor a line with a label
        ("14 Lark Lane, Dalby, OR 97000 · (541) 555-0149 · lena.voss@example-pd.org\n", [],
         ["14 Lark Lane, Dalby, OR 97000", "(541) 555-0149"]),
        ("14 Lark Lane, Dalby, OR 97000 · (541) 555-0149 · www.lenavoss.example.org\n", [],
         ["14 Lark Lane, Dalby, OR 97000", "(541) 555-0149"]),
        ("Home: 14 Lark Lane, Dalby, OR 97000 · (541) 555-0149 · www.dalbypd.example.org\n", [],
         ["14 Lark Lane, Dalby, OR 97000", "(541) 555-0149"]),
        # the logo's initials on a line of their own inside the letterhead do not end its block
        ("Tamsworth Police Department\nRecords Section\nTWPD\nest. 1907\n(360) 555-0143\n"
         "December 1, 2026\n", ["(360) 555-0143"], []),
        ("Lab intake: (406) 555-0133 · form LR-3\n", ["(406) 555-0133"], []),
        ("Reviewed: Lt. Dana Frost C-12\nBVPD · 210 Harbor Plaza, Bellmont Vale, NJ 07111 · non-emergency"
         " (201) 555-0177\n", ["210 Harbor Plaza, Bellmont Vale, NJ 07111", "(201) 555-0177"], []),
        # businesses named by trade or company form, with the address right after the name
        ("He bought boots at Cedar Trail Outfitters, 12 Mesa Road, Larchmont.",
         ["Cedar Trail Outfitters", "12 Mesa Road, Larchmont"], []),
        ("Removed by Hartwell & Sons Funeral Home at 1400 hrs.", ["Hartwell & Sons Funeral Home"], []),
        ("The alarm was monitored by Sentinel Ridge Alarm Co. since May.", ["Sentinel Ridge Alarm Co."], []),
        ("He and Mary Pratt fed the dog.", [], ["Mary Pratt"]),
        # a private line is no office line, and a private person's initials are no agency's
        ("Her home line (406) 555-0134 and cell 406-555-0135.", [], ["(406) 555-0134", "406-555-0135"]),
        ("JR · 14 Elm Road, Bellmont Vale, NJ 07111\n", [], ["14 Elm Road, Bellmont Vale, NJ 07111"]),
    ],
)
def test_public_places(text: str, kept: list[str], not_kept: list[str]) -> None:
    found = _spans(PublicPlaceRecognizer(), text)
    for k in kept:
        assert k in found, found
    for k in not_kept:
        assert k not in found, found


PAGE_TOP = (
    "12 Kiln Street\n"
    "Alder Ford, ME 04999\n"
    "AFPD\n"
    "Alder Ford Police Department\n"
    "Records Section\n"
    "est. 1901\n"
    "(207) 555-0177\n"
    "December 4, 2026\n"
    "Mr. Osric Penhallow\n"
    "77 Cooper Lane\n"
    "Alder Ford, ME 04999\n"
    "Bring ID to 12 Kiln Street, Alder Ford, ME 04999.\n"
)


def test_page_top_letterhead_above_the_agency_name_is_kept() -> None:
    found = PublicPlaceRecognizer().analyze(PAGE_TOP, ["PUBLIC_PLACE"], None)
    kept = {(r.start, PAGE_TOP[r.start : r.end]) for r in found}
    assert (0, "12 Kiln Street") in kept
    assert (PAGE_TOP.index("Alder Ford, ME"), "Alder Ford, ME 04999") in kept
    assert (PAGE_TOP.index("(207)"), "(207) 555-0177") in kept
    # the town line after the kept street in prose is the public address's too
    prose = PAGE_TOP.index("Alder Ford, ME 04999.")
    assert (prose, "Alder Ford, ME 04999") in kept
    # the addressee's street and town line are not
    assert not any(t == "77 Cooper Lane" for _s, t in kept)
    assert (PAGE_TOP.index("Alder Ford, ME", PAGE_TOP.index("77 Cooper")), "Alder Ford, ME 04999") not in kept


def test_founding_year_between_the_contact_lines_and_the_agency_name() -> None:
    text = "31 Gull Street\nBrackwater, WA 98000\nBWPD\n1902\nBRACKWATER POLICE DEPARTMENT\nRecords\n"
    kept = _spans(PublicPlaceRecognizer(), text)
    assert {"31 Gull Street", "Brackwater, WA 98000"} <= set(kept)


def test_lines_above_an_agency_name_after_a_private_line_are_not_kept() -> None:
    text = "Ms. Jane Roe\n12 Kiln Street\nAlder Ford, ME 04999\nAlder Ford Police Department\nRecords\n"
    kept = _spans(PublicPlaceRecognizer(), text)
    assert "12 Kiln Street" not in kept


# ---------------------------------------------------------------------------- officer or person

def _f(entity: str, text: str, doc: str, at: int = 0, recognizer: str = "x") -> Finding:
    s = doc.index(text, at)
    return Finding.make(entity, s, s + len(text), text, 0.85, recognizer, "")


def test_lone_shared_surname_goes_to_the_nearest_full_mention() -> None:
    doc = ("Ofc. Odette Haldane arrived. Haldane spoke first. Later the victim's brother "
           "Ellis Haldane came out. Haldane was upset.")
    first = doc.index("Haldane spoke")
    last = doc.index("Haldane was")
    findings = [
        _f("OFFICER", "Odette Haldane", doc),
        _f("OFFICER", "Haldane", doc, first),
        _f("PERSON", "Ellis Haldane", doc),
        _f("OFFICER", "Haldane", doc, last),
    ]
    out = {(f.start, f.entity) for f in resolve_shared_names(doc, findings)}
    assert (first, "OFFICER") in out
    assert (last, "PERSON") in out and (last, "OFFICER") not in out


def test_tie_is_redacted_and_flagged() -> None:
    doc = "Odette Haldane | Ellis Haldane\nHaldane"
    findings = [_f("OFFICER", "Odette Haldane", doc), _f("PERSON", "Ellis Haldane", doc)]
    # equal distance is impossible on one line, so put both full mentions at the same offset class:
    out = resolve_shared_names(doc, findings)
    lone = [f for f in out if f.text == "Haldane"]
    assert lone and all(f.entity == "PERSON" for f in lone)


def test_officer_given_name_alone_is_kept_when_no_private_person_has_it() -> None:
    doc = "Recording officer Ofc. Odette Haldane. Odette, what have we got?"
    findings = [_f("OFFICER", "Odette Haldane", doc), _f("PERSON", "Odette", doc, doc.index("Odette,"))]
    out = resolve_shared_names(doc, findings)
    assert [f.entity for f in out if f.text == "Odette"] == ["OFFICER"]


def test_rank_and_officer_name_is_not_a_private_person() -> None:
    doc = "Sgt. Lowell Brinkerhoff took the report."
    findings = [_f("OFFICER", "Lowell Brinkerhoff", doc), _f("PERSON", "Sgt. Lowell Brinkerhoff", doc)]
    assert [f.entity for f in resolve_shared_names(doc, findings)] == ["OFFICER"]


# ---------------------------------------------------------------------------- end to end

@pytest.mark.parametrize(
    ("text", "redacted", "visible"),
    [
        ("Her son, Tobias van den Berg, was not home. Later Mr. van den Berg called.",
         ["Tobias van den Berg", "van den Berg"], []),
        ("Chief of Police Marvin Ostrander signed the letter to Tabitha Greenhalgh.",
         ["Tabitha Greenhalgh"], ["Marvin Ostrander"]),
        ("From:\nQuintana, Maribel <mquintana@oakvale-pd.example.org>\nTo:\nCyril Adeyinka <d@example.net>\n"
         "Detective Quintana will call you. Regards, Maribel Quintana",
         ["Cyril Adeyinka"], ["Quintana, Maribel", "Maribel Quintana"]),
    ],
)
def test_end_to_end(shared_redactor: Any, text: str, redacted: list[str], visible: list[str]) -> None:
    findings = analyze_text(text, load_policy(), detector=shared_redactor.detector)
    covered = [(f.start, f.end) for f in findings]

    def hidden(span: str) -> bool:
        s = text.rindex(span)
        chars = [i for i in range(s, s + len(span)) if not text[i].isspace()]
        return all(any(a <= i < b for a, b in covered) for i in chars)

    for span in redacted:
        assert hidden(span), (span, [(f.text, f.entity) for f in findings])
    for span in visible:
        s = text.index(span)
        assert not any(a < s + len(span) and s < b for a, b in covered), (span, findings)


def test_two_officers_greeted_by_given_name_are_not_a_private_last_first() -> None:
    doc = "Ofc. Odette Haldane and Ofc. Rufus Quillen arrived. Odette, Rufus. What have we got?"
    s = doc.index("Odette, Rufus")
    findings = [
        _f("OFFICER", "Odette Haldane", doc),
        _f("OFFICER", "Rufus Quillen", doc),
        Finding.make("PERSON", s, s + len("Odette, Rufus"), "Odette, Rufus", 0.6,
                     "PersonSignalRecognizer", ""),
    ]
    assert all(f.entity == "OFFICER" for f in resolve_shared_names(doc, findings))
