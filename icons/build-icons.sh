#!/usr/bin/env bash
# Regenerates every icon file from the hand-drawn SVG sources in this folder:
#   png/genaiplan-N.png and png/genaiplan-doc-N.png  (N = 16 24 32 48 64 128 256 512)
#   genaiplan.ico, genaiplan-doc.ico                 (Windows, multi-size; 256 stored as PNG)
#   genaiplan.icns, genaiplan-doc.icns               (macOS)
#   ../src/main/resources/org/genaiplan/icons/       (the window icons the app loads)
# Sizes up to 32 px come from the *-small.svg drawings, which are simplified to stay legible.
# Needs Debian's librsvg2-bin (rsvg-convert), icoutils (icotool) and icnsutils (png2icns); when run as
# root it installs whichever is missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"

need=()
command -v rsvg-convert >/dev/null || need+=(librsvg2-bin)
command -v icotool >/dev/null || need+=(icoutils)
command -v png2icns >/dev/null || need+=(icnsutils)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}") >&2
  else
    echo "build-icons.sh: missing tools; install them with: sudo apt-get install ${need[*]}" >&2
    exit 1
  fi
fi

sizes=(16 24 32 48 64 128 256 512)
mkdir -p png
for name in genaiplan genaiplan-doc; do
  for n in "${sizes[@]}"; do
    src="$name.svg"
    [ "$n" -le 32 ] && src="$name-small.svg"
    rsvg-convert -w "$n" -h "$n" "$src" -o "png/$name-$n.png"
  done
  icotool -c -o "$name.ico" png/$name-{16,24,32,48,64,128}.png -r "png/$name-256.png"
  # png2icns picks the icns type from each PNG's size (24 and 64 have no icns type)
  png2icns "$name.icns" png/$name-{16,32,48,128,256,512}.png >/dev/null
done

res="../src/main/resources/org/genaiplan/icons"
mkdir -p "$res"
for n in 16 24 32 48 64 128 256; do
  cp "png/genaiplan-$n.png" "$res/genaiplan-$n.png"
done
echo "icons written to $here and $res"
