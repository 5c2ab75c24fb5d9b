/** Whether a message's `type` starts with one of these prefixes ("draft/", "storage/"): routing only, before any validation. */
export function hasTypePrefix(message: unknown, ...prefixes: string[]): boolean {
  const type = message && typeof message === 'object' ? (message as { type?: unknown }).type : undefined;
  return typeof type === 'string' && prefixes.some((prefix) => type.startsWith(prefix));
}
