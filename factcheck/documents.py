"""Stage 1, load: paths -> Documents (decoded text, language, front matter, publication date)."""
from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime

from factcheck import pubdate
from factcheck.errors import shown_name
from factcheck.model import Document, Skipped

TEXT_SUFFIXES = (".txt", ".md")
MAX_BYTES = 20 * 1024 * 1024
MAX_FRONT_MATTER = 64 * 1024          # front matter longer than this is not front matter but text
FRONT_MATTER_KEYS = ("date", "source", "url", "lang", "title")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.S)


@dataclass
class Loaded:
    documents: list[Document] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


class UnreadablePath(Exception):
    """A path given on the command line does not exist (a usage error, exit 2)."""


def load(paths: Iterable[str], lang: str = "auto", exclude: Iterable[str] = ()) -> Loaded:
    """Read every article under the given paths (folders in exclude left out); what cannot be read is listed
    with its reason."""
    found, problems = find_articles(paths, exclude)
    loaded = Loaded(skipped=problems)
    for path in found:
        try:
            loaded.documents.append(read_document(path, lang))
        except NotAnArticle as skipped:
            loaded.skipped.append(Skipped(doc=shown_name(path), reason=str(skipped)))
    loaded.skipped.sort(key=lambda s: path_order(s.doc))
    return loaded


def article_paths(paths: Iterable[str]) -> list[str]:
    """Files as given, and .txt/.md files found below directories: sorted, hidden ones left out."""
    return find_articles(paths)[0]


def find_articles(paths: Iterable[str], exclude: Iterable[str] = ()) -> tuple[list[str], list[Skipped]]:
    """The article files under paths in path order, and (as skipped) the folders and links not followed.

    A folder that is one of exclude (the report folder: a run must not read its own reports) is left out
    wherever it is met, by its real path. A path on the command line that does not exist is a usage error
    (UnreadablePath).
    """
    found: list[str] = []
    problems: list[Skipped] = []
    excluded = frozenset(os.path.realpath(folder) for folder in exclude)
    for path in paths:
        if os.path.isdir(path):
            found.extend(_walk(path, problems, excluded))
        elif os.path.exists(path) or os.path.islink(path):
            found.append(path)
        else:
            raise UnreadablePath(f"{shown_name(path)}: error: no such file or directory")
    return _one_each(found), sorted(set(problems), key=lambda s: (path_order(s.doc), s.reason))


def _one_each(paths: list[str]) -> list[str]:
    """Sorted, each file once: "a.txt" and "./a.txt" (or a folder named twice) are the same file."""
    by_place: dict[str, str] = {}
    for path in sorted(paths, key=lambda p: (path_order(p), p)):
        by_place.setdefault(os.path.normpath(path), path)
    return list(by_place.values())


def path_order(path: str) -> tuple[str, ...]:
    """Sort key: folder by folder, so that the order never depends on the file system or the command line."""
    return tuple(os.path.normpath(path).split(os.sep))


def _walk(root: str, skipped: list[Skipped], excluded: frozenset[str] = frozenset()) -> Iterator[str]:
    """Article files below root, depth first in name order; each directory once (symlink loops end),
    none whose real path is in excluded.

    A symbolic link is followed only when it stays inside root: a link in an untrusted folder
    must not make factcheck read (and quote in a report) a file from elsewhere.
    """
    real_root = os.path.realpath(root)
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:                      # iterative: a deeply nested tree cannot exhaust the call stack
        directory = stack.pop()
        if excluded and os.path.realpath(directory) in excluded:
            continue
        try:
            info = os.stat(directory)
            with os.scandir(directory) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as e:
            skipped.append(Skipped(doc=shown_name(directory),
                                   reason=f"folder cannot be listed ({_os_reason(directory, e)})"))
            continue
        if (info.st_dev, info.st_ino) in seen:
            continue
        seen.add((info.st_dev, info.st_ino))
        subdirectories = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            is_dir = _is_dir(entry)
            if not is_dir and not entry.name.lower().endswith(TEXT_SUFFIXES):
                continue
            if _is_link(entry) and not _inside(real_root, entry.path):
                skipped.append(Skipped(doc=shown_name(entry.path),
                                       reason=f"symbolic link leading outside '{shown_name(root)}' (not followed)"))
            elif is_dir:
                subdirectories.append(entry.path)
            else:
                yield entry.path
        stack.extend(reversed(subdirectories))


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _is_link(entry: os.DirEntry) -> bool:
    try:
        return entry.is_symlink()
    except OSError:
        return False


