"""Colours, fonts and the style sheets of the desk (light) and the wall board (dark)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QColor, QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"

#: One colour per job status, used by the board, the bay and the receipts list.
STATUS_COLOURS = {
    "requested": "#7C3AED",
    "created": "#2563EB",
    "accepted": "#2563EB",
    "started": "#D97706",
    "in_work": "#D97706",
    "finished": "#15803D",
    "provided": "#15803D",
    "rejected": "#DC2626",
    "cancelled": "#64748B",
    "open": "#7C3AED",
    "proposed": "#7C3AED",
    "approved": "#15803D",
    "declined": "#64748B",
}

DANGER = "#DC2626"
SUCCESS = "#15803D"
MUTED = "#64748B"

KOREAN_FAMILIES = ("NanumBarunGothic", "NanumGothic", "Noto Sans CJK KR", "Malgun Gothic", "Apple SD Gothic Neo")


def wall_style() -> str:
    return WALL_QSS.replace("ICONS", ICONS.as_posix())


def status_colour(status: str) -> QColor:
    return QColor(STATUS_COLOURS.get(status, MUTED))


def icon_path(name: str) -> str:
    return str(ICONS / f"{name}.svg")


def ui_font_family() -> str:
    """A family that renders Hangul: a Nanum font when installed, else the profile's TTF."""
    families = set(QFontDatabase.families())
    for family in KOREAN_FAMILIES:
        if family in families:
            return family
    try:
        from app.documents.fonts import find_korean_font

        loaded = QFontDatabase.addApplicationFont(str(find_korean_font("").regular))
        if loaded >= 0:
            return QFontDatabase.applicationFontFamilies(loaded)[0]
    except Exception:  # no Korean font at all: Latin text still renders
        log.warning("no font that renders Korean was found; install fonts-nanum")
    return QApplication.font().family()


def apply(app: QApplication) -> None:
    """Font and style sheet of the desk terminals."""
    font = QFont(ui_font_family(), 11)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
    app.setStyle("Fusion")
    app.setStyleSheet(DESK_QSS.replace("ICONS", ICONS.as_posix()))


