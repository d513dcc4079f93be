import type { Report } from './report-schema.js';

/** Language the human-readable outputs are written in. */
export type ReportLang = 'zh' | 'en';

/**
 * Chooses the report language: `config.lang` when it is `zh` or `en`; otherwise (auto or absent) Chinese when
 * at least a fifth of the letters in the report's labels, terms and examples are CJK ideographs, else English.
 * A report with no text at all is Chinese, the tool's home audience.
 */
export function reportLang(report: Report): ReportLang {
  const configured = report.config['lang'];
  if (configured === 'zh' || configured === 'en') return configured;
  const sample = [
    ...report.hotTerms.slice(0, 50).map((t) => t.term),
    ...report.issues.slice(0, 20).flatMap((i) => [i.label, ...i.examples.map((e) => e.text)]),
    ...report.topics.map((t) => t.label),
    ...report.warnings.slice(0, 20).map((w) => w.title),
  ].join(' ');
  const cjk = sample.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  const latin = sample.match(/[A-Za-z]/g)?.length ?? 0;
  if (cjk + latin === 0) return 'zh';
  return cjk * 5 >= cjk + latin ? 'zh' : 'en';
}
