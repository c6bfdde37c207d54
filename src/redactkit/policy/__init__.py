"""Policy: rule files (YAML) → a validated :class:`Policy`."""

from __future__ import annotations

from .loader import (
    DEFAULT_PROFILE,
    RULES_DIR,
    AllowEntry,
    DenyEntry,
    Exemption,
    FieldLabel,
    Policy,
    describe,
    list_profiles,
    load_policy,
    profile_descriptions,
)

__all__ = [
    "AllowEntry",
    "DEFAULT_PROFILE",
    "DenyEntry",
    "Exemption",
    "FieldLabel",
    "Policy",
    "RULES_DIR",
    "describe",
    "list_profiles",
    "load_policy",
    "profile_descriptions",
]
