"""Long work (exports) off the GUI thread. The worker never touches widgets; results come back
through a signal, which Qt delivers on the GUI thread."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.work, self.relay = work, relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # reported to the GUI thread, which decides what the user sees
            self._report(self.relay.failed, error)
        else:
            self._report(self.relay.done, result)

    @staticmethod
    def _report(signal, value: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the app quit while we worked: nobody is left to tell
            signal.emit(value)


_running: set[_Relay] = set()  # keep relays alive until their task reports back


def run_in_background(
    work: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[Exception], None]
) -> None:
    relay = _Relay()
    _running.add(relay)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _running.discard(relay)
        callback(value)

    relay.done.connect(lambda result: finish(on_done, result))
    relay.failed.connect(lambda error: finish(on_error, error))
    QThreadPool.globalInstance().start(_Task(work, relay))
