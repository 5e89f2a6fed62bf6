"""Settings from the environment, checked before any document is read: a bad one is a configuration
error (exit 2, one line), never a run in which every document fails on it and nothing is checked."""
from __future__ import annotations

import math
import os
from collections.abc import Mapping
from pathlib import Path

from factcheck.errors import ConfigError, UserError

APPROX_ENV = "FACTCHECK_APPROX"
MAX_APPROX_BYTES = 64 * 1024
_SHIPPED_APPROX = Path(__file__).parent / "data" / "lexicon" / "approx.yaml"


def check_environment(environ: Mapping[str, str] = os.environ) -> None:
    """ConfigError naming the variable or file when a setting cannot be used."""
    path = environ.get(APPROX_ENV)
    if path:
        _check_approx_file(path)


def _check_approx_file(path: str) -> None:
    """FACTCHECK_APPROX: a YAML mapping of the shipped file's keys to shares between 0 and 1."""
    import yaml                       # only a run with the override pays for the parser here

    def refuse(message: str) -> ConfigError:
        return ConfigError([UserError(path, None, None, f"{message} (the file {APPROX_ENV} names)")])

    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_APPROX_BYTES + 1)
    except OSError as e:
        raise refuse(f"cannot be read ({e.strerror or e})") from None
    if len(raw) > MAX_APPROX_BYTES:
        raise refuse(f"larger than {MAX_APPROX_BYTES:,} bytes")
    try:
        data = yaml.safe_load(raw.decode("utf-8"))
    except (UnicodeDecodeError, yaml.YAMLError, RecursionError) as e:
        reason = " ".join(str(e).split())[:160]
        raise refuse(f"not a YAML file in UTF-8 ({reason})") from None
    shipped = yaml.safe_load(_SHIPPED_APPROX.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not data:
        raise refuse(f"expected a mapping of {', '.join(shipped)} to numbers")
    for key, value in data.items():
        if key not in shipped:
            raise refuse(f"unknown key {str(key)!r}; the keys are {', '.join(shipped)}")
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
                or not 0 <= value <= 1:
            raise refuse(f"{key}: expected a share between 0 and 1 (0.05 is 5 %), got {value!r}")
