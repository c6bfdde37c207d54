"""Trim a PERSON span of NER to its name tokens (split from :mod:`.propagate`).

spaCy runs a PERSON span over table cells and folds form labels into it; propagation cleans
each NER source with :func:`clean_person` before it searches the document for its mentions.
"""

from __future__ import annotations

import regex as re

from ..model import Finding
from .lexicon import NOT_NAME_CAPS, PARTICLES, RANK_ONE, RANKS, REGEX_FLAGS, ROLE_TITLES, surname_kind
from .widefallback import english_words

__all__ = ["FORM_WORDS", "caps_word", "cell_break", "clean_person"]

#: A line shorter than this around a line break inside a PERSON span means a
#: table/form cell boundary, not a wrapped sentence.
_CELL_LINE = 30
_CELL_LINE_BEFORE = 12
_PREFIXED = re.compile(r"(?i:al|el)-\p{Lu}[\p{L}'’-]*")
_NAME_LIKE = re.compile(r"\p{Lu}[\p{L}'’.-]*,?|\p{Lu}\.")


#: Form labels, column headers and record words that NER sometimes folds into a PERSON
#: span ("LINDA M. DOB", "THANH V. Owner") or tags alone ("VIN"); never name tokens.
FORM_WORDS = frozenset(
    """DOB SSN SOC VIN DL OLN LIC ID PH Tel Phone Cell Email Date Time Address Addr Owner Name Caller Location
    Status Person Persons Disposition Item Items Description Serial Hold Evidence Sex Race Age Hgt Wgt
    Hair Eyes Eye Height Weight Unit Badge Case Report Event Remarks Nature Received Contact Role Type
    Registered Registration Plate Vehicle Make Model Year Color Property Involved Signature Page Suspect
    Victim Witness Complainant Juvenile Arrestee Subject Susp Vict Wit Comp RP Lab Male Female""".split()
)
#: Street-type words: a capitalised run right before one is a street name, not a person.
_STREET_WORDS = frozenset(
    """St St. Street Ave Ave. Avenue Rd Rd. Road Blvd Blvd. Boulevard Dr Dr. Drive Ln Ln. Lane Ct Ct.
    Court Pl Pl. Place Way Ter Terrace Cir Circle Pkwy Parkway Hwy Highway Trl Trail Sq Square Loop
    Alley Pike Row Plaza Blk Block""".split()
)


#: A rank or title right after a word, on its line ("Corrections Dep. Ann Roe").
_RANK_AFTER = re.compile(rf"[ \t]+(?:{RANK_ONE})(?![\w])", REGEX_FLAGS)


def _unit_word_before_rank(text: str, s: int, e: int) -> bool:
    """A lone word that English writes in lower case and no census lists as a surname, right
    before a rank: the officer's unit or duty ("Administrative Sgt.", "Traffic Ofc."), not a name."""
    word = text[s:e]
    return (re.fullmatch(r"\p{Lu}\p{Ll}+|\p{Lu}+", word) is not None and word.lower() in english_words()
            and surname_kind(word) is None and _RANK_AFTER.match(text, e) is not None)


def _line_len(text: str, pos: int) -> int:
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    return (len(text) if le < 0 else le) - ls


#: A signature block's title line under a name: a word and a lower-case job noun ("Bonding agent,
#: state no. ...", "Fleet manager"). NER runs the name into that word ("Ann Roe\nBonding").
_TITLE_LINE = re.compile(
    r"[ \t]*\p{Lu}\p{Ll}+[ \t]+(?:agent|specialist|advocate|clerk|manager|coordinator|officer|technician"
    r"|supervisor|investigator|analyst|director|assistant|representative|adjuster|examiner|inspector)s?\b"
)


