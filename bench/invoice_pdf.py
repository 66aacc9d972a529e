"""Milliseconds per invoice PDF, Pitlane against bare reportlab with the same content and font.

Pitlane: `Documents.write(invoice_no)` — read the invoice from the database,
lay it out (letterhead, boxed parties, zebra lines table, totals, page x of y),
write it atomically (temporary file, rename) and store its SHA-256 (a durable
commit: WAL, synchronous=FULL).
Baseline: the same text (letterhead, the labelled customer, car and invoice
facts, the lines, the totals, the closing lines) in the same TrueType fonts
(regular and bold, embedded and subset), laid out by plain platypus into
memory and written to a file as reportlab does: no database, no hash, no
boxes, colours or page furniture.
200 invoices of 1 labour + 4 part lines; median of 5 rounds, the two taking
turns. Target: ratio ≤ 1.5×.

Each side is timed twice: wall clock, and the CPU time of this process
(`time.process_time`, background threads included). On a loaded machine the
wall clock of the side with more system calls (the database, the atomic write)
stretches far more than its work does; the CPU ratio says whether the work did.

The receipt (영수증) the same way: `Documents.receipt(invoice_no)` — read the
invoice and its two payments (card + cash, one TakePayment), lay out the
receipt, write it atomically (no hash: a receipt shows the money as it stands)
— against bare reportlab with the same text plus the payment rows.
"""

from __future__ import annotations

import io
import os
import platform
import statistics
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table
from sqlalchemy import update

from app import queries
from app import schema as s
from app.bootstrap import Shop, bootstrap
from app.documents.fonts import find_korean_font
from app.queries import InvoiceView
from app.settings import Settings, ShopDetails
from domain.commands import (
    FinishJob,
    RegisterMechanic,
    RegisterPart,
    RequestPart,
    RequestRepair,
    StartJob,
    TakePayment,
)

ROUNDS = 5
INVOICES = 200
SHOP = ShopDetails("피트레인 자동차정비", "서울특별시 성동구 성수이로 123", "123-45-67890", "02-1234-5678")
PARTS = [
    ("OIL-5W30-4L", "엔진오일 5W-30 4L", 48_000),
    ("FLT-OIL-H01", "오일필터 (현대/기아)", 9_500),
    ("BRK-PAD-F01", "브레이크 패드 (앞)", 65_000),
    ("WPR-600", "와이퍼 블레이드 600mm", 14_000),
]


def make_invoices(shop: Shop, n: int) -> list[str]:
    mechanic = shop.handle(RegisterMechanic("김민수", n + 10))
    part_ids = [shop.handle(RegisterPart(code, name, price, stock=n * 10)) for code, name, price in PARTS]
    numbers = []
    for i in range(n):
        receipt = shop.handle(
            RequestRepair(f"홍길동{i}", f"12가{i:04d}", mechanic, 1, 86_000 + i, customer_phone="010-1234-5678")
        )
        job = next(r.job_id for r in shop.status_board() if r.receipt_id == receipt)
        assert job is not None
        shop.handle(StartJob(job))
        for k, part in enumerate(part_ids):
            shop.handle(RequestPart(job, part, 1 + k % 2))
        shop.handle(FinishJob(job))
        no = str(shop.query(queries.invoice_no_for_job, job))
        total = shop.invoice(no).total
        shop.handle(TakePayment(no, (("card", total - 50_000), ("cash", 50_000)), 60_000))
        numbers.append(no)
    return numbers


def forget_pdfs(shop: Shop, numbers: list[str]) -> None:
    """Back to 'issued, PDF not yet written', so every timed write does the whole job."""
    for no in numbers:
        shop.documents.wait(no)
        shop.documents.path(no).unlink(missing_ok=True)
    with shop.db.write.begin() as conn:
        conn.execute(update(s.invoice).values(pdf_sha256=None))


Timing = tuple[float, float]  # (wall ms, CPU ms) per document


def _per(start: tuple[float, float], n: int) -> Timing:
    return (time.perf_counter() - start[0]) * 1000 / n, (time.process_time() - start[1]) * 1000 / n


def _now() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def pitlane_ms(shop: Shop, numbers: list[str]) -> Timing:
    forget_pdfs(shop, numbers)
    start = _now()
    for no in numbers:
        shop.documents.write(no)
    return _per(start, len(numbers))


def bare_names() -> tuple[str, str]:
    fonts = find_korean_font()
    pdfmetrics.registerFont(TTFont("BareSans", str(fonts.regular)))
    pdfmetrics.registerFont(TTFont("BareSans-Bold", str(fonts.bold)))
    return "BareSans", "BareSans-Bold"


def receipt_ms(shop: Shop, numbers: list[str]) -> Timing:
    start = _now()
    for no in numbers:
        shop.documents.receipt(no)
    return _per(start, len(numbers))


