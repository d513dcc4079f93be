import type { CliCommand } from './parse-cli-args.js';

const ANALYZE = `Usage: complaint-hotspots analyze <file>... [options]

Analyze complaint exports (CSV, JSONL or XLSX) and write a report folder:
report.json, report.md (投诉预警日报), report.html, warnings.csv, rejects.jsonl.

Options:
  --fields id=COL,text=COL[+COL...],title=COL,entity=COL,time=COL,customer=COL,region=COL,channel=COL
                     map the export's columns (+ joins columns into one text; title: a
                     subject line weighed above the text; entity: who the complaint is
                     against, 投诉对象, grouped on as the ticket's firm); default: auto-detected from
                     common Chinese/English headers. Without a time column the export is
                     one undated period "all" (no rising terms, growth or history)
  --lang zh|en|auto  language of the texts (default auto, per record)
  --period day|week|dekad|month
                     reporting period; dekad = 旬 (1-10, 11-20, 21-end) (default day)
  --state FILE       history database kept between nightly runs (default: none)
  --keep-days N      keep N days of detail in the state (term counts, customer tickets, period
                     summaries, discovered words); older days keep their ticket totals (default: keep
                     everything; a run reuses the words of its last 90 periods)
  --roll-up DIR      with --state, daily runs: when the export's last day ends a week, 旬 or month,
                     also write that period's report from the state into DIR/<period id>
                     (DIR/2026-W46, DIR/2026-11-D2, DIR/2026-11), as the report command does
  --topics K         number of coarse topics (default automatic)
  --top N            how many TOP issues to rank (default 10)
  --config FILE      all options and thresholds as one JSON file (schemas/config.schema.json)
  --out DIR          report folder (default ./hotspots-out)
  --sheet NAME       XLSX sheet (default the first)
  --time-zone TZ     time zone of local times (default Asia/Shanghai)
  --segmenter node-rs|nodejieba   segmenter adapter (default node-rs)
  --models DIR       folder with your own model files (missing ones fall back to the shipped)
  --profile NAME     domain profile: telecom|finance|government|retail or a folder (risk lexicon, routing; default telecom)
  --seed S           seed of every random choice (default 42)
  --quiet            no progress bar (shown on a TTY, on stderr)

Exit codes: 0 done (rejected rows are reported, not fatal), 1 runtime error, 2 usage or config error.
`;

/** `--help` text of each command. */
export const HELP: Record<CliCommand, string> = {
  help: `Usage: complaint-hotspots <command> [options]

Find complaint hotspots in Chinese (and English) customer-complaint texts.

Commands:
  analyze <file>...   analyze exports, write a report folder
  classify            one ticket as JSON on stdin -> its issue and risk flags as JSON
  demo                analyze the sample export shipped in examples/
  generate            write a synthetic telecom complaint export with planted events
  report              the weekly, ten-day (旬) or monthly report folder from the state alone

Run "complaint-hotspots <command> --help" for a command's options.
`,
  analyze: ANALYZE,
  classify: `Usage: complaint-hotspots classify [--state FILE] [--config FILE] [--models DIR] [--profile NAME]

Reads one ticket as JSON on stdin ({"id": "...", "text": "...", "time": epoch-ms}) — or one per line — and
prints for each its topic, known issue and risk flags as one JSON line. Issues and topics come from the last
run kept in --state; without it only the risk flags are given.
`,
  demo: `Usage: complaint-hotspots demo [--out DIR] [--state FILE] [--period P] [--quiet]

Analyzes the sample export shipped in examples/sample-export.csv and writes the report folder
(default ./hotspots-out).
`,
  report: `Usage: complaint-hotspots report --state FILE --period week|dekad|month [--at DATE] [--out DIR] [--config FILE]

Writes the report folder (report.json, report.md, report.html, warnings.csv) of the week, ten days (旬) or month
holding DATE from the history the nightly runs keep in --state; no export is read again. Ticket and term counts
are summed from the stored days, issues and warnings come from the days' stored summaries, rising terms compare
the period with the earlier ones. Topics and new grouping need the ticket texts and are left out (the report says so).

Options:
  --state FILE       the state file the nightly "analyze --state FILE" runs keep (required)
  --period P         week (ISO week, 周报), dekad (旬: 1-10, 11-20, 21-end, 旬报) or month (月报)
  --at DATE          a date YYYY-MM-DD in the period (default: the last complete period before today)
  --out DIR          report folder (default ./hotspots-out)
  --config FILE      analysis options and thresholds (rising, history, warnings.digestSize, timeZone)
  --time-zone TZ     time zone of "today" (default Asia/Shanghai)

Exit codes: 0 done, 1 runtime error, 2 usage error or no stored day of the period.
`,
  generate: `Usage: complaint-hotspots generate --n N --seed S --out FILE [--days D] [--start YYYY-MM-DD]

Writes a synthetic Chinese telecom complaint export (CSV, UTF-8 with BOM) with planted events — bursts,
a recurring issue, repeat complainers, high-risk tickets and their negated twins — and their ground truth
beside it (FILE without .csv + .truth.json).
`,
};