DESK_QSS = """
QMainWindow, QWidget#Screen { background: #F3F5F8; }
QWidget { color: #1B2430; }
QLabel#ScreenTitle { font-size: 22px; font-weight: 700; color: #0F172A; }
QLabel#ScreenHint { color: #64748B; }
QLabel#SectionTitle { font-size: 15px; font-weight: 700; color: #0F172A; }
QLabel#Muted { color: #64748B; }
QLabel#FieldError { color: #DC2626; font-size: 12px; }
QLabel#FieldHint { color: #92400E; font-size: 12px; }
QLabel#EmptyState {
    color: #334155; background: #EEF2F7; border: 1px dashed #CBD5E1; border-radius: 8px; padding: 10px 12px;
}
QFrame#Card { background: #FFFFFF; border: 1px solid #E2E8F0; border-radius: 10px; }
QFrame#HeaderBar { background: #FFFFFF; border-bottom: 1px solid #E2E8F0; }
QLabel#Brand { font-size: 18px; font-weight: 800; color: #0F172A; }
QLabel#Clock { font-size: 16px; font-weight: 600; color: #334155; }
QFrame#NavBar { background: #111827; }
QToolButton#NavButton {
    color: #CBD5E1; background: transparent; border: none; border-radius: 10px;
    padding: 10px 4px; font-size: 12px; font-weight: 600;
}
QToolButton#NavButton:hover { background: #1F2937; color: #FFFFFF; }
QToolButton#NavButton:checked { background: #1F6FEB; color: #FFFFFF; }
QLineEdit, QComboBox, QSpinBox, QPlainTextEdit, QTextEdit {
    background: #FFFFFF; border: 1px solid #CBD5E1; border-radius: 6px; padding: 5px 8px;
    selection-background-color: #1F6FEB;
}
QLineEdit, QComboBox, QSpinBox { min-height: 24px; }
QComboBox::drop-down { subcontrol-origin: padding; subcontrol-position: center right; width: 26px; border: none; }
QComboBox::down-arrow { image: url(ICONS/chevron-down.svg); width: 14px; height: 14px; }
QComboBox QAbstractItemView {
    background: #FFFFFF; border: 1px solid #CBD5E1; selection-background-color: #DBEAFE; selection-color: #0F172A;
    outline: none; padding: 4px;
}
QSpinBox { padding: 5px 26px 5px 8px; }
QSpinBox:focus { padding: 4px 25px 4px 7px; }
QSpinBox::up-button, QSpinBox::down-button {
    subcontrol-origin: border; width: 24px; border: none; background: transparent;
}
QSpinBox::up-button { subcontrol-position: top right; }
QSpinBox::down-button { subcontrol-position: bottom right; }
QSpinBox::up-button:hover, QSpinBox::down-button:hover { background: #F1F5F9; }
QSpinBox::up-arrow { image: url(ICONS/chevron-up.svg); width: 11px; height: 11px; }
QSpinBox::down-arrow { image: url(ICONS/chevron-down.svg); width: 11px; height: 11px; }
QLineEdit[tier="big"] { font-size: 22px; min-height: 70px; padding: 0 10px; }
QLineEdit[tier="big"]:focus { padding: 0 9px; }
QSpinBox[tier="big"] { font-size: 24px; font-weight: 700; min-height: 70px; padding: 0 4px; }
QSpinBox[tier="big"]::up-button, QSpinBox[tier="big"]::down-button { width: 0px; }
QSpinBox[tier="big"]::up-arrow, QSpinBox[tier="big"]::down-arrow { image: none; width: 0px; height: 0px; }
QTableView[tier="big"] { font-size: 17px; }
QListView[tier="big"] { font-size: 20px; }
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QPlainTextEdit:focus { border: 2px solid #1F6FEB; padding: 4px 7px; }
QLineEdit[invalid="true"], QComboBox[invalid="true"], QSpinBox[invalid="true"] { border: 2px solid #DC2626; }
QPushButton {
    background: #FFFFFF; border: 1px solid #CBD5E1; border-radius: 8px; padding: 7px 14px; font-weight: 600;
}
QPushButton:hover { background: #F1F5F9; }
QPushButton:pressed { background: #E2E8F0; }
QPushButton:disabled { color: #94A3B8; background: #F1F5F9; border-color: #E2E8F0; }
QPushButton[kind="primary"] { background: #1F6FEB; border-color: #1F6FEB; color: #FFFFFF; }
QPushButton[kind="primary"]:hover { background: #1A5FD0; }
QPushButton[kind="primary"]:disabled { background: #93B7F3; border-color: #93B7F3; color: #F8FAFC; }
QPushButton[kind="success"] { background: #15803D; border-color: #15803D; color: #FFFFFF; }
QPushButton[kind="success"]:hover { background: #116A32; }
QPushButton[kind="success"]:disabled { background: #9BC9AA; border-color: #9BC9AA; color: #F8FAFC; }
QPushButton[kind="warning"] { background: #D97706; border-color: #D97706; color: #FFFFFF; }
QPushButton[kind="warning"]:hover { background: #B86405; }
QPushButton[kind="warning"]:disabled { background: #EFC28A; border-color: #EFC28A; color: #FFFBF5; }
QPushButton[kind="danger"] { background: #FFFFFF; border-color: #DC2626; color: #DC2626; }
QPushButton[kind="danger"]:hover { background: #FEF2F2; }
QPushButton[kind="confirm"] { background: #DC2626; border-color: #DC2626; color: #FFFFFF; }
QPushButton[tier="big"] { font-size: 20px; min-height: 72px; border-radius: 12px; padding: 8px 18px; }
QPushButton[tier="large"] { font-size: 15px; min-height: 44px; border-radius: 10px; }
QPushButton#MechanicButton {
    font-size: 17px; min-height: 64px; min-width: 110px; border-radius: 12px; text-align: center;
}
QPushButton#MechanicButton:checked { background: #1F6FEB; border-color: #1F6FEB; color: #FFFFFF; }
QTableView {
    background: #FFFFFF; border: 1px solid #E2E8F0; border-radius: 8px; gridline-color: #EEF2F6;
    selection-background-color: #DBEAFE; selection-color: #0F172A; alternate-background-color: #F8FAFC;
}
QHeaderView::section {
    background: #F8FAFC; color: #475569; border: none; border-bottom: 1px solid #E2E8F0;
    padding: 6px 8px; font-weight: 700;
}
QFrame#Banner { border-radius: 8px; }
QFrame#Banner[tone="success"] { background: #DCFCE7; border: 1px solid #86EFAC; }
QFrame#Banner[tone="error"] { background: #FEE2E2; border: 1px solid #FCA5A5; }
QFrame#Banner[tone="info"] { background: #DBEAFE; border: 1px solid #93C5FD; }
QFrame#Banner[tone="warning"] { background: #FEF3C7; border: 1px solid #FCD34D; }
QLabel#BannerTitle { font-size: 15px; font-weight: 800; }
QFrame#Banner[tone="success"] QLabel { color: #14532D; }
QFrame#Banner[tone="error"] QLabel { color: #7F1D1D; }
QFrame#Banner[tone="info"] QLabel { color: #1E3A8A; }
QFrame#Banner[tone="warning"] QLabel { color: #78350F; }
QStatusBar { background: #FFFFFF; border-top: 1px solid #E2E8F0; color: #475569; }
QStatusBar QLabel { color: #475569; padding: 0 6px; }
QCheckBox { spacing: 6px; }
QTabWidget::pane { border: none; }
QTabBar::tab {
    background: transparent; border: none; border-bottom: 3px solid transparent;
    padding: 8px 18px; margin-right: 4px; color: #64748B; font-weight: 700;
}
QTabBar::tab:selected { color: #0F172A; border-bottom-color: #1F6FEB; }
QTabBar::tab:hover { color: #0F172A; }
QLabel#Shortcuts { color: #64748B; font-size: 12px; }
QListWidget { background: #FFFFFF; border: 1px solid #E2E8F0; border-radius: 8px; }
QScrollArea { border: none; background: transparent; }
QLabel#Chip { border-radius: 12px; padding: 3px 10px; font-weight: 700; color: #FFFFFF; }
QLabel#KpiValue { font-size: 26px; font-weight: 800; }
QLabel#KpiLabel { color: #64748B; font-size: 12px; font-weight: 600; }
"""

