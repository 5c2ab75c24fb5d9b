import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { handleListeningMessage } from '@/lib/listening-service/handler';
import type { ListeningRequest, ListeningResponse } from '@/lib/listening-service/messages';
import { useListening, type ListeningState } from './use-listening';

// Held constant, as the sidebar holds them (memoised): a new array would be a new request.
const EXTENSION_ID = 'eogeijhcobiipaadjjgcihpmhoboinkc';
const SIDEBAR = { id: EXTENSION_ID, tab: { index: 0, highlighted: true, active: true, pinned: false, incognito: false }, frameId: 0, url: 'https://acme.zendesk.com/agent/tickets/1' };
const settings = { disabledCategories: [], termPairs: [], jargon: [] };
const earlier: string[] = [];
const container = document.createElement('div');
let seen: ListeningState = { result: null, restatement: null, problem: null };

function Probe({ reply, analyze }: { reply: string; analyze: (request: ListeningRequest) => Promise<ListeningResponse> }) {
  seen = useListening({ reply, customer: 'My invoice is wrong', earlier, restatement: '', settings }, analyze);
  return null;
}

/** An analyze whose answers the test releases one by one, in any order. */
function heldAnswers() {
  const pending: { request: ListeningRequest; answer: (response: ListeningResponse) => void; fail: (error: Error) => void }[] = [];
  const analyze = (request: ListeningRequest) =>
    new Promise<ListeningResponse>((answer, fail) => pending.push({ request, answer, fail }));
  const release = async (index: number, response?: ListeningResponse) => {
    const call = pending[index]!;
    // By default the background's own handler answers: validation included, as in the extension.
    await settle(() => call.answer(response ?? handleListeningMessage(call.request, SIDEBAR, EXTENSION_ID)));
  };
  return { analyze, pending, release };
}

/** Runs `step`, then lets every promise it set off finish. */
const settle = (step: () => void) =>
  act(async () => {
    step();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
/** Renders (act runs the effects, which ask), then lets the asking finish. */
async function show(reply: string, analyze: (request: ListeningRequest) => Promise<ListeningResponse>) {
  act(() => render(<Probe reply={reply} analyze={analyze} />, container));
  await settle(() => undefined);
}
const shownHints = () => seen.result?.analysis.hints.map((h) => h.text) ?? null;

afterEach(() => {
  render(null, container);
  seen = { result: null, restatement: null, problem: null };
});

describe('useListening', () => {
  it('shows nothing until the first answer, then the answer for what was asked', async () => {
    const { analyze, release } = heldAnswers();
    await show('Are you sure you sent it?', analyze);
    expect(seen.result).toBeNull();
    await release(0);
    expect(shownHints()).toEqual(['Are you sure']);
    // Said with the answer: which restatement it was about (the sidebar ticks only from a matching one).
    expect(seen.restatement).toBe('');
  });

  it('never lets an older answer that arrives late replace a newer one', async () => {
    const { analyze, pending, release } = heldAnswers();
    await show('Are you sure you sent it?', analyze);
    await show('Thanks for the details. Calm down, please.', analyze);
    expect(pending.map((call) => call.request.reply)).toEqual(['Are you sure you sent it?', 'Thanks for the details. Calm down, please.']);
    await release(1);
    expect(shownHints()).toEqual(['Calm down']);
    await release(0);
    expect(shownHints()).toEqual(['Calm down']);
  });

  it('keeps the last answer on screen and says why when the background refuses or cannot answer', async () => {
    const { analyze, pending, release } = heldAnswers();
    await show('Are you sure you sent it?', analyze);
    await release(0);
    await show('Did you actually click it?', analyze);
    await release(1, { ok: false, code: 'invalid', error: 'reply: expected text' });
    expect(shownHints()).toEqual(['Are you sure']);
    expect(seen.problem).toBe('reply: expected text');
    await show('Did you even click it?', analyze);
    await settle(() => pending[2]!.fail(new Error('Extension context invalidated.')));
    expect(seen.problem).toBe('Extension context invalidated.');
    await show('Did you really click it?', analyze);
    await release(3);
    expect(seen.problem).toBeNull();
    expect(shownHints()).toEqual(['Did you really click']);
  });

  it('trims a pasted log to what the background accepts, rather than getting refused', async () => {
    const { analyze, pending, release } = heldAnswers();
    await show(`Are you sure? ${'x'.repeat(150_000)}`, analyze);
    expect(pending[0]!.request.reply).toHaveLength(100_000);
    await release(0);
    expect(seen.problem).toBeNull();
    expect(seen.result?.analysis.truncated).toBe(true);
    expect(shownHints()).toEqual(['Are you sure']);
  });

  it('survives an analyze that throws at once, or answers nothing', async () => {
    await show('Hello', () => {
      throw new Error('Extension context invalidated.');
    });
    expect(seen.problem).toBe('Extension context invalidated.');
    await show('Hello again', async () => undefined as unknown as ListeningResponse);
    expect(seen.problem).toMatch(/did not answer/);
  });
});
