"""Helpers for the invoice, till and day-close tests: reading PDFs, work for other OS processes.

Their test data (invoices, started jobs, the clock) is built by tests.builders.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

from app.bootstrap import Shop
from app.queries import invoice_no_for_job
from domain.commands import FinishJob


def pdf_text(path: Path, layout: bool = True) -> str:
    """The PDF's text layer, as pdftotext reads it."""
    assert shutil.which("pdftotext"), "poppler-utils (pdftotext) is needed for the PDF tests"
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [str(path), "-"]
    return subprocess.run(args, capture_output=True, check=True, text=True).stdout


def pdf_pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


# -- work for other OS processes (multiprocessing 'spawn': module-level functions) ---------------
def render_in_fresh_process(db_url: str, folder: str, number: str, details: object) -> bytes:
    """Render a document in a brand-new interpreter, as another terminal would."""
    from app.bootstrap import bootstrap
    from app.settings import Settings, ShopDetails

    assert isinstance(details, ShopDetails)
    shop = bootstrap(db_url, folder, settings=Settings(shop=details), deliver_pending=False)
    try:
        return shop.documents.render(number)[1]
    finally:
        shop.close()


def run_in_processes(
    target: object, args_per_process: Sequence[tuple[object, ...]], timeout: float = 240
) -> list[object]:
    """Run `target(barrier, *args)` in one spawned OS process per args tuple; their results in order.

    Each process does its own `bootstrap()`; the barrier lets them start their
    writes at the same moment.
    """
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(len(args_per_process))
    results = ctx.Queue()
    procs = [
        ctx.Process(target=_child, args=(results, n, target, barrier, args), daemon=True)
        for n, args in enumerate(args_per_process)
    ]
    for p in procs:
        p.start()
    out: dict[int, object] = {}
    for _ in procs:
        n, ok, value = results.get(timeout=timeout)
        if not ok:
            raise AssertionError(f"process {n} failed:\n{value}")
        out[n] = value
    for p in procs:
        p.join(timeout=30)
    return [out[n] for n in range(len(procs))]


def _child(results: object, n: int, target: object, barrier: object, args: tuple[object, ...]) -> None:
    import traceback

    try:
        results.put((n, True, target(barrier, *args)))  # type: ignore[attr-defined, operator]
    except BaseException:
        results.put((n, False, traceback.format_exc()))  # type: ignore[attr-defined]


def _terminal(db_url: str, folder: str, name: str) -> Shop:
    from app.bootstrap import bootstrap

    return bootstrap(db_url, folder, actor=name, terminal=name, deliver_pending=False)


def finish_jobs(barrier: object, db_url: str, folder: str, job_ids: list[int]) -> list[str]:
    """A mechanic's terminal finishing jobs as fast as it can; the invoice numbers it caused."""
    shop = _terminal(db_url, folder, f"bay-{job_ids[0]}")
    try:
        barrier.wait()  # type: ignore[attr-defined]
        out = []
        for job_id in job_ids:
            shop.handle(FinishJob(job_id))
            out.append(str(shop.query(invoice_no_for_job, job_id)))
        return out
    finally:
        shop.close()


def void_invoices(barrier: object, db_url: str, folder: str, invoice_nos: list[str]) -> list[str]:
    from domain.commands import VoidInvoice

    shop = _terminal(db_url, folder, f"desk-{invoice_nos[0]}")
    try:
        barrier.wait()  # type: ignore[attr-defined]
        return [str(shop.handle(VoidInvoice(no, "동시 취소 시험"))) for no in invoice_nos]
    finally:
        shop.close()


def pay_in_full(barrier: object, db_url: str, folder: str, invoice_no: str, amount: int, method: str) -> str:
    from domain.commands import RecordPayment
    from domain.errors import DomainError

    shop = _terminal(db_url, folder, f"till-{method}")
    try:
        barrier.wait()  # type: ignore[attr-defined]
        try:
            shop.handle(RecordPayment(invoice_no, amount, method))
            return "paid"
        except DomainError as exc:
            return f"refused: {exc}"
    finally:
        shop.close()


def pay_until_closed(barrier: object, db_url: str, folder: str, invoice_nos: list[str], amount: int) -> tuple[int, int]:
    """Take small payments round the invoices, through the day's close; (taken, refused)."""
    import time

    from domain.commands import RecordPayment
    from domain.errors import IllegalTransition

    shop = _terminal(db_url, folder, f"till-{invoice_nos[0]}")
    taken = refused = 0
    try:
        barrier.wait()  # type: ignore[attr-defined]
        for n in range(60):  # through the close: money after it is the next day's, never refused
            try:
                shop.handle(RecordPayment(invoice_nos[n % len(invoice_nos)], amount, "cash"))
                taken += 1
            except IllegalTransition:
                refused += 1
                if refused >= 3:
                    break
            time.sleep(0.02)
        return taken, refused
    finally:
        shop.close()


def close_day_after(barrier: object, db_url: str, folder: str, delay: float) -> str:
    import time

    from domain.commands import CloseDay

    shop = _terminal(db_url, folder, "office")
    try:
        barrier.wait()  # type: ignore[attr-defined]
        time.sleep(delay)
        return str(shop.handle(CloseDay()))
    finally:
        shop.close()


def pay_or_close(barrier: object, what: str, *args: object) -> object:
    if what == "close":
        return close_day_after(barrier, *args)  # type: ignore[arg-type]
    return pay_until_closed(barrier, *args)  # type: ignore[arg-type]
