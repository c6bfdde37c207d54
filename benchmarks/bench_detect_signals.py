"""Detection cost by signal: CPU ms a page for each part of ``Detector.detect``, next to stock Presidio.

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/bench_detect_signals.py [--pages 20] [--rounds 2]``
(``--samples`` adds the born-digital sample sets: tuning, holdout, blind..blind6).

Pages: the generated report of ``bench_born_digital.py`` (its ``make_pdf``, ingested the same
way), so the rows add up to that script's ``detect_cpu_ms_per_page``.

Attribution: explicit timers, not cProfile. Every signal is wrapped where it is looked up (each
recognizer's ``analyze`` on its instance, spaCy's ``process_batch``/``process_text`` on the shared
NLP engine, the context enhancer, and the module functions ``Detector.detect`` calls: layout
pairing, propagation, nicknames, wrapped names, ...) with ``time.process_time``; a row is the
signal's *exclusive* CPU time (time in wrapped callees is subtracted), so the rows sum to the
whole. "glue" rows are what is left in the caller (Presidio's score filter, duplicate removal and
decision-process bookkeeping; the loop in ``detect``). cProfile was not used because its
per-call overhead falls unevenly (regex-heavy recognizers make few calls, spaCy and propagation
many) and would skew the shares. The timers cost ~1 us per call (a few hundred calls a page).

Stock Presidio (``AnalyzerEngine()`` with its default recognizers, the same spaCy pipeline, no
policy) runs ``analyze`` on the same page texts in the same rounds, interleaved, with the same
timers, so each row is also given as a ratio to stock's whole ``analyze`` time. Last, spaCy's
time is split by pipeline component in a separate pass (one page at a time, so a little above
the batched ``nlp.pipe`` row).

Runs 2026-12-07 (issue 16 round 4, branch bdspeed4; 2 cores shared with five other helpers, load
6-9, so compare ratios to stock in the same run). Bench pages (20, --rounds 2), before the rewrites:
detect 174 ms a page = 1.53x stock analyze (113): spaCy 88 (stock's own spaCy 87; by component
NER 55, attribute ruler 18, tok2vec 15, tokenizer 3, lemmatizer 2.7, tagger 0.6), identifier
propagation 24 (mostly compiling each new value's pattern), stock PhoneRecognizer 16 (stock pays
14.5), name propagation 11, PersonSignal 4.6, plan 3.7, layout 3.6, context enhancer 2.9, every
other row under 3. After: 168 = 1.34x stock (125); identifier propagation 18. Sample sets
(--samples: 66 documents, 115 pages, --rounds 1), main then branch minutes apart: detect 2.33x ->
2.06x stock; the ALL-CAPS re-read's LastFirstNameRecognizer 40 ms a page (0.34x stock) -> under
1, layout pairing 0.12x -> 0.05x stock. What is left over stock there: name propagation ~0.15x,
the ALL-CAPS re-read's second spaCy pass ~0.10x and its offense-title rule ~0.09x,
ParsedAddress ~0.07x, PersonSignal ~0.07x, PublicPlace ~0.06x, identifier propagation ~0.08x.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from bench_born_digital import make_pdf

#: Module functions ``Detector.detect`` calls, wrapped in :mod:`redactkit.detect.engine`'s namespace.
ENGINE_FUNCTIONS = {
    "caps_lines_cased": "ALL-CAPS line check (caps_lines_cased)",
    "layout_findings": "layout pairing (layout.py)",
    "officer_mentions_across_pages": "officers across pages",
    "propagate": "name propagation (propagate.py)",
    "given_before_findings": "given_before.py",
    "nickname_findings": "nicknames.py",
    "wrapped_name_findings": "wrapped.py",
    "word_name_findings": "wordnames.py",
    "resolve_shared_names": "officers.resolve_shared_names",
    "propagate_identifiers": "identifier propagation (propagate_ids.py)",
    "wide_review_findings": "wide fallback (widefallback.py)",
    "_finding": "RecognizerResult -> Finding",
}


class Clock:
    """Exclusive CPU time per key; nested spans subtract from their parent."""

    def __init__(self) -> None:
        self.cpu: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self.prefix = ""
        self._children: list[float] = []

    @contextlib.contextmanager
    def span(self, key: str) -> Iterator[None]:
        name = self.prefix + key
        self._children.append(0.0)
        t = time.process_time()
        try:
            yield
        finally:
            elapsed = time.process_time() - t
            self.cpu[name] += elapsed - self._children.pop()
            self.calls[name] += 1
            if self._children:
                self._children[-1] += elapsed

    def wrap(self, key: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            with self.span(key):
                return fn(*args, **kwargs)

        return timed

    def wrap_iter(self, key: str, fn: Callable[..., Iterator[Any]]) -> Callable[..., Iterator[Any]]:
        """``fn`` returns a lazy iterator: time each step of it, not the call."""

        def timed(*args: Any, **kwargs: Any) -> Iterator[Any]:
            it = fn(*args, **kwargs)
            while True:
                with self.span(key):
                    try:
                        item = next(it)
                    except StopIteration:
                        return
                yield item

        return timed


def instrument_analyzer(clock: Clock, analyzer: Any, prefix: str) -> None:
    """Wrap an ``AnalyzerEngine``'s recognizers, context enhancer and ``analyze`` (glue)."""
    for rec in analyzer.registry.recognizers:
        rec.analyze = _with_prefix(clock, prefix, clock.wrap(f"recognizer {rec.name}", rec.analyze))
    enhancer = analyzer.context_aware_enhancer
    enhancer.enhance_using_context = _with_prefix(
        clock, prefix, clock.wrap("context enhancer", enhancer.enhance_using_context))
    inner = analyzer.analyze

    def analyze(*args: Any, **kwargs: Any) -> Any:
        # our detect's second analyze (ALL-CAPS lines in normal case) has no precomputed NLP
        caps = prefix == "" and kwargs.get("nlp_artifacts") is None
        saved = clock.prefix
        clock.prefix = prefix or ("ALL-CAPS re-read: " if caps else "")
        try:
            with clock.span("Presidio analyze glue"):
                return inner(*args, **kwargs)
        finally:
            clock.prefix = saved

    analyzer.analyze = analyze


