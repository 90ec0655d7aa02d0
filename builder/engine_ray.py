"""The Ray engine: the same ``process_source`` as Ray Data ``map_batches`` over article shards.

The driver reads and decodes each file (cluster nodes need not see the corpus folder), answers
what it can from the incremental cache, and ships the rest in windows of ``WINDOW`` articles, so
neither the driver nor the object store ever holds the whole corpus. Results come back in file
order and go through the local build's writer, so the release is byte-identical to a local build.
Needs the optional extra: ``pip install goftar[ray]``.
"""
from __future__ import annotations

import pickle
from pathlib import Path
from typing import Iterator

import numpy as np

from .build import BATCH, FileResult, cached_result, process_source, read_timed, remember
from .cache import ExtractCache

WINDOW = 4096


def extract_batch(batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """One ``map_batches`` call: pickled ``SourceFile``s in, pickled ``FileResult``s out."""
    out = [pickle.dumps(process_source(*pickle.loads(blob)), protocol=pickle.HIGHEST_PROTOCOL)
           for blob in batch["source"]]
    return {"result": np.array(out, dtype=object)}


def ray_results(root: str, items: list[tuple[str, dict | None]], store: ExtractCache | None,
                address: str | None, workers: int) -> Iterator[FileResult]:
    """Every file's result, in file order, extracted on Ray."""
    import ray

    started_here = not ray.is_initialized()
    if started_here:
        if address:
            ray.init(address=address, runtime_env={"py_modules": [str(Path(__file__).resolve().parent)]},
                     log_to_driver=False)
        else:
            ray.init(num_cpus=workers, log_to_driver=False, include_dashboard=False)
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True
    context.enable_progress_bars = False
    try:
        for i in range(0, len(items), WINDOW):
            yield from _window(root, items[i:i + WINDOW], store)
    finally:
        if started_here:
            ray.shutdown()


def _window(root: str, items: list[tuple[str, dict | None]], store: ExtractCache | None) -> list[FileResult]:
    import ray

    results: list[FileResult | None] = []
    misses: list[tuple[int, str | None, bytes]] = []
    for rel, meta in items:
        src, seconds = read_timed(root, rel, meta)
        result, key = cached_result(src, store, seconds)
        if result is None:
            misses.append((len(results), key, pickle.dumps((src, seconds), protocol=pickle.HIGHEST_PROTOCOL)))
        results.append(result)
    if misses:
        blocks = max(1, -(-len(misses) // BATCH))
        ds = ray.data.from_items([{"source": blob} for _, _, blob in misses], override_num_blocks=blocks)
        rows = ds.map_batches(extract_batch, batch_size=BATCH, batch_format="numpy").take_all()
        assert len(rows) == len(misses), "Ray returned every article"
        for (index, key, _), row in zip(misses, rows):
            result = pickle.loads(row["result"])
            remember(store, key, result)
            results[index] = result
    return results  # type: ignore[return-value]
