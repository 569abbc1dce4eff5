"""Forms of the partner core."""

from django import forms

from partners.images import clean_image
from partners.models import Partner


class PartnerAdminForm(forms.ModelForm):
    """The admin's partner form: a new logo is decoded, limited and re-encoded before anything is stored."""

    class Meta:
        model = Partner
        fields = "__all__"  # noqa: DJ007 - the ModelAdmin chooses the fields shown

    _thumbnail = None

    def clean_logo(self):
        logo = self.cleaned_data.get("logo")
        # Only a fresh upload carries a content type; an untouched existing logo is left alone.
        if logo and hasattr(logo, "content_type"):
            image = clean_image(logo, basename=self.cleaned_data.get("slug") or self.instance.slug or "logo")
            self._thumbnail = image.thumbnail
            return image.original
        return logo

    def save(self, commit=True):
        partner = super().save(commit=False)
        if self._thumbnail is not None:
            partner.logo_thumbnail = self._thumbnail
        elif not partner.logo:
            partner.logo_thumbnail = None
        if commit:
            partner.save()
            self.save_m2m()
        return partner
