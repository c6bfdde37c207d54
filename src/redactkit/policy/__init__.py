"""Policy: rule files (YAML) → a validated :class:`Policy`.

:mod:`.types` (the loaded policy), :mod:`.schema` (the rule-file schema, pydantic),
:mod:`.loader` (reading, ``extends``, allow-list files, exemption tables, errors with line numbers).
"""

from __future__ import annotations

from .loader import DEFAULT_PROFILE, RULES_DIR, describe, list_profiles, load_policy, profile_descriptions
from .schema import RecognizerSpec
from .types import AllowEntry, DenyEntry, Exemption, FieldLabel, Policy, PolicyRecognizer

__all__ = [
    "AllowEntry",
    "DEFAULT_PROFILE",
    "DenyEntry",
    "Exemption",
    "FieldLabel",
    "Policy",
    "PolicyRecognizer",
    "RULES_DIR",
    "RecognizerSpec",
    "describe",
    "list_profiles",
    "load_policy",
    "profile_descriptions",
]
