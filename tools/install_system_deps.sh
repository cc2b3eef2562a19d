#!/usr/bin/env bash
# Install the Debian packages the course needs, only those missing.
#   tools/install_system_deps.sh book   npm (to vendor the book's JavaScript), Tesseract OCR
#   tools/install_system_deps.sh test   the above, plus Chromium and exiftool for the tests
set -euo pipefail
purpose=${1:-test}
missing=()

command -v npm >/dev/null || missing+=(npm)
if ! command -v tesseract >/dev/null; then
  missing+=(tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra)
else
  langs=$(tesseract --list-langs 2>/dev/null || true)
  grep -qx eng <<<"$langs" || missing+=(tesseract-ocr-eng)
  grep -qx fra <<<"$langs" || missing+=(tesseract-ocr-fra)
fi
if [ "$purpose" = test ]; then
  command -v chromium >/dev/null || missing+=(chromium)
  command -v exiftool >/dev/null || missing+=(libimage-exiftool-perl)
fi

[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing Debian packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  sudo=(sudo)
else
  echo "These Debian packages are missing and this user cannot install them: ${missing[*]}" >&2
  echo "Ask an administrator to run:" >&2
  echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
