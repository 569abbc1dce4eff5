from django.urls import path

from reports import views

app_name = "reports"

urlpatterns = [
    path("rapportage/", views.ReportIndexView.as_view(), name="index"),
    path("rapportage/<str:period>/", views.ReportView.as_view(), name="detail"),
    path("rapportage/<str:period>.pdf", views.ReportPdfView.as_view(), name="pdf"),
    path("rapportage/<str:period>.xlsx", views.ReportXlsxView.as_view(), name="xlsx"),
]
