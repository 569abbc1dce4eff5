from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from deventer_intl.demo.users import DEMO_PASSWORD, DEMO_USERS, ensure_demo_users


class Command(BaseCommand):
    help = "Create (or keep) one demo login per role and print them. Refuses to run in production."

    def add_arguments(self, parser):
        parser.add_argument("--url", default="http://127.0.0.1:8000/", help="Where the portal is served.")

    def handle(self, *args, url="http://127.0.0.1:8000/", **options):
        if getattr(settings, "PRODUCTION", False):
            raise CommandError("Demo logins are for local use only; this is a production configuration.")
        ensure_demo_users()
        self.stdout.write("Demo logins (local use only), all with the password " + DEMO_PASSWORD + ":")
        for username, *_rest, description in DEMO_USERS:
            self.stdout.write(f"  {username:<24} {description}")
        self.stdout.write(
            f"Portal: {url}   Log in: {url.rstrip('/')}/nl/account/inloggen/   Admin: {url.rstrip('/')}/nl/admin/"
        )
