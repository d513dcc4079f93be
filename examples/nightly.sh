#!/usr/bin/env bash
# Nightly batch: the day's export against the history in a state file; one report folder per day, a `latest` link,
# folders older than KEEP_DAYS removed.  bash examples/nightly.sh [EXPORT]   (STATE=…, REPORTS=…, KEEP_DAYS=90, CLI=…)
# crontab:  30 2 * * *  cd /opt/hotspots && bash examples/nightly.sh /data/exports/$(date +\%F).csv
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)" state="${STATE:-./hotspots-state/history.duckdb}" reports="${REPORTS:-./hotspots-reports}" day="$(date +%F)"
mkdir -p "$(dirname "$state")" "$reports"
# Exit code 0: done (rejected rows are in rejects.jsonl); 1: runtime error; 2: usage, config or input error.
${CLI:-node $here/../dist/cli/main.js} analyze "${1:-$here/sample-export.csv}" --state "$state" --out "$reports/$day" --quiet
ln -sfn "$day" "$reports/latest" && find "$reports" -mindepth 1 -maxdepth 1 -type d -mtime +"${KEEP_DAYS:-90}" -exec rm -rf {} +
echo "report: $reports/$day/report.html"
