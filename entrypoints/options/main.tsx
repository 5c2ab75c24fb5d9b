import { render } from 'preact';
import '@/assets/extension-page.css';
import '@/assets/options-page.css';
import { OptionsApp } from '@/components/options/OptionsApp';

render(<OptionsApp />, document.getElementById('app')!);
