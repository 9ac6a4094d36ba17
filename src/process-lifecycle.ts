import { INestApplicationContext } from '@nestjs/common';
import { loadSettings, Settings, SettingsError } from './config/settings';

/** The validated settings; a bad one is printed as one line and the process exits with EX_CONFIG (78). */
export function settingsOrExit(env: NodeJS.ProcessEnv = process.env): Settings {
  try {
    return loadSettings(env);
  } catch (error) {
    if (error instanceof SettingsError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
}

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
