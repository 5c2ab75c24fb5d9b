import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_DRAFT_TEXT } from '@/lib/drafts/limits';
import { useReplyMirror, type ReplyMirror } from './use-reply-mirror';

/** The length of every text handed to the redaction. */
const redactedLengths: number[] = [];
vi.mock('@/lib/drafts/redact-sensitive', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/drafts/redact-sensitive')>();
  return { ...original, redactSensitive: (text: string) => (redactedLengths.push(text.length), original.redactSensitive(text)) };
});
import type { SavedReply, TicketDraft } from './use-ticket-draft';

const container = document.createElement('div');
let mirror: ReplyMirror | null = null;
afterEach(() => {
  render(null, container);
  mirror = null;
});

function fakeDraft(savedReply: SavedReply | null = null): TicketDraft {
  return {
    loaded: true,
    restatement: '',
    checklist: {},
    dismissedHints: [],
    savedReply,
    status: { state: 'idle' } as TicketDraft['status'],
    setRestatement: vi.fn(),
    setChecklist: vi.fn(),
    dismissHint: vi.fn(),
    setReply: vi.fn(),
    replySent: vi.fn(),
    conflict: null,
    keepMine: vi.fn(),
    takeTheirs: vi.fn(),
  };
}

const noSubmit = () => undefined;
const editor = document.createElement('div');
function Probe({ draft, text, posted }: { draft: TicketDraft; text: string; posted?: string[] }) {
  mirror = useReplyMirror(draft, { text, element: editor }, noSubmit, posted);
  return null;
}
const show = (draft: TicketDraft, text: string, posted?: string[]) => act(() => render(<Probe draft={draft} text={text} posted={posted} />, container));

describe('useReplyMirror', () => {
  it('mirrors the reply with secrets replaced, and only the start of one longer than a draft keeps', async () => {
    const draft = fakeDraft();
    await show(draft, 'Your card 4111 1111 1111 1111 is on file.');
    expect(vi.mocked(draft.setReply).mock.lastCall?.[0]).not.toContain('4111 1111 1111 1111');
    await show(draft, `Log follows:\n${'x'.repeat(150_000)}`);
    const mirrored = vi.mocked(draft.setReply).mock.lastCall?.[0] ?? '';
    expect(mirrored).toHaveLength(100_000);
    expect(mirrored.startsWith('Log follows:')).toBe(true);
  });

  it('caps a pasted megabyte before redacting it, and still removes a secret that straddles the cap', async () => {
    const draft = fakeDraft();
    const beforeCard = 'x'.repeat(MAX_DRAFT_TEXT - 10);
    await show(draft, `${beforeCard} 4111 1111 1111 1111 ${'y'.repeat(1_000_000)}`);
    expect(Math.max(...redactedLengths)).toBeLessThanOrEqual(MAX_DRAFT_TEXT + 1_024);
    const mirrored = vi.mocked(draft.setReply).mock.lastCall?.[0] ?? '';
    expect(mirrored).toHaveLength(MAX_DRAFT_TEXT);
    expect(mirrored.slice(beforeCard.length)).toBe(' [card num');
  });

  it('offers a saved reply the editor lacks, and mirrors nothing over it until it is dealt with', async () => {
    const draft = fakeDraft({ text: 'Hi Marta, I checked all three seats.', savedAt: Date.now() });
    await show(draft, '');
    expect(mirror?.offer?.text).toBe('Hi Marta, I checked all three seats.');
    expect(draft.setReply).not.toHaveBeenCalled();
    await show(draft, 'Hi Marta, I checked all three seats.');
    expect(mirror?.offer).toBeNull();
  });

  it('clears a saved reply the thread shows as sent (a send whose next page was another ticket), and offers back one it does not', async () => {
    const saved = { text: "Just to make sure I've understood: the export fails.\nI have asked billing.", savedAt: Date.now() };
    const kept = fakeDraft(saved);
    await show(kept, '', ['Hi Marta, could you tell me which browser you use?']);
    expect(mirror?.offer?.text).toBe(saved.text);
    expect(kept.replySent).not.toHaveBeenCalled();

    const sent = fakeDraft(saved);
    await show(sent, '', ["Just to make sure I've understood: the export fails. I have asked billing.\n--\nSupport"]);
    expect(mirror?.offer).toBeNull();
    expect(sent.replySent).toHaveBeenCalledOnce();
    expect(vi.mocked(sent.setReply).mock.calls.every(([text]) => text === '')).toBe(true);
  });
});
