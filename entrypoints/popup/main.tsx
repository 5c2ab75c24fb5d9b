import { render } from 'preact';
import '@/assets/extension-page.css';
import { PopupApp } from '@/components/popup/PopupApp';

render(<PopupApp />, document.getElementById('app')!);
