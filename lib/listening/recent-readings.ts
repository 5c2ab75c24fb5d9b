/**
 * The customer's messages do not change while the agent types: what the engine reads from them
 * (key terms, their words, their mood) is kept for the last few texts, so each keystroke pays
 * only for the reply. Keyed by the text and the team settings that shape the reading.
 */
import type { ListeningSettings } from './types';

const KEPT = 4;

/** `read` memoised on (text, settings), keeping the last KEPT readings. */
export function recentReadings<T>(read: (text: string, settings?: ListeningSettings) => T): (text: string, settings?: ListeningSettings) => T {
  const kept = new Map<string, T>();
  return (text, settings) => {
    const key = `${settings ? JSON.stringify(settings) : ''}\u0000${text}`;
    const known = kept.get(key);
    if (known !== undefined) {
      kept.delete(key);
      kept.set(key, known); // most recent last
      return known;
    }
    const reading = read(text, settings);
    kept.set(key, reading);
    if (kept.size > KEPT) kept.delete(kept.keys().next().value as string);
    return reading;
  };
}
