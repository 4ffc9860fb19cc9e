// One template, laid out for reading, with the guides that help, and what can be done with it.
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useActivePacks } from '../data';
import { guidesByItem } from '../../domain/guide-links';
import { licenceLabel } from '../../domain/own-pack';
import { Page } from '../components/Page';
import { PlainText } from '../components/PlainText';
import { SummaryList } from '../components/SummaryList';
import { CheckedStatus, SupersededNotice } from '../library/ContentStatus';
import { ExportTemplate } from '../library/ExportTemplate';
import { KIND_LABELS } from '../library/labels';
import { paths } from '../paths';
import { TemplatePreview } from '../library/TemplatePreview';
import { TemplateUsages } from '../library/TemplateUsages';
import { NotFoundPage } from './NotFoundPage';

export function TemplatePage() {
  const { packId, templateId } = useParams();
  const packs = useActivePacks();
  const guides = useMemo(() => guidesByItem((packs ?? []).map((p) => p.pack)), [packs]);
  if (!packs) return <p className="muted">Loading…</p>;
  const stored = packs.find((p) => p.id === packId);
  const template = stored?.pack.templates.find((t) => t.id === templateId);
  if (!stored || !template) return <NotFoundPage />;

  return (
    <Page title={template.title} caption={`${KIND_LABELS[template.kind]} from ${stored.pack.manifest.name}`}>
      <SupersededNotice pack={stored.pack} template={template} packId={stored.id} />
      <PlainText text={template.summary} className="lead" />
      <CheckedStatus pack={stored.pack} template={template} />
      <SummaryList
        compact
        rows={[
          ['Template version', template.version],
          ...(template.kind === 'standard' && template.edition
            ? ([['Edition of the standard', template.edition]] as const)
            : []),
          [
            'Pack',
            <>
              <Link to={paths.pack(stored.id)}>{stored.pack.manifest.name}</Link> {stored.version}, licence:{' '}
              {licenceLabel(stored.pack.manifest.licence)}
            </>,
          ],
        ]}
      />
      <ExportTemplate
        key={`${stored.id}/${template.id}`}
        pack={stored.pack}
        template={template}
        installed={packs.map((p) => p.pack)}
      />
      <div className="button-group">
        {stored.origin === 'own' ? (
          <Link to={paths.editTemplate(stored.id, template.id)} className="button button--secondary">
            Edit this template
          </Link>
        ) : (
          template.kind !== 'guide' &&
          template.kind !== 'crosswalk' && (
            <Link to={paths.copyTemplate(stored.id, template.id)} className="button button--secondary">
              Make your own copy
            </Link>
          )
        )}
      </div>
      <h2>{template.kind === 'guide' ? 'Guide' : 'Contents'}</h2>
      <TemplatePreview template={template} packId={stored.id} guides={guides} />
      {template.kind !== 'guide' && template.kind !== 'crosswalk' && (
        <TemplateUsages packId={stored.id} templateId={template.id} installedVersion={template.version} />
      )}
    </Page>
  );
}
