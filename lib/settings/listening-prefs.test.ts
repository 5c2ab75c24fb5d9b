import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_LISTENING_PREFS, loadListeningPrefs, normalizeListeningPrefs, saveListeningPrefs, withAbsenceReading, withCategory } from './listening-prefs';

beforeEach(() => fakeBrowser.reset());

describe('listening prefs', () => {
  it('starts with every category on but those off by default, and the default wording', async () => {
    expect(await loadListeningPrefs()).toEqual(DEFAULT_LISTENING_PREFS);
  });

  it('saves categories switched off and the wording', async () => {
    await saveListeningPrefs({ disabledCategories: ['jargon', 'shouting'], enabledCategories: [], restatementPrefix: 'So, to check: ' });
    expect(await loadListeningPrefs()).toEqual({ disabledCategories: ['jargon', 'shouting'], enabledCategories: [], restatementPrefix: 'So, to check: ' });
  });

  it('saves a category off by default that the agent turned on, and only such a category', async () => {
    expect(DEFAULT_LISTENING_PREFS.enabledCategories).toEqual([]);
    await saveListeningPrefs({ ...DEFAULT_LISTENING_PREFS, enabledCategories: ['no-next-step', 'jargon'] });
    expect((await loadListeningPrefs()).enabledCategories).toEqual(['no-next-step']);
    expect(normalizeListeningPrefs({ enabledCategories: 'no-next-step' }).enabledCategories).toEqual([]);
  });

  it.each([
    [{ disabledCategories: ['jargon', 'not-a-category', 3] }, ['jargon']],
    [{ disabledCategories: 'jargon' }, []],
  ])('keeps only known categories from %j', (stored, expected) => {
    expect(normalizeListeningPrefs(stored).disabledCategories).toEqual(expected);
  });

  it('switches a category in disabledCategories, and an absence reading off by default in enabledCategories', () => {
    const on = withAbsenceReading(DEFAULT_LISTENING_PREFS, 'no-next-step', true);
    expect(on).toMatchObject({ enabledCategories: ['no-next-step'], disabledCategories: [] });
    expect(withAbsenceReading(on, 'no-next-step', false).enabledCategories).toEqual([]);
    expect(withAbsenceReading(DEFAULT_LISTENING_PREFS, 'jargon', true).enabledCategories).toEqual([]);
    const off = withCategory(on, 'no-next-step', false);
    expect(off).toMatchObject({ enabledCategories: ['no-next-step'], disabledCategories: ['no-next-step'] });
    expect(withCategory(off, 'no-next-step', true).disabledCategories).toEqual([]);
  });

  it('falls back to the default wording for anything but short text', () => {
    expect(normalizeListeningPrefs({ restatementPrefix: 'x'.repeat(201) }).restatementPrefix).toBe(DEFAULT_LISTENING_PREFS.restatementPrefix);
    expect(normalizeListeningPrefs({ restatementPrefix: 7 }).restatementPrefix).toBe(DEFAULT_LISTENING_PREFS.restatementPrefix);
  });
});
