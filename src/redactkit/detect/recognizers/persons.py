"""Recognizers for people: "Last, First" cells, role nouns before a name, officers by rank.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

import regex as re
from presidio_analyzer import (
    EntityRecognizer,
    LocalRecognizer,
    RecognizerResult,
)

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

from ..lexicon import (
    BADGE_AFTER,
    CALENDAR_WORDS,
    CELL_END,
    CELL_START,
    DISPATCH_WORDS,
    INITIAL,
    INSTITUTION_WORDS,
    NAME,
    NAME_CAPS,
    NAME_TITLE,
    NAME_TOKEN,
    NOT_NAME_CAPS,
    NOT_NAMES,
    PARTICLES,
    RANK,
    RANK_ONE,
    RANK_WORDS,
    REGEX_FLAGS,
    ROLE_NOUNS,
    ROLE_NOUNS_CAPS,
    STATE_WORDS,
    SUFFIXES,
    WS,
    claimed_rank,
    compiled,
    find_name,
    is_given_name,
    surname_words,
    title_in_context,
)
from ._base import FlaggedPattern as Pattern
from ._base import ValuePatternRecognizer, make_explanation, make_result
from .person_signals import MAIL_NAME_RE, OFFICIAL_DOMAIN

__all__ = [
    "LastFirstNameRecognizer",
    "OfficerRecognizer",
    "RoleNameRecognizer",
]


class LastFirstNameRecognizer(ValuePatternRecognizer):
    """A "Last, First (M.)" name standing alone in a table or form cell ("ADEYEMI, ROBERT", "Dinh, Quoc").

    The cell starts a line or follows a wide gap, ``|``, a tab or an ALL-CAPS
    teletype label with a slash ("SUBJ/"), and ends the same way. Both name
    parts are in the same casing (ALL CAPS or Title Case); rank, role, state,
    month and dispatch words are not names.
    """

    ENTITY = "PERSON"
    PATTERNS = [
        Pattern(
            "last, first cell",
            rf"{CELL_START}(?P<value>{NAME_CAPS},{WS}*{NAME_CAPS}(?:{WS}+(?:[A-Z]\.?|{NAME_CAPS})){{0,2}}"
            rf"|{NAME_TITLE},{WS}*{NAME_TITLE}(?:{WS}+[A-Z]\.)?){CELL_END}",
            0.65,
        ),
    ]
    #: Name structures the ASCII pattern above misses: letters with diacritics ("Kjølberg, Åse"),
    #: inner capitals ("LaFontaine", "DeShawn"), particles ("van den Broek", "ST. GERMAIN"),
    #: two given names and a generational suffix ("Jerome Joseph Jr.").
    _PART = (r"(?:(?:van|von|de|del|della|da|di|du|le|la|den|der|ter|ten|Van|Von|De|Del|Da|Di|Du|Le|La"
             r"|St\.|Ste\.)[ \t]+){0,2}")
    _PART_CAPS = r"(?:(?:VAN|VON|DE|DEL|DELLA|DA|DI|DU|LE|LA|DEN|DER|TER|TEN|ST\.|STE\.)[ \t]+){0,2}"
    _T = r"(?:Mc|Mac|O'|O’|D'|D’)?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:[-'’]\p{Lu}\p{Ll}+|-\p{Ll}{2,})*"
    _C = r"\p{Lu}[\p{Lu}'’]+(?:-\p{Lu}[\p{Lu}'’]+)*"
    _SUFFIX = r"(?:,?[ \t]+(?:Jr\.?|Sr\.?|JR\.?|SR\.?|II|III|IV))?"
    _NICK = r"(?:[ \t]+[\"“]\p{Lu}[\p{L}'’-]+[\"”])?"  # a quoted nickname ends the cell: 'Roe, Ada "Addy"'
    PATTERNS = [
        *PATTERNS,
        Pattern(
            "last, first cell (wide)",
            rf"{CELL_START}(?P<value>{_PART}{_T},{WS}*{_T}(?:{WS}+(?:{_T}|\p{{Lu}}\.)){{0,2}}{_SUFFIX}{_NICK}"
            rf"|{_PART_CAPS}{_C}(?:[ \t]{_C})?,{WS}*{_C}(?:{WS}+(?:{_C}|\p{{Lu}}\.?)){{0,2}}{_SUFFIX})"
            # a two-word surname ("RED CLOUD, ANA M.", "GARCIA LOPEZ, EVA") in ALL CAPS; a bracket
            # after the cell ("(inmate no. 4)", "(16)") ends it like a gap
            rf"(?:{CELL_END}|(?<=\p{{Lu}}\.?)[ \t]+(?=\())",
            0.65,
        ),
    ]
    CONTEXT = ["name", "caller", "subject", "owner", "complainant", "witness"]
    LINE_BOUND = True  # only blanks, letters and name punctuation; $ and \b around them
    EXPLAIN = {"last, first cell": "'Last, First' name alone in a table/form cell",
               "last, first cell (wide)": "'Last, First' name alone in a table/form cell"}

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """Reject cells whose words are ranks, roles, states, months, dispatch words or words that
        end a business or place name ("Receipt, Quik-Stop Market"). A month after the given name is
        a middle name ("ROE, SILAS AUGUST", "Roe, Ada June"): a cell never dates itself that way."""
        surname, _, given = pattern_text.partition(",")
        middles = set(re.split(r"[\s,]+", given.strip())[1:])
        if len(surname.split()) == 2 and not any(w.lower() in PARTICLES for w in surname.split()):
            # a two-word surname only before a census given name or with an initial: an item cell
            # ("GLASS PIPES, SCALE") has the same shape
            first = given.split()[0] if given.split() else ""
            if not is_given_name(first) and not any(re.fullmatch(r"\p{Lu}\.?", w) for w in middles):
                return True
        for tok in re.split(r"[\s,]+", pattern_text):
            bare = tok.strip(".,")
            if not bare or bare in SUFFIXES or bare.lower() in PARTICLES:
                continue
            cap = bare.capitalize()
            if (
                cap in NOT_NAMES
                or cap in DISPATCH_WORDS
                or cap in STATE_WORDS
                or (cap in CALENDAR_WORDS and tok not in middles)
                or tok in RANK_WORDS
                or cap in RANK_WORDS
                or cap in INSTITUTION_WORDS
            ):
                return True
        return False


class RoleNameRecognizer(ValuePatternRecognizer):
    """A private person named after a role noun: "CLERK LUCINDA HARTWELL", "The owner, Eli Moss".

    Two name tokens (given name and surname, an initial between them allowed),
    both ALL CAPS or both Title Case, right after a role noun ("witness",
    "clerk", "mother", "friend", ...) and an optional comma, possibly wrapped
    over one line break. Catches the names NER misses in ALL-CAPS teletype
    text and in appositions.
    """

    # (letters of any script's Latin alphabet: "Lavallée", "NÚÑEZ" are names as much as "Moss")
    _TOK_CAPS = r"\p{Lu}[\p{Lu}'’]+(?:-\p{Lu}[\p{Lu}'’]+)?"
    _TOK_TITLE = r"(?:Mc|Mac|O'|O’)?\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)*"
    _SEP = rf"(?:{WS}+|{WS}*\n{WS}*)"
    _CAD_ROLES = (r"SUBJ|SUSP|VICT|VIC|WIT|COMP|DRV|DRVR|OCC|PASS|PSGR|KEYHOLDER|KEY[ \t]+HOLDER|R/O|RO|OWNR"
                  r"|JUV")
    ENTITY = "PERSON"
    PATTERNS = [
        Pattern(
            "role + name",
            # narrative: a lower-case role noun, then a Title Case name ("the owner, Eli Moss")
            rf"(?P<label>\b(?:{ROLE_NOUNS})),?{_SEP}"
            rf"(?P<value>{_TOK_TITLE}(?:{_SEP}[A-Z]\.)?{_SEP}{_TOK_TITLE})(?![\w-])",
            0.6,
        ),
        Pattern(
            "ROLE + NAME",
            # ALL-CAPS text: an ALL-CAPS role noun, then an ALL-CAPS name ("CLERK LUCINDA HARTWELL")
            rf"(?P<label>\b(?:{ROLE_NOUNS_CAPS})),?{_SEP}"
            rf"(?P<value>{_TOK_CAPS}(?:{_SEP}[A-Z]\.?)?{_SEP}{_TOK_CAPS})(?![\w-])",
            0.6,
        ),
        Pattern(
            "CAD ROLE + NAME",
            # CAD shorthand: "SUBJ ...", "DRV ...", "KEYHOLDER ...", "R/O ..." (registered owner)
            # (one line only: a CAD line ends its entry)
            rf"(?P<label>(?<![\w/])(?:{_CAD_ROLES})),?{WS}+"
            rf"(?P<value>{_TOK_CAPS}(?:{WS}+[A-Z]\.?)?{WS}+{_TOK_CAPS})(?![\w'’-])",
            0.6,
        ),
    ]
    _Q = r"[\"“”]"
    #: a nickname in quotes: 1-3 capitalised tokens ("Sonny", "Ice-Man", "Little Ray", "JB")
    _NICK = rf"{_Q}(?:[A-Z][A-Za-z'’-]*\.?(?:[A-Z]\.)*)(?:{WS}[A-Z][A-Za-z'’-]*){{0,2}}{_Q}"
    #: two name tokens just before a nickname ("Ada Rusk", "RUSK, ADA", "RUSK, ADA MAE")
    _BEFORE_NICK = (rf"(?:{_TOK_TITLE}{WS}+{_TOK_TITLE}|{_TOK_CAPS},{WS}*{_TOK_CAPS}(?:{WS}+{_TOK_CAPS})?"
                    rf"|{_TOK_TITLE},{WS}*{_TOK_TITLE}(?:{WS}+{_TOK_TITLE})?)")
    PATTERNS = [
        *PATTERNS,
        Pattern(
            "ROLE + LAST, FIRST",
            # remarks column: "RP HOLT, MARA J.", "Passenger DEVLIN-AKERS, TOBIAS (16)"
            rf"(?P<label>\b(?:(?i:{ROLE_NOUNS})|RP|R/P)),?{WS}+"
            rf"(?P<value>{_TOK_CAPS},{WS}*{_TOK_CAPS}(?:{WS}+{_TOK_CAPS})?(?:{WS}+[A-Z]\.)?)(?![\w'’-])",
            0.6,
        ),
        Pattern(
            "name (relation)",
            # "Ada Fenn (mother)": a two-part name followed by a relation in brackets
            rf"(?<![\w'’-])(?P<value>{_TOK_TITLE}(?:{WS}+[A-Z]\.)?{WS}+{_TOK_TITLE}){WS}*"
            rf"\((?P<label>(?i:{ROLE_NOUNS}))\)",
            0.6,
        ),
        Pattern(
            "name with nickname",
            # 'Harold "Hal" Quennell': given name, quoted nickname, surname
            # (scored above spaCy's 0.85: its equal span would otherwise win, and the NER clean-up
            # cuts a span at its quoted token, dropping the surname)
            rf"(?<![\w'’-])(?P<value>{_TOK_TITLE}{WS}+(?P<label>{_NICK}){WS}+{_TOK_TITLE})(?![\w-])",
            0.9,
        ),
        Pattern(
            "nickname after name",
            # 'Ada Rusk ("Dee")', 'RUSK, ADA MAE ("Dee")', 'Ada Mae Rusk "Dee"': a quoted nickname right
            # after a two-part name, bare or in brackets
            rf"(?<={_BEFORE_NICK}),?{WS}*(?P<open>\()?{WS}*(?P<value>{_NICK})(?(open){WS}*\))",
            0.7,
        ),
        Pattern(
            "aka nickname",
            # 'aka "Ice-Man"', 'AKA / Moniker\n"JB"', 'identified suspect as "Little Ray"'
            rf"(?P<label>\b(?:(?i:a\.?k\.?a\.?|alias|moniker|nickname|known(?:{WS}+to{WS}+\w+(?:{WS}+\w+)?)?{WS}+as|goes{WS}+by|street{WS}+name)"
            rf"(?:{WS}*/{WS}*(?i:moniker|alias|nickname))?|(?i:suspect|calls{WS}+(?:me|him|her)){WS}+as"
            rf"|calls{WS}+(?:me|him|her))){WS}*:?\s*(?P<value>{_NICK})",
            0.7,
        ),
    ]
    CONTEXT: ClassVar[list[str]] = []
    EXPLAIN = {
        "ROLE + LAST, FIRST": "role word '{label}' before an ALL-CAPS 'LAST, FIRST' name",
        "name (relation)": "two-part name before '({label})'",
        "name with nickname": "given name, nickname {label} and surname",
        "aka nickname": "nickname after '{label}'",
        "nickname after name": "quoted nickname right after a two-part name",
        "role + name": "role word '{label}' before a two-part name",
        "ROLE + NAME": "role word '{label}' before a two-part name (ALL CAPS)",
        "CAD ROLE + NAME": "CAD role shorthand '{label}' before a two-part name (ALL CAPS)",
    }

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """Reject verbs, function words, ranks, roles, states and months taken for name parts."""
        for tok in pattern_text.split():
            bare = tok.strip(".,\"“”")
            if len(bare) == 1 or tok[:1] in "\"“”":
                continue
            cap = bare.capitalize()
            if (
                bare.upper() in NOT_NAME_CAPS
                or (bare.isupper() and (bare.endswith("ED") or bare.endswith("ING")))
                or cap in NOT_NAMES
                or cap in DISPATCH_WORDS
                or cap in STATE_WORDS
                or cap in CALENDAR_WORDS
                or cap in RANK_WORDS
                or compiled(rf"(?i:{ROLE_NOUNS})").fullmatch(bare)
            ):
                return True
        return False


def _wrapped_title(title: str) -> str:
    """``title``'s pattern with a line break after its first word ("Victim\nAdvocate")."""
    first, *rest = title.split()
    return rf"{re.escape(first)}[ \t]*\n[ \t]*" + rf"{WS}+".join(re.escape(w) for w in rest)