def cell_break(text: str, br: int) -> bool:
    """True when the line break at ``br`` separates table/form cells (or a name from its title line)
    rather than wrapping a sentence."""
    return _line_len(text, max(br - 1, 0)) < _CELL_LINE_BEFORE or _line_len(text, br + 1) < _CELL_LINE \
        or _TITLE_LINE.match(text, br + 1) is not None


def caps_word(tok: str) -> bool:
    """An ALL-CAPS token that reads as an ordinary word (verb form or function word), not a name."""
    bare = tok.strip(",;:.'’")
    return bare.isupper() and (
        bare in NOT_NAME_CAPS or (len(bare) > 4 and (bare.endswith("ED") or bare.endswith("ING")))
    )


def _name_token(tok: str) -> bool:
    bare = tok.strip(",;:")
    if bare.lower() in PARTICLES or _PREFIXED.fullmatch(bare):
        return True  # "de la Peñavera", "van der Hoost", "al-Rashidi" (a run never ends on a particle)
    if not _NAME_LIKE.fullmatch(bare) or any(c.isdigit() for c in bare) or caps_word(bare):
        return False
    word = bare.rstrip(".")
    if word in RANKS or word in ROLE_TITLES:
        return False
    return word.capitalize() not in FORM_WORDS and word.upper() not in FORM_WORDS


def clean_person(text: str, f: Finding) -> Finding | None:
    """Trim an NER PERSON span to its name tokens; ``None`` when nothing name-like is left.

    spaCy sometimes runs a PERSON span over cell boundaries in table layouts
    ("ROBERT\n217.555.0164", "2S02 WALSH\nON SCENE") or folds a label into it
    ("LINDA M. DOB"). A line break inside the span is kept only where it looks
    like a wrapped sentence (both lines long enough); otherwise the span is cut
    there. Within each piece, runs of name tokens are separated by tokens with
    digits, form labels (:data:`FORM_WORDS`) and street words; a run right
    before a street word ("E Cook St") is a street name. The first remaining
    run with a token of two or more letters is kept.
    """
    pieces: list[tuple[int, int]] = [(f.start, f.end)]
    if "\n" in text[f.start : f.end].strip():
        pieces = []
        pos = f.start
        for m in re.finditer(r"\n", text[f.start : f.end]):
            br = f.start + m.start()
            if cell_break(text, br):
                pieces.append((pos, br))
                pos = br + 1
        pieces.append((pos, f.end))
    runs: list[list[tuple[int, int]]] = []
    for ps, pe in pieces:
        run: list[tuple[int, int]] = []
        toks = list(re.finditer(r"\S+", text[ps:pe]))
        for m in toks:
            tok = m.group(0)
            if _name_token(tok) and tok.rstrip(".,") not in _STREET_WORDS and tok not in _STREET_WORDS:
                run.append((ps + m.start(), ps + m.end()))
                continue
            if run and not (tok in _STREET_WORDS or tok.rstrip(".,") in _STREET_WORDS):
                runs.append(run)
            run = []
        if run:
            # a run at the end of the span that the text continues with a street word is a street name
            nxt = re.match(r"(?:[ \t]+|[ \t]*\n[ \t]*)(\S+)", text[pe : pe + 20])
            if not (nxt and nxt.group(1).rstrip(".,") in _STREET_WORDS):
                runs.append(run)
    for run in runs:
        if not any(len(text[a:b].strip(".,")) >= 2 for a, b in run):
            continue
        while run and text[run[-1][0] : run[-1][1]].strip(",;:").lower() in PARTICLES:
            run = run[:-1]
        if not run:
            continue
        s, e = run[0][0], run[-1][1]
        while e > s and text[e - 1] in ",;:":
            e -= 1
        if len(run) == 1 and _unit_word_before_rank(text, s, e):
            return None
        if (s, e) == (f.start, f.end):
            return f
        return Finding(
            f.entity, s, e, text[s:e], f.score, f.recognizer,
            f.explanation + "; trimmed to the name tokens (cell boundary, label or non-name token)", f.id,
        )
    return None
