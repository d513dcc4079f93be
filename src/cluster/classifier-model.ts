import type { StoredIssue } from '../history/history-types.js';
import type { TfidfMatrix } from './tfidf-matrix.js';

/** The JSON-serialisable model `classify` uses: idf of the kept terms, topic centroids and issue signatures. */
export interface ClassifierModel {
  version: 1;
  /** Term texts; the other arrays refer to terms by index here. */
  terms: string[];
  idf: number[];
  topics: Array<{ id: string; weights: Array<[term: number, weight: number]> }>;
  issues: Array<{ id: string; label: string; weights: Array<[term: number, weight: number]> }>;
  /** Cosine a ticket needs to an issue signature to be assigned to it. */
  minIssueSimilarity: number;
}

/** What {@link classifyTerms} decides for one ticket. */
export interface Classification {
  topicId: string;
  issueId?: string;
  /** Cosine to the issue when one matched, else to the topic. */
  similarity: number;
  topicSimilarity: number;
}

/** Inputs of {@link buildClassifierModel}. */
export interface ClassifierInput {
  /** Matrices whose idf the model keeps (the topic matrix first; later ones add terms it lacks). */
  matrices: TfidfMatrix[];
  topics: Array<{ id: string; centroid: Array<[string, number]> }>;
  issues: StoredIssue[];
  minIssueSimilarity?: number;
}

/** Builds the classifier model from a run's topics and issue signatures. */
export function buildClassifierModel(input: ClassifierInput): ClassifierModel {
  const index = new Map<string, number>();
  const terms: string[] = [];
  const idf: number[] = [];
  for (const m of input.matrices) {
    m.terms.forEach((t, c) => {
      if (index.has(t)) return;
      index.set(t, terms.length);
      terms.push(t);
      idf.push(Math.round(m.idf[c]! * 1e4) / 1e4);
    });
  }
  const toWeights = (pairs: Array<[string, number]>): Array<[number, number]> =>
    pairs.filter(([t]) => index.has(t)).map(([t, w]) => [index.get(t)!, w]);
  return {
    version: 1,
    terms,
    idf,
    topics: input.topics.map((t) => ({ id: t.id, weights: toWeights(t.centroid) })),
    issues: input.issues.map((s) => ({ id: s.id, label: s.label, weights: toWeights(s.terms) })),
    minIssueSimilarity: input.minIssueSimilarity ?? 0.3,
  };
}

/** Lookup structures precomputed once per model: term → postings of (cluster, weight). */
interface Prepared {
  index: Map<string, number>;
  topicPostings: Array<Array<[number, number]>>;
  issuePostings: Array<Array<[number, number]>>;
  topicScores: Float64Array;
  issueScores: Float64Array;
  tf: Float64Array;
  touched: Int32Array;
}

const prepared = new WeakMap<ClassifierModel, Prepared>();

function prepare(model: ClassifierModel): Prepared {
  const hit = prepared.get(model);
  if (hit) return hit;
  const topicPostings: Array<Array<[number, number]>> = model.terms.map(() => []);
  const issuePostings: Array<Array<[number, number]>> = model.terms.map(() => []);
  model.topics.forEach((t, c) => {
    for (const [term, w] of t.weights) topicPostings[term]?.push([c, w]);
  });
  model.issues.forEach((s, c) => {
    for (const [term, w] of s.weights) issuePostings[term]?.push([c, w]);
  });
  const p: Prepared = {
    index: new Map(model.terms.map((t, i) => [t, i])),
    topicPostings,
    issuePostings,
    topicScores: new Float64Array(model.topics.length),
    issueScores: new Float64Array(model.issues.length),
    tf: new Float64Array(model.terms.length),
    touched: new Int32Array(256),
  };
  prepared.set(model, p);
  return p;
}

/**
 * Classifies one ticket's terms: its sublinear TF-IDF vector's cosine to each topic centroid (best topic) and
 * each issue signature (best issue, when at least `model.minIssueSimilarity`). Lookup maps and score buffers are
 * built once per model object and reused, so a call allocates almost nothing.
 */
export function classifyTerms(model: ClassifierModel, terms: string[]): Classification {
  const p = prepare(model);
  if (p.touched.length < terms.length) p.touched = new Int32Array(terms.length * 2);
  let count = 0;
  for (const t of terms) {
    const i = p.index.get(t);
    if (i === undefined) continue;
    if (p.tf[i] === 0) p.touched[count++] = i;
    p.tf[i]! += 1;
  }
  let norm = 0;
  for (let r = 0; r < count; r++) {
    const i = p.touched[r]!;
    const w = (1 + Math.log(p.tf[i]!)) * model.idf[i]!;
    p.tf[i] = w;
    norm += w * w;
  }
  const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  p.topicScores.fill(0);
  p.issueScores.fill(0);
  for (let r = 0; r < count; r++) {
    const i = p.touched[r]!;
    const w = p.tf[i]! * inv;
    p.tf[i] = 0;
    for (const [c, cw] of p.topicPostings[i]!) p.topicScores[c]! += w * cw;
    for (const [c, cw] of p.issuePostings[i]!) p.issueScores[c]! += w * cw;
  }
  let topic = 0;
  for (let c = 1; c < p.topicScores.length; c++) if (p.topicScores[c]! > p.topicScores[topic]!) topic = c;
  let issue = -1;
  for (let c = 0; c < p.issueScores.length; c++) {
    if (p.issueScores[c]! >= model.minIssueSimilarity && (issue < 0 || p.issueScores[c]! > p.issueScores[issue]!)) issue = c;
  }
  const topicSimilarity = p.topicScores[topic] ?? 0;
  const topicId = model.topics[topic]?.id ?? '';
  if (issue >= 0) return { topicId, issueId: model.issues[issue]!.id, similarity: p.issueScores[issue]!, topicSimilarity };
  return { topicId, similarity: topicSimilarity, topicSimilarity };
}
