#!/usr/bin/env bash
# Installs a build into a temporary DESTDIR (prefix /usr, as the Debian package) and checks that
# the installed programs run from there on the installed resources, not the source tree's:
#   test_install.sh BUILD_DIR VERSION
# Checks every installed file the desktop needs (icons at each size, .desktop, metainfo, MIME
# type, man pages), `--version` of both programs (the version and share/rnnlab under DESTDIR),
# `rnnlab-train --preset airline --epochs 2`, and `rnnlab --screenshot` offscreen (lesson 12,
# which reads the installed airline dataset). Exit 0 when all hold, 1 with the reason otherwise.
set -euo pipefail
build=${1:?usage: test_install.sh BUILD_DIR VERSION}
version=${2:?usage: test_install.sh BUILD_DIR VERSION}
root=$(mktemp -d /tmp/rnnlab_install_test.XXXXXX)
trap 'rm -rf "$root"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

DESTDIR="$root" cmake --install "$build" --prefix /usr >"$root.log" || { cat "$root.log"; fail "cmake --install"; }
rm -f "$root.log"
usr=$root/usr
id=io.github.rnnlab.RnnLab

for f in bin/rnnlab bin/rnnlab-train share/rnnlab/presets/presets.json \
    share/rnnlab/datasets/airline_passengers.csv share/rnnlab/datasets/CREDITS.md \
    share/applications/$id.desktop share/metainfo/$id.metainfo.xml share/mime/packages/$id.xml \
    share/icons/hicolor/scalable/apps/$id.svg share/man/man1/rnnlab.1.gz share/man/man1/rnnlab-train.1.gz; do
    [ -s "$usr/$f" ] || fail "not installed (or empty): /usr/$f"
done
# Each PNG icon has its folder's size (width and height: big-endian at bytes 16-23 of a PNG).
for size in 16 22 24 32 48 64 128 256 512; do
    png=$usr/share/icons/hicolor/${size}x${size}/apps/$id.png
    [ -s "$png" ] || fail "no icon $png"
    read -r w h < <(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4, $7*256+$8}')
    [ "$w" = "$size" ] && [ "$h" = "$size" ] || fail "$png is ${w}x$h, not ${size}x$size"
done
# The man pages are the programs' own: each names its program and the version.
for program in rnnlab rnnlab-train; do
    page=$(gzip -dc "$usr/share/man/man1/$program.1.gz")
    grep -q "^\.TH ${program^^} \"1\"" <<<"$page" || fail "$program.1 has no .TH line for $program"
    grep -q "$version" <<<"$page" || fail "$program.1 does not name version $version"
    grep -qF -- '\-\-help' <<<"$page" || fail "$program.1 lists no options"
done

# Both programs say their version and read the installed resources, with no display at all.
for program in rnnlab rnnlab-train; do
    out=$(env -u DISPLAY -u WAYLAND_DISPLAY "$usr/bin/$program" --version) || fail "$program --version failed"
    grep -qx "$program (RNN Lab) $version" <<<"$out" || fail "$program --version printed: $out"
    grep -qx "Resources: $usr/share/rnnlab" <<<"$out" || fail "$program does not read $usr/share/rnnlab: $out"
done

out=$("$usr/bin/rnnlab-train" --preset airline --epochs 2 --quiet) || fail "rnnlab-train --preset airline --epochs 2 failed: $out"
grep -q "RMSE" <<<"$out" || fail "rnnlab-train printed no RMSE: $out"

shot=$root/shot.png
QT_QPA_PLATFORM=offscreen "$usr/bin/rnnlab" --lesson 12 --after-epochs 1 --screenshot "$shot" \
    || fail "rnnlab --screenshot failed"
[ "$(od -An -c -j1 -N3 "$shot" | tr -d ' ')" = "PNG" ] || fail "rnnlab wrote no PNG to $shot"
echo "installed into $root/usr: files, icons, man pages, --version, rnnlab-train and rnnlab --screenshot all good"
