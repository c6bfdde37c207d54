"""Recall classes of issue 11 found on the eleventh set, each with invented examples and a counter-case
that must stay unredacted (or must still be redacted)."""

from __future__ import annotations

from redactkit.detect.engine import _not_private_fields
from redactkit.model import Finding


def _f(entity: str, text: str, part: str, recognizer: str, why: str) -> Finding:
    s = text.index(part)
    return Finding.make(entity, s, s + len(part), part, 0.8, recognizer, why)


# --- a licence under an "ID / DL" column whose shape is also a case number's ----------------------


def test_a_licence_under_its_column_label_is_no_case_number() -> None:
    text = "NAME\nDOB\nST ID / DL\nQUILLBY, ODRAN\n1984-02-11\nQUI-84-7713\n"
    case = _f("CASE_NUMBER", text, "QUI-84-7713", "CaseNumberRecognizer", "case number shape")
    dl = _f("DRIVER_LICENSE", text, "QUI-84-7713", "LayoutFieldRecognizer", "column 'ST ID / DL' (layout)")
    assert _not_private_fields([case], [dl]) == []


def test_a_case_number_beside_a_licence_column_stays_kept() -> None:
    text = "REPORT NO.\nDL\nQB26-40117\nQUI-84-7713\n"
    case = _f("CASE_NUMBER", text, "QB26-40117", "CaseNumberRecognizer", "case number shape")
    dl = _f("DRIVER_LICENSE", text, "QUI-84-7713", "LayoutFieldRecognizer", "column 'DL' (layout)")
    assert [f.text for f in _not_private_fields([case], [dl])] == ["QB26-40117"]


# --- a "Last, First" cell with a quoted nickname or a hyphenated given name in lower case -----------


def _last_first(text: str) -> list[str]:
    from redactkit.detect.recognizers.persons import LastFirstNameRecognizer

    return [text[r.start:r.end] for r in LastFirstNameRecognizer().analyze(text, [])]


def test_a_last_first_cell_with_a_quoted_nickname_is_one_name() -> None:
    assert _last_first('0931\nQuellbrook, Wolfram "Gus"\nProbate\n') == ['Quellbrook, Wolfram "Gus"']
    assert _last_first("Float\nHaan, Min-seo “Minnie”\nTreasurer\n") == ["Haan, Min-seo “Minnie”"]
    assert _last_first("Float\nHaan, Min-seo\nTreasurer\n") == ["Haan, Min-seo"]


def test_a_quoted_word_after_a_non_name_cell_stays() -> None:
    assert _last_first('Status\nFollow-up, Records "Done"\nNotes\n') == []
    assert _last_first("Item\nReceipt, Quik-Stop Market\n") == []


# --- a "Last, First" cell wrapped after its comma, and "LAST, First Middle" ------------------------


def _wrapped(text: str) -> list[str]:
    from redactkit.detect.recognizers.lastfirst import WrappedLastFirstRecognizer

    return [text[r.start:r.end] for r in WrappedLastFirstRecognizer().analyze(text, [])]


def test_a_last_first_cell_wrapped_after_its_comma_is_one_name() -> None:
    assert _wrapped("Citation: Speeding\nBRACKWATER-EZE,\nNGOZIKA\nQB26-S-1140\n") == [
        "BRACKWATER-EZE,\nNGOZIKA"]
    assert _wrapped("search\ndu Pelletier-Ferrol,\nUbaldine Isolde\nQB26\n") == [
        "du Pelletier-Ferrol,\nUbaldine Isolde"]


def test_a_place_or_a_heading_wrapped_after_a_comma_stays() -> None:
    assert _wrapped("Venue\nSpringfield,\nIllinois\n") == []
    assert _wrapped("x\nRESIDENCE,\nWhere Found\n") == []


