/**
 * The longest restatement or mirrored reply a draft keeps, in UTF-16 code units. The background
 * refuses longer text (lib/messaging/messages.ts); the sidebar keeps the start of a longer reply (a
 * pasted log past this is not the agent's own words) so the rest of the draft still saves.
 */
export const MAX_DRAFT_TEXT = 100_000;
