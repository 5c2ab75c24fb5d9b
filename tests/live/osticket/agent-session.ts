/**
 * An agent signed in to osTicket's staff panel over HTTP, posting replies and internal notes as the
 * ticket page's forms do: the page's CSRF token, a lock on the ticket first
 * (POST /scp/ajax.php/lock/ticket/ID), its code sent with the post.
 */
import { HttpSession } from '../support/http-session';
import type { OsticketAgent } from './install';

const CSRF_INPUT = /name="__CSRFToken__" value="([0-9a-f]+)"/;
const CSRF_META = /<meta name="csrf_token" content="([0-9a-f]+)"/;

export class OsticketAgentSession {
  private constructor(private readonly http: HttpSession) {}

  static async signIn(origin: string, agent: OsticketAgent): Promise<OsticketAgentSession> {
    const http = new HttpSession(origin);
    const form = await http.text('/scp/login.php');
    const token = CSRF_INPUT.exec(form)?.[1];
    if (!token) throw new Error('osTicket: no CSRF token on the staff login page');
    const response = await http.request('/scp/login.php', { form: { __CSRFToken__: token, do: 'scplogin', userid: agent.username, passwd: agent.password } });
    if (response.status !== 302) throw new Error(`osTicket: signing in as ${agent.username} answered ${response.status}, not a redirect`);
    return new OsticketAgentSession(http);
  }

  /** Posts a reply (to the customer) or an internal note on ticket `ticketId`, leaving the ticket open. */
  async post(ticketId: number, kind: 'reply' | 'note', text: string, title = ''): Promise<void> {
    const page = await this.http.text(`/scp/tickets.php?id=${ticketId}`);
    const token = CSRF_META.exec(page)?.[1];
    if (!token) throw new Error(`osTicket: no CSRF token on ticket ${ticketId}'s page`);
    const lock = JSON.parse(
      await this.http.text(`/scp/ajax.php/lock/ticket/${ticketId}`, { method: 'POST', body: '', headers: { 'X-CSRFToken': token, 'X-Requested-With': 'XMLHttpRequest' } }),
    ) as { code?: string };
    if (!lock.code) throw new Error(`osTicket: no lock on ticket ${ticketId}`);
    const fields: Record<string, string> =
      kind === 'reply' ? { a: 'reply', response: text, 'reply-to': 'all', reply_status_id: '1' } : { a: 'postnote', note: text, title, note_status_id: '1' };
    const response = await this.http.request(`/scp/tickets.php?id=${ticketId}`, { form: { __CSRFToken__: token, id: String(ticketId), lockCode: lock.code, ...fields } });
    // Posted: osTicket redirects back to the ticket; a refused post renders the page with its error.
    if (response.status !== 302) throw new Error(`osTicket: posting a ${kind} on ticket ${ticketId} answered ${response.status}`);
  }
}
