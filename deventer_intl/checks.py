"""System checks of the deployment: a production server whose static files were collected without the
manifest storage still serves pages (``StaticStorage`` is not strict), but says so at start."""

from pathlib import Path

from django.conf import settings
from django.core.checks import Warning, register


@register(deploy=True)
def static_manifest(app_configs, **kwargs):
    backend = settings.STORAGES["staticfiles"]["BACKEND"]
    if not backend.endswith("StaticStorage"):
        return []
    if (Path(settings.STATIC_ROOT) / "staticfiles.json").exists():
        return []
    return [
        Warning(
            "The static files were not collected with the production storage: there is no staticfiles.json, "
            "so pages link to unhashed files without far-future caching.",
            hint="Run DJANGO_ENV=production python manage.py collectstatic --noinput (make serve does).",
            id="deventer_intl.W001",
        )
    ]
