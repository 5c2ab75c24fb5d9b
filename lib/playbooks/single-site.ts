/**
 * Whether an address names one site an agent may hand ListenFirst: a custom helpdesk origin gets
 * both content scripts (one in the page's world), a subscription gets the agent's cookies there.
 * Refused: a wildcard (`*.com`, `https://*.example.com` become match patterns for every such site),
 * a public suffix many unrelated sites share (`co.uk`, `github.io`; from the Public Suffix List via
 * tldts, not a hand list), and plain http anywhere but this computer, where anyone on the network
 * path could change the page or the playbook. No browser APIs: the policy reader uses it too.
 */
import { parse } from 'tldts';

/** localhost, 127.0.0.0/8 and [::1]: traffic that never leaves the machine. */
export function isLocalHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}

/** Why `url` (http or https, already parsed) is not one site ListenFirst may be granted, or null. */
export function singleSiteProblem(url: URL): string | null {
  const host = url.hostname;
  if (host.includes('*')) return `a wildcard (*) stands for many sites, got "${host}"; give one site's address, like https://support.example.com`;
  if (isLocalHost(host)) return null;
  if (url.protocol !== 'https:') return `expected https for ${host}: over plain http anyone on the network could change what it serves (http is accepted only for this computer: localhost, 127.0.0.1, [::1])`;
  const { domain, isIp } = parse(host, { allowPrivateDomains: true });
  if (!domain && !isIp) return `${host} is a public suffix that many unrelated sites share; give one site's full host name, like support.${host}`;
  return null;
}
