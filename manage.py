#!/usr/bin/env python
"""Django's command-line utility; the database comes from deventer_intl.database via the settings."""

import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "deventer_intl.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