def _inside(real_root: str, path: str) -> bool:
    try:
        target = os.path.realpath(path)
    except (OSError, ValueError):
        return False
    return target == real_root or target.startswith(real_root.rstrip(os.sep) + os.sep)


class NotAnArticle(Exception):
    """The file is skipped; the message says why."""


def read_document(path: str, lang: str = "auto") -> Document:
    """One file -> Document (named as shown_name shows it), or NotAnArticle with the reason it cannot be read."""
    return document_from_bytes(shown_name(path), _read_bytes(path), lang)


def document_from_bytes(path: str, raw: bytes, lang: str = "auto") -> Document:
    """A file's bytes -> Document, or NotAnArticle with the reason they are no article."""
    if not raw:
        raise NotAnArticle("empty file (0 bytes)")
    text, encoding = decode(raw)
    if not text.strip():
        raise NotAnArticle("empty file (only white space, no text to check)")
    meta, body_start = front_matter(text)
    body = text[body_start:]
    known = _language_codes()
    doc_lang = lang if lang in known else meta.get("lang") or detect_language(body)
    if doc_lang not in known:
        doc_lang = detect_language(body)
    found = pubdate.find(text, meta, body_start, doc_lang)
    return Document(
        doc=path, text=text, lang=doc_lang, meta=meta, body_start=body_start, encoding=encoding,
        date=found.date if found else None, date_source=found.source if found else None,
        date_spans=found.spans if found else (),
    )


def _read_bytes(path: str) -> bytes:
    """The file's bytes; never blocks on a FIFO or device, never reads more than MAX_BYTES + 1."""
    try:
        _check_is_regular_file(os.stat(path))
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
        try:
            info = os.fstat(fd)
            _check_is_regular_file(info)    # the file may have been swapped since
            data = _read_to_end(fd, info.st_size)
        finally:
            os.close(fd)
    except OSError as e:
        raise NotAnArticle(_os_reason(path, e)) from None
    if len(data) > MAX_BYTES:
        raise NotAnArticle(f"file too large (more than {MAX_BYTES:,} bytes)")
    return data


def _read_to_end(fd: int, size: int) -> bytes:
    """Up to MAX_BYTES + 1 bytes: the size fstat gave in one read, then on until the end (a file may grow)."""
    chunks = [os.read(fd, size + 1)]
    total = len(chunks[0])
    while chunks[-1] and total <= MAX_BYTES:
        chunks.append(os.read(fd, min(MAX_BYTES + 1 - total, 1 << 16)))
        total += len(chunks[-1])
    return b"".join(chunks)


def _check_is_regular_file(info: os.stat_result) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise NotAnArticle("is a directory")
    if not stat.S_ISREG(info.st_mode):
        kind = ("a named pipe (FIFO)" if stat.S_ISFIFO(info.st_mode) else "a socket" if stat.S_ISSOCK(info.st_mode)
                else "a device" if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode) else "a special file")
        raise NotAnArticle(f"not a regular file but {kind}")
    if info.st_size > MAX_BYTES:
        raise NotAnArticle(f"file too large ({info.st_size:,} bytes; the limit is {MAX_BYTES:,})")


def _os_reason(path: str, error: OSError) -> str:
    """Why a path cannot be read, in words: the errors a hostile folder produces get their own."""
    code = error.errno
    if code == errno.ELOOP:
        return "symbolic link loop (it never reaches a file)"
    if code == errno.ENOENT:
        if os.path.islink(path):
            return "broken symbolic link (its target does not exist)"
        return "vanished before it could be read (removed or renamed while factcheck ran)"
    if code in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if code == errno.ENAMETOOLONG:
        return "path too long for the operating system"
    if code == errno.EISDIR:
        return "is a directory"
    return f"cannot be read ({error.strerror or error})"


