/**
 * When the agent sends the reply with the helpdesk's own submit: a click on its button in the active
 * ticket, or Ctrl/Cmd+Enter in its editor. Only events the browser made from the agent's input count
 * (`isTrusted`): the page's own scripts can dispatch a click or a keydown at will, and a "sent" reply
 * is cleared from the draft.
 */
export interface ReplySubmitTargets {
  /** The helpdesk's submit buttons (the adapter's selector). */
  submitSelector: string;
  /** The active ticket's pane, or null. */
  ticketRoot(): Element | null;
  /** The reply editor, or null. */
  editorElement(): Element | null;
}

export function watchReplySubmit(doc: Document, targets: ReplySubmitTargets, onSubmit: () => void, signal: AbortSignal): void {
  doc.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted) return;
      const target = event.target instanceof Element ? event.target : null;
      const root = target?.closest(targets.submitSelector) ? targets.ticketRoot() : null;
      if (root?.contains(target)) onSubmit();
    },
    { capture: true, signal },
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
      const editor = targets.editorElement();
      if (editor && event.target instanceof Node && editor.contains(event.target)) onSubmit();
    },
    { capture: true, signal },
  );
}
