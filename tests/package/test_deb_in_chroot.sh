#!/usr/bin/env bash
# Installs RNN Lab's .deb in a bare Debian 12 (bookworm) and checks it there, then removes it:
#   sudo tests/package/test_deb_in_chroot.sh PACKAGE.deb [WORK_DIR]
#   sudo tests/package/test_deb_in_chroot.sh --build BUILD_DIR [WORK_DIR]   (builds the package first)
# WORK_DIR (default: beside the package, chroot-bookworm/) keeps a minimal debootstrap of bookworm
# (base/, made once; delete it to start over), and every run works in a fresh copy of it (run/,
# deleted at the end) with only the test's own tools added (xvfb, xauth), so the package always
# meets a bare system.
# There, apt installs the package without recommends (so its Depends must be enough), and then
#   rnnlab --version, rnnlab-train --preset airline --epochs 5, xvfb-run rnnlab --screenshot F.png
# must work; `apt-get remove` must leave none of the package's files. Needs root (debootstrap,
# chroot, mount) and the Debian mirror ($RNNLAB_DEBIAN_MIRROR, default deb.debian.org); takes
# minutes. Exit 0 when everything holds, 1 with the reason otherwise; the screenshot is kept as
# WORK_DIR/screenshot.png.
set -euo pipefail
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { printf '\n== %s\n' "$*"; }

if [ "${1:-}" = --build ]; then
    build=${2:?usage: test_deb_in_chroot.sh --build BUILD_DIR [WORK_DIR]}
    shift 2
    cmake --build "$build" --target package >/dev/null || fail "cmake --build $build --target package"
    deb=$(ls -t "$build"/rnnlab_*.deb | head -n 1)
    set -- "$deb" "$@"
fi
deb=$(realpath "${1:?usage: test_deb_in_chroot.sh PACKAGE.deb [WORK_DIR]}")
work=$(realpath -m "${2:-$(dirname "$deb")/chroot-bookworm}")
mirror=${RNNLAB_DEBIAN_MIRROR:-http://deb.debian.org/debian}
[ "$(id -u)" -eq 0 ] || fail "needs root (debootstrap, chroot and mount)"
command -v debootstrap >/dev/null || fail "debootstrap is not installed (apt-get install debootstrap)"
[ -f "$deb" ] || fail "no package $deb"
name=$(dpkg-deb -f "$deb" Package)
version=$(dpkg-deb -f "$deb" Version)
step "package $name $version: Depends: $(dpkg-deb -f "$deb" Depends)"

base=$work/base
run=$work/run
in_chroot() {
    chroot "$run" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}
cleanup() {
    for m in "$run/dev/pts" "$run/dev" "$run/proc"; do
        mountpoint -q "$m" && umount "$m"
    done
    rm -rf "$run"
}

if [ ! -e "$base/.rnnlab-base-ready" ]; then
    step "debootstrap bookworm into $base (once)"
    rm -rf "$base"
    mkdir -p "$work"
    debootstrap --variant=minbase bookworm "$base" "$mirror" >"$work/debootstrap.log" 2>&1 \
        || fail "debootstrap failed, see $work/debootstrap.log"
    printf 'deb %s bookworm main\ndeb %s bookworm-updates main\n' "$mirror" "$mirror" \
        >"$base/etc/apt/sources.list"
    touch "$base/.rnnlab-base-ready.partial"
    mv "$base/.rnnlab-base-ready.partial" "$base/.rnnlab-base-ready"
fi

step "a fresh copy of the bare system in $run"
cleanup
trap cleanup EXIT
cp -a "$base" "$run"
mount -t proc proc "$run/proc"
mount --bind /dev "$run/dev"
mount --bind /dev/pts "$run/dev/pts"
cp /etc/resolv.conf "$run/etc/resolv.conf"
cp "$deb" "$run/tmp/package.deb"
in_chroot apt-get update -q >/dev/null || fail "apt-get update in the chroot"
# The test's own tools, not the package's: a virtual X server for the screenshot.
in_chroot apt-get install -y -q --no-install-recommends xvfb xauth >/dev/null \
    || fail "installing xvfb and xauth in the chroot"
before=$(in_chroot dpkg-query -W -f='${Package}\n' | sort)

step "apt-get install ./package.deb (no recommends)"
in_chroot apt-get install -y -q --no-install-recommends /tmp/package.deb >"$work/apt-install.log" 2>&1 \
    || { tail -n 30 "$work/apt-install.log"; fail "apt could not install the package"; }
in_chroot dpkg-query -W -f='${Status}' "$name" | grep -q 'install ok installed' || fail "$name is not installed"
files=$(in_chroot dpkg-query -L "$name")
echo "$(wc -l <<<"$files") paths installed; new packages: $(comm -13 <(echo "$before") \
    <(in_chroot dpkg-query -W -f='${Package}\n' | sort) | wc -l)"

step "rnnlab --version"
out=$(in_chroot rnnlab --version) || fail "rnnlab --version failed: $out"
echo "$out"
grep -qx "rnnlab (RNN Lab) ${version%%-*}" <<<"$out" || fail "rnnlab --version does not say $version"
grep -qx "Resources: /usr/share/rnnlab" <<<"$out" || fail "rnnlab does not read /usr/share/rnnlab"

step "rnnlab-train --preset airline --epochs 5"
out=$(in_chroot rnnlab-train --preset airline --epochs 5 --quiet 2>&1) || fail "rnnlab-train failed: $out"
echo "$out" | tail -n 5
grep -q RMSE <<<"$out" || fail "rnnlab-train printed no RMSE"

step "xvfb-run rnnlab --screenshot /tmp/F.png"
in_chroot xvfb-run -a rnnlab --after-epochs 2 --screenshot /tmp/F.png 2>&1 | tail -n 5
[ "$(od -An -c -j1 -N3 "$run/tmp/F.png" 2>/dev/null | tr -d ' ')" = PNG ] || fail "rnnlab wrote no PNG"
cp "$run/tmp/F.png" "$work/screenshot.png"
echo "saved $work/screenshot.png"

step "apt-get remove $name"
in_chroot apt-get remove -y -q "$name" >"$work/apt-remove.log" 2>&1 || fail "apt-get remove failed"
in_chroot dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q 'ok installed' \
    && fail "$name is still installed"
left=0
while IFS= read -r path; do
    [ -e "$run$path" ] || continue
    # Directories shared with other packages (/usr, /usr/share/...) stay; files must not.
    if [ ! -d "$run$path" ] || [[ $path == /usr/share/rnnlab* ]]; then
        echo "left behind: $path" >&2
        left=$((left + 1))
    fi
done <<<"$files"
[ "$left" -eq 0 ] || fail "$left of the package's paths remain after apt-get remove"
echo "removed: none of its $(wc -l <<<"$files") paths remain (but the directories other packages share)"
echo "PASS: $name $version installs, runs and removes cleanly in a bare Debian 12"
