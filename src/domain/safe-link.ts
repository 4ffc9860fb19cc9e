// Which links may leave Waymark: web pages (http, https) and email addresses (mailto). Used wherever a
// link from a file or from a person could be opened or written into a document.

/** The only parts an email link may carry after "?": anything else (such as attach=) is refused. */
const MAILTO_FIELDS = new Set(['subject', 'body', 'cc', 'bcc']);

export const MAX_LINK_LENGTH = 2048;

/** Why a mailto link's "?" part is not allowed, or null when it is fine. */
export function mailtoQueryProblem(url: URL): string | null {
  for (const key of url.searchParams.keys())
    if (!MAILTO_FIELDS.has(key.toLowerCase()))
      return `asks the email program for "${key}", which is not allowed; only subject, body, cc and bcc are`;
  return null;
}

/**
 * True for a link that is safe to open or write into a document: http or https with a site name and no
 * user name or password, or mailto with at most a subject, body, cc and bcc; no spaces, quotes or angle
 * brackets anywhere, and at most MAX_LINK_LENGTH characters.
 */
export function isSafeExternalLink(address: string): boolean {
  if (address.length === 0 || address.length > MAX_LINK_LENGTH || /[\s<>"'`\\]/.test(address)) return false;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return false;
  }
  if (url.protocol === 'http:' || url.protocol === 'https:')
    return url.hostname !== '' && url.username === '' && url.password === '';
  if (url.protocol === 'mailto:') return url.pathname.includes('@') && mailtoQueryProblem(url) === null;
  return false;
}
