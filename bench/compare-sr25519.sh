#!/usr/bin/env bash
# sr25519 against schnorrkel compiled to wasm (@polkadot/wasm-crypto, what polkadot.js runs), in one
# session on one machine: first the JS figures, then BenchmarkDotNet's. See docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
(cd tests/conformance/js && [ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error)
echo "== load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== @polkadot/wasm-crypto (schnorrkel in wasm), node $(node --version)"
(cd tests/conformance/js && node bench-sr25519-wasm.mjs)
echo "== Finney (BenchmarkDotNet)"
dotnet run -c Release --project bench/Finney.Benchmarks -- --filter '*Sr25519Benchmarks*' --warmupCount 3 --iterationCount 15 2>&1 \
  | grep -E '^\| |^BenchmarkDotNet|^AMD|^Intel|^\.NET|Runtime='
echo "== load: $(cut -d' ' -f1-3 /proc/loadavg)"
