"""The workbench: one open data folder and the services the GUI and the command line call.

    wb = Workbench.open(data_dir)
    reference = wb.requests.register(new)
    wb.identity.record(reference, method=..., document_type=..., outcome=...)
    pdf = wb.letters.save(reference, "acknowledgement")

Each area is a service of its own (`dpo_workbench.services`), composed here
around one `Context` (database, data folder, clock, acting user, journal).
Every call that creates, changes, shows or exports personal data writes its
journal entry in the same transaction as the act; widgets never build
queries, they get plain dataclasses.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from dpo_workbench.core.clock import Clock, SystemClock
from dpo_workbench.datafolder import DataFolder
from dpo_workbench.services.audit import AuditService
from dpo_workbench.services.backups import BackupService, open_database_safely
from dpo_workbench.services.breaches import BreachService
from dpo_workbench.services.casefile import CaseFileService
from dpo_workbench.services.changes import ChangeService
from dpo_workbench.services.context import Context
from dpo_workbench.services.documents import DocumentService
from dpo_workbench.services.identity import IdentityService
from dpo_workbench.services.intake import IntakeService
from dpo_workbench.services.letters import LetterService
from dpo_workbench.services.links import LinkService
from dpo_workbench.services.mail import MailService
from dpo_workbench.services.organisation import OrganisationService
from dpo_workbench.services.register import RegisterService
from dpo_workbench.services.reports import ReportService
from dpo_workbench.services.requests import RequestService
from dpo_workbench.services.retention import RetentionService
from dpo_workbench.services.settings import SettingsService
from dpo_workbench.services.tasks import TaskService
from dpo_workbench.services.users import UserService
from dpo_workbench.services.vault import VaultService
from dpo_workbench.store.db import Database


class Workbench:
    """One data folder, one database, one clock, one person at the keyboard; a service per area."""

    def __init__(self, folder: DataFolder, db: Database, *, clock: Clock | None = None, actor: str | None = None):
        self.context = ctx = Context(folder=folder, db=db, clock=clock or SystemClock(), given_actor=actor)
        self.settings = SettingsService(ctx)
        self.register = RegisterService(ctx)  # Art. 30: processings, departments, processor register, history
        self.organisation = OrganisationService(ctx, self.register)
        self.documents = DocumentService(ctx)
        self.requests = RequestService(ctx, self.organisation, self.documents)
        self.links = LinkService(ctx)  # requests <-> the processings that concern the person
        self.identity = IdentityService(ctx, self.requests, self.documents)
        self.letters = LetterService(ctx, self.organisation, self.documents)
        self.breaches = BreachService(ctx, self.organisation)
        self.intake = IntakeService(ctx, self.organisation, self.requests, self.documents)
        self.mail = MailService(ctx, self.intake, self.letters, self.documents)
        self.tasks = TaskService(ctx, self.documents, self.organisation, self.mail)  # internal data requests
        self.requests.deadline_listeners.append(self.tasks.follow_request)
        self.vault = VaultService(ctx)
        self.audit = AuditService(ctx)
        self.reports = ReportService(ctx, self.organisation)
        self.case_files = CaseFileService(ctx, self.organisation, self.documents, self.identity)
        self.backups = BackupService(ctx)
        self.users = UserService(ctx)
        self.retention = RetentionService(ctx, self.documents)  # the workbench's own records past their period
        self.changes = ChangeService(ctx)  # what the other users changed since a window last looked (polling)

    @classmethod
    def open(cls, data_dir: Path, *, clock: Clock | None = None, actor: str | None = None,
             passphrase: str | None = None) -> Workbench:
        """Open (and on first start create) the data folder, its keys and its encrypted database.

        A passphrase-protected folder takes `passphrase`, else DPO_WORKBENCH_PASSPHRASE.
        """
        folder = DataFolder.at(data_dir)
        folder.open_keys(passphrase)
        return cls.from_folder(folder, clock=clock, actor=actor)

    @classmethod
    def from_folder(cls, folder: DataFolder, *, clock: Clock | None = None, actor: str | None = None) -> Workbench:
        """A workbench on a data folder whose keys are already unlocked (the GUI's unlock dialog).

        A schema migration is preceded by a backup (journaled once the database is open).
        """
        clock = clock or SystemClock()
        db, backups = open_database_safely(folder, clock.now)
        wb = cls(folder, db, clock=clock, actor=actor)
        for result in backups:
            wb.backups.journal_created(result)
        return wb

    @classmethod
    def open_team(cls, url: str, login: str, *, data_dir: Path, clock: Clock | None = None,
                  passphrase: str | None = None) -> Workbench:
        """Sign `login` in to a team database (PostgreSQL) and unlock the team key: see `dpo_workbench.team`.

        The passphrase is `passphrase`, else DPO_WORKBENCH_PASSPHRASE, unless this computer's keyring keeps
        the user's key. The journal records `login` as the one who acts.
        """
        from dpo_workbench.team import open_team

        clock = clock or SystemClock()
        folder = open_team(url, login, data_dir, clock.now, passphrase)
        assert folder.database is not None
        return cls(folder, folder.database, clock=clock, actor=folder.login)

    @property
    def in_team(self) -> bool:
        """A team database on a server (else: one data folder, one seat)."""
        return self.users.in_team

    def upkeep(self) -> None:
        """What runs at start-up and then hourly: purge the ID copies due, move suspended deadlines."""
        self.documents.purge_due()
        self.requests.refresh_suspended_deadlines()

    # -- the context, for the few callers that need it directly ---------------------------------

    @property
    def folder(self) -> DataFolder:
        return self.context.folder

    @property
    def db(self) -> Database:
        return self.context.db

    @db.setter
    def db(self, db: Database) -> None:  # a re-keyed database replaces the old one
        self.context.db = db

    @property
    def clock(self) -> Clock:
        return self.context.clock

    @property
    def data_dir(self) -> Path:
        return self.context.folder.path

    @property
    def actor(self) -> str:
        return self.context.actor

    def now(self) -> datetime:
        return self.context.now()

    def today(self) -> date:
        return self.context.today()

    def close(self) -> None:
        self.context.db.dispose()
