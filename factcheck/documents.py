"""Stage 1, load: paths -> Documents (decoded text, language, front matter, publication date)."""
from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import yaml

from factcheck import pubdate
from factcheck.model import Document, Skipped

TEXT_SUFFIXES = (".txt", ".md")
MAX_BYTES = 20 * 1024 * 1024
FRONT_MATTER_KEYS = ("date", "source", "url", "lang", "title")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.S)


@dataclass
class Loaded:
    documents: list[Document] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


class UnreadablePath(Exception):
    """A path given on the command line does not exist (a usage error, exit 2)."""


def load(paths: Iterable[str], lang: str = "auto") -> Loaded:
    """Read every article under the given paths; what cannot be read is listed with its reason."""
    loaded = Loaded()
    for path in article_paths(paths):
        try:
            loaded.documents.append(read_document(path, lang))
        except NotAnArticle as skipped:
            loaded.skipped.append(Skipped(doc=path, reason=str(skipped)))
    return loaded


def article_paths(paths: Iterable[str]) -> list[str]:
    """Files as given, and .txt/.md files found below directories: sorted, hidden ones left out."""
    found: list[str] = []
    for path in paths:
        if os.path.isdir(path):
            found.extend(_walk(path))
        elif os.path.exists(path) or os.path.islink(path):
            found.append(path)
        else:
            raise UnreadablePath(f"{path}: error: no such file or directory")
    return sorted(dict.fromkeys(found), key=_sort_key)


def _sort_key(path: str) -> tuple[str, ...]:
    return tuple(os.path.normpath(path).split(os.sep))


def _walk(root: str) -> Iterator[str]:
    """Article files below root, depth first in name order; each directory once (symlink loops end)."""
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:                      # iterative: a deeply nested tree cannot exhaust the call stack
        directory = stack.pop()
        try:
            stat = os.stat(directory)
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError:
            continue
        if (stat.st_dev, stat.st_ino) in seen:
            continue
        seen.add((stat.st_dev, stat.st_ino))
        subdirectories = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if _is_dir(entry):
                subdirectories.append(entry.path)
            elif entry.name.lower().endswith(TEXT_SUFFIXES):
                yield entry.path
        stack.extend(reversed(subdirectories))


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


class NotAnArticle(Exception):
    """The file is skipped; the message says why."""


def read_document(path: str, lang: str = "auto") -> Document:
    """One file -> Document, or NotAnArticle with the reason it cannot be read."""
    raw = _read_bytes(path)
    text, encoding = decode(raw)
    if not text.strip():
        raise NotAnArticle("empty file (no text to check)")
    meta, body_start = front_matter(text)
    body = text[body_start:]
    doc_lang = lang if lang in ("de", "en") else meta.get("lang") or detect_language(body)
    if doc_lang not in ("de", "en"):
        doc_lang = detect_language(body)
    found = pubdate.find(text, meta, body_start, doc_lang)
    return Document(
        doc=path, text=text, lang=doc_lang, meta=meta, body_start=body_start, encoding=encoding,
        date=found.date if found else None, date_source=found.source if found else None,
        date_spans=found.spans if found else (),
    )


def _read_bytes(path: str) -> bytes:
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            raise NotAnArticle(f"file too large ({size:,} bytes; the limit is {MAX_BYTES:,})")
        with open(path, "rb") as f:
            return f.read(MAX_BYTES + 1)
    except IsADirectoryError:
        raise NotAnArticle("is a directory") from None
    except OSError as e:
        raise NotAnArticle(f"cannot be read ({e.strerror or e})") from None


def decode(raw: bytes) -> tuple[str, str]:
    """Bytes -> text with "\\n" newlines. UTF-8 (BOM or not), UTF-16 with BOM, else Windows-1252."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, encoding = raw.decode("utf-16"), "utf-16"
    else:
        nul = raw.find(b"\x00")
        if nul >= 0:
            raise NotAnArticle(f"not a text file (NUL byte at offset {nul})")
        try:
            text, encoding = raw.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError:
            # de: older German sites still write Windows-1252; Latin-1 covers its five gaps
            try:
                text, encoding = raw.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                text, encoding = raw.decode("latin-1"), "latin-1"
    text = text.lstrip("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, encoding


def front_matter(text: str) -> tuple[dict[str, str], int]:
    """YAML front matter between '---' lines -> (metadata, offset where the article begins)."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, 0
    try:
        data = yaml.safe_load(m.group(1) or "") or {}
    except yaml.YAMLError:
        return {}, 0
    if not isinstance(data, dict):
        return {}, 0
    meta = {k: str(data[k]) for k in FRONT_MATTER_KEYS if data.get(k) is not None}
    return meta, m.end()


_DE_WORDS = frozenset("der die das und ist nicht mit von zu den ein eine auf für sich dem im des "
                      "auch wird sind hat noch nach bei aus wie über".split())
_EN_WORDS = frozenset("the and is of to in that for with was on are by as it this has have from "
                      "its be at were will said".split())


def detect_language(text: str) -> str:
    """'de' or 'en' by counting common function words in the first 3,000 characters."""
    words = text[:3000].lower().split()
    de = sum(w in _DE_WORDS for w in words)
    en = sum(w in _EN_WORDS for w in words)
    return "en" if en > de else "de"
