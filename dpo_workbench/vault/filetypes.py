"""Checks on an ID scan before it is encrypted and stored.

The type comes from the content (magic bytes), never from the file name,
and the file is decoded completely, so a truncated or disguised file is
refused when it is attached, not months later when someone needs it.
Messages say what is wrong and what to do; they never quote the content.
"""

from __future__ import annotations

from io import BytesIO

from dpo_workbench.errors import UnsupportedFile

__all__ = [
    "MAX_SIZE",
    "SCAN_TYPES",
    "UnsupportedFile",
    "sniff",
    "check_scan",
]

MAX_SIZE = 50 * 1024 * 1024

JPEG = "image/jpeg"
PNG = "image/png"
TIFF = "image/tiff"
PDF = "application/pdf"
SCAN_TYPES = (JPEG, PNG, TIFF, PDF)

_PIL_FORMATS = {JPEG: "JPEG", PNG: "PNG", TIFF: "TIFF"}
_PDF_MARKER_WINDOW = 1024


def too_large(file_name: str | None, size: int) -> UnsupportedFile:
    """The refusal of a file over the 50 MB limit (checked from its size, before reading it)."""
    return UnsupportedFile("file.too-large", file_name=file_name, size=size)


def sniff(data: bytes) -> str | None:
    """The MIME type of a scan from its first bytes, or None if not a scan type."""
    head = bytes(data[:_PDF_MARKER_WINDOW])
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return TIFF
    if b"%PDF-" in head:
        return PDF
    return None


def check_scan(data: bytes, filename_for_messages: str | None = None) -> str:
    try:
        return _check_scan(data, filename_for_messages)
    except UnsupportedFile as exc:
        raise exc.named(filename_for_messages, len(data)) from None


def _check_scan(data: bytes, filename_for_messages: str | None = None) -> str:
    """Return the MIME type of a valid scan, or raise :class:`UnsupportedFile`.

    ``filename_for_messages`` only makes the messages clearer; the decision
    rests on the content alone. The name can be personal: show the message
    to the user, do not log it.
    """
    size = len(data)
    if size == 0:
        raise UnsupportedFile("file.empty")
    if size > MAX_SIZE:
        raise too_large(filename_for_messages, size)
    mime = sniff(data)
    if mime is None:
        raise UnsupportedFile("file.unknown-type")
    if mime == PDF:
        _check_pdf(data)
    else:
        _check_image(data, mime)
    return mime


def _check_image(data: bytes, mime: str) -> None:
    from PIL import Image

    fmt = _PIL_FORMATS[mime]
    try:
        # Only the decoder of the sniffed format may run on this content.
        with Image.open(BytesIO(data), formats=[fmt]) as image:
            image.verify()
        with Image.open(BytesIO(data), formats=[fmt]) as image:
            for index in range(getattr(image, "n_frames", 1)):
                image.seek(index)
                image.load()
    except Image.DecompressionBombError:
        raise UnsupportedFile("file.too-many-pixels") from None
    except Exception:  # any decoder failure means the same thing to the user
        raise UnsupportedFile("file.corrupt-image", format=fmt) from None


def _check_pdf(data: bytes) -> None:
    from pypdf import PdfReader

    try:
        reader = PdfReader(BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = bool(reader.decrypt(""))
            except Exception:
                opened = False
            if not opened:
                raise UnsupportedFile("file.encrypted-pdf")
        page_count = len(reader.pages)
        if page_count < 1:
            raise UnsupportedFile("file.corrupt-pdf")
        for page in reader.pages:
            page.mediabox  # noqa: B018  (loads and checks the page dictionary)
            contents = page.get_contents()
            if contents is not None:
                contents.get_data()
    except UnsupportedFile:
        raise
    except Exception:  # pypdf raises many kinds of errors on a broken file
        raise UnsupportedFile("file.corrupt-pdf") from None