def decode(raw: bytes) -> tuple[str, str]:
    """Bytes -> text with "\\n" newlines. UTF-8 (BOM or not), UTF-16/32 with BOM, else Windows-1252.

    Raises NotAnArticle for binary data and for text that does not decode in the encoding its BOM names.
    """
    bom = next((name for mark, name in _BOMS if raw.startswith(mark)), None)
    if bom:
        try:
            text, encoding = raw.decode(bom), bom
        except UnicodeDecodeError as e:
            raise NotAnArticle(f"not valid {bom.upper()} ({e.reason} at byte {e.start})") from None
    else:
        nul = raw.find(b"\x00")
        if nul >= 0:
            raise NotAnArticle(f"not a text file (NUL byte at offset {nul})")
        try:
            text, encoding = raw.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError:
            # de: older German sites still write Windows-1252; a stray byte in UTF-8 text is one too
            text = raw.decode("utf-8-sig", errors=_CP1252_FALLBACK)
            encoding = "cp1252" if _no_multibyte_utf8(raw, text) else "utf-8+cp1252"
    text = text.lstrip("\ufeff")
    nul = text.find("\x00")
    if nul >= 0:
        raise NotAnArticle(f"not a text file (NUL character at offset {nul})")
    if _looks_binary(text):
        raise NotAnArticle("not a text file (mostly control characters)")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, encoding


# utf-32 first: its little-endian BOM begins with the utf-16 one
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"),
         (b"\xfe\xff", "utf-16"))
_CP1252_FALLBACK = "factcheck-cp1252"


def _decode_as_cp1252(error: UnicodeDecodeError) -> tuple[str, int]:
    """Bytes that are not UTF-8, read as Windows-1252; its five undefined bytes as Latin-1 (no U+FFFD ever)."""
    chunk = error.object[error.start:error.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in chunk), error.end


codecs.register_error(_CP1252_FALLBACK, _decode_as_cp1252)


def _no_multibyte_utf8(raw: bytes, text: str) -> bool:
    """True when every non-ASCII byte was read as Windows-1252 (one byte, one character)."""
    return len(text) == len(raw) - raw.startswith(b"\xef\xbb\xbf") * 3


_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0e, 0x20), 0x7f])


def _looks_binary(text: str) -> bool:
    """More than one character in ten of the first 4,096 is a control character: not prose."""
    head = text[:4096]
    # counted in UTF-8, where bytes.translate deletes them fast: each of these characters is one byte
    # there, and every other character is bytes outside the set (ASCII ones or bytes >= 0x80)
    encoded = head.encode("utf-8", "surrogatepass")
    return (len(encoded) - len(encoded.translate(None, _CONTROL_BYTES))) * 10 > len(head)


def front_matter(text: str) -> tuple[dict[str, str], int]:
    """YAML front matter between '---' lines -> (metadata, offset where the article begins)."""
    m = _FRONT_MATTER.match(text[:MAX_FRONT_MATTER]) if text.startswith("---") else None
    if not m:
        return {}, 0
    import yaml                       # only an article with front matter needs the YAML parser

    try:
        data = yaml.safe_load(m.group(1) or "") or {}
    except (yaml.YAMLError, RecursionError, ValueError, OverflowError):
        return {}, 0
    if not isinstance(data, dict):
        return {}, 0
    # scalars only: str() of an aliased list ("billion laughs") would take forever
    meta = {k: str(data[k]) for k in FRONT_MATTER_KEYS
            if isinstance(data.get(k), (str, int, float, bool, date, datetime))}
    return meta, m.end()


_DE_WORDS = frozenset("der die das und ist nicht mit von zu den ein eine auf für sich dem im des "
                      "auch wird sind hat noch nach bei aus wie über".split())
_EN_WORDS = frozenset("the and is of to in that for with was on are by as it this has have from "
                      "its be at were will said".split())
_FUNCTION_WORDS = _DE_WORDS | _EN_WORDS        # no word is in both lists


def _language_codes() -> tuple[str, ...]:
    from factcheck import lang          # only runs that read documents need the language data
    return lang.codes()


def detect_language(text: str) -> str:
    """'de' or 'en' by counting common function words in the first 3,000 characters."""
    found = list(filter(_FUNCTION_WORDS.__contains__, text[:3000].lower().split()))
    de = sum(map(_DE_WORDS.__contains__, found))
    en = len(found) - de
    return "en" if en > de else "de"
