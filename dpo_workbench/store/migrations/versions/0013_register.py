"""the register of processing activities: departments, processings, their versions; the profile's list moves in

The organisation profile held the processing activities as a list in its JSON
(`activities`): each becomes a processing of the register (TRT-001, TRT-002... in the
order of the list, which the access reply keeps), with its first version recorded as
"migrated", and leaves the profile. Downgrading puts them back in the profile, in the
order of their references.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-26
"""

import json
import unicodedata
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from dpo_workbench.store.types import Personal

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

# the texts of an activity of the profile, as this revision knew them (core.profile.ProcessingActivity)
ACTIVITY_FIELDS = ("name", "purposes", "legal_basis", "data_categories", "recipients", "retention", "source",
                   "transfers", "automated_decisions")
# the fields of a processing (core.register.Processing) as this revision knew them, with their empty values
LOCALIZED = ("name", "purposes", "legal_basis", "data_subjects", "data_categories", "sensitive_details", "source",
             "recipients", "transfers", "safeguards", "retention", "security", "automated_decisions", "dpia_note")
CODES = ("subjects", "sensitive", "dpia_criteria")
TEXTS = ("reference", "role", "status", "department", "controller", "joint_controllers", "client", "dpia_listed",
         "dpia_exempt")


def _localized(value) -> dict:
    if isinstance(value, dict):
        return {lang: str(value.get(lang, "") or "") for lang in ("fr", "en")}
    return {"fr": "" if value is None else str(value), "en": ""}


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


def upgrade() -> None:
    op.create_table(
        "department",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("name_key", sa.String(length=120), nullable=False),
        sa.Column("contact_name", Personal(), nullable=False),
        sa.Column("contact_email", Personal(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
        sa.UniqueConstraint("name_key"),
    )
    op.create_table(
        "processing",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=20), nullable=False),
        sa.Column("role", sa.String(length=12), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("subjects", sa.String(length=200), nullable=False),
        sa.Column("dpia_status", sa.String(length=16), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("record", Personal(), nullable=False),
        sa.ForeignKeyConstraint(["department_id"], ["department.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("reference"),
    )
    op.create_index("ix_processing_role", "processing", ["role"])
    op.create_index("ix_processing_status", "processing", ["status"])
    op.create_index("ix_processing_department_id", "processing", ["department_id"])
    op.create_index("ix_processing_dpia_status", "processing", ["dpia_status"])
    op.create_table(
        "processing_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("processing_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("change", sa.String(length=12), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("record", Personal(), nullable=False),
        sa.ForeignKeyConstraint(["processing_id"], ["processing.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_processing_version_number", "processing_version", ["processing_id", "number"], unique=True)
    op.create_index("ix_processing_version_at", "processing_version", ["at"])
    _move_profile_activities()


def _move_profile_activities() -> None:
    conn = op.get_bind()
    row = conn.execute(sa.text("SELECT name, profile FROM organisation WHERE id = 1")).first()
    if row is None:
        return
    try:
        profile = json.loads(row.profile or "{}")
    except ValueError:
        return  # a profile that is not JSON is left as it is (the application shows it as empty)
    activities = profile.get("activities") if isinstance(profile, dict) else None
    if not isinstance(activities, list):
        return
    now = datetime.now(UTC).replace(tzinfo=None)
    today = now.date()
    number = 0
    for activity in activities:
        if not isinstance(activity, dict):
            continue
        number += 1
        record: dict = {key: {"fr": "", "en": ""} for key in LOCALIZED}
        record.update({key: [] for key in CODES})
        record.update({key: "" for key in TEXTS})
        for key in ACTIVITY_FIELDS:
            record[key] = _localized(activity.get(key, ""))
        reference = f"TRT-{number:03d}"
        record.update(reference=reference, role="controller", status="active", created_on=today.isoformat(),
                      dpia_screened_on=None)
        name = (record["name"]["fr"] or record["name"]["en"]).strip()[:200] or reference
        search = _fold(" ".join([reference, record["name"]["fr"], record["name"]["en"], record["purposes"]["fr"],
                                 record["purposes"]["en"]]))
        text = json.dumps(record, ensure_ascii=False)
        conn.execute(sa.text(
            "INSERT INTO processing (reference, role, status, name, search_key, department_id, subjects, dpia_status, "
            "created_on, updated_at, version, record) VALUES (:reference, 'controller', 'active', :name, :search, "
            "NULL, '', 'unscreened', :today, :now, 1, :record)"),
            {"reference": reference, "name": name, "search": search, "today": today, "now": now, "record": text})
        processing_id = conn.execute(sa.text("SELECT id FROM processing WHERE reference = :r"),
                                     {"r": reference}).scalar_one()
        filled = [k for k in ACTIVITY_FIELDS if any(record[k].values())]
        conn.execute(sa.text(
            "INSERT INTO processing_version (processing_id, number, at, actor, change, fields, record) "
            "VALUES (:id, 1, :now, 'migration', 'migrated', :fields, :record)"),
            {"id": processing_id, "now": now, "fields": ",".join(["reference", *filled]), "record": text})
    del profile["activities"]
    conn.execute(sa.text("UPDATE organisation SET profile = :profile WHERE id = 1"),
                 {"profile": json.dumps(profile, ensure_ascii=False)})


def downgrade() -> None:
    conn = op.get_bind()
    row = conn.execute(sa.text("SELECT profile FROM organisation WHERE id = 1")).first()
    if row is not None:
        profile = json.loads(row.profile or "{}")
        records = [json.loads(r.record) for r in conn.execute(sa.text(
            "SELECT record FROM processing WHERE role = 'controller' AND status = 'active'"))]

        def order(record: dict) -> list:
            import re

            return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", record.get("reference", ""))]

        def activity(record: dict) -> dict:
            out = {key: _localized(record.get(key, "")) for key in ACTIVITY_FIELDS}
            safeguards = _localized(record.get("safeguards", ""))  # the access reply printed them with the transfers
            out["transfers"] = {lang: "\n".join(t for t in (out["transfers"][lang].strip(),
                                                             safeguards[lang].strip()) if t) for lang in ("fr", "en")}
            return out

        profile["activities"] = [activity(r) for r in sorted(records, key=order)]
        conn.execute(sa.text("UPDATE organisation SET profile = :profile WHERE id = 1"),
                     {"profile": json.dumps(profile, ensure_ascii=False)})
    op.drop_index("ix_processing_version_at", table_name="processing_version")
    op.drop_index("ix_processing_version_number", table_name="processing_version")
    op.drop_table("processing_version")
    op.drop_index("ix_processing_dpia_status", table_name="processing")
    op.drop_index("ix_processing_department_id", table_name="processing")
    op.drop_index("ix_processing_status", table_name="processing")
    op.drop_index("ix_processing_role", table_name="processing")
    op.drop_table("processing")
    op.drop_table("department")
