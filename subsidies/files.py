"""Attachments are checked by their content, never by their name: PDF, DOCX, XLSX or an image Pillow can decode."""

from __future__ import annotations

import io
import os
import re
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

from partners import images as partners_images

#: What each content type is saved as, whatever extension the upload had.
EXTENSIONS = {
    "pdf": ".pdf",
    "docx": ".docx",
    "xlsx": ".xlsx",
    "PNG": ".png",
    "JPEG": ".jpg",
    "WEBP": ".webp",
    "GIF": ".gif",
}


IMAGE_EXTENSIONS = {EXTENSIONS[kind] for kind in ("PNG", "JPEG", "WEBP", "GIF")}


def sniff(data: bytes) -> str | None:
    """The kind of document ``data`` really is, or None."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, ValueError):
            return None
        if "[Content_Types].xml" in names:
            if any(name.startswith("word/") for name in names):
                return "docx"
            if any(name.startswith("xl/") for name in names):
                return "xlsx"
        return None
    try:
        with Image.open(io.BytesIO(data)) as probe:
            image_format = probe.format
            probe.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return None
    return image_format if image_format in EXTENSIONS else None


def clean_attachment(upload) -> str:
    """Check an uploaded document and return the safe file name to store it under.

    Raises ValidationError in the user's language for a file that is too large or is not really a
    PDF, Word (DOCX), Excel (XLSX) or image file.
    """
    max_bytes = settings.SUBSIDY_ATTACHMENT_MAX_BYTES
    if upload.size is not None and upload.size > max_bytes:
        raise ValidationError(
            _("“{name}” is {size} MB; the maximum is {max} MB.").format(
                name=upload.name, size=round(upload.size / 1_048_576, 1), max=round(max_bytes / 1_048_576, 1)
            ),
            code="too_large",
        )
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    kind = sniff(data)
    if kind is None:
        raise ValidationError(
            _("“{name}” is not a PDF, Word (DOCX), Excel (XLSX) or image file we can read.").format(name=upload.name),
            code="file_type",
        )
    stem = os.path.splitext(os.path.basename(upload.name or "document"))[0]
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-")[:80] or "document"
    return stem + EXTENSIONS[kind]


def without_image_metadata(upload, safe_name: str):
    """(file to store, name to store it under): an image re-encoded without its EXIF data (camera, GPS
    position) under the extension of what it became; a PDF or office document as it was sent."""
    stem, extension = os.path.splitext(safe_name)
    if extension not in IMAGE_EXTENSIONS:
        return upload, safe_name
    upload.seek(0)
    data, new_extension = partners_images.without_metadata(upload.read())
    name = f"{stem}.{new_extension}"
    return ContentFile(data, name=name), name
