"""The audit log stays append-only, with one way out for the AVG: the retention run may delete rows older than
its period after switching ``deventer_intl.audit_purge`` on for its own transaction (``SET LOCAL``). Every
other UPDATE or DELETE is still refused."""

from django.db import migrations

FORWARD = """
CREATE OR REPLACE FUNCTION deventer_intl_auditevent_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('deventer_intl.audit_purge', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'the audit log is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;
"""

BACKWARD = """
CREATE OR REPLACE FUNCTION deventer_intl_auditevent_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;
"""


class Migration(migrations.Migration):
    dependencies = [("deventer_intl", "0004_audit_event_append_only")]

    operations = [migrations.RunSQL(FORWARD, BACKWARD)]
