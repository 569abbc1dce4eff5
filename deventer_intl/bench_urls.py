"""URLconf used only by ``bin/bench.py``: the site's own URLs plus ``/bench/floor``.

``/bench/floor`` goes through the whole middleware stack and gunicorn but renders no
template and runs no query, so its latency and throughput are the floor every real page
sits on. bin/bench.py points ``ROOT_URLCONF`` here in its own process and in the gunicorn
workers it starts; the site itself never uses this module.
"""

from django.http import HttpResponse
from django.urls import path

from deventer_intl.urls import handler404, handler500  # noqa: F401
from deventer_intl.urls import urlpatterns as site_urlpatterns


def floor(request):
    return HttpResponse(b"ok", content_type="text/plain")


urlpatterns = [path("bench/floor", floor, name="bench-floor"), *site_urlpatterns]