#: The wall display: dark, high contrast, huge type legible from across the shop.
WALL_QSS = """
QWidget#Screen, QWidget#BoardScreen { background: #0B1220; }
QWidget#BoardScreen QLabel { color: #E2E8F0; }
QWidget#BoardScreen QLabel#ScreenTitle { font-size: 34px; font-weight: 800; color: #FFFFFF; }
QWidget#BoardScreen QLabel#Clock { font-size: 30px; font-weight: 700; color: #FFFFFF; }
QWidget#BoardScreen QLabel#KpiValue { font-size: 40px; font-weight: 800; }
QWidget#BoardScreen QLabel#KpiLabel { color: #94A3B8; font-size: 16px; }
QWidget#BoardScreen QLabel#EmptyState {
    color: #E2E8F0; background: transparent; border: none; font-size: 32px; font-weight: 700;
}
QWidget#BoardScreen QFrame#Card { background: #111A2E; border: 1px solid #1E2A44; border-radius: 12px; }
QWidget#BoardScreen QTableView {
    background: #0B1220; alternate-background-color: #0F1829; color: #F1F5F9; border: none;
    gridline-color: #1E2A44; font-size: 30px; selection-background-color: #1E3A8A; selection-color: #FFFFFF;
}
QWidget#BoardScreen QHeaderView::section {
    background: #111A2E; color: #94A3B8; font-size: 22px; padding: 10px; border: none;
    border-bottom: 2px solid #1E2A44;
}
QWidget#BoardScreen QComboBox {
    background: #111A2E; color: #E2E8F0; border: 1px solid #1E2A44; font-size: 16px; min-height: 30px;
}
QWidget#BoardScreen QComboBox::down-arrow { image: url(ICONS/chevron-down-light.svg); }
QWidget#BoardScreen QComboBox QAbstractItemView {
    background: #111A2E; color: #E2E8F0; selection-background-color: #1E3A8A; selection-color: #FFFFFF;
}
QWidget#BoardScreen QScrollBar:vertical { background: #0B1220; width: 12px; }
QWidget#BoardScreen QScrollBar::handle:vertical { background: #1E2A44; border-radius: 6px; min-height: 40px; }
QWidget#BoardScreen QScrollBar::add-line, QWidget#BoardScreen QScrollBar::sub-line { height: 0; }
"""
