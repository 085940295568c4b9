"""config.toml, read strictly: an unknown key, a wrong type or a missing value stops start-up
with the key's name and what is expected. Passwords never live here: see `secrets.py`."""

from __future__ import annotations

import datetime as dt
import tomllib
import typing
import zoneinfo
from dataclasses import MISSING, dataclass, field, fields
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal, TypeVar

from relancebot.core.action_model import ActionSettings
from relancebot.core.calendar import BusinessCalendar, SendingWindow
from relancebot.core.policy import Policy

Security = Literal["none", "starttls", "tls"]


class ConfigError(Exception):
    """A config value that cannot be used; the message names the key and what is expected."""


@dataclass(frozen=True)
class FirmSettings:
    name: str = "Mon Entreprise SARL"
    email: str = "relances@mon-entreprise.example"
    phone: str = ""
    address: str = ""
    signatory: str = ""  # who signs the emails, e.g. "Claire Morel, gérante"
    iban: str = ""
    # Printed in level-3 reminders and the formal notice (article L441-10 du Code de commerce).
    late_penalty_terms: str = "trois fois le taux d'intérêt légal"


@dataclass(frozen=True)
class DatabaseSettings:
    path: str = "relancebot.db"


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 587
    security: Security = "starttls"
    username: str = ""
    timeout: float = 30.0
    ca_file: str = ""
    # Sending a password unencrypted to a non-loopback host needs this said explicitly.
    allow_plaintext_login: bool = False


@dataclass(frozen=True)
class ImapSettings:
    host: str
    port: int = 993
    security: Security = "tls"
    username: str = ""
    folder: str = "INBOX"
    sent_folder: str = "auto"  # "auto": the folder flagged \Sent; "" to not copy reminders
    keyword: str = "$Relancebot"
    move_to: str = ""  # move handled replies there; "" leaves them in place
    max_message_bytes: int = 25_000_000
    idle_seconds: int = 540  # IDLE is re-issued before servers drop it (RFC 2177: 29 min)
    timeout: float = 60.0
    ca_file: str = ""
    allow_plaintext_login: bool = False


@dataclass(frozen=True)
class ReviewSettings:
    email: str = ""  # who receives the daily digest; "" writes it to a file only
    digest_time: str = "08:30"


@dataclass(frozen=True)
class CalendarSettings:
    country: str = "FR"
    region: str = ""  # a holidays subdivision, e.g. "57" for Moselle (Alsace-Moselle)
    window_start: str = "09:00"
    window_end: str = "17:00"


@dataclass(frozen=True)
class InvoiceSettings:
    # PDFs must live under this folder (relative to the config); "" means the CSV's own folder.
    pdf_root: str = ""
    allow_pdf_outside_root: bool = False


@dataclass(frozen=True)
class ServiceSettings:
    tick_minutes: int = 10
    templates_dir: str = ""  # "" uses the gabarits/ shipped with relancebot


@dataclass(frozen=True)
class Settings:
    base_dir: Path
    timezone: str = "Europe/Paris"
    firm: FirmSettings = field(default_factory=FirmSettings)
    database: DatabaseSettings = field(default_factory=DatabaseSettings)
    smtp: SmtpSettings | None = None
    imap: ImapSettings | None = None
    review: ReviewSettings = field(default_factory=ReviewSettings)
    calendar: CalendarSettings = field(default_factory=CalendarSettings)
    policy: Policy = field(default_factory=Policy)
    actions: ActionSettings = field(default_factory=ActionSettings)
    invoices: InvoiceSettings = field(default_factory=InvoiceSettings)
    service: ServiceSettings = field(default_factory=ServiceSettings)
    source: Path | None = None  # the file read, or None on embedded defaults

    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)

    def path(self, value: str) -> Path:
        """A path from the config, relative to the config file's folder."""
        p = Path(value).expanduser()
        return p if p.is_absolute() else self.base_dir / p

    @property
    def database_path(self) -> Path:
        return self.path(self.database.path)

    @property
    def outbox_maildir(self) -> Path:
        return self.base_dir / "outbox"

    @property
    def inbox_maildir(self) -> Path:
        return self.base_dir / "inbox"

    @property
    def templates_path(self) -> Path:
        if self.service.templates_dir:
            return self.path(self.service.templates_dir)
        return Path(__file__).resolve().parent / "gabarits"

    def business_calendar(self) -> BusinessCalendar:
        window = SendingWindow(
            _clock_time(self.calendar.window_start, "calendar.window_start"),
            _clock_time(self.calendar.window_end, "calendar.window_end"),
        )
        return BusinessCalendar(
            self.tz, self.calendar.country, self.calendar.region or None, window
        )

    @property
    def digest_time(self) -> dt.time:
        return _clock_time(self.review.digest_time, "review.digest_time")


