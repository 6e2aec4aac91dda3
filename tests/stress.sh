#!/usr/bin/env bash
# The kill-a-node tests (Category=Stress) while a CPU hog takes one core: a control room's
# failover must hold on a busy machine, not only on an idle one. `bash tests/stress.sh [passes]`
# (default 5); CI runs one pass after the suite. Needs a Release build and Redis (LIVEROOM_TEST_REDIS);
# stress-ng comes from Debian (.ci/run installs it).
set -euo pipefail
cd "$(dirname "$0")/.."
passes=${1:-5}

stress-ng --cpu 1 --timeout 2h --quiet &
hog=$!
trap 'kill "$hog" 2>/dev/null || true' EXIT

for pass in $(seq 1 "$passes"); do
  echo "stress pass $pass/$passes (stress-ng --cpu 1 running as pid $hog)"
  dotnet test tests/LiveRoom.Cluster.Tests -c Release --no-build --filter "Category=Stress" \
    --logger "console;verbosity=minimal" --results-directory artifacts/test-results
done
