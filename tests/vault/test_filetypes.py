from __future__ import annotations

from io import BytesIO

import pytest
from PIL import Image, ImageDraw

from dpo_workbench.errors import UnsupportedFile, VaultError
from dpo_workbench.vault.filetypes import MAX_SIZE, check_scan, sniff


def _page(number: int) -> Image.Image:
    image = Image.new("RGB", (320, 200), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((20, 20, 300, 180), outline="navy", width=3)
    draw.text((40, 40), f"CARTE NATIONALE D'IDENTITE - page {number}", fill="black")
    return image


def _image_bytes(fmt: str, **options: object) -> bytes:
    buffer = BytesIO()
    _page(1).save(buffer, format=fmt, **options)
    return buffer.getvalue()


def _multipage_tiff(pages: int = 3) -> bytes:
    frames = [_page(n) for n in range(1, pages + 1)]
    buffer = BytesIO()
    frames[0].save(
        buffer, format="TIFF", save_all=True, append_images=frames[1:], compression="tiff_deflate"
    )
    return buffer.getvalue()


def _pdf(pages: int = 2) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = BytesIO()
    document = canvas.Canvas(buffer)
    for number in range(1, pages + 1):
        document.drawString(72, 720, f"Demande d'acces - page {number}")
        document.showPage()
    document.save()
    return buffer.getvalue()


def _reason(data: bytes, name: str | None = None) -> UnsupportedFile:
    with pytest.raises(UnsupportedFile) as caught:
        check_scan(data, name)
    return caught.value


# -- sniff ----------------------------------------------------------------------


def test_sniff_by_magic_bytes() -> None:
    assert sniff(b"\xff\xd8\xff\xe0rest") == "image/jpeg"
    assert sniff(b"\x89PNG\r\n\x1a\nrest") == "image/png"
    assert sniff(b"II*\x00rest") == "image/tiff"
    assert sniff(b"MM\x00*rest") == "image/tiff"
    assert sniff(b"%PDF-1.7\n") == "application/pdf"
    assert sniff(b"\x00" * 1000 + b"%PDF-1.4") == "application/pdf"  # junk before the header
    assert sniff(b"\x00" * 1024 + b"%PDF-1.4") is None
    assert sniff(b"") is None
    assert sniff(b"GIF89a") is None
    assert sniff(b"\x89PNG") is None


def test_sniff_ignores_names_and_accepts_bytes_like() -> None:
    assert sniff(bytearray(b"\x89PNG\r\n\x1a\n")) == "image/png"
    assert sniff(memoryview(b"%PDF-1.4")) == "application/pdf"


# -- valid scans ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "options", "mime"),
    [
        ("JPEG", {"quality": 85}, "image/jpeg"),
        ("PNG", {}, "image/png"),
        ("TIFF", {}, "image/tiff"),
        ("TIFF", {"compression": "tiff_lzw"}, "image/tiff"),
    ],
)
def test_real_images_are_accepted(fmt: str, options: dict, mime: str) -> None:
    assert check_scan(_image_bytes(fmt, **options), "scan") == mime


def test_big_endian_tiff_is_accepted() -> None:
    buffer = BytesIO()
    Image.new("I;16B", (64, 32), 1000).save(buffer, format="TIFF")  # Pillow writes it as MM
    data = buffer.getvalue()
    assert data[:4] == b"MM\x00*"
    assert check_scan(data) == "image/tiff"


def test_multipage_tiff_is_accepted() -> None:
    data = _multipage_tiff(3)
    with Image.open(BytesIO(data)) as image:
        assert image.n_frames == 3
    assert check_scan(data, "recto-verso.tiff") == "image/tiff"


def test_pdf_is_accepted() -> None:
    assert check_scan(_pdf(2), "courrier.pdf") == "application/pdf"


def test_pdf_with_owner_password_only_is_accepted() -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(BytesIO(_pdf(1))))
    writer.encrypt(user_password="", owner_password="owner secret", algorithm="AES-128")
    buffer = BytesIO()
    writer.write(buffer)
    assert check_scan(buffer.getvalue()) == "application/pdf"


# -- refused files ----------------------------------------------------------------


def test_empty_file() -> None:
    error = _reason(b"", "scan.jpg")
    assert error.reason == "empty"
    assert "“scan.jpg” is empty" in str(error)
    assert isinstance(error, VaultError)


def test_file_over_50_mb() -> None:
    data = b"\xff\xd8\xff" + bytes(MAX_SIZE + 1 - 3)
    assert len(data) == 50 * 1024 * 1024 + 1
    error = _reason(data, "huge.jpg")
    assert error.reason == "too_large"
    assert "is 50.1 MB" in str(error)  # rounded up: one byte over is over
    assert "limit is 50 MB" in str(error)


