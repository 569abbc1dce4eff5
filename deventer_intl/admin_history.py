"""The admin's history pages in the user's language: readable changes, and django-simple-history's own words.

django-simple-history ships no Dutch catalog, so its pages showed English to Dutch coordinators ("Revert",
"Change reason" … "None") and its list of changes showed stored values (``in_progress → realised``).
``HistoryAdmin`` is the base of every admin with history: its list shows labels (status names, yes/no, the
names of related objects) and no empty change reason; the strings below put simple-history's texts in our
catalogs (nl, en, de), which Django consults before the package's own.
"""

from django.utils.formats import localize
from django.utils.translation import gettext, gettext_noop
from simple_history.admin import SimpleHistoryAdmin
from simple_history.template_utils import HistoricalRecordContextHelper

#: The texts of django-simple-history's admin templates and views, so ``make catalogs`` keeps them.
SIMPLE_HISTORY_STRINGS = (
    gettext_noop("Revert"),
    gettext_noop("Revert %s"),
    gettext_noop("Revert %(verbose_name)s"),
    gettext_noop("View %s"),
    gettext_noop("View %(verbose_name)s"),
    gettext_noop("View history: %s"),
    gettext_noop("Change history: %s"),
    gettext_noop("Change History"),
    gettext_noop("Close"),
    gettext_noop("Press the 'Revert' button below to revert to this version of the object."),
    gettext_noop("Press the 'Change History' button below to edit the history."),
    gettext_noop("Choose a date from the list below to revert to a previous version of this object."),
    gettext_noop("This object doesn't have a change history."),
    gettext_noop('The %(name)s "%(obj)s" was changed successfully.'),
    gettext_noop("You may edit it again below"),
    gettext_noop("Created"),
    gettext_noop("Changed"),
    gettext_noop("Deleted"),
    gettext_noop("Deleted %(type_name)s"),
)


class ReadableHistoryHelper(HistoricalRecordContextHelper):
    """Changes as people read them: a status by its label, yes/no, a date in the user's format."""

    def prepare_delta_change_value(self, change, value):
        field = self.model._meta.get_field(change.field)
        if value is None or value == "":
            return "—"
        if getattr(field, "flatchoices", None) and not isinstance(value, (list, tuple)):
            return dict(field.flatchoices).get(value, value)
        if isinstance(value, bool):
            return gettext("yes") if value else gettext("no")
        prepared = super().prepare_delta_change_value(change, value)
        return prepared if isinstance(prepared, (list, tuple)) else localize(prepared)


class HistoryAdmin(SimpleHistoryAdmin):
    """SimpleHistoryAdmin whose history list speaks the user's language (see the module's docstring)."""

    object_history_list_template = "admin/history_list.html"

    def get_historical_record_context_helper(self, request, historical_record):
        return ReadableHistoryHelper(self.model, historical_record)
