from django.urls import path

from subsidies import views

app_name = "subsidies"

urlpatterns = [
    path("mijn/subsidies/", views.MySubsidiesView.as_view(), name="mine"),
    path("subsidies/", views.QueueView.as_view(), name="list"),
    path("subsidies/budget/", views.BudgetView.as_view(), name="budget"),
    path("subsidies/cijfers/", views.FiguresView.as_view(), name="figures"),
    path("subsidies/verleend/", views.RegisterView.as_view(), name="register"),
    path("subsidies/verleend/verleend.<str:fmt>", views.RegisterExportView.as_view(), name="register-export"),
    path("subsidies/aanvragen/nieuw/", views.ApplicationCreateView.as_view(), name="create"),
    path("subsidies/aanvragen/<int:pk>/", views.ApplicationDetailView.as_view(), name="detail"),
    path("subsidies/aanvragen/<int:pk>/bewerken/", views.ApplicationUpdateView.as_view(), name="update"),
    path("subsidies/aanvragen/<int:pk>/indienen/", views.SubmitView.as_view(), name="submit"),
    path("subsidies/aanvragen/<int:pk>/intrekken/", views.WithdrawView.as_view(), name="withdraw"),
    path(
        "subsidies/aanvragen/<int:pk>/bijlagen/<int:attachment_pk>/", views.AttachmentView.as_view(), name="attachment"
    ),
    path(
        "subsidies/aanvragen/<int:pk>/bijlagen/<int:attachment_pk>/verwijderen/",
        views.AttachmentDeleteView.as_view(),
        name="attachment-delete",
    ),
    path("subsidies/aanvragen/<int:pk>/brieven/<str:kind>.pdf", views.LetterView.as_view(), name="letter"),
    path("subsidies/aanvragen/<int:pk>/dossier.zip", views.DossierView.as_view(), name="dossier"),
    path("subsidies/aanvragen/<int:pk>/beoordelen/", views.ReviewView.as_view(), name="review"),
    path("subsidies/aanvragen/<int:pk>/besluit/", views.ProposeView.as_view(), name="propose"),
    path("subsidies/aanvragen/<int:pk>/bevestigen/", views.ConfirmView.as_view(), name="confirm"),
    path("subsidies/aanvragen/<int:pk>/betaling/", views.PaymentView.as_view(), name="payment"),
    path("subsidies/aanvragen/<int:pk>/eindverslag/", views.FinalReportView.as_view(), name="report"),
    path("subsidies/aanvragen/<int:pk>/vaststellen/", views.SettleView.as_view(), name="settle"),
]
