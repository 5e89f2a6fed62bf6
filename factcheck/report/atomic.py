"""Atomic file writes: a temporary file in the same folder, flushed to disk, then os.replace."""
from __future__ import annotations

import os
import tempfile


def write_atomically(path: str, content: str | bytes) -> None:
    """Write text (as UTF-8) or bytes; readers see the old file or the whole new one, never a part."""
    folder = os.path.dirname(path) or "."
    fd, temporary = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(path)}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(content.encode("utf-8") if isinstance(content, str) else content)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
