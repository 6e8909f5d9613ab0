#!/usr/bin/env bash
# Times Finney's fixed-point epoch (`finney yuma bench`) and the numpy float64 reference on the issue's two shapes,
# in one session, and prints the ratio. Needs Debian's python3-numpy (apt-get install -y python3-numpy).
#   tools/yuma-float-reference/compare.sh [iterations]
set -euo pipefail
cd "$(dirname "$0")/../.."
iterations="${1:-10}"
dotnet build src/Finney.Cli -c Release -v quiet -nologo >/dev/null
finney=artifacts/bin/Finney.Cli/release/finney
python=/usr/bin/python3
"$python" -c 'import numpy' 2>/dev/null || { echo "python3-numpy is missing: apt-get install -y python3-numpy" >&2; exit 1; }

field() { sed -E "s/.*[ ]$1=([0-9.]+).*/\1/"; }
for shape in "4096 128 4096" "65536 256 4096"; do
  read -r uids validators weights <<<"$shape"
  # OPENBLAS_* pins an old kernel on some processors and slows numpy; unset them for this timing only.
  float=$(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$python" tools/yuma-float-reference/yuma_float.py \
    --uids "$uids" --validators "$validators" --weights "$weights" --iterations "$iterations")
  echo "$float"
  for threads in 1 2; do
    fixed=$("$finney" yuma bench --uids "$uids" --validators "$validators" --weights "$weights" \
      --iterations "$iterations" --threads "$threads" | grep '^yuma-bench')
    echo "$fixed"
    awk -v f="$(echo "$fixed" | field mean_ms)" -v p="$(echo "$float" | field mean_ms)" -v t="$threads" -v u="$uids" \
      'BEGIN { printf "ratio uids=%s threads=%s finney/numpy=%.3f (numpy/finney=%.1fx)\n", u, t, f / p, p / f }'
  done
done
