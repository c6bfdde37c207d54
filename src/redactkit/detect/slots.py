"""Person-position signals: a capitalised run in a slot where a person stands names a person.

The name rules judge words: a census given name, a surname, an English word, a place word. A
name made of words they cannot judge (a given name the census lacks, a romanised "Soo-ah", or
one that is also an English word: "Hazel", "Rowan", "Chase") is lost wherever NER misses it,
and NER misses many. Where a person stands is a second, independent signal that needs no
lexicon: the words right after "his brother-in-law,", the other items of "witnesses A and B",
the words before ", date of birth". This pass reads those slots after every other recognizer
and takes the capitalised run in them, whatever its words.

==============================  =====  ====================================================
slot                            score  example
==============================  =====  ====================================================
after a private role noun       0.60   "her lawyer is Ada Quill", "THE WITNESS, ADA M QUILL"
  (not "registered to": firms)
  (one name word: review)       0.46   "guests Ada and Ben", "children Ada (6) and Ben (3)"
before a role in brackets or    0.60   "Ada Quill (the alleged victim)",
  apposition                           "Ada Quill, the victim's mother,"
coordinated with a name found   0.46   "Ada Quill and Ben Marsh" (one found), "A, B and C"
  at full score
before a birth date or age      0.46   "Ada Quill, date of birth ...", "ADA QUILL, DOB ..."
a date right after a person     0.75   "Ada Quill (4/9/1971)", "Ada Quill, 04/09/1971,"
  (DATE_OF_BIRTH)                      -- its year two or more years before the record's latest
==============================  =====  ====================================================

A run is 1-4 capitalised words (Title Case or capitals, inner hyphens and apostrophes, an
ʻokina, a lower-case syllable after a hyphen, initials, surname particles, a quoted nickname)
on one line, or a lone given name and the word opening the next line. It is cut at the first
function word, rank, title, role noun, month or weekday ("ADA ROE OF ROUTE 2" -> "ADA ROE"),
and dropped when it holds an institution, street, place or state word ("Bluewater Towing",
"Elm Street"), touches a kept finding (an officer, an agency, a public place), or when a rank
stands before it. Scores under the PERSON threshold are ``needs_review`` findings: the default
policy redacts them, a reviewer can reject them.
"""

from __future__ import annotations

import re as _re
from collections.abc import Iterator

import regex as re

from ..model import Finding
from ..policy import Policy
from .lexicon import (
    CALENDAR_WORDS,
    DATE,
    INSTITUTION_WORDS,
    NOT_NAME_CAPS,
    PLACE_WORDS,
    RANK_WORDS,
    STATE_WORDS,
    TITLES,
)

__all__ = ["ROLE_SCORE", "SLOT_RECOGNIZER", "SLOT_REVIEW_SCORE", "DOB_SCORE", "slot_findings"]

SLOT_RECOGNIZER = "person-slot"
ROLE_SCORE = 0.6
#: Over the default ``review_floor`` (0.45), under the PERSON threshold (0.5): ``needs_review``.
SLOT_REVIEW_SCORE = 0.46
DOB_SCORE = 0.75

_L = r"[\p{L}\p{M}]"
#: One name word: capitalised, with inner hyphens/apostrophes ("Soo-ah", "O'Dell", "ʻAna", "NDIAYE-FORT").
_TOK = rf"(?:[‘ʻ'’]?\p{{Lu}}{_L}*(?:[-‐'’‘ʻ]{_L}+)*)"
_NICK = r"(?:[\"“][^\"“”\n]{1,20}[\"”])"
_PARTICLE = r"(?:van|von|der|den|de|del|della|di|da|do|dos|das|du|la|le|bin|ibn|al|el|ter|ten|mac|an|na)"
#: A run of name words on one line (the wrap over a line break is tried separately).
_RUN = re.compile(
    rf"(?<![\w'’‘ʻ@/&.-]){_TOK}(?:[ \t]+(?:{_PARTICLE}[ \t]+)*(?:{_TOK}|\p{{Lu}}\.|{_NICK})){{0,4}}"
    rf"(?![\w'’‘ʻ@&-])")
_WRAP = re.compile(rf"[ \t]*\n[ \t]*(?P<w>{_TOK})(?![\w'’‘ʻ@&-])")

