"""The organisation profile: the controller's identity, letterhead, DPO and processing register."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dpo_workbench.core import deadlines
from dpo_workbench.core.profile import ProfileDetails, siren_problem
from dpo_workbench.errors import InputError
from dpo_workbench.services.common import checked_email
from dpo_workbench.services.context import Context
from dpo_workbench.services.policy import requires
from dpo_workbench.store.db import take_turns
from dpo_workbench.store.models import Organisation

if TYPE_CHECKING:
    from dpo_workbench.letters import engine
    from dpo_workbench.services.register import RegisterService

LOGO_MAX_BYTES = 1_000_000


@dataclass
class OrganisationProfile:
    name: str
    address: str = ""
    siren: str = ""
    dpo_name: str = ""
    dpo_email: str = ""
    dpo_phone: str = ""
    region: str = "FR"
    profile: dict[str, Any] = field(default_factory=dict)

    @property
    def details(self) -> ProfileDetails:
        """The typed view of `profile`: letterhead, signature, processing register."""
        return ProfileDetails.from_dict(self.profile)

    def with_details(self, details: ProfileDetails) -> OrganisationProfile:
        return replace(self, profile=details.to_dict())


def logo_problem(encoded: str) -> InputError | None:
    """Why a base64 logo cannot go on the letterhead (not PNG/JPEG, corrupt, too large), or None."""
    import base64
    import binascii
    import io

    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        return InputError("logo", "organisation.logo-unreadable")
    if len(data) > LOGO_MAX_BYTES:
        return InputError("logo", "organisation.logo-too-large", size=round(len(data) / 1e6, 1))
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format not in ("PNG", "JPEG"):
                return InputError("logo", "organisation.logo-format")
            image.load()
    except (UnidentifiedImageError, OSError, ValueError):
        return InputError("logo", "organisation.logo-damaged")
    return None


PROFILE_KEYS = ("name", "address", "siren", "dpo_name", "dpo_email", "dpo_phone", "region", "profile")
PROFILE_MAX_BYTES = 5_000_000


def profile_from_json(data: bytes | str) -> OrganisationProfile:
    """An organisation profile from a JSON file (the shape `resources/profiles/*.json` has); InputError("file")
    naming what is wrong. Not yet checked nor saved: `OrganisationService.check` / `save` do that."""
    try:
        raw = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError("file", "organisation.profile-not-json", reason=str(exc).split(":")[0]) from None
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
        raise InputError("file", "organisation.profile-not-a-profile")
    unknown = sorted(set(raw) - set(PROFILE_KEYS))
    if unknown:
        raise InputError("file", "organisation.profile-unknown-keys", keys=", ".join(unknown),
                         known=", ".join(PROFILE_KEYS))
    wrong = [key for key in PROFILE_KEYS[:-1] if key in raw and not isinstance(raw[key], str)]
    if wrong or not isinstance(raw.get("profile", {}), dict):
        raise InputError("file", "organisation.profile-wrong-type", keys=", ".join(wrong or ["profile"]))
    return OrganisationProfile(**raw)


def shipped_profiles() -> list[Path]:
    """The profiles shipped to import (the organisation the tool was first written for)."""
    from importlib.resources import files

    folder = Path(str(files("dpo_workbench.resources").joinpath("profiles")))
    return sorted(folder.glob("*.json"))


class OrganisationService:
    """The profile. The processing activities are kept by the register (`RegisterService`): a profile saved with
    an `activities` list (an imported profile file) hands them to the register, and letters read them from it."""

    def __init__(self, ctx: Context, register: RegisterService | None = None) -> None:
        self.ctx = ctx
        self.register = register

    def get(self) -> OrganisationProfile | None:
        with self.ctx.db.reading() as s:
            org = s.get(Organisation, 1)
            if org is None:
                return None
            return OrganisationProfile(
                name=org.name, address=org.address, siren=org.siren, dpo_name=org.dpo_name,
                dpo_email=org.dpo_email, dpo_phone=org.dpo_phone, region=org.region,
                profile=json.loads(org.profile or "{}"),
            )

    def check(self, profile: OrganisationProfile) -> OrganisationProfile:
        """The profile tidied, or InputError naming the first wrong field."""
        if profile.region not in deadlines.REGIONS:
            raise InputError("region", "organisation.region-unknown", region=repr(profile.region),
                             regions=", ".join(deadlines.REGIONS))
        if not profile.name.strip():
            raise InputError("name", "organisation.name-missing")
        problem = siren_problem(profile.siren)
        if problem:
            raise InputError("siren", problem)
        if profile.dpo_email.strip():
            profile = replace(profile, dpo_email=checked_email(profile.dpo_email.strip(), "dpo_email"))
        logo = profile.details.logo_png
        if logo:
            error = logo_problem(logo)
            if error:
                raise error
        return profile

    def read_file(self, path: Path) -> OrganisationProfile:
        """A profile file read and checked, not saved (the dialog shows it first); InputError naming the problem."""
        try:
            if path.stat().st_size > PROFILE_MAX_BYTES:
                raise InputError("file", "organisation.profile-too-large")
            data = path.read_bytes()
        except FileNotFoundError:
            raise InputError("file", "file.not-found", path=str(path)) from None
        except IsADirectoryError:
            raise InputError("file", "file.is-folder", path=str(path)) from None
        except OSError as exc:
            raise InputError("file", "file.unreadable", path=str(path), reason=exc.strerror or str(exc)) from None
        return self.check(profile_from_json(data))

    @requires("organisation.change")
    def import_file(self, path: Path) -> OrganisationProfile:
        """Replace the organisation profile by the one in a JSON file (journaled as an import)."""
        profile = self.read_file(path)
        self.save(profile, imported=True)
        return profile

    @requires("organisation.change")
    def save(self, profile: OrganisationProfile, *, imported: bool = False) -> None:
        profile = self.check(profile)
        with self.ctx.db.transaction() as s:
            take_turns(s, "organisation")
            org = s.get(Organisation, 1) or Organisation(id=1)
            org.name, org.address, org.siren = profile.name.strip(), profile.address, profile.siren
            org.dpo_name, org.dpo_email, org.dpo_phone = profile.dpo_name, profile.dpo_email, profile.dpo_phone
            org.region = profile.region
            stored = dict(profile.profile)
            activities = profile.details.activities if self.register is not None else []
            if self.register is not None:
                stored.pop("activities", None)  # the register keeps them
            org.profile = json.dumps(stored, ensure_ascii=False)
            s.add(org)
            if imported:
                self.ctx.journal(s, "organisation.change", "organisation", "1", imported=True)
            else:
                self.ctx.journal(s, "organisation.change", "organisation", "1")
            if activities and self.register is not None:
                s.flush()
                self.register.add_activities(s, activities)

    def letterhead(self) -> engine.OrgData:
        """What a letter prints of the organisation (letterhead, DPO, signature); InputError without a profile."""
        from dpo_workbench.letters import engine

        org = self.get()
        if org is None:
            raise InputError("organisation", "organisation.missing")
        details = org.details
        if self.register is not None:
            details.activities = self.register.access_activities()  # Art. 15(1)(a)-(h): from the register
        return engine.OrgData(name=org.name, address=org.address, siren=org.siren, dpo_name=org.dpo_name,
                              dpo_email=org.dpo_email, dpo_phone=org.dpo_phone, details=details)

    @property
    def region(self) -> str:
        """The holiday region the deadlines are counted with (France, or Alsace-Moselle)."""
        org = self.get()
        return org.region if org else "FR"
