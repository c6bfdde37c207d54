"""A private person's name wrapped inside a narrow table cell.

A log or citation table wraps a long name onto a second line of the same cell: "Roe-Vance, Ada"
over "Maren", "Roe, Jasper Lee" over "Jr.", "Horatia" over "Vance-Obi". Propagation does not
join tokens across such a break (a short line usually means the next cell), so the part on the
other line stayed visible. Here a redacted PERSON is joined with the line before or after when
that line holds one token only and the token is, by itself, a name part:

* after a "Last, First" name: a generational suffix ("Jr.", "III") or a census given name or
  surname (a second given name);
* before a name that starts a line: a census given name (the given name above the surname);
* after a census given name that fills its line: a census surname, or a hyphenated one whose
  parts are capitalised ("Vance-Obi");
* after one name word that ends its line behind a list separator ("Ann Roe, Ada" over "Quill"):
  a capitalised word that may be a name and is no English or form word.

An ALL-CAPS "LAST, FIRST" cell (or a "LAST," that ends its line) is a name by its shape, so the
rest of it is taken without the census: the one or two capitals words that end the same line or
cell ("ROE, ADA LIISA"), or the lone capitals word on the next line ("ROE," over "ADA"), when the
word is no rank, title, place, month, label, offence, trade, English or form word ("MALE", "NONE").
"""

from __future__ import annotations

import regex as re

from ..model import Finding
from ..policy import Policy
from .fallback import word_may_be_name
from .lexicon import COMMON_WORDS, EVERYDAY_WORDS, REGEX_FLAGS, SUFFIXES, is_given_name, surname_kind

__all__ = ["RECOGNIZER", "wrapped_name_findings"]

#: The ``recognizer`` of the findings made here.
RECOGNIZER = "wrapped-name"

_NEXT = re.compile(r"[ \t]*\n[ \t]*(?P<tok>\p{Lu}[\p{L}'’-]*\.?)[ \t]*(?=\n|$)", REGEX_FLAGS)
#: One or two more words that end the line or cell after a "LAST, FIRST" name.
#: (one space between words: two or more, or a tab, end the cell)
_REST = re.compile(r" (?P<a>\p{Lu}[\p{L}'’-]*\.?)(?: (?P<b>\p{Lu}[\p{L}'’-]*\.?))?"
                   r"[ \t]*(?=\n|$|[ \t]{2}|\t|\|)", REGEX_FLAGS)
#: Values of a form's other cells that look like a capitals name word.
_FORM_WORDS = frozenset(
    """MALE FEMALE NONE UNKNOWN UNK YES NO NA ADULT JUVENILE MINOR DECEASED ARRESTED CITED RELEASED
    BOOKED PENDING CLOSED OPEN ACTIVE INACTIVE HISPANIC ASIAN NATIVE CAUCASIAN OTHER POSITIVE NEGATIVE
    REFUSED DENIED SELF SAME DRIVER OWNER PASSENGER VICTIM SUSPECT WITNESS""".split()
)
_PREV = re.compile(r"(?:^|\n)[ \t]*(?P<tok>\p{Lu}[\p{L}'’-]*)[ \t]*\n[ \t]*$", REGEX_FLAGS)


