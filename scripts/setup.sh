#!/usr/bin/env bash
# Shared set-up for Unroll's two front-door commands (scripts/serve.sh, scripts/test.sh).
#
# Source it, then call the functions. Every step checks first and does nothing when the
# tool is already there, so a second run is quiet and takes seconds. Nothing comes from
# outside the package registries: Rust tools from crates.io (cargo install), wasm-opt from
# npm (binaryen, into the project-local .tools/), browsers and PDF tools from Debian.
#
#   source scripts/setup.sh
#   setup_build_tools      # wasm32 target, Trunk, wasm-bindgen-cli, wasm-opt, cargo fetch
#   setup_test_tools       # + Chromium, ChromeDriver, poppler-utils, emoji font, e2e npm deps

# The repository root, whichever directory the caller runs from.
UNROLL_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export UNROLL_ROOT

TRUNK_VERSION="0.21.14"
BINARYEN_VERSION="132"
APT_PACKAGES=(chromium chromium-driver poppler-utils fonts-noto-color-emoji)

# cargo-installed tools live in $CARGO_HOME/bin; the project's wasm-opt goes first on PATH
# so Debian's older binaryen (which cannot read what rustc emits) is never picked up.
export PATH="$UNROLL_ROOT/.tools/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

# Say what is being installed (only printed when a step has work to do).
say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Run as root directly, otherwise through sudo when it exists.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "need root (or sudo) to run: $*"
    fi
}

# The wasm-bindgen version Cargo.lock pins; wasm-bindgen-cli must match it exactly.
wasm_bindgen_locked_version() {
    awk '
        $0 == "name = \"wasm-bindgen\"" { found = 1; next }
        found && /^version = / { gsub(/"/, "", $3); print $3; exit }
        /^\[\[package\]\]/ { found = 0 }
    ' "$UNROLL_ROOT/Cargo.lock"
}

ensure_rust() {
    command -v cargo >/dev/null 2>&1 || die "cargo not found: install the Rust toolchain (rustup) first"
    command -v rustup >/dev/null 2>&1 || die "rustup not found: it is needed to add the wasm32 target"
}

ensure_wasm_target() {
    if ! rustup target list --installed | grep -qx 'wasm32-unknown-unknown'; then
        say "adding the Rust target wasm32-unknown-unknown"
        rustup target add wasm32-unknown-unknown
    fi
}

ensure_trunk() {
    if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
        say "installing Trunk $TRUNK_VERSION from crates.io (first time only: ~7 minutes)"
        cargo install --locked --force "trunk@$TRUNK_VERSION"
    fi
}

ensure_wasm_bindgen() {
    local want
    want="$(wasm_bindgen_locked_version)"
    [ -n "$want" ] || die "could not read the wasm-bindgen version from Cargo.lock"
    if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $want" ]; then
        # Not --locked: the CLI's own lockfile pins a crate version crates.io no longer serves.
        say "installing wasm-bindgen-cli $want (the version Cargo.lock pins; first time only: ~3 minutes)"
        cargo install --force wasm-bindgen-cli --version "$want"
    fi
}

ensure_node() {
    if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
        say "installing Node.js and npm from Debian"
        apt_install nodejs npm
    fi
}

ensure_wasm_opt() {
    ensure_node
    if ! wasm-opt --version 2>/dev/null | grep -q "version $BINARYEN_VERSION\b"; then
        say "installing wasm-opt (npm binaryen@$BINARYEN_VERSION) into .tools/"
        mkdir -p "$UNROLL_ROOT/.tools"
        npm install --prefix "$UNROLL_ROOT/.tools" --no-audit --no-fund --loglevel=error \
            "binaryen@$BINARYEN_VERSION" >/dev/null
        wasm-opt --version | grep -q "version $BINARYEN_VERSION\b" \
            || die "wasm-opt on PATH is not version $BINARYEN_VERSION: $(command -v wasm-opt)"
    fi
}

# Trunk runs cargo with --offline (Trunk.toml), so every crate must be downloaded first.
ensure_crates() {
    (cd "$UNROLL_ROOT" && cargo fetch --quiet)
}

# Install the Debian packages in "$@" that are missing; apt-get update only when needed.
apt_install() {
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' \
            || missing+=("$pkg")
    done
    [ "${#missing[@]}" -eq 0 ] && return 0
    say "installing from Debian: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -qq
    as_root apt-get install -y -qq "${missing[@]}" >/dev/null
}

# The end-to-end tests' npm dependencies (playwright-core only; it never downloads a browser).
ensure_e2e_deps() {
    local dir="$UNROLL_ROOT/e2e"
    if [ ! -f "$dir/node_modules/.package-lock.json" ] \
        || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
        say "installing the end-to-end tests' npm dependencies (npm ci in e2e/)"
        (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    fi
}

setup_build_tools() {
    ensure_rust
    ensure_wasm_target
    ensure_trunk
    ensure_wasm_bindgen
    ensure_wasm_opt
    ensure_crates
}

setup_test_tools() {
    setup_build_tools
    apt_install "${APT_PACKAGES[@]}"
    ensure_e2e_deps
}
