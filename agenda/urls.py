from django.urls import path

from agenda import views

app_name = "agenda"

urlpatterns = [
    path("agenda/", views.ActionListView.as_view(), name="list"),
    path("agenda/nieuw/", views.ActionCreateView.as_view(), name="create"),
    path("agenda/monitoring/", views.MonitoringView.as_view(), name="monitoring"),
    path("agenda/monitoring/werkagenda.<str:fmt>", views.MonitoringExportView.as_view(), name="monitoring-export"),
    path("agenda/<int:pk>/", views.ActionDetailView.as_view(), name="detail"),
    path("agenda/<int:pk>/bewerken/", views.ActionUpdateView.as_view(), name="update"),
    path("agenda/<int:pk>/geschiedenis/", views.ActionHistoryView.as_view(), name="history"),
    path("agenda/<int:pk>/voortgang/", views.ProgressUpdateCreateView.as_view(), name="progress-create"),
    path("agenda/<int:pk>/afsluiten/", views.ActionCloseView.as_view(), name="close"),
    path("agenda/<int:pk>/deelnemers/", views.ParticipationCreateView.as_view(), name="participation-create"),
    path(
        "agenda/<int:pk>/deelnemers/<int:participation_pk>/verwijderen/",
        views.ParticipationDeleteView.as_view(),
        name="participation-delete",
    ),
    path("agenda/<int:pk>/voortgang/<int:update_pk>/<str:kind>/", views.UpdateFileView.as_view(), name="update-file"),
    path("agenda/<int:pk>/bericht/", views.LeadMessageView.as_view(), name="message"),
    path(
        "agenda/<int:pk>/verzoeken/<int:request_pk>/<str:answer>/",
        views.ParticipationRequestAnswerView.as_view(),
        name="request-answer",
    ),
    path("mijn/agenda/", views.MyAgendaView.as_view(), name="mine"),
]