def test_a_surname_in_capitals_that_is_a_word_before_title_case_given_names() -> None:
    assert _wrapped("Speed\nPARSNIP, Ubaldine Isolde\n03/22/1990\n") == ["PARSNIP, Ubaldine Isolde"]
    assert _wrapped('Log\nTHACKERIDGE, Anzelm "Zel"\nProbate\n') == ['THACKERIDGE, Anzelm "Zel"']


def test_a_heading_in_capitals_before_title_case_words_stays() -> None:
    assert _wrapped("NOTES, Follow Up\n") == []
    assert _wrapped("CITY, State\n") == []
    assert _wrapped("SPEED, Radar Unit\n") == []


# --- a whole name's full form is not cut short by a given name another source propagated first ------


def test_a_middle_name_in_capitals_is_redacted_with_the_whole_name() -> None:
    from redactkit.detect.propagate import propagate
    from redactkit.policy import load_policy

    text = ("IN RE THE PETITION OF\nGWENDOLEN SORREL QUENNELL,\nalso known as Gwendolen Quennell-Ashworthy,\n"
            "Name: QUENNELL, GWENDOLEN SORREL\n")
    a = text.index("Gwendolen Quennell-Ashworthy")
    b = text.index("QUENNELL, GWENDOLEN SORREL")
    srcs = [Finding("PERSON", a, a + 28, text[a:a + 28], 0.85, "SpacyRecognizer"),
            Finding("PERSON", b, b + 26, text[b:b + 26], 1.0, "LastFirstNameRecognizer")]
    got = {f.text for f in propagate(text, srcs, load_policy("police-public-release"), [])[2:]}
    assert "GWENDOLEN SORREL QUENNELL" in got
    # counter-case: a kept officer's word next to the name stays out of it
    assert not any("PETITION" in g or "Name" in g for g in got)


# --- a given name ending a prose line before its wrapped double-barrelled surname ------------------


def _wrapped_surname(text: str) -> list[str]:
    from redactkit.detect.wrapsurname import wrapped_surname_findings
    from redactkit.policy import load_policy

    return [f.text for f in wrapped_surname_findings(text, [], load_policy("police-public-release"))]


def test_a_given_name_before_its_wrapped_double_surname_is_one_name() -> None:
    text = "The earlier complaint came from Hrafnkel\nGorrell-Tibbits (555-0100) about a van."
    assert _wrapped_surname(text) == ["Hrafnkel\nGorrell-Tibbits"]


def test_an_english_word_before_a_wrapped_hyphenated_pair_stays() -> None:
    assert _wrapped_surname("The permit was issued by the Records\nSpecialist-Sayles team.") == []
    assert _wrapped_surname("They drove north toward Greater\nWinston-Salem that night.") == []


# --- an address in justified prose that extraction broke into one word per line ----------------


def _justified(text: str) -> list[str]:
    from redactkit.detect.justified import justified_address_findings
    from redactkit.detect.recognizers.addresses import AddressRecognizer, ParsedAddressRecognizer
    from redactkit.policy import load_policy

    recs = [AddressRecognizer(), ParsedAddressRecognizer()]
    return [" ".join(f.text.split()) for f in
            justified_address_findings(text, [], load_policy("police-public-release"), recs)]


def test_an_address_in_a_justified_paragraph_broken_word_per_line() -> None:
    text = ("3.\nThe\nrespondent\nlives\nat\n2207\nQuillmoor\nBriar\nLane,\nApt.\n4C,\nTindale\nSprings,"
            "\nOR\n"
            "97330, and may be reached by mail.")
    assert _justified(text) == ["2207 Quillmoor Briar Lane, Apt. 4C, Tindale Springs, OR 97330"]


def test_a_table_column_of_single_words_is_not_read_as_prose() -> None:
    text = "Count\n2207\nQuillmoor\nLane\nTindale\nOR\n97330\nStatus\nOpen\n"
    assert _justified(text) == []
    assert _justified("the\ncase\nwas\nclosed\nafter\nreview\nby\nstaff.\n") == []
