from django.urls import path

from events import views

app_name = "events"

urlpatterns = [
    path("evenementen/", views.EventListView.as_view(), name="list"),
    path("evenementen/geweest/", views.PastEventListView.as_view(), name="past"),
    path("evenementen/kalender/", views.CalendarView.as_view(), name="calendar"),
    path("evenementen/kalender/<int:year>/<int:month>/", views.CalendarView.as_view(), name="calendar-month"),
    path("evenementen/feed.ics", views.feed, name="feed"),
    path("evenementen/nieuw/", views.EventCreateView.as_view(), name="create"),
    path("evenementen/cijfers/", views.FiguresView.as_view(), name="figures"),
    path("evenementen/afmelden/<str:token>/", views.RegistrationCancelView.as_view(), name="cancel"),
    path("evenementen/aanmelding/<str:token>/", views.RegistrationView.as_view(), name="registration"),
    path("evenementen/<slug:slug>.ics", views.EventIcsView.as_view(), name="ics"),
    path("evenementen/<slug:slug>/", views.EventDetailView.as_view(), name="detail"),
    path("evenementen/<slug:slug>/bewerken/", views.EventUpdateView.as_view(), name="update"),
    path("evenementen/<slug:slug>/verwijderen/", views.EventDeleteView.as_view(), name="delete"),
    path("evenementen/<slug:slug>/aanmelden/", views.EventRegisterView.as_view(), name="register"),
    path("evenementen/<slug:slug>/aanmeldingen/", views.RegistrationListView.as_view(), name="registrations"),
    path(
        "evenementen/<slug:slug>/aanmeldingen.<str:fmt>",
        views.RegistrationExportView.as_view(),
        name="registrations-export",
    ),
    path("evenementen/<slug:slug>/bezoekers/", views.AttendanceView.as_view(), name="attendance"),
    path("evenementen/<slug:slug>/inchecken/", views.CheckInView.as_view(), name="checkin"),
    path("mijn/evenementen/", views.MyEventsView.as_view(), name="mine"),
]
