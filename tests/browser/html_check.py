"""The Nu Html Checker (vnu) over every page type the browser tests open, in ONE Java run per test run.

While the browser tests run, every page checked with ``axe`` (so every page type) hands the HTML the server sent
(not the DOM after scripts) to ``PageCollector``, which writes each distinct document once into a directory of
the run. When the run ends (``pytest_sessionfinish`` on the controller, also with pytest-xdist, whose workers write
into the controller's directory) vnu from npm (``vnu-jar``) checks them all in one call on Debian's Java; any
error fails the run with vnu's messages and the URL of the page. The hooks live in ``tests/conftest.py``.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
KEY = "html_check_pages"


class PageCollector:
    """Keeps the HTML of each distinct page once: ``<sha1>.html`` with its URL in ``<sha1>.url``."""

    def __init__(self, directory: Path):
        self.directory = directory

    def add(self, url: str, html: str) -> None:
        digest = hashlib.sha1(html.encode()).hexdigest()
        path = self.directory / f"{digest}.html"
        if not path.exists():
            (self.directory / f"{digest}.url").write_text(url)
            path.write_text(html)


def configure(config) -> None:
    """The run's directory of pages: the controller makes it, an xdist worker gets it from the controller."""
    workerinput = getattr(config, "workerinput", None)
    if workerinput is not None and KEY in workerinput:
        config.stash[_directory] = Path(workerinput[KEY])
        return
    config.stash[_directory] = Path(tempfile.mkdtemp(prefix="vnu-pages-"))


def configure_node(node) -> None:
    node.workerinput[KEY] = str(node.config.stash[_directory])


def collector(config) -> PageCollector:
    return PageCollector(config.stash[_directory])


def validate(directory: Path) -> list[str]:
    """Check every page of the directory in one vnu call; returns readable error lines (none: all valid)."""
    java = shutil.which("java")
    if java is None:
        return ["No Java runtime: install Debian's default-jre-headless (make test does, as root) to run vnu."]
    if not VNU_JAR.exists():
        return [f"{VNU_JAR} is missing: run npm ci (make install)."]
    result = subprocess.run(
        [java, "-Xss2m", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--skip-non-html", str(directory)],
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        messages = json.loads(result.stderr or result.stdout or "{}").get("messages", [])
    except json.JSONDecodeError:
        return [f"vnu did not answer in JSON (exit {result.returncode}): {result.stderr[-2000:]}"]
    lines = []
    for message in messages:
        if message.get("type") not in ("error", "non-document-error"):
            continue
        source = Path(message.get("url", "").removeprefix("file:"))
        url_file = source.with_suffix(".url")
        page = url_file.read_text() if url_file.exists() else source.name
        where = f"line {message.get('lastLine', '?')}"
        lines.append(f"{page} ({where}): {message.get('message')}\n    {message.get('extract', '').strip()}")
    if result.returncode != 0 and not lines:
        lines.append(f"vnu exited with {result.returncode}: {result.stderr[-2000:]}")
    return lines


def session_finish(session) -> None:
    """On the controller: validate what the run collected, fail the run on any error, clean up."""
    config = session.config
    if getattr(config, "workerinput", None) is not None or _directory not in config.stash:
        return
    directory = config.stash[_directory]
    try:
        pages = list(directory.glob("*.html"))
        if not pages:
            return
        started = time.monotonic()
        problems = validate(directory)
        took = f"{time.monotonic() - started:.1f} s"
        reporter = config.pluginmanager.get_plugin("terminalreporter")
        if problems:
            if reporter is not None:
                title = f"Nu Html Checker (vnu): {len(problems)} error(s) in {len(pages)} pages ({took})"
                reporter.write_sep("=", title, red=True)
                for line in problems:
                    reporter.write_line(line)
            session.exitstatus = pytest.ExitCode.TESTS_FAILED
        elif reporter is not None:
            reporter.write_line(f"Nu Html Checker (vnu): {len(pages)} distinct pages valid, one Java run of {took}.")
    finally:
        shutil.rmtree(directory, ignore_errors=True)


_directory = pytest.StashKey[Path]()
