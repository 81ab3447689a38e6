"""The PySide6 interface. Importing it first protects the process from a defect of the Qt binding (below).

PySide6 6.12 on Python 3.11 drops one reference to `None` (and to `True`/`False`)
each time a Qt method returns nothing or a boolean: `label.setText(...)`,
`processEvents()`... After a few thousand calls the count reaches zero and the
interpreter aborts ("Fatal Python error: none_dealloc: deallocating None"),
taking the DPO's unsaved work with it; a failed mail-server test in a background
task was enough to show it. From Python 3.12 these objects are immortal (PEP 683)
and the binding's missing references do no harm; on 3.11 we give them the same
protection by raising their counts far beyond what any session can consume.
Pinning PySide6 below 6.12 instead would change the Qt API the code and its tests
use (QPointF drag events, lupdate's output). tests/ui/test_binding.py checks it.
"""

from __future__ import annotations

import sys

IMMORTAL_REFERENCES = 1 << 40  # a trillion calls: far more than any session makes


def _protect_singletons() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":  # immortal objects, or no counts
        return
    import ctypes

    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object, at the address id() gives
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < IMMORTAL_REFERENCES:
            count.value += IMMORTAL_REFERENCES


_protect_singletons()
