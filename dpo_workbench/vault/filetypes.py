"""Checks on an ID scan before it is encrypted and stored.

The type comes from the content (magic bytes), never from the file name,
and the file is decoded completely, so a truncated or disguised file is
refused when it is attached, not months later when someone needs it.
Messages say what is wrong and what to do; they never quote the content.
"""

from __future__ import annotations

from io import BytesIO

from .crypto import VaultError

__all__ = [
    "MAX_SIZE",
    "SCAN_TYPES",
    "UnsupportedFile",
    "sniff",
    "check_scan",
]

MAX_SIZE = 50 * 1024 * 1024
_MB = 1024 * 1024

JPEG = "image/jpeg"
PNG = "image/png"
TIFF = "image/tiff"
PDF = "application/pdf"
SCAN_TYPES = (JPEG, PNG, TIFF, PDF)

_PIL_FORMATS = {JPEG: "JPEG", PNG: "PNG", TIFF: "TIFF"}
_PDF_MARKER_WINDOW = 1024


class UnsupportedFile(VaultError):
    """A file that cannot be stored as an ID scan; ``reason`` is a short code.

    Codes: "empty", "too_large", "unknown_type", "corrupt_image",
    "too_many_pixels", "corrupt_pdf", "encrypted_pdf".
    """

    def __init__(self, message: str, reason: str, *, file_name: str | None = None, size: int = 0) -> None:
        super().__init__(message)
        self.reason = reason
        self.file_name = file_name  # for the GUI's translated message; may be personal: never log it
        self.size = size


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


def _describe(size: int) -> str:
    return f"{size / _MB:.1f} MB ({size:,} bytes)"


def check_scan(data: bytes, filename_for_messages: str | None = None) -> str:
    try:
        return _check_scan(data, filename_for_messages)
    except UnsupportedFile as exc:
        exc.file_name, exc.size = filename_for_messages, len(data)
        raise


def _check_scan(data: bytes, filename_for_messages: str | None = None) -> str:
    """Return the MIME type of a valid scan, or raise :class:`UnsupportedFile`.

    ``filename_for_messages`` only makes the messages clearer; the decision
    rests on the content alone. The name can be personal: show the message
    to the user, do not log it.
    """
    name = f"“{filename_for_messages}”" if filename_for_messages else "This file"
    size = len(data)
    if size == 0:
        raise UnsupportedFile(f"{name} is empty (0 bytes). Scan the document again.", "empty")
    if size > MAX_SIZE:
        raise UnsupportedFile(
            f"{name} is {_describe(size)}; the limit is {_describe(MAX_SIZE)}. "
            "Scan it again at a lower resolution (300 dpi is enough) or as JPEG.",
            "too_large",
        )
    mime = sniff(data)
    if mime is None:
        raise UnsupportedFile(
            f"{name} is not a JPEG, PNG, TIFF or PDF file (its content was checked, "
            "not its name). Save or export the scan in one of these formats.",
            "unknown_type",
        )
    if mime == PDF:
        _check_pdf(data, name)
    else:
        _check_image(data, mime, name)
    return mime


def _check_image(data: bytes, mime: str, name: str) -> None:
    from PIL import Image

    fmt = _PIL_FORMATS[mime]
    corrupt = (
        f"{name} looks like a {fmt} image but cannot be read completely: it is "
        "damaged or truncated. Scan the document again."
    )
    try:
        # Only the decoder of the sniffed format may run on this content.
        with Image.open(BytesIO(data), formats=[fmt]) as image:
            image.verify()
        with Image.open(BytesIO(data), formats=[fmt]) as image:
            for index in range(getattr(image, "n_frames", 1)):
                image.seek(index)
                image.load()
    except Image.DecompressionBombError:
        raise UnsupportedFile(
            f"{name} has too many pixels to be a document scan. "
            "Scan it again at a lower resolution (300 dpi is enough).",
            "too_many_pixels",
        ) from None
    except Exception:  # any decoder failure means the same thing to the user
        raise UnsupportedFile(corrupt, "corrupt_image") from None


def _check_pdf(data: bytes, name: str) -> None:
    from pypdf import PdfReader

    corrupt = (
        f"{name} looks like a PDF but cannot be read: it is damaged, truncated or "
        "has no page. Export or scan the document again."
    )
    try:
        reader = PdfReader(BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception:
                opened = 0
            if not opened:
                raise UnsupportedFile(
                    f"{name} is protected by a password. Save a copy without a password "
                    "(print it to PDF) and attach that copy.",
                    "encrypted_pdf",
                )
        page_count = len(reader.pages)
        if page_count < 1:
            raise UnsupportedFile(corrupt, "corrupt_pdf")
        for page in reader.pages:
            page.mediabox  # noqa: B018  (loads and checks the page dictionary)
            contents = page.get_contents()
            if contents is not None:
                contents.get_data()
    except UnsupportedFile:
        raise
    except Exception:  # pypdf raises many kinds of errors on a broken file
        raise UnsupportedFile(corrupt, "corrupt_pdf") from None
