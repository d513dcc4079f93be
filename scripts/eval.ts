/**
 * One entry for the evaluations (`npm run eval -- …`):
 *   --file F --text COL --label COL [--topics K] [--seed S] [--limit N] [--encoding gbk]   topic NMI/ARI (eval-topics.ts)
 *   --risk [--errors] [--profile NAME]                                                  risk matcher precision/recall on sentences and labelled real tickets (eval-risk.ts)
 *   --planted [--n 3000] [--seed S] [--days 14] [--verbose]                             full analyze against planted truth (eval-planted.ts)
 */
import { evalPlanted } from './eval-planted.js';
import { evalRisk } from './eval-risk.js';
import { evalReal } from './eval-real.js';
import { evalTopics } from './eval-topics.js';

const args = process.argv.slice(2);
const without = (flag: string): string[] => args.filter((a) => a !== flag);

if (args.includes('--risk')) await evalRisk(without('--risk'));
else if (args.includes('--real')) await evalReal(without('--real'));
else if (args.includes('--planted')) await evalPlanted(without('--planted'));
else if (args.includes('--file') || args.includes('--text') || args.includes('--label')) await evalTopics(args);
else {
  console.error('usage: npm run eval -- (--real [--only NAME] [--top N] | --file F --text COL --label COL [--topics K] | --risk [--errors] [--profile NAME] | --planted [--n N])');
  process.exitCode = 2;
}
