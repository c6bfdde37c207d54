"""Privacy-first fallback: a name-shaped run of words that nothing else explains goes to review.

Every other PERSON rule needs a signal besides the words themselves: NER, a cue ("identified
as", "Mr."), a field label, a "Last, First" cell, a name already redacted elsewhere. A record
kind nobody has seen may name a person with none of those ("HEAD BAKER" on one line, the
baker's name on the next). Here a census given name (or a romanised one with a lower-case second
part, "Min-seo", whose surname may then be a word, "Park") followed by one or two capitalised name
words ("Ada Quell", "Marie-Anne Tolvey", "HALVOR QUARLES-BRAY") becomes a PERSON finding of
score :data:`FALLBACK_SCORE`, between the policy's ``review_floor`` and the PERSON threshold:
the plan proposes it as ``needs_review`` (unattended runs redact it under the default
``uncertain: redact``; a reviewer can reject it). It is never a source for propagation (that
needs the threshold), so a wrong guess stays one box.

A run is explained, and left alone, when it overlaps a kept finding (officer, agency, public
place, offence, ...) or a PERSON finding at or above the review floor, or when any of its words
is a rank, title, institution, place, street, state, month, offence, trade or form word, or
when a rank or a unit's abbreviation stands right before it ("Ofc.", "TC": an officer the
officer rules missed). In ALL CAPS,
where every word is capitalised, the word after the given name must be a census surname.
"""

from __future__ import annotations

import regex as re

from ..model import Finding
from ..policy import Policy
from ._spans import SpanMask
from .lexicon import (
    CALENDAR_WORDS,
    COMMON_WORDS,
    DISPATCH_WORDS,
    EVERYDAY_WORDS,
    INSTITUTION_WORDS,
    NOT_NAMES,
    OFFENCE_WORDS,
    PLACE_WORDS,
    RANK_WORDS,
    RANKS,
    REGEX_FLAGS,
    ROLE_TITLES,
    STATE_WORDS,
    STOP_WORDS,
    is_given_name,
    surname_kind,
)

__all__ = ["FALLBACK_SCORE", "HYPHEN_GIVEN", "NOT_SYLLABLES", "RECOGNIZER", "after_rank",
           "unexplained_name_findings", "word_may_be_name"]

#: The ``recognizer`` of the findings made here.
RECOGNIZER = "name-shape-fallback"
#: Over the default ``review_floor`` (0.45), under the PERSON threshold (0.5): ``needs_review``.
FALLBACK_SCORE = 0.46

_TITLE_TOK = r"\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)*"
_CAPS_TOK = r"\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})*"
_INITIAL = r"\p{Lu}\."
#: A romanised two-syllable given name with a lower-case second part ("Min-seo", "Hoai-an").
_HYPHEN_GIVEN = r"\p{Lu}\p{Ll}{1,6}-\p{Ll}{2,6}"
#: Second parts of English hyphenated words of that shape ("Drop-off", "Ex-wife", "Walk-in").
_NOT_SYLLABLES = frozenset(
    """up off in out on back over down by away owner wife husband ray term time day way end line like
    free based made aged old new year type size level side site care wide run""".split()
)
#: Street and unit words: never the surname after such a given name ("Min-seo Street").
_STREET_WORDS = frozenset(
    """Street St Avenue Ave Road Rd Drive Dr Lane Ln Court Ct Boulevard Blvd Way Place Pl Circle Cir
    Terrace Ter Trail Trl Loop Row Pike Plaza Square Sq Alley Highway Hwy Parkway Pkwy""".split()
)
#: Given name, an optional initial, then one or two name words; all Title Case or all capitals.
_RUN = re.compile(
    rf"(?<![\w.'’@/-])(?:(?P<t>(?:{_HYPHEN_GIVEN}|{_TITLE_TOK})(?:[ \t]+{_INITIAL})?"
    rf"(?:[ \t]+(?:Mc|Mac)?{_TITLE_TOK}){{1,2}})"
    rf"|(?P<c>{_CAPS_TOK}(?:[ \t]+\p{{Lu}}\.?)?(?:[ \t]+{_CAPS_TOK}){{1,2}}))(?![\w'’@/-])",
    REGEX_FLAGS,
)


