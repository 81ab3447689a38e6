"""Real mail servers for the tests and the benchmark: Dovecot (IMAP) and aiosmtpd (SMTP), on loopback.

Dovecot comes from the system packages (`apt-get install dovecot-imapd`; `.ci/run` installs it) and
runs from a throw-away configuration of our own in a temporary folder: a passwd-file user, a static
userdb, Maildir storage, 127.0.0.1 on free ports, IMAP with STARTTLS and IMAPS with a certificate
the test makes (self-signed, or signed by a test authority). aiosmtpd runs in a thread and keeps
what it receives. Both are stopped by their context manager; nothing is left running.
"""

from __future__ import annotations

import datetime as dt
import grp
import ipaddress
import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

DOVECOT = shutil.which("dovecot") or ("/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None)
SETPRIV = shutil.which("setpriv")
SKIP_REASON = "dovecot is not installed (apt-get install dovecot-imapd); .ci/run installs it"
USER, PASSWORD = "dpo@example-company.fr", "s3cret-mailbox-pw"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Certificate:
    """A server certificate for 127.0.0.1 and localhost, with its key and (if any) its authority."""

    cert_pem: bytes
    key_pem: bytes
    der: bytes
    ca_pem: bytes | None = None

    @property
    def fingerprint(self) -> str:
        import hashlib

        return hashlib.sha256(self.der).hexdigest()


def make_certificate(*, signed_by_ca: bool = False) -> Certificate:
    """A self-signed certificate, or one signed by a throw-away authority (then trusted via SSL_CERT_FILE)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC)

    def name(text: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])

    key = ec.generate_private_key(ec.SECP256R1())
    issuer_key, issuer_name, ca_pem = key, name("127.0.0.1"), None
    if signed_by_ca:
        issuer_key = ec.generate_private_key(ec.SECP256R1())
        issuer_name = name("DPO Workbench test authority")
        ca = (x509.CertificateBuilder().subject_name(issuer_name).issuer_name(issuer_name)
              .public_key(issuer_key.public_key()).serial_number(x509.random_serial_number())
              .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
              .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
              .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=False, key_encipherment=False,
                                           data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                           crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
              .add_extension(x509.SubjectKeyIdentifier.from_public_key(issuer_key.public_key()), critical=False)
              .sign(issuer_key, hashes.SHA256()))
        ca_pem = ca.public_bytes(serialization.Encoding.PEM)
    builder = (x509.CertificateBuilder().subject_name(name("127.0.0.1")).issuer_name(issuer_name)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
               .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                           x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                              critical=False))
    if signed_by_ca:
        builder = builder.add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True).add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()), critical=False)
    cert = builder.sign(issuer_key, hashes.SHA256())
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return Certificate(cert.public_bytes(serialization.Encoding.PEM), key_pem,
                       cert.public_bytes(serialization.Encoding.DER), ca_pem)


@dataclass
class Dovecot:
    """A Dovecot of our own: `with Dovecot() as d:` then `d.imap_port` (STARTTLS) and `d.imaps_port`."""

    certificate: Certificate = field(default_factory=make_certificate)
    folder: Path | None = None
    process: subprocess.Popen | None = None
    imap_port: int = 0
    imaps_port: int = 0

    def __enter__(self) -> Dovecot:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        if DOVECOT is None:
            raise RuntimeError(SKIP_REASON)
        self._tmp: tempfile.TemporaryDirectory | None = tempfile.TemporaryDirectory(prefix="dpo-dovecot-")
        root = self.folder = Path(self._tmp.name)
        os.chmod(root, 0o755)
        (root / "cert.pem").write_bytes(self.certificate.cert_pem)
        (root / "key.pem").write_bytes(self.certificate.key_pem)
        os.chmod(root / "key.pem", 0o600)
        (root / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}::::::\n")
        for sub in ("run", "state", "mail"):
            (root / sub).mkdir()
        if os.geteuid() == 0:  # as root (CI): Dovecot's own users, created by the package
            mail_user, login_user, internal_user = "dovecot", "dovenull", "dovecot"
            uid, gid = pwd.getpwnam(mail_user).pw_uid, grp.getgrnam(mail_user).gr_gid
            os.chown(root / "mail", uid, gid)
        else:
            mail_user = login_user = internal_user = pwd.getpwuid(os.geteuid()).pw_name
            uid, gid = os.geteuid(), os.getegid()
        self.imap_port, self.imaps_port = free_port(), free_port()
        config = f"""
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
default_login_user = {login_user}
default_internal_user = {internal_user}
first_valid_uid = 0
ssl = yes
ssl_cert = <{root}/cert.pem
ssl_key = <{root}/key.pem
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:{root}/mail/%n
namespace inbox {{
  inbox = yes
  separator = /
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/mail/%n
}}
service imap-login {{
  inet_listener imap {{
    port = {self.imap_port}
  }}
  inet_listener imaps {{
    port = {self.imaps_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
"""
        (root / "dovecot.conf").write_text(config)
        self.run()

    def run(self) -> None:
        """Start the server process on the configuration written (again, after `kill`: same mail, same ports)."""
        assert self.folder is not None
        root = self.folder
        # setpriv (util-linux): the server is killed when the process that started it ends, even by a crash
        die_with_us = [SETPRIV, "--pdeathsig", "KILL", "--"] if SETPRIV else []
        self.process = subprocess.Popen([*die_with_us, DOVECOT, "-F", "-c", str(root / "dovecot.conf")],
                                        start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("dovecot did not start: " + self.process.stderr.read().decode()[-2000:]
                                   + self.log())
            try:
                with socket.create_connection(("127.0.0.1", self.imaps_port), timeout=0.5), \
                        socket.create_connection(("127.0.0.1", self.imap_port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.05)  # waiting for the server to listen, not for time to pass
        self.stop()
        raise RuntimeError("dovecot did not listen within 20 s" + self.log())

    def log(self) -> str:
        path = self.folder / "dovecot.log" if self.folder else None
        return ("\n" + path.read_text(errors="replace")[-3000:]) if path and path.exists() else ""

    def kill(self) -> None:
        """Shut the server down under its clients (the network fails, as they see it); the mail stays for `run`."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)  # the master and its imap processes: their sockets close
            self.process.wait(timeout=20)
        if self.process is not None and self.process.stderr:
            self.process.stderr.close()
        self.process = None

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process is not None and self.process.stderr:
            self.process.stderr.close()
        self.process = None
        if getattr(self, "_tmp", None) is not None:
            self._tmp.cleanup()
            self._tmp = None

    # -- putting messages in, looking at the mailbox (as another mail client would) ----------------

    def client(self):
        import imapclient

        context = ssl.create_default_context(cadata=self.certificate.cert_pem.decode())
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        client = imapclient.IMAPClient("127.0.0.1", port=self.imaps_port, ssl=True, ssl_context=context, timeout=30)
        client.login(USER, PASSWORD)
        return client

    def append(self, messages: list[bytes], folder: str = "INBOX") -> None:
        client = self.client()
        try:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            for data in messages:
                client.append(folder, data)
        finally:
            client.logout()

    def uids(self, folder: str = "INBOX", criteria: str | list = "ALL") -> list[int]:
        client = self.client()
        try:
            client.select_folder(folder)
            return sorted(client.search(criteria))
        finally:
            client.logout()

    def flags(self, folder: str = "INBOX") -> dict[int, set[bytes]]:
        client = self.client()
        try:
            client.select_folder(folder)
            return {uid: set(f) for uid, f in client.get_flags(client.search("ALL")).items()}
        finally:
            client.logout()

    def uidvalidity(self, folder: str = "INBOX") -> int:
        client = self.client()
        try:
            return int(client.select_folder(folder)[b"UIDVALIDITY"])
        finally:
            client.logout()


class SmtpServer:
    """aiosmtpd in a thread: `with SmtpServer(tls=...) as s:` then `s.port`, `s.received` (envelopes)."""

    def __init__(self, *, certificate: Certificate | None = None, implicit_tls: bool = False,
                 require_auth: bool = True, refuse: str = "") -> None:
        self.certificate = certificate or make_certificate()
        self.implicit_tls = implicit_tls
        self.require_auth = require_auth
        self.refuse = refuse  # a recipient address the server refuses (550)
        self.received: list = []
        self.port = free_port()
        self.controller = None
        self._tmp: tempfile.TemporaryDirectory | None = None

    def _context(self) -> ssl.SSLContext:
        self._tmp = tempfile.TemporaryDirectory(prefix="dpo-smtp-")
        cert, key = Path(self._tmp.name) / "cert.pem", Path(self._tmp.name) / "key.pem"
        cert.write_bytes(self.certificate.cert_pem)
        key.write_bytes(self.certificate.key_pem)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        return context

    def __enter__(self) -> SmtpServer:
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult

        server = self

        class Handler:
            async def handle_RCPT(self, smtp, session, envelope, address, options):  # noqa: N802
                if server.refuse and address == server.refuse:
                    return "550 5.1.1 mailbox unavailable"
                envelope.rcpt_tos.append(address)
                return "250 OK"

            async def handle_DATA(self, smtp, session, envelope):  # noqa: N802
                server.received.append(envelope)
                return "250 Message accepted"

        def authenticator(smtp, session, envelope, mechanism, auth_data):
            ok = auth_data.login.decode() == USER and auth_data.password.decode() == PASSWORD
            return AuthResult(success=ok, handled=False)  # handled=False: the server answers 535 itself

        context = self._context()
        # over implicit TLS aiosmtpd does not see the connection as encrypted: it would hide AUTH
        kwargs = dict(hostname="127.0.0.1", port=self.port, authenticator=authenticator,
                      auth_require_tls=not self.implicit_tls, auth_required=self.require_auth,
                      # smtplib retries a refused PLAIN with LOGIN, which aiosmtpd leaves hanging: PLAIN only
                      auth_exclude_mechanism=["LOGIN"])
        if self.implicit_tls:
            self.controller = Controller(Handler(), ssl_context=context, **kwargs)
        else:
            self.controller = Controller(Handler(), tls_context=context, require_starttls=True, **kwargs)
        # the controller's own readiness probe speaks plain SMTP: with implicit TLS it needs the context too
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.controller is not None:
            self.controller.stop()
        if self._tmp is not None:
            self._tmp.cleanup()
