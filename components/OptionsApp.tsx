import { useEffect, useState } from 'preact/hooks';
import { HINT_CATEGORIES } from '@/lib/listening/types';
import { DEFAULT_RESTATEMENT_PREFIX, loadListeningPrefs, MAX_PREFIX_CHARS, saveListeningPrefs, type ListeningPrefs } from '@/lib/settings/listening-prefs';
import { CATEGORY_LABELS } from './category-labels';

/** The settings page. Every change is validated and saved at once. */
export function OptionsApp() {
  const [prefs, setPrefs] = useState<ListeningPrefs | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    void loadListeningPrefs().then(setPrefs);
  }, []);
  if (!prefs) return <main class="lf-page">Loading…</main>;

  const update = async (next: ListeningPrefs) => {
    setPrefs(next);
    await saveListeningPrefs(next);
    setSaved(`Saved at ${new Date().toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}`);
  };
  const toggleCategory = (category: (typeof HINT_CATEGORIES)[number], on: boolean) =>
    update({
      ...prefs,
      disabledCategories: on ? prefs.disabledCategories.filter((c) => c !== category) : [...prefs.disabledCategories, category],
    });

  return (
    <main class="lf-page lf-options">
      <h1 class="lf-page__title">ListenFirst settings</h1>
      <fieldset data-testid="lf-options-categories">
        <legend>Reply hints to show</legend>
        {HINT_CATEGORIES.map((category) => (
          <label class="lf-switch" key={category}>
            <input
              type="checkbox"
              data-category={category}
              checked={!prefs.disabledCategories.includes(category)}
              onChange={(event) => void toggleCategory(category, event.currentTarget.checked)}
            />
            {CATEGORY_LABELS[category]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Inserting the restatement</legend>
        <label for="lf-prefix">Words before the restatement</label>
        <input
          id="lf-prefix"
          data-testid="lf-options-prefix"
          type="text"
          maxLength={MAX_PREFIX_CHARS}
          value={prefs.restatementPrefix}
          onChange={(event) => void update({ ...prefs, restatementPrefix: event.currentTarget.value })}
        />
        <button type="button" class="lf-link" onClick={() => void update({ ...prefs, restatementPrefix: DEFAULT_RESTATEMENT_PREFIX })}>
          Reset to "{DEFAULT_RESTATEMENT_PREFIX.trim()}"
        </button>
      </fieldset>
      <p class="lf-muted" role="status">
        {saved}
      </p>
      <p class="lf-muted">Everything ListenFirst keeps stays in this browser, on this computer.</p>
    </main>
  );
}
