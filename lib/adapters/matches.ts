/**
 * Where the content scripts run: the whole helpdesk origins. These apps navigate in-page, and match
 * patterns are only checked on full page loads, so patterns on ticket paths would miss tickets
 * opened from a list; the scripts detect tickets themselves.
 */
export const HELPDESK_MATCHES = ['*://*.zendesk.com/*', '*://*.freshdesk.com/*'];
