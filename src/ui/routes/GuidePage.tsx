// One playbook guide, rendered safely from its Markdown, with what it helps with.
import { Link, useParams } from 'react-router';
import { useActivePacks } from '../data';
import { licenceLabel } from '../../domain/own-pack';
import type { GuideTemplate, PackTemplate } from '../../domain/pack';
import { Page } from '../components/Page';
import { GuideMarkdown } from '../library/GuideMarkdown';
import { paths } from '../paths';
import { NotFoundPage } from './NotFoundPage';

interface HelpTarget {
  label: string;
  to: string | null;
}

function itemTitle(template: PackTemplate, itemId: string): string | null {
  switch (template.kind) {
    case 'standard':
      return template.points.find((p) => p.id === itemId)?.title.replace(/^/, `${itemId}. `) ?? null;
    case 'business-case':
      return template.sections.flatMap((s) => [s, ...(s.sections ?? [])]).find((s) => s.id === itemId)?.title ?? null;
    case 'maturity-model':
      return (
        template.categories.flatMap((c) => [c, ...(c.dimensions ?? [])]).find((c) => c.id === itemId)?.title ?? null
      );
    case 'process':
      return template.steps.find((s) => s.id === itemId)?.name ?? null;
    case 'guide':
    case 'crosswalk':
      return null;
  }
}

/** Words for a reference whose pack, template or item is not installed, such as "point 7 of a pack that is not installed (gov-uk-service-standard)". */
function missingTarget(
  itemId: string,
  packId: string,
  templateTitle: string | undefined,
  packInstalled: boolean,
): string {
  const item = /^\d+$/.test(itemId) ? `point ${itemId}` : itemId ? `the part “${itemId}”` : 'a part';
  if (templateTitle) return `${templateTitle}: ${item}, which is no longer in it`;
  if (packInstalled) return `${item} of a template that is not in the installed pack (${packId})`;
  return `${item} of a pack that is not installed (${packId})`;
}

export function GuidePage() {
  const { packId, guideId } = useParams();
  const packs = useActivePacks();
  if (!packs) return <p className="muted">Loading…</p>;
  const stored = packs.find((p) => p.id === packId);
  const guide = stored?.pack.templates.find((t): t is GuideTemplate => t.kind === 'guide' && t.id === guideId);
  if (!stored || !guide) return <NotFoundPage />;

  const targets: HelpTarget[] = (guide.helps_with ?? []).map((ref) => {
    const [path = '', itemId = ''] = ref.split('#');
    const [refPack, refTemplate] = path.includes('/') ? path.split('/') : [stored.id, path];
    const refStored = packs.find((p) => p.id === refPack);
    const template = refStored?.pack.templates.find((t) => t.id === refTemplate);
    const title = template ? itemTitle(template, itemId) : null;
    if (!template || !title || !refPack)
      return {
        label: missingTarget(itemId, refPack ?? '', refStored ? template?.title : undefined, refStored !== undefined),
        to: null,
      };
    return { label: `${template.title}: ${title}`, to: paths.template(refPack, template.id) };
  });

  return (
    <Page title={guide.title} caption="Playbook guide">
      {guide.summary && <p className="lead">{guide.summary}</p>}
      <GuideMarkdown markdown={guide.body} />
      {targets.length > 0 && (
        <aside className="related" aria-labelledby="helps-with-heading">
          <h2 id="helps-with-heading">This guide helps with</h2>
          <ul className="list list--bullet">
            {targets.map((t) => (
              <li key={t.label}>{t.to ? <Link to={t.to}>{t.label}</Link> : <span>{t.label}</span>}</li>
            ))}
          </ul>
        </aside>
      )}
      <p className="hint">
        From <Link to={paths.pack(stored.id)}>{stored.pack.manifest.name}</Link>, guide version {guide.version},
        licence: {licenceLabel(stored.pack.manifest.licence)}.
      </p>
    </Page>
  );
}
