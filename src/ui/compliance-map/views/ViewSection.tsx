// The frame every map view shares: a section named by its heading, which takes focus (never from Tab)
// when the findings summary links to it, and an in-page link that moves there without changing the
// app's address (the app routes by the address's hash, so a plain "#id" link would leave the page).
import type { ReactNode } from 'react';

export function ViewSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="map-view" aria-labelledby={id}>
      <h2 id={id} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

export function SectionLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <a
      href={`#${to}`}
      onClick={(event) => {
        event.preventDefault();
        const target = document.getElementById(to);
        target?.scrollIntoView({ block: 'start' });
        target?.focus();
      }}
    >
      {children}
    </a>
  );
}
