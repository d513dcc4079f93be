#!/usr/bin/env bash
# Nightly batch (cron): analyze the day's export against the history kept in a state file, keep one report folder
# per day with a `latest` link, and when a week, 旬 (ten days) or month has just ended write its report from the
# state alone (no export is read again).
#   bash examples/nightly.sh [EXPORT]
# crontab (the export of yesterday, at 02:30):
#   30 2 * * *  cd /opt/hotspots && bash examples/nightly.sh /data/exports/$(date -d yesterday +\%F).csv
# a roll-up on its own (last week's report, Mondays at 07:00):
#   0 7 * * 1   cd /opt/hotspots && complaint-hotspots report --state hotspots-state/history.duckdb --period week --out hotspots-reports/last-week
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
export_file="${1:-$here/sample-export.csv}"
state="${STATE:-./hotspots-state/history.duckdb}"
reports="${REPORTS:-./hotspots-reports}"
# Days of detail the state keeps (a monthly roll-up compares with the 7 months before it: keep 250 days or more).
keep_days="${KEEP_DAYS:-400}"
# Report folders older than this many days are removed.
keep_reports="${KEEP_REPORTS:-90}"
day="$(date +%F)"
cli="${CLI:-node $here/../dist/cli/main.js}"

mkdir -p "$(dirname "$state")" "$reports"
# Exit code 0: done (rejected rows are in rejects.jsonl); 1: runtime error; 2: usage, config or input error.
$cli analyze "$export_file" --state "$state" --keep-days "$keep_days" --out "$reports/$day" --quiet
ln -sfn "$day" "$reports/latest"

# Roll-ups of the period that ended yesterday: the week on Mondays, the 旬 on the 1st, 11th and 21st, the month on the 1st.
yesterday="$(date -d yesterday +%F)"
if [ "$(date +%u)" = 1 ]; then
  $cli report --state "$state" --period week --at "$yesterday" --out "$reports/week-$(date -d yesterday +%G-W%V)"
fi
case "$(date +%d)" in
  01|11|21) $cli report --state "$state" --period dekad --at "$yesterday" --out "$reports/dekad-$yesterday" ;;
esac
if [ "$(date +%d)" = 01 ]; then
  $cli report --state "$state" --period month --at "$yesterday" --out "$reports/month-$(date -d yesterday +%Y-%m)"
fi

# Rotate: drop report folders older than KEEP_REPORTS days.
find "$reports" -mindepth 1 -maxdepth 1 -type d -mtime +"$keep_reports" -exec rm -rf {} +
echo "report: $reports/$day/report.html"
