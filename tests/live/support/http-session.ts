/**
 * A browser-like HTTP client for bring-up and seeding: keeps the cookies a helpdesk sets, follows
 * nothing by itself (a redirect is part of what a form post answers), and fails loudly on an
 * unexpected status.
 */
export class HttpSession {
  private readonly cookies = new Map<string, string>();

  constructor(readonly origin: string) {}

  async request(path: string, init: { method?: string; form?: Record<string, string>; body?: string; headers?: Record<string, string> } = {}): Promise<Response> {
    const headers: Record<string, string> = { ...init.headers };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    let body: string | undefined = init.body;
    if (init.form) {
      body = new URLSearchParams(init.form).toString();
      headers['content-type'] = 'application/x-www-form-urlencoded';
    }
    const response = await fetch(new URL(path, this.origin), { method: init.method ?? (body === undefined ? 'GET' : 'POST'), headers, body, redirect: 'manual' });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const split = pair!.indexOf('=');
      if (split > 0) this.cookies.set(pair!.slice(0, split).trim(), pair!.slice(split + 1).trim());
    }
    return response;
  }

  /** The page's text, or an error naming the status when it is not one of `expected`. */
  async text(path: string, init: Parameters<HttpSession['request']>[1] = {}, expected: readonly number[] = [200]): Promise<string> {
    const response = await this.request(path, init);
    const text = await response.text();
    if (!expected.includes(response.status)) throw new Error(`${init.method ?? (init.form || init.body ? 'POST' : 'GET')} ${path}: ${response.status} ${text.slice(0, 300)}`);
    return text;
  }
}
