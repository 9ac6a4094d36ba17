/**
 * The benchmark's SMTP receiver in a process of its own, so that parsing
 * 10,000 mails back does not take the CPU of the process being measured.
 * Tells its parent its URL, then each mail's recipient and arrival time.
 */
import { ChildProcess, fork } from 'node:child_process';
import { startSmtpReceiver } from '../../test/support/smtp-receiver';

export interface SmtpSink {
  url: string;
  /** Arrival time (ms since the epoch) by recipient address. */
  arrivals: Map<string, number>;
  waitFor(count: number, timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

type Message = { url: string } | { arrived: [string, number][] };

export function startSmtpSink(): Promise<SmtpSink> {
  const child: ChildProcess = fork(__filename, ['--child'], {
    execArgv: ['-r', 'ts-node/register/transpile-only'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const arrivals = new Map<string, number>();
  let waiter: { count: number; resolve: () => void } | null = null;
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.on('message', (message: Message) => {
      if ('url' in message) {
        resolve({
          url: message.url,
          arrivals,
          waitFor: (count, timeoutMs) =>
            new Promise<void>((done, fail) => {
              if (arrivals.size >= count) return done();
              const timer = setTimeout(() => fail(new Error(`${arrivals.size} of ${count} mails arrived`)), timeoutMs);
              waiter = {
                count,
                resolve: () => {
                  clearTimeout(timer);
                  done();
                },
              };
            }),
          close: () =>
            new Promise<void>((done) => {
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
        return;
      }
      for (const [address, at] of message.arrived) arrivals.set(address, at);
      if (waiter && arrivals.size >= waiter.count) {
        const { resolve: done } = waiter;
        waiter = null;
        done();
      }
    });
  });
}

async function child(): Promise<void> {
  const receiver = await startSmtpReceiver();
  let pending: [string, number][] = [];
  receiver.onMessage((mail, arrivedAt) => {
    pending.push([(mail.to as { value: { address: string }[] }).value[0].address, arrivedAt]);
    receiver.clear();
  });
  setInterval(() => {
    if (pending.length === 0) return;
    process.send!({ arrived: pending });
    pending = [];
  }, 10);
  process.send!({ url: receiver.url });
  process.on('SIGTERM', () => void receiver.close().then(() => process.exit(0)));
}

if (process.argv.includes('--child')) void child();
