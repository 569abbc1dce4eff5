"""Template context used by every page."""

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info


def site(request):
    """The language switch: the current page in each language, as plain links."""
    current = get_language()
    path = request.get_full_path() if request is not None else "/"
    links = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        links.append(
            {
                "code": code,
                "name": info["name_local"],
                "url": translate_url(path, code),
                "current": code == current,
            }
        )
    return {"language_links": links, "demo_data": settings.DEMO_DATA}
