/**
 * Benjamini–Hochberg adjusted p-values (q-values), in log space, for `logP` (natural logs of p-values) out of
 * `m` hypotheses in all (`m` may exceed `logP.length` when the rest have p = 1). A hypothesis is rejected at
 * false discovery rate alpha when its q ≤ alpha. Returns the log q of each input, in input order.
 */
export function benjaminiHochbergLog(logP: ArrayLike<number>, m: number = logP.length): Float64Array {
  const n = logP.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (logP[a] as number) - (logP[b] as number));
  const logQ = new Float64Array(n);
  const logM = Math.log(Math.max(m, n));
  let running = 0;
  // From the largest p down, q_(i) = min over j ≥ i of p_(j)·m/j, capped at 1.
  for (let r = n - 1; r >= 0; r--) {
    const i = order[r] as number;
    const q = (logP[i] as number) + logM - Math.log(r + 1);
    running = Math.min(running, q);
    logQ[i] = running;
  }
  return logQ;
}
