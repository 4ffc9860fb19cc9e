// The frame of every screen: the page title, notices, the heading (which Layout focuses when the
// screen changes) and the page's main actions.
import { useRef, type ReactNode } from 'react';
import { useHeadingFocus } from './heading-focus';
import { usePageTitle } from './page-title';
import { NoticeArea } from './NoticeArea';

interface PageProps {
  title: string;
  /** The visible heading; defaults to the title. */
  heading?: ReactNode;
  caption?: string;
  children: ReactNode;
  actions?: ReactNode;
}

export function Page({ title, heading, caption, children, actions }: PageProps) {
  usePageTitle(title);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useHeadingFocus(headingRef);
  return (
    <>
      <NoticeArea />
      <div className="page-header">
        <div>
          {caption && <span className="caption">{caption}</span>}
          <h1 ref={headingRef} tabIndex={-1}>
            {heading ?? title}
          </h1>
        </div>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
      {children}
    </>
  );
}
