/**
 * Docks the sidebar at the right edge and pushes the helpdesk's content aside, so the sidebar never
 * covers the helpdesk's own controls (the submit button sits at the bottom right in both helpdesks).
 */
export const SIDEBAR_WIDTH_PX = 340;

export function dockSidebar(host: HTMLElement, doc: Document, widthPx = SIDEBAR_WIDTH_PX): () => void {
  // Position and size come from the shadow root's :host rules (assets/sidebar.css); the width here.
  host.style.setProperty('--lf-width', `${widthPx}px`);
  const html = doc.documentElement;
  const previous = html.style.getPropertyValue('margin-right');
  const previousPriority = html.style.getPropertyPriority('margin-right');
  html.style.setProperty('margin-right', `${widthPx}px`, 'important');
  return () => html.style.setProperty('margin-right', previous, previousPriority);
}
