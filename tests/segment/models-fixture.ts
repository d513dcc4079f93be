import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseTextModels, type TextModels } from '../../src/segment/text-models.js';

const read = (file: string): string => readFileSync(fileURLToPath(new URL(`../../models/${file}`, import.meta.url)), 'utf8');

/** The shipped text models (models/*.txt), parsed. */
export function shippedTextModels(): TextModels {
  return parseTextModels({
    dict: read('telecom-dict.txt'),
    stopwords: read('stopwords.txt'),
    synonyms: read('synonyms.txt'),
    boilerplate: read('boilerplate.txt'),
  });
}
