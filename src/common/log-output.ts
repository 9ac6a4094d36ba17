import { build as prettyStream } from 'pino-pretty';
import type { DestinationStream } from 'pino';
import { LogFormat } from '../config/settings';

/**
 * Readable lines for a person at a terminal, JSON for everything else: `auto`
 * is pretty only when standard output is a terminal and CI is not set, so a
 * service manager, a container without a terminal or a pipe to a log
 * collector always gets one JSON object a line.
 */
export function prettyLogs(
  format: LogFormat,
  stdout: { isTTY?: boolean } = process.stdout,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  if (format !== 'auto') return format === 'pretty';
  return stdout.isTTY === true && !env.CI;
}

/**
 * Where the app's log lines go: standard output as JSON (undefined: the
 * logger's default), or through pino-pretty, written synchronously so that
 * every start-up line is out before the banner that follows them.
 */
export function logDestination(format: LogFormat): DestinationStream | undefined {
  if (!prettyLogs(format)) return undefined;
  return prettyStream({
    sync: true,
    colorize: process.stdout.isTTY === true,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,context,req,res,responseTime,requestId',
    messageFormat:
      '{if context}[{context}] {end}{msg}{if req} {req.method} {req.url} {res.statusCode} {responseTime} ms{end}',
  });
}
