"""Word lists and shared regex parts of detection (no Presidio here: propagation and the engine use them too).

Ranks, role nouns, words that are never names, calendar and state words, and the regex
building blocks (date, rank, name) the recognizers share, and the name lexicons: census
given names and surnames (:func:`is_given_name`, :func:`surname_kind`; provenance in
``redactkit/data/README.md`` and the head of each data file).
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable
from importlib.resources import files

import regex as re

# the rank and title words live in their own module; importers still find RANK_WORDS here
from .ranks import LOWER_RANKS as _LOWER_RANKS
from .ranks import RANK_WORDS

__all__ = [
    "CONTEXT_LINES",
    "CONTEXT_TITLES",
    "DATE",
    "GAELIC_SURNAME",
    "NAME",
    "NOT_NAMES",
    "RANK",
    "RANK_WORDS",
    "REGEX_FLAGS",
    "compiled",
    "INSTITUTION_WORDS",
    "PARTICLES",
    "claimed_rank",
    "find_name",
    "is_given_name",
    "surname_kind",
    "surname_words",
    "title_in_context",
]


#: Flags every recognizer here is compiled with: no IGNORECASE.
REGEX_FLAGS = re.DOTALL | re.MULTILINE


@functools.cache
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled once for the process, for a fixed pattern run on every page. Passed as
    text, it went through ``regex``'s own cache, which holds 500 patterns and drops a random fifth
    when full; propagation's per-name patterns fill it on every document, so fixed patterns (a rank
    alternation costs milliseconds to parse) were parsed again and again. Never give it a pattern
    built from a document's text: this cache is never emptied."""
    return re.compile(pattern, flags)


WS = r"[ \t]"