def _clock_time(text: str, key: str) -> dt.time:
    try:
        return dt.time.fromisoformat(text)
    except ValueError:
        raise ConfigError(f"{key} : heure attendue au format HH:MM, reçu {text!r}") from None


_SECTIONS: dict[str, type[Any]] = {
    "firm": FirmSettings,
    "database": DatabaseSettings,
    "smtp": SmtpSettings,
    "imap": ImapSettings,
    "review": ReviewSettings,
    "calendar": CalendarSettings,
    "policy": Policy,
    "actions": ActionSettings,
    "invoices": InvoiceSettings,
    "service": ServiceSettings,
}
T = TypeVar("T")


def _expected(kind: Any) -> str:
    if typing.get_origin(kind) is Literal:
        return " ou ".join(repr(v) for v in typing.get_args(kind))
    names = {
        str: "texte",
        int: "nombre entier",
        float: "nombre",
        bool: "true/false",
        Decimal: "montant",
    }
    return names.get(kind, str(kind))


def _convert(value: Any, kind: Any, key: str) -> Any:
    ok: bool
    if typing.get_origin(kind) is Literal:
        ok = value in typing.get_args(kind)
    elif kind is bool:
        ok = isinstance(value, bool)
    elif kind is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif kind is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        value = float(value) if ok else value
    elif kind is Decimal:
        ok = isinstance(value, int | float | str) and not isinstance(value, bool)
        value = Decimal(str(value)) if ok else value
    else:
        ok = isinstance(value, kind)
    if not ok:
        raise ConfigError(f"{key} : {_expected(kind)} attendu, reçu {value!r}")
    return value


def _section(cls: type[T], table: Any, name: str) -> T:
    if not isinstance(table, dict):
        raise ConfigError(f"[{name}] : une table est attendue")
    hints = typing.get_type_hints(cls)
    known = {f.name: f for f in fields(cls)}  # type: ignore[arg-type]
    for key in table:
        if key not in known:
            raise ConfigError(f"{name}.{key} : clé inconnue (clés possibles : {', '.join(known)})")
    values = {}
    for key, f in known.items():
        if key in table:
            values[key] = _convert(table[key], hints[key], f"{name}.{key}")
        elif f.default is MISSING and f.default_factory is MISSING:
            raise ConfigError(
                f"{name}.{key} : valeur obligatoire manquante ({_expected(hints[key])})"
            )
    try:
        return cls(**values)
    except ValueError as exc:
        raise ConfigError(str(exc)) from None


def parse_settings(data: dict[str, Any], base_dir: Path, source: Path | None = None) -> Settings:
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key == "timezone":
            values["timezone"] = _convert(value, str, "timezone")
            try:
                zoneinfo.ZoneInfo(value)
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                raise ConfigError(
                    f"timezone : fuseau inconnu {value!r} (ex. 'Europe/Paris')"
                ) from None
        elif key in _SECTIONS:
            values[key] = _section(_SECTIONS[key], value, key)
        else:
            raise ConfigError(
                f"{key} : clé inconnue au premier niveau (attendu : timezone, "
                f"{', '.join('[' + s + ']' for s in _SECTIONS)})"
            )
    settings = Settings(base_dir=base_dir, source=source, **values)
    settings.business_calendar()  # validates the window times now, not at the first tick
    _ = settings.digest_time
    return settings


def load_settings(path: Path | None, *, explicit: bool) -> Settings:
    """Read the config file; without one (and none asked for), the embedded defaults beside it."""
    if path is None or (not path.exists() and not explicit):
        base = (path.parent if path else Path.cwd()).resolve()
        return parse_settings({}, base)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path} : fichier de configuration introuvable") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path} : TOML invalide ({exc})") from None
    return parse_settings(data, path.resolve().parent, path.resolve())
