#!/usr/bin/env bash
# Installs the Debian packages a target needs, when they are missing and we are root.
# Each need is "check:package": the package is installed unless the check (a command on PATH,
# or a file path) is already there, so a Node.js from another source satisfies nodejs/npm.
# Usage: scripts/system-deps.sh test|serve
set -euo pipefail
target=${1:-serve}

declare -a need=()
case "$target" in
  serve) need=() ;;
  # chromium: the explorer's browser test; go: the Go SDK; node/npm: the TypeScript SDK
  # tesseract + language data: the OCR check of in-image text in every script
  # postgresql: the platform tests run on SQLite and on a real PostgreSQL server
  test)
    need=(chromium:chromium go:golang-go node:nodejs npm:npm tesseract:tesseract-ocr
          /usr/lib/postgresql/15/bin/initdb:postgresql)
    for lang in eng ara heb hin ben tha chi-sim chi-tra jpn kor rus ell vie pol tur deu fra; do
      need+=("/usr/share/tesseract-ocr/5/tessdata/${lang//-/_}.traineddata:tesseract-ocr-$lang")
    done ;;
  *) echo "usage: $0 test|serve" >&2; exit 2 ;;
esac

present() {
  case "$1" in
    /*) [ -e "$1" ] ;;
    *) command -v "$1" >/dev/null 2>&1 ;;
  esac
}

missing=()
for item in "${need[@]}"; do
  check=${item%%:*}
  pkg=${item#*:}
  present "$check" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "Missing Debian packages: ${missing[*]} (run as root, or: sudo apt-get install ${missing[*]})" >&2
  exit 1
fi
echo "Installing Debian packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
