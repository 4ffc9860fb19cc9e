// The templates a project works from, each at the exact version it uses, with a way to add one,
// stop using one, or move to a newer installed version.
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { repositories, useActivePacks, useProjectTemplates } from '../data';
import { TEMPLATE_KINDS } from '../../domain/pack';
import { usageState } from '../../domain/project-template';
import { KIND_LABELS } from '../library/labels';
import { paths } from '../paths';
import { useNotices } from '../state/notices';
import { InlineConfirmation } from './InlineConfirmation';
import { DataTable } from './DataTable';
import { describedBy, FieldFrame } from './fields';
import { templateChoiceLabels } from './template-choices';
import { errorMessage } from './error-message';
import { SupersededUse } from './SupersededUse';

function report(error: unknown, fallback: string): void {
  useNotices.getState().show({ kind: 'error', message: errorMessage(error, fallback) });
}

export function ProjectTemplates({ projectId }: { projectId: string }) {
  const uses = useProjectTemplates(projectId);
  const packs = useActivePacks();
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  if (!uses || !packs) return null;

  /** Tells the person what changed, at the top of the page and next to this section's controls. */
  function confirm(message: string) {
    useNotices.getState().show({ kind: 'success', message });
    setConfirmation(message);
  }

  /** The button that was used has gone from the table: keep focus in this section, on its heading. */
  function focusSection() {
    headingRef.current?.focus();
  }

  const find = (packId: string, templateId: string) => {
    const stored = packs.find((p) => p.id === packId);
    return { stored, template: stored?.pack.templates.find((t) => t.id === templateId) };
  };
  const usedKeys = new Set(uses.map((u) => `${u.packId}/${u.templateId}`));
  const available = packs.flatMap((p) =>
    p.pack.templates
      .filter((t) => t.kind !== 'guide' && t.kind !== 'crosswalk' && !usedKeys.has(`${p.id}/${t.id}`))
      .map((t) => ({ key: `${p.id}/${t.id}`, stored: p, template: t })),
  );
  const labels = templateChoiceLabels(
    available.map((a) => ({
      key: a.key,
      title: a.template.title,
      version: a.template.version,
      packId: a.stored.id,
      packName: a.stored.pack.manifest.name,
      publisher: a.stored.pack.manifest.publisher,
    })),
  );

  async function add(event: FormEvent) {
    event.preventDefault();
    const picked = available.find((a) => a.key === choice);
    if (!picked) {
      setError('Choose a template to add');
      return;
    }
    setError(null);
    try {
      await repositories().projectTemplates.add(projectId, {
        packId: picked.stored.id,
        templateId: picked.template.id,
        version: picked.template.version,
      });
      confirm(`This project now uses ${picked.template.title} version ${picked.template.version}.`);
      setChoice('');
    } catch (e) {
      report(e, 'The template could not be added.');
    }
  }

  return (
    <section aria-labelledby="project-templates-heading">
      <h2 id="project-templates-heading" ref={headingRef} tabIndex={-1}>
        Templates this project uses
      </h2>
      {uses.length === 0 ? (
        <p>
          This project does not use any templates yet. Add the standards, business case template and processes it works
          from: Waymark keeps the exact version each one uses, so an update to a template never changes the project
          without you knowing.
        </p>
      ) : (
        <DataTable
          caption="Templates this project uses"
          scrollLabel="Templates in use"
          columns={['Template', 'Type', 'Version used', 'Installed', { label: 'Actions', hidden: true }]}
        >
          {uses.map((use) => {
            const { stored, template } = find(use.packId, use.templateId);
            const state = usageState(use.version, template?.version);
            const title = template?.title ?? use.templateId;
            return (
              <tr key={use.id}>
                <th scope="row">
                  {template ? <Link to={paths.template(use.packId, use.templateId)}>{title}</Link> : title}
                  {stored && <div className="hint">{stored.pack.manifest.name}</div>}
                  {stored && template && (
                    <SupersededUse
                      use={use}
                      pack={stored.pack}
                      template={template}
                      onMove={(replacement) =>
                        void repositories()
                          .projectTemplates.moveTo(use.id, {
                            packId: stored.id,
                            templateId: replacement.id,
                            version: replacement.version,
                          })
                          .then(() => {
                            confirm(`This project now uses ${replacement.title} version ${replacement.version}.`);
                            focusSection();
                          })
                          .catch((e: unknown) => report(e, 'The project could not be moved to the new template.'))
                      }
                    />
                  )}
                </th>
                <td>{template ? KIND_LABELS[template.kind] : ''}</td>
                <td>{use.version}</td>
                <td>
                  {state === 'current' && 'Up to date'}
                  {state === 'not-installed' && 'No longer installed'}
                  {(state === 'newer-installed' || state === 'older-installed') && template && (
                    <>
                      Version {template.version} is installed{' '}
                      {stored && (
                        <Link to={paths.pack(stored.id)}>
                          <span className="visually-hidden">{title}: </span>see what changed
                        </Link>
                      )}
                      <div>
                        <button
                          type="button"
                          className="link-button"
                          onClick={() =>
                            void repositories()
                              .projectTemplates.setVersion(use.id, template.version)
                              .then(() => {
                                confirm(`This project now uses ${title} version ${template.version}.`);
                                focusSection();
                              })
                              .catch((e: unknown) => report(e, 'The version could not be changed.'))
                          }
                        >
                          Use version {template.version}
                          <span className="visually-hidden"> of {title}</span>
                        </button>
                      </div>
                    </>
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      void repositories()
                        .projectTemplates.remove(use.id)
                        .then(() => {
                          confirm(`This project no longer uses ${title}.`);
                          focusSection();
                        })
                        .catch((e: unknown) => report(e, 'The template could not be removed.'))
                    }
                  >
                    Stop using<span className="visually-hidden"> {title}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
      <InlineConfirmation message={confirmation} />
      {available.length > 0 && (
        <form onSubmit={add} noValidate className="inline-form">
          <FieldFrame id="add-template" label="Add a template" error={error ?? undefined}>
            <select
              id="add-template"
              className="select"
              value={choice}
              aria-describedby={describedBy('add-template', undefined, error ?? undefined)}
              onChange={(e) => setChoice(e.target.value)}
            >
              <option value="">Choose a template</option>
              {/* Guides and crosswalks are read in the Library; a project works from the other kinds. */}
              {TEMPLATE_KINDS.filter((k) => k !== 'guide' && k !== 'crosswalk').map((kind) => {
                const ofKind = available.filter((a) => a.template.kind === kind);
                return ofKind.length === 0 ? null : (
                  <optgroup key={kind} label={`${KIND_LABELS[kind]}s`}>
                    {ofKind.map((a) => (
                      <option key={a.key} value={a.key}>
                        {labels.get(a.key)}
                      </option>
                    ))}
                  </optgroup>
                );
              })}
            </select>
          </FieldFrame>
          <button type="submit" className="button button--secondary">
            Add template
          </button>
        </form>
      )}
    </section>
  );
}
