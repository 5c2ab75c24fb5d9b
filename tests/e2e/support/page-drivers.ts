/**
 * What tests/e2e/editor-drivers.e2e.ts bundles into its fixture page as `window.__lfDrivers`:
 * the page-world drivers and the reader both worlds share, exactly as the bridge runs them.
 */
export { runPageEditorOperation } from '@/lib/editor-bridge/drivers';
export { readEditorText } from '@/lib/editor-bridge/editor-text';
