"""Rule modules. Importing this package registers every rule in ``generator.findings.REGISTRY``.

Each module in this package registers its rules at import time; new modules are picked up
automatically.
"""

from __future__ import annotations

import importlib
import pkgutil

for _mod in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_mod.name}")
