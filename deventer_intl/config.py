"""Environment variables, declared once: name, default, meaning, and whether production needs it.

``settings.py`` reads every variable through these functions, so the registry ``VARIABLES`` is the one
list of what an operator can set: the configuration reference in the documentation and ``.env.example``
are generated from it (never a second hand-kept list). Reading a variable that was not declared here is
impossible by construction; declaring one twice with a different default is an error.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.core.exceptions import ImproperlyConfigured

TRUE = {"1", "true", "yes", "on"}
FALSE = {"0", "false", "no", "off"}


@dataclass(frozen=True)
class Variable:
    name: str
    default: str  # as an operator would write it in the environment ("" when unset means "none")
    help: str
    group: str
    required_in_production: bool = False
    kind: str = "text"  # text, bool, int, list, url, path, secret


VARIABLES: dict[str, Variable] = {}


def _declare(variable: Variable) -> None:
    known = VARIABLES.get(variable.name)
    if known is not None and known != variable:
        raise ImproperlyConfigured(f"{variable.name} is declared twice with different meanings.")
    VARIABLES[variable.name] = variable


def _raw(name: str) -> str | None:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return None
    return value.strip()


def env(
    name: str,
    default: Any = "",
    *,
    help: str,
    group: str = "General",
    required_in_production: bool = False,
    kind: str = "text",
    cast: Callable[[str], Any] = str,
) -> Any:
    """The value of ``name`` from the environment, cast, or ``default`` when it is unset or empty."""
    _declare(Variable(name, _shown(default), help, group, required_in_production, kind))
    raw = _raw(name)
    if raw is None:
        return default
    try:
        return cast(raw)
    except (TypeError, ValueError) as error:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a valid {kind} value: {error}") from error


def env_bool(name: str, default: bool, **kwargs: Any) -> bool:
    return env(name, default, kind="bool", cast=_to_bool, **kwargs)


def env_int(name: str, default: int, **kwargs: Any) -> int:
    return env(name, default, kind="int", cast=int, **kwargs)


def env_list(name: str, default: list[str] | tuple[str, ...] = (), **kwargs: Any) -> list[str]:
    return list(env(name, list(default), kind="list", cast=_to_list, **kwargs))


def _to_bool(raw: str) -> bool:
    lowered = raw.lower()
    if lowered in TRUE:
        return True
    if lowered in FALSE:
        return False
    raise ValueError("use 1/0, true/false, yes/no or on/off")


def _to_list(raw: str) -> list[str]:
    return [item.strip() for item in raw.split(",") if item.strip()]


def _shown(default: Any) -> str:
    if isinstance(default, Path):
        try:
            return str(default.relative_to(Path.cwd()))
        except ValueError:
            return str(default)
    if isinstance(default, bool):
        return "1" if default else "0"
    if isinstance(default, list | tuple):
        return ",".join(str(item) for item in default)
    if default is None:
        return ""
    return str(default)


def reference() -> list[dict]:
    """Every declared variable as plain data, sorted by group and name (for the documentation)."""
    return [
        {
            "name": variable.name,
            "default": variable.default,
            "help": variable.help,
            "group": variable.group,
            "required_in_production": variable.required_in_production,
            "kind": variable.kind,
        }
        for variable in sorted(VARIABLES.values(), key=lambda variable: (variable.group, variable.name))
    ]


def env_example(variables: list[dict]) -> str:
    """The text of ``.env.example``: every variable with its meaning, commented out at its default."""
    lines = [
        "# Generated from the settings (deventer_intl/config.py) by `make env-example`; do not edit by hand.",
        "# Copy to .env (never committed) or set these in the environment. Every variable is optional for",
        "# local use; production (DJANGO_ENV=production) refuses to start unless the required ones are safe.",
    ]
    group = None
    for variable in variables:
        if variable["group"] != group:
            group = variable["group"]
            lines += ["", f"# == {group} =="]
        required = " Required in production." if variable["required_in_production"] else ""
        lines.append(f"# {variable['help']}{required}")
        default = "" if variable["kind"] == "secret" else variable["default"]
        lines.append(f"# {variable['name']}={default}")
    return "\n".join(lines) + "\n"
