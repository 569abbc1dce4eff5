from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.views.static import serve

from deventer_intl import landing, pages
from deventer_intl.sitemaps import sitemaps

handler404 = "deventer_intl.pages.page_not_found"
handler500 = "deventer_intl.pages.server_error"

urlpatterns = [
    path("healthz", pages.healthz, name="healthz"),
    path("robots.txt", pages.robots_txt, name="robots"),
    # An index of sections, each paginated (sitemaps.py sets the page size), so no response grows
    # with the number of partners and the 50,000-URLs-per-file limit is never reached.
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": sitemaps, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path("sitemap-<slug:section>.xml", sitemap_views.sitemap, {"sitemaps": sitemaps}, name="sitemap-section"),
]

urlpatterns += i18n_patterns(
    path("", pages.HomeView.as_view(), name="home"),
    path("", include("partners.urls")),
    path("", include("agenda.urls")),
    path("", include("subsidies.urls")),
    path("", include("events.urls")),
    path("account/", include("deventer_intl.accounts")),
    path("mijn/organisatie/", landing.MyOrganisationView.as_view(), name="my-organisation"),
    path("admin/", admin.site.urls),
)

if settings.DEBUG:
    # Public media (logos) locally; production serves MEDIA_ROOT from the web server or object storage.
    urlpatterns += [path("media/<path:path>", serve, {"document_root": settings.MEDIA_ROOT})]
