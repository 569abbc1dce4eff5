from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from deventer_intl.roles import COORDINATOR, ensure_roles

DEMO_PASSWORD = "deventer-demo-2026"
DEMO_USERS = [
    # username, role, description
    ("coordinator", COORDINATOR, "coordinator of the International Office (admin)"),
]


class Command(BaseCommand):
    help = "Create (or keep) one demo login per role and print them. Refuses to run in production."

    def add_arguments(self, parser):
        parser.add_argument("--url", default="http://127.0.0.1:8000/", help="Where the portal is served.")

    def handle(self, *args, url="http://127.0.0.1:8000/", **options):
        if getattr(settings, "PRODUCTION", False):
            raise CommandError("Demo logins are for local use only; this is a production configuration.")
        groups = ensure_roles()
        User = get_user_model()
        self.stdout.write("Demo logins (local use only):")
        for username, role, description in DEMO_USERS:
            user, created = User.objects.get_or_create(
                username=username, defaults={"email": f"{username}@example.org", "is_staff": True}
            )
            if created:
                user.set_password(DEMO_PASSWORD)
                user.save()
            user.groups.add(groups[role])
            self.stdout.write(f"  {username} / {DEMO_PASSWORD}  – {description}")
        self.stdout.write(f"Portal: {url}   Admin: {url.rstrip('/')}/nl/admin/")
