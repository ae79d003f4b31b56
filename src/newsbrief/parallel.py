"""Work shared between processes (``newsbrief build --jobs N``).

The build forks its workers (``concurrent.futures.ProcessPoolExecutor`` with the "fork"
start method) after it has everything they need in memory (the topics and lexicon for
extraction; the site model and templates for rendering), so nothing but chunk numbers goes
to them and only results come back.  Where fork does not exist (Windows) or for small jobs,
the same work runs in the build's own process: the output is the same either way.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence

_TASK: tuple[Callable, Sequence] | None = None   # (work, chunks), set before the workers fork


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def _run_chunk(i: int):
    work, chunks = _TASK
    return work(chunks[i])


def run(work: Callable[[list], object], chunks: Sequence[list], jobs: int, ordered: bool = True) -> Iterator:
    """``work(chunk)`` for every chunk, in up to ``jobs`` forked processes; the results in chunk
    order (``ordered``) or as they are done.  A few chunks per process are in flight at a time,
    and a result is let go once it is yielded, so memory stays bounded however many there are."""
    global _TASK
    jobs = min(jobs, len(chunks))
    if jobs <= 1 or not can_fork():
        for chunk in chunks:
            yield work(chunk)
        return
    import concurrent.futures
    import multiprocessing

    _TASK = (work, chunks)
    pool = concurrent.futures.ProcessPoolExecutor(max_workers=jobs,
                                                  mp_context=multiprocessing.get_context("fork"))
    window = 3 * jobs
    try:
        pending: dict = {}      # future -> chunk number
        waiting: dict = {}      # chunk number -> result, when ``ordered`` and done early
        submitted = next_out = 0
        while next_out < len(chunks):
            while submitted < len(chunks) and len(pending) + len(waiting) < window:
                pending[pool.submit(_run_chunk, submitted)] = submitted
                submitted += 1
            done, _ = concurrent.futures.wait(pending, return_when=concurrent.futures.FIRST_COMPLETED)
            for f in done:
                i = pending.pop(f)
                if ordered:
                    waiting[i] = f.result()
                else:
                    next_out += 1
                    yield f.result()
            while ordered and next_out in waiting:
                yield waiting.pop(next_out)
                next_out += 1
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _TASK = None


def chunks_by_cost(items: list, cost: Callable[[object], int], jobs: int, per_job: int = 8,
                   most: int | None = None) -> list[list]:
    """Split ``items`` into chunks of about equal cost, the costliest first (so that one big
    item at the end does not keep a process busy alone), about ``per_job`` chunks per job
    and each costing at most ``most`` (unless one item alone does)."""
    ranked = sorted(items, key=cost, reverse=True)
    total = sum(cost(x) for x in ranked) or 1
    target = max(1, total // max(1, jobs * per_job))
    if most is not None:
        target = min(target, most)
    out, current, weight = [], [], 0
    for x in ranked:
        current.append(x)
        weight += cost(x)
        if weight >= target:
            out.append(current)
            current, weight = [], 0
    if current:
        out.append(current)
    return out
