#!/usr/bin/env bash
# Unroll's benchmark command: installs only what the test command installs (the shared
# scripts/setup.sh), builds the release site with `trunk build --release` (wasm-opt from the
# project-local binaryen) into target/bench/dist, generates the seeded archives once
# (target/bench/data), and measures the site in Debian's headless Chromium. Prints one
# Markdown table; see bench/README.md.
#
#   ./bench/run.sh              # everything (~3–5 minutes on 2 cores after the first build)
#   ./bench/run.sh --quick      # fewer runs, no 100k-post archive (~1 minute after the build)
#   ./bench/run.sh --no-build   # measure the last build again
#   ./bench/run.sh --only size,visit,import,zip,render,switch,pdf
#   ./bench/run.sh --profile [SCENARIO…]
#                               # where the time goes: a build keeping wasm function names
#                               # (target/bench/dist-names), then CPU profile + trace of each
#                               # scenario (default: import-10k render-1000 switch-10k pdf-200)
set -euo pipefail

# shellcheck source=scripts/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"
cd "$UNROLL_ROOT"

build=1
profile=0
bench_args=()
while [ "$#" -gt 0 ]; do
    case "$1" in
        --no-build) build=0 ;;
        --profile) profile=1 ;;
        -h | --help)
            awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"
            exit 0
            ;;
        *) bench_args+=("$1") ;;
    esac
    shift
done

# Exactly the tools and packages the tests use: Rust wasm target, Trunk, wasm-bindgen-cli,
# wasm-opt (npm binaryen in .tools/), Chromium, poppler-utils, the e2e npm deps
# (playwright-core, which the benchmark loads from e2e/node_modules).
setup_test_tools

BENCH_OUT="$UNROLL_ROOT/target/bench"
mkdir -p "$BENCH_OUT"

if [ "$profile" -eq 1 ]; then
    # Same app and release profile, but the wasm keeps its function names (strip off;
    # bench/names.html runs wasm-opt -Oz with -g). Own target dir, so the shared target/
    # keeps its stripped release artifacts.
    dist="$BENCH_OUT/dist-names"
    if [ "$build" -eq 1 ]; then
        printf 'building the app with function names into %s …\n' "${dist#"$UNROLL_ROOT/"}" >&2
        CARGO_TARGET_DIR="$UNROLL_ROOT/target/bench-names" CARGO_PROFILE_RELEASE_STRIP=false \
            trunk build bench/names.html --release --dist "$dist" --quiet
    fi
    [ "${#bench_args[@]}" -gt 0 ] || bench_args=(import-10k render-1000 switch-10k pdf-200)
    exec node bench/profile.mjs --dist "$dist" "${bench_args[@]}"
fi

if [ "$build" -eq 1 ]; then
    printf 'building the release site into target/bench/dist (trunk build --release) …\n' >&2
    start=$SECONDS
    # Its own dist directory: the tests' dist/ may be in use by a test run at the same time.
    trunk build --release --dist "$BENCH_OUT/dist" --quiet
    printf 'built in %ds\n' $((SECONDS - start)) >&2
fi

exec node bench/bench.mjs --dist "$BENCH_OUT/dist" "${bench_args[@]}"
