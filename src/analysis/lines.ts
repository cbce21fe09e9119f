/**
 * Line bookkeeping for offsets: which line an offset is on, and where that line starts and ends.
 * Built once per text so that lookups stay O(log n) even on a 1 MB single-line paste.
 */
export class LineIndex {
  private readonly starts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    let pos = text.indexOf('\n');
    while (pos >= 0) {
      starts.push(pos + 1);
      pos = text.indexOf('\n', pos + 1);
    }
    this.starts = starts;
  }

  /** 0-based index of the line holding an offset. */
  private indexOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** 1-based line number. */
  lineOf(offset: number): number {
    return this.indexOf(offset) + 1;
  }

  lineStart(offset: number): number {
    return this.starts[this.indexOf(offset)] ?? 0;
  }

  lineEnd(offset: number): number {
    const next = this.starts[this.indexOf(offset) + 1];
    return next === undefined ? this.text.length : next - 1;
  }

  /** Start and end offsets of a 1-based line. */
  bounds(line: number): { start: number; end: number } {
    const start = this.starts[line - 1] ?? this.text.length;
    const next = this.starts[line];
    return { start, end: next === undefined ? this.text.length : next - 1 };
  }

  get count(): number {
    return this.starts.length;
  }
}
