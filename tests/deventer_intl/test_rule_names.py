"""The apps' object rules never share a name with Django's model permissions.

Those stay the admin's, granted only through the coordinator's group. A rule named like one
(``events.delete_event``) would answer the admin's question too, and let an office role with
staff status delete or import there.
"""

import rules.permissions
from django.contrib.auth.models import Permission


def test_no_rule_is_named_like_a_model_permission(db):
    model_permissions = {
        f"{app}.{codename}" for app, codename in Permission.objects.values_list("content_type__app_label", "codename")
    }
    rule_names = {
        name
        for name in rules.permissions.permissions
        if name.split(".")[0] in {"agenda", "subsidies", "events", "partners", "deventer_intl"}
    }
    assert len(rule_names) > 20
    assert sorted(rule_names & model_permissions) == []
