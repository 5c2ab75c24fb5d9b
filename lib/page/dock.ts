/**
 * Docks the sidebar at the right edge and pushes the helpdesk's content aside, so the sidebar never
 * covers the helpdesk's own controls (the submit button sits at the bottom right in both helpdesks).
 */
export const SIDEBAR_WIDTH_PX = 340;

export function dockSidebar(host: HTMLElement, doc: Document, widthPx = SIDEBAR_WIDTH_PX): () => void {
  Object.assign(host.style, {
    position: 'fixed',
    top: '0',
    right: '0',
    bottom: '0',
    width: `${widthPx}px`,
    zIndex: '2147483000',
  });
  const html = doc.documentElement;
  const previous = html.style.getPropertyValue('margin-right');
  const previousPriority = html.style.getPropertyPriority('margin-right');
  html.style.setProperty('margin-right', `${widthPx}px`, 'important');
  return () => html.style.setProperty('margin-right', previous, previousPriority);
}
