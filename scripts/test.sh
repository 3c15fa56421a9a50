#!/usr/bin/env bash
# Install whatever is missing, then run every Unroll check, in order:
# formatting, clippy (native and wasm32), native tests (core fixtures and component
# tests), browser tests (wasm-bindgen-test in headless Chromium, when there are any),
# the release build into dist/, and the end-to-end tests (Playwright against dist/).
# Stops at the first failure with a non-zero exit status.
#
#   ./scripts/test.sh                # everything (what CI runs)
#   ./scripts/test.sh build e2e      # only some steps: fmt clippy test browser build e2e
set -euo pipefail

# shellcheck source=scripts/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$UNROLL_ROOT"

LOG_DIR="$UNROLL_ROOT/target/test-logs"
mkdir -p "$LOG_DIR"
STEPS=()

# section NAME COMMAND...: print a header, run the command, record its time.
section() {
    local name="$1" start status
    shift
    printf '\n%s━━ %s%s\n' "$BOLD" "$name" "$RESET"
    printf '$ %s\n' "$*"
    start=$SECONDS
    set +e
    "$@"
    status=$?
    set -e
    if [ "$status" -ne 0 ]; then
        printf '\n%sFAILED: %s (exit %d)%s\n' "$RED" "$name" "$status" "$RESET" >&2
        summary
        exit "$status"
    fi
    STEPS+=("$(printf '%-52s ok %5ds' "$name" $((SECONDS - start)))")
}

# The counts each test runner printed, gathered at the end so they stay visible.
summary() {
    printf '\n%s━━ Summary%s\n' "$BOLD" "$RESET"
    local s
    for s in "${STEPS[@]}"; do printf '  %s\n' "$s"; done
    if [ -s "$LOG_DIR/cargo-test.log" ]; then
        awk '/^test result:/ { p += $4; f += $6; i += $8 }
             END { printf "  cargo test (native):  %d passed, %d failed, %d ignored\n", p, f, i }' \
            "$LOG_DIR/cargo-test.log"
    fi
    if [ -s "$LOG_DIR/cargo-test-wasm.log" ]; then
        awk '/^test result:/ { p += $4; f += $6; i += $8 }
             END { printf "  cargo test (browser): %d passed, %d failed, %d ignored\n", p, f, i }' \
            "$LOG_DIR/cargo-test-wasm.log"
    fi
    if [ -s "$LOG_DIR/e2e.log" ]; then
        awk '$1 == "ℹ" { n[$2] = $3 }
             END { printf "  end-to-end (node --test): %d tests, %d passed, %d failed, %d skipped, %.0f s\n",
                   n["tests"], n["pass"], n["fail"], n["skipped"], n["duration_ms"] / 1000 }' \
            "$LOG_DIR/e2e.log"
    fi
}

# Run a command, keeping a copy of its output for the summary.
logged() {
    local log="$1"
    shift
    "$@" 2>&1 | tee "$log"
}

# Browser tests exist when some test target configures wasm-bindgen-test for a browser.
has_browser_tests() {
    grep -rqs 'wasm_bindgen_test_configure!' tests src
}

# wasm-bindgen-test-runner drives headless Chromium through Debian's ChromeDriver.
browser_tests() {
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
        CHROMEDRIVER=/usr/bin/chromedriver \
        cargo test --target wasm32-unknown-unknown -p unroll --locked
}

if [ -t 1 ]; then BOLD=$'\033[1m' RED=$'\033[1;31m' RESET=$'\033[0m'; else BOLD='' RED='' RESET=''; fi
ALL_STEPS=(fmt clippy test browser build e2e)
WANTED=("$@")
[ "${#WANTED[@]}" -gt 0 ] || WANTED=("${ALL_STEPS[@]}")
for w in "${WANTED[@]}"; do
    [[ " ${ALL_STEPS[*]} " == *" $w "* ]] || die "unknown step '$w' (steps: ${ALL_STEPS[*]})"
done
wanted() { [[ " ${WANTED[*]} " == *" $1 "* ]]; }

rm -f "$LOG_DIR"/*.log

start=$SECONDS
setup_test_tools
printf 'set-up: tools ready (%ds)\n' $((SECONDS - start))

wanted fmt && section "cargo fmt --check" cargo fmt --all --check
if wanted clippy; then
    section "clippy (native, all targets)" \
        cargo clippy --workspace --all-targets --locked -- -D warnings
    if has_browser_tests; then
        section "clippy (wasm32, app and browser tests)" \
            cargo clippy -p unroll --target wasm32-unknown-unknown --all-targets --locked -- -D warnings
    else
        section "clippy (wasm32, app)" \
            cargo clippy -p unroll --target wasm32-unknown-unknown --locked -- -D warnings
    fi
fi
wanted test && section "cargo test (native: core fixtures, components)" \
    logged "$LOG_DIR/cargo-test.log" cargo test --workspace --locked
if wanted browser; then
    if has_browser_tests; then
        section "cargo test (browser: wasm-bindgen-test in Chromium)" \
            logged "$LOG_DIR/cargo-test-wasm.log" browser_tests
    else
        printf '\n(no browser tests: no wasm_bindgen_test_configure! under tests/ or src/)\n'
    fi
fi
wanted build && section "trunk build --release" trunk build --release
wanted e2e && section "end-to-end (Playwright, node --test e2e/)" \
    logged "$LOG_DIR/e2e.log" node --test --test-reporter=spec e2e/

summary
