"""The (word, tag) lemma table gives spaCy's own lemmas, tokens and entities (detect/lemmas.py)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pymupdf
import pytest
import spacy

from redactkit.detect import DEFAULT_MODEL
from redactkit.detect.engine import caps_lines_cased
from redactkit.detect.lemmas import FACTORY, install
from redactkit.detect.nlp import UNUSED_PIPES

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_born_digital import page_text  # noqa: E402

#: Invented sentences for the ruler's patterns of more than one token, its one-token exceptions
#: ("gets"/"got" as verbs, "I"), spaces, and words whose lemma depends on the tag.
INVENTED = [
    "They're gonna go. Let's see, y'all ain't got ta do it. C'm on, he gets it, she got it.",
    "gon na", "I ain't", "let 's", "y' all", " ", "\n\n", "  \n \t ",
    "Dispatch called the caller back; the callers left. He left on the left side, saw a saw.",
    "ORLANDO VESKER CALLED FROM 555-0142, CALLS LOGGED",
]


def _texts() -> list[str]:
    texts = list(INVENTED)
    for pdf in sorted(ROOT.glob("sample_docs/*.pdf")):
        for page in pymupdf.open(pdf):
            text = page.get_text()
            texts.append(text)
            cased = caps_lines_cased(text)
            if cased is not None:
                texts.append(cased)
    rng = random.Random(11)
    texts += [page_text(rng) for _ in range(4)]
    return texts


def _annotations(doc: spacy.tokens.Doc) -> tuple[list[str], list[int], list[tuple[int, int, str]]]:
    return ([t.lemma_ for t in doc], [t.idx for t in doc],
            [(e.start_char, e.end_char, e.label_) for e in doc.ents])


@pytest.fixture(scope="module")
def pipelines() -> tuple[spacy.language.Language, spacy.language.Language]:
    stock = spacy.load(DEFAULT_MODEL, exclude=list(UNUSED_PIPES))
    cached = spacy.load(DEFAULT_MODEL, exclude=list(UNUSED_PIPES))
    install(cached)
    return stock, cached


def test_installed_in_place_of_ruler_and_lemmatizer(pipelines: tuple[spacy.language.Language, ...]) -> None:
    _stock, cached = pipelines
    assert cached.pipe_names == ["tok2vec", "tagger", FACTORY, "ner"]
    assert {"attribute_ruler", "lemmatizer"} <= set(cached.disabled)


def test_same_lemmas_tokens_and_entities(pipelines: tuple[spacy.language.Language, ...]) -> None:
    stock, cached = pipelines
    texts = _texts()
    assert len(texts) > 25
    pairs = zip(texts, stock.pipe(texts, batch_size=4), cached.pipe(texts, batch_size=4), strict=True)
    for text, a, b in pairs:
        assert _annotations(a) == _annotations(b), text[:80]
    # the second reading comes from the table, and still agrees
    for text in INVENTED:
        assert _annotations(stock(text)) == _annotations(cached(text)), text


def test_other_pipelines_left_as_they_are() -> None:
    blank = spacy.blank("en")
    install(blank)
    assert blank.pipe_names == []
    full = spacy.load(DEFAULT_MODEL)  # the dependency parser sets DEP, which ruler patterns read
    names = list(full.pipe_names)
    install(full)
    assert full.pipe_names == names
