// Route /library/packs/:packId/templates/:templateId/edit: edit a template of a pack made in Waymark. Packs
// that came with Waymark or were imported are not edited in place; the screen offers a copy instead.
import { Link, useParams } from 'react-router';
import { usePack } from '../data';
import { Page } from '../components/Page';
import { paths } from '../paths';
import { NotFoundPage } from '../routes/NotFoundPage';
import { TemplateEditor } from './TemplateEditor';

export function EditTemplatePage() {
  const { packId, templateId } = useParams();
  const stored = usePack(packId);
  if (stored === undefined) return <p className="muted">Loading…</p>;
  const template = stored?.pack.templates.find((t) => t.id === templateId);
  if (!stored || !template) return <NotFoundPage />;
  const { manifest } = stored.pack;
  if (stored.origin !== 'own')
    return (
      <Page
        title={`${template.title} cannot be changed`}
        heading="This template cannot be changed here"
        caption={template.title}
      >
        <p>
          It is part of the pack “{manifest.name}”, which{' '}
          {stored.origin === 'built-in' ? 'comes with Waymark' : 'was imported from a file'}. Only packs you make in
          Waymark can be changed, so that everyone using a shared pack sees the same text.
        </p>
        <p>You can make your own copy of the template and change that instead. The copy says where it came from.</p>
        <div className="button-group">
          <Link className="button" to={paths.copyTemplate(manifest.id, template.id)}>
            Make your own copy
          </Link>
          <Link to={paths.template(manifest.id, template.id)}>Back to the template</Link>
        </div>
      </Page>
    );
  return (
    <Page
      title={`Edit ${template.title}`}
      heading={`Edit ${template.title}`}
      caption={`${manifest.name}, version ${manifest.version}`}
    >
      <TemplateEditor key={`${stored.key}:${template.id}`} stored={stored} template={template} />
    </Page>
  );
}