def bare_render(view: InvoiceView, shop: ShopDetails, out: Path | None = None, *, receipt: bool = False) -> bytes:
    """The same text as Pitlane's invoice, the plainest way platypus allows: paragraphs and two tables."""
    body = ParagraphStyle("b", fontName="BareSans", fontSize=9)
    head = ParagraphStyle("h", fontName="BareSans-Bold", fontSize=16)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4)
    facts = [
        ("고객 Customer", view.customer_name),
        ("연락처 Phone", view.customer_phone),
        ("차량번호 Car no.", view.car_number),
        ("차대번호 VIN", view.car_id),
        ("청구번호 Invoice no.", view.invoice_no),
        ("발행일 Date", view.issued_at[:16].replace("T", " ")),
        ("정비사 Mechanic", view.mechanic_name),
        ("접수·작업 Receipt·Job", f"{view.receipt_id} · {view.job_id}"),
    ]
    story = [
        Paragraph(shop.name, head),
        Paragraph(shop.address, body),
        Paragraph(f"전화 Tel {shop.phone} · 사업자등록번호 Business reg. no. {shop.business_no}", body),
        Paragraph(f"{'영 수 증 RECEIPT' if receipt else '청 구 서 INVOICE'} No. {view.invoice_no}", head),
        Paragraph("고객 · 차량 Customer and car · 청구 정보 Invoice", body),
        *[Paragraph(f"{k}: {v}", body) for k, v in facts],
    ]
    rows = [["No.", "부품코드 Code", "품명 Description", "수량 Qty", "단가 Unit price", "금액 Amount"]]
    for n, line in enumerate(view.lines, start=1):
        name = "공임 Labour" if line.kind == "labour" else line.name
        code = "LABOUR" if line.kind == "labour" else line.part_code
        rows.append([str(n), code, name, f"{line.quantity:,}", f"{line.unit_price:,}", f"{line.amount:,}"])
    table = Table(rows)
    table.setStyle([("FONTNAME", (0, 0), (-1, -1), "BareSans"), ("FONTNAME", (0, 0), (-1, 0), "BareSans-Bold")])
    sums = [
        ["공급가액 Subtotal", f"{view.subtotal:,}"],
        ["부가세 VAT 10%", f"{view.vat:,}"],
        ["합계 Total", f"{view.total:,}"],
    ]
    if receipt:
        sums += [[f"결제 Paid · {p.method} · {p.recorded_at[:16]}", f"{p.amount:,}"] for p in view.payments]
        sums += [["받은 금액 Paid in all", f"{view.paid:,}"], ["잔액 Balance", f"{view.balance:,}"]]
        story.append(Paragraph("결제 완료 PAID" if view.balance == 0 else "잔액 있음 BALANCE DUE", head))
    else:
        sums += [["결제 Paid", "0"], ["청구 잔액 Balance due", f"{view.total:,}"]]
    totals = Table(sums)
    totals.setStyle([("FONTNAME", (0, 0), (-1, -1), "BareSans")])
    story += [
        table,
        totals,
        Paragraph(
            "금액 단위: 원 (KRW). 부가세는 원 단위에서 반올림합니다. "
            "Amounts in Korean won; VAT is rounded half up to the won.",
            body,
        ),
        Paragraph("위 금액을 청구합니다. We charge the amount above.", body),
        Paragraph(f"{shop.name} (인)", body),
        Paragraph(f"{shop.name} · INVOICE {view.invoice_no} 1 / 1", body),
    ]
    doc.build(story)
    data = buf.getvalue()
    if out is not None:
        out.write_bytes(data)  # what SimpleDocTemplate(filename) does: a plain write
    return data


def bare_ms(views: list[InvoiceView], folder: Path, *, receipt: bool = False) -> Timing:
    folder.mkdir(exist_ok=True)
    start = _now()
    for view in views:
        bare_render(view, SHOP, folder / f"{view.invoice_no}.pdf", receipt=receipt)
    return _per(start, len(views))


def _report(what: str, ours: list[Timing], theirs: list[Timing]) -> None:
    for k, clock in ((0, "wall"), (1, "CPU")):
        p, b = statistics.median(t[k] for t in ours), statistics.median(t[k] for t in theirs)
        print(
            f"{what} {clock}: bare reportlab {b:.1f} ms, Pitlane {p:.1f} ms, ratio {p / b:.2f}× (target ≤ 1.5×)"
            f"  rounds bare {', '.join(f'{t[k]:.1f}' for t in theirs)};"
            f" Pitlane {', '.join(f'{t[k]:.1f}' for t in ours)}"
        )


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="pitlane-bench-pdf-") as tmp:
        folder = Path(tmp)
        shop = bootstrap(
            database_url=f"sqlite:///{folder / 'shop.db'}",
            invoice_dir=folder / "invoices",
            settings=Settings(shop=SHOP),
            actor="bench",
        )
        try:
            numbers = make_invoices(shop, INVOICES)
            paid_views = [shop.invoice(no) for no in numbers]
            views = [replace(v, payments=(), paid=0) for v in paid_views]
            bare_names()
            bare_render(views[0], SHOP)  # warm both: fonts parsed, modules loaded
            shop.documents.write(numbers[0])
            ours: list[Timing] = []
            theirs: list[Timing] = []
            receipts: list[Timing] = []
            bare_receipts: list[Timing] = []
            for _ in range(ROUNDS):
                theirs.append(bare_ms(views, folder / "bare"))
                ours.append(pitlane_ms(shop, numbers))
                bare_receipts.append(bare_ms(paid_views, folder / "bare-receipts", receipt=True))
                receipts.append(receipt_ms(shop, numbers))
            sample = shop.documents.path(numbers[0]).stat().st_size
        finally:
            shop.close()
    print(
        f"machine: {platform.machine()} {os.cpu_count()}-core, {platform.platform()}, "
        f"Python {platform.python_version()}; load average {os.getloadavg()[0]:.1f}"
    )
    print(
        f"date: {date.today().isoformat()}; {INVOICES} invoices × {ROUNDS} rounds; sample PDF {sample / 1024:.0f} KiB"
    )
    _report("invoice", ours, theirs)
    _report("receipt", receipts, bare_receipts)


if __name__ == "__main__":
    main()
