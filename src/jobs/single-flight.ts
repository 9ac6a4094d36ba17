/**
 * Runs a piece of work one at a time: asked while it runs, it runs once more
 * afterwards rather than twice at once. The work may ask to run again (there
 * is more to take) by returning true.
 */
export class SingleFlight {
  private running: Promise<void> | null = null;
  private again = false;

  constructor(private readonly work: () => Promise<boolean>) {}

  trigger(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop().finally(() => (this.running = null));
  }

  /** Resolves once it is not running. */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      if (await this.work()) this.again = true;
    } while (this.again);
  }
}