def test_exactly_50_mb_passes_the_size_check() -> None:
    data = b"\x89PNG\r\n\x1a\n" + bytes(MAX_SIZE - 8)
    assert _reason(data).reason == "corrupt_image"  # size accepted, content refused


def test_text_file_named_pdf() -> None:
    error = _reason(b"Bonjour, ceci est un texte.\n", "passeport.pdf")
    assert error.reason == "unknown_type"
    assert str(error).startswith(
        "“passeport.pdf” is not a JPEG, PNG, TIFF or PDF file (its content was checked, not its name)"
    )
    assert "Bonjour" not in str(error)


def test_other_image_formats_are_refused() -> None:
    assert _reason(_image_bytes("GIF")).reason == "unknown_type"
    assert _reason(_image_bytes("BMP")).reason == "unknown_type"


def test_png_with_garbage_after_the_header() -> None:
    garbage = bytes((i * 37 + 11) % 256 for i in range(4000))
    error = _reason(b"\x89PNG\r\n\x1a\n" + garbage, "id.png")
    assert error.reason == "corrupt_image"
    assert "“id.png” looks like a PNG image" in str(error)


def test_png_with_a_flipped_byte_in_its_data() -> None:
    data = bytearray(_image_bytes("PNG"))
    index = data.index(b"IDAT") + 20
    data[index] ^= 0xFF
    assert _reason(bytes(data)).reason == "corrupt_image"


def test_truncated_jpeg() -> None:
    data = _image_bytes("JPEG", quality=95)
    assert _reason(data[: len(data) // 2]).reason == "corrupt_image"


def test_truncated_png() -> None:
    data = _image_bytes("PNG")
    assert _reason(data[: len(data) - 30]).reason == "corrupt_image"


def test_multipage_tiff_with_a_damaged_last_page() -> None:
    data = _multipage_tiff(3)
    with Image.open(BytesIO(data)) as image:
        image.seek(2)
        offset, length = image.tag_v2[273][0], image.tag_v2[279][0]  # StripOffsets, StripByteCounts
    damaged = bytearray(data)
    for index in range(offset + 2, offset + length):
        damaged[index] ^= 0x5A
    with Image.open(BytesIO(bytes(damaged))) as image:
        image.load()  # the first page alone still decodes
    assert _reason(bytes(damaged), "scan.tiff").reason == "corrupt_image"


@pytest.mark.filterwarnings("ignore:Corrupt EXIF data")
def test_truncated_multipage_tiff() -> None:
    data = _multipage_tiff(3)
    assert _reason(data[: len(data) * 2 // 3]).reason == "corrupt_image"


@pytest.mark.filterwarnings("ignore:Corrupt EXIF data")
def test_tiff_header_then_garbage() -> None:
    assert _reason(b"II*\x00" + b"\xff" * 500).reason == "corrupt_image"


@pytest.mark.parametrize("fraction", [0.2, 0.5, 0.8, 0.98])
def test_truncated_pdf(fraction: float) -> None:
    data = _pdf(2)
    error = _reason(data[: int(len(data) * fraction)], "courrier.pdf")
    assert error.reason == "corrupt_pdf"
    assert "“courrier.pdf” looks like a PDF" in str(error)


def test_garbled_pdf() -> None:
    data = bytearray(_pdf(2))
    start = data.index(b"/Type /Catalog") - 40
    data[start : start + 120] = bytes((i * 91 + 7) % 256 for i in range(120))
    assert _reason(bytes(data)).reason == "corrupt_pdf"


def test_pdf_header_only() -> None:
    assert _reason(b"%PDF-1.7\n%%EOF\n").reason == "corrupt_pdf"


def test_pdf_with_a_user_password_is_refused_clearly() -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(BytesIO(_pdf(1))))
    writer.encrypt(user_password="user secret", algorithm="AES-128")
    buffer = BytesIO()
    writer.write(buffer)
    error = _reason(buffer.getvalue(), "protected.pdf")
    assert error.reason == "encrypted_pdf"
    assert "password" in str(error)


def test_message_without_a_name() -> None:
    assert str(_reason(b"plain text")).startswith("This file is not a JPEG, PNG, TIFF or PDF")


def test_errors_do_not_chain_decoder_messages() -> None:
    error = _reason(b"\x89PNG\r\n\x1a\n" + b"secret content" * 10)
    assert error.__cause__ is None and error.__suppress_context__
    assert "secret" not in str(error)
