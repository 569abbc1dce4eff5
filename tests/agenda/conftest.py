import pytest


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    """Uploads of the agenda tests go to temporary directories, never to var/; returns the private one."""
    settings.MEDIA_ROOT = tmp_path / "media"
    # Update photos and PDFs live in private storage, served only through a permission check.
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return settings.PRIVATE_MEDIA_ROOT
