"""Can Qt open a window here? Checked before QApplication exists: Qt aborts (exit 134) instead.

Without a display, or on X11 without libxcb-cursor0 (PySide6 needs it since Qt 6.5), Qt prints
"Reinstalling the application may fix this problem" and aborts. We say what is missing instead.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping

HEADLESS = {"offscreen", "minimal", "vnc", "eglfs", "linuxfb"}
XCB_CURSOR = "libxcb-cursor.so.0"


def _loads(library: str) -> bool:
    """What Qt does: dlopen the library by its soname (find_library misses it without ldconfig)."""
    import ctypes  # only on X11: elsewhere start-up does without it

    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


def platform(env: Mapping[str, str]) -> str:
    """The platform plugin Qt will pick on Linux: QT_QPA_PLATFORM, else Wayland or X11."""
    chosen = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    if env.get("WAYLAND_DISPLAY"):
        return "wayland"
    return "xcb"


def problem(env: Mapping[str, str] | None = None, loads: Callable[[str], bool] = _loads) -> str | None:
    """One line for the user when Qt could not show a window, else None."""
    if not sys.platform.startswith("linux"):
        return None  # Windows and macOS always have their native platform plugin
    env = os.environ if env is None else env
    name = platform(env)
    if name in HEADLESS:
        return None
    needs = {"xcb": "DISPLAY", "wayland": "WAYLAND_DISPLAY"}.get(name)
    if needs and not env.get(needs):
        return (
            f"no display found ({needs} is not set): run it on a desktop, "
            "or set QT_QPA_PLATFORM=offscreen for headless use"
        )
    if name == "xcb" and not loads(XCB_CURSOR):
        return (
            "Qt needs the library libxcb-cursor0 to open a window on X11: "
            "install it (sudo apt install libxcb-cursor0) and start again"
        )
    return None
