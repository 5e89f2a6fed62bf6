"""Each language's words, keyed by meaning: one folder per language, loaded once into a frozen Language.

A folder holds YAML files named after the areas in `schema.py` (numbers.yaml, dates.yaml, ...) and,
only where the language needs code, a `morphology.py` (German compound numerals, plural folding).
Stages take the Language from the document (`get(document.lang)`) instead of branching on a code.
"""
from __future__ import annotations

import importlib
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType

from pydantic import ValidationError

from factcheck.lang.schema import AREAS, Area

SHIPPED = Path(__file__).parent
EXTRA_DIRS_VARIABLE = "FACTCHECK_LANG_DIRS"   # more language folders, os.pathsep-separated


class LanguageDataError(ValueError):
    """A language file that is missing, unreadable or not what its schema says."""


@dataclass(frozen=True)
class Language:
    code: str
    areas: dict[str, Area]
    morphology: ModuleType | None = None

    def __getattr__(self, name: str) -> Area:
        # numbers, dates, entities ...: one attribute per area of schema.AREAS
        try:
            return self.__dict__["areas"][name]
        except KeyError:
            raise AttributeError(name) from None

    def __hash__(self) -> int:
        return hash(self.code)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Language) and other.code == self.code


def codes() -> tuple[str, ...]:
    """The languages that can be loaded: the shipped folders and those FACTCHECK_LANG_DIRS adds."""
    return tuple(sorted(_folders()))


@cache
def get(code: str) -> Language:
    """The Language for 'de', 'en' or any folder on the search path; LanguageDataError if none."""
    folder = _folders().get(code)
    if folder is None:
        raise LanguageDataError(f"no language data for {code!r} (known: {', '.join(codes())})")
    return load(folder, code)


def load(folder: Path, code: str | None = None) -> Language:
    """Read and validate every area file of one language folder; a missing file is an empty area."""
    code = code or folder.name
    areas = {name: _read_area(folder / f"{name}.yaml", model) for name, model in AREAS.items()}
    return Language(code=code, areas=areas, morphology=_morphology(folder, code))


def _read_area(path: Path, model: type[Area]) -> Area:
    if not path.exists():
        return model()
    import yaml   # here: a run that never reads a language (reports only) need not load PyYAML

    try:
        with path.open("r", encoding="utf-8") as f:
            data = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
        return model.model_validate(data)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
        raise LanguageDataError(f"{path}: cannot be read: {' '.join(str(e).split())}") from None
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise LanguageDataError(f"{path}: {where}: {first['msg']}") from None


def _morphology(folder: Path, code: str) -> ModuleType | None:
    if folder.parent != SHIPPED or not (folder / "morphology.py").exists():
        return None   # language code is shipped with the package only; a data folder brings data
    return importlib.import_module(f"factcheck.lang.{code}.morphology")


@cache
def _folders() -> dict[str, Path]:
    found = {p.name: p for p in SHIPPED.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))}
    for extra in filter(None, os.environ.get(EXTRA_DIRS_VARIABLE, "").split(os.pathsep)):
        root = Path(extra)
        if root.is_dir():
            found.update({p.name: p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")})
    return found
