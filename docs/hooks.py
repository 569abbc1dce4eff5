"""MkDocs hook: the configuration reference page, generated from the settings' own declarations.

It reads ``bin/config-reference`` in development and in production mode and writes one table per
group: so the page can never drift from what ``deventer_intl/settings.py`` actually reads.
"""

import json
import subprocess
import sys
from pathlib import Path

from mkdocs.structure.files import File

ROOT = Path(__file__).resolve().parent.parent


def _declared(mode: str) -> dict[str, dict]:
    output = subprocess.run(
        [sys.executable, str(ROOT / "bin" / "config-reference"), mode], check=True, capture_output=True, text=True
    ).stdout
    return {variable["name"]: variable for variable in json.loads(output)}


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ") if text else "(empty)"


def configuration_page() -> str:
    development, production = _declared("development"), _declared("production")
    names = sorted(development.keys() | production.keys(), key=lambda n: ((development | production)[n]["group"], n))
    lines = [
        "# Configuration reference",
        "",
        "Every setting the portal reads from its environment, generated from `deventer_intl/settings.py` when",
        "this documentation is built (never kept by hand). Set them in the environment or in a `.env` file",
        "read by your process manager; `.env.example` lists them with the same texts.",
        "",
        "*Required in production*: with `DJANGO_ENV=production` the portal refuses to start until it is set",
        "to a safe value, and says which one is missing. A default of *(empty)* means unset. Secrets show no",
        "default.",
    ]
    group = None
    for name in names:
        variable = production.get(name) or development[name]
        if variable["group"] != group:
            group = variable["group"]
            lines += [
                "",
                f"## {group}",
                "",
                "| variable | meaning | default (development) | default (production) | required in production |",
                "|---|---|---|---|---|",
            ]
        secret = variable["kind"] == "secret"
        dev = "—" if name not in development else ("(hidden)" if secret else _cell(development[name]["default"]))
        prod = "—" if name not in production else ("(hidden)" if secret else _cell(production[name]["default"]))
        required = "yes" if variable["required_in_production"] else "no"
        lines.append(f"| `{name}` | {_cell(variable['help'])} | `{dev}` | `{prod}` | {required} |")
    lines += ["", "A dash (—) means the setting is only read in the other mode.", ""]
    return "\n".join(lines)


def on_files(files, config):
    files.append(File.generated(config, "configuration.md", content=configuration_page()))
    return files