#: Private roles and kinship, singular and plural; "X-in-law", "step-", "grand-" forms.
_ROLES = (
    r"witness(?:es)?|victims?|complainants?|reporting[ \t]+party|callers?|suspects?|drivers?|passengers?"
    r"|(?:co-?|registered[ \t]+|home)?owners?|guests?|neighbou?rs?|students?|child(?:ren)?|juveniles?"
    r"|youths?|sons?|daughters?|mother|father|parents?|guardians?|brothers?|sisters?|siblings?|wife|husband"
    r"|spouse|fianc[ée]e?|girlfriend|boyfriend|cousins?|aunt|uncle|nieces?|nephews?|grand(?:mother|father"
    r"|son|daughter|parents?|child(?:ren)?)|step(?:mother|father|son|daughter)|friends?|roommates?|tenants?"
    r"|landlord|landlady|coworkers?|co-workers?|lawyer|defendants?|inmates?|arrestees?|claimants?|patients?"
    r"|occupants?|residents?|homeowners?|babysitter|nanny|caregiver|companion"
)
_KIN_SUFFIX = r"(?:-in-law)?"
#: Words between the role and the name ("her lawyer is", "the student named"). Not "registered to" or
#: "released to": a vehicle is registered to a rental fleet or a lender as often as to a person.
_LINK = (r"(?:[ \t]*[,:][ \t]*|[ \t]+)"
         r"(?:(?i:is|was|are|were|named|named[ \t]+is|called|identified[ \t]+as|listed[ \t]+as)[ \t]+)?")
_ROLE_SLOT = re.compile(
    rf"(?<![\w-])(?:(?i:{_ROLES}){_KIN_SUFFIX}){_LINK}"
    rf"(?=[‘ʻ'’]?\p{{Lu}})")
#: A role after the name: "(the alleged victim)", ", the victim's mother," ", his cousin,".
_ROLE_AFTER = re.compile(
    rf"[ \t]*(?:\([ \t]*|,[ \t]*)(?i:the|his|her|their|a|an|my|our)?[ \t]*(?i:alleged[ \t]+|reported[ \t]+)?"
    rf"(?P<role>(?i:{_ROLES}){_KIN_SUFFIX}|(?i:victim|suspect|owner)['’]s[ \t]+(?i:{_ROLES}){_KIN_SUFFIX})\b")
#: List glue after an item: an age or a short note in brackets, then ", ", " and ", ", and ", " & ".
_NOTE = r"(?:[ \t]*\([^()\n]{1,25}\))?"
_GLUE = re.compile(rf"{_NOTE}(?P<g>[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]*&[ \t]*)")
_AND_BEFORE = re.compile(rf"(?P<run>{_RUN.pattern}){_NOTE}(?:[ \t]*,)?[ \t]+and[ \t]+$")
#: A birth date or an age right after a run: ", DOB", "(DOB", ", date of birth", ", born", ", age 34".
_DOB_AFTER = re.compile(
    r"[ \t]*(?:,[ \t]*|\([ \t]*)(?i:DOB\b|D\.O\.B\.|date[ \t]+of[ \t]+birth|born\b|age[ \t]+\d)")
_DATE_AFTER = re.compile(
    rf"[ \t]*(?:\([^()\n]{{1,30}}\)[ \t]*,[ \t]*(?P<a>{DATE})(?=[ \t]*[,;.)]|[ \t]*$)"
    rf"|\([ \t]*(?P<b>{DATE})[ \t]*\)|,[ \t]*(?P<c>{DATE})(?=[ \t]*[,;)]|[ \t]*$))", re.MULTILINE)
_YEAR = _re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")
_TWO_DIGIT_YEAR = _re.compile(r"(?:[/.-]|')(\d{2})$")

#: Words that end a run: function words, pronouns, verbs of a capitals line, and the words
#: opening a sentence.
_STOP = frozenset(w.casefold() for w in NOT_NAME_CAPS) | frozenset(
    """the a an and or of to at in on by for from with was were is are has had have who whose which that
    this these those he she they his her their its our my your we you i it also then when while after
    before said says told stated advised reported called unknown unk none same see per via re
    information info statement name names description address phone cell contact details section vehicle
    license licence signature date time number no id type status notes note narrative report form record
    list summary interview history relationship employer occupation sex race age dob height weight eyes
    hair injury injuries property medical rights notification services unit code plate vin tag make
    model color colour year sign signed print printed initials copy page yes n/a counsel attorney advocate
    probation parole services court division program office department dept unit
    because since although though if unless until once so but yet however meanwhile later earlier both
    neither either only even just out up down over back off away registered client clients customer
    offender participant respondent petitioner plaintiff member members staff adult adults minor minors
    older younger person persons people party parties individual individuals""".split())
