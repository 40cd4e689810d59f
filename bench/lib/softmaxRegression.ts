/**
 * A small multinomial logistic regression over sparse binary features (names of features that hold),
 * trained by full-batch gradient descent with L2 shrinkage. For bench trials only: nothing in ingest/
 * uses it. Deterministic: weights start at zero and rows are visited in the order given.
 */
export interface TrainingRow {
  features: readonly string[];
  label: string;
  /** How much the row counts (a weak, noisy negative counts less than a stated one). */
  weight?: number;
}

export interface SoftmaxOptions {
  epochs: number;
  rate: number;
  l2: number;
}

export class SoftmaxRegression {
  readonly labels: string[];
  private readonly weights = new Map<string, Float64Array>();
  private readonly bias: Float64Array;

  constructor(labels: readonly string[]) {
    this.labels = [...labels];
    this.bias = new Float64Array(this.labels.length);
  }

  /** Class probabilities, in the order of `labels`. */
  predict(features: readonly string[]): Float64Array {
    const z = Float64Array.from(this.bias);
    for (const f of features) {
      const w = this.weights.get(f);
      if (w) for (let k = 0; k < z.length; k++) z[k]! += w[k]!;
    }
    const top = Math.max(...z);
    let sum = 0;
    for (let k = 0; k < z.length; k++) sum += z[k] = Math.exp(z[k]! - top);
    for (let k = 0; k < z.length; k++) z[k]! /= sum;
    return z;
  }

  train(rows: readonly TrainingRow[], { epochs, rate, l2 }: SoftmaxOptions): void {
    const K = this.labels.length;
    const index = new Map(this.labels.map((l, i) => [l, i]));
    for (const r of rows) for (const f of r.features) if (!this.weights.has(f)) this.weights.set(f, new Float64Array(K));
    const total = rows.reduce((s, r) => s + (r.weight ?? 1), 0) || 1;
    for (let epoch = 0; epoch < epochs; epoch++) {
      const grad = new Map<string, Float64Array>();
      const gBias = new Float64Array(K);
      for (const r of rows) {
        const p = this.predict(r.features);
        const y = index.get(r.label);
        if (y === undefined) throw new Error(`unknown label ${r.label}`);
        const w = r.weight ?? 1;
        for (let k = 0; k < K; k++) {
          const d = (w * (p[k]! - (k === y ? 1 : 0))) / total;
          gBias[k]! += d;
          for (const f of r.features) {
            let g = grad.get(f);
            if (!g) grad.set(f, (g = new Float64Array(K)));
            g[k]! += d;
          }
        }
      }
      for (let k = 0; k < K; k++) this.bias[k]! -= rate * gBias[k]!;
      for (const [f, w] of this.weights) {
        const g = grad.get(f);
        for (let k = 0; k < K; k++) w[k]! -= rate * ((g?.[k] ?? 0) + l2 * w[k]!);
      }
    }
  }

  /** The largest weights of one class: what the model leans on, for the report. */
  strongest(label: string, n: number): Array<[string, number]> {
    const k = this.labels.indexOf(label);
    return [...this.weights].map(([f, w]): [string, number] => [f, w[k]!]).sort((a, b) => b[1] - a[1]).slice(0, n);
  }
}
