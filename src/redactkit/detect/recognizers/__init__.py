"""The police recognizers for Presidio, declarative like Presidio's own; one module per family.

Each pattern recognizer is a :class:`presidio_analyzer.PatternRecognizer` subclass with
``PATTERNS`` (name, regex, score), ``CONTEXT`` words and ``validate_result`` /
``invalidate_result`` hooks (see :mod:`._base`). Families: :mod:`.places` (addresses,
agencies), :mod:`.addresses` (addresses in prose, read by ``usaddress``),
:mod:`.vehicles` (plates, VINs, driver's licences), :mod:`.identifiers` (DOB, age,
case, badge, ID and phone numbers, e-mail), :mod:`.persons` ("Last, First", role nouns,
officers), :mod:`.person_signals` (one score from NER, cues, lexicons and name structure),
:mod:`.fields` (values next to labels), :mod:`.rulefile` (what rule files declare).
Which of them a policy gets is :mod:`redactkit.detect.registry`'s business.

Importing this package loads Presidio.
"""

from __future__ import annotations

from ._base import ValuePatternRecognizer
from .addresses import AddressRecognizer, ParsedAddressRecognizer
from .fields import FieldLabelRecognizer
from .identifiers import (
    AgeRecognizer,
    BadgeNumberRecognizer,
    CaseNumberRecognizer,
    DateOfBirthRecognizer,
    IdNumberRecognizer,
    SafeEmailRecognizer,
    SsnRecognizer,
    UsPhoneRecognizer,
)
from .person_signals import PersonSignalRecognizer
from .persons import LastFirstNameRecognizer, OfficerRecognizer, RoleNameRecognizer
from .places import AgencyRecognizer, PublicPlaceRecognizer
from .rulefile import DenyListRecognizer, RuleFilePatternRecognizer
from .vehicles import DriverLicenseRecognizer, LicensePlateRecognizer, VinRecognizer, vin_check_digit_ok

__all__ = [
    "AddressRecognizer",
    "AgeRecognizer",
    "AgencyRecognizer",
    "BadgeNumberRecognizer",
    "CaseNumberRecognizer",
    "DateOfBirthRecognizer",
    "DenyListRecognizer",
    "DriverLicenseRecognizer",
    "FieldLabelRecognizer",
    "IdNumberRecognizer",
    "LastFirstNameRecognizer",
    "LicensePlateRecognizer",
    "OfficerRecognizer",
    "ParsedAddressRecognizer",
    "PersonSignalRecognizer",
    "PublicPlaceRecognizer",
    "RoleNameRecognizer",
    "RuleFilePatternRecognizer",
    "SafeEmailRecognizer",
    "SsnRecognizer",
    "UsPhoneRecognizer",
    "ValuePatternRecognizer",
    "VinRecognizer",
    "vin_check_digit_ok",
]