def _with_prefix(clock: Clock, prefix: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    if not prefix:
        return fn

    def prefixed(*args: Any, **kwargs: Any) -> Any:
        saved, clock.prefix = clock.prefix, prefix
        try:
            return fn(*args, **kwargs)
        finally:
            clock.prefix = saved

    return prefixed


def sample_documents(root: Path) -> list[Path]:
    """The born-digital sample PDFs (tuning, holdout, blind..blind6)."""
    sets = [root] + [root / s for s in ("holdout", "blind", "blind2", "blind3", "blind4", "blind5",
                                         "blind6")]
    return [p for d in sets for p in sorted(d.glob("*.pdf"))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--samples", action="store_true", help="also the born-digital sample sets")
    args = ap.parse_args()

    from presidio_analyzer import AnalyzerEngine

    import redactkit.detect.engine as engine_mod
    from redactkit import Redactor
    from redactkit.ingest import ingest_pdf
    from redactkit.plan import make_plan

    clock = Clock()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "bench.pdf"
        make_pdf(src, args.pages)
        documents = [ingest_pdf(src)]
    if args.samples:
        documents += [ingest_pdf(p) for p in sample_documents(Path(__file__).parent.parent / "sample_docs")]
    pages = sum(len(d.pages) for d in documents)
    texts = [p.text for d in documents for p in d.pages if p.text.strip()]

    redactor = Redactor()
    detector, policy = redactor.detector, redactor.policy
    detector.warm_up(policy)
    stock = AnalyzerEngine(nlp_engine=detector.nlp_engine(), supported_languages=["en"])
    stock.analyze(text="warm up", language="en")

    nlp = detector.nlp_engine()
    nlp.process_batch = _prefixed_iter(clock, nlp.process_batch)  # type: ignore[method-assign]
    nlp.process_text = clock.wrap("spaCy NER (nlp)", nlp.process_text)  # type: ignore[method-assign]
    instrument_analyzer(clock, detector.analyzer(policy), "")
    instrument_analyzer(clock, stock, "stock: ")
    for fn_name, key in ENGINE_FUNCTIONS.items():
        setattr(engine_mod, fn_name, clock.wrap(key, getattr(engine_mod, fn_name)))
    detect = clock.wrap("detect glue", detector.detect)

    whole = {"detect": 0.0, "plan": 0.0, "stock": 0.0}
    for _ in range(args.rounds):
        for document in documents:
            t = time.process_time()
            findings = detect(document, policy)
            whole["detect"] += time.process_time() - t
            t = time.process_time()
            with clock.span("plan (make_plan)"):
                make_plan(document, findings, policy)
            whole["plan"] += time.process_time() - t
        t = time.process_time()
        for text in texts:
            stock.analyze(text=text, language="en")
        whole["stock"] += time.process_time() - t

    per_page = 1000 / (args.rounds * pages)
    stock_ms = whole["stock"] * per_page
    detect_ms = whole["detect"] * per_page
    rows = sorted(clock.cpu.items(), key=lambda kv: (kv[0].startswith("stock: "), -kv[1]))
    width = max(len(k) for k, _ in rows)
    print(f"{len(documents)} document(s), {pages} pages, {args.rounds} round(s); CPU ms a page "
          "(exclusive), share of redactkit detect, ratio to stock Presidio analyze (whole)")
    print(f"{'signal':<{width}}  {'ms/page':>8}  {'detect%':>7}  {'x stock':>7}  {'calls/page':>10}")
    for key, cpu in rows:
        ms = cpu * per_page
        share = f"{100 * ms / detect_ms:6.1f}%" if not key.startswith(("stock: ", "plan")) else ""
        print(f"{key:<{width}}  {ms:8.2f}  {share:>7}  {ms / stock_ms:7.3f}  "
              f"{clock.calls[key] / (args.rounds * pages):10.1f}")
    ours = sum(cpu for k, cpu in clock.cpu.items() if not k.startswith(("stock: ", "plan"))) * per_page
    print(f"{'redactkit detect, rows summed':<{width}}  {ours:8.2f}")
    print(f"{'redactkit detect, whole':<{width}}  {detect_ms:8.2f}  {'':>7}  {detect_ms / stock_ms:7.3f}")
    print(f"{'plan, whole':<{width}}  {whole['plan'] * per_page:8.2f}")
    print(f"{'stock Presidio analyze, whole':<{width}}  {stock_ms:8.2f}  {'':>7}  {1:7.3f}")
    print(f"detect speed vs stock (stock CPU / detect CPU): {stock_ms / detect_ms:.2f}x")
    print("spaCy by component (a separate pass over the same page texts, one page at a time):")
    for name, ms in spacy_components(nlp, texts, args.rounds).items():
        print(f"  {name:<{width - 2}}  {ms:8.2f}")
    sys.stdout.flush()


def spacy_components(engine: Any, texts: list[str], rounds: int) -> dict[str, float]:
    """CPU ms a page of each enabled component of the spaCy pipeline (and its tokenizer)."""
    cpu: dict[str, float] = defaultdict(float)
    for nlp in (getattr(engine, "nlp", None) or {}).values():
        for _ in range(rounds):
            for text in texts:
                t = time.process_time()
                doc = nlp.make_doc(text)
                cpu["tokenizer"] += time.process_time() - t
                for name, proc in nlp.pipeline:
                    t = time.process_time()
                    doc = proc(doc)
                    cpu[name] += time.process_time() - t
    return {k: 1000 * v / (rounds * max(1, len(texts))) for k, v in cpu.items()}


def _prefixed_iter(clock: Clock, fn: Callable[..., Iterator[Any]]) -> Callable[..., Iterator[Any]]:
    return clock.wrap_iter("spaCy NER (nlp.pipe batches)", fn)


if __name__ == "__main__":
    main()
