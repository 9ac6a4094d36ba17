/** An answer as the tests read it. */
export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** Requests to one API process, as one signed-in user (or nobody). */
export class Api {
  constructor(
    readonly url: string,
    private readonly token?: string,
  ) {}

  as(token: string): Api {
    return new Api(this.url, token);
  }

  get<T = any>(path: string): Promise<Answer<T>> {
    return this.send<T>('GET', path);
  }

  post<T = any>(path: string, body: unknown = {}, contentType = 'application/json'): Promise<Answer<T>> {
    return this.send<T>('POST', path, body, contentType);
  }

  patch<T = any>(path: string, body: unknown): Promise<Answer<T>> {
    return this.send<T>('PATCH', path, body);
  }

  async send<T>(method: string, path: string, body?: unknown, contentType = 'application/json'): Promise<Answer<T>> {
    const headers: Record<string, string> = {};
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    let payload: string | undefined;
    if (body !== undefined) {
      headers['Content-Type'] = contentType;
      payload = typeof body === 'string' ? body : JSON.stringify(body);
    }
    const response = await fetch(new URL(path, this.url), { method, headers, body: payload });
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    return { status: response.status, body: /json/.test(type) ? JSON.parse(text) : text, headers: response.headers };
  }
}

/** Signs in over the API; the bearer token. */
export async function signIn(api: Api, email: string, password: string): Promise<string> {
  const answer = await api.post('/auth/login', { email, password });
  if (answer.status !== 200)
    throw new Error(`Sign-in as ${email} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body.accessToken;
}

/** The answer when its status is `status`; otherwise fails naming what came instead. */
export function expectStatus<T>(answer: Answer<T>, status: number): Answer<T> {
  if (answer.status !== status) {
    throw new Error(`Expected ${status}, got ${answer.status}: ${JSON.stringify(answer.body).slice(0, 600)}`);
  }
  return answer;
}
