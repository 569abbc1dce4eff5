"""PostgreSQL extensions and the accent-insensitive Dutch text-search configuration the search uses."""

from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations

CREATE_CONFIG = """
CREATE TEXT SEARCH CONFIGURATION dutch_unaccent (COPY = pg_catalog.dutch);
ALTER TEXT SEARCH CONFIGURATION dutch_unaccent
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem;
"""
DROP_CONFIG = "DROP TEXT SEARCH CONFIGURATION IF EXISTS dutch_unaccent;"


class Migration(migrations.Migration):
    initial = True
    dependencies = []

    operations = [
        TrigramExtension(),
        UnaccentExtension(),
        migrations.RunSQL(CREATE_CONFIG, DROP_CONFIG),
    ]
