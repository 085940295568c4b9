"""Write relancebot/core/holidays_fr.py: France's public holidays as the `holidays` library gives
them, so that planning does not import the library (half a second: every country's module).

Usage: .venv/bin/python scripts/holidays_fr.py
Run it after upgrading `holidays` when tests/test_holidays_table.py says the table differs.
"""

from __future__ import annotations

import sys
from pathlib import Path

import holidays

REPO = Path(__file__).resolve().parents[1]
TARGET = REPO / "relancebot" / "core" / "holidays_fr.py"
YEARS = range(1990, 2101)  # the years an imported invoice's dates may have

HEADER = '''\
"""Public holidays of metropolitan France, {first}-{last}, as `holidays` {version} gives them.

Asking the library costs half a second (it imports the modules of every country), more than a
whole `relancebot plan` may take. These are its answers, written down by scripts/holidays_fr.py;
tests/test_holidays_table.py fails when the installed library disagrees.
"""

from __future__ import annotations

# year: month and day (MMDD) of each holiday
HOLIDAYS_FR: dict[int, str] = {{
'''


def main() -> None:
    lines = [HEADER.format(first=YEARS[0], last=YEARS[-1], version=holidays.__version__)]
    for year in YEARS:
        days = sorted(holidays.country_holidays("FR", years=year))
        lines.append(f'    {year}: "{" ".join(f"{d:%m%d}" for d in days)}",\n')
    lines.append("}\n")
    TARGET.write_text("".join(lines), encoding="utf-8")
    print(f"{TARGET.relative_to(REPO)} : {len(YEARS)} années", file=sys.stderr)


if __name__ == "__main__":
    main()
