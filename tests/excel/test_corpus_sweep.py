"""Every workbook of the shared corpus ends in a plan or one refusal, in bounded time and memory.

About 1,400 real files from other projects' test suites (Apache POI, SheetJS,
XlsxWriter), broken ones included: zip bombs, entity bombs, encrypted and
Strict files, fuzzer crashes. Two worker processes share the sweep; each file
gets a time limit, and each worker's peak memory is checked.
"""

from __future__ import annotations

import multiprocessing
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from tests.conftest import SHARED
from tests.excel.corpus_worker import TIME_LIMIT_SECONDS, Outcome, read_one, start_worker

CORPUS = SHARED / "corpus"
SLOW_SECONDS = 5.0
MEMORY_LIMIT_MB = 400


def corpus_files() -> list[Path]:
    return sorted(path for path in CORPUS.rglob("*") if path.is_file() and path.name != "README.md")


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not here")
def test_every_corpus_file_ends_in_a_plan_or_a_refusal() -> None:
    files = corpus_files()
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(2, mp_context=context, initializer=start_worker) as pool:
        outcomes: list[Outcome] = list(pool.map(read_one, files, chunksize=16))
    crashes = [f"{o.name}: {o.detail}" for o in outcomes if o.kind == "crash"]
    assert crashes == []
    slow = [f"{o.name}: {o.seconds:.1f} s" for o in outcomes if o.seconds > SLOW_SECONDS]
    assert slow == [], f"more than {SLOW_SECONDS} s (limit {TIME_LIMIT_SECONDS} s)"
    peak = max(outcome.peak_mb for outcome in outcomes)
    assert peak < MEMORY_LIMIT_MB
    kinds = Counter(outcome.kind for outcome in outcomes)
    assert kinds["plan"] > 0
    assert kinds["refused"] > 0
    assert sum(kinds.values()) == len(files)
