from __future__ import annotations

from relancebot.cli import main

main()
