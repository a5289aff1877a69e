#!/usr/bin/env bash
# The whole AnalysisKit test suite: every xunit project in AnalysisKit.sln (which includes running every notebook in
# notebooks/ as a regression test) and a dry run of the benchmarks so they cannot rot.
# Ends with one line "N passed, N failed, N skipped" and exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

# Build once, then run the test projects one after another: run side by side on two cores, the timing-sensitive tests
# (kernel heartbeat, cell and worker time limits, headless Chromium) compete with the big numeric suite and flake.
test_exit=0
if ! dotnet build AnalysisKit.sln -c Release; then
  test_exit=1
else
  for project in tests/*/*.csproj; do
    grep -q 'Microsoft.NET.Test.Sdk' "$project" || continue # AnalysisKit.Testing is a helper library, not tests
    dotnet test "$project" -c Release --no-build --logger trx --results-directory "$results" "$@" || test_exit=$?
  done
fi

passed=0; failed=0; skipped=0
shopt -s nullglob
for trx in "$results"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  total=$(sed -E 's/.* total="([0-9]+)".*/\1/' <<<"$counters")
  p=$(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")
  f=$(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")
  e=$(sed -E 's/.* error="([0-9]+)".*/\1/' <<<"$counters")
  t=$(sed -E 's/.* timeout="([0-9]+)".*/\1/' <<<"$counters")
  a=$(sed -E 's/.* aborted="([0-9]+)".*/\1/' <<<"$counters")
  passed=$((passed + p)); failed=$((failed + f + e + t + a)); skipped=$((skipped + total - p - f - e - t - a))
done
if [ "$test_exit" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test exited with $test_exit (a build error, a crashed test host, or no results): counted as one failure." >&2
  failed=$((failed + 1))
fi

echo "== benchmarks, dry run =="
if dotnet run -c Release --project src/AnalysisKit.Benchmarks -- --dry; then
  passed=$((passed + 1))
else
  echo "The benchmark dry run failed." >&2
  failed=$((failed + 1))
fi

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
