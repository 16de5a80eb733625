// ICD-10 code sets compiled to exact-key maps: a lookup tries the code, then its 3-character block.

/** "A15-A19" → A15 … A19; "B18.0" stays as it is. Ranges run across letters (A00-B99). */
export function expand(codeOrRange: string): string[] {
  const [from, to] = codeOrRange.split('-');
  if (!to) return [codeOrRange];
  // "M07.0-M07.3": subcodes within one block.
  if (from!.includes('.') && to.includes('.') && from!.slice(0, 3) === to.slice(0, 3)) {
    const [lo, hi] = [Number(from!.slice(4)), Number(to.slice(4))];
    return Array.from({ length: hi - lo + 1 }, (_, i) => `${from!.slice(0, 3)}.${lo + i}`);
  }
  const num = (c: string): number => (c.charCodeAt(0) - 65) * 100 + Number(c.slice(1, 3));
  const out: string[] = [];
  for (let n = num(from!); n <= num(to); n++) out.push(`${String.fromCharCode(65 + Math.floor(n / 100))}${String(n % 100).padStart(2, '0')}`);
  return out;
}

/** A map from code (or block) to the values filed under it. */
export class IcdIndex<T> {
  private readonly map = new Map<string, T[]>();

  add(codes: string[], value: T): void {
    for (const code of codes.flatMap(expand)) {
      const list = this.map.get(code);
      if (list) {
        if (!list.includes(value)) list.push(value);
      } else this.map.set(code, [value]);
    }
  }

  /** Values filed under the code itself or under its 3-character block. */
  get(code: string): T[] {
    const exact = this.map.get(code) ?? [];
    const block = code.length > 3 ? (this.map.get(code.slice(0, 3)) ?? []) : [];
    return block.length === 0 ? exact : [...new Set([...exact, ...block])];
  }
}

/** A fixed set of codes, blocks and ranges, expanded once. */
export class IcdSet {
  private readonly set: Set<string>;
  constructor(codes: string[]) {
    this.set = new Set(codes.flatMap(expand));
  }
  has(code: string): boolean {
    return this.set.has(code) || this.set.has(code.slice(0, 3));
  }
}
