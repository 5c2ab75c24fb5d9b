import { useState } from 'preact/hooks';
import type { PagePicks as Picks } from '@/lib/anysite/page-picks';
import { pageTicketAt } from '@/lib/anysite/page-ticket';
import type { TicketPageState } from '@/lib/page/ticket-page-watcher';

interface Props {
  page: TicketPageState;
  picks: Picks;
  url: URL;
}

/**
 * On a page no adapter knows: where the reply box and the customer's message are (the agent picks
 * them), and which ticket the address names, said plainly when it names none.
 */
export function PagePicks({ page, picks, url }: Props) {
  const [selectionMissing, setSelectionMissing] = useState(false);
  const [parameterProblem, setParameterProblem] = useState(false);
  const { ticketParameter } = picks.picks();
  const stable = pageTicketAt(url, ticketParameter)?.stable ?? false;
  const key = page.ticket.key;
  const given = picks.givenMessage(key);

  const useSelection = () => setSelectionMissing(!picks.useSelection(key));
  const setParameter = async (name: string) => setParameterProblem(!(await picks.setTicketParameter(name)));

  return (
    <section class="lf-section lf-page-picks" data-testid="lf-page-picks" aria-label="This page">
      <h3 class="lf-section__title">On this page</h3>
      <p data-testid="lf-reply-box-pick" data-state={picks.pickingReplyBox() ? 'picking' : page.editor ? 'picked' : 'missing'}>
        {picks.pickingReplyBox() ? (
          <strong>Click into the reply box on the page.</strong>
        ) : page.editor ? (
          <>
            Reply box picked.{' '}
            <button type="button" class="lf-link" data-testid="lf-pick-reply-box" onClick={() => picks.pickReplyBox()}>
              Pick another
            </button>
          </>
        ) : (
          <>
            The reply box you picked is not on this page.{' '}
            <button type="button" class="lf-link" data-testid="lf-pick-reply-box" onClick={() => picks.pickReplyBox()}>
              Pick it
            </button>
          </>
        )}
      </p>
      <p>
        The customer's message: select it on the page, then{' '}
        <button type="button" class="lf-button lf-button--small" data-testid="lf-use-selection" onClick={useSelection}>
          Use selection
        </button>
        {selectionMissing && <span class="lf-muted"> (nothing is selected on the page)</span>}
      </p>
      <label class="lf-muted">
        or paste it:
        <textarea
          class="lf-textarea"
          data-testid="lf-paste-message"
          rows={2}
          value={given ?? ''}
          onInput={(event) => picks.pasteMessage(key, event.currentTarget.value)}
        />
      </label>
      <p data-testid="lf-page-identity" data-stable={String(stable)}>
        {stable ? (
          <>Drafts are kept for this ticket: {page.ticket.ticketId}</>
        ) : (
          <strong>This address names no ticket: your draft is kept for this address only.</strong>
        )}
      </p>
      <label class="lf-muted">
        Ticket id in the address's parameter (optional):{' '}
        <input
          type="text"
          data-testid="lf-ticket-parameter"
          size={10}
          value={ticketParameter ?? ''}
          onChange={(event) => void setParameter(event.currentTarget.value)}
        />
        {parameterProblem && <span> letters, digits, - _ . only</span>}
      </label>
      <p class="lf-muted">To have ListenFirst open here on its own, choose Remember this site in the toolbar button.</p>
    </section>
  );
}
