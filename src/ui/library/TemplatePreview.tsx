// A read-only view of any template, laid out for reading: points with their guidance, maturity levels,
// business case sections and prompts, process steps, or a guide.
import { PHASE_LABELS, PHASES } from '../../domain/project';
import { itemRef, type GuideRef } from '../../domain/guide-links';
import { RELATION_LABELS } from '../../domain/compliance-map/map-model';
import type {
  BusinessCaseTemplate,
  CrosswalkTemplate,
  MaturityModelTemplate,
  PackTemplate,
  ProcessTemplate,
  StandardTemplate,
} from '../../domain/pack';
import { PlainText } from '../components/PlainText';
import { GuideLinks } from './GuideLinks';
import { GuideMarkdown } from './GuideMarkdown';
import { DataTable } from '../components/DataTable';

type PerPhase = Partial<Record<(typeof PHASES)[number], string[]>> | undefined;

function PhaseLists({ lists, label }: { lists: PerPhase; label: string }) {
  const phases = PHASES.filter((p) => (lists?.[p] ?? []).length > 0);
  if (phases.length === 0) return null;
  return (
    <div className="phase-lists">
      {phases.map((phase) => (
        <div key={phase} className="phase-lists__phase">
          <h4 className="phase-lists__title">
            {label} in {PHASE_LABELS[phase].toLowerCase()}
          </h4>
          <ul className="list list--bullet">
            {(lists?.[phase] ?? []).map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

interface PreviewProps<T> {
  template: T;
  packId: string;
  guides: Map<string, GuideRef[]>;
}

function StandardPreview({ template, packId, guides }: PreviewProps<StandardTemplate>) {
  return (
    <ol className="point-list">
      {template.points.map((point) => (
        <li key={point.id} className="point" id={`point-${point.id}`}>
          <h3 className="point__title">
            <span className="point__number">{point.id}.</span> {point.title}
          </h3>
          {point.titles?.fr && (
            <p className="hint" lang="fr">
              {point.titles.fr}
            </p>
          )}
          <PlainText text={point.summary} className="point__summary" />
          <GuideLinks guides={guides.get(itemRef(packId, template.id, point.id))} />
          <details className="details">
            <summary>
              Guidance, what assessors look for and evidence
              <span className="visually-hidden"> for point {point.id}</span>
            </summary>
            <PlainText text={point.guidance} />
            <PhaseLists lists={point.look_for} label="What assessors look for" />
            {(point.evidence ?? []).length > 0 && (
              <>
                <h4>Examples of evidence</h4>
                <ul className="list list--bullet">
                  {(point.evidence ?? []).map((e) => (
                    <li key={e}>{e}</li>
                  ))}
                </ul>
              </>
            )}
          </details>
        </li>
      ))}
    </ol>
  );
}

function LevelsTable({
  levels,
  descriptions,
  title,
}: {
  levels: MaturityModelTemplate['levels'];
  descriptions: Record<string, string> | undefined;
  title: string;
}) {
  return (
    <DataTable
      caption={`Levels of ${title}`}
      scrollLabel={`Levels of ${title}`}
      columns={['Level', 'What it looks like']}
      className="table--levels"
    >
      {levels.map((level) => (
        <tr key={level.id}>
          <th scope="row">{level.label}</th>
          <td>{descriptions?.[level.id] ?? ''}</td>
        </tr>
      ))}
    </DataTable>
  );
}

function MaturityPreview({ template }: PreviewProps<MaturityModelTemplate>) {
  return (
    <>
      {template.categories.map((category) => (
        <section key={category.id} className="category" aria-labelledby={`category-${category.id}`}>
          <h3 id={`category-${category.id}`}>{category.title}</h3>
          <PlainText text={category.summary} />
          {category.levels && (
            <LevelsTable levels={template.levels} descriptions={category.levels} title={category.title} />
          )}
          {(category.dimensions ?? []).map((dimension) => (
            <div key={dimension.id} className="dimension">
              <h4>{dimension.title}</h4>
              <PlainText text={dimension.summary} />
              <LevelsTable levels={template.levels} descriptions={dimension.levels} title={dimension.title} />
            </div>
          ))}
        </section>
      ))}
    </>
  );
}

function BusinessCasePreview({ template, packId, guides }: PreviewProps<BusinessCaseTemplate>) {
  return (
    <>
      {template.sections.map((section) => (
        <section key={section.id} className="case-section" aria-labelledby={`section-${section.id}`}>
          <h3 id={`section-${section.id}`}>{section.title}</h3>
          <PlainText text={section.purpose} />
          <GuideLinks guides={guides.get(itemRef(packId, template.id, section.id))} />
          <PhaseLists lists={section.prompts} label="Questions" />
          {(section.sections ?? []).map((sub) => (
            <div key={sub.id} className="case-section__sub">
              <h4>{sub.title}</h4>
              <PlainText text={sub.purpose} />
              <GuideLinks guides={guides.get(itemRef(packId, template.id, sub.id))} />
              <PhaseLists lists={sub.prompts} label="Questions" />
            </div>
          ))}
        </section>
      ))}
    </>
  );
}

function ProcessPreview({ template }: PreviewProps<ProcessTemplate>) {
  const names = new Map(template.steps.map((s) => [s.id, s.name]));
  return (
    <DataTable
      caption={`Steps of ${template.title}`}
      scrollLabel={`Steps of ${template.title}`}
      columns={['Step', 'Owner', 'Phase', 'After', 'Typical days', 'Asks for']}
    >
      {template.steps.map((step) => (
        <tr key={step.id}>
          <th scope="row">
            {step.name}
            {step.description && <div className="hint">{step.description}</div>}
          </th>
          <td>{step.owner ?? ''}</td>
          <td>{step.phase ? PHASE_LABELS[step.phase] : ''}</td>
          <td>{(step.depends_on ?? []).map((id) => names.get(id) ?? id).join('; ')}</td>
          <td>{step.duration_days ?? ''}</td>
          <td>{(step.evidence ?? []).join('; ')}</td>
        </tr>
      ))}
    </DataTable>
  );
}

function CrosswalkPreview({ template }: PreviewProps<CrosswalkTemplate>) {
  return (
    <DataTable
      caption={`Links from ${template.from.template} to ${template.to.template}`}
      scrollLabel={`Links of ${template.title}`}
      columns={['From point', 'Relation', 'To point', 'Why']}
    >
      {template.links.map((link) => (
        <tr key={`${link.from}-${link.to}`}>
          <th scope="row">{link.from}</th>
          <td>{RELATION_LABELS[link.relation]}</td>
          <td>{link.to}</td>
          <td>{link.rationale}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export function TemplatePreview({ template, packId, guides }: PreviewProps<PackTemplate>) {
  switch (template.kind) {
    case 'standard':
      return <StandardPreview template={template} packId={packId} guides={guides} />;
    case 'maturity-model':
      return <MaturityPreview template={template} packId={packId} guides={guides} />;
    case 'business-case':
      return <BusinessCasePreview template={template} packId={packId} guides={guides} />;
    case 'process':
      return <ProcessPreview template={template} packId={packId} guides={guides} />;
    case 'guide':
      return <GuideMarkdown markdown={template.body} />;
    case 'crosswalk':
      return <CrosswalkPreview template={template} packId={packId} guides={guides} />;
  }
}
