// A list of facts as label and value pairs (the summary list pattern).
import type { ReactNode } from 'react';

export function SummaryList({ rows, compact }: { rows: readonly (readonly [string, ReactNode])[]; compact?: boolean }) {
  return (
    <dl className={`summary-list${compact ? ' summary-list--compact' : ''}`}>
      {rows.map(([key, value]) => (
        <div className="summary-list__row" key={key}>
          <dt className="summary-list__key">{key}</dt>
          <dd className="summary-list__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
