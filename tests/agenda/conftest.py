import pytest


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    """Uploads of the agenda tests go to a temporary directory, never to var/media."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT
