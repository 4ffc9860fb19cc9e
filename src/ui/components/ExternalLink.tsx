// A link that leaves Waymark. Only web and email addresses are shown as links; anything else is shown
// as text. The desktop app opens them in the person's own browser.
import type { ReactNode } from 'react';
import { isSafeExternalUrl } from '../../platform/platform';

export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  if (!isSafeExternalUrl(href)) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> (opens outside Waymark)</span>
    </a>
  );
}