#: Place and institution words that are also common surnames: they end a run but do not make it
#: a place ("Ada Park", "Ben Hall").
_SURNAME_PLACES = frozenset("park hall church wood field brook rowe marsh banks moss".split())
_PLACES = frozenset(w.casefold() for w in INSTITUTION_WORDS | PLACE_WORDS) - _SURNAME_PLACES
_RANKS = frozenset(w.casefold().rstrip(".") for w in RANK_WORDS) | frozenset(
    w.casefold() for w in TITLES) | frozenset(
    "officer ofc ofcr deputy dep det detective sgt sergeant lt lieutenant cpl corporal capt captain chief "
    "trooper tpr agent investigator inv sheriff marshal dispatcher dispatch ptl patrolman".split())
_RANK_BEFORE = re.compile(
    r"(?<![\w])(?i:officer|ofc|ofcr|deputy|dep|det|detective|sgt|sergeant|lt|lieutenant|cpl|corporal|capt"
    r"|captain|chief|trooper|tpr|agent|investigator|inv|sheriff|marshal|dispatcher|ptl)\.?[ \t]+$")
_CALENDAR = frozenset(w.casefold() for w in CALENDAR_WORDS)
#: Two-letter state codes ("Roe, ME 5127"): a place after a comma, never a name word.
_STATES = frozenset(
    """AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC
    ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY""".split()) | frozenset(w.upper() for w in STATE_WORDS)
_ROLE_WORD = re.compile(rf"(?i:{_ROLES}){_KIN_SUFFIX}")


def _bare(tok: str) -> str:
    return re.sub(r"['’]s$", "", tok.strip("\"“”‘ʻ'’.,"))


#: A verb's shape in a line of capitals ("ARRIVED", "CALLING"); not a name's ("ALFRED", "STERLING").
_CAPS_VERB = re.compile(r"\p{Lu}{3,}(?:ED|ING)")
_CAPS_NOT_VERB = re.compile(r"\p{Lu}*(?:FRED|DRED|LING|KING|CHING|MING|PING|TING|NING)")


def _stop(tok: str) -> bool:
    """A word that ends a name run: a function word, month, rank, role noun or a verb's shape."""
    bare = _bare(tok).casefold()
    if bare in _STOP or bare in _CALENDAR or bare in _RANKS or _ROLE_WORD.fullmatch(bare):
        return True
    return bool(_CAPS_VERB.fullmatch(tok)) and not _CAPS_NOT_VERB.fullmatch(tok)


def _cut(text: str, s: int, e: int) -> tuple[int, int, int]:
    """The run in ``text[s:e]`` cut before its first stop word; (start, end, name words), or end
    ``s`` when the run is no name (a rank or title first, an institution or place word in it)."""
    words = list(re.finditer(rf"{_NICK}|\S+", text[s:e]))
    end, names = s, 0
    for w in words:
        tok = w.group(0)
        bare = _bare(tok).casefold()
        if tok[0] in "\"“":
            end = s + w.end()
            continue
        if re.fullmatch(_PARTICLE, tok):
            continue
        if bare in _RANKS and names == 0:
            return s, s, 0
        if _stop(tok):
            break
        if bare in _PLACES or (tok.isupper() or len(bare) > 2) and bare.upper() in _STATES:
            return s, s, 0
        end = s + w.end()
        if not re.fullmatch(r"\p{Lu}\.?", tok):
            names += 1
    return s, end, names


def _run_at(text: str, pos: int) -> tuple[int, int, int] | None:
    """The name run starting at ``pos`` (see module doc), or None."""
    m = _RUN.match(text, pos)
    if not m or (text[pos] in "'’‘" and re.search(r"\p{L}['’](?!\p{L})", text[pos:pos + 30])):
        return None  # no name, or a word in quotes ('SLIM TOBIAH'), not a name opening with an ʻokina
    s, e, names = _cut(text, m.start(), m.end())
    if names == 0:
        return None
    if names == 1 and e == m.end():
        # a lone given name ending its line, its surname opening the next ("lawyer is Ada" / "Quill.")
        w = _WRAP.match(text, e)
        if w and not _stop(w.group("w")) and _bare(w.group("w")).casefold() not in _PLACES:
            e, names = w.end("w"), 2
    nxt = re.match(r"[ \t]+(\p{L}+)", text[e:e + 30])
    if nxt and nxt.group(1).casefold() in _PLACES and nxt.group(1)[0].isupper():
        return None  # "Ada Quill Towing", "Hazel Street"
    return s, e, names


#: A slot's run: start, end, its number of name words, score, reason.
_Slot = tuple[int, int, int, float, str]


class _Mask:
    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans

    def any(self, a: int, b: int) -> bool:
        return any(s < b and a < e for s, e in self.spans)

    def within(self, a: int, b: int) -> bool:
        return any(s <= a and b <= e for s, e in self.spans)


