import { Badge } from '../../components/ui/badge';
import type { ApiStatus } from '../../engine';
import type { Confirmation } from '../../language/generator-confirm';

const STATUS_TONES: Record<ApiStatus | 'missing', 'success' | 'info' | 'warning' | 'danger'> = {
  allowed: 'success',
  'allowed-missing-dependencies': 'warning',
  conditional: 'info',
  'denied-by-scp': 'danger',
  'explicit-deny': 'danger',
  'implicit-deny': 'danger',
  missing: 'danger',
};

const list = (items: readonly string[]) => items.join(', ');

/** The evaluator's verdict on the generated policy, API by API. */
export function ConfirmationView({ confirmation }: { confirmation: Confirmation }) {
  const { chosen, unexpected, alsoAllowed, services } = confirmation;
  return (
    <section aria-label="Evaluator check" className="space-y-2">
      <h3 className="text-sm font-semibold">Evaluator check (API matrix of {list(services)})</h3>
      <p
        role="status"
        aria-label="Evaluator verdict"
        className={
          confirmation.confirmed
            ? 'text-sm text-emerald-800 dark:text-emerald-200'
            : 'text-sm text-rose-800 dark:text-rose-200'
        }
      >
        {confirmation.confirmed
          ? `Confirmed: ${chosen.length === 1 ? 'the chosen API is' : `all ${chosen.length} chosen APIs are`} allowed, and no other action of ${list(services)} is.`
          : `Not confirmed: ${[
              chosen.some((c) => !c.confirmed) ? 'some chosen APIs are not allowed' : '',
              unexpected.length > 0 ? `${unexpected.length} other actions are allowed too` : '',
            ]
              .filter(Boolean)
              .join('; ')}.`}
      </p>
      <ul aria-label="Chosen APIs in the matrix" className="space-y-1 text-xs">
        {chosen.map((verdict) => (
          <li key={`${verdict.ref.catalogId} ${verdict.ref.apiId}`}>
            <Badge tone={STATUS_TONES[verdict.status]}>{verdict.status}</Badge>{' '}
            <code>{verdict.method ? `${verdict.method} ${verdict.path}` : verdict.path}</code>{' '}
            <span className="text-slate-600 dark:text-slate-300">{verdict.reason}</span>
            {verdict.scopedRequests.length > 0 ? (
              <ul className="mt-0.5 pl-4">
                {verdict.scopedRequests.map((request) => (
                  <li key={`${request.action} ${request.resource}`}>
                    {`${request.decision === 'allow' ? 'allowed' : request.decision} on the named URN: `}
                    <code>{request.action}</code> on <code>{request.resource}</code>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      {unexpected.length > 0 ? (
        <div>
          <h4 className="text-xs font-semibold">Allowed but not asked for</h4>
          <ul className="text-xs">
            {unexpected.map((verdict) => (
              <li key={verdict.action}>
                <code>{verdict.action}</code> — {verdict.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {alsoAllowed.length > 0 ? (
        <details className="text-xs">
          <summary>{`${alsoAllowed.length} other APIs are allowed too: they need only actions granted above`}</summary>
          <ul className="mt-1 space-y-0.5">
            {alsoAllowed.map((row) => (
              <li key={`${row.catalogId} ${row.apiId}`}>
                <code>{row.method ? `${row.method} ${row.path}` : row.path}</code> ({row.action})
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
