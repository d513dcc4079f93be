#!/usr/bin/env bash
# Nightly (cron, 02:30): the day's export against the state, one report folder a day with a `latest` link, and the
# 周报/旬报/月报 from the state when the export's last day ends a week, 旬 or month. Defaults are the README's.
#   30 2 * * *  cd /opt/hotspots && bash examples/nightly.sh /data/exports/$(date -d yesterday +\%F).csv
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)" reports="${REPORTS:-./hotspots-reports}" day="$(date +%F)"
${CLI:-node $here/../dist/cli/main.js} analyze "${1:-$here/sample-export.csv}" --state "${STATE:-./hotspots-state/history.duckdb}" \
  --keep-days "${KEEP_DAYS:-400}" --out "$reports/$day" --roll-up "$reports" --quiet   # exit 2: usage, config or input error
ln -sfn "$day" "$reports/latest"
find "$reports" -mindepth 1 -maxdepth 1 -type d -mtime +"${KEEP_REPORTS:-90}" -exec rm -rf {} +   # old report folders
