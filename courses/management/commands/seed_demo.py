"""`manage.py seed_demo`: load the demo content; running it again changes nothing."""

from django.core.management.base import BaseCommand, CommandError

from lms.demo.data.people import DEMO_PASSWORD, USERS
from lms.demo.loader import load_demo


class Command(BaseCommand):
    help = (
        "Load Lintas's demo content (regions, OPDs, topics, regulations, courses with "
        "their pre- and post-tests, case studies, articles, one account per role, the two "
        "delegations learning their courses). Idempotent: only what is missing is "
        "created. --scale N adds N-1 numbered copies of every course, case study and "
        "article (without tests or learners), for benchmarks."
    )

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=int, default=1, help="copies of the content")
        parser.add_argument("--quiet-logins", action="store_true", help="do not print logins")

    def handle(self, *args, scale: int, quiet_logins: bool, **options):
        if scale < 1:
            raise CommandError("--scale must be 1 or more.")
        self.stdout.write("Loading demo content...")
        load_demo(scale=scale, log=self.stdout.write)
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
        if not quiet_logins:
            self.stdout.write(f"\nDemo logins (password for all: {DEMO_PASSWORD}):")
            for username, _first, _last, _email, role, _superuser in USERS:
                self.stdout.write(f"  {username:<20} {role}")
