import type { Grant, GrantReason } from '../../language/generator-policy';

function Reason({ reason }: { reason: GrantReason }) {
  if (reason.kind === 'sign-in') {
    return (
      <>
        keeps sign-in and token issuance working under an allow-list SCP (Organizations
        documentation)
      </>
    );
  }
  if (reason.kind === 'api') {
    return (
      <>
        {'for '}
        <code>{reason.api}</code>
      </>
    );
  }
  return (
    <>
      {'because '}
      <code>{reason.api}</code>
      {' depends on it'}
      {reason.condition ? ` (only when: ${reason.condition})` : ''}
    </>
  );
}

/** What the generator added and why, one line per action. */
export function GrantList({ grants }: { grants: readonly Grant[] }) {
  return (
    <ul aria-label="What it grants and why" className="space-y-1 text-xs">
      {grants.map((grant) => (
        <li key={grant.action}>
          <code className="font-semibold">{grant.action}</code>{' '}
          {grant.reasons.map((reason, i) => (
            <span key={i}>
              {i > 0 ? '; ' : ''}
              <Reason reason={reason} />
            </span>
          ))}
          {grant.known ? null : (
            <span className="text-amber-800 dark:text-amber-200">
              {' '}
              · not in the loaded catalogs
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
