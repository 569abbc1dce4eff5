"""Site-wide pages: home, health, robots.txt, error pages (the shared web layer is in views.py)."""

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.utils import DatabaseError
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView

from agenda.models import Action, PolicyPeriod
from agenda.monitoring import under_way_figure
from deventer_intl import network
from deventer_intl.klaverblad import klaverblad_leaves
from deventer_intl.version import VERSION
from events.models import Event
from partners.models import Country, Network, Partner, Sector


class HomeView(TemplateView):
    """What the International Office is, the klaverblad, and the ways in."""

    template_name = "home.html"

    def get_context_data(self, **kwargs):
        sectors = list(Sector.objects.with_partner_counts())
        return super().get_context_data(
            sectors=sectors,
            leaves=klaverblad_leaves(sectors),
            partner_count=Partner.objects.published().count(),
            country_count=Country.objects.having_partners().count(),
            network_count=Network.objects.count(),
            **self.agenda_context(),
            **network.whats_new(),
            upcoming_events=Event.objects.public()
            .upcoming()
            .order_by("start", "pk")
            .only("pk", "slug", "title", "start", "end", "all_day")[:3],
            **kwargs,
        )

    @staticmethod
    def agenda_context() -> dict:
        """The newest policy period's "N of M realised or under way", from the public actions."""
        period = PolicyPeriod.objects.first()
        if period is None:
            return {"agenda_period": None}
        return {
            "agenda_period": period,
            "agenda_figure": under_way_figure(Action.objects.public().filter(period=period)),
        }


def _database_answers() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return False
    return True


def _cache_answers() -> bool:
    try:
        cache.set("readyz", VERSION, timeout=10)
        return cache.get("readyz") == VERSION
    except Exception:  # any backend's connection error (Redis, database cache) means "not ready"
        return False


@never_cache
def healthz(request):
    """200 when the database answers, 503 when it does not; for load balancers and monitoring."""
    if not _database_answers():
        return JsonResponse({"status": "error", "database": "unreachable", "version": VERSION}, status=503)
    return JsonResponse({"status": "ok", "database": "ok", "version": VERSION})


@never_cache
def livez(request):
    """Liveness: the process serves requests. Touches no database, cache or session, so an orchestrator
    does not restart healthy processes while the database is away."""
    return JsonResponse({"status": "ok", "version": VERSION})


@never_cache
def readyz(request):
    """Readiness: the database and the shared cache answer, so this instance may get traffic."""
    checks = {"database": _database_answers(), "cache": _cache_answers()}
    ready = all(checks.values())
    return JsonResponse(
        {
            "status": "ok" if ready else "error",
            "version": VERSION,
            **{name: "ok" if passed else "unreachable" for name, passed in checks.items()},
        },
        status=200 if ready else 503,
    )


def robots_txt(request):
    """Keep crawlers out of the admin and point them at the sitemap."""
    lines = ["User-agent: *"]
    # The admin lives under each language prefix (/nl/admin/ …).
    lines += [f"Disallow: /{code}/admin/" for code, _name in settings.LANGUAGES]
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def page_not_found(request, exception):
    """The 404 page in the site's style."""
    return render(request, "404.html", status=404)


def server_error(request):
    """The 500 page without context processors: it must render when the database or session is down."""
    return HttpResponseServerError(loader.render_to_string("500.html"))
