from django.urls import path

from partners import views

app_name = "partners"

urlpatterns = [
    path("partners/", views.PartnerListView.as_view(), name="list"),
    path("partners/<slug:slug>/", views.PartnerDetailView.as_view(), name="detail"),
    path("sectoren/<slug:slug>/", views.SectorDetailView.as_view(), name="sector-detail"),
    path("doelen/", views.GlobalGoalListView.as_view(), name="goal-list"),
    path("doelen/<int:number>/", views.GlobalGoalDetailView.as_view(), name="goal-detail"),
    path("landen/", views.CountryListView.as_view(), name="country-list"),
    path("landen/<str:code>/", views.CountryDetailView.as_view(), name="country-detail"),
    path("netwerken/", views.NetworkListView.as_view(), name="network-list"),
    path("netwerken/<slug:slug>/", views.NetworkDetailView.as_view(), name="network-detail"),
]
