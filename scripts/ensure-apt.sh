#!/usr/bin/env bash
# Installs a Debian package when the command it provides is missing.
# Usage: scripts/ensure-apt.sh COMMAND PACKAGE...
# Runs `apt-get update` only when something is actually missing, so a machine
# that has everything stays quiet and offline.
set -euo pipefail

command_name="$1"
shift
if command -v "$command_name" >/dev/null 2>&1; then
  exit 0
fi

echo "installing $* (no $command_name on PATH)" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
command -v "$command_name" >/dev/null
