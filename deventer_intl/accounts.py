"""Logins: log in and out, password reset by e-mail, and the profile page (Django's auth views, our templates)."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth import views as auth_views
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import JsonResponse
from django.urls import path, reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import UpdateView, View

from deventer_intl.forms import AccessibleFormMixin
from deventer_intl.history import by_user
from deventer_intl.landing import landing_url
from deventer_intl.models import Profile
from deventer_intl.privacy import personal_data
from deventer_intl.ratelimits import RateLimitedFormMixin
from deventer_intl.roles import links, role_names
from deventer_intl.views import CrumbsMixin
from partners.models import Partner, Sector


class AccessibleAuthForm(AccessibleFormMixin, auth_views.AuthenticationForm):
    pass


class AccessiblePasswordResetForm(AccessibleFormMixin, auth_views.PasswordResetForm):
    pass


class AccessibleSetPasswordForm(AccessibleFormMixin, auth_views.SetPasswordForm):
    pass


class AccessiblePasswordChangeForm(AccessibleFormMixin, auth_views.PasswordChangeForm):
    pass


class ProfileSettingsMixin:
    """The profile's e-mail settings next to the login's name and address (before AccessibleFormMixin styles them)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        profile = Profile.objects.filter(user=self.instance).first() if self.instance.pk else None
        self.fields["language"] = forms.ChoiceField(
            label=Profile._meta.get_field("language").verbose_name,
            choices=settings.LANGUAGES,
            initial=profile.language if profile else settings.LANGUAGE_CODE,
            required=False,  # left out: the language stays as it is
        )
        self.fields["stale_digest"] = forms.BooleanField(
            label=Profile._meta.get_field("stale_digest").verbose_name,
            help_text=Profile._meta.get_field("stale_digest").help_text,
            required=False,
            initial=profile.stale_digest if profile else True,
        )

    def save_settings(self) -> None:
        profile, _created = Profile.objects.get_or_create(user=self.instance)
        profile.language = self.cleaned_data["language"] or profile.language
        profile.stale_digest = self.cleaned_data["stale_digest"]
        by_user(profile, self.instance).save()


class ProfileForm(AccessibleFormMixin, ProfileSettingsMixin, forms.ModelForm):
    class Meta:
        model = get_user_model()
        fields = ["first_name", "last_name", "email"]
        widgets = {
            "first_name": forms.TextInput(attrs={"autocomplete": "given-name"}),
            "last_name": forms.TextInput(attrs={"autocomplete": "family-name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].required = True
        self.fields["email"].widget.attrs["required"] = True


class LoginView(CrumbsMixin, auth_views.LoginView):
    """Logs in; then a safe ``next``, else the role's own work (``deventer_intl.landing``)."""

    crumb_label = gettext_lazy("Log in")
    form_class = AccessibleAuthForm
    redirect_authenticated_user = True

    def get_default_redirect_url(self):
        return landing_url(self.request.user)


class PasswordResetView(RateLimitedFormMixin, CrumbsMixin, auth_views.PasswordResetView):
    """Ask for a reset link by e-mail; rate-limited per client address (the e-mail goes to whoever is named)."""

    rate_limit_group = "password-reset"
    crumb_label = gettext_lazy("Forgot your password?")
    form_class = AccessiblePasswordResetForm
    success_url = reverse_lazy("password_reset_done")
    email_template_name = "registration/password_reset_email.txt"
    subject_template_name = "registration/password_reset_subject.txt"


class PasswordResetDoneView(CrumbsMixin, auth_views.PasswordResetDoneView):
    crumb_label = gettext_lazy("Forgot your password?")


class PasswordResetConfirmView(CrumbsMixin, auth_views.PasswordResetConfirmView):
    crumb_label = gettext_lazy("Choose a new password")
    form_class = AccessibleSetPasswordForm
    success_url = reverse_lazy("password_reset_complete")


class PasswordResetCompleteView(CrumbsMixin, auth_views.PasswordResetCompleteView):
    crumb_label = gettext_lazy("Choose a new password")


class PasswordChangeView(CrumbsMixin, auth_views.PasswordChangeView):
    crumb_label = gettext_lazy("Change password")
    form_class = AccessiblePasswordChangeForm
    success_url = reverse_lazy("profile")

    def form_valid(self, form):
        messages.success(self.request, _("Your password was changed."))
        return super().form_valid(form)


class ProfileView(LoginRequiredMixin, CrumbsMixin, UpdateView):
    """The logged-in user's own page: name and e-mail, roles, sector and organisations."""

    crumb_label = gettext_lazy("My profile")
    form_class = ProfileForm
    template_name = "registration/profile.html"
    success_url = reverse_lazy("profile")

    def get_object(self, queryset=None):
        return self.request.user

    def get_context_data(self, **kwargs):
        held = links(self.request.user)
        return super().get_context_data(
            roles=role_names(self.request.user),
            sector=Sector.objects.filter(pk=held.sector_id).first() if held.sector_id else None,
            organisations=Partner.objects.filter(pk__in=held.partner_ids).order_by("name"),
            **kwargs,
        )

    def form_valid(self, form):
        response = super().form_valid(form)
        form.save_settings()
        messages.success(self.request, _("Your profile was saved."))
        return response


class MyDataView(LoginRequiredMixin, View):
    """Everything the portal holds about the logged-in person, as a JSON download (AVG: access and portability)."""

    def get(self, request, *args, **kwargs):
        data = personal_data(request.user)
        response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 2})
        response["Content-Disposition"] = f'attachment; filename="mijn-gegevens-{request.user.pk}.json"'
        response["Cache-Control"] = "private, no-store"
        return response


urlpatterns = [
    path("inloggen/", LoginView.as_view(), name="login"),
    path("uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
    path("wachtwoord-vergeten/", PasswordResetView.as_view(), name="password_reset"),
    path("wachtwoord-vergeten/verstuurd/", PasswordResetDoneView.as_view(), name="password_reset_done"),
    path("wachtwoord-herstellen/<uidb64>/<token>/", PasswordResetConfirmView.as_view(), name="password_reset_confirm"),
    path("wachtwoord-herstellen/klaar/", PasswordResetCompleteView.as_view(), name="password_reset_complete"),
    path("wachtwoord-wijzigen/", PasswordChangeView.as_view(), name="password_change"),
    path("profiel/", ProfileView.as_view(), name="profile"),
    path("profiel/mijn-gegevens.json", MyDataView.as_view(), name="my-data"),
]
