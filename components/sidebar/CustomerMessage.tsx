import { useState } from 'preact/hooks';
import type { ConversationMessage } from '@/lib/adapters/types';

interface Props {
  message: ConversationMessage | null;
  loading: boolean;
}

const PREVIEW_CHARS = 600;

/** The customer's latest message, as they wrote it this time (quoted history left out). */
export function CustomerMessage({ message, loading }: Props) {
  const [expanded, setExpanded] = useState(false);
  if (!message) {
    return (
      <section class="lf-section lf-customer" data-testid="lf-customer-message" aria-label="Customer's latest message">
        <h3 class="lf-section__title">What the customer said</h3>
        <p class="lf-muted">{loading ? 'Reading the conversation…' : 'No message from the customer found on this page.'}</p>
      </section>
    );
  }
  const long = message.text.length > PREVIEW_CHARS;
  const text = long && !expanded ? `${message.text.slice(0, PREVIEW_CHARS).trimEnd()}…` : message.text;
  return (
    <section class="lf-section lf-customer" data-testid="lf-customer-message" aria-label="Customer's latest message">
      <h3 class="lf-section__title">
        What {message.author || 'the customer'} said
        {message.time && <time dateTime={message.time}> · {formatTime(message.time)}</time>}
      </h3>
      {/* Scrolls when long, so it takes focus: keyboard users can scroll it too. */}
      <blockquote class="lf-customer__text" tabIndex={0} aria-label="The customer's message">
        {text}
      </blockquote>
      {long && (
        <button type="button" class="lf-link" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Show less' : 'Show the whole message'}
        </button>
      )}
    </section>
  );
}

function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
