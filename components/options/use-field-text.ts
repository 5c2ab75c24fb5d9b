import { useEffect, useState } from 'preact/hooks';

/**
 * The text a field shows while the agent edits a value that is saved only on commit (the change
 * event): theirs while they type, so a re-render from elsewhere (a save finishing, another setting
 * changing) never puts the stored value back under their cursor; a new stored value replaces it.
 */
export function useFieldText(stored: string): [string, (text: string) => void] {
  const [text, setText] = useState(stored);
  useEffect(() => setText(stored), [stored]);
  return [text, setText];
}
