#!/usr/bin/env bash
# Installs Debian's chromium for the catalog's browser tests, once; quiet and idempotent.
# Exit 0 when /usr/bin/chromium (or $CHROMIUM) is usable afterwards, 3 when it cannot be installed here.
set -uo pipefail
chromium="${CHROMIUM:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "chromium is not installed and there is no apt-get to install it" >&2
  exit 3
fi
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "chromium is not installed and installing it needs root (sudo apt-get install chromium)" >&2
  exit 3
fi
export DEBIAN_FRONTEND=noninteractive
# A lock held by another apt (a parallel job) is waited for, up to two minutes.
if ! "${as_root[@]}" apt-get -o DPkg::Lock::Timeout=120 install -y -qq chromium >/tmp/rocky-chromium-install.log 2>&1; then
  "${as_root[@]}" apt-get -o DPkg::Lock::Timeout=120 update -qq >>/tmp/rocky-chromium-install.log 2>&1
  if ! "${as_root[@]}" apt-get -o DPkg::Lock::Timeout=120 install -y -qq chromium >>/tmp/rocky-chromium-install.log 2>&1; then
    echo "apt-get install chromium failed; see /tmp/rocky-chromium-install.log" >&2
    exit 3
  fi
fi
[ -x "$chromium" ] || { echo "chromium installed but $chromium is missing" >&2; exit 3; }
