import pytest


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    """Uploads of the event tests go to temporary directories, never to var/."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def dutch_by_default():
    """A request under /en/ or /de/ leaves its language active in the thread: start every test in Dutch."""
    from django.utils import translation

    with translation.override("nl"):
        yield
