#!/usr/bin/env bash
# Renders the PNG icons in public/icons from the SVG sources with headless Chromium.
# Run by hand after changing an icon; the PNGs are committed.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=public/icons
render() {
  local html; html=$(mktemp --suffix=.html)
  printf '<html><body style="margin:0;background:transparent"><img src="file://%s" width="%s" height="%s" style="display:block"></body></html>' "$(realpath "$1")" "$2" "$2" >"$html"
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
    --window-size="$2,$2" --screenshot="$3" "file://$html" 2>/dev/null
  rm -f "$html"
}
render $out/icon.svg 192 $out/icon-192.png
render $out/icon.svg 512 $out/icon-512.png
render scripts/icons/maskable.svg 512 $out/maskable-512.png
render scripts/icons/maskable.svg 180 $out/apple-touch-icon.png
render scripts/icons/shortcut.svg 96 $out/shortcut-cramp-96.png
render scripts/icons/shortcut-bedtime.svg 96 $out/shortcut-bedtime-96.png
