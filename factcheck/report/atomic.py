"""Atomic file writes: temporary files in the same folder, flushed to disk, then os.replace."""
from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Sequence


def write_all_atomically(files: Sequence[tuple[str, str | bytes]]) -> None:
    """Text (as UTF-8) or bytes, each file staged whole on disk first, then each renamed into place:
    readers see an old file or a whole new one, never a part, and a failure while writing (a full disk,
    a crash) leaves all the old files as they were. An OSError names the file it was for. A symbolic
    link in place of a file is replaced, never written through."""
    staged: list[tuple[str, str]] = []
    replaced = 0
    try:
        for path, content in files:
            staged.append((_stage(path, content), path))
        for _, path in staged:      # the one refusal a rename can be foreseen to give: do none of them
            if os.path.isdir(path) and not os.path.islink(path):
                raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), path)
        for temporary, path in staged:
            _named(os.replace, path, temporary, path)
            replaced += 1
    finally:
        for temporary, _ in staged[replaced:]:
            _remove(temporary)


def _stage(path: str, content: str | bytes) -> str:
    """The content in a new temporary file beside path, flushed to disk; its name."""
    folder = os.path.dirname(path) or "."
    fd, temporary = _named(tempfile.mkstemp, path, dir=folder, prefix=f".{os.path.basename(path)}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(content.encode("utf-8") if isinstance(content, str) else content)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(temporary, 0o644)
    except OSError as e:
        _remove(temporary)
        raise OSError(e.errno, e.strerror, path) from None
    except BaseException:
        _remove(temporary)
        raise
    return temporary


def _named(function, path: str, *args, **kwargs):
    """function(*args, **kwargs), with an OSError reporting path rather than a temporary name."""
    try:
        return function(*args, **kwargs)
    except OSError as e:
        raise OSError(e.errno, e.strerror, path) from None


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