def wrapped_name_findings(text: str, findings: list[Finding], policy: Policy) -> list[Finding]:
    """PERSON findings for the part of a redacted name wrapped onto the line above or below."""
    if "PERSON" not in policy.redact:
        return []
    threshold = policy.threshold("PERSON")
    kept = [(f.start, f.end) for f in findings if f.entity in policy.keep]
    persons = [f for f in findings if f.entity == "PERSON" and f.score >= threshold
               and not policy.is_allowed(f.text)]
    spans = {(f.start, f.end) for f in persons}
    out: list[Finding] = []
    for f in persons:
        name = " ".join(f.text.split())
        comma_after = "," not in name and text.startswith(",", f.end)  # "ROE," ends its line
        m = _NEXT.match(text, f.end + comma_after)
        if m and ("," in name or comma_after):
            tok = m.group("tok")
            if tok.rstrip(".") in SUFFIXES or is_given_name(tok) or _surname(tok) or _caps_part(tok, name):
                out.append(_piece(text, m.start("tok"), m.end("tok"), f, "next line of the cell"))
        elif m and is_given_name(name) and not text[text.rfind("\n", 0, f.start) + 1:f.start].strip():
            tok = m.group("tok")
            if _surname(tok) or re.fullmatch(r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+", tok):
                out.append(_piece(text, m.start("tok"), m.end("tok"), f, "next line of the cell"))
        elif m and _listed_given(text, f, name) and _plain_name_word(m.group("tok")):
            out.append(_piece(text, m.start("tok"), m.end("tok"), f, "next line of the list"))
        if "," in name:
            out += _rest_of_line(text, f, name)
        line_start = text.rfind("\n", 0, f.start) + 1
        if "," not in name and not text[line_start:f.start].strip():
            p = _PREV.search(text, max(0, line_start - 40), line_start)
            if p and is_given_name(p.group("tok")):
                out.append(_piece(text, p.start("tok"), p.end("tok"), f, "line above in the cell"))
    return [g for g in out if (g.start, g.end) not in spans
            and not any(ks < g.end and g.start < ke for ks, ke in kept)]


def _rest_of_line(text: str, f: Finding, name: str) -> list[Finding]:
    """The middle names or initials that end the line or cell of a "Last, First" name."""
    r = _REST.match(text, f.end)
    out: list[Finding] = []
    for g in ("a", "b") if r is not None else ():
        tok = r.group(g) if r is not None else None
        if r is None or not tok:
            break
        if not (tok.rstrip(".") in SUFFIXES or re.fullmatch(r"\p{Lu}\.?", tok) or is_given_name(tok)
                or _surname(tok) or _caps_part(tok, name)):
            return []  # all of the rest is a name, or none of it is taken
        out.append(_piece(text, r.start(g), r.end(g), f, "rest of its line"))
    return out


def _listed_given(text: str, f: Finding, name: str) -> bool:
    """One capitalised word that ends its line after a list separator ("Ann Roe, Ada" over
    "Quill"): a name of a list cut by the wrap, its surname on the next line."""
    before = text[text.rfind("\n", 0, f.start) + 1 : f.start].rstrip()
    return (re.fullmatch(r"\p{Lu}\p{Ll}+", name) is not None
            and (before.endswith((",", ";", "&")) or before.endswith(" and")))


def _plain_name_word(tok: str) -> bool:
    """A capitalised word (or hyphenated pair) that could be a surname and is no English word."""
    return (re.fullmatch(r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?", tok) is not None
            and word_may_be_name(tok) and surname_kind(tok) != "word"
            and tok not in COMMON_WORDS and tok not in EVERYDAY_WORDS
            and tok.upper() not in _FORM_WORDS)


def _caps_part(tok: str, name: str) -> bool:
    """A capitals word of an ALL-CAPS "LAST, FIRST" name that nothing else explains."""
    bare = tok.rstrip(".")
    return (name.isupper() and bare.isupper() and len(bare) >= 2 and bare not in _FORM_WORDS
            and re.fullmatch(r"\p{Lu}+(?:['’-]\p{Lu}+)*", bare) is not None
            and word_may_be_name(bare) and surname_kind(bare) != "word"
            and bare.capitalize() not in COMMON_WORDS and bare.capitalize() not in EVERYDAY_WORDS)


def _surname(tok: str) -> bool:
    bare = tok.rstrip(".")
    return (surname_kind(bare) == "name" and bare.capitalize() not in COMMON_WORDS
            and bare.capitalize() not in EVERYDAY_WORDS)


def _piece(text: str, s: int, e: int, f: Finding, where: str) -> Finding:
    return Finding.make("PERSON", s, e, text[s:e], f.score, RECOGNIZER,
                        f"part of PERSON '{' '.join(f.text.split())}' wrapped onto the {where}")
