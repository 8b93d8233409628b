#!/usr/bin/env bash
# The README's two commands in one small script, so that a fresh Debian 12 machine needs nothing
# else:  ./rnnlab.sh run   installs what is missing, builds (release) and launches the app (with
#                          no display it says so and how to take a --screenshot instead);
#        ./rnnlab.sh test  installs what is missing, builds (dev: warnings fatal) and runs ctest.
# Both are idempotent: packages already installed are not touched and builds are incremental.
# Extra arguments after `run` go to the app (e.g. ./rnnlab.sh run --lesson adding),
# after `test` to ctest (e.g. ./rnnlab.sh test -L core).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# Each package and why RNN Lab needs it is explained in README.md, "Dependencies".
packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    libqcustomplot-dev libqcustomplot2.1-qt6
    qt6-svg-dev libgif-dev libavcodec-dev libavformat-dev libswscale-dev libavutil-dev
    libeigen3-dev nlohmann-json3-dev libcli11-dev libutf8proc-dev libcsv-dev
    libbenchmark-dev python3 clang-format xvfb xauth
    librsvg2-bin help2man appstream desktop-file-utils shared-mime-info dpkg-dev
    python3-torch
)

say() { printf '\033[1m[rnnlab]\033[0m %s\n' "$*"; }

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        say "All ${#packages[@]} Debian packages are installed."
        return
    fi
    say "Installing missing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { say "Not root and no sudo: install them by hand, then rerun."; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    local preset=$1
    say "Configuring (CMake preset '$preset', build/$preset)..."
    cmake --preset "$preset" >/dev/null
    say "Building with $(nproc) jobs..."
    cmake --build --preset "$preset" -j "$(nproc)"
}

# Whether the app's arguments ask for something that needs no window to look at.
asks_no_window() {
    local arg
    for arg in "$@"; do
        case "$arg" in
        --screenshot | --screenshot=* | --check-lesson | --check-lesson=* | --version | -v | --help | -h)
            return 0 ;;
        esac
    done
    return 1
}

command=${1:-}
shift || true
case "$command" in
run)
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${CI:-}" ] \
        && ! asks_no_window "$@"; then
        say "No display: \$DISPLAY and \$WAYLAND_DISPLAY are not set, so a window would not be seen."
        say "Run it on a desktop (or with ssh -X), or save a picture of the window instead:"
        say "  ./rnnlab.sh run --lesson 12 --after-epochs 200 --screenshot airline.png"
        exit 1
    fi
    install_missing
    build release
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        # --screenshot, --check-lesson, --version or --help, or CI: no window to look at.
        say "No display found: starting the app inside a virtual X server (xvfb-run)."
        exec xvfb-run -a build/release/app/gui/rnnlab "$@"
    fi
    say "Launching RNN Lab."
    exec build/release/app/gui/rnnlab "$@"
    ;;
test)
    install_missing
    build dev
    say "Running every test (ctest, preset dev; GUI tests run offscreen)."
    exec ctest --preset dev "$@"
    ;;
*)
    echo "usage: ./rnnlab.sh run [app options] | ./rnnlab.sh test [ctest options]" >&2
    exit 2
    ;;
esac
