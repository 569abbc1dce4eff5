"""Uploaded images: decoded by Pillow (never trusted by name), limited, EXIF stripped, resized for lists."""

from __future__ import annotations

import io
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

ALLOWED_FORMATS = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp", "GIF": "png"}
LIST_SIZE = (240, 240)


@dataclass
class CleanImage:
    original: ContentFile
    thumbnail: ContentFile


def clean_image(upload, *, basename: str = "image") -> CleanImage:
    """Validate an uploaded image and return a re-encoded copy without metadata plus a list-sized copy.

    Raises ValidationError, in the user's language, for anything that is not a real image
    within the configured size and pixel limits.
    """
    max_bytes = settings.IMAGE_UPLOAD_MAX_BYTES
    max_pixels = settings.IMAGE_UPLOAD_MAX_PIXELS
    if upload.size is not None and upload.size > max_bytes:
        raise ValidationError(
            _("The image is {size} MB; the maximum is {max} MB.").format(
                size=round(upload.size / 1_048_576, 1), max=round(max_bytes / 1_048_576, 1)
            ),
            code="too_large",
        )
    upload.seek(0)
    data = upload.read()
    try:
        with Image.open(io.BytesIO(data)) as probe:
            image_format = probe.format
            width, height = probe.size
            probe.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise ValidationError(
            _("This file is not an image we can read. Upload a PNG, JPEG, WebP or GIF file."), code="not_an_image"
        ) from None
    if image_format not in ALLOWED_FORMATS:
        raise ValidationError(
            _("Images in {format} format are not accepted. Upload a PNG, JPEG, WebP or GIF file.").format(
                format=image_format
            ),
            code="format",
        )
    if width * height > max_pixels:
        raise ValidationError(
            _("The image is {width}×{height} pixels; at most {max} million pixels are accepted.").format(
                width=width, height=height, max=max_pixels // 1_000_000
            ),
            code="too_many_pixels",
        )
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            image = ImageOps.exif_transpose(image)
            if image.mode not in ("RGB", "RGBA"):
                image = image.convert("RGBA" if "transparency" in image.info or image.mode in ("P", "LA") else "RGB")
            extension = ALLOWED_FORMATS[image_format]
            original = _encode(image, extension)
            thumb = image.copy()
            thumb.thumbnail(LIST_SIZE)
            thumbnail = _encode(thumb, extension)
    except (OSError, ValueError, Image.DecompressionBombError):
        raise ValidationError(_("This image is damaged and cannot be read."), code="damaged") from None
    return CleanImage(
        original=ContentFile(original, name=f"{basename}.{extension}"),
        thumbnail=ContentFile(thumbnail, name=f"{basename}-list.{extension}"),
    )


def _encode(image: Image.Image, extension: str) -> bytes:
    """Re-encode pixels only: no EXIF, no comments, no embedded profiles beyond what the pixels need."""
    buffer = io.BytesIO()
    if extension == "jpg":
        image.convert("RGB").save(buffer, "JPEG", quality=88, optimize=True)
    elif extension == "webp":
        image.save(buffer, "WEBP", quality=88)
    else:
        image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def without_metadata(data: bytes) -> tuple[bytes, str]:
    """The pixels of an image that is already known to decode (e.g. a document attachment that is a photo),
    upright and re-encoded without EXIF (camera, GPS position), comments or profiles; returns the bytes and
    their extension (a GIF becomes a PNG, as in ``clean_image``).

    Raises ValidationError for an image above ``IMAGE_UPLOAD_MAX_PIXELS`` or one that fails to decode.
    """
    try:
        with Image.open(io.BytesIO(data)) as image:
            image_format = image.format
            width, height = image.size
            if width * height > settings.IMAGE_UPLOAD_MAX_PIXELS:
                raise ValidationError(
                    _("The image is {width}×{height} pixels; at most {max} million pixels are accepted.").format(
                        width=width, height=height, max=settings.IMAGE_UPLOAD_MAX_PIXELS // 1_000_000
                    ),
                    code="too_many_pixels",
                )
            image.load()
            upright = ImageOps.exif_transpose(image)
            if upright.mode not in ("RGB", "RGBA"):
                upright = upright.convert(
                    "RGBA" if "transparency" in upright.info or upright.mode in ("P", "LA") else "RGB"
                )
            extension = ALLOWED_FORMATS.get(image_format, "png")
            return _encode(upright, extension), extension
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise ValidationError(_("This image is damaged and cannot be read."), code="damaged") from None
