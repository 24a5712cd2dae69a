"""The entry point: a spaCy pipeline of ombnlp components, wrapped to return `Decision`s."""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Literal

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import ombnlp.components  # noqa: F401  (registers the factories)
from ombnlp.components.header import HEADER
from ombnlp.components.sections import SECTIONS
from ombnlp.document import Decision
from ombnlp.errors import InputTooLargeError, NotADecisionError, OmbnlpError
from ombnlp.reading import read_input
from ombnlp.tokenizer import KeepText

DEFAULT_MAX_CHARS = 2_000_000
PIPE_NAMES = ("ombnlp_sections", "ombnlp_header", "ombnlp_points", "ombnlp_disposal")


def build_pipeline(model: str | Path | None = None, *, trust: bool = False) -> Language:
    """A blank English spaCy pipeline with the four ombnlp components (no download needed)."""
    nlp = spacy.blank("en")
    nlp.tokenizer = KeepText(nlp.tokenizer)
    for name in PIPE_NAMES[:-1]:
        nlp.add_pipe(name)
    nlp.add_pipe("ombnlp_disposal", config={"model": str(model) if model else None, "trust": trust})
    return nlp


class Analyzer:
    """Analyses decision statements. Make one with `ombnlp.load()` and reuse it."""

    def __init__(self, nlp: Language, max_chars: int = DEFAULT_MAX_CHARS):
        self.nlp = nlp
        self.max_chars = max_chars
        nlp.max_length = max(nlp.max_length, max_chars + 1)

    def prepare(self, data: str | bytes) -> str:
        """The normalised text of `data`, or a clear error if it is empty or too large."""
        if not isinstance(data, (str, bytes)):
            raise OmbnlpError(f"expected text (str or bytes), got {type(data).__name__}")
        if len(data) > self.max_chars:
            raise InputTooLargeError(f"input has {len(data):,} characters, over the limit of {self.max_chars:,} "
                                     "(raise it with load(max_chars=...) or --max-chars)")
        text = read_input(data)
        if not text.strip():
            raise NotADecisionError("the input is empty")
        return text

    def analyse(self, data: str | bytes) -> Decision:
        """Analyse one decision (plain text or a saved HTML page)."""
        text = self.prepare(data)
        return to_decision(self.nlp(text), text)

    def pipe(self, texts: Iterable[str | bytes], batch_size: int = 64, n_process: int = 1,
             on_error: Literal["raise", "return"] = "raise") -> Iterator[Decision | OmbnlpError]:
        """Analyse many decisions, yielding results in input order.

        With `on_error="return"`, a bad input yields its `OmbnlpError` instead of stopping the run.
        With `n_process` > 1, chunks of `batch_size` decisions go to forked worker processes, which
        send back `Decision`s: much lighter to move between processes than spaCy Docs.
        """
        if n_process > 1 and "fork" in multiprocessing.get_all_start_methods():
            results = self._pipe_in_processes(texts, batch_size, n_process)
        else:
            results = self._pipe_here(texts, batch_size)
        for result in results:
            if on_error == "raise" and isinstance(result, OmbnlpError):
                raise result
            yield result

    def _pipe_here(self, texts: Iterable[str | bytes], batch_size: int) -> Iterator[Decision | OmbnlpError]:
        prepared: deque[str | OmbnlpError] = deque()  # inputs read ahead by spaCy, in order

        def texts_to_parse():
            for data in texts:
                try:
                    text = self.prepare(data)
                except OmbnlpError as error:
                    prepared.append(error)
                    continue
                prepared.append(text)
                yield text

        for doc in self.nlp.pipe(texts_to_parse(), batch_size=batch_size):
            while isinstance(prepared[0], OmbnlpError):
                yield prepared.popleft()
            text = prepared.popleft()
            try:
                yield to_decision(doc, text)
            except OmbnlpError as error:
                yield error
        yield from prepared  # errors after the last good text

    def _pipe_in_processes(self, texts, batch_size: int, n_process: int) -> Iterator[Decision | OmbnlpError]:
        """A bounded window of chunks in flight, so that memory stays flat on any input size."""
        from concurrent.futures import ProcessPoolExecutor  # only here: start-up counts

        inputs = iter(texts)
        chunks = iter(lambda: list(islice(inputs, batch_size)), [])
        context = multiprocessing.get_context("fork")  # workers inherit this analyzer: nothing to pickle
        with ProcessPoolExecutor(n_process, mp_context=context, initializer=_start_worker, initargs=(self,)) as pool:
            in_flight: deque = deque()
            for chunk in chunks:
                in_flight.append(pool.submit(_analyse_in_worker, chunk))
                if len(in_flight) >= 2 * n_process:
                    yield from in_flight.popleft().result()
            while in_flight:
                yield from in_flight.popleft().result()


_worker_analyzer: Analyzer | None = None  # set in each worker process by `_start_worker`


def _start_worker(analyzer: Analyzer) -> None:
    global _worker_analyzer
    _worker_analyzer = analyzer


def _analyse_in_worker(chunk: list) -> list[Decision | OmbnlpError]:
    return list(_worker_analyzer.pipe(chunk, batch_size=len(chunk), on_error="return"))


def to_decision(doc: Doc, text: str | None = None) -> Decision:
    """The Decision of a processed doc (`text`: its text, if at hand); `NotADecisionError` if nothing marks it as one."""
    found = {span.label_ for span in doc.spans[SECTIONS]} - {"header"}
    if not found and not doc.spans[HEADER]:
        raise NotADecisionError("no section of a decision statement was found (no 'Summary', 'The complaint', "
                                "'Final decision' or similar heading, and no header with a reference)")
    return Decision.from_doc(doc, text)


def load(model: str | Path | None = None, *, trust: bool = False, max_chars: int = DEFAULT_MAX_CHARS) -> Analyzer:
    """An Analyzer with the shipped model, or with `model` (a folder; needs `trust=True`)."""
    return Analyzer(build_pipeline(model, trust=trust), max_chars=max_chars)
