import { SIDEBAR_MAX_WIDTH_PX, SIDEBAR_MIN_WIDTH_PX } from '@/lib/settings/ui-prefs';

interface Props {
  widthPx: number;
  /** `done` is false while dragging (live preview) and true when the width should be remembered. */
  onResize(widthPx: number, done: boolean): void;
}

const KEY_STEP_PX = 20;

/** The sidebar's left edge: drag it, or focus it and use the arrow keys. */
export function ResizeHandle({ widthPx, onResize }: Props) {
  const onPointerDown = (event: PointerEvent) => {
    const handle = event.currentTarget as HTMLElement;
    handle.setPointerCapture(event.pointerId);
    const startX = event.clientX;
    const startWidth = widthPx;
    const widthAt = (x: number) => startWidth + (startX - x);
    const move = (e: PointerEvent) => onResize(widthAt(e.clientX), false);
    const up = (e: PointerEvent) => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
      handle.removeEventListener('pointercancel', up);
      onResize(widthAt(e.clientX), true);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
    handle.addEventListener('pointercancel', up);
    event.preventDefault();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const delta = { ArrowLeft: KEY_STEP_PX, ArrowRight: -KEY_STEP_PX }[event.key];
    if (delta !== undefined) {
      onResize(widthPx + delta, true);
      event.preventDefault();
    } else if (event.key === 'Home' || event.key === 'End') {
      onResize(event.key === 'Home' ? SIDEBAR_MAX_WIDTH_PX : SIDEBAR_MIN_WIDTH_PX, true);
      event.preventDefault();
    }
  };
  return (
    <div
      class="lf-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize the ListenFirst sidebar"
      aria-valuemin={SIDEBAR_MIN_WIDTH_PX}
      aria-valuemax={SIDEBAR_MAX_WIDTH_PX}
      aria-valuenow={widthPx}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}
