/**
 * How much one listening/analyze request may carry. The sidebar trims to these before sending (a
 * pasted log must not get the request refused) and the background refuses anything longer. The
 * engine itself reads at most MAX_ANALYZED_CHARS of each text, and says so.
 */
export const MAX_REQUEST_TEXT = 100_000;
/** Earlier customer messages sent along; the engine reads the last 10 (MAX_EARLIER_MESSAGES). */
export const MAX_REQUEST_EARLIER = 10;
