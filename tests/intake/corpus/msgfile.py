"""Writes small Outlook .msg files (OLE compound files, MS-CFB version 3, MS-OXMSG) for the tests.

No library writes .msg files; this builds the few streams Outlook puts in
one: subject, body, sender, transport headers, submit time, attachments.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from datetime import datetime, timezone

SECTOR = 512
MINI = 64
CUTOFF = 4096
FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
PT_UNICODE, PT_BINARY, PT_LONG, PT_SYSTIME = 0x001F, 0x0102, 0x0003, 0x0040


@dataclass
class Entry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    data: bytes = b""
    children: list[Entry] = field(default_factory=list)
    index: int = 0
    start: int = END
    left: int = NOSTREAM
    right: int = NOSTREAM
    child: int = NOSTREAM


def _sort_key(entry: Entry) -> tuple[int, str]:
    return len(entry.name), entry.name.upper()


def compound_file(root_children: list[Entry]) -> bytes:
    """An OLE compound file holding the given storages and streams."""
    root = Entry("Root Entry", 5, children=root_children)
    entries: list[Entry] = []

    def number(entry: Entry) -> None:
        entry.index = len(entries)
        entries.append(entry)
        for child in entry.children:
            number(child)

    number(root)
    for entry in entries:  # each storage's children: a chain of right siblings (all black), in CFB order
        kids = sorted(entry.children, key=_sort_key)
        if kids:
            entry.child = kids[0].index
            for a, b in zip(kids, kids[1:]):
                a.right = b.index

    # small streams go to the mini stream, large ones to sectors of their own
    mini_stream = bytearray()
    mini_fat: list[int] = []
    large: list[Entry] = []
    for entry in entries:
        if entry.kind != 2:
            continue
        if len(entry.data) < CUTOFF:
            if not entry.data:
                entry.start = END
                continue
            entry.start = len(mini_stream) // MINI
            count = -(-len(entry.data) // MINI)
            mini_fat += [entry.start + i + 1 for i in range(count - 1)] + [END]
            mini_stream += entry.data + b"\0" * (count * MINI - len(entry.data))
        else:
            large.append(entry)

    def sectors(size: int) -> int:
        return -(-size // SECTOR)

    directory_sectors = sectors(len(entries) * 128)
    mini_fat_sectors = sectors(len(mini_fat) * 4)
    mini_stream_sectors = sectors(len(mini_stream))
    large_sectors = sum(sectors(len(e.data)) for e in large)
    others = directory_sectors + mini_fat_sectors + mini_stream_sectors + large_sectors
    fat_sectors = 1
    while fat_sectors * (SECTOR // 4) < fat_sectors + others:
        fat_sectors += 1
    assert fat_sectors <= 109

    fat: list[int] = [FATSECT] * fat_sectors
    body = bytearray()

    def chain(count: int) -> int:
        first = len(fat)
        for i in range(count):
            fat.append(first + i + 1 if i < count - 1 else END)
        return first if count else END

    dir_start = chain(directory_sectors)
    mini_fat_start = chain(mini_fat_sectors)
    mini_stream_start = chain(mini_stream_sectors)
    root.start, root.data = mini_stream_start, bytes(mini_stream)
    for entry in large:
        entry.start = chain(sectors(len(entry.data)))

    directory = bytearray()
    for entry in entries:
        name = entry.name.encode("utf-16-le") + b"\0\0"
        size = len(entry.data) if entry.kind in (2, 5) else 0
        directory += struct.pack("<64sHBBIII16sIQQIQ", name, len(name), entry.kind, 1, entry.left, entry.right,
                                 entry.child, b"\0" * 16, 0, 0, 0, entry.start if entry.kind != 1 else 0, size)
    empty_entry = struct.pack("<64sHBBIII16sIQQIQ", b"", 0, 0, 0, NOSTREAM, NOSTREAM, NOSTREAM, b"\0" * 16,
                              0, 0, 0, 0, 0)
    while len(directory) % SECTOR:
        directory += empty_entry

    def padded(data: bytes) -> bytes:
        return data + b"\0" * (-len(data) % SECTOR)

    fat += [FREE] * (fat_sectors * (SECTOR // 4) - len(fat))
    mini_fat_bytes = struct.pack(f"<{len(mini_fat)}I", *mini_fat)
    mini_fat_bytes += struct.pack("<I", FREE) * ((-len(mini_fat_bytes) % SECTOR) // 4)
    body += struct.pack(f"<{len(fat)}I", *fat)
    body += directory
    body += mini_fat_bytes
    body += padded(bytes(mini_stream))
    for entry in large:
        body += padded(entry.data)

    difat = list(range(fat_sectors)) + [FREE] * (109 - fat_sectors)
    header = struct.pack("<8s16sHHHHH6sIIIIIIIII", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\0" * 16, 0x3E, 3,
                         0xFFFE, 9, 6, b"\0" * 6, 0, fat_sectors, dir_start, 0, CUTOFF,
                         mini_fat_start if mini_fat else END, mini_fat_sectors, END, 0)
    header += struct.pack("<109I", *difat)
    return header + bytes(body)


def _filetime(when: datetime) -> int:
    return int((when - datetime(1601, 1, 1, tzinfo=timezone.utc)).total_seconds() * 10_000_000)


def _properties(header: bytes, props: list[tuple[int, int, bytes]]) -> Entry:
    """A property stream: fixed-size values inline, variable-size ones as their byte count."""
    out = bytearray(header)
    for prop_id, prop_type, value in props:
        tag = (prop_id << 16) | prop_type
        if prop_type in (PT_UNICODE, PT_BINARY):  # a string's size counts its terminating null
            out += struct.pack("<IIII", tag, 6, len(value) + (2 if prop_type == PT_UNICODE else 0), 0)
        else:
            out += struct.pack("<II", tag, 6) + value.ljust(8, b"\0")
    return Entry("__properties_version1.0", 2, bytes(out))


def _string(prop_id: int, text: str) -> tuple[int, int, bytes]:
    return prop_id, PT_UNICODE, text.encode("utf-16-le")


def _stream(prop_id: int, prop_type: int, value: bytes) -> Entry:
    return Entry(f"__substg1.0_{prop_id:04X}{prop_type:04X}", 2, value)


def msg_file(*, subject: str, body: str, sender_name: str, sender_email: str, sent: datetime,
             headers: str = "", attachments: list[tuple[str, str, bytes]] = ()) -> bytes:
    """An Outlook message (IPM.Note) with its attachments (name, mime type, bytes)."""
    strings = [_string(0x001A, "IPM.Note"), _string(0x0037, subject), _string(0x1000, body),
               _string(0x0C1A, sender_name), _string(0x0C1F, sender_email), _string(0x0C1E, "SMTP"),
               _string(0x0042, sender_name), _string(0x0065, sender_email)]
    if headers:
        strings.append(_string(0x007D, headers))
    fixed = [(0x0039, PT_SYSTIME, struct.pack("<Q", _filetime(sent))),
             (0x0E06, PT_SYSTIME, struct.pack("<Q", _filetime(sent)))]
    children = [_stream(pid, ptype, value) for pid, ptype, value in strings]
    for i, (name, mime, data) in enumerate(attachments):
        att_strings = [_string(0x3707, name), _string(0x3704, name[:12]), _string(0x370E, mime),
                       _string(0x3001, name)]
        att_children = [_stream(pid, ptype, value) for pid, ptype, value in att_strings]
        att_children.append(_stream(0x3701, PT_BINARY, data))
        att_children.append(_properties(b"\0" * 8, att_strings + [(0x3701, PT_BINARY, data),
                                                                 (0x3705, PT_LONG, struct.pack("<I", 1))]))
        children.append(Entry(f"__attach_version1.0_#{i:08X}", 1, children=att_children))
    children.append(Entry("__nameid_version1.0", 1, children=[
        Entry("__substg1.0_00020102", 2, b""), Entry("__substg1.0_00030102", 2, b""),
        Entry("__substg1.0_00040102", 2, b"")]))
    header = struct.pack("<8sIIII8s", b"\0" * 8, 0, len(attachments), 0, len(attachments), b"\0" * 8)
    children.append(_properties(header, strings + fixed))
    return compound_file(children)
