#!/usr/bin/env bash
# Runs `npm test` N times in a row and prints a table: duration, exit code, test counts and the
# machine's load when each run started. For the flakiness budget: `npm test` must pass every time on a
# busy machine (run it while other work runs, or with BURN=1 to keep one core busy with a CPU burner).
#
#   scripts/test-repeat.sh 10            # ten runs; logs in $TEST_REPEAT_DIR (default /tmp/test-repeat)
#   BURN=1 scripts/test-repeat.sh 10     # the same with `yes > /dev/null` on one core throughout
#   STOP_ON_FAIL=1 scripts/test-repeat.sh 10
#
# Exit 0 when every run passed, 1 otherwise. The log of run i is $TEST_REPEAT_DIR/run-i.log.
set -uo pipefail
cd "$(dirname "$0")/.."

runs="${1:-10}"
dir="${TEST_REPEAT_DIR:-/tmp/test-repeat}"
mkdir -p "$dir"

burner=""
if [ "${BURN:-0}" = "1" ]; then
  yes > /dev/null &
  burner=$!
fi
cleanup() { if [ -n "$burner" ]; then kill "$burner" 2>/dev/null; fi; }
trap cleanup EXIT

strip() { sed -e 's/\x1b\[[0-9;]*m//g'; }

rows=()
failed=0
for i in $(seq 1 "$runs"); do
  log="$dir/run-$i.log"
  load="$(cut -d' ' -f1-3 /proc/loadavg)"
  start="$(date +%s.%N)"
  npm test > "$log" 2>&1
  code=$?
  end="$(date +%s.%N)"
  seconds="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.0f", b - a }')"
  files="$(strip < "$log" | grep -E '^ +Test Files ' | tail -1 | sed -E 's/^ +Test Files +//')"
  tests="$(strip < "$log" | grep -E '^ +Tests ' | tail -1 | sed -E 's/^ +Tests +//')"
  result=PASS
  if [ "$code" -ne 0 ]; then
    result=FAIL
    failed=$((failed + 1))
  fi
  rows+=("| $i | $(date -d "@${start%.*}" +%H:%M:%S) | $load | ${seconds} s | $result (exit $code) | $tests | $files |")
  echo "run $i/$runs: $result in ${seconds} s (load $load) — $tests" >&2
  if [ "$code" -ne 0 ]; then
    strip < "$log" | grep -E '(FAIL|×) ' | head -20 >&2
    if [ "${STOP_ON_FAIL:-0}" = "1" ]; then break; fi
  fi
done

echo
echo "| run | started | load (1/5/15 min) | duration | result | tests | files |"
echo "|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
echo
echo "$(( ${#rows[@]} - failed )) passed, $failed failed"
[ "$failed" -eq 0 ]
