from django.urls import path

from partners import views

app_name = "partners"

# The detail pages of partners, sectors, goals and countries gather every app: deventer_intl/dossiers.py serves
# them under these names in this namespace (deventer_intl/urls.py includes both lists).
urlpatterns = [
    path("partners/", views.PartnerListView.as_view(), name="list"),
    path("landen/", views.CountryListView.as_view(), name="country-list"),
    path("netwerken/", views.NetworkListView.as_view(), name="network-list"),
    path("netwerken/<slug:slug>/", views.NetworkDetailView.as_view(), name="network-detail"),
]
