"""The committed catalogs are complete: every UI string has a Dutch and a German translation.

The site-wide catalog lives in ``locale/``; an app may keep its own in ``<app>/locale/``.
"""

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
CATALOGS = [
    path
    for language in ("nl", "de")
    for path in sorted(
        [
            ROOT / "locale" / language / "LC_MESSAGES" / "django.po",
            *ROOT.glob(f"*/locale/{language}/LC_MESSAGES/django.po"),
        ]
    )
]
PLACEHOLDER = re.compile(r"%\(\w+\)s|\{\w+\}")


def read(path: Path):
    with open(path, "rb") as handle:
        return read_po(handle, locale=path.parents[1].name)


@pytest.mark.parametrize("path", CATALOGS, ids=lambda path: str(path.relative_to(ROOT)))
def test_every_message_is_translated_and_none_is_fuzzy(path):
    catalog = read(path)
    missing = [message.id for message in catalog if message.id and not message.string]
    missing += [
        message.id
        for message in catalog
        if message.id and isinstance(message.string, tuple) and not all(message.string)
    ]
    fuzzy = [message.id for message in catalog if message.id and message.fuzzy]
    assert missing == [] and fuzzy == []


@pytest.mark.parametrize("path", CATALOGS, ids=lambda path: str(path.relative_to(ROOT)))
def test_placeholders_survive_translation(path):
    for message in read(path):
        if not message.id:
            continue
        source = message.id if isinstance(message.id, str) else message.id[-1]
        translations = message.string if isinstance(message.string, tuple) else (message.string,)
        for translation in translations:
            assert set(PLACEHOLDER.findall(translation)) <= set(PLACEHOLDER.findall(source)) | {"%(counter)s"}, (
                message.id
            )
