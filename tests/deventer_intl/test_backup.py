"""Backups round-trip: the demo data with its attachments, dumped, restored into an empty database and empty
folders, gives every table's row count, a sample of every table's rows and every file back unchanged."""

import hashlib
import io
import json
import tarfile
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from deventer_intl import backups

# The restore replaces the whole schema of the test database: only a transactional test may do that.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SAMPLE = 5


def snapshot() -> dict[str, tuple[int, list]]:
    """Every table: its row count and its first rows in a stable order (as text, so every type compares)."""
    state = {}
    with connection.cursor() as cursor:
        for table in backups.tables():
            cursor.execute(f'SELECT count(*) FROM "{table}"')
            count = cursor.fetchone()[0]
            cursor.execute(f'SELECT t::text FROM "{table}" t ORDER BY t::text LIMIT {SAMPLE}')
            state[table] = (count, [row[0] for row in cursor.fetchall()])
    return state


def checksums(*roots: Path) -> dict[str, str]:
    return {
        f"{index}/{path.relative_to(root)}": hashlib.sha256(path.read_bytes()).hexdigest()
        for index, root in enumerate(roots)
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def folders(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return settings


def test_backup_and_restore_round_trip_the_demo_data_with_attachments(folders, tmp_path):
    settings = folders
    call_command("load_demo", verbosity=0)
    call_command("demo_logins", verbosity=0)
    before = snapshot()
    files_before = checksums(settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT)
    assert sum(1 for name in files_before if name.startswith("1/subsidies/")) > 10  # the attachments
    assert before["subsidies_attachment"][0] > 10 and before["events_event"][0] > 10

    archive = tmp_path / "backup.tar"
    call_command("backup", output=str(archive), verbosity=0)
    with tarfile.open(archive) as opened:
        manifest = json.load(opened.extractfile("manifest.json"))
        names = set(opened.getnames())
    assert manifest["tables"] == {table: count for table, (count, _rows) in before.items()}
    assert manifest["schema"]["agenda"] and manifest["schema"]["subsidies"]  # the latest migration of each app
    assert {entry["path"] for entry in manifest["files"]} <= names and "database.dump" in names
    assert len(manifest["files"]) == len(files_before)

    # A portal with data and files is not overwritten unless told to; nothing changes.
    with pytest.raises(CommandError, match="Refusing to overwrite"):
        call_command("restore", str(archive))
    assert snapshot() == before

    # An empty database and empty folders (a new machine): the restore brings everything back.
    with connection.cursor() as cursor:
        cursor.execute("DROP SCHEMA public CASCADE")
        cursor.execute("CREATE SCHEMA public")
    settings.MEDIA_ROOT = tmp_path / "new-media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "new-private"
    call_command("restore", str(archive), verbosity=0)
    assert snapshot() == before
    assert checksums(settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT) == files_before

    # FORCE=1 replaces what is there: a change made after the backup is gone again.
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM events_registration")
        cursor.execute("UPDATE partners_partner SET name = name || ' (gewijzigd)'")
    (settings.PRIVATE_MEDIA_ROOT / "extra.txt").write_text("na de back-up")
    call_command("restore", str(archive), force=True, verbosity=0)
    assert snapshot() == before
    assert checksums(settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT) == files_before


def test_a_damaged_archive_is_refused_and_changes_nothing(folders, tmp_path):
    archive = tmp_path / "not-a-backup.tar"
    with tarfile.open(archive, "w") as opened:
        opened.add(__file__, arcname="database.dump")
    with pytest.raises(CommandError, match="no manifest"):
        call_command("restore", str(archive))
    with pytest.raises(CommandError, match="does not exist"):
        call_command("restore", str(tmp_path / "missing.tar"))


def test_an_archive_that_writes_outside_its_folder_is_refused_before_anything_changes(folders, tmp_path, make_partner):
    make_partner(name="Blijft staan")
    manifest = json.dumps({"format": 1, "schema": {}, "tables": {}, "files": [], "dump": {"sha256": ""}}).encode()
    archive = tmp_path / "evil.tar"
    with tarfile.open(archive, "w") as opened:
        for name, data in (("manifest.json", manifest), ("../../ontsnapt.txt", b"x")):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            opened.addfile(info, io.BytesIO(data))
    with pytest.raises(CommandError, match="never does"):
        call_command("restore", str(archive), force=True)
    assert backups.tables() and not (tmp_path.parent / "ontsnapt.txt").exists()
    from partners.models import Partner

    assert Partner.objects.filter(name="Blijft staan").exists()
