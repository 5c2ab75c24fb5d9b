import { useState } from 'preact/hooks';
import { checkSubscriptionUrl, refreshSubscription, subscribe, SUBSCRIPTION_REFRESH_MINUTES, unsubscribe, type SubscriptionRecord } from '@/lib/playbooks/subscription';
import { formatWhen } from './playbook-source-text';
import { LockedNotice } from './LockedNotice';
import { ProblemList } from './ProblemList';

interface Props {
  subscription: SubscriptionRecord | null;
  locked: boolean;
}

type Status = { kind: 'working'; text: string } | { kind: 'done'; text: string } | { kind: 'failed'; text: string; problems: readonly string[] } | null;

/**
 * Subscribe to a playbook by URL. The site's permission is asked for in the click itself (browsers
 * allow the prompt only there); then the first download must pass before anything is saved.
 */
export function SubscriptionSettings({ subscription, locked }: Props) {
  const [url, setUrl] = useState('');
  const [status, setStatus] = useState<Status>(null);

  const start = () => {
    const checked = checkSubscriptionUrl(url);
    if (!checked.ok) return setStatus({ kind: 'failed', text: 'Not subscribed; your current playbook is unchanged. Playbook address:', problems: [checked.error] });
    setStatus({ kind: 'working', text: `Asking for permission to read ${new URL(checked.url).host}…` });
    // No await before this call: the permission prompt needs the click's user gesture.
    void browser.permissions.request({ origins: [checked.originPattern] }).then(async (granted) => {
      if (!granted) return setStatus({ kind: 'failed', text: 'Not subscribed:', problems: [`ListenFirst needs permission to read ${new URL(checked.url).host}.`] });
      setStatus({ kind: 'working', text: `Downloading ${checked.url}…` });
      const read = await subscribe(checked.url);
      if (read.ok) {
        setUrl('');
        setStatus({ kind: 'done', text: `Subscribed to "${read.playbook.name}". It is checked for updates every hour.` });
      } else {
        setStatus({ kind: 'failed', text: `Not subscribed: ${checked.url} could not be used. Your current playbook is unchanged.`, problems: read.problems });
      }
    });
  };

  const refresh = async () => {
    setStatus({ kind: 'working', text: 'Checking for an update…' });
    const outcome = await refreshSubscription();
    if (!outcome.subscribed) return setStatus(null);
    setStatus(
      outcome.ok
        ? { kind: 'done', text: `Updated: "${outcome.record.lastGood.playbook.name}".` }
        : { kind: 'failed', text: 'The update failed; the last good copy stays in use:', problems: outcome.problems },
    );
  };

  const stop = async () => {
    await unsubscribe();
    setStatus({ kind: 'done', text: 'Unsubscribed. The playbook kept in this browser (or the built-in one) is in use again.' });
  };

  const lastFailed = subscription && subscription.lastAttempt.problems.length > 0 ? subscription.lastAttempt : null;
  return (
    <fieldset class="lf-subscription" data-testid="lf-subscription" disabled={locked} aria-describedby={locked ? 'lf-subscription-locked' : undefined}>
      <legend>Subscribe to a team playbook</legend>
      <LockedNotice id="lf-subscription-locked" origin="policy" locked={locked} />
      {subscription ? (
        <>
          <p data-testid="lf-subscription-source">
            From <a href={subscription.url}>{subscription.url}</a>
          </p>
          <p data-testid="lf-subscription-updated">
            Last updated {formatWhen(subscription.lastGood.fetchedAt)}. Checked every {SUBSCRIPTION_REFRESH_MINUTES} minutes.
          </p>
          {lastFailed && (
            <ProblemList
              testId="lf-subscription-failure"
              intro={`The check at ${formatWhen(lastFailed.at)} failed, so the copy from ${formatWhen(subscription.lastGood.fetchedAt)} stays in use:`}
              problems={lastFailed.problems}
            />
          )}
          <div class="lf-row">
            <button type="button" class="lf-button" data-testid="lf-subscription-refresh" onClick={() => void refresh()}>
              Check for an update now
            </button>
            <button type="button" class="lf-button lf-button--secondary" data-testid="lf-unsubscribe" onClick={() => void stop()}>
              Unsubscribe
            </button>
          </div>
        </>
      ) : (
        <>
          <p class="lf-muted">
            Your team keeps its playbook at an address (an intranet page, a repository's raw file); ListenFirst reads it from there and keeps the last good copy if the
            address stops working.
          </p>
          <label for="lf-subscription-url">Playbook address</label>
          <input
            id="lf-subscription-url"
            data-testid="lf-subscription-url"
            type="url"
            placeholder="https://intranet.example.com/support/playbook.json"
            value={url}
            onInput={(event) => setUrl(event.currentTarget.value)}
          />
          <div class="lf-row">
            <button type="button" class="lf-button" data-testid="lf-subscribe" onClick={start}>
              Subscribe
            </button>
          </div>
        </>
      )}
      <div role="status" data-testid="lf-subscription-status">
        {status && status.kind !== 'failed' && <p>{status.text}</p>}
      </div>
      <div role="alert">
        {status?.kind === 'failed' && <ProblemList testId="lf-subscription-problems" intro={status.text} problems={status.problems} />}
      </div>
    </fieldset>
  );
}
