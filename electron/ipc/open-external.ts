// Opening a link outside the app (guidance on GOV.UK, an email address): validated, then handed
// to the operating system.
import { isSafeExternalUrl, openExternalLink } from '../security';
import { failure, mainHandler } from './trusted-sender';

export const EXTERNAL_INVALID_ERROR = 'Waymark only opens web addresses and email links.';
export const EXTERNAL_FAILED_ERROR = 'Waymark could not open that link on this computer.';

/** Opens an https, http or mailto link in the person's own browser or mail app. */
export const openExternal = mainHandler('openExternal', async (_event, args) => {
  const url = args[0];
  if (args.length !== 1 || !isSafeExternalUrl(url)) return failure(EXTERNAL_INVALID_ERROR);
  try {
    await openExternalLink(url);
  } catch {
    return failure(EXTERNAL_FAILED_ERROR);
  }
  return { ok: true, value: undefined };
});
