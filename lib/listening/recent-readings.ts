/**
 * The customer's messages do not change while the agent types: what the engine reads from them
 * (key terms, their words, their mood) is kept for the last few texts, so each keystroke pays
 * only for the reply. Keyed by the text and the team settings that shape the reading.
 */
import type { ListeningSettings } from './types';

const KEPT = 4;

/** `read` memoised on (text, settings), keeping the last KEPT readings. */
export function recentReadings<T>(read: (text: string, settings?: ListeningSettings) => T): (text: string, settings?: ListeningSettings) => T {
  // A short list, not a Map keyed by settings and text joined: that key was a copy of the whole
  // message to build and hash at every keystroke. Most recent last.
  const kept: { text: string; settings: string; reading: T }[] = [];
  return (text, settings) => {
    const settingsKey = settings ? JSON.stringify(settings) : '';
    const at = kept.findIndex((k) => k.text === text && k.settings === settingsKey);
    const known = at < 0 ? undefined : kept.splice(at, 1)[0];
    const reading = known ? known.reading : read(text, settings);
    kept.push(known ?? { text, settings: settingsKey, reading });
    if (kept.length > KEPT) kept.shift();
    return reading;
  };
}
