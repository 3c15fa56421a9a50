#!/usr/bin/env bash
# Install whatever is missing (wasm32 target, Trunk, wasm-bindgen-cli, wasm-opt, crates),
# then build Unroll for release and serve it on http://127.0.0.1:8080/, rebuilding on change.
# Extra arguments go to `trunk serve` (e.g. --port 9000).
#
#   ./scripts/serve.sh
set -euo pipefail

# shellcheck source=scripts/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$UNROLL_ROOT"

setup_build_tools

port=8080
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
    case "${args[$i]}" in
        --port=*) port="${args[$i]#--port=}" ;;
        --port) port="${args[$((i + 1))]:-$port}" ;;
    esac
done

printf '\nBuilding and serving Unroll on http://127.0.0.1:%s/ (the first build takes a few minutes)\n\n' "$port"
trunk serve --release "$@" &
trunk_pid=$!
trap 'kill "$trunk_pid" 2>/dev/null' INT TERM

# Say where to go once the server answers (Trunk starts serving after the first build).
while kill -0 "$trunk_pid" 2>/dev/null; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        printf '\n  Unroll is ready: http://127.0.0.1:%s/?sample   (opens on a bundled sample thread)\n' "$port"
        printf '  or load your own files at http://127.0.0.1:%s/ . Stop with Ctrl-C.\n\n' "$port"
        break
    fi
    sleep 1
done
wait "$trunk_pid"
