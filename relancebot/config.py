"""config.toml, read strictly: an unknown key, a wrong type, a missing value or a value that makes
no sense (a negative delay, port 99999, an address without @) stops start-up with the key's name
and what is expected. Passwords never live here: see `secrets.py`."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
import typing
import zoneinfo
from dataclasses import MISSING, dataclass, field, fields
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Literal, TypeVar

from relancebot.core.action_model import ActionSettings
from relancebot.core.calendar import BusinessCalendar, SendingWindow
from relancebot.core.policy import Policy, require_range
from relancebot.errors import RelancebotError

Security = Literal["none", "starttls", "tls"]
ReportEvery = Literal["", "week", "month"]


class ConfigError(RelancebotError):
    """A config value that cannot be used; the message names the key and what is expected."""


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _check_text(key: str, value: str, *, required: bool = False, lines: bool = False) -> None:
    """Text that reaches a header or a letter: no control characters (line breaks if `lines`)."""
    if required and not value.strip():
        raise ConfigError(f"{key} : texte non vide attendu")
    if _CONTROL.search(value.replace("\n", "") if lines else value):
        raise ConfigError(f"{key} : caractère de contrôle (retour à la ligne ?) dans {value!r}")


def _check_word(key: str, value: str) -> None:
    """A host name or a mailbox folder: not empty, no spaces."""
    if not value or any(c.isspace() for c in value) or _CONTROL.search(value):
        raise ConfigError(f"{key} : texte non vide et sans espace attendu, reçu {value!r}")


def _check_email(key: str, value: str) -> None:
    # email_validator costs about 40 ms to import: only when a config is actually read.
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError:
        raise ConfigError(
            f"{key} : adresse email attendue (ex. relances@mon-entreprise.fr), reçu {value!r}"
        ) from None


def _check_port(key: str, value: int) -> None:
    require_range(key, value, 1, 65535)


def _check_seconds(key: str, value: float, longest: float) -> None:
    if not 0 < value <= longest:  # NaN fails too
        raise ConfigError(f"{key} : nombre de secondes > 0 et ≤ {longest:g} attendu, reçu {value}")


_IBAN_EXAMPLE = "(ex. 'FR76 3000 6000 0112 3456 7890 189')"


def _check_iban(key: str, value: str) -> None:
    """The IBAN customers will pay to, checked as their bank will: its country's length and
    format, its check digits (a typo is caught here, not by a customer's failed transfer), and
    the national key where schwifty knows it (the French RIB key)."""
    import warnings

    # schwifty reads its bank registry at import (a tenth of a second): only when an IBAN is set.
    from schwifty import IBAN, exceptions

    try:
        with warnings.catch_warnings():
            # A country whose national key schwifty cannot compute: the check digits suffice.
            warnings.simplefilter("ignore", exceptions.NationalChecksumNotVerified)
            IBAN(value, validate_bban=True)
    except exceptions.InvalidCountryCode:
        why = f"pays {re.sub(r'[^A-Za-z]', '', value)[:2].upper()!r} inconnu"
    except exceptions.InvalidLength:
        why = "longueur incorrecte pour ce pays (un chiffre oublié ou en trop ?)"
    except exceptions.InvalidChecksumDigits:
        why = "clé de contrôle fausse (faute de frappe ?)"
    except exceptions.InvalidBBANChecksum:
        why = "clé nationale fausse (la clé RIB en France : faute de frappe ?)"
    except exceptions.SchwiftyException:
        why = "format du compte incorrect pour ce pays"
    else:
        return
    raise ConfigError(f"{key} : IBAN attendu {_IBAN_EXAMPLE}, reçu {value!r} : {why}")


def _check_bic(key: str, value: str) -> None:
    from schwifty import BIC, exceptions

    try:
        BIC(value)
    except exceptions.SchwiftyException:
        raise ConfigError(
            f"{key} : BIC attendu, 8 ou 11 lettres et chiffres (ex. 'AGRIFRPP' ou "
            f"'AGRIFRPPXXX'), reçu {value!r}"
        ) from None


_DEFAULT_FIRM_EMAIL = "relances@mon-entreprise.example"


@dataclass(frozen=True)
class FirmSettings:
    name: str = "Mon Entreprise SARL"
    email: str = _DEFAULT_FIRM_EMAIL
    phone: str = ""
    address: str = ""
    signatory: str = ""  # who signs the emails, e.g. "Claire Morel, gérante"
    # The account customers pay to: printed in reminders and the formal notice with a SEPA
    # transfer QR code. `payee` is the account holder's name as the bank knows it, when it
    # differs from `name` (banks now compare it with the payer's entry); "" means `name`.
    iban: str = ""
    bic: str = ""
    payee: str = ""
    # Printed in level-3 reminders and the formal notice (article L441-10 du Code de commerce).
    late_penalty_terms: str = "trois fois le taux d'intérêt légal"
    # Who writes for the firm (a secretariat chasing on its behalf): every customer email then
    # says so, in the firm's name ("" says nothing).
    secretariat: str = ""

    def __post_init__(self) -> None:
        _check_text("firm.name", self.name, required=True)
        if self.email != _DEFAULT_FIRM_EMAIL:  # the placeholder is valid: skip the import
            _check_email("firm.email", self.email)
        _check_text("firm.phone", self.phone)
        _check_text("firm.address", self.address, lines=True)
        _check_text("firm.signatory", self.signatory)
        _check_text("firm.late_penalty_terms", self.late_penalty_terms, required=True)
        _check_text("firm.secretariat", self.secretariat)
        if self.iban:
            _check_iban("firm.iban", self.iban)
        if self.bic:
            if not self.iban:
                raise ConfigError("firm.bic : ne sert qu'avec firm.iban ; ajoutez l'IBAN")
            _check_bic("firm.bic", self.bic)
        _check_text("firm.payee", self.payee)
        if len(self.payee) > 70:
            raise ConfigError(
                f"firm.payee : 70 caractères au plus (le nom du titulaire du compte tel que la "
                f"banque l'écrit), reçu {len(self.payee)}"
            )

    @property
    def account_holder(self) -> str:
        """The name a transfer is made out to."""
        return self.payee or self.name


@dataclass(frozen=True)
class DatabaseSettings:
    path: str = "relancebot.db"

    def __post_init__(self) -> None:
        _check_text("database.path", self.path, required=True)


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
    # The password in a file of its own (owner-only), relative to the config: each firm of a
    # workspace has its own, where one environment variable would serve them all.
    password_file: str = ""

    def __post_init__(self) -> None:
        _check_word("smtp.host", self.host)
        _check_port("smtp.port", self.port)
        _check_text("smtp.username", self.username)
        _check_seconds("smtp.timeout", self.timeout, 600)


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
    password_file: str = ""  # as smtp.password_file

    def __post_init__(self) -> None:
        _check_word("imap.host", self.host)
        _check_port("imap.port", self.port)
        _check_text("imap.username", self.username)  # a login, not always an address
        _check_word("imap.folder", self.folder)
        _check_text("imap.sent_folder", self.sent_folder)
        _check_text("imap.move_to", self.move_to)
        if not _IMAP_ATOM.fullmatch(self.keyword):
            raise ConfigError(
                f"imap.keyword : mot-clé IMAP attendu (lettres, chiffres, $, sans espace, "
                f"ex. '$Relancebot'), reçu {self.keyword!r}"
            )
        require_range("imap.max_message_bytes", self.max_message_bytes, 1000, 1_000_000_000)
        # IDLE must be renewed before the server's 30 minutes (RFC 2177); under 10 s it polls.
        require_range("imap.idle_seconds", self.idle_seconds, 10, 29 * 60)
        _check_seconds("imap.timeout", self.timeout, 600)


# RFC 3501 atom: no space, control, parenthesis, brace, quote, %, *, backslash or ].
_IMAP_ATOM = re.compile(r'[^\s\x00-\x1f\x7f(){%*"\\\]]+')


@dataclass(frozen=True)
class ReviewSettings:
    email: str = ""  # who receives the daily digest; "" writes it to a file only
    digest_time: str = "08:30"
    # The firm's periodic report to that same address: "" never, "week" or "month".
    report_every: ReportEvery = ""

    def __post_init__(self) -> None:
        if self.email:
            _check_email("review.email", self.email)
        _clock_time(self.digest_time, "review.digest_time")


@dataclass(frozen=True)
class CalendarSettings:
    country: str = "FR"
    region: str = ""  # a holidays subdivision, e.g. "57" for Moselle (Alsace-Moselle)
    window_start: str = "09:00"
    window_end: str = "17:00"

    def __post_init__(self) -> None:
        start = _clock_time(self.window_start, "calendar.window_start")
        end = _clock_time(self.window_end, "calendar.window_end")
        if start >= end:
            raise ConfigError(
                f"calendar.window_start ({self.window_start}) doit précéder "
                f"calendar.window_end ({self.window_end})"
            )
        if (self.country, self.region) != ("FR", ""):  # the default needs no check
            _check_holiday_region(self.country, self.region, self.subdivision)

    @property
    def subdivision(self) -> str | None:
        """The `holidays` code of the region ("67"/"68", as the README says, are "6AE")."""
        return _REGION_ALIASES.get((self.country, self.region), self.region) or None


# Départements whose own holidays `holidays` files under a region code.
_REGION_ALIASES = {("FR", "67"): "6AE", ("FR", "68"): "6AE"}


def _check_holiday_region(country: str, region: str, subdivision: str | None) -> None:
    """An unknown country or region would make every pass fail: refuse it at start-up."""
    import holidays  # heavy: imported only when a config names another calendar than France's

    try:
        entity = holidays.country_holidays(country)
    except NotImplementedError:
        raise ConfigError(
            f"calendar.country : pays inconnu {country!r}, code ISO à deux lettres attendu "
            "(ex. 'FR')"
        ) from None
    if subdivision is None:
        return
    known = [*entity.subdivisions, *getattr(entity, "subdivisions_aliases", {})]
    if subdivision not in known:
        codes = ", ".join(repr(c) for c in entity.subdivisions) or "aucune"
        raise ConfigError(
            f"calendar.region : région inconnue {region!r} pour {country} "
            f"(attendu : '' pour aucune, ou {codes})"
        )


@dataclass(frozen=True)
class InvoiceSettings:
    # PDFs must live under this folder (relative to the config); "" means the CSV's own folder.
    pdf_root: str = ""
    allow_pdf_outside_root: bool = False
    # The PDFs of one email together (one customer's reminder), and so each PDF at import:
    # above 10 MB many mail servers refuse the message (base64 adds a third on the way).
    max_pdf_bytes: int = 10_000_000

    def __post_init__(self) -> None:
        require_range("invoices.max_pdf_bytes", self.max_pdf_bytes, 10_000, 100_000_000)


@dataclass(frozen=True)
class ImportSettings:
    # A folder the service imports from (invoices and bank statements alike, recognised by
    # content); each file then moves to imported/ or refused/ beside it. "": none.
    # Relative to the config file.
    watch_dir: str = ""
    # Due date of an invoice whose file gives none (a FEC export): issue date + these days.
    payment_terms_days: int = 30

    def __post_init__(self) -> None:
        _check_text("imports.watch_dir", self.watch_dir)
        require_range("imports.payment_terms_days", self.payment_terms_days, 0, 365)


@dataclass(frozen=True)
class ServiceSettings:
    tick_minutes: int = 10
    templates_dir: str = ""  # "" uses the gabarits/ shipped with relancebot

    def __post_init__(self) -> None:
        require_range("service.tick_minutes", self.tick_minutes, 1, 24 * 60)


@dataclass(frozen=True)
class ClassifySettings:
    # Once a day the service runs `learn` when at least this many corrections of a reply's
    # category came since the last model was trained; 0: never (`relancebot learn` by hand).
    learn_after: int = 20

    def __post_init__(self) -> None:
        require_range("classify.learn_after", self.learn_after, 0, 100_000)


_HOST = re.compile(r"^(\*\.)?[A-Za-z0-9.-]+$|^\[[0-9A-Fa-f:.]+\]$")


@dataclass(frozen=True)
class WebSettings:
    """The person's pages (`relancebot web`): how they are reached from the browser."""

    # Where a person's browser finds the pages ("http://127.0.0.1:8765", or the proxy's
    # https://relances.lan): the digest links each line to its page when set.
    base_url: str = ""
    # Host names the pages answer to besides the address they are bound to (a reverse proxy's
    # name on the LAN); any other Host header is refused.
    allowed_hosts: tuple[str, ...] = ()
    # Served behind a reverse proxy that terminates TLS: cookies are Secure, and the proxy's
    # X-Forwarded-For / X-Forwarded-Proto are believed from the addresses of trusted_proxies.
    behind_tls: bool = False
    trusted_proxies: tuple[str, ...] = ("127.0.0.1", "::1")

    def __post_init__(self) -> None:
        if self.base_url:
            _check_text("web.base_url", self.base_url)
            if not re.fullmatch(r"https?://[^/\s?#]+(/[^\s?#]*)?", self.base_url):
                raise ConfigError(
                    "web.base_url : adresse http(s) attendue, sans ? ni # "
                    f"(ex. 'http://127.0.0.1:8765'), reçu {self.base_url!r}"
                )
        for host in self.allowed_hosts:
            if not _HOST.match(host):
                raise ConfigError(
                    "web.allowed_hosts : noms d'hôte attendus, sans port ni schéma "
                    f"(ex. ['relances.lan']), reçu {host!r}"
                )
        for address in self.trusted_proxies:
            _check_word("web.trusted_proxies", address)

    @property
    def link_base(self) -> str:
        """base_url without its final slash: the pages' paths are appended to it."""
        return self.base_url.rstrip("/")


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
    imports: ImportSettings = field(default_factory=ImportSettings)
    classify: ClassifySettings = field(default_factory=ClassifySettings)
    web: WebSettings = field(default_factory=WebSettings)
    source: Path | None = None  # the file read, or None on embedded defaults

    def __post_init__(self) -> None:
        """Paths the config names must exist now, not at the first message that needs them."""
        folders = (
            ("service.templates_dir", self.service.templates_dir),
            ("invoices.pdf_root", self.invoices.pdf_root),
            ("imports.watch_dir", self.imports.watch_dir),
        )
        for key, value in folders:
            if value and not self.path(value).is_dir():
                raise ConfigError(f"{key} : dossier introuvable {str(self.path(value))!r}")
        for key, server in (("smtp", self.smtp), ("imap", self.imap)):
            if server and server.ca_file and not self.path(server.ca_file).is_file():
                raise ConfigError(
                    f"{key}.ca_file : fichier de certificats introuvable "
                    f"{str(self.path(server.ca_file))!r}"
                )

    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)

    def path(self, value: str) -> Path:
        """A path from the config, relative to the config file's folder."""
        try:
            p = Path(value).expanduser()
        except RuntimeError:  # "~someone/" for an unknown user
            raise ConfigError(f"{value} : chemin invalide (utilisateur inconnu)") from None
        return p if p.is_absolute() else self.base_dir / p

    @property
    def watch_dir(self) -> Path | None:
        """The folder the service imports from, or None."""
        return self.path(self.imports.watch_dir) if self.imports.watch_dir else None

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
        return BusinessCalendar(self.tz, self.calendar.country, self.calendar.subdivision, window)

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
    "imports": ImportSettings,
    "classify": ClassifySettings,
    "web": WebSettings,
}
T = TypeVar("T")