class OfficerRecognizer(LocalRecognizer):
    """Officers acting in an official capacity: rank/title + name (+ badge), and roster names.

    ``Ofc. Daniel Reyes #4471`` → OFFICER over ``Daniel Reyes``. Once an
    officer is found, later mentions of the same full name or surname (title
    case or ALL CAPS, whole word) are marked OFFICER too, so "Reyes advised"
    stays visible. Names from the policy's allow-list files tagged
    ``entity: OFFICER`` (a roster) are marked wherever they occur.

    A name at an agency e-mail address ("Roe, Jane <jroe@town-pd.example.org>") is staff.
    A private person who shares an officer's surname or given name is sorted out after
    detection by :func:`redactkit.detect.officers.resolve_shared_names` (nearest full mention).
    """

    name: str
    ENTITY = "OFFICER"
    _RE = re.compile(rf"(?<![\w.])(?P<label>{RANK}){WS}+{NAME}(?:{BADGE_AFTER})?", REGEX_FLAGS)
    #: After a plural rank ("Deputies Al Roe #C-12, Bo Li #C-14 and Cy Ng #C-15"), each further
    #: name of the list, each with its own badge (a bare name after a comma may be anyone's).
    _PLURAL_RANK = re.compile(r"(?i:officers|deputies|detectives|troopers|sergeants|agents|investigators)")
    _LIST_NEXT_RE = re.compile(
        rf"{WS}*\(?#{WS}*[A-Z0-9][A-Z0-9-]{{0,7}}\)?{WS}*(?:,(?:{WS}*(?i:and))?|{WS}+(?i:and)|{WS}*&)"
        rf"(?:{WS}+|{WS}*\n{WS}*){NAME}(?={WS}*\(?#{WS}*[A-Z0-9])",
        REGEX_FLAGS,
    )
    #: Prose wrapped between the given name and the surname ("... please call Officer Jasper\n
    #: Whitcombe at ..."): the surname continues the sentence, so the break is no cell boundary.
    _WRAP_RE = re.compile(
        rf"(?<![\w.])(?P<label>{RANK}){WS}+(?P<name>(?:{INITIAL}{WS}*){{0,2}}{NAME_TOKEN}{WS}*\n{WS}*"
        rf"{NAME_TOKEN})(?=[ \t]+(?:at|of|and|is|was|on|in|to|or|said|who|has|had|will)\b|[,.;:]"
        # or the officer's badge or unit in brackets or after '#' ("... Officer Ann\nRoe (TE-31) were ...")
        rf"|[ \t]+\((?:#|[A-Z]{{0,5}}-?)\d{{1,6}}\)|[ \t]+#[ \t]*\d{{1,6}}\b|[ \t]+\((?=\p{{Ll}})"
        # or a table cell "Ofc. Ann" over a hyphenated surname alone on its line ("Roe-Vance")
        rf"|(?<=^[ \t]*{RANK_ONE}{WS}+\p{{Lu}}\p{{Ll}}+[ \t]*\n[ \t]*\p{{Lu}}\p{{Ll}}+-\p{{Lu}}\p{{Ll}}+)"
        rf"[ \t]*$(?P<cell>))",
        REGEX_FLAGS,
    )
    #: "Quayle, Sgt. Miriam" (rank between surname and given name), or a roster row whose
    #: "Last, First" cell is followed by a rank cell ("Quayle, Miriam" / "Sgt. (lead)").
    _ROW_RE = re.compile(
        rf"(?<![\w.])(?P<name>(?P<last>{NAME_TOKEN}),{WS}*(?:(?P<inner>{RANK}){WS}+)?{NAME_TOKEN}"
        rf"(?:{WS}+{INITIAL})?)(?(inner)|{WS}*(?:\n|[ \t]{{2,}}|\t|\|){WS}*(?P<rank2>{RANK_ONE}))",
        REGEX_FLAGS,
    )
    #: "Colleen Strand, Probation Officer II", "Gordon Whitely, Supervisor": a full name, a comma and a
    #: title that is not followed by another name ("Jane Roe, Deputy Smith's wife" is no officer).
    #: A bar number may stand between ("Al Roe, SBN 12345, Deputy District Attorney") and the
    #: title may wrap ("Al Roe, Chief\nMagistrate").
    _TITLE_AFTER_RE = re.compile(
        rf"(?<![\w.'’-])(?P<name>[A-Z][a-z]+(?:{WS}+{INITIAL}|{WS}+[A-Z]\.)?{WS}+{NAME_TOKEN}),"
        rf"(?:{WS}+(?:WSBA|SBN|BPR|Bar)(?:{WS}+(?:No\.|#)|{WS}*#)?{WS}*\d{{3,7}},)?"
        rf"{WS}+(?:(?:a|an|the){WS}+)?(?P<rank>(?:[A-Z][a-z]+(?:{WS}+|{WS}*\n{WS}*))?(?:{RANK_ONE}"
        # a full title word ending the sentence ("..., Chief Magistrate."); no abbreviation here
        rf"|(?:Magistrate|Supervisor|Coroner|Prosecutor|Dispatcher|Investigator)(?=\.(?:\s|$))))"
        rf"(?!{WS}+(?:{INITIAL}{WS}*)?[A-Z][a-z])(?!['’])",
        REGEX_FLAGS,
    )
    #: A rank ending a line of running prose and the name starting the next ("... is assigned to
    #: Det.\nAl Roe (2031)"). Only after a long line: a short one is a table cell, and the next
    #: line may be another cell.
    _RANK_EOL_RE = re.compile(
        rf"(?<![\w.])(?P<label>{RANK})[ \t]*\n[ \t]*{NAME}(?:{BADGE_AFTER})?", REGEX_FLAGS
    )
    #: A title of two words or more wrapped in running prose ("... can be reached through Victim\n
    #: Advocate Ann Roe at ..."): only after a long line, as above.
    _SPLIT_RANK_RE = re.compile(
        rf"(?<![\w.])(?P<rank>{'|'.join(_wrapped_title(w) for w in RANK_WORDS if ' ' in w)}"
        rf"|(?:Records|Property|Evidence)[ \t]*\n[ \t]*(?:Specialist|Clerk|Technician)){WS}+{NAME}",
        REGEX_FLAGS,
    )
    #: A signature block: a name alone on its line, the official title on the next line, and the
    #: title line going on with a unit or a signature note ("Ann Roe\nVictim Advocate, Family
    #: Support Desk", "A. Roe\nEvidence technician (signature)"), or the name after a sign-off
    #: ("Sincerely,"). A title alone on its line may be a form's column label: not enough.
    _TITLE_BELOW_RE = re.compile(
        rf"(?m)^(?P<before>[^\n]*)\n[ \t]*"
        rf"(?P<name>(?:[A-Z][a-z]+|{INITIAL})(?:{WS}+{INITIAL})?{WS}+{NAME_TOKEN})[ \t]*\n[ \t]*"
        rf"(?P<rank>{RANK_ONE}|(?i:evidence|crime{WS}+scene|property){WS}+(?i:technician|tech\.)"
        rf"|(?i:victim{WS}+advocate))(?P<after>[ \t]*[,(]|[ \t]*$)",
        REGEX_FLAGS,
    )
    _SIGN_OFF = re.compile(r"(?i)^[ \t]*(?:sincerely|respectfully|regards|best regards|thank you|signed|/s/)"
                           r"[^\n]{0,20}$")

    def _ranked_name(self, text: str, at: int) -> bool:
        """A rank at ``at`` followed by an officer's own name ("Det. K. Ardmore")."""
        r = self._RE.match(text, at)
        return bool(r) and not any(t.strip(",.").capitalize() in NOT_NAMES for t in r.group("name").split())

    #: CAD/dispatch logs: a unit call sign (digits and letters, e.g. "2A14", "L21") and the
    #: assigned officer's surname alone in a cell: "2A14 REYES".
    _UNIT_RE = re.compile(
        rf"(?:^|(?<=[ \t]{{2}}|\t|\|))[ \t]*(?P<unit>(?=[A-Z0-9]*\d)(?=[0-9]*[A-Z])[A-Z0-9]{{2,6}})"
        rf"{WS}+(?P<name>[A-Z][A-Z'’-]+|[A-Z][a-z]+(?:-[A-Z][a-z]+)?){WS}*(?=$|[ \t]{{2}}|\t|\|)",
        REGEX_FLAGS,
    )
    #: The same log read as running text (OCR joins a row's cells with single blanks): a unit call
    #: sign after the row's time or at the line start, the surname, then a unit status word
    #: ("21:05 4C11 ROE DISPATCHED", "4C11 ROE GOA - NO CONTACT"). A status word is said of a
    #: unit, never of a caller or subject, so the surname is the unit's officer.
    _UNIT_STATUS_RE = re.compile(
        rf"(?:^|(?<=\b\d{{1,2}}:\d{{2}}(?::\d{{2}})?{WS}))[ \t]*"
        rf"(?P<unit>(?=[A-Z0-9]*\d)(?=[0-9]*[A-Z])[A-Z0-9]{{2,6}}){WS}+(?P<name>[A-Z][A-Z'’-]+)"
        rf"{WS}+(?=(?:DISPATCHED|EN{WS}?ROUTE|ENRT|ON{WS}?SCENE|ARRIVED|CLEAR(?:ED)?|GOA|UTL|AVAILABLE"
        rf"|RESPONDING|ASSIGNED|10-\d{{1,2}})\b)",
        REGEX_FLAGS,
    )

    def __init__(
        self, roster: Sequence[str] = (), supported_language: str = "en", name: str | None = None
    ) -> None:
        self.roster = [" ".join(r.split()) for r in roster if r.strip()]
        super().__init__(
            supported_entities=[self.ENTITY],
            supported_language=supported_language,
            name=name or type(self).__name__,
        )

    def load(self) -> None:
        """Nothing to load."""

    def _list_names(self, text: str, pos: int, rank: str, results: list[RecognizerResult],
                    found: list[tuple[str, str]]) -> None:
        """The further badged names of a list after a plural rank (see :attr:`_LIST_NEXT_RE`)."""
        while (m := self._LIST_NEXT_RE.match(text, pos)) is not None:
            name = m.group("name")
            if self._name_tokens(name) != len(name.split()):
                return
            why = f"name in a list of badged names after the plural rank '{rank}'"
            ex = make_explanation(self.name, 0.85, why, "plural rank + list of names")
            results.append(make_result(self, self.ENTITY, m.start("name"), m.end("name"), 0.85, ex))
            found.append((" ".join(name.split()), why))
            pos = m.end("name")

    @staticmethod
    def _name_tokens(name: str) -> int:
        """Leading tokens of ``name`` that are a name (stop at a non-name word; never end on an initial)."""
        kept: list[str] = []
        for t in name.split():
            bare = t.strip(".,")
            if re.fullmatch(r"[A-Z]\.", t):
                kept.append(t)  # an initial ("A. Roe") is no article "A"
                continue
            if bare in NOT_NAMES or bare.capitalize() in NOT_NAMES:
                break
            kept.append(t)
        while kept and re.fullmatch(r"[A-Z]\.", kept[-1]):
            kept.pop()
        return len(kept)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Find rank + name, roster names, and later mentions of those names."""
        results: list[RecognizerResult] = []
        found: list[tuple[str, str]] = []  # (full name, how it was found)
        for m in self._RE.finditer(text):
            raw = m.group("name")
            n = self._name_tokens(raw)
            if n == 0 or claimed_rank(text, m.start()):
                continue  # (an impostor's claimed rank and name are no officer's)
            tokens = list(re.finditer(r"\S+", raw))
            start = m.start("name")
            end = start + tokens[n - 1].end()
            complete = n == len(tokens)
            rank = " ".join(m.group("rank").split())
            if not title_in_context(rank, text, m.start()):
                continue  # "Principal", "RN": official only where the page names the body
            badge = m.group("badge") if complete else None
            score = 0.95 if badge else 0.85
            why = f"rank '{rank}' before name" + (f", badge #{badge}" if badge else "")
            ex = make_explanation(self.name, score, why, "rank + name" + (" + badge" if badge else ""))
            results.append(make_result(self, self.ENTITY, start, end, score, ex))
            found.append((text[start:end], why))
            if complete and self._PLURAL_RANK.fullmatch(rank.split()[-1]):
                self._list_names(text, end, rank, results, found)

        for m in self._WRAP_RE.finditer(text):
            name = m.group("name")
            line_start = text.rfind("\n", 0, m.start()) + 1
            if m.start("name") - line_start < 30 and m.group("cell") is None or any(
                    t.strip(",.").capitalize() in NOT_NAMES for t in name.split()) \
                    or claimed_rank(text, m.start()):
                continue  # a short line is a cell, not wrapped prose (nor an impostor's claim)
            start, end = m.span("name")
            rank = " ".join(m.group("rank").split())
            if not title_in_context(rank, text, m.start()):
                continue  # "Principal", "RN": official only where the page names the body
            why = f"rank '{rank}' before a name wrapped onto the next line"
            ex = make_explanation(self.name, 0.85, why, "rank + wrapped name")
            results.append(make_result(self, self.ENTITY, start, end, 0.85, ex))
            found.append((" ".join(name.split()), why))

        for m in self._ROW_RE.finditer(text):
            name = m.group("name")
            if any(t.strip(",.").capitalize() in NOT_NAMES for t in name.split()):
                continue
            if m.group("rank2") and self._ranked_name(text, m.start("rank2")):
                continue  # "Roe, Ann" / "Det. K. Ardmore": the next cell's rank is another officer's
            start, end = m.span("name")
            rank = " ".join((m.group("rank") or m.group("rank2") or "").split())
            if not title_in_context(rank, text, m.start()):
                continue  # "Principal", "RN": official only where the page names the body
            how = "rank between surname and given name" if m.group("inner") else "rank in the next cell"
            why = f"'Last, First' name with rank '{rank}' ({how})"
            pattern = "last, rank first" if m.group("inner") else "name + rank cell"
            ex = make_explanation(self.name, 0.85, why, pattern)
            results.append(make_result(self, self.ENTITY, start, end, 0.85, ex))
            last = name.split(",")[0].strip()
            first = name.split()[-1]
            found.append((f"{first} {last}", why))

        for m in self._RANK_EOL_RE.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            n = self._name_tokens(m.group("name"))
            if m.start() - line_start < 30 or n == 0 or claimed_rank(text, m.start()):
                continue  # a short line is a cell: the next line may be another cell
            tokens = list(re.finditer(r"\S+", m.group("name")))
            start, end = m.start("name"), m.start("name") + tokens[n - 1].end()
            rank = " ".join(m.group("rank").split())
            if not title_in_context(rank, text, m.start()):
                continue  # "Principal", "RN": official only where the page names the body
            why = f"rank '{rank}' ending a line of prose before the name"
            ex = make_explanation(self.name, 0.85, why, "rank + name on the next line")
            results.append(make_result(self, self.ENTITY, start, end, 0.85, ex))
            found.append((text[start:end], why))

        for m in self._SPLIT_RANK_RE.finditer(text):
            n = self._name_tokens(m.group("name"))
            rank = " ".join(m.group("rank").split())
            if m.start() - (text.rfind("\n", 0, m.start()) + 1) < 30 or n == 0 \
                    or not title_in_context(rank, text, m.start()) \
                    or claimed_rank(text, m.start()):
                continue  # a short line is a cell: the next line may be another cell
            start = m.start("name")
            end = start + list(re.finditer(r"\S+", m.group("name")))[n - 1].end()
            why = f"title '{rank}' wrapped in running prose before the name"
            ex = make_explanation(self.name, 0.85, why, "wrapped title + name")
            results.append(make_result(self, self.ENTITY, start, end, 0.85, ex))
            found.append((text[start:end], why))

        for m in self._TITLE_BELOW_RE.finditer(text):
            name = m.group("name")
            if any(t.strip(",.").capitalize() in NOT_NAMES for t in name.split()):
                continue
            if m.group("after").strip() == "" and not self._SIGN_OFF.match(m.group("before")):
                continue  # a title alone on its line after a bare name: maybe a column label
            start, end = m.span("name")
            rank = " ".join(m.group("rank").split())
            if not title_in_context(rank, text, m.start()):
                continue  # "Principal", "RN": official only where the page names the body
            why = f"title '{rank}' on the line under the name (signature block)"
            ex = make_explanation(self.name, 0.8, why, "name / title below")
            results.append(make_result(self, self.ENTITY, start, end, 0.8, ex))
            found.append((name, why))

        for m in self._TITLE_AFTER_RE.finditer(text):
            name = m.group("name")
            if any(t.strip(",.").capitalize() in NOT_NAMES for t in name.split()):
                continue
            start, end = m.span("name")
            rank = " ".join(m.group("rank").split())
            if not title_in_context(rank, text, m.start()):
                continue  # "Principal", "RN": official only where the page names the body
            why = f"title '{rank}' after the name"
            ex = make_explanation(self.name, 0.8, why, "name, title")
            results.append(make_result(self, self.ENTITY, start, end, 0.8, ex))
            found.append((name, why))

        for m in [*self._UNIT_RE.finditer(text), *self._UNIT_STATUS_RE.finditer(text)]:
            name = m.group("name")
            if name.capitalize() in NOT_NAMES or name.capitalize() in DISPATCH_WORDS:
                continue
            start, end = m.span("name")
            why = f"unit call sign '{m.group('unit')}' before name (dispatch/CAD layout)"
            ex = make_explanation(self.name, 0.8, why, "unit + name")
            results.append(make_result(self, self.ENTITY, start, end, 0.8, ex))
            found.append((name, why))

        for m in MAIL_NAME_RE.finditer(text):
            if not OFFICIAL_DOMAIN.search(m.group("domain")):
                continue
            name = m.group("name")
            if any(t.strip(",.").capitalize() in NOT_NAMES for t in name.split()):
                continue
            start, end = m.span("name")
            why = f"name of an agency e-mail address (@{m.group('domain')})"
            ex = make_explanation(self.name, 0.75, why, "agency e-mail")
            results.append(make_result(self, self.ENTITY, start, end, 0.75, ex))
            if "," in name:
                last, _, first = name.partition(",")
                name = f"{first.strip()} {last.strip()}"
            found.append((name, why))

        for entry in self.roster:
            for s, e in find_name(text, entry):
                ex = make_explanation(self.name, 0.9, f"on the officer roster ('{entry}')", "roster")
                results.append(make_result(self, self.ENTITY, s, e, 0.9, ex))
                found.append((entry, "roster"))

        covered = [(r.start, r.end) for r in results]
        seen: set[str] = set()
        for full, _why in found:
            if "," in full:  # a roster line written "Last, First": search it as "First Last"
                last, _, first = full.partition(",")
                full = f"{first.strip()} {last.strip()}"
            tokens = [t for t in " ".join(full.split()).split() if not re.fullmatch(r"[A-Z]\.?", t)]
            if not tokens:
                continue
            forms = [(" ".join(tokens), "full name"), (tokens[-1], "surname")]
            if surname_words(tokens) != tokens[-1]:  # "Mac Con Uladh" before "Uladh" alone
                forms.insert(1, (surname_words(tokens), "surname"))
            written = " ".join(full.split())
            if written != forms[0][0] and re.match(r"[A-Z]\.", written):
                # "G. Roe" as found: that form again is the officer, initial and all; the
                # surname alone would leave NER's "G. Roe" a person half over the officer
                forms.insert(0, (written, "name with initials"))
            if len(tokens) >= 2:
                forms.append((f"{tokens[-1]}, {tokens[0]}", "'Last, First' form"))
            for variant, what in forms:
                if variant in seen or len(variant) < 3 or variant.capitalize() in NOT_NAMES:
                    continue
                seen.add(variant)
                given = {t[0] for t in full.split()[:-1]}
                for s, e in find_name(text, variant):
                    if any(cs <= s and e <= ce for cs, ce in covered):
                        continue
                    other = re.search(r"(?<![\w.])([A-Z])\.\s*$", text[max(0, s - 4):s])
                    if " " not in variant and given and other and other.group(1) not in given:
                        continue  # "P. Roe" beside officer "G. Roe": another person of that name
                    ex = make_explanation(self.name, 0.7, f"{what} of officer '{full}' named elsewhere in "
                                          "the text", "officer mention")
                    results.append(make_result(self, self.ENTITY, s, e, 0.7, ex))
                    covered.append((s, e))
        return EntityRecognizer.remove_duplicates(results)
