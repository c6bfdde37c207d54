"""People named in ways no single rule catches: one score from several independent signals.

Candidates come from four places: spaCy NER spans of *any* label (ORG, GPE, FAC, NORP and
LOC are reconsidered, PERSON spans are widened over surname particles), person cues in the
text ("identified as", "my name is", "Mr.", an e-mail ``From:`` header, "RP", "JUV", a
transcript speaker label such as ``MRS. QUILLANE:``), "Last, First" pairs, and names spelled
out letter by letter ("K-A-T-E"). Each candidate is scored from these signals:

============  ======  ===========================================================================
signal        weight  when
============  ======  ===========================================================================
ner           0.60    spaCy tagged the span PERSON
              0.10    spaCy tagged it ORG / GPE / FAC / NORP / LOC (a name it mislabelled)
lexicon       0.50    a census given name first and a census surname last ("Maria ... Lindquist")
              0.35    given name + a surname that is also a word ("Corwin Ferrule"), or two surnames
              0.25    one census given name or surname among the tokens
cue           0.60    a strong person cue before or after it (see :data:`STRONG_CUES`)
              0.45    a weaker cue: a role noun, "this is", "I'm", a callback ("CB") line
structure     0.20    "Last, First" order, a surname particle ("van der", "al-"), initials,
                      a quoted nickname, a speaker label, or letters spelled out with hyphens
============  ======  ===========================================================================

combined = 1 - (1 - ner) x (1 - lexicon) x (1 - cue) x (1 - structure): independent evidence
adds up (noisy-OR), and no weak signal alone reaches the policy threshold (0.5 for PERSON).
A candidate holding an institution, street, rank, month, state or form word
(:data:`~redactkit.detect.lexicon.INSTITUTION_WORDS` and the like) is no name and gets no score.

A combined score at or above :data:`REVIEW_FLOOR` (0.3) is reported; the explanation lists
the signals and says ``needs review`` when the score is under :data:`REPORT_THRESHOLD`, so a
review tier (or the policy's threshold) decides what happens to it. Lower scores are dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex as re
from presidio_analyzer import EntityRecognizer, RecognizerResult

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

from ..lexicon import (
    CALENDAR_WORDS,
    DISPATCH_WORDS,
    INSTITUTION_WORDS,
    NOT_NAME_CAPS,
    NOT_NAMES,
    PARTICLES,
    RANK,
    RANK_WORDS,
    ROLE_TITLES,
    ROLE_WORDS,
    STATE_WORDS,
    compiled,
    is_given_name,
    surname_kind,
)
from ._base import SingleEntityRecognizer, make_explanation, make_result

__all__ = [
    "MAIL_NAME_RE",
    "NAME_SEQ",
    "OFFICIAL_DOMAIN",
    "REPORT_THRESHOLD",
    "REVIEW_FLOOR",
    "STRONG_CUES",
    "PersonSignalRecognizer",
    "combine",
    "name_score",
]

#: Scores from here up are reported (with "needs review" under :data:`REPORT_THRESHOLD`).
REVIEW_FLOOR = 0.3
#: The default PERSON threshold of the shipped policies; under it a finding says "needs review".
REPORT_THRESHOLD = 0.5

_W = r"[ \t]"
_BR = rf"(?:{_W}+|{_W}*\n{_W}*)"
#: One name token: Title Case or ALL CAPS, with diacritics, hyphens and apostrophes
#: ("Zofía", "O'Callaghan-Reyes", "MacTAVISH", "Ostrova-Pennick", "NDIAYE-FORT").
#: (a Polynesian name may open with an ʻokina, often typed as an apostrophe: "ʻIolana", "'Epeli")
_TOK = (r"(?:(?:Mc|Mac|O['’]|D['’]|(?<![\w'’‘ʻ])[ʻ‘'’](?=[AEIOU]\p{Ll}+(?![\p{L}'’])))?"
        r"\p{Lu}[\p{Ll}\p{Lu}'’]*(?:-\p{Lu}[\p{Ll}\p{Lu}'’]*)*)")
#: ("do", "das": lower case only, "Ana do Carmo"; in capitals "DO" is the verb)
_PARTICLE = (r"(?:(?i:van|von|der|den|de|del|della|des|di|da|dos|du|la|le|ten|ter|bin|ibn|bint)|do|das"
             r"|St\.?|ST\.?)")
_PREFIXED = rf"(?:(?i:al|el)-{_TOK})"
_INITIAL = r"\p{Lu}\.(?:-?\p{Lu}\.)*"
_NICK = r"[\"“][\p{Lu}][\p{L}'’. -]{0,20}[\"”]"
#: A name: 1-4 tokens, particles, initials and a quoted nickname allowed inside.
NAME_SEQ = (
    rf"(?:{_INITIAL}{_W}*)?(?:{_PREFIXED}|{_TOK})"
    rf"(?:(?:{_W}+{_NICK})?(?:{_W}+(?:{_PARTICLE}{_W}+){{0,2}}(?:{_PREFIXED}|{_TOK}|{_INITIAL}))){{0,3}}"
)

#: Cues that say the next words name a person (weight 0.6).
STRONG_CUES = (
    r"(?i:identified{_W}+(?:(?:him|her|them|himself|herself|the{_W}+\w+){_W}+)?as"
    r"|(?:my|his|her|their){_W}+name{_W}+is|name(?:'s|’s)|named|known{_W}+as|goes{_W}+by"
    # "a prescription bottle in the name of T. Roe", "a licence issued to Ada Roe"
    r"|in{_W}+(?:the{_W}+)?name{_W}+of|issued{_W}+to"
    r"|(?:victim|suspect|witness|complainant|caller|decedent|deceased|patient|arrestee|juvenile"
    r"|defendant|respondent|petitioner|reporting{_W}+party|owner|driver)(?:{_W}+(?:is|was))"
    r"|(?:I{_W}+am|I['’]m){_W}+(?=\p{Lu}\p{Ll}+{_W}+\p{Lu}))"
    r"|\b(?:Mrs|Miss|Mr|Ms|Mx|MRS|MISS|MR|MS)(?![\w])\.?"
    r"|\b(?:RP|R/P|JUV|VICT?|SUSP|WIT|COMP)\b:?"
    # "the pickup is registered to Ada Roe" (in ALL CAPS, where a business reads the same, see
    # _CAPS_REGISTERED_RE)
    r"|\bregistered{_W}+to"
).replace("{_W}", _W)
#: Weaker cues (weight 0.45).
_WEAK_CUES = (
    rf"(?i:this{_W}+is|spoke{_W}+(?:with|to)|contacted|interviewed|arrested|cited|transported"
    rf"|(?:{'|'.join(ROLE_WORDS)})(?:,)?)"
)
#: A cue is whole words: "KNOWN ASSOCIATE" is not "known as" + "SOCIATE".
_STRONG_RE = re.compile(
    rf"(?<![\w])(?P<cue>{STRONG_CUES})(?![\w]){_W}*,?{_BR}?(?P<name>{NAME_SEQ})(?![\w'’-])"
)
_WEAK_RE = re.compile(rf"(?<![\w])(?P<cue>{_WEAK_CUES}){_W}+(?P<name>{NAME_SEQ})(?![\w'’-])")
#: A role noun, a short clause about that person, then the name set off by commas ("the tenant
#: who rents the flat, Ada Roe, said"): the weak role cue, reached over the clause, when the
#: census lists one of the name's words (a business set off the same way has none).
_ROLE_CLAUSE_RE = re.compile(
    rf"(?<![\w])(?P<cue>(?i:{'|'.join(ROLE_WORDS)}))[ \t]+(?i:who|that|whose)\b[^,.;:\n\"“”]{{1,40}},"
    rf"{_W}*(?P<name>{NAME_SEQ})(?={_W}*[,)])"
)
#: The name an impostor gave, rank and all ('a caller calling herself "Sgt. Al Roe"', 'posing as
#: Officer Roe'): the officer recognizer does not take it, and the name is a private person's lead.
_IMPOSTOR_RE = re.compile(
    rf"(?P<cue>(?i:call(?:ed|ing|s){_W}+(?:him|her|them)sel(?:f|ves)|pos(?:ed|ing){_W}+as"
    rf"|pretend(?:ed|ing){_W}+to{_W}+be|claim(?:ed|ing|s){_W}+to{_W}+be|impersonat\w+))"
    rf"{_W}*,?{_W}*(?:(?:an?|the){_W}+)?[\"“'‘]?{_W}*(?:{RANK}{_W}+)?(?P<name>{NAME_SEQ})(?![\w'’-])"
)
#: A false or assumed name a person gave ("gave a false name (\"Ana Roe\")", "used the fake name
#: Ana Roe"): quoted or bracketed, it still names a private person (a real one, or a lead to one).
_FALSE_NAME_RE = re.compile(
    rf"(?P<cue>(?i:(?:false|fake|fictitious|assumed|made-up|bogus){_W}+names?|under{_W}+the{_W}+name"
    # what people call someone: "a man he knows only as \"Dex\"", "only family calls him Bix"
    rf"|(?:knows?|knew|known){_W}+(?:only{_W}+)?as|call(?:s|ed)?{_W}+(?:him|her|them){_W}+(?:only{_W}+)?))(?!(?<=\w)\w)"
    rf"(?:{_W}+(?i:of))?{_W}*[(:,]?{_W}*[\"“'‘]?"
    # (not a form of address: "I call him Sir", "calls her Mom")
    rf"(?!(?i:sir|ma['’]?am|madam|mom|mum|dad|boss|buddy|bro|honey|baby|dear|son|kid)\b)"
    rf"(?P<name>{NAME_SEQ})(?![\w'’-])"
)
#: A quoted name the record explains as what someone calls a person: '"Bix" (her name for Mr. Roe)'.
_NAME_FOR_RE = re.compile(
    rf"[\"“](?P<name>{NAME_SEQ})[\"”]{_W}*\((?P<cue>(?i:(?:his|her|their|my|our){_W}+(?:pet{_W}+)?(?:nick)?name"
    rf"{_W}+for))"
)
#: A kinship or friendship word before a given name, in any case as chat and texts write it ("ur
#: tita zenobia", "my cousin Bea"): the word says a person follows. Only a census given name
#: (that is no everyday word) counts as the name, so "my sister said" or "his bro will" is nothing.
_KIN_RE = re.compile(
    rf"(?<![\w'’-])(?P<cue>(?i:aunt|auntie|aunty|tita|tito|t[ií]a|t[ií]o|uncle|cousin|cuz|sister|sis|brother"
    rf"|bro|nana|lola|lolo|abuela|abuelo|grandma|grandpa|granny|nephew|niece|stepdad|stepmom|girlfriend"
    rf"|boyfriend|gf|bf|bestie|homie)){_W}+(?P<name>\p{{L}}[\p{{L}}'’-]{{2,}})(?![\w'’-])"
)
#: "REGISTERED TO" in capitals (CAD and DMV returns): a business reads the same there, so the
#: words after it count only when the census lists one of them as a given name or a surname.
_CAPS_WORD = r"(?!(?:OF|AT|IN|ON|AND|WITH|FROM|TO|THE|FOR|SINCE)\b)\p{Lu}[\p{Lu}'’-]+"
_CAPS_REGISTERED_RE = re.compile(
    rf"\bREGISTERED{_W}+TO{_W}+(?P<name>{_CAPS_WORD}(?:{_W}+\p{{Lu}}\.?)?(?:{_W}+{_CAPS_WORD}){{1,2}})(?![\w'’-])"
)
#: After the name: a DOB, an age, a callback number, "(W/M/34)".
_RIGHT_CUE = re.compile(
    rf"^(?:{_W}*,|{_W}*\(|{_W}+)(?:{_W}*)(?:(?i:DOB|D\.O\.B\.|born|age[ds]?|CB|callback)\b|\d{{1,2}}{_W}*(?:\)|,|y/?o\b)"
    rf"|[WBHAIU]/?[MF]/?\d)"
)
#: Transcript speaker label on its own line: "MRS. QUILLANE:", "DENNIS ARBUTHNOT:".
_SPEAKER_RE = re.compile(
    rf"^{_W}*(?:(?P<title>MR|MRS|MS|MISS|Mr|Mrs|Ms|Miss)\.?{_W}+)?(?P<name>{NAME_SEQ}){_W}*:{_W}*$",
    re.MULTILINE,
)
#: E-mail header names: "From: Jane Roe <jroe@x.org>", "Roe, Jane <...>" in To/Cc lists.
#: A display name may be quoted ('"Ana R" <ar@x.org>'), as mail apps print it.
MAIL_NAME_RE = re.compile(
    rf"(?P<name>{NAME_SEQ}(?:,{_W}*{NAME_SEQ})?)[\"”]?{_W}*<[^<>@\s]+@(?P<domain>[^<>\s]+)>"
)
#: "Last, First" anywhere: both parts are judged by the lexicons.
_LAST_FIRST_RE = re.compile(
    rf"(?<![\w'’.-])(?P<name>{_TOK},{_W}*{_TOK}(?:{_W}+(?:{_INITIAL}|{_TOK}))?)(?![\w'’-])"
)
#: A name spelled out: "K-A-T-E", "V-A-N, H-O-O-S-T" (letters only, three or more).
_SPELLED_RE = re.compile(
    r"(?<![\w-])(?P<name>\p{Lu}(?:-\p{Lu}){2,}(?:,?[ \t]+\p{Lu}(?:-\p{Lu})+)*"
    r"|\p{Lu}-\p{Lu}(?:,?[ \t]+\p{Lu}(?:-\p{Lu})+)+)(?![\w-])"
)
_SPELL_CUE = re.compile(r"(?i:spell|spelled|spelling|last\s+name|first\s+name|that['’]s)")

#: Form words that end a name run ("RP JANE ROE CB 555-0100").
_TRAIL_STOP = frozenset("CB DOB SSN PH TEL AKA DL OLN SEX RACE AGE ADDR".split())
_NER_OTHER = frozenset({"ORGANIZATION", "LOCATION", "NRP", "ORG", "GPE", "FAC", "NORP", "LOC"})
#: Agency or official e-mail domains: a sender there is staff, not a private person.
OFFICIAL_DOMAIN = re.compile(r"(?i)(?:\bpd\b|-pd\b|police|sheriff|\bso\b|\.gov\b|\.us\b|court)")


def _folded_eq(word: str, letters: str) -> bool:
    return word.upper() == letters.upper()


def combine(weights: list[float]) -> float:
    """Noisy-OR of independent signal weights: 1 - prod(1 - w)."""
    p = 1.0
    for w in weights:
        p *= 1.0 - w
    return round(1.0 - p, 3)


def _tokens(name: str) -> list[str]:
    return [t.strip(",.\"“”") for t in name.split() if t.strip(",.\"“”")]


#: Letter and e-mail words that stand before a name without being one.
_LETTER_WORDS = frozenset(
    "Regards Thanks Thank Sincerely Dear Hello Hi Re Subject Sent Cc Bcc Attn Best".split()
)


def _vetoed(tokens: list[str], titled: bool = False) -> bool:
    for t in tokens:
        cap = t.rstrip(".").capitalize()
        if (
            cap in _LETTER_WORDS
            or (cap in INSTITUTION_WORDS and not titled)
            or cap in STATE_WORDS or cap in CALENDAR_WORDS or cap in NOT_NAMES or cap in DISPATCH_WORDS
            or t in RANK_WORDS or cap in RANK_WORDS or cap in ROLE_TITLES or any(c.isdigit() for c in t)
        ):
            return True
    return False


def name_score(name: str, titled: bool = False) -> tuple[float, list[str]]:
    """(lexicon weight, what it found) for the name-shaped text ``name``; -1 when vetoed.

    ``titled``: a courtesy title stands before it ("Mr. Park"), so a word-like surname
    ("Park", "Church") is no institution word there."""
    if "," in name:
        surname, _, first = name.partition(",")
        toks = _tokens(first) + _tokens(surname)
    else:
        toks = _tokens(name)
    core = [t for t in toks if t.lower() not in PARTICLES and t != "do"  # "Ana do Carmo": a particle here
            and not re.fullmatch(_INITIAL, t) and len(t) > 1]
    if not core or _vetoed(core, titled):
        return -1.0, []
    core = [re.sub(r"^(?i:al|el)-", "", t) for t in core]
    given = is_given_name(core[0]) if len(core) > 1 else False
    kinds = [surname_kind(t) for t in core]
    last = kinds[-1]
    if len(core) > 1 and given and last == "name":
        return 0.5, [f"given name '{core[0]}' and surname '{core[-1]}' in the census lists"]
    if len(core) > 1 and ((given and last == "word") or (kinds[0] == "name" and last == "name")):
        return 0.35, [f"'{core[0]}' and '{core[-1]}' in the census name lists"]
    hits = [t for t, k in zip(core, kinds, strict=True) if k == "name" or is_given_name(t)]
    if hits:
        return 0.25, [f"'{hits[0]}' in the census name lists"]
    return 0.0, []


def _structure(name: str) -> str | None:
    if "," in name:
        return "'Last, First' order"
    low = [t.lower() for t in name.split()]
    if any(t in PARTICLES for t in low[1:]) or re.search(r"\b(?i:al|el)-\p{Lu}", name):
        return "surname particle"
    if re.search(_INITIAL, name):
        return "initials"
    if re.search(_NICK, name):
        return "quoted nickname"
    return None


class PersonSignalRecognizer(SingleEntityRecognizer):
    """PERSON from NER spans of any label, person cues, name lexicons and name structure.

    See the module docstring for the signals, their weights and how they combine.
    """

    ENTITY = "PERSON"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Score every candidate; report those at or above :data:`REVIEW_FLOOR`."""
        cands: dict[tuple[int, int], dict[str, tuple[float, str]]] = {}

        def add(span: tuple[int, int], signal: str, weight: float, why: str) -> None:
            s, e = span
            while True:
                while e > s and text[e - 1] in ",.;: \t\n":
                    e -= 1
                last = re.search(r"\S+$", text[s:e])
                if not last or last.group(0).upper() not in _TRAIL_STOP:
                    break
                if last.start() == 0:
                    return  # nothing but a form word ("RP CB 555-0100")
                e = s + last.start()
            if e - s < 2:
                return
            if all(w in NOT_NAME_CAPS for w in text[s:e].split()):
                return  # dispatch shorthand after a role cue ("SUSP MALE", "SUSP UNK"): no name
            sig = cands.setdefault((s, e), {})
            if weight > sig.get(signal, (0.0, ""))[0]:
                sig[signal] = (weight, why)

        if nlp_artifacts is not None:
            for ent in nlp_artifacts.entities:
                s, e = ent.start_char, ent.end_char
                if ent.label_ in _NER_OTHER and compiled(NAME_SEQ).fullmatch(text[s:e]):
                    s, e = self._widen(text, s, e)
                    add((s, e), "ner", 0.1, f"NER tagged it {ent.label_}")
                elif ent.label_ == "PERSON":
                    ws, we = self._widen(text, s, e)
                    if (ws, we) != (s, e):
                        add((ws, we), "ner", 0.6, "NER tagged part of it PERSON")
                        add((ws, we), "structure", 0.2, "surname particle")
        for m in _STRONG_RE.finditer(text):
            cue = " ".join(m.group("cue").split())
            add(m.span("name"), "cue", 0.6, f"after '{cue}'")
        for m in _NAME_FOR_RE.finditer(text):
            add(m.span("name"), "cue", 0.6, f"before '({' '.join(m.group('cue').split())} ...'")
        for m in _FALSE_NAME_RE.finditer(text):
            add(m.span("name"), "cue", 0.6, f"after '{' '.join(m.group('cue').split())}'")
        for m in _WEAK_RE.finditer(text):
            cue = " ".join(m.group("cue").split())
            add(m.span("name"), "cue", 0.45, f"after '{cue}'")
        for m in _IMPOSTOR_RE.finditer(text):
            cue = " ".join(m.group("cue").split())
            add(m.span("name"), "cue", 0.6, f"name an impostor gave, after '{cue}'")
        for m in _ROLE_CLAUSE_RE.finditer(text):  # (a census word among the name's: not a business)
            if name_score(m.group("name"))[0] > 0:
                add(m.span("name"), "cue", 0.45, f"after '{m.group('cue')} who/that ...,'")
        for m in _CAPS_REGISTERED_RE.finditer(text):
            if name_score(m.group("name"))[0] > 0:
                add(m.span("name"), "cue", 0.6, "after 'REGISTERED TO' (a census name among its words)")
        for m in _KIN_RE.finditer(text):
            if is_given_name(m.group("name")):
                add(m.span("name"), "cue", 0.6, f"after the kinship word '{m.group('cue')}'")
        for m in _SPEAKER_RE.finditer(text):
            title = m.group("title")
            if title:
                add(m.span("name"), "cue", 0.6, f"transcript speaker label after '{title}.'")
            add(m.span("name"), "structure", 0.2, "transcript speaker label")
        for m in MAIL_NAME_RE.finditer(text):
            if OFFICIAL_DOMAIN.search(m.group("domain")):
                continue  # agency staff: the officer recognizer and the roster decide
            add(m.span("name"), "cue", 0.6, "name of an e-mail address")
        for m in _LAST_FIRST_RE.finditer(text):
            add(m.span("name"), "structure", 0.2, "'Last, First' order")
        for m in _SPELLED_RE.finditer(text):
            before = text[max(0, m.start() - 80) : m.start()]
            add(m.span("name"), "structure", 0.35, "name spelled out letter by letter")
            letters = "".join(c for c in m.group("name") if c.isalpha())
            # the name said before may be several words spelled as one run ("de la Roe": "D-E, L-A,
            # R-O-E")
            base = m.start() - len(before)
            wms = list(re.finditer(r"\p{L}+", before))
            said = [(wms[i].start(), wms[i + n - 1].end())
                    for n in (1, 2, 3, 4) for i in range(len(wms) - n + 1)
                    if _folded_eq("".join(w.group(0) for w in wms[i:i + n]), letters)
                    and sum(len(w.group(0)) for w in wms[i:i + n]) >= 3]
            if said:
                ws, we = max(said)
                add(m.span("name"), "cue", 0.6, f"spells out '{before[ws:we]}' said just before")
                # the word(s) said are the name too ("Ana ROE (spelled R-O-E)"): marked here, so
                # every other mention is propagated
                add((base + ws, base + we), "cue", 0.6,
                    f"spelled out letter by letter right after ('{m.group('name')}')")
            elif _SPELL_CUE.search(before):
                add(m.span("name"), "cue", 0.45, "after a request to spell it")
        return EntityRecognizer.remove_duplicates(self._score(text, cands))

    @staticmethod
    def _widen(text: str, s: int, e: int) -> tuple[int, int]:
        """Widen a PERSON span over particles and the name token they lead to ("de la Vega")."""
        m = compiled(rf"(?:{_W}+{_PARTICLE}){{1,2}}{_W}+{_TOK}(?![\w'’-])").match(text[e : e + 40])
        if m:
            e += m.end()
        m = compiled(rf"(?<![\w'’-]){_TOK}(?:{_W}+{_PARTICLE}){{1,2}}{_W}+$").search(text[max(0, s - 40) : s])
        if m and not text[s:e].split()[0][:1].islower():
            s -= len(text[max(0, s - 40) : s]) - m.start()
        m = re.search(r"(?<![\w'’-])(?i:al|el)-$", text[max(0, s - 3) : s])
        if m:
            s -= 3
        return s, e

    def _score(
        self, text: str, cands: dict[tuple[int, int], dict[str, tuple[float, str]]]
    ) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for (s, e), sig in cands.items():
            span = text[s:e]
            spelled = "spelled" in sig.get("structure", (0, ""))[1]
            lex_why: list[str] = []
            if spelled:
                lex = 0.0
            else:
                titled = any("Mr" in why or "Ms" in why or "Miss" in why or "MR" in why or "MS" in why
                             for _, why in sig.values())
                lex, lex_why = name_score(span, titled)
                if lex < 0:
                    continue
                struct = _structure(span)
                if struct and "structure" not in sig:
                    sig["structure"] = (0.2, struct)
                right = _RIGHT_CUE.match(text[e : e + 20])
                if right and "cue" not in sig:
                    sig["cue"] = (0.45, f"before '{right.group(0).strip()}'")
            weights = [w for w, _ in sig.values()]
            if lex > 0:
                weights.append(lex)
            score = combine(weights)
            if score < REVIEW_FLOOR:
                continue
            whys = [f"{k}: {why} ({w:.2f})" for k, (w, why) in sorted(sig.items())]
            whys += [f"lexicon: {w} ({lex:.2f})" for w in lex_why]
            tier = "" if score >= REPORT_THRESHOLD else "needs review: "
            ex = make_explanation(self.name, score, f"{tier}person signals {score:.2f} = 1 - prod(1 - w) of "
                                  + "; ".join(whys), "person signals")
            out.append(make_result(self, self.ENTITY, s, e, score, ex))
        return out
