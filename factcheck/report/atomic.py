"""Writing the reports as one unit: a new folder is filled beside the old one, then swapped in.

A reader (or a second run) sees the folder of one run or of the next, never report.md from one and
report.json from another: the files are written into a fresh hidden sibling folder, flushed to disk,
and the two folders are exchanged in one step (Linux renameat2 with RENAME_EXCHANGE). Runs on one
folder are serialised by a lock on it. Other files in the folder are carried over as hard links. Where
the swap is not possible (another operating system, a file system without it, a folder holding
subfolders, the current folder, a folder above that this user cannot write) each file is replaced on
its own instead, still staged whole first, under the same lock.
"""
from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Sequence

Content = str | bytes | Sequence[bytes]       # text, bytes, or bytes in parts (not joined: a copy of a large report)
Files = Sequence[tuple[str, Content]]
# A test injects a pause or a kill between two writes here; None in a normal run.
between_writes: Callable[[str], None] | None = None


def write_folder(out_dir: str, files: Files) -> None:
    """Each (name, content) written into out_dir, all of them or none, as one unit."""
    out_dir = os.path.realpath(out_dir)         # a link to the folder stays a link; its target is swapped
    try:
        _write_folder(out_dir, files)
    except OSError as e:
        # the folder, its lock or its new sibling failed: said of the first report, which was not written
        if not (isinstance(e.filename, str) and os.path.dirname(e.filename) == out_dir):
            raise OSError(e.errno, e.strerror, os.path.join(out_dir, files[0][0])) from None
        raise


def _write_folder(out_dir: str, files: Files) -> None:
    with _Lock(out_dir):
        staging = _new_sibling(out_dir)
        if staging is None or not _carry_over(out_dir, staging, {name for name, _ in files}):
            if staging is not None:
                _remove_tree(staging)
            write_all_atomically([(os.path.join(out_dir, name), content) for name, content in files])
            return
        try:
            for name, content in files:
                _write_whole(os.path.join(staging, name), content, report_as=os.path.join(out_dir, name))
            _fsync_folder(staging)
            _swap_in(staging, out_dir)
        finally:
            _remove_tree(staging)          # after the swap, the old folder


def write_all_atomically(files: Files) -> None:
    """Each file staged whole beside its place, then each renamed into place: a file is whole or old,
    and a failure before the renames leaves all the old files. An OSError names the file it was for.
    A symbolic link in place of a file is replaced, never written through."""
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


def _new_sibling(out_dir: str) -> str | None:
    """A fresh hidden folder beside out_dir (same file system, so the swap is one rename); None when the
    folder above cannot take one (not writable by this user): then the reports are written file by file."""
    parent, name = os.path.split(os.path.abspath(out_dir))
    try:
        return tempfile.mkdtemp(dir=parent, prefix=f".{name}.factcheck-")
    except OSError:
        return None


def _carry_over(out_dir: str, staging: str, replaced: set[str]) -> bool:
    """Hard links in staging to out_dir's other files, its mode on staging; False where a swap cannot keep
    the folder as it was (a subfolder, a file on another device, the current folder)."""
    if _holds_cwd(out_dir):
        return False
    try:
        os.chmod(staging, stat.S_IMODE(os.stat(out_dir).st_mode))
        with os.scandir(out_dir) as listing:
            for entry in listing:
                if entry.name in replaced and not entry.is_dir(follow_symlinks=False):
                    continue
                target = os.path.join(staging, entry.name)
                if entry.is_symlink():
                    os.symlink(os.readlink(entry.path), target)
                elif entry.is_file(follow_symlinks=False):
                    os.link(entry.path, target, follow_symlinks=False)
                else:
                    return False
    except OSError:
        return False
    return True


def _holds_cwd(folder: str) -> bool:
    """The current folder is folder or inside it: swapping it would leave the shell in a deleted folder."""
    here, there = os.path.realpath(os.getcwd()), os.path.realpath(folder)
    return here == there or here.startswith(there.rstrip(os.sep) + os.sep)


def _swap_in(staging: str, out_dir: str) -> None:
    """staging takes out_dir's place in one step; the old folder is then at staging's name."""
    try:
        _exchange(staging, out_dir)              # out_dir exists: the lock made it
    except OSError:
        _move_files_into(staging, out_dir)       # no swap on this file system: file by file, each whole


