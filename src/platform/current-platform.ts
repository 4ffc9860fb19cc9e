// Chooses the platform implementation once, at start-up.
import type { AppApi } from '../contract/bridge';
import { desktopPlatform } from './desktop-platform';
import type { Platform } from './platform';
import { webPlatform } from './web-platform';

declare global {
  interface Window {
    /** Present only inside the desktop app, exposed by the preload. */
    waymark?: AppApi;
  }
}

let chosen: Platform | null = null;

export function currentPlatform(): Platform {
  chosen ??=
    typeof window !== 'undefined' && window.waymark?.kind === 'desktop'
      ? desktopPlatform(window.waymark)
      : webPlatform();
  return chosen;
}

/** Lets tests put a fake platform in place. */
export function setPlatform(platform: Platform): void {
  chosen = platform;
}
