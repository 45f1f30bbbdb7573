"""Configuration: ``[tool.discrepancy]`` in ``pyproject.toml`` or ``.discrepancy.yaml``.

The first folder, from the working folder up, holding either file is the corpus root (when it holds
both, ``.discrepancy.yaml`` is read). Paths in the file are relative to that folder. Flags given on
the command line win over the file, and the file over the defaults.

```toml
[tool.discrepancy]
paths = ["articles"]          # what `check` and `index` read when no PATH is given
rules = ["house-rules"]       # rule folders added to the bundled ones
fail-on = "error"             # error | warning | info | never
baseline = "discrepancy-baseline.json"
index = ".discrepancy/index.sqlite"
```
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

YAML_NAME = ".discrepancy.yaml"
TOML_NAME = "pyproject.toml"


class ConfigError(Exception):
    """A configuration file that cannot be read or says something unknown; names the file."""


class Config(BaseModel):
    """Settings from a file, paths resolved against the file's folder; ``root`` is that folder."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    root: Path = Field(default_factory=Path.cwd)
    source: Path | None = None  # the file the settings came from
    paths: list[Path] = Field(default_factory=list)
    rules: list[Path] = Field(default_factory=list)
    fail_on: Literal["error", "warning", "info", "never"] | None = Field(default=None, alias="fail-on")
    baseline: Path | None = None
    index: Path | None = None


def _table(path: Path) -> dict[str, Any] | None:
    """The settings a file holds, or None when it holds none (a pyproject without the table)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise ConfigError(f"{path}: cannot read ({err.strerror or err})") from None
    if path.name == TOML_NAME:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as err:
            raise ConfigError(f"{path}: {err}") from None
        table = data.get("tool", {}).get("discrepancy")
        if table is not None and not isinstance(table, dict):
            raise ConfigError(f"{path}: [tool.discrepancy] must be a table")
        return table
    try:
        loaded = yaml.safe_load(text)
    except yaml.YAMLError as err:
        raise ConfigError(f"{path}: {err}") from None
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        raise ConfigError(f"{path}: must be a mapping of settings")
    return loaded


def find(start: Path | None = None) -> Path | None:
    """The configuration file for a run started in ``start``: the nearest folder up that has one."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / YAML_NAME
        if candidate.is_file():
            return candidate
        toml = folder / TOML_NAME
        if toml.is_file() and _table(toml) is not None:
            return toml
    return None


def load(path: Path | None = None, start: Path | None = None) -> Config:
    """Settings from ``path``, or from the file :func:`find` finds, or the defaults."""
    path = path or find(start)
    if path is None:
        return Config(root=(start or Path.cwd()).resolve())
    table = dict(_table(path) or {})
    root = path.resolve().parent
    for key in ("paths", "rules"):
        if isinstance(table.get(key), str):
            table[key] = [table[key]]
    try:
        cfg = Config.model_validate({**{k.replace("_", "-") if k == "fail_on" else k: v for k, v in table.items()}})
    except ValidationError as err:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in err.errors())
        raise ConfigError(f"{path}: {problems}") from None
    for forbidden in ("root", "source"):
        if forbidden in table:
            raise ConfigError(f"{path}: {forbidden}: not a setting")

    def under(p: Path) -> Path:
        return p if p.is_absolute() else root / p

    return cfg.model_copy(
        update={
            "root": root,
            "source": path,
            "paths": [under(p) for p in cfg.paths],
            "rules": [under(p) for p in cfg.rules],
            "baseline": under(cfg.baseline) if cfg.baseline else None,
            "index": under(cfg.index) if cfg.index else None,
        }
    )
