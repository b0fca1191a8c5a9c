#!/usr/bin/env bash
# Installs the Debian packages a target needs, when they are missing and we are root.
# Usage: scripts/system-deps.sh test|serve
set -euo pipefail
target=${1:-serve}

declare -a need=()
case "$target" in
  serve) need=() ;;
  # chromium: the explorer's browser test; golang-go: the Go SDK; nodejs/npm: the TypeScript SDK
  test)  need=(chromium golang-go nodejs npm) ;;
  *) echo "usage: $0 test|serve" >&2; exit 2 ;;
esac

missing=()
for pkg in "${need[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "Missing Debian packages: ${missing[*]} (run as root, or: sudo apt-get install ${missing[*]})" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
