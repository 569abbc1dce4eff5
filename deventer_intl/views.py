"""Site-wide pages: home, health, robots.txt, error pages."""

from django.db import connection
from django.db.utils import DatabaseError
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView

from partners.models import Country, Network, Partner, Sector
from deventer_intl.klaverblad import klaverblad_leaves


class HomeView(TemplateView):
    """What the International Office is, the klaverblad, and the ways in."""

    template_name = "home.html"

    def get_context_data(self, **kwargs):
        sectors = list(Sector.objects.with_partner_counts())
        return super().get_context_data(
            sectors=sectors,
            leaves=klaverblad_leaves(sectors),
            partner_count=Partner.objects.published().count(),
            country_count=Country.objects.filter(partners__published=True).distinct().count(),
            network_count=Network.objects.count(),
            **kwargs,
        )


@never_cache
def healthz(request):
    """200 when the database answers, 503 when it does not; for load balancers and monitoring."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def page_not_found(request, exception):
    return render(request, "404.html", status=404)


def server_error(request):
    return render(request, "500.html", status=500)
