"""workspace.toml, read as strictly as a firm's config.toml (same messages, same checks).

```toml
[workspace]
name = "Secrétariat Dupuis"

[review]
email = "claire@secretariat-dupuis.fr"   # the secretary's one digest for every firm
digest_time = "08:30"

[smtp]                                   # how her digest is sent; without it, digests/
host = "127.0.0.1"
port = 8025

[web]                                    # her pages (`relancebot web`): as a firm's [web]
base_url = "http://127.0.0.1:8765"
```
"""

from __future__ import annotations

import tomllib
import zoneinfo
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from relancebot.config import (
    ConfigError,
    ReviewSettings,
    SmtpSettings,
    WebSettings,
    read_section,
)

WORKSPACE_FILE = "workspace.toml"


@dataclass(frozen=True)
class WorkspaceInfo:
    name: str = "Secrétariat"


@dataclass(frozen=True)
class WorkspaceSettings:
    root: Path
    timezone: str = "Europe/Paris"
    workspace: WorkspaceInfo = field(default_factory=WorkspaceInfo)
    review: ReviewSettings = field(default_factory=ReviewSettings)
    smtp: SmtpSettings | None = None
    web: WebSettings = field(default_factory=WebSettings)  # `relancebot web` on the workspace

    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)

    @property
    def database_path(self) -> Path:
        return self.root / "workspace.db"

    @property
    def digests_dir(self) -> Path:
        return self.root / "digests"


_SECTIONS: dict[str, type[Any]] = {
    "workspace": WorkspaceInfo,
    "review": ReviewSettings,
    "smtp": SmtpSettings,
    "web": WebSettings,
}


def load_workspace_settings(root: Path) -> WorkspaceSettings:
    path = root / WORKSPACE_FILE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(
            f"{root} : pas un espace de travail ({WORKSPACE_FILE} introuvable)"
        ) from None
    except OSError as exc:
        raise ConfigError(f"{path} : illisible ({exc.strerror})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path} : TOML invalide ({exc})") from None
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key == "timezone":
            if not isinstance(value, str):
                raise ConfigError(f"{path} : timezone : texte attendu, reçu {value!r}")
            try:
                zoneinfo.ZoneInfo(value)
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                raise ConfigError(f"{path} : timezone : fuseau inconnu {value!r}") from None
            values["timezone"] = value
        elif key in _SECTIONS:
            if key == "review" and isinstance(value, dict) and "report_every" in value:
                # The periodic report goes to each firm's manager: a firm's key, not hers.
                raise ConfigError(
                    f"{path} : review.report_every : se règle dans le config.toml de chaque "
                    "entreprise, pas dans workspace.toml"
                )
            try:
                values[key] = read_section(_SECTIONS[key], value, key)
            except ConfigError as exc:
                raise ConfigError(f"{path} : {exc}") from None
        else:
            raise ConfigError(
                f"{path} : {key} : clé inconnue (attendu : timezone, "
                f"{', '.join('[' + s + ']' for s in _SECTIONS)})"
            )
    return WorkspaceSettings(root=root.resolve(), **values)
