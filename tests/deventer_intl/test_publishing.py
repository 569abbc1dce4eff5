"""What an operator at a municipality looks for first: publiccode.yml, the licence, the security
policy, the changelog, and one version number everywhere."""

import json
import re
import subprocess
import sys
import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
VERSION = PYPROJECT["project"]["version"]


@pytest.fixture(scope="module")
def publiccode():
    return yaml.safe_load((ROOT / "publiccode.yml").read_text())


def test_publiccode_has_the_fields_the_standard_requires(publiccode):
    # publiccode.yml standard 0.4: the keys every file must have.
    for key in [
        "publiccodeYmlVersion",
        "name",
        "url",
        "platforms",
        "categories",
        "developmentStatus",
        "softwareType",
        "description",
        "legal",
        "maintenance",
        "localisation",
    ]:
        assert publiccode.get(key), key
    assert tuple(int(part) for part in publiccode["publiccodeYmlVersion"].split(".")) >= (0, 4)
    assert publiccode["softwareType"] in {
        "standalone/mobile",
        "standalone/iot",
        "standalone/desktop",
        "standalone/web",
        "standalone/backend",
        "standalone/other",
        "addon",
        "library",
        "configurationFiles",
    }
    assert publiccode["developmentStatus"] in {"concept", "development", "beta", "stable", "obsolete"}
    assert publiccode["legal"]["license"] == "EUPL-1.2"
    assert publiccode["maintenance"]["type"] in {"internal", "contract", "community", "none"}
    assert publiccode["maintenance"]["contacts"][0]["name"]
    assert publiccode["localisation"]["localisationReady"] is True
    assert set(publiccode["localisation"]["availableLanguages"]) == {"nl", "en", "de"}
    assert publiccode["intendedAudience"]["countries"] == ["nl"]
    assert "government" in publiccode["intendedAudience"]["scope"]
    assert publiccode["usedBy"] == ["Gemeente Deventer"]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_publiccode_describes_the_portal_in_dutch_and_english(publiccode, language):
    description = publiccode["description"][language]
    assert 0 < len(description["shortDescription"]) <= 150
    assert 150 <= len(description["longDescription"]) <= 10000
    assert len(description["features"]) >= 3
    assert description["documentation"].startswith("https://")


def test_publiccode_names_its_dependencies(publiccode):
    names = {dependency["name"]: dependency for dependency in publiccode["dependsOn"]["open"]}
    assert names["PostgreSQL"]["versionMin"] == "14"
    assert {"PostgreSQL extension pg_trgm", "PostgreSQL extension unaccent"} <= names.keys()
    assert names["Redis"]["optional"] is True
    # The extensions named are the ones the migrations create.
    migration = (ROOT / "partners" / "migrations" / "0001_search_extensions.py").read_text()
    assert "TrigramExtension()" in migration and "UnaccentExtension()" in migration


def test_one_version_everywhere(publiccode):
    assert publiccode["softwareVersion"] == VERSION
    assert version("deventer-intl") == VERSION, "reinstall the package (make install) after changing its version"
    newest = re.search(r"^## (\d+\.\d+\.\d+) — (\d{4}-\d{2}-\d{2})$", (ROOT / "CHANGELOG.md").read_text(), re.M)
    assert newest is not None, "CHANGELOG.md names its releases as '## X.Y.Z — YYYY-MM-DD'"
    assert newest.group(1) == VERSION
    assert str(publiccode["releaseDate"]) == newest.group(2)


def test_the_changelog_groups_its_entries_as_the_municipal_projects_do():
    text = (ROOT / "CHANGELOG.md").read_text()
    groups = set(re.findall(r"^### (.+)$", text, re.M))
    assert groups <= {"Breaking changes", "New features", "Bug fixes", "Maintenance"}
    assert {"New features", "Maintenance"} <= groups


def test_the_licence_is_the_eupl_everywhere():
    licence = (ROOT / "LICENSE").read_text()
    assert licence.startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    assert "Compatible Licences" in licence  # the whole text, with its appendix
    assert PYPROJECT["project"]["license"] == "EUPL-1.2"
    assert json.loads((ROOT / "package.json").read_text())["license"] == "EUPL-1.2"


def test_the_security_policy_says_how_to_report_and_which_versions_get_fixes():
    policy = (ROOT / "SECURITY.md").read_text()
    assert "## How to report a vulnerability" in policy and "Privately" in policy
    assert "## What happens then" in policy
    assert "## Supported versions" in policy
    minor = ".".join(VERSION.split(".")[:2])
    assert f"({minor}.x)" in policy, "SECURITY.md names the current minor release as supported"


def test_env_example_is_generated_from_the_settings():
    generated = subprocess.run(
        [sys.executable, str(ROOT / "bin" / "config-reference"), "--env-example"],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout
    assert (ROOT / ".env.example").read_text() == generated, "run `make env-example` and commit .env.example"
    assert "# SECRET_KEY=\n" in generated  # secrets never show a value
