import { render } from 'preact';
import '@/assets/extension-page.css';
import '@/assets/options-page.css';
import privacyPolicy from '@/PRIVACY.md?raw';
import { MarkdownDocument } from '@/components/privacy/MarkdownDocument';

// PRIVACY.md, bundled: the policy reads the same in the repository and offline in the extension.
render(
  <main class="lf-page lf-options">
    <MarkdownDocument source={privacyPolicy} />
  </main>,
  document.getElementById('app')!,
);