_MONTH = (
    r"(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)


#: A calendar date in the common US/ISO/written forms.
DATE = (
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?![\d/])"
    # a year first: ISO "1988-04-13", and the dotted or slashed forms some systems print
    # ("1988.04.13", "1988/4/13"; otherwise "88.04.13" inside it would be taken for the date)
    r"|\d{4}(?:-\d{2}-\d{2}|\.\d{1,2}\.\d{1,2}|/\d{1,2}/\d{1,2})(?!\d|[./]\d)"
    # a written year may be cut to two digits after an apostrophe ("Mar. 9, '81", "9 Mar '81")
    rf"|{_MONTH}\.?{WS}+\d{{1,2}}(?:st|nd|rd|th)?,?{WS}+(?:\d{{4}}|['’]\d{{2}}(?!\d))"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?{WS}+(?:of{WS}+)?{_MONTH}\.?,?{WS}+(?:\d{{4}}|['’]\d{{2}}(?!\d)))"
)


def alternation(words: Iterable[str]) -> str:
    seen: list[str] = []
    for w in words:
        for v in (w, w.upper()):
            if v not in seen:
                seen.append(v)
    seen.sort(key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", WS + "+") for w in seen)


#: Agency staff named by their unit and job ("Warrants Clerk", "Property Specialist", "Evidence
#: Analyst"): a police unit's word before a staff noun; a shop's clerk ("Store Clerk") is none.
_STAFF_NOUNS = ['Clerk', 'Examiner', 'Analyst', 'Specialist', 'Spec.', 'Technician', 'Supervisor']
_STAFF_TITLE = (
    rf"(?:{alternation(['Records', 'Property', 'Evidence', 'Forensic', 'Crime', 'Warrants', 'Court'])})"
    rf"{WS}+(?:{alternation(_STAFF_NOUNS)})"
)

#: Titles both a public body and a private employer use, official only where the page says
#: which body: a principal of a school (not of a firm), a nurse of a jail (not of a clinic).
CONTEXT_TITLES: dict[str, str] = {
    "Principal": r"(?i:\bschool|\bstudents?\b|\bschool\s+district)",
    "LPN": r"(?i:\bjail\b|\bdetention\b|\binmate\b|\bcorrectional\b|\bbooking\b)",
    "RN": r"(?i:\bjail\b|\bdetention\b|\binmate\b|\bcorrectional\b|\bbooking\b)",
    # a corrections officer ("CO Ann Roe") only on a jail's or prison's page; never after a
    # comma, where "CO" is Colorado after a town (see title_in_context)
    "CO": r"(?i:\bjail\b|\bdetention\b|\binmates?\b|\bcorrection(?:al|s)\b|\bprison\b)",
}


#: A private care provider named on the title's own line: its nurse is none of the jail's.
_PRIVATE_CARE = (r"(?i:clinic|hospital|medical\s+center|urgent\s+care|pharmacy|home\s+health|nursing\s+home"
                 r"|hospice)")
#: Lines either side of the title in which its context must stand (the cell, block or paragraph).
CONTEXT_LINES = 5
#: A title whose context is the whole form: a jail's form names the jail in its header, and
#: its staff rows stand far below ("CO" is unambiguous there once "Pueblo, CO" is ruled out).
_CONTEXT_REACH = {"CO": 30}


def title_in_context(rank: str, text: str, at: int | None = None) -> bool:
    """False when ``rank`` ends in a :data:`CONTEXT_TITLES` title whose context ``text`` lacks.

    With ``at`` (the title's offset) the context must stand within :data:`CONTEXT_LINES` lines of
    it, not anywhere on the page, and a title on a line naming a private care provider ("RN Ann
    Roe of Alder Urgent Care") counts only if that line names the context itself: a private
    nurse on a jail's page is no jail nurse."""
    words = rank.split()
    last = words[-1].rstrip(".") if words else ""
    ctx = CONTEXT_TITLES.get(last) or CONTEXT_TITLES.get(last.capitalize())
    if ctx is None or at is None:
        return ctx is None or re.search(ctx, text) is not None
    if last == "CO":
        # "Pueblo, CO", "plate CO", "LIS/CO": the state, not a corrections officer (the match may
        # start before the title: "Roe, CO Ann" is read as "Last, rank First")
        co = text.find("CO", at)
        if co < 0 or re.search(r"[,/]\s*$|\b(?i:state|plate|lic|tag)\W*$", text[max(0, co - 12):co]):
            return False
    ls, le = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    le = len(text) if le < 0 else le
    if re.search(_PRIVATE_CARE, text[ls:le]) and not re.search(ctx, text[ls:le]):
        return False
    ws, we = ls, le
    for _ in range(_CONTEXT_REACH.get(last, CONTEXT_LINES)):
        ws = text.rfind("\n", 0, max(0, ws - 1)) + 1
        nxt = text.find("\n", we + 1)
        we = len(text) if nxt < 0 else nxt
    return re.search(ctx, text[ws:we]) is not None


RANK_ONE = (
    rf"(?:{alternation(RANK_WORDS)}|{alternation(CONTEXT_TITLES)}|{_STAFF_TITLE}|{'|'.join(_LOWER_RANKS)})"
    r"(?![\w.])"
)


#: One or more rank words ("Deputy Chief", "Det. Sgt.").
RANK = rf"(?P<rank>{RANK_ONE}(?:{WS}+{RANK_ONE})*)"


#: One name word after a rank. Letters beyond ASCII count ("Ordóñez", "PEÑA", "Núñez"): an
#: officer's accented surname is as public as any other.
NAME_TOKEN = (
    r"(?:(?:Mc|Mac|O'|O’|D'|De|Di|La|Le|Van|Von)?\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)*"
    r"|\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})*)"
)


INITIAL = r"[A-Z]\."


#: An Irish or Scottish Gaelic surname of several words: a patronymic particle, "an"/"na" and
#: one name word, initial mutation allowed ("Nic an tSeanáin", "Ó hAodha"), or two after an element
#: that always takes a second word ("Nic Giolla Bhríde", "Mac Con Uladh").
GAELIC_SURNAME = (
    r"(?:Mac|Mc|Nic|Ní|Ó|Ua|Uí|Mhic|MAC|NIC|NÍ|Ó|UA|UÍ)(?:[ \t]+(?:an|na|AN|NA))?"
    r"(?:[ \t]+(?:Giolla|Gille|Con|Maol|Mhaoil|GIOLLA|GILLE|CON|MAOL|MHAOIL))?"
    r"[ \t]+(?:\p{Ll}{0,2}\p{Lu}\p{Ll}+|\p{Lu}{2,})(?![\w'’-])"
)


#: A person's name after a rank: optional initials, 1-3 capitalised tokens (a Gaelic surname one).
NAME = (
    rf"(?P<name>(?:{INITIAL}{WS}*){{0,2}}{NAME_TOKEN}"
    rf"(?:{WS}+(?:{GAELIC_SURNAME}|(?:(?:van|von|der|den|de|del|la|le|da|di|du|ten|ter){WS}+){{0,2}}"
    rf"(?:{INITIAL}|{NAME_TOKEN})(?![\w]))){{0,2}})(?![\w'’])"
)


#: A rank and name someone only claimed ('a caller calling herself "Sgt. Al Roe"', 'posing as
#: Officer Roe'): a scam caller or an impostor, a private person, never an officer.
_IMPOSTOR = re.compile(
    r"(?i:call(?:ed|ing|s)[ \t]+(?:him|her|them)sel(?:f|ves)|pos(?:ed|ing)[ \t]+as"
    r"|pretend(?:ed|ing)[ \t]+to[ \t]+be|claim(?:ed|ing|s)[ \t]+to[ \t]+be|impersonat\w+"
    r"|purported|so-called)"
    r"[ \t]*,?[ \t]*(?:(?:an?|the)[ \t]+)?[\"“'‘]?[ \t]*$",
    REGEX_FLAGS,
)


def claimed_rank(text: str, at: int) -> bool:
    """The rank at ``at`` is one an impostor claimed ("calling himself Officer ...")."""
    return _IMPOSTOR.search(text, max(0, at - 60), at) is not None


def surname_words(tokens: list[str]) -> str:
    """The surname of a name's ``tokens``: the last word, with the particles before it that belong
    to it ("van der Hoost", "Nic Giolla Bhríde", "Ó hAodha"); never the whole name."""
    i = len(tokens) - 1
    if i >= 2 and tokens[i - 1].capitalize() in {"Giolla", "Gille", "Con", "Maol", "Mhaoil"}:
        i -= 1  # "Mac Con Uladh": the element takes its word
    while i > 1 and (tokens[i - 1].lower() in PARTICLES | {"nic", "ní", "ó", "ua", "uí", "mhic", "an", "na"}):
        i -= 1
    return " ".join(tokens[i:])


#: Capitalised words that follow a rank but are not names.
NOT_NAMES = frozenset(
    """The A An And Or Of On In At To For From With By As Was Were Is Are Be Had Has Have Did Do
    Responded Arrived Reported Stated Advised Observed Located Contacted Interviewed Asked Said Saw
    Then When While After Before During Upon Unit Units Badge Division Department Dept Bureau Section
    Report Narrative Involved Safety Down Needs Assist Requested Report Supplement Name Signature
    Date Time Approved Reviewed Number No Team Patrol Station District Precinct Shift County City
    State Police Sheriff Office Academy Training Mr Mrs Ms Dr Jr Sr II III IV Box""".split()
)


#: Dispatch-log words that can follow a unit call sign but are not names.
DISPATCH_WORDS = frozenset(
    """Dispatched Enroute Enrt Arrived Clear Cleared Scene Onscene Available Busy Assist Backup Cover
    Responding Transport Transporting Code Status Out Service Break Meal Goa Utl Unfounded Report
    Done""".split()
)


BADGE_AFTER = (
    rf"{WS}*,?{WS}*\(?(?:#{WS}*|(?i:badge){WS}*(?:#|(?i:no\.?)|(?i:number))?{WS}*#?{WS}*)"
    r"(?P<badge>\d{2,6})\b"
)


NAME_CAPS = r"[A-Z][A-Z'’-]+"


NAME_TITLE = r"(?:Mc|Mac|O'|O’)?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)*"


CELL_START = r"(?:^|(?<=[ \t]{2}|\t|\||\b[A-Z]{2,6}/))[ \t]*"


CELL_END = r"[ \t]*(?=$|[ \t]{2}|\t|\|)"


STATE_WORDS = frozenset(
    """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho
    Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota
    Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah
    Vermont Virginia Washington Wisconsin Wyoming""".split()
)


CALENDAR_WORDS = frozenset(
    """January February March April May June July August September October November December Jan Feb Mar
    Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()
)


ROLE_WORDS = (
    "witness victim complainant clerk cashier manager owner employee custodian neighbor neighbour caller"
    " driver passenger mother father brother sister son daughter wife husband friend girlfriend boyfriend"
    " cousin uncle"
    " aunt grandmother grandfather roommate tenant landlord coworker co-worker attendant juvenile subject"
    " suspect arrestee"
).split()


ROLE_NOUNS = "|".join([*ROLE_WORDS, rf"reporting{WS}+party"])


ROLE_NOUNS_CAPS = "|".join([*(w.upper() for w in ROLE_WORDS), rf"REPORTING{WS}+PARTY"])


#: Words that follow a role noun in narrative but are not names (ALL-CAPS narratives).
NOT_NAME_CAPS = frozenset(
    """SAW SAID TOLD RAN FLED LEFT WENT CAME GAVE TOOK HAD HAS WAS WERE IS ARE BE SEEN HEARD KNEW GOT MET
    SAYS ASKED CALLED STATED ADVISED REPORTED DESCRIBED IDENTIFIED ENTERED OBSERVED WHO WHICH THAT THE
    AND BUT WITH FROM INTO ONTO NEAR AT ON IN OF TO BY FOR AS NOT NO ALSO THEN WHEN WHILE HIS HER HIM SHE
    HE THEY THEM IT ITS NB SB EB WB ON FOOT UNKNOWN UNK
    VEH VEHICLE HWY RD ST AVE BLVD LN DR CT PKWY RTE MALE FEMALE ADV STS ENRT ONSCENE""".split()
)


def find_name(text: str, name: str) -> list[tuple[int, int]]:
    """Whole-word, case-sensitive (as written or ALL CAPS) occurrences of ``name``; spaces match any blank."""
    tokens = name.split()
    if not tokens:
        return []
    out: list[tuple[int, int]] = []
    for variant in {" ".join(tokens), " ".join(tokens).upper()}:
        pat = r"(?<![\w])" + r"\s+".join(re.escape(t) for t in variant.split()) + r"(?![\w])"
        out.extend(m.span() for m in re.finditer(pat, text, flags=REGEX_FLAGS))
    return sorted(set(out))


# --------------------------------------------------------------------------- words for propagation

TITLES = frozenset(
    """Mr Mrs Ms Miss Mx Dr Prof Rev Hon Sir Madam MR MRS MS MISS DR Doctor Professor Judge Justice Dame
    Lord Lady Madame Mme Mlle Messrs""".split()
)

SUFFIXES = frozenset("Jr Sr II III IV V JR SR".split())

RANKS = frozenset(
    """Officer Ofc Off Sgt Sergeant Lt Lieutenant Capt Captain Cpl Corporal Det Detective Deputy Dep
    Trooper Tpr Agent Inv Investigator Sheriff Chief Cmdr Commander Inspector Insp Marshal""".split()
)

#: Capitalised words that are also names; never propagated as a single token.
COMMON_WORDS = frozenset(
    """May June April August Will Mark Bill Grant Rich Hope Joy Faith Art Don Guy Chase Dawn Summer
    Jack Frank Rose Lily Iris Ivy Pat Sue Drew Dean Gene Ray Cliff Glen Dale Wade Lane Miles Rod
    White Black Brown Green Gray Grey Young King Long Little Short Small Strong Hill Wood Woods
    Stone Field Fields Rivers Lake Park Parks Street Price Bell Ball Hall Page Bush Carter Cook
    Baker Turner Parker Walker Hunter Mason Cash Love Rich Gay Moore More West North South East
    Day Knight Major Marshall Sergeant Judge Bishop Pope Church Banks Fox Wolf Bear Swan Crane
    The And But For Not You Her His She Him They Them Victim Suspect Witness Officer Police""".split()
)

#: Single-token forms that are everyday words first and names second: never
#: propagated alone, whatever the context.
EVERYDAY_WORDS = frozenset(
    """May June April August Will Mark Bill Grant Rich Hope Joy Faith Art Don Guy Chase Dawn Summer
    Jack Frank Pat Sue Drew Dean Long Little Short Small Strong More Day Love Cash Gay West North South
    East Street Park Lake Major Judge Field Fields Church
    The And But For Not You Her His She Him They Them Victim Suspect Witness Officer Police""".split()
)

#: The closed lists of offence modifiers and nouns of the police-public-release rule "title made
#: of offence words" ("Resisting Arrest", "Receiving Stolen Property"): words of no one's name.
OFFENCE_WORDS = frozenset(
    """Aggravated Simple Domestic Criminal Malicious Felony Misdemeanor Petty Grand Residential
    Commercial Vehicular Sexual Indecent Reckless Disorderly Resisting Receiving Stolen False Public
    Fraudulent Unlawful Attempted Armed Careless Negligent Illegal Retail Terroristic Felonious
    Assault Battery Mischief Trespass Burglary Robbery Theft Larceny Arrest Pretenses Pretences
    Property Conduct Intoxication Endangerment Harassment Menacing Stalking Forgery Fraud Arson
    Homicide Manslaughter Kidnapping Vandalism Driving Imprisonment Restraint Violence Entry
    Trespassing Shoplifting Embezzlement Extortion Intimidation Obstruction Loitering Prowling
    Damage Possession Rape Sodomy Murder Identity Organized Unauthorized Abuse Neglect Cruelty""".split()
)

#: Job titles of officials NER folds into a PERSON span ("Dispatcher Roland Barstow"): never name tokens.
ROLE_TITLES = frozenset(
    """Dispatcher Supervisor Magistrate Hon Honorable Probation Parole Technician Tech Advocate Coroner
    Examiner DFC Clerk Analyst Specialist Criminalist""".split()
)

DETERMINERS = frozenset("the a an this that these those our my his her their its of".split())

#: Capitalised words that may stand before a name without making a phrase of it.
LEAD_INS = frozenset(
    """On At In To By For From With And Or But As When While After Before Then Upon During Later Today
    Yesterday Also Only Both Once Because Since Until If Although Meanwhile Finally Instead Subject
    Suspect Victim Witness Complainant Juvenile Arrestee Owner Driver Passenger Caller Defendant
    Inmate Detainee Prisoner Patient
    I He She They We It There""".split()
)

DIRECTIONS = frozenset("N S E W NE NW SE SW NORTH SOUTH EAST WEST".split())

PLACE_WORDS = frozenset(
    """St Street Ave Avenue Rd Road Blvd Boulevard Dr Drive Ln Lane Ct Court Pl Place Way Ter Terrace Cir
    Circle Pkwy Parkway Hwy Highway Trl Trail Sq Square Loop Alley Pike Row Plaza Blk Block City County
    Town Township Hall Park School Church Center Centre Building Station Store Market Bank Company Co Inc
    Llc Department Dept Office Hospital University College Village Heights Hill Lake River Creek""".split()
)

#: Capitalised words propagation never takes for a name next to a known one.
STOP_WORDS = (
    COMMON_WORDS
    | TITLES
    | RANKS
    | frozenset(
        """On At In Of To By For From With And Or But As When While After Before Then Upon During Unit Badge
    Case Report Victim Suspect Witness Complainant Juvenile Arrestee Subject Name DOB Street Avenue Road
    Drive Lane Boulevard County City Township Police Department Sheriff Office School Hospital Park
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March July September
    October November December I He She They We It This That There Later Today Yesterday""".split()
    )
)

#: A cluster of initials ("P.K.", "H.Ç.", "J.-P."): never a given name.
INITIALS = re.compile(r"\p{Lu}\.(?:-?\p{Lu}\.)*")
#: Gendered courtesy titles: redacted with the private person's name they stand before.
#: The name may start the next line ("... given to Ms.\nName"): the title is still its title.
GENDER_TITLE = re.compile(r"(?<![\w.])(?:Mrs|Mr|Ms|Miss|MRS|MR|MS|MISS)\.?(?:[ \t]+|[ \t]*\n[ \t]*)$")
#: A title right before a name, on its line or at the end of the line above: a courtesy title
#: (group ``g``: reveals gender) or a doctor's ("SEEN BY DR.\nA. ROE"); never a street's "Dr."
#: after a house number on its line ("12 Elm Dr. Ada Roe").
TITLE_BEFORE_NAME = re.compile(r"(?<![\w.])(?:(?P<g>Mrs|Mr|Ms|Miss|MRS|MR|MS|MISS)"
                               r"|(?<!\d[ \t]+(?:\p{Lu}[\p{L}'’-]*[ \t]+){1,3})(?:Dr|DR))\.?"
                               r"(?:[ \t]+|[ \t]*\n[ \t]*)$")


# --------------------------------------------------------------------------- name lexicons

#: Surname particles written before a surname ("van der Hoost", "de la Peñavera", "bin Said",
#: "St. Aubrey"), in lower case as they are matched (case-blind).
PARTICLES = frozenset(
    """van von der den de del della des di da dos das du la le lo ten ter bin ibn bint al el st st.
    mac mc o' d'""".split()
)

#: Words that name an institution, a place or a thing, never a person: a candidate holding one
#: is no name ("Harbor Point Clinic", "Travel Plaza").
INSTITUTION_WORDS = frozenset(
    """School Schools Elementary Academy High Middle University College Campus Hospital Medical Clinic
    Health Center Centre Court Courthouse Church Chapel Temple Mosque Synagogue Ministries Library Museum
    Park Plaza Mall Market Supermarket Store Stores Shop Pharmacy Bank Credit Union Motel Hotel Inn Suites
    Lodge Casino Restaurant Cafe Diner Bar Tavern Pub Grill Saloon Station Stop Depot Terminal Airport
    Apartments Apts Manor Village Estates Cemetery Company Co Inc Llc Ltd Corp Corporation Group Services
    Department Dept Police Sheriff Office Bureau Division Unit County City Town Township State District
    Municipal Superior Circuit Federal National Regional Memorial Community Fire Rescue Ems Dispatch
    Communications Records Street Avenue Road Boulevard Drive Lane Highway Trail Way Creek River Lake
    Valley Mountain Ridge Hills Heights Farm Ranch Mart Express Auto Motors Towing Pawn Storage Travel
    Fuel Gas Oil Transit Agency Administration Program Services Shelter House Home Hall Association
    Foundation Society Club Team Project Report Form Statement Transcript Narrative Summary Record
    Incident Case Evidence Property Vehicle Warrant Affidavit Arrest Booking Supplemental
    St Ave Rd Blvd Ln Ct Pl Pkwy Hwy Trl Sq Cir Ter Loop Pike Row Alley Place Circle Terrace Parkway
    Square Route Rte""".split()
)


@functools.cache
def _given_names() -> frozenset[str]:
    text = files("redactkit").joinpath("data/given_names.txt").read_text(encoding="utf-8")
    return frozenset(text.split())


@functools.cache
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(surnames that are not English words, surnames that are also words); see data/README.md."""
    names: set[str] = set()
    words: set[str] = set()
    for line in files("redactkit").joinpath("data/surnames.txt").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, _, flag = line.partition(" ")
        (words if flag == "*" else names).add(name)
    return frozenset(names), frozenset(words)


def _folded(token: str) -> str:
    """Upper case without diacritics or apostrophes ("Lucía" -> "LUCIA", "O'Tierney" -> "OTIERNEY")."""
    decomposed = unicodedata.normalize("NFKD", token)
    return "".join(c for c in decomposed if c.isalpha() and not unicodedata.combining(c)).upper()


def is_given_name(token: str) -> bool:
    """A census given name that is not an everyday word ("Maria", "DESHAWN"; not "May", "Will")."""
    bare = _folded(token)
    cap = bare.capitalize()
    return bare in _given_names() and cap not in EVERYDAY_WORDS and cap not in COMMON_WORDS


def surname_kind(token: str) -> str | None:
    """``"name"`` for a census surname, ``"word"`` for one that is also an English word ("Park",
    "Hall"), None otherwise. Each part of a hyphenated surname counts ("Ostrova-Pennick")."""
    names, words = _surnames()
    kinds = []
    for part in re.split(r"[-‐]", token):
        bare = _folded(part)
        if len(bare) < 2:
            return None
        kinds.append("name" if bare in names else "word" if bare in words else None)
    if any(k == "name" for k in kinds):
        return "name"
    return "word" if any(k == "word" for k in kinds) else None
