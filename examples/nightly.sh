#!/usr/bin/env bash
# Nightly batch (cron): analyze the day's export against the history kept in a state file, and keep one
# report folder per day with a `latest` link.
#   bash examples/nightly.sh [EXPORT] 
# crontab:  30 2 * * *  cd /opt/hotspots && bash examples/nightly.sh /data/exports/$(date +\%F).csv
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
export_file="${1:-$here/sample-export.csv}"
state="${STATE:-./hotspots-state/history.duckdb}"
reports="${REPORTS:-./hotspots-reports}"
keep_days="${KEEP_DAYS:-90}"
day="$(date +%F)"
cli="${CLI:-node $here/../dist/cli/main.js}"

mkdir -p "$(dirname "$state")" "$reports"
# Exit code 0: done (rejected rows are in rejects.jsonl); 1: runtime error; 2: usage, config or input error.
$cli analyze "$export_file" --state "$state" --out "$reports/$day" --quiet
ln -sfn "$day" "$reports/latest"
# Rotate: drop report folders older than KEEP_DAYS days.
find "$reports" -mindepth 1 -maxdepth 1 -type d -mtime +"$keep_days" -exec rm -rf {} +
echo "report: $reports/$day/report.html"
