"""The committed catalogs are complete: every UI string has a Dutch and a German translation."""

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

LOCALE = Path(__file__).resolve().parents[2] / "locale"


@pytest.mark.parametrize("language", ["nl", "de"])
def test_every_message_is_translated_and_none_is_fuzzy(language):
    with open(LOCALE / language / "LC_MESSAGES" / "django.po", "rb") as handle:
        catalog = read_po(handle, locale=language)
    missing = [message.id for message in catalog if message.id and not message.string]
    missing += [message.id for message in catalog if message.id and isinstance(message.string, tuple)
                and not all(message.string)]
    fuzzy = [message.id for message in catalog if message.id and message.fuzzy]
    assert missing == [] and fuzzy == []


@pytest.mark.parametrize("language", ["nl", "de"])
def test_placeholders_survive_translation(language):
    import re

    with open(LOCALE / language / "LC_MESSAGES" / "django.po", "rb") as handle:
        catalog = read_po(handle, locale=language)
    pattern = re.compile(r"%\(\w+\)s|\{\w+\}")
    for message in catalog:
        if not message.id:
            continue
        source = message.id if isinstance(message.id, str) else message.id[-1]
        translations = message.string if isinstance(message.string, tuple) else (message.string,)
        for translation in translations:
            assert set(pattern.findall(translation)) <= set(pattern.findall(source)) | {"%(counter)s"}, message.id