def _exchange(a: str, b: str) -> None:
    """Swap two paths atomically: renameat2(RENAME_EXCHANGE), Linux 3.15+, most local file systems."""
    import ctypes                      # only a run that writes reports needs it

    try:
        renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    except (OSError, TypeError):      # no C library to ask (Windows: CDLL(None) is refused)
        renameat2 = None
    if renameat2 is None:
        raise OSError(errno.ENOSYS, "renameat2 is not available", b)
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) != 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code), b)


def _move_files_into(staging: str, out_dir: str) -> None:
    """Each file of staging renamed into out_dir: whole files, but not one step."""
    os.makedirs(out_dir, exist_ok=True)
    for name in sorted(os.listdir(staging)):
        source = os.path.join(staging, name)
        if os.path.isfile(source) and not os.path.islink(source):
            _named(os.replace, os.path.join(out_dir, name), source, os.path.join(out_dir, name))


class _Lock:
    """An exclusive lock on the report folder (flock on the folder itself, created if need be), so that
    two runs with one --out write one after the other; a no-op where flock does not exist."""

    def __init__(self, out_dir: str):
        self.out_dir = out_dir
        self.fd: int | None = None

    def __enter__(self) -> _Lock:
        try:
            import fcntl
        except ImportError:
            return self
        while True:
            _named(os.makedirs, self.out_dir, self.out_dir, exist_ok=True)
            fd = _named(os.open, self.out_dir, self.out_dir, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
            fcntl.flock(fd, fcntl.LOCK_EX)
            # the run before may have swapped a new folder in while this one waited: lock that one
            if _same_file(os.fstat(fd), self.out_dir):
                self.fd = fd
                _remove_stale_siblings(self.out_dir)
                return self
            os.close(fd)

    def __exit__(self, *exc_info: object) -> None:
        if self.fd is not None:
            os.close(self.fd)        # releases the lock


def _same_file(info: os.stat_result, path: str) -> bool:
    try:
        now = os.stat(path)
    except OSError:
        return False
    return (now.st_dev, now.st_ino) == (info.st_dev, info.st_ino)


def _remove_stale_siblings(out_dir: str) -> None:
    """Folders a killed run left beside out_dir: while the lock is held no other run is writing one."""
    parent, name = os.path.split(os.path.abspath(out_dir))
    prefix = f".{name}.factcheck-"
    try:
        stale = [entry.path for entry in os.scandir(parent) if entry.name.startswith(prefix)
                 and entry.is_dir(follow_symlinks=False)]
    except OSError:
        return
    for folder in stale:
        _remove_tree(folder)


def _write_whole(path: str, content: Content, report_as: str) -> None:
    """A new file with the content, flushed to disk, mode as the umask allows; errors name report_as."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
        with os.fdopen(fd, "wb") as f:
            _write_content(f, content)
            f.flush()
            os.fsync(f.fileno())
    except OSError as e:
        raise OSError(e.errno, e.strerror, report_as) from None
    if between_writes is not None:
        between_writes(report_as)


def _write_content(f, content: Content) -> None:
    """A report's text as UTF-8, its bytes, or its parts of bytes one after the other."""
    if isinstance(content, str):
        f.write(content.encode("utf-8"))
    elif isinstance(content, (bytes, bytearray)):
        f.write(content)
    else:
        for part in content:
            f.write(part)


def _stage(path: str, content: Content) -> str:
    """The content in a new temporary file beside path, flushed to disk; its name."""
    folder = os.path.dirname(path) or "."
    fd, temporary = _named(tempfile.mkstemp, path, dir=folder, prefix=f".{os.path.basename(path)}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            _write_content(f, content)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(temporary, 0o666 & ~_umask())      # mkstemp makes 0600; a report is as readable as the umask says
    except OSError as e:
        _remove(temporary)
        raise OSError(e.errno, e.strerror, path) from None
    except BaseException:
        _remove(temporary)
        raise
    if between_writes is not None:
        between_writes(path)
    return temporary


def _umask() -> int:
    """The process's umask (read by setting it, then set back at once)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_folder(folder: str) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _named(function, path: str, *args, **kwargs):
    """function(*args, **kwargs), with an OSError reporting path rather than a temporary name."""
    try:
        return function(*args, **kwargs)
    except OSError as e:
        raise OSError(e.errno, e.strerror, path) from None


def _remove_tree(folder: str) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
