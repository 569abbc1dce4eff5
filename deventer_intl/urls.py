from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.views.static import serve

from deventer_intl import api, dossiers, figure_pages, landing, opendata, pages, statements
from deventer_intl.sitemaps import index as sitemap_index
from deventer_intl.sitemaps import sitemaps
from partners import urls as partner_urls

handler404 = "deventer_intl.pages.page_not_found"
handler500 = "deventer_intl.pages.server_error"

urlpatterns = [
    path("healthz", pages.healthz, name="healthz"),
    path("livez", pages.livez, name="livez"),
    path("readyz", pages.readyz, name="readyz"),
    path("robots.txt", pages.robots_txt, name="robots"),
    # An index of sections, each paginated (sitemaps.py sets the page size), so no response grows
    # with the number of partners and the 50,000-URLs-per-file limit is never reached.
    path("sitemap.xml", sitemap_index, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemap_views.sitemap, {"sitemaps": sitemaps}, name="sitemap-section"),
    # The public read-only API (deventer_intl/api.py), outside the language prefixes.
    path("api/v1/", include((api.urlpatterns, "api"))),
]

urlpatterns += i18n_patterns(
    path("", pages.HomeView.as_view(), name="home"),
    # The partner directory and, under the same namespace, the pages that gather every app (dossiers.py).
    path("", include((partner_urls.urlpatterns + dossiers.urlpatterns, partner_urls.app_name))),
    path("", include("agenda.urls")),
    path("", include("subsidies.urls")),
    path("", include("events.urls")),
    path("cijfers/", figure_pages.FiguresView.as_view(), name="figures"),
    path("", include("reports.urls")),
    path("open-data/", opendata.OpenDataView.as_view(), name="open-data"),
    path("open-data/<slug:name>.<str:fmt>", opendata.DownloadView.as_view(), name="open-data-download"),
    path("", include("deventer_intl.relations")),
    path("account/", include("deventer_intl.accounts")),
    path("privacy/", statements.PrivacyView.as_view(), name="privacy"),
    path("cookies/", statements.CookiesView.as_view(), name="cookies"),
    path("toegankelijkheid/", statements.AccessibilityView.as_view(), name="accessibility"),
    path("mijn/organisatie/", landing.MyOrganisationView.as_view(), name="my-organisation"),
    path("admin/", admin.site.urls),
)

if settings.DEBUG:
    # Public media (logos) locally; production serves MEDIA_ROOT from the web server or object storage.
    urlpatterns += [path("media/<path:path>", serve, {"document_root": settings.MEDIA_ROOT})]