def slot_findings(text: str, findings: list[Finding], policy: Policy) -> list[Finding]:
    """PERSON (and DATE_OF_BIRTH) findings from person positions (module doc)."""
    out: list[Finding] = []
    kept = _Mask([(f.start, f.end) for f in findings if f.entity in policy.keep and f.entity != "DATE_TIME"
                  and f.score >= policy.threshold(f.entity)])
    persons = [f for f in findings if f.entity == "PERSON" and f.score >= policy.review_floor]
    covered = _Mask([(f.start, f.end) for f in persons])
    if "PERSON" in policy.redact:
        for s, e, _names, score, why in _person_slots(text, findings, policy):
            if kept.any(s, e) or covered.within(s, e) or policy.is_allowed(text[s:e]):
                continue
            if _RANK_BEFORE.search(text, max(0, s - 16), s):
                continue
            covered.spans.append((s, e))
            out.append(Finding.make("PERSON", s, e, text[s:e], score, SLOT_RECOGNIZER,
                                    f"{'' if score >= policy.threshold('PERSON') else 'needs review: '}"
                                    f"capitalised words in a person's position: {why}"))
        out += _other_mentions(text, out, kept, covered)
    if "DATE_OF_BIRTH" in policy.redact:
        out += _dates_after_persons(text, persons + [f for f in out if f.entity == "PERSON"], findings)
    return out


def _other_mentions(text: str, slots: list[Finding], kept: _Mask, covered: _Mask) -> list[Finding]:
    """The other mentions of a name of two or more words found by its position: the whole name, then
    each of its words alone ("Slate Quennell" ... "Slate said", "QUENNELL"), as NER's names are
    propagated. Not inside a kept finding, after a rank, after "the" or before a place word."""
    out: list[Finding] = []
    for f in slots:
        words = [w for w in re.findall(_TOK, f.text) if len(_bare(w)) >= 3 and not _stop(w)]
        if len(words) < 2:
            continue  # a lone word found by its position is not spread
        for variant in (tuple(words), *((w,) for w in words)):
            for form in dict.fromkeys((variant, tuple(w.upper() for w in variant))):
                pattern = r"\s+".join(re.escape(w) for w in form)
                for m in re.finditer(rf"(?<![\w'’‘ʻ-]){pattern}(?![\w-])(?!['’‘ʻ](?!s\b))", text):
                    a, b = m.span()
                    nxt = re.match(r"[ \t]+(\p{L}+)", text[b:b + 30])
                    if (covered.any(a, b) or kept.any(a, b) or _RANK_BEFORE.search(text, max(0, a - 16), a)
                            or re.search(r"(?i:\bthe)[ \t]+$", text[max(0, a - 5):a])
                            or (nxt and nxt.group(1).casefold() in _PLACES)
                            or (len(form) == 1 and _in_other_run(text, a, b, words))):
                        continue
                    covered.spans.append((a, b))
                    score = f.score if len(form) > 1 else SLOT_REVIEW_SCORE
                    out.append(Finding.make("PERSON", a, b, text[a:b], score, SLOT_RECOGNIZER,
                                            f"{'' if score >= 0.5 else 'needs review: '}another mention of "
                                            f"'{' '.join(f.text.split())}', named by its position"))
    return out


def _in_other_run(text: str, a: int, b: int, words: list[str]) -> bool:
    """Is the word at ``a:b`` part of another capitalised name ("the Slate Quennell Trust")? A
    capitalised neighbour on its line that is neither a stop word nor one of the name's words."""
    names = {w.casefold() for w in words}
    before = re.search(r"(\p{Lu}[\p{L}'’-]*)[ \t]+$", text[max(0, a - 30):a])
    after = re.match(r"[ \t]+(\p{Lu}[\p{L}'’-]*)", text[b:b + 30])
    return any(m and not _stop(m.group(1)) and _bare(m.group(1)).casefold() not in names
               for m in (before, after))


