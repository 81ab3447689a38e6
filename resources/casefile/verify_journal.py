"""Recompute the hash of each journal entry of a DPO Workbench case file (see VERIFY.txt).

    python3 verify_journal.py journal.jsonl

Exit code 0 when every entry matches its hash, 1 otherwise. Python 3 only, no other package.
"""

import hashlib
import json
import sys

FIELDS = ("id", "at", "actor", "action", "object_type", "object_id", "details", "prev_hash")


def entry_hash(entry: dict) -> str:
    payload = "\x1f".join(str(entry[name]) for name in FIELDS)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def main(path: str) -> int:
    bad = 0
    count = 0
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            entry = json.loads(line)
            count += 1
            if entry_hash(entry) != entry["hash"]:
                bad += 1
                print(f"line {number}: entry {entry['id']} does not match its hash (it was changed)")
    print(f"{count} entries, {count - bad} intact, {bad} changed")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "journal.jsonl"))
