#!/usr/bin/env bash
# The whole test suite, from a fresh machine: installs what it needs, then lint, types, tests.
set -euo pipefail
cd "$(dirname "$0")"
scripts/bootstrap
scripts/install-test-servers
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
.venv/bin/pytest "$@"