def _person_slots(text: str, findings: list[Finding], policy: Policy) -> Iterator[_Slot]:
    """(start, end, name words, score, reason) of every slot's run."""
    for m in _ROLE_SLOT.finditer(text):
        if _inside_name(text, m.start()):
            continue
        caps = m.group(0).isupper()
        for item in _list_items(text, m.end(), f"after the role words '{' '.join(m.group(0).split())}'",
                                first_score=True):
            if not (caps and item[2] < 2):  # one word after a role in capitals: a verb or a header as often
                yield item
    kept = _Mask([(f.start, f.end) for f in findings if f.entity in policy.keep])
    full = [f for f in findings if f.entity == "PERSON" and f.score >= policy.threshold("PERSON")
            and len(f.text.split()) > 1 and not kept.any(f.start, f.end)]
    for f in full:
        # the items coordinated with a name found at full score, after and before it
        yield from _list_items(text, f.end, f"listed with the name '{f.text}'", glue_first=True)
        m = _AND_BEFORE.search(text, max(0, f.start - 80), f.start)
        if m:
            run = _run_at(text, m.start("run"))
            if run and run[1] == m.end("run"):
                yield (*run, SLOT_REVIEW_SCORE, f"listed with the name '{f.text}'")
    for m in _RUN.finditer(text):
        after = _ROLE_AFTER.match(text, m.end())
        if after and not m.group(0).isupper() and not after.group("role").islower():
            after = None  # "Claims Specialist II, Victim Services": a capitalised role opens a name
        dob = None if after else _DOB_AFTER.match(text, m.end())
        if not after and not dob:
            continue
        run = _run_at(text, m.start())
        if not run or run[1] != m.end():
            continue
        if after:
            yield (*run, ROLE_SCORE if run[2] > 1 else SLOT_REVIEW_SCORE,
                   f"before the role words '{' '.join(after.group(0).split())}'")
        else:
            yield (*run, SLOT_REVIEW_SCORE, "before a birth date or age")


#: The capitalised word before a capitalised role word on its line ("County Juvenile Probation").
_CAP_BEFORE = re.compile(r"(?<![\w'’-])(\p{Lu}[\p{L}'’-]*)\.?[ \t]+$")


def _inside_name(text: str, pos: int) -> bool:
    """A capitalised role word inside a longer capitalised name ("Paloverde County Juvenile Probation",
    "Victim Services Unit") is part of an agency's or a program's name, not a person's role."""
    if not text[pos:pos + 1].isupper():
        return False
    m = _CAP_BEFORE.search(text, max(0, pos - 40), pos)
    return bool(m) and _bare(m.group(1)).casefold() not in _STOP


def _list_items(text: str, pos: int, why: str, *, first_score: bool = False,
                glue_first: bool = False) -> Iterator[_Slot]:
    """The run at ``pos`` and the runs listed after it ("A, B and C", "A (6) and B (3)")."""
    items: list[tuple[int, int, int]] = []
    closed = 0  # items up to the last one joined by "and" / "&": a comma alone may join a place
    while len(items) < 6:
        glued_and = False
        if glue_first or items:
            g = _GLUE.match(text, pos)
            if not g:
                break
            pos, glued_and = g.end(), "," not in g.group("g") or "and" in g.group("g")
        run = _run_at(text, pos)
        if not run or _RANK_BEFORE.search(text, max(0, run[0] - 16), run[0]):
            break
        items.append(run)
        if glued_and or not (glue_first or len(items) > 1):
            closed = len(items)
        pos = run[1]
    for i, (s, e, names) in enumerate(items[:closed]):
        score = ROLE_SCORE if first_score and names > 1 else SLOT_REVIEW_SCORE
        yield s, e, names, score, why if i == 0 else f"{why}, item {i + 1} of a list"


def _dates_after_persons(text: str, persons: list[Finding], findings: list[Finding]) -> list[Finding]:
    """DATE_OF_BIRTH for a date right after a person's name, two or more years before the record's
    latest year (not a signature's or an event's date)."""
    years = [int(y) for y in _YEAR.findall(text)]
    if not years:
        return []
    latest = max(y for y in years if y <= 2100)
    have = _Mask([(f.start, f.end) for f in findings if f.entity == "DATE_OF_BIRTH"])
    out: list[Finding] = []
    for p in persons:
        m = _DATE_AFTER.match(text, p.end)
        if not m:
            continue
        g = next(k for k in "abc" if m.group(k))
        s, e = m.span(g)
        year = _year(m.group(g), latest)
        if year is None or year > latest - 2 or have.any(s, e):
            continue
        have.spans.append((s, e))
        out.append(Finding.make("DATE_OF_BIRTH", s, e, text[s:e], DOB_SCORE, SLOT_RECOGNIZER,
                                f"a date right after the person '{p.text}', {latest - year}+ years before "
                                "the record's latest date: a birth date"))
    return out


def _year(date: str, latest: int) -> int | None:
    m = _YEAR.search(date)
    if m:
        return int(m.group(1))
    t = _TWO_DIGIT_YEAR.search(date)
    if not t:
        return None
    yy = int(t.group(1))
    return 2000 + yy if 2000 + yy <= latest else 1900 + yy
