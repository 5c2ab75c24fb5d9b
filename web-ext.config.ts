import { defineWebExtConfig } from 'wxt';

// `wxt` dev mode would try to open a browser and crash on machines without a display.
export default defineWebExtConfig({ disabled: true });
