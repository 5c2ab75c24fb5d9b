import { Window } from 'happy-dom';
import { readFixtureFile } from '../fixtures/fixture-pages';

/**
 * A fixture page as a Document whose URL is `url`, its scripts not run: for adapters that check the
 * document's URL against what the page shows (a view that lags behind in-page navigation).
 */
export function loadFixtureAt(relativePath: string, url: string, html = readFixtureFile(relativePath)): Document {
  const win = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
  });
  win.document.write(html);
  return win.document as unknown as Document;
}
