/**
 * A progress bar on a terminal, or a line every tenth of the way when the
 * output is a file or a CI log (no terminal to redraw).
 */
export class ProgressBar {
  private lastDraw = 0;
  private lastTenth = -1;

  constructor(
    private readonly total: number,
    private readonly out: NodeJS.WriteStream = process.stderr,
    private readonly width = 30,
  ) {}

  update(done: number, detail: string): void {
    const share = this.total > 0 ? Math.min(1, done / this.total) : 1;
    if (this.out.isTTY) {
      const now = Date.now();
      if (now - this.lastDraw < 100 && share < 1) return;
      this.lastDraw = now;
      const filled = Math.round(share * this.width);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(this.width - filled)}`;
      this.out.write(`\r${bar} ${String(Math.floor(share * 100)).padStart(3)}%  ${detail}\u001b[K`);
    } else {
      const tenth = Math.floor(share * 10);
      if (tenth === this.lastTenth) return;
      this.lastTenth = tenth;
      this.out.write(`${tenth * 10}%  ${detail}\n`);
    }
  }

  finish(): void {
    if (this.out.isTTY) this.out.write('\n');
  }
}
