#!/usr/bin/env bash
# Check (and, as root, install) the Debian packages Samskab needs.
#   scripts/system-deps.sh run    # Qt runtime libraries and fonts
#   scripts/system-deps.sh test   # the above plus PostgreSQL, Chromium, poppler, Xvfb
# Fast when everything is present: no apt-get call at all.
# Not root: prints the sudo apt-get line and exits 1. No dpkg-query: a note, exit 0.
set -euo pipefail

mode="${1:-run}"

# Qt's own libraries link against GLib, and its X11 plugin against libxcb-shape too;
# a desktop has both, a minimal install does not. "a|b": either name will do (Debian 13
# and Ubuntu 24.04 renamed libglib2.0-0 to libglib2.0-0t64).
run_pkgs=(
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxkbcommon-x11-0
    libegl1 libgl1 libfontconfig1 libdbus-1-3 'libglib2.0-0t64|libglib2.0-0' fonts-dejavu-core
)
test_pkgs=(postgresql chromium chromium-driver poppler-utils xvfb)

case "$mode" in
    run) pkgs=("${run_pkgs[@]}") ;;
    test) pkgs=("${run_pkgs[@]}" "${test_pkgs[@]}") ;;
    *)
        echo "usage: $0 run|test" >&2
        exit 2
        ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "system-deps: no dpkg-query (not Debian?); make sure these are installed yourself:" >&2
    echo "  ${pkgs[*]}" >&2
    exit 0
fi

installed() {
    [ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null || true)" = "installed" ]
}

missing=()
for p in "${pkgs[@]}"; do
    IFS='|' read -ra names <<<"$p"
    found=""
    for name in "${names[@]}"; do
        if installed "$name"; then
            found="$name"
            break
        fi
    done
    if [ -z "$found" ]; then
        # Of the alternatives, the one this system's apt knows (else the last).
        pick="${names[${#names[@]}-1]}"
        if [ "${#names[@]}" -gt 1 ]; then
            for name in "${names[@]}"; do
                if apt-cache show "$name" >/dev/null 2>&1; then
                    pick="$name"
                    break
                fi
            done
        fi
        missing+=("$pick")
    fi
done

# `python3 -m venv` needs ensurepip, which Debian ships apart in python3-venv.
python="${PYTHON:-python3}"
if ! command -v "$python" >/dev/null 2>&1; then
    missing+=(python3 python3-venv)
elif ! "$python" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    missing+=(python3-venv)
fi

if [ "${#missing[@]}" -eq 0 ]; then
    exit 0
fi

echo "system-deps: missing Debian packages: ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update </dev/null
    apt-get install -y --no-install-recommends "${missing[@]}" </dev/null
else
    echo "Install them with:" >&2
    echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
fi
