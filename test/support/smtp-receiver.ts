import { ParsedMail, simpleParser } from 'mailparser';
import { AddressInfo } from 'node:net';
import { SMTPServer, SMTPServerDataStream } from 'smtp-server';

/** A real SMTP server on 127.0.0.1 that keeps what it is sent, for tests and benchmarks. */
export interface SmtpReceiver {
  /** smtp://127.0.0.1:PORT, to hand to the transport under test. */
  readonly url: string;
  readonly port: number;
  /** Every accepted message, parsed, in the order parsing finished. */
  readonly received: ParsedMail[];
  /** The message source as it came over the wire, beside each entry of `received`. */
  readonly raw: Buffer[];
  /** Resolves with the first `count` messages once that many have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  /**
   * Calls `listener` for each accepted message once it is parsed, with the time its data had
   * arrived (ms since the epoch), which parsing does not delay. Returns a function that stops it.
   */
  onMessage(listener: MessageListener): () => void;
  /** While on, every message is answered with a temporary 451, so the sender tries again later. */
  refuse(on: boolean): void;
  /**
   * While on, a message's data is taken but not answered, as a stalled server
   * would: the sender waits mid-send. Turning it off accepts the held messages
   * whose connection is still open; one whose sender went away was never delivered.
   */
  hold(on: boolean): void;
  /** Messages taken and not answered yet. */
  readonly holding: number;
  clear(): void;
  close(): Promise<void>;
}

export type MessageListener = (mail: ParsedMail, arrivedAt: number) => void;

interface Waiter {
  count: number;
  resolve: (mails: ParsedMail[]) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  const received: ParsedMail[] = [];
  const raw: Buffer[] = [];
  // Kept sorted by count, so each arrival looks only at the waiters at the front.
  let waiters: Waiter[] = [];
  let refusing = false;
  let refused = 0;
  const listeners = new Set<MessageListener>();
  let holding = false;
  const held = new Map<string, () => void>();

  const settle = () => {
    while (waiters.length > 0 && waiters[0].count <= received.length) {
      const waiter = waiters.shift()!;
      clearTimeout(waiter.timer);
      waiter.resolve(received.slice(0, waiter.count));
    }
  };
  const failAll = (error: Error) => {
    for (const waiter of waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(error);
    }
    waiters = [];
  };

  const onData = (stream: SMTPServerDataStream, session: { id: string }, callback: (error?: Error | null) => void) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      const arrivedAt = Date.now();
      if (refusing) {
        refused++;
        return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
      }
      const source = Buffer.concat(chunks);
      if (holding) {
        held.set(session.id, () => accept(source, arrivedAt, callback));
        return;
      }
      accept(source, arrivedAt, callback);
    });
  };

  const accept = (source: Buffer, arrivedAt: number, callback: (error?: Error | null) => void) => {
    // Accepted before parsing, as a real server queues first; waitFor counts parsed messages.
    callback();
    simpleParser(source).then(
      (mail) => {
        received.push(mail);
        raw.push(source);
        for (const listener of listeners) listener(mail, arrivedAt);
        settle();
      },
      (error: Error) => failAll(new Error(`The SMTP receiver could not parse a message: ${error.message}`)),
    );
  };

  const server = new SMTPServer({
    disabledCommands: ['AUTH', 'STARTTLS'],
    authOptional: true,
    disableReverseLookup: true,
    logger: false,
    closeTimeout: 200,
    onData,
    onClose: (session) => held.delete(session.id),
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  // A sender that dies mid-session (a worker killed on purpose) resets its connection; smtp-server reports that
  // as an 'error' on the server, which would otherwise end the test process.
  server.on('error', () => undefined);
  const port = (server.server.address() as AddressInfo).port;

  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    received,
    raw,
    waitFor(count, timeoutMs = 10_000) {
      if (received.length >= count) return Promise.resolve(received.slice(0, count));
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters = waiters.filter((waiter) => waiter.timer !== timer);
          const also = refused > 0 ? `, ${refused} refused` : '';
          reject(new Error(`Waited ${timeoutMs} ms for ${count} mails; ${received.length} arrived${also}`));
        }, timeoutMs);
        const waiter = { count, resolve, reject, timer };
        const at = waiters.findIndex((other) => other.count > count);
        waiters.splice(at === -1 ? waiters.length : at, 0, waiter);
      });
    },
    onMessage(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refuse(on) {
      refusing = on;
    },
    hold(on) {
      holding = on;
      if (on) return;
      const waiting = [...held.values()];
      held.clear();
      for (const release of waiting) release();
    },
    get holding() {
      return held.size;
    },
    clear() {
      received.length = 0;
      raw.length = 0;
      refused = 0;
    },
    close() {
      failAll(new Error('The SMTP receiver was closed'));
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
