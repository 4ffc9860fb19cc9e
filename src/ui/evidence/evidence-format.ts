// How evidence details read on screen.
import { formatBytes } from '../../platform/storage-status';

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** An evidence date (`YYYY-MM-DD`) as people read it, for example "27 March 2026". */
export function evidenceDate(date: string | null): string {
  if (date === null) return 'Not given';
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : dayFormat.format(parsed);
}

/** A file size in words, for example "2.4 MB". */
export function fileSize(bytes: number): string {
  return formatBytes(bytes);
}