#: Trade words of a business name ("Bright Fern Nail Spa"): no person's name holds them.
_TRADE_WORDS = frozenset(
    """Spa Salon Nail Nails Studio Studios Bakery Boutique Gallery Fitness Gym Barber Barbershop Cleaners
    Laundry Laundromat Florist Flowers Deli Pizza Pizzeria Kitchen Tacos Taqueria Bistro Garage Repair Tire
    Tires Liquor Liquors Wine Beauty Dental Veterinary Kennel Insurance Realty Properties Rentals Logistics
    Trucking Construction Plumbing Electric Roofing Landscaping Cafe Coffee Books Hardware Supply""".split()
)
#: Private-person cues in CAD shorthand: a capitalised abbreviation before a name that is *not* a
#: rank or unit ("RP Ada Quell" names the reporting party).
_PRIVATE_CUES = frozenset("RP R/P JUV VICT VIC SUSP WIT COMP DRV SUBJ OWNER PARENT".split())
#: A rank, title or unit abbreviation right before the run ("Ofc.", "Sgt", "TC", "CSO"): an
#: officer or official the officer rules did not take; left to them.
_BEFORE = re.compile(r"(?<![\w.])(?P<tok>[\p{L}/]+)\.?[ \t]+$")


def _after_rank(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    m = _BEFORE.search(text, line_start, start)
    if not m:
        return False
    tok = m.group("tok")
    if tok.upper() in _PRIVATE_CUES:
        return False
    cap = tok.capitalize()
    return cap in RANKS or tok in RANK_WORDS or cap in RANK_WORDS or cap in ROLE_TITLES or (
        tok.isupper() and 2 <= len(tok) <= 4)


#: Public for the wide fallback (:mod:`.widefallback`), which leaves officers to the officer rules too.
after_rank = _after_rank
#: Public for the wide fallback, which reads such a given name beside a name as a name word.
HYPHEN_GIVEN = _HYPHEN_GIVEN
NOT_SYLLABLES = _NOT_SYLLABLES


def word_may_be_name(tok: str) -> bool:
    """No rank, title, place, institution, state, month, label, dispatch, offence or trade word."""
    cap = tok.capitalize()
    return not (
        cap in STOP_WORDS or tok in STOP_WORDS or cap in PLACE_WORDS or cap in INSTITUTION_WORDS
        or cap in STATE_WORDS or cap in CALENDAR_WORDS or cap in NOT_NAMES or cap in DISPATCH_WORDS
        or cap in RANK_WORDS or tok in RANK_WORDS or cap in ROLE_TITLES or cap in OFFENCE_WORDS
        or cap in _TRADE_WORDS
    )


def _name_run(run: str, caps: bool) -> bool:
    toks = [t for t in run.split() if not re.fullmatch(r"\p{Lu}\.?", t)]
    if len(toks) >= 2 and re.fullmatch(_HYPHEN_GIVEN, toks[0]) and not caps:
        # that given name is a name by its shape: the census surname after it may be a word ("Park")
        return toks[0].split("-")[1] not in _NOT_SYLLABLES and word_may_be_name(toks[0]) and all(
            word_may_be_name(t) and t not in EVERYDAY_WORDS
            or surname_kind(t) is not None and t not in _STREET_WORDS
            and (t not in INSTITUTION_WORDS or t in COMMON_WORDS)  # "Park", "Hall": surnames too
            for t in toks[1:])
    if len(toks) < 2 or not all(word_may_be_name(t) for t in toks):
        return False
    if not is_given_name(re.split(r"[-'’]", toks[0])[0]):
        return False
    rest = toks[1:]
    if caps:  # every word of a capitals line is capitalised: the surname must be a census one
        return surname_kind(rest[-1]) == "name"
    # a word-like next word ("Rose Garden") only when the census has it as a surname too
    return all(surname_kind(t) is not None or (t not in COMMON_WORDS and t not in EVERYDAY_WORDS)
               for t in rest)


def unexplained_name_findings(text: str, findings: list[Finding], policy: Policy) -> list[Finding]:
    """``needs_review`` PERSON findings for name-shaped runs nothing else explains (module doc)."""
    if "PERSON" not in policy.redact:
        return []
    floor = policy.review_floor
    explained = SpanMask(len(text), [
        (f.start, f.end) for f in findings
        if (f.entity in policy.keep and f.entity != "DATE_TIME")
        or (f.entity == "PERSON" and f.score >= floor)
    ])
    out: list[Finding] = []
    for m in _RUN.finditer(text, overlapped=True):  # a run may start at any of its words
        caps = m.group("c") is not None
        s, e = m.span("c" if caps else "t")
        if explained.any(s, e) or policy.is_allowed(text[s:e]) or _after_rank(text, s):
            continue
        if not _name_run(text[s:e], caps):
            continue
        out.append(Finding.make("PERSON", s, e, text[s:e], FALLBACK_SCORE, RECOGNIZER,
                                "needs review: a census given name and capitalised name words that no "
                                "officer, agency, place, offence or label explains (privacy-first fallback)"))
    return out