def _expected(kind: Any) -> str:
    if typing.get_origin(kind) is Literal:
        return " ou ".join(repr(v) for v in typing.get_args(kind))
    if typing.get_origin(kind) is tuple:
        return "liste de textes (ex. ['a', 'b'])"
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
    elif typing.get_origin(kind) is tuple:  # a TOML array of strings
        ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
        value = tuple(value) if ok else value
    elif kind is bool:
        ok = isinstance(value, bool)
    elif kind is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif kind is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        value = float(value) if ok else value
    elif kind is Decimal:
        ok = isinstance(value, int | float | str) and not isinstance(value, bool)
        try:
            value = Decimal(str(value)) if ok else value
        except InvalidOperation:  # "quarante"
            ok = False
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


def read_section(cls: type[T], table: Any, name: str) -> T:
    """One [section] of a TOML file read as `cls`, as strictly as config.toml's own (the
    workspace's workspace.toml reuses it)."""
    return _section(cls, table, name)


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
    return Settings(base_dir=base_dir, source=source, **values)


def load_settings(path: Path | None, *, explicit: bool) -> Settings:
    """Read the config file; without one (and none asked for), the embedded defaults beside it."""
    if path is None or (not path.exists() and not explicit):
        base = (path.parent if path else Path.cwd()).resolve()
        return parse_settings({}, base)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path} : fichier de configuration introuvable") from None
    except OSError as exc:  # a folder, a file of another user
        raise ConfigError(f"{path} : fichier de configuration illisible ({exc.strerror})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path} : TOML invalide ({exc})") from None
    return parse_settings(data, path.resolve().parent, path.resolve())
