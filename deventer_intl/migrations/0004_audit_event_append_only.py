"""The audit log is append-only in the database itself: UPDATE and DELETE of a row raise an error, whoever
asks (the admin, a shell, a bug). Flushing the whole table (TRUNCATE, as the test suite does) still works."""

from django.db import migrations

FORWARD = """
CREATE FUNCTION deventer_intl_auditevent_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER deventer_intl_auditevent_append_only
    BEFORE UPDATE OR DELETE ON deventer_intl_auditevent
    FOR EACH ROW EXECUTE FUNCTION deventer_intl_auditevent_append_only();
"""

BACKWARD = """
DROP TRIGGER IF EXISTS deventer_intl_auditevent_append_only ON deventer_intl_auditevent;
DROP FUNCTION IF EXISTS deventer_intl_auditevent_append_only();
"""


class Migration(migrations.Migration):
    dependencies = [("deventer_intl", "0003_audit_event")]

    operations = [migrations.RunSQL(FORWARD, BACKWARD)]
