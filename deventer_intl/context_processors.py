"""Template context used by every page."""

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

from deventer_intl.version import VERSION


def site(request):
    """The language switch: the current page in each language, as plain links; and for the ``hreflang``
    alternates in the head the same pages as absolute URLs, with the Dutch one as ``x-default``."""
    current = get_language()
    path = request.get_full_path() if request is not None else "/"
    links = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        url = translate_url(path, code)
        links.append(
            {
                "code": code,
                "name": info["name_local"],
                "url": url,
                "absolute_url": request.build_absolute_uri(url) if request is not None else url,
                "current": code == current,
            }
        )
    default = next((link["absolute_url"] for link in links if link["code"] == settings.LANGUAGE_CODE), None)
    return {
        "language_links": links,
        "language_default_url": default,
        "portal_version": VERSION,
        "demo_data": settings.DEMO_DATA,
    }
