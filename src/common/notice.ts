/**
 * A typed, in-process announcement from one feature to whoever listens, so a
 * feature can say "this changed" without depending on the features that care.
 * Listeners must not throw; they record a job for the work, which runs after
 * the caller's response.
 */
export class Notice<T> {
  private readonly listeners: ((value: T) => void)[] = [];

  listen(listener: (value: T) => void): void {
    this.listeners.push(listener);
  }

  announce(value: T): void {
    for (const listener of this.listeners) listener(value);
  }
}
