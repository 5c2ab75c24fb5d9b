/**
 * The toolbar button's three states and the icon files that draw them. The PNGs are rendered from
 * assets/icons/<state>.svg by `npm run icons` into the build's public folder (assets/public/icons/).
 */
export type ToolbarState = 'active' | 'paused' | 'idle';

export const TOOLBAR_STATES: readonly ToolbarState[] = ['active', 'paused', 'idle'];

/** What the button's tooltip says in each state. */
export const TOOLBAR_TITLES: Record<ToolbarState, string> = {
  active: 'ListenFirst: active on this ticket',
  paused: 'ListenFirst: paused on this site',
  idle: 'ListenFirst: not a ticket page',
};

/** Toolbar sizes (1x and 2x screens). The active icon is also the extension's own, at every size. */
export const TOOLBAR_ICON_SIZES = [16, 32] as const;
export const EXTENSION_ICON_SIZES = [16, 32, 48, 128] as const;

export const iconPath = (state: ToolbarState, size: number) => `icons/${state}-${size}.png`;

const sizedPaths = (state: ToolbarState, sizes: readonly number[]) =>
  Object.fromEntries(sizes.map((size) => [String(size), iconPath(state, size)]));

/** `icons` in the manifest: the extension's icon in the browser's lists and stores. */
// Pure: a bundle that imports this module but not the icons (the content script) leaves the call out.
export const EXTENSION_ICONS = /* @__PURE__ */ sizedPaths('active', EXTENSION_ICON_SIZES);

/** The paths `action.setIcon` takes for a state. */
export const toolbarIcon = (state: ToolbarState) => sizedPaths(state, TOOLBAR_ICON_SIZES);

/** Every PNG the build must hold: each state at toolbar sizes, the active icon at every size. */
export function iconFiles(): { state: ToolbarState; size: number; path: string }[] {
  return TOOLBAR_STATES.flatMap((state) =>
    (state === 'active' ? EXTENSION_ICON_SIZES : TOOLBAR_ICON_SIZES).map((size) => ({ state, size, path: iconPath(state, size) })),
  );
}
