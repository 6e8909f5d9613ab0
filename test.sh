#!/usr/bin/env bash
# Runs every Finney check from a clean checkout: installs what the tests need, verifies formatting,
# builds with warnings as errors, runs all test projects (including the cross-checks against real
# JavaScript clients) and runs each benchmark once in dry mode so none rots.
#   ./test.sh             everything
#   ./test.sh --quick     skip the benchmark dry run
#   ./test.sh --soak N    run the consensus simulation with N random seeds instead of 24 (docs/consensus.md)
set -euo pipefail
cd "$(dirname "$0")"

quick=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) quick=true; shift ;;
    --soak) export FINNEY_SIM_SEEDS="${2:?--soak needs a seed count}"; shift 2 ;;
    *) echo "test.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
fail() { printf '\033[31mtest.sh: %s\033[0m\n' "$*" >&2; exit 1; }

step "prerequisites"
command -v dotnet >/dev/null || fail "dotnet is not installed (need the .NET SDK in global.json)"
command -v node >/dev/null || fail "node is not installed (need Node.js >= 20 for tests/conformance/js)"
command -v npm >/dev/null || fail "npm is not installed (need it for tests/conformance/js)"
dotnet --version
node --version

step "JavaScript conformance clients (npm ci)"
(cd tests/conformance/js && npm ci --no-audit --no-fund --loglevel=error) || fail "npm ci failed in tests/conformance/js"

step "NuGet restore"
dotnet restore Finney.slnx || fail "dotnet restore failed"

step "formatting"
dotnet format whitespace Finney.slnx --verify-no-changes --no-restore || fail "formatting differs: run 'dotnet format whitespace Finney.slnx'"

step "build (Release, warnings are errors)"
dotnet build Finney.slnx -c Release --no-restore || fail "build failed"

step "tests"
dotnet test Finney.slnx -c Release --no-build --logger "console;verbosity=minimal" || fail "tests failed"

if ! $quick; then
  step "benchmarks, one dry iteration each"
  dotnet run -c Release --no-build --project bench/Finney.Benchmarks -- --filter '*' --job Dry --inProcess \
    --artifacts artifacts/bench-dry > artifacts/bench-dry.log 2>&1 \
    || { tail -50 artifacts/bench-dry.log; fail "a benchmark failed its dry run (log: artifacts/bench-dry.log)"; }
  grep -E "benchmarks? (executed|found)|Global total time" artifacts/bench-dry.log || true
fi

step "all checks passed"
