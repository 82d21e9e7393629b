#!/usr/bin/env bash
# Regenerates every icon file from the one source, packaging/icon/delegations.svg. The outputs are committed
# (so building an installer needs none of these tools); run this after editing the SVG and commit the result.
# Needs: rsvg-convert (librsvg2-bin), ImageMagick `convert` (for the .ico), a JDK (`java` runs Icns.java).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
pkg="$(dirname "$here")"
svg="$here/delegations.svg"
png="$here/png"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$png"

# macOS draws icons on its own grid (the tile is 824 of 1024 with a transparent margin): render the SVG as
# it is. Windows and Linux icons fill their square: crop the margin down to 32 units around the tile.
rsvg-convert -w 2048 -h 2048 "$svg" -o "$tmp/full.png"
convert "$tmp/full.png" -crop 1776x1776+136+136 +repage "$tmp/bleed.png"

for n in 16 20 24 32 40 48 64 128 256 512; do
  convert "$tmp/bleed.png" -filter Lanczos -resize "${n}x${n}" -strip "PNG32:$png/delegations-$n.png"
done

# Linux: jpackage --icon takes one PNG (installed as /opt/delegations/lib/Delegations.png).
cp "$png/delegations-256.png" "$pkg/linux/Delegations.png"
# Windows: one .ico with the sizes Explorer, the taskbar and the Start menu ask for.
convert $(for n in 16 20 24 32 40 48 64 256; do echo "$png/delegations-$n.png"; done) "$pkg/windows/Delegations.ico"
# macOS: .icns from the grid-margin renderings.
mkdir -p "$tmp/mac"
for n in 16 32 64 128 256 512 1024; do rsvg-convert -w "$n" -h "$n" "$svg" -o "$tmp/mac/delegations-$n.png"; done
java "$here/Icns.java" "$pkg/macos/Delegations.icns" "$tmp/mac"
echo "icons written: $png, $pkg/linux/Delegations.png, $pkg/windows/Delegations.ico, $pkg/macos/Delegations.icns"
