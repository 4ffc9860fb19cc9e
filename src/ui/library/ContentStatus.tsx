// Whether a template (or a pack) can be relied on today: when its content was last checked against its
// sources, a notice when that was more than a year ago, and a notice when the template has been superseded,
// with a link to what replaces it.
import { Link } from 'react-router';
import { checkedDate, formatCheckedDate, isCheckOverdue, isoDay, replacementOf } from '../../domain/content-age';
import type { Pack, PackTemplate } from '../../domain/pack';
import { paths } from '../paths';

/** The superseded notice: the date, what to do, and the template that replaces it. */
export function SupersededNotice({ pack, template, packId }: { pack: Pack; template: PackTemplate; packId: string }) {
  const superseded = template.superseded;
  if (!superseded) return null;
  const replacement = replacementOf(pack, template);
  return (
    <div
      className="content-notice content-notice--superseded"
      role="note"
      aria-labelledby={`superseded-${template.id}`}
    >
      <h2 className="content-notice__heading" id={`superseded-${template.id}`}>
        Superseded on {formatCheckedDate(superseded.date)}
      </h2>
      <p>{superseded.note}</p>
      {replacement && (
        <p>
          Use{' '}
          <Link to={paths.template(packId, replacement.id)}>
            {replacement.title} (version {replacement.version})
          </Link>{' '}
          instead. This version stays in the Library so that projects that use it still open.
        </p>
      )}
    </div>
  );
}

/** "Checked against its sources on 1 December 2026", or a notice when that was more than a year ago. */
export function CheckedStatus({
  pack,
  template,
  today = isoDay(new Date()),
}: {
  pack: Pack;
  template?: PackTemplate;
  today?: string;
}) {
  const checked = checkedDate(pack, template);
  if (checked === undefined)
    return (
      <p className="muted content-checked">The publisher has not recorded when this was checked against its sources.</p>
    );
  if (!isCheckOverdue(checked, today))
    return <p className="content-checked">Checked against its sources on {formatCheckedDate(checked)}.</p>;
  return (
    <div className="content-notice content-notice--overdue" role="note">
      <p className="content-notice__heading">
        Last checked against its sources on {formatCheckedDate(checked)}, more than a year ago.
      </p>
      <p>
        Titles, numbering and rules may have changed since. Check the sources listed on the pack&apos;s page before you
        rely on it in a board paper.
      </p>
    </div>
  );
}

/** A short tag for lists: "Superseded 1 April 2026". */
export function SupersededTag({ date }: { date: string }) {
  return <strong className="tag tag--superseded">Superseded {formatCheckedDate(date)}</strong>;
}
