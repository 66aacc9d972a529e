"""The table models without widgets: QAbstractItemModelTester, paging, single-row updates, diffs."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from app.queries import BoardRow, PartRow
from ui.models.base import ROW_ROLE, SORT_ROLE, STATUS_ROLE
from ui.models.board import BoardFilter, BoardModel
from ui.models.tables import LOW_STOCK_BG, OUT_OF_STOCK_BG, PartsModel

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


def board_row(receipt_id: int, status: str = "created", event: int | None = None, **changes) -> BoardRow:
    row = BoardRow(
        receipt_id=receipt_id,
        customer_name=f"손님{receipt_id}",
        car_id="",
        car_number=f"{receipt_id}가1234",
        request_date="2026-11-23T09:00:00+09:00",
        mechanic_id=1 + receipt_id % 2,
        mechanic_name="김민수",
        job_id=receipt_id,
        job_status=status,
        total_price=None,
        invoice_no=None,
        paid=False,
        balance=None,
        voided=False,
        reason="",
        last_event_id=event if event is not None else receipt_id * 10,
    )
    return replace(row, **changes)


class FakeBoard:
    """The read model as `queries.board_page` pages it: newest first, filtered."""

    def __init__(self, rows: list[BoardRow]) -> None:
        self.rows = {r.receipt_id: r for r in rows}
        self.calls = 0

    def __call__(self, before: int | None, limit: int, f: BoardFilter) -> list[BoardRow]:
        self.calls += 1
        ids = sorted((i for i in self.rows if before is None or i < before), reverse=True)
        return [self.rows[i] for i in ids if f.matches(self.rows[i])][:limit]


@pytest.fixture
def board(qapp) -> tuple[BoardModel, FakeBoard]:
    fake = FakeBoard([board_row(i, "started" if i % 3 == 0 else "created") for i in range(1, 51)])
    model = BoardModel(fake, page=20)
    QAbstractItemModelTester(model, FATAL)
    model.reload()
    return model, fake


def ids(model: BoardModel) -> list[int]:
    return [model.row_at(i).receipt_id for i in range(model.rowCount())]


def test_board_loads_a_page_and_fetches_older_ones(board) -> None:
    model, _fake = board
    assert ids(model) == list(range(50, 30, -1))
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert ids(model) == list(range(50, 0, -1))
    assert not model.canFetchMore(QModelIndex())
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children


def test_an_event_updates_one_row_without_a_reset(board) -> None:
    model, _fake = board
    resets, changed = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda a, b, _roles=(): changed.append((a.row(), b.row(), a.column(), b.column())))
    model.upsert(board_row(45, "finished", event=1000, total_price=181_500, invoice_no="2026-000001"))
    assert resets == []
    assert changed == [(5, 5, 0, len(BoardModel.TITLES) - 1)]
    assert model.index(5, BoardModel.TOTAL).data() == "₩181,500"
    assert model.index(5, BoardModel.STATUS).data(STATUS_ROLE) == "finished"


def test_a_new_receipt_is_inserted_at_the_top(board) -> None:
    model, _fake = board
    inserted = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.upsert(board_row(51, "requested", event=2000))
    assert inserted == [(0, 0)]
    assert ids(model)[:2] == [51, 50]


def test_an_old_receipt_beyond_the_loaded_pages_waits_for_fetch_more(board) -> None:
    model, _fake = board
    model.upsert(board_row(3, "finished", event=3000))
    assert model.find(3) == -1 and model.rowCount() == 20


def test_a_stale_snapshot_does_not_overwrite_a_newer_row(board) -> None:
    model, _fake = board
    model.upsert(board_row(45, "finished", event=1000))
    model.upsert(board_row(45, "started", event=900))
    assert model.row_at(model.find(45)).job_status == "finished"


def test_rows_leave_and_join_a_filtered_board(board) -> None:
    model, _fake = board
    model.reload(BoardFilter(statuses=("started",)))
    assert all(model.row_at(i).job_status == "started" for i in range(model.rowCount()))
    removed = []
    model.rowsRemoved.connect(lambda _p, first, _last: removed.append(first))
    model.upsert(board_row(48, "finished", event=5000))  # 48 was started: it leaves
    assert removed == [0] and model.find(48) == -1
    model.upsert(board_row(49, "started", event=5001))  # 49 starts: it joins in order
    assert ids(model)[0] == 49
    model.upsert(board_row(47, "created", event=5002))  # not started: not shown
    assert model.find(47) == -1


def test_board_roles(board) -> None:
    model, _fake = board
    model.upsert(board_row(50, "rejected", event=9000, reason="김민수 has only 1 man-day(s) left"))
    index = model.index(0, BoardModel.STATUS)
    assert index.data(Qt.ItemDataRole.DisplayRole) == ""  # drawn as a pill
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()  # the pill
    assert model.text(0, BoardModel.STATUS) == "Rejected"
    assert "man-day" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(ROW_ROLE).receipt_id == 50
    assert model.index(0, BoardModel.RECEIPT).data(SORT_ROLE) == 50
    assert model.index(0, BoardModel.PAID).data() == "—"
    assert model.headerData(BoardModel.CAR, Qt.Orientation.Horizontal) == "Car number"


def test_multi_data_gives_the_delegate_the_same_as_data(board) -> None:
    """Views read cells through multiData (one Python call per cell); it must agree with data()."""
    model, _fake = board
    model.upsert(board_row(50, "finished", event=9000, total_price=1_234_000, invoice_no="X", balance=1_000))
    delegate = QStyledItemDelegate()
    for col in range(model.columnCount()):
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, model.index(0, col))
        assert option.text == (model.index(0, col).data() or "")
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, model.index(0, BoardModel.TOTAL))
    assert option.text == "₩1,234,000"


def test_age_ticks_with_one_signal(board) -> None:
    model, _fake = board
    from datetime import datetime

    changed = []
    model.dataChanged.connect(lambda a, b, _roles=(): changed.append((a.row(), b.row(), a.column())))
    model.tick(datetime.fromisoformat("2026-11-23T11:05:00+09:00"))
    assert changed == [(0, 19, BoardModel.AGE)]
    assert model.index(0, BoardModel.AGE).data() == "2 h 5 min"
    model.tick(datetime.fromisoformat("2026-11-26T10:00:00+09:00"))
    assert model.index(0, BoardModel.AGE).data() == "3 d"


def part(pid: int, code: str, stock: int, low: int = 2) -> PartRow:
    return PartRow(pid, code, f"부품 {code}", 10_000 * pid, stock, low)


def test_row_model_changes_by_key_without_reset(qapp) -> None:
    model = PartsModel()
    QAbstractItemModelTester(model, FATAL)
    model.set_rows([part(1, "A", 5), part(2, "B", 1), part(3, "C", 0)])
    resets, inserted, removed, moved, changed = [], [], [], [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda _p, f, _l: inserted.append(f))
    model.rowsRemoved.connect(lambda _p, f, _l: removed.append(f))
    model.rowsMoved.connect(lambda *_a: moved.append(1))
    model.dataChanged.connect(lambda a, _b, _r=(): changed.append(a.row()))
    model.set_rows([part(3, "C", 9), part(1, "A", 5), part(4, "D", 2)])
    assert resets == []
    assert removed == [1] and inserted == [2] and moved == [1]
    assert [r.id for r in model.rows()] == [3, 1, 4]
    assert changed == [0]  # only C's stock changed
    model.reset_rows([])
    assert model.rowCount() == 0


def test_parts_model_highlights_low_and_empty_stock(qapp) -> None:
    model = PartsModel()
    model.set_rows([part(1, "A", 5), part(2, "B", 2), part(3, "C", 0)])
    background = [model.index(r, 0).data(Qt.ItemDataRole.BackgroundRole) for r in range(3)]
    assert background[0] is None
    assert background[1].color() == LOW_STOCK_BG
    assert background[2].color() == OUT_OF_STOCK_BG
    assert "reorder" in model.index(2, 3).data(Qt.ItemDataRole.ToolTipRole).lower()
    assert model.index(0, 2).data() == "₩10,000"
    assert model.index(0, 3).data(SORT_ROLE) == 5


def test_parts_model_shows_the_origin_code_and_what_it_means(qapp) -> None:
    model = PartsModel()
    model.set_rows([PartRow(1, "P1", "부품", 1_000, 3, 1, "C")])
    origin = model.columnCount() - 1
    assert model.index(0, origin).data() == "C"
    assert model.index(0, origin).data(Qt.ItemDataRole.ToolTipRole) in ("used or reconditioned", "중고·재생")
