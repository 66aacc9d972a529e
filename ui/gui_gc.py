"""Python's cycle collector runs on the GUI thread only.

Left to itself, the collector runs in whichever thread happens to allocate when
its threshold is reached: often the writer or reader thread of `ui.runner`, or
a watcher's. A cycle it frees there can hold a Qt object (a widget and the slot
that names it), whose wrapper is then destroyed off the GUI thread. Shiboken
takes its own lock for that while the GUI thread, inside a Qt call such as
`show()`, holds that lock and waits for the GIL the collecting thread has: both
wait for ever. The test suite met exactly this (a worker thread collecting
inside SQLAlchemy's compiler, the GUI thread in `QWidget.show()`).

`GuiThreadCollector` turns automatic collection off and collects on a timer on
the GUI thread instead, by generation as the collector itself would (a young
collection most ticks, a full one when the thresholds say so). Objects without
cycles are freed by reference counting at once, wherever they die, as before.

    collector = GuiThreadCollector(app)     # ui.app.start; the tests' qapp does the same
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the GUI thread looks at the collector's counts (a young collection takes microseconds).
INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Automatic cycle collection off; `collect_due()` on the GUI thread every `interval_ms`."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> int:
        """Collect the oldest generation whose count passed its threshold (as gc would); objects found."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        generation = -1
        for g in range(3):
            if counts[g] > thresholds[g]:
                generation = g
        if generation < 0:
            return 0
        return gc.collect(generation)

    def stop(self) -> None:
        """Timer off and automatic collection back as it was (the tests, between screens)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
