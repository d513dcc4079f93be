/**
 * P(X ≥ k) for X ~ Binomial(n, p), summed in log space so large n does not underflow. Hand-written: a dozen lines,
 * and none of our dependencies exposes a binomial CDF.
 */
export function binomialTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const lp = Math.log(p);
  const lq = Math.log1p(-p);
  // log C(n, k) built incrementally from log C(n, 0) = 0.
  let logC = 0;
  for (let i = 0; i < k; i++) logC += Math.log(n - i) - Math.log(i + 1);
  let total = 0;
  for (let i = k; i <= n; i++) {
    const term = Math.exp(logC + i * lp + (n - i) * lq);
    total += term;
    if (term < total * 1e-12) break;
    logC += Math.log(n - i) - Math.log(i + 1);
  }
  return Math.min(1, total);
}
