"""The rule-file format as pydantic models: unknown keys are errors, every value is checked."""
from __future__ import annotations

import datetime
import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from factcheck.match.phrases import is_regex
from factcheck.ruleset.patterns import PatternError, compile_regex

Kind = Literal["number", "money", "percent", "quantity", "date", "duration"]
Approx = Literal["exact", "about", "almost", "more_than", "at_least", "less_than", "at_most"]
Severity = Literal["error", "warning", "info"]
CheckId = Literal["contradiction", "scale_mismatch", "unit_mismatch", "not_comparable", "updated",
                  "reference_mismatch"]
SeverityKey = Literal["contradiction", "scale_mismatch", "unit_mismatch", "not_comparable", "updated",
                      "reference_mismatch", "default"]
EntityKind = Literal["company", "organization", "app", "product", "person", "place", "media"]

ID = re.compile(r"^[a-z][a-z0-9_]*$")
_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
MARK = re.compile(r"\[\[(.+?)\]\]", re.S)
# A phrase or name is a few words; the limit keeps a hostile rule from costing more than its size.
MAX_TEXT_CHARS = 1000


def _phrase(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("empty_phrase", "a phrase must not be empty")
    if is_regex(value):
        try:
            compile_regex(value)
        except PatternError as e:
            raise PydanticCustomError("unsupported_regex", "unsupported regular expression {pattern}: {error}",
                                      {"pattern": _shown(value), "error": str(e)}) from None
        except re.error as e:
            raise PydanticCustomError("invalid_regex", "invalid regular expression {pattern}: {error}",
                                      {"pattern": _shown(value), "error": str(e)}) from None
    return value


def _name(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("empty_name", "a name must not be empty")
    return value.strip()


def _shown(pattern: str) -> str:
    """A pattern as a message quotes it: whole when short, else its start."""
    return pattern if len(pattern) <= 80 else pattern[:60] + "..."


def _iso_date(value: str) -> str:
    parts = value.split("-") if _ISO_DATE.match(value) else []
    try:
        datetime.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except (IndexError, ValueError):
        raise PydanticCustomError("iso_date", "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got '{value}'",
                                  {"value": value}) from None
    return value


Phrase = Annotated[str, Field(max_length=MAX_TEXT_CHARS), AfterValidator(_phrase)]
Name = Annotated[str, Field(max_length=MAX_TEXT_CHARS), AfterValidator(_name)]
IsoDate = Annotated[str, AfterValidator(_iso_date)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Phrases(Strict):
    """Phrases per language; base forms, inflected endings are matched too."""

    de: list[Phrase] = []
    en: list[Phrase] = []

    def all(self) -> list[str]:
        return self.de + self.en


class Cues(Phrases):
    look_back: int = Field(0, description="sentences before the claim's own that may hold the cue")

    @field_validator("look_back")
    @classmethod
    def _small_window(cls, value: int) -> int:
        if not 0 <= value <= 3:
            raise PydanticCustomError("range", "'look_back' must be between 0 and 3, got {value}", {"value": value})
        return value


def _score(value: int) -> int:
    if not 0 <= value <= 100:
        raise PydanticCustomError("range", "'min_score' must be between 0 and 100, got {value}", {"value": value})
    return value


class Subject(Strict):
    """Whom the claims are about: an entity of entities.yaml, or one defined here."""

    entity: Name | None = None
    name: Name | None = None
    kind: EntityKind = "company"
    aliases: list[Name] = []
    descriptions: Phrases = Phrases()
    min_score: Annotated[int, AfterValidator(_score)] = 90

    @model_validator(mode="before")
    @classmethod
    def _entity_by_name(cls, data: object) -> object:
        return {"entity": data} if isinstance(data, str) else data

    @model_validator(mode="after")
    def _one_source(self) -> Subject:
        if self.entity and self.name:
            raise PydanticCustomError("subject_source", "give either 'entity' (a name from entities.yaml) "
                                      "or 'name' with 'aliases', not both")
        if not self.entity and not self.name:
            raise PydanticCustomError("subject_source", "'subject' needs 'entity' (a name from "
                                      "entities.yaml) or 'name' with 'aliases'")
        return self


class ClaimFilter(Strict):
    kinds: list[Kind] = Field(min_length=1)
    units: list[Name] = []


class Qualifier(Strict):
    default: str | None = None
    values: dict[str, Phrases] = Field(min_length=1)


class Qualifiers(BaseModel):
    """scope, metric, ... each with cue phrases; period: where a claim's year comes from."""

    model_config = ConfigDict(extra="allow", frozen=True)
    __pydantic_extra__: dict[str, Qualifier]
    period: Literal["sentence", "publication"] | None = None

    def named(self) -> dict[str, Qualifier]:
        return dict(sorted((self.__pydantic_extra__ or {}).items()))


class CompareSettings(Strict):
    tolerance: float = 0.0
    severity: dict[SeverityKey, Severity] = {}
    # units that count the same thing ([Filiale, Markt, store]): compared as one unit, in every group
    same_units: list[Annotated[list[Name], Field(min_length=2)]] = []
    # words that say a figure changed, added to the language's (factcheck/lang/<code>/change.yaml)
    change: Phrases = Phrases()

    @field_validator("tolerance")
    @classmethod
    def _relative(cls, value: float) -> float:
        if not 0 <= value < 1:
            raise PydanticCustomError("range", "'tolerance' must be between 0 and 1, got {value}",
                                      {"value": _plain(value)})
        return value

    @field_validator("severity", mode="before")
    @classmethod
    def _one_for_all(cls, value: object) -> object:
        return {"default": value} if isinstance(value, str) else value


class Reference(Strict):
    """A known value with its source: compare reports claims that disagree with it."""

    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    timex: str | None = None
    source: Name
    date: IsoDate | None = None

    @model_validator(mode="after")
    def _has_value(self) -> Reference:
        if self.value is None and self.timex is None:
            raise PydanticCustomError("reference_value", "a reference needs 'value' (or 'timex' for a date)")
        if self.value is not None:
            if self.low is not None and self.low > self.value:
                raise PydanticCustomError("reference_value", "'low' must not be above 'value'")
            if self.high is not None and self.high < self.value:
                raise PydanticCustomError("reference_value", "'high' must not be below 'value'")
        return self


class Expect(Strict):
    """What the marked claim must look like; only the keys given are checked."""

    kind: Kind | None = None
    value: float | None = None
    low: float | None = None
    high: float | None = None
    approx: Approx | None = None
    unit: str | None = None
    timex: str | None = None
    timex_mod: str | None = None
    subject: str | None = None
    qualifiers: dict[str, str] = {}


class Example(Strict):
    """text: the [[marked]] claim gets this rule's type; not: no claim does; todo: reported only."""

    text: str | None = None
    not_: str | None = Field(None, alias="not")
    todo: str | None = None
    expect: Expect | None = None
    date: IsoDate | None = None
    lang: Literal["de", "en"] | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> Example:
        given = [k for k, v in (("text", self.text), ("not", self.not_), ("todo", self.todo)) if v is not None]
        if len(given) != 1:
            raise PydanticCustomError("example_kind", "an example needs exactly one of 'text', 'not' or 'todo'")
        if self.text is not None and not MARK.search(self.text):
            raise PydanticCustomError("example_mark", "mark the expected claim in the text [[like this]]")
        if self.not_ is not None and self.expect is not None:
            raise PydanticCustomError("example_kind", "a 'not' example has no 'expect'")
        return self

    @property
    def positive(self) -> bool:
        return self.text is not None


class RuleFile(Strict):
    """One claim type."""

    id: str
    description: Name
    subject: Subject
    claim: ClaimFilter
    cues: Cues = Cues()
    qualifiers: Qualifiers = Qualifiers()
    compare: CompareSettings = CompareSettings()
    references: list[Reference] = []
    examples: list[Example] = []

    @field_validator("id")
    @classmethod
    def _word(cls, value: str) -> str:
        if not ID.match(value):
            raise PydanticCustomError("rule_id", "'id' must be a lower-case word (letters, digits, _), "
                                      "got '{value}'", {"value": value})
        return value


class EntitySpec(Strict):
    name: Name
    kind: EntityKind = "company"
    aliases: list[Name] = []
    descriptions: Phrases = Phrases()
    min_score: Annotated[int, AfterValidator(_score)] = 90


class EntitiesFile(Strict):
    entities: list[EntitySpec] = []


def _plain(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value
