// The app shell: skip link, header with the main navigation, the page area, and the live region that
// reads notices out.
import { useLayoutEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useDailyBackup } from '../backup/auto-backup';
import { useNotices } from '../state/notices';
import { requestHeadingFocus } from './heading-focus';
import { useMenuCommands } from './menu-commands';
import { NoticeAnnouncer } from './NoticeAnnouncer';
import { paths } from '../paths';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';

const NAV = [
  { to: paths.projects(), label: 'Projects', end: true },
  { to: paths.library(), label: 'Library', end: false },
  { to: paths.playbook(), label: 'Playbook', end: false },
  { to: paths.settings(), label: 'Settings', end: false },
] as const;

export function Layout() {
  useMenuCommands();
  useDailyBackup();
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  // A layout effect runs before the new screen's own effects, so its heading sees the request.
  useLayoutEffect(() => {
    if (previous.current === pathname) return undefined;
    previous.current = pathname;
    useNotices.getState().pageChanged();
    requestHeadingFocus();
    return undefined;
  }, [pathname]);
  return (
    <>
      <a
        href="#main-content"
        className="skip-link"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main-content')?.focus();
        }}
      >
        Skip to main content
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <span className="app-header__name">
            <span className="app-header__mark" aria-hidden="true" />
            Waymark
          </span>
          <nav aria-label="Main">
            <ul className="app-nav">
              {NAV.map((item) => (
                <li key={item.to}>
                  {/* NavLink marks the current screen with aria-current="page", which the style follows. */}
                  <NavLink to={item.to} end={item.end} className="app-nav__link">
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main-content" className="main" tabIndex={-1}>
        <ScreenErrorBoundary resetKey={pathname}>
          <Outlet />
        </ScreenErrorBoundary>
      </main>
      <footer className="app-footer">
        <p>Waymark keeps your work on this computer. Nothing is sent anywhere.</p>
      </footer>
      <NoticeAnnouncer />
    </>
  );
}
