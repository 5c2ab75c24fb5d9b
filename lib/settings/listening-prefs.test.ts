import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_LISTENING_PREFS, loadListeningPrefs, normalizeListeningPrefs, saveListeningPrefs } from './listening-prefs';

beforeEach(() => fakeBrowser.reset());

describe('listening prefs', () => {
  it('starts with every category on and the default wording', async () => {
    expect(await loadListeningPrefs()).toEqual(DEFAULT_LISTENING_PREFS);
  });

  it('saves categories switched off and the wording', async () => {
    await saveListeningPrefs({ disabledCategories: ['jargon', 'shouting'], restatementPrefix: 'So, to check: ' });
    expect(await loadListeningPrefs()).toEqual({ disabledCategories: ['jargon', 'shouting'], restatementPrefix: 'So, to check: ' });
  });

  it.each([
    [{ disabledCategories: ['jargon', 'not-a-category', 3] }, ['jargon']],
    [{ disabledCategories: 'jargon' }, []],
  ])('keeps only known categories from %j', (stored, expected) => {
    expect(normalizeListeningPrefs(stored).disabledCategories).toEqual(expected);
  });

  it('falls back to the default wording for anything but short text', () => {
    expect(normalizeListeningPrefs({ restatementPrefix: 'x'.repeat(201) }).restatementPrefix).toBe(DEFAULT_LISTENING_PREFS.restatementPrefix);
    expect(normalizeListeningPrefs({ restatementPrefix: 7 }).restatementPrefix).toBe(DEFAULT_LISTENING_PREFS.restatementPrefix);
  });
});
