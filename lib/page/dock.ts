/**
 * Docks the sidebar at the right edge and pushes the helpdesk's content aside by the same width,
 * so the sidebar never covers the helpdesk's own controls (both put submit at the bottom right).
 * Position and size come from the shadow root's :host rules (assets/sidebar.css): the host is reset
 * with `all: initial !important` from inside the shadow root, which beats inline styles.
 */
export interface Dock {
  setWidth(widthPx: number): void;
  undock(): void;
}

export function dockSidebar(host: HTMLElement, doc: Document, widthPx: number): Dock {
  const html = doc.documentElement;
  const previous = html.style.getPropertyValue('margin-right');
  const previousPriority = html.style.getPropertyPriority('margin-right');
  const setWidth = (px: number) => {
    host.style.setProperty('--lf-width', `${px}px`);
    html.style.setProperty('margin-right', `${px}px`, 'important');
  };
  setWidth(widthPx);
  return {
    setWidth,
    undock: () => html.style.setProperty('margin-right', previous, previousPriority),
  };
}
