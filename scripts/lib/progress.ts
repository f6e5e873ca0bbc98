/**
 * A one-line progress bar on stderr, drawn only on a terminal so that logs and CI output
 * stay clean. Redraws at most every 100 ms: a full BACI year is tens of millions of rows.
 */
export class Progress {
  private done = 0;
  private lastDraw = 0;
  private readonly tty = Boolean(process.stderr.isTTY);

  constructor(
    private readonly label: string,
    private readonly total: number,
  ) {}

  add(n: number): void {
    this.done += n;
    const now = Date.now();
    if (this.tty && now - this.lastDraw > 100) {
      this.lastDraw = now;
      this.draw();
    }
  }

  finish(): void {
    if (this.tty) {
      this.done = this.total;
      this.draw();
      process.stderr.write('\n');
    }
  }

  private draw(): void {
    const width = 30;
    const frac = this.total > 0 ? Math.min(1, this.done / this.total) : 1;
    const filled = Math.round(frac * width);
    const bar = '#'.repeat(filled) + '-'.repeat(width - filled);
    const mb = (b: number) => (b / 1e6).toFixed(1);
    const name = this.label.length > 40 ? '…' + this.label.slice(-39) : this.label;
    process.stderr.write(
      `\r${name.padEnd(40)} [${bar}] ${(frac * 100).toFixed(0).padStart(3)}% ${mb(this.done)}/${mb(this.total)} MB`,
    );
  }
}
