#!/usr/bin/env bash
# Sets relancebot up if needed, then runs it: ./run.sh [COMMAND ...]; without a command, the
# service itself (`relancebot run`) on ./config.toml, whose embedded defaults keep every
# message on this machine (outbox/ and inbox/ Maildirs).
set -euo pipefail
cd "$(dirname "$0")"
scripts/bootstrap
[ $# -gt 0 ] || set -- run
exec .venv/bin/relancebot "$@"
