import { INestApplicationContext } from '@nestjs/common';
import { Settings } from './config/settings';

/**
 * On SIGTERM or SIGINT: closes the app (requests and jobs in flight finish,
 * then the database closes) and exits; past the shutdown timeout it exits
 * anyway. `onSignal` runs first, for what the kind of process must let go.
 */
export function closeOnSignal(app: INestApplicationContext, settings: Settings, onSignal?: () => void): void {
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    process.stdout.write(`Received ${signal}; shutting down\n`);
    setTimeout(() => {
      process.stderr.write(`Shutdown took longer than ${settings.shutdownTimeoutMs} ms; exiting\n`);
      process.exit(1);
    }, settings.shutdownTimeoutMs).unref();
    onSignal?.();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`Shutdown failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}
