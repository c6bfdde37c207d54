"""Recognizers for places and organisations: agencies, and public parties (with their addresses and
phones) kept visible. Private street addresses are in :mod:`.addresses`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex as re
from presidio_analyzer import EntityRecognizer, LocalRecognizer, RecognizerResult

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

from ..fallback import word_may_be_name
from ..lexicon import (
    INSTITUTION_WORDS,
    NAME,
    NOT_NAME_CAPS,
    NOT_NAMES,
    RANK,
    RANK_ONE,
    REGEX_FLAGS,
    ROLE_WORDS,
    STATE_WORDS,
    TITLES,
    WS,
    alternation,
    compiled,
    is_given_name,
    surname_kind,
)
from ._base import after_label_lines, make_explanation, make_result
from .addresses import AddressRecognizer
from .agencies import AgencyRecognizer

__all__ = [
    "AgencyRecognizer",
    "PublicPlaceRecognizer",
]


#: Role abbreviations of records and teletypes that stand before a name.
_ROLE_ABBR = frozenset("SUBJ SUSP VICT VIC WIT COMP RP R/P JUV ARR DEF".split())
#: Words naming a person by role or status: after "Alder County" they begin a person, not an office.
_PERSON_NOUNS = frozenset(ROLE_WORDS) - {"clerk", "custodian"} | frozenset(
    "inmate resident patient student prisoner detainee parent child".split())


#: Company forms of a firm, often named by its owner's surname (see PublicPlaceRecognizer).
_FIRM_SUFFIXES = ("Property Group", "Management Group", "Properties", "Realty", "Property Management",
                  "Holdings", "LLP",
                  # a language vendor an agency calls in, by its trade ("Kiln Coast Interpreting")
                  "Interpreting", "Interpreters", "Translation", "Translations")


class PublicPlaceRecognizer(LocalRecognizer):
    """Public parties that stay visible: institutions named as places, and the contact details
    (address, phone, fax, web or e-mail address) of an agency, court or institution.

    Found by role, not by name:

    * an **institution name**: capitalised words ending in an institution word ("... High
      School", "... Regional Hospital", "... Municipal Court", "... Church", "... Travel Plaza",
      "... Motel"), see :data:`INSTITUTION_SUFFIXES`;
    * a **letterhead or footer block**: the line of an agency name (as :class:`AgencyRecognizer`
      finds it) or of an institution name, and up to :data:`BLOCK_LINES` following lines while
      each is contact detail or a unit/rank line ("Records Unit", "Chief of Police ...");
      every address, phone number, web or agency e-mail address in that block;
    * **prose**: an address or phone number right after such a name ("... Hospital, 1200 Elm
      Road", "the Police Department at (555) 555-0100"), or after an officer's rank and name
      ("Det. Roe, desk (555) 555-0100");
    * a **party label**: "Dealer address:", "Employer phone:" and the like.

    Every other occurrence of a value found so on the page is kept too. Entity
    ``PUBLIC_PLACE`` (kept by the police release profile): a kept span that covers a
    candidate drops it, and propagation never enters it.

    Limit: a private person's address written directly under an agency letterhead line with
    nothing but contact lines between would be kept; letterheads are followed by a title,
    a date or a form label, which ends the block.
    """

    ENTITY = "PUBLIC_PLACE"
    name: str
    BLOCK_LINES = 7
    INSTITUTION_SUFFIXES = [
        "High School", "Middle School", "Elementary School", "Elementary", "School", "Academy",
        "University", "College", "Community College", "Hospital", "Medical Center", "Clinic",
        "Health Center", "Courthouse", "Court", "Church", "Chapel", "Temple", "Mosque", "Synagogue",
        "Library", "Museum", "Plaza", "Travel Plaza", "Mall", "Market", "Supermarket", "Pharmacy",
        "Bank", "Credit Union", "Motel", "Hotel", "Inn", "Casino", "Restaurant", "Cafe", "Café",
        "Diner", "Tavern", "Pub", "Grill", "Saloon", "Gas Station", "Fire Station", "Station",
        "Fuel Stop", "Truck Stop", "Depot", "Terminal", "Airport", "Apartments", "Cemetery", "Center",
        "Centre", "Store", "Shop", "Mart", "Pawn", "Storage", "Towing", "Shelter", "Stadium", "Arena",
        "Institute", "Jewelry", "Loan", "Pawn Shop", "Auto Sales", "Body Shop", "Laundromat", "Salon",
        # public service units and bodies: "Victim Services", "Investigations Division", "Appeals Board"
        "Services", "Division", "Program", "Board", "Commission", "Authority",
        # businesses named by their trade or company form: "Hartwell & Sons Funeral Home",
        # "Sentinel Ridge Alarm Co.", "Palmer Mutual", "Cedar Trail Outfitters"
        "Funeral Home", "Nursing Home", "Company", "Co.", "Inc.", "LLC", "Mutual", "Insurance",
        "Outfitters", "Hardware", "Lumber", "Marina", "Bakery",
        # more trades a business is named by ("Fern Nail Spa", "Quarry Bail Bonds", "Ridge Feed &
        # Seed", "Alder Senior Living") and a public facility ("Alder County Landfill")
        "Spa", "Bail Bonds", "Feed & Seed", "Senior Living", "Assisted Living", "Landfill",
        # a charity's or care home's, a school district's and a pharmacy's own names ("Alder Food
        # Pantry", "Elm Court Memory Care", "Alder Public Schools", "Kiln Drug Store"); never "Drug"
        # alone, which ends a charge ("Possession of a Controlled Drug, 12 Elm Street")
        "Food Pantry", "Food Bank", "Soup Kitchen", "Memory Care", "Schools", "School District",
        "Drugs", "Drug Store", "Drugstore",
        # a shelter's, a help line's and a co-operative's own names ("Alder Safe House", "Alder
        # Housing Help Line", "Alder Dairy Co-op")
        "Safe House", "Help Line", "Helpline", "Hotline", "Crisis Line", "Co-op", "Cooperative",
        # public law offices ("Alder County District Attorney's Office"); never "Office" alone,
        # which would take in "Jane Roe's Office"
        "Attorney's Office", "Attorney’s Office", "Prosecutor's Office", "Prosecutor’s Office",
        "Defender's Office", "Defender’s Office", "Clerk's Office", "Clerk’s Office",
        "Coroner's Office", "Coroner’s Office",
        # a firm named by its owner's surname and its company form ("Roe Property Group", "Roe
        # Realty"); not when a given name stands in it ("Ann Roe Realty" names the person too)
        *_FIRM_SUFFIXES,
    ]
    #: A form label naming a business or institution party: "Dealer address:", "Employer phone".
    _PARTY_LABEL = re.compile(
        rf"(?i:dealer|business|store|shop|company|employer|facility|hospital|school|clinic|agency|court)"
        rf"{WS}+(?i:address|phone|telephone|tel\.?|location|contact)[ \t]*[:#]?[ \t]*"
        # a form's label cell alone on its line, the value in the cell under it ("Store phone\n(555) ...")
        r"(?:\n[ \t]*)?",
    )
    _CAP = (
        r"(?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}]+)?|\p{Lu}{2,}(?:-\p{Lu}{2,})?|(?:\p{Lu}\.){2,}"
        r"|\p{Lu}[\p{Ll}]*['’]s|\p{Lu}+['’]S)"  # ("St. Ann's", "ST. ANN'S")
    )
    _INST = re.compile(
        # (not after a house number, nor a house number and a direction: "4012 SE Elm Court" is a
        # street, not a court of law)
        rf"(?<![\w'’.-])(?<!\d{WS}+)(?<!\d{WS}+(?:[NSEW]|NE|NW|SE|SW)\.?{WS}+)(?P<value>(?:{_CAP}(?:{WS}+|{WS}*&{WS}*(?:\n{WS}*)?|{WS}*\n{WS}*)){{1,5}}"
        rf"(?:{alternation(INSTITUTION_SUFFIXES)})"
        rf"(?:{WS}+(?:of|OF){WS}+(?:the{WS}+)?{_CAP}(?:{WS}+{_CAP})?)?)(?![\w'’-])"
        # "Civic Center Drive", "Mall Road": a street named after a place is an address
        rf"(?!{WS}+(?:{AddressRecognizer._SUFFIX})(?![\w]))",
        REGEX_FLAGS,
    )
    #: A business named with an ampersand right before its street address ("Brindle Barrel &
    #: Cask, 7 Mill Road"): an anchor like an institution's name. Not when a word is a given
    #: name or a courtesy title ("Ann & Ivo Roe, 12 Elm Street"); see :meth:`_firm`.
    _BUSINESS = re.compile(
        rf"(?<![\w'’.&#-])(?P<value>{_CAP}(?:{WS}+{_CAP}){{0,3}}{WS}*(?:\n{WS}*)?&{WS}*(?:\n{WS}*)?{_CAP}"
        rf"(?:{WS}+{_CAP}){{0,2}})(?=,{WS}+\d)",
        REGEX_FLAGS,
    )
    @staticmethod
    def _firm(value: str) -> bool:
        """An ampersand name of a firm, not of people: no given name or courtesy title; and
        unless '& Sons', '& Co' and the like, no census surname, and not shaped like a couple
        ("Odo & Zia Roe", "Odo Roe & Zia Roe")."""
        before, _, after = value.partition("&")
        left, right = before.split(), after.split()
        if any(is_given_name(t) or t.strip(".").capitalize() in TITLES for t in left + right):
            return False
        if right[0].strip(".,").capitalize() in {"Sons", "Daughters", "Brothers", "Bros", "Co", "Company"}:
            return True
        if any(surname_kind(t) == "name" for t in left + right):
            return False
        return not (len(right) == 2 and len(left) in (1, 2))

    #: A county's office or facility named after the county ("Alder County Treasurer", "ALDER
    #: COUNTY RECYCLING YARD"): the capitalised words after "County" on its line, up to the first
    #: given name, census surname or rank ("Alder County Deputy Ann Roe" keeps "Alder County").
    _COUNTY_BODY = re.compile(
        rf"(?<![\w'’.-])(?<!\d{WS}+)(?P<value>(?:{_CAP}[ \t]+){{1,3}}(?:County|COUNTY)"
        rf"(?P<tail>(?:[ \t]{_CAP}){{1,4}}))(?![\w'’-])",
        REGEX_FLAGS,
    )

    #: (a line may wrap after the bracketed area code: "..., Sheriff's Office, (555)\n555-0100")
    _PHONE = (r"(?:\+?1[ .-]?)?(?:\(\d{3}\)[ \t]*\n[ \t]*|\(?\d{3}\)?[ .-]?)\d{3}[ .-]\d{4}\b"
              r"(?:,?[ \t]*(?i:ext\.?|x)[ \t]*\d{1,5}\b)?")
    _OFFICE_PHONE = re.compile(
        rf"(?<![\w-])(?P<value>(?:\+?1[ .-]?)?\(?8(?:00|33|44|55|66|77|88)\)?[ .-]?\d{{3}}[ .-]\d{{4}})\b"
        rf"|(?<![\w-])(?P<value>{_PHONE}){WS}*\({WS}*(?i:non-?emergency|main{WS}+line|front{WS}+desk|property"
        rf"{WS}+room|records|dispatch|switchboard|office|desk){WS}*\)"
        # a footer or prose label naming an office function before the number: "Dispatch (555)
        # 555-0100", "Visitation line ...", "Lab intake: ...", "business line ..."
        rf"|(?<![\w-])(?i:non-?emergency|dispatch|switchboard|front{WS}+desk|records|hotline"
        rf"|(?:lab|evidence|property|records|services){WS}+intake[ \t]*[—–-]?"
        rf"|(?:main|business|office|visitation|registry"
        rf"|records|tip|information|reception|dispatch){WS}+line)[ \t]*[:#]?[ \t]*(?P<value>{_PHONE})"
        # a police unit named before its number, in prose or a signature ("call the records unit
        # at (555) ...", "Records & Identification Unit, (555) ..."); a tenant's "unit" is none
        rf"|(?<![\w-])(?i:records|warrants|evidence|property|identification|investigations?|detectives?"
        rf"|traffic|patrol|juvenile){WS}+(?i:unit|section|division|bureau)(?:{WS}+(?i:at)|,)?"
        rf"{WS}*\n?{WS}*(?P<value>{_PHONE})",
        REGEX_FLAGS,
    )
    _CORP = re.compile(rf"(?<![\w'’.-])(?P<value>{_CAP}(?:{WS}+(?:{_CAP}|of|the|and|&)){{0,5}},{WS}+"
                       rf"(?:Inc\.|LLC))(?:{WS}*\n{WS}*(?i:(?:tele)?phone){WS}*:?\s*(?P<phone>{_PHONE}))?")
    _INITIALS = r"\p{Lu}{1,5}(?:PD|SO|SD|DPS|DC|SP|HP)"
    #: A footer or letterhead line opened by an agency's initials and a separator:
    #: "BVPD · 210 Harbor Plaza, ...", "WCSO | (555) 555-0100", or by the agency's form
    #: number before one: "WCSO Form DV-3 · 12 Elm Road ...".
    _AGENCY_INITIALS = re.compile(
        rf"(?m)^[ \t]*(?P<value>{_INITIALS})(?=[ \t]*(?:·|•|\||—)[ \t]*\S"
        r"|[ \t]+(?i:form)[ \t]+[\w-]+[ \t]*(?:·|•|\||—)[ \t]*\S)",
        REGEX_FLAGS,
    )
    #: A letterhead's logo line, the agency's initials alone ("WCSO"): no end of its block.
    _LOGO_LINE = re.compile(rf"[ \t]*{_INITIALS}[ \t]*", REGEX_FLAGS)
    _WEB = r"(?:https?://|www\.)[^\s<>()]+|\b[\w-]+(?:\.[\w-]+)*\.(?:gov|org|us)(?:/[^\s<>()]*)?"
    _MAIL = r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    _CITY_LINE = (
        rf"(?:\p{{Lu}}[\p{{L}}]+{WS}+){{0,3}}\p{{Lu}}[\p{{L}}]+,?{WS}+{AddressRecognizer._STATE}{WS}+"
        rf"{AddressRecognizer._ZIP}\b"
    )
    #: A line naming a private party ("Complainant: ...", "Owner name") ends a letterhead block.
    #: A role word naming a public unit ("Victim Services", "Witness Assistance Program") is none.
    _PARTY_LINE = re.compile(
        rf"(?i:\b(?:{'|'.join(ROLE_WORDS)}|name|reporting{WS}+party|rp)\b"
        rf"(?!{WS}+(?:services?|unit|assistance|advocacy|program|division|coordinator)\b))"
    )
    #: A line of a letterhead/footer that is no contact detail but does not end the block.
    _UNIT_LINE = re.compile(
        rf"(?i:records|unit|division|bureau|section|office|department|chief|sheriff|administration|"
        rf"headquarters|main{WS}+line|non-emergency|est\.{WS}*\d{{4}}|established{WS}+\d{{4}})"
    )

    def __init__(self, supported_language: str = "en", name: str | None = None) -> None:
        super().__init__(supported_entities=[self.ENTITY], supported_language=supported_language,
                         name=name or type(self).__name__)
        self._agency = re.compile(AgencyRecognizer.PATTERNS[0].regex, REGEX_FLAGS)
        # address patterns by name, not position: a pattern added to AddressRecognizer must not
        # shift which ones a letterhead's contact lines use
        addr = {p.name: p.regex for p in AddressRecognizer.PATTERNS}
        self._address = re.compile(addr["street address, city, state"], REGEX_FLAGS)
        self._officer = re.compile(rf"(?<![\w.])(?:{RANK}){WS}+{NAME}", REGEX_FLAGS)
        self._contact = re.compile(
            rf"(?P<value>{addr['street address, city, state']}|{addr['rural route address']}"
            rf"|{addr['street address, city']}|{addr['street address']}"
            # an agency's post-office box, with its phone on the line (a box alone on a line under
            # a form's footer may be a private person's)
            rf"|{addr['po box']}(?=[^\n]*{self._PHONE})"
            rf"|{self._CITY_LINE}|{self._PHONE}|{self._WEB}|{self._MAIL})",
            REGEX_FLAGS,
        )

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Institution names, and the contact details of public parties (see the class docstring)."""
        out: list[RecognizerResult] = []
        anchors: list[tuple[int, int, str]] = []
        for m in self._INST.finditer(text):
            s = m.start("value")
            # "The Harbor Clinic", "SUBJ ROE ENTERED THE CORNER MARKET": a sentence word, verb or
            # role word is no part of the name; the name starts after the last one
            for w in re.finditer(r"\S+", m.group("value")):
                bare = w.group(0).strip(".,")
                if bare.capitalize() in INSTITUTION_WORDS:
                    continue  # "County", "City", "Municipal" belong to the name
                rest = m.group("value")[w.end():].strip()
                if bare.lower() in ROLE_WORDS and rest in self.INSTITUTION_SUFFIXES:
                    continue  # "Victim Services", "Juvenile Court": the role word names the office
                if (bare.capitalize() in NOT_NAMES or bare.upper() in NOT_NAME_CAPS
                        or bare.upper() in _ROLE_ABBR or bare.lower() in ROLE_WORDS
                        or (bare.isupper() and len(bare) > 4 and bare.endswith(("ED", "ING")))):
                    s = m.start("value") + w.end()
            s = after_label_lines(text, s, m.end("value"))
            while s < m.end("value") and text[s].isspace():
                s += 1
            value = text[s : m.end("value")]
            if len(value.split()) < 2 or value.split()[0] in self.INSTITUTION_SUFFIXES:
                continue  # the institution word alone ("THE MARKET") names no place
            if value.endswith(_FIRM_SUFFIXES) and any(is_given_name(w) for w in value.split()[:-1]):
                continue  # "Ann Roe Realty": a person's whole name, redacted as one
            num = re.search(r"(?<![\w/.-])\d{1,6}[A-Z]?[ \t]+(?:\p{Lu}[\p{L}'’-]*[ \t]+){0,3}$",
                            text[max(0, s - 60):s])
            home = num and self._address.match(text, max(0, s - 60) + num.start())
            if home and home.end() >= m.end("value"):
                continue  # "12 Egret Bay Court, Dover, DE 19901": a street named like an institution
            out.append(self._result(s, m.end("value"), f"institution named as a place ('{value}')"))
            if not value.endswith(_FIRM_SUFFIXES) and text[m.end("value") : m.end("value") + 1] != ":":
                # (a small firm's phone may be its owner's own; "INTAKE CENTER: 12 Elm St" is a label)
                anchors.append((s, m.end("value"), "institution"))
        for m in self._COUNTY_BODY.finditer(text):
            start, end = m.start("value"), m.start("tail")
            for w in re.finditer(r"\S+", text[start : m.start("tail") - len("County")]):
                bare = w.group(0)  # "TRANSPORTED TO ALDER COUNTY": the name starts after the sentence words
                if bare.capitalize() in NOT_NAMES or bare.upper() in NOT_NAME_CAPS \
                        or (bare.isupper() and len(bare) > 4 and bare.endswith(("ED", "ING"))):
                    start = m.start("value") + w.end() + 1
            for w in re.finditer(r"\S+", m.group("tail")):
                bare = w.group(0).strip(".")
                if is_given_name(bare) or surname_kind(bare) == "name" or bare.lower() in _PERSON_NOUNS \
                        or bare.capitalize() in NOT_NAMES or bare.upper() in NOT_NAME_CAPS \
                        or bare.upper() in _ROLE_ABBR or bare.capitalize() in TITLES \
                        or compiled(RANK_ONE, REGEX_FLAGS).fullmatch(w.group(0)):
                    break
                end = m.start("tail") + w.end()
            if end > m.start("tail") and start < m.start("tail") - 7 \
                    and not re.match(r"[ \t]*\d", text[end : end + 3]):
                out.append(self._result(start, end, "a county's office or facility"))
        anchors += [(m.start("value"), m.end("value"), "agency") for m in self._agency.finditer(text)]
        anchors += [(m.start("value"), m.end("value"), "business") for m in self._BUSINESS.finditer(text)
                    if self._firm(m.group("value"))]
        anchors += [(m.start("value"), m.end("value"), "agency")
                    for m in self._AGENCY_INITIALS.finditer(text)]
        values: dict[str, str] = {}
        starts: dict[str, set[int]] = {}
        for m in self._CORP.finditer(text):  # "Alder Kitchen Direct, Inc." and a bare "Phone:" cell under it
            words = [w.strip(",") for w in m.group("value").split()[:-1]]  # a trade word, "of"; no given name
            if not any(map(is_given_name, words)) and not all(map(word_may_be_name, words)):
                out.append(self._result(m.start("value"), m.end("value"), "a corporation's name"))
                values.update({m.group("phone"): "a corporation's phone"} if m.group("phone") else {})
        anchors += [(m.start("name"), m.end("name"), "officer") for m in self._officer.finditer(text)]
        for a_start, a_end, kind in anchors:
            name = " ".join(text[a_start:a_end].split())
            line_start = text.rfind("\n", 0, a_start) + 1
            line_end = text.find("\n", a_end)
            line_end = len(text) if line_end < 0 else line_end
            short = self._heading(text[line_start:a_start] + text[a_end:line_end])
            # prose: a contact detail right after the name
            # (an officer's badge number may stand between: "Ofc. Ann Roe\n412, (555) 555-0100")
            m = compiled(
                r"(?:[ \t]*(?:,|—|-|·|•|\||(?:located|is)?[ \t]*at\b|desk|office|phone|line|direct"
                + (r"|\n?[ \t]*#?[A-Z]{0,2}-?\d{1,5}(?=[ \t]*,| \(?\d{3}[) .-])" if kind == "officer" else "")
                # or the office's initials in the next cell of its row ("Inv. Ann Roe\nOCME\n(555) ...")
                + (r"|\n[ \t]*[A-Z]{2,6}(?=[ \t]*\n)" if kind == "officer" else "")
                + r")[ \t]*\n?)*[ \t]*"
            ).match(text[a_end : a_end + 40])
            pos = a_end + (m.end() if m else 0)
            cm = self._contact.match(text, pos)
            if cm and any(w in _ROLE_ABBR or is_given_name(w) or surname_kind(w) is not None
                          for w in re.findall(r"\n[ \t]*([A-Z]{2,6})(?=[ \t]*\n)", text[a_end:pos])):
                cm = None  # "...\nRP\n(555) ...", "...\nROE\n(555) ...": a party's cell, not an office's
            # on a short line too when the detail follows a separator or bracket on the name's own
            # line ("ALDER CLINIC (555)\n555-0100", "Alder Schools · 12 Elm Road"); a value after
            # blanks may be a form cell, and one on the next line a form's value under a label
            sep = text[a_end:pos]
            if cm and (not short or kind == "officer" or "\n" not in sep
                       and (re.search(r"[,·•|—]", sep) is not None or text.startswith("(", pos))):
                values.setdefault(cm.group("value"), f"right after the {kind} name '{name}'")
                # the rest of a body's street address and its phone after it ("... Clinic, 12 Elm
                # Road, Town, ST 00000, (555) ..."); not an officer's (the next may be a party's)
                street = kind != "officer" and re.match(r"\d", cm.group("value")) is not None
                while street and (cm := self._contact.match(
                        text, compiled(r"[ \t]*,?[ \t]*\n?[ \t]*").match(text, cm.end()).end())):
                    values.setdefault(cm.group("value"), f"after the street address of the {kind} '{name}'")
            if not short or kind == "officer":
                continue
            if kind == "institution" and name.isupper() and len(name.split()) <= 2 \
                    and text[line_start:line_end].strip() == text[a_start:a_end].strip():
                continue  # "TOWING COMPANY" alone on its line: a form's field label, not a letterhead;
                # the lines under it are the form's values (a private premises address)
            # a page-top letterhead may give the contact lines above the name ("12 Kiln Street\n
            # Alder Ford, ME 04999\nAFPD\nAlder Ford Police Department"): kept only when nothing
            # but such lines stands between the top of the page and the name
            if kind == "agency":
                self._lines_above(text, line_start, name, values, starts)
            # letterhead/footer: the name's (last) line and the contact lines under it; a name
            # matched over a line break ("...Office\nAlder County Communications Center") ends
            # on the line the block hangs from
            ls, n, skipped = text.rfind("\n", 0, a_end) + 1, 0, False
            while n <= self.BLOCK_LINES and ls < len(text):
                le = text.find("\n", ls)
                le = len(text) if le < 0 else le
                line = text[ls:le]
                found = [c for c in self._contact.finditer(line)]
                rest = line
                for c in reversed(found):
                    rest = rest[: c.start()] + " " + rest[c.end() :]
                words = [w for w in re.findall(r"\p{L}{2,}", rest)
                         if w.lower() not in {"tel", "phone", "fax", "ph", "email", "mail", "web", "ext"}
                         and w not in STATE_WORDS]
                if n > 0 and self._LOGO_LINE.fullmatch(line) or (
                        n > 0 and not found and not skipped and self._cell_label(line, kind)):
                    skipped = skipped or not self._LOGO_LINE.fullmatch(line)
                    ls, n = le + 1, n + 1
                    continue
                if n > 0 and found and self._private_line(rest):
                    break  # "Visitor log · Home address · 12 Elm Road": a party's own detail
                segmented = n > 0 and found and self._segment_line(line)
                # only where running text would end the block: a heading line keeps all its details
                lead = 0 if segmented or not found or n == 0 or self._heading(line) \
                    else self._leading_contacts(line)
                if lead:  # "12 Kiln Row, Town, ST 00000 · (555) ... · Walk-ins are welcome to call."
                    found, segmented = [c for c in found if c.end() <= lead], True
                if n > 0 and not segmented and (
                        not (self._heading(line) or not found and self._unit_title(line))
                        or not found and not self._UNIT_LINE.search(line)
                        or self._PARTY_LINE.search(line)):
                    break  # running text, a line without contact detail, or a private party's line
                if n > 0 and not segmented and found and len(words) > 4 and not self._UNIT_LINE.search(line):
                    break
                for c in found:
                    if n == 0 and self._PARTY_LINE.search(text[a_end:ls + c.start()]):
                        continue  # "Victim Services ... Victim Ann Roe, cell ...": the party's own
                    where = f"in the letterhead/footer block of the {kind} '{name}'"
                    values.setdefault(c.group("value"), where)
                    starts.setdefault(c.group("value"), set()).add(ls + c.start("value"))
                ls, n = le + 1, n + 1
        self._agency_site_lines(text, values, starts)
        # a toll-free number is no one's home phone; a number tagged as an office line is an office's
        for m in self._OFFICE_PHONE.finditer(text):
            values.setdefault(m.group("value"), "a toll-free or office line")
        for m in self._PARTY_LABEL.finditer(text):
            cm = self._contact.match(text, m.end())
            if cm:
                label = " ".join(m.group(0).split()).rstrip(":# ")
                values.setdefault(cm.group("value"), f"after the label '{label}' (a business or institution)")
        for value, why in values.items():
            if compiled(self._CITY_LINE).fullmatch(value):
                # a town line is no contact detail of its own: kept where found, not elsewhere
                pat = r"(?!)"
                for vs in (m.start() for m in re.finditer(re.escape(value), text)):
                    if vs in starts.get(value, ()):
                        why_kept = f"contact detail of a public party, {why}"
                        out.append(self._result(vs, vs + len(value), why_kept))
                continue
            pat = r"(?<![\w])" + r"\s+".join(re.escape(t) for t in value.split()) + r"(?![\w])"
            for m in re.finditer(pat, text):
                out.append(self._result(m.start(), m.end(), f"contact detail of a public party, {why}"))
                # the town line right after a kept street ("12 Kiln Street, Alder Ford, ME 04999")
                # is that public address's own
                town = re.match(rf"[ \t]*,?[ \t]*\n?[ \t]*(?P<town>{self._CITY_LINE})",
                                text[m.end() : m.end() + 80])
                if town and re.match(r"\d", value):
                    ts, te = m.end() + town.start("town"), m.end() + town.end("town")
                    out.append(self._result(ts, te, f"town line of a public party's street address, {why}"))
        return EntityRecognizer.remove_duplicates(out)

    def _lines_above(self, text: str, line_start: int, name: str, values: dict[str, str],
                     starts: dict[str, set[int]]) -> None:
        """Contact lines between the top of the page and an agency name's line (see analyze)."""
        top = max(text.rfind("\f", 0, line_start) + 1, 0)
        lines = text[top:line_start].split("\n")
        if not 0 < len([ln for ln in lines if ln.strip()]) <= self.BLOCK_LINES:
            return
        pos, found_all = top, []
        for line in lines:
            # the logo's initials, and its founding year ("1891", "est. 1891"), are no contact lines
            # but do not break the letterhead either
            if line.strip() and not re.fullmatch(
                    r"[ \t]*(?:\p{Lu}{2,6}|(?:(?i:est\.?|established)[ \t]*)?(?:18|19|20)\d\d)[ \t]*", line):
                found = list(self._contact.finditer(line))
                rest = line
                for c in reversed(found):
                    rest = rest[: c.start()] + rest[c.end() :]
                # (a unit's name may stand before its number: "Harbor Unit (555) 555-0100")
                if not found or re.search(r"\p{L}{2,}", rest) and not (
                        self._UNIT_LINE.search(rest) and len(rest.split()) <= 4) \
                        or self._PARTY_LINE.search(line):
                    return  # a line that is no contact detail: no letterhead above the name
                found_all += [(pos + c.start("value"), c.group("value")) for c in found]
            pos += len(line) + 1
        for at, value in found_all:
            values.setdefault(value, f"in the letterhead above the agency '{name}'")
            starts.setdefault(value, set()).add(at)

    #: An agency's own web address: a host with a label ending in police initials or words
    #: ("alderpd.example.org", "sheriff.example.gov"), or a "/police" path. Mail addresses do
    #: not count: a private person's mail domain could end so.
    _AGENCY_SITE = re.compile(
        r"(?i:(?:^|[.@/])[\w-]*(?:pd|police|sheriff|dps)\.[\w.-]+|\.gov\b|/(?:police|sheriff)\b)"
    )

    def _agency_site_lines(self, text: str, values: dict[str, str], starts: dict[str, set[int]]) -> None:
        """A footer line of nothing but contact details, one of them the agency's own web
        address ("12 Elm Road, Town, ST 00000 · (555) 555-0100 · www.townpd.example.org"): the
        agency's name is on no line of the block, its site names it."""
        done: set[int] = set()
        for w in re.finditer(self._WEB, text):
            site = re.sub(r"^(?i:https?://)?(?i:www\.)?", "", w.group(0))
            ls = text.rfind("\n", 0, w.start()) + 1
            if "@" in text[ls:w.end()].split()[-1] or not self._AGENCY_SITE.search(site) or ls in done:
                continue  # a mail domain, or no agency's site
            done.add(ls)
            le = text.find("\n", w.end())
            line = text[ls : len(text) if le < 0 else le]
            found = list(self._contact.finditer(line))
            rest = line
            for c in reversed(found):
                rest = rest[: c.start()] + " " + rest[c.end() :]
            words = [x for x in re.findall(r"\p{L}{2,}", rest) if x.lower() not in
                     {"tel", "phone", "fax", "ph", "email", "mail", "web", "ext", "admin", "main"}]
            if len(found) >= 2 and not words:
                for c in found:
                    values.setdefault(c.group("value"), "on a footer line of the agency's own web address")
                    starts.setdefault(c.group("value"), set()).add(ls + c.start("value"))

    #: The document noun of a form's title line.
    _FORM_TITLE = re.compile(r"\b(?:REPORT|SHEET|LOG|FORM|NOTICE|RECORD|SUMMARY|REQUEST|RECEIPT|CHECKLIST"
                             r"|PLAN|MEMO(?:RANDUM)?|REFERRAL|INVENTORY|WORKSHEET)S?\b")
    #: Words of a label for a private person's own details: such a line ends a block.
    _PRIVATE_LABEL = re.compile(
        r"(?i:\b(?:home|residen\w*|address|mailing|cell|mobile|phone|tel|contact|personal|private|dob"
        r"|birth|born|e-?mail|age|ssn|licen[cs]e)\b)"
    )

    def _cell_label(self, line: str, kind: str) -> bool:
        """One line between a name and its contact lines that does not end the block: a table's
        label cell of one to three words, one of them lower case ("Yard location" under a business's
        name), a one-word service cell of an institution's row ("Towing", not "Patient"), or under
        an agency's name a form title in capitals ("NOISE ORDINANCE WORKSHEET").
        Never a party's or a private detail's label, a number, a given name or census surname,
        nor a cell of capitalised words only (a bare name: "Roe" or "Ann Roe")."""
        words = line.split()
        if not words or self._PARTY_LINE.search(line) or self._PRIVATE_LABEL.search(line):
            return False
        if any(is_given_name(w) or surname_kind(w.strip(".,:;—-")) == "name" for w in words):
            return False
        if kind == "agency" and self._title_line(line):
            return True
        if re.search(r"\d", line):
            return False
        if len(words) <= 3 and any(re.fullmatch(r"\p{Ll}+", w) for w in words[1:]):
            return True
        if kind == "institution" and len(words) == 1 \
                and re.fullmatch(r"\p{Lu}\p{Ll}{2,}(?:al|ing|ion|ment|ance|ence|ery|age|ure)", words[0]):
            # a table row's service cell after a business's name ("... Funeral Home\nRemoval"): a
            # noun of a service by its ending, never a bare name ("Roecastle") or a person noun
            return True
        return kind == "agency" and len(words) <= 8 and not re.search(r"\p{Ll}", line) \
            and bool(self._FORM_TITLE.search(line))

    _SEGMENT = re.compile(r"[ \t]*[·•|][ \t]*")
    _HOME_LABEL = re.compile(r"(?i:\b(?:home|residen\w*|personal|private|dob|birth|born|ssn|licen[cs]e)\b)")

    def _private_line(self, rest: str) -> bool:
        """The words of a block line beside its contact details label a private person's own
        detail ("Home address") or name a person (a given name with no rank or title before it)."""
        if self._HOME_LABEL.search(rest):
            return True
        if compiled(rf"(?<![\w.]){RANK_ONE}", REGEX_FLAGS).search(rest):
            return False  # "Chief of Police Ann Roe · (555) ...": the agency's own officer
        return any(is_given_name(w.strip(".,:;")) and w[:1].isupper() for w in rest.split())

    def _segment_line(self, line: str) -> bool:
        """A letterhead line of parts split by '·', '•' or '|' ("Visitation log · Housing units B
        and C · 12 Elm Road, Town, ST 00000"): each part a contact detail or a short title or unit
        phrase, one of those a document noun or a unit word; no party, private detail or name."""
        parts = [p.strip() for p in self._SEGMENT.split(line) if p.strip()]
        others = [p for p in parts if not self._contact.fullmatch(p)]
        if len(parts) < 2 or not others or len(others) == len(parts):
            return False
        if any(self._PARTY_LINE.search(p) or self._PRIVATE_LABEL.search(p) or len(p.split()) > 5
               or any(is_given_name(w) or surname_kind(w.strip(".,")) == "name" for w in p.split())
               for p in others):
            return False
        return any(self._FORM_TITLE.search(p.upper()) or self._UNIT_LINE.search(p) for p in others)

    def _leading_contacts(self, line: str) -> int:
        """End of the contact details that open a letterhead line, each closed by '·', '•' or
        '|', when a sentence or note follows them ("12 Kiln Row, Town · (555) ... · Open 24
        hours"); 0 when the rest names a party, a private detail or a person."""
        pos = end = 0
        while c := self._contact.match(line, pos):
            end = c.end()
            if not (sep := self._SEGMENT.match(line, end)):
                break
            pos = sep.end()
        rest = line[end:]
        # (a note's "by phone" or "address" is no label: only a home, cell or party word ends it)
        if not end or not re.search(r"\p{L}", rest) or self._PARTY_LINE.search(rest) \
                or self._HOME_LABEL.search(rest) or re.search(r"(?i:\b(?:cell|mobile)\b)", rest):
            return 0
        names = any(is_given_name(w.strip(".,:;")) or surname_kind(w.strip(".,:;")) == "name"
                    for w in rest.split() if w[:1].isupper())
        return 0 if names else end

    def _unit_title(self, line: str) -> bool:
        """A unit's name in title case under an agency's name, longer than a heading allows
        ("Office of the Chief of Police"): title words only, no number, no person's name."""
        words = line.split()
        return 0 < len(words) <= 8 and not re.search(r"\d", line) \
            and all(self._TITLE_WORDS.fullmatch(w) for w in words) \
            and bool(self._UNIT_LINE.search(line)) \
            and not any(is_given_name(w) or surname_kind(w) == "name" for w in words)

    #: A title-case form title under an agency's name ("Prehospital Care Report (PCR) — Medic 3"):
    #: capitalised words, a bracketed abbreviation, a dash, a unit's one- or two-digit number.
    _TITLE_WORDS = re.compile(r"(?:\p{Lu}[\p{L}'’/-]*|\(\p{Lu}{2,6}\)|of|and|the|for|[—–·|-]|\d{1,2})")

    def _title_line(self, line: str) -> bool:
        """An agency's form title in title case: at most ten words, every one of
        :data:`_TITLE_WORDS`, one of them a document noun ("Report", "Log", "Record")."""
        words = line.split()
        return len(words) <= 10 and all(self._TITLE_WORDS.fullmatch(w) for w in words) \
            and self._FORM_TITLE.search(line.upper()) is not None

    @staticmethod
    def _heading(line: str) -> bool:
        """A letterhead/footer line: at most two lower-case words (no running sentence)."""
        return len(re.findall(r"(?<![\w@./-])\p{Ll}[\p{Ll}'’]+\b(?![@./])", line)) <= 2

    def _result(self, start: int, end: int, why: str) -> RecognizerResult:
        ex = make_explanation(self.name, 0.8, f"public party kept: {why}", "public party")
        return make_result(self, self.ENTITY, start, end, 0.8, ex)
