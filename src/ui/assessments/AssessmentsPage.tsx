// The assessments of a project (/projects/:projectId/assessments): each with its standard, stage, panel
// date and how many points are ready, and the way to start another.
import { Link } from 'react-router';
import { findStandard } from '../../app/assessments/standards';
import type { StoredPack } from '../../db/stored-pack';
import { ASSESSMENT_STAGE_LABELS, type Assessment } from '../../domain/assessment/assessment-model';
import { assessmentOverview } from '../../domain/assessment/assessment-overview';
import { displayDate } from '../../domain/display-date';
import { workArea } from '../../domain/work-areas';
import { DataTable } from '../components/DataTable';
import { MaturitySection } from '../maturity/MaturitySection';
import { Page } from '../components/Page';
import { useAssessmentList, useEvidenceList, useStandardPacks } from '../data';
import { paths } from '../paths';
import { useLayoutProject } from '../projects/project-outlet';
import { plural, today } from './assessment-words';

function Row({
  projectId,
  assessment,
  packs,
  libraryIds,
}: {
  projectId: string;
  assessment: Assessment;
  packs: readonly StoredPack[];
  libraryIds: ReadonlySet<string>;
}) {
  const standard = findStandard(packs, assessment.standard);
  const stage = ASSESSMENT_STAGE_LABELS[assessment.stage];
  const title = standard?.title ?? `${assessment.standard.templateId} (not installed)`;
  const overview = standard
    ? assessmentOverview(
        assessment,
        standard.points.map((p) => ({ id: p.id, title: p.title })),
        today(),
        libraryIds,
      )
    : null;
  return (
    <tr>
      <th scope="row">
        <Link to={paths.assessments.overview(projectId, assessment.id)}>
          {title}
          <span className="visually-hidden">, {stage.toLowerCase()}</span>
        </Link>
        <div className="hint">Version {assessment.standard.version}</div>
      </th>
      <td>{stage}</td>
      <td>{assessment.panelDate ? displayDate(assessment.panelDate) : 'Not booked'}</td>
      <td>{overview ? `${overview.ready} of ${overview.applicableTotal}` : 'Not known'}</td>
    </tr>
  );
}

export function AssessmentsPage() {
  const project = useLayoutProject();
  const list = useAssessmentList(project.id);
  const packs = useStandardPacks(list?.assessments.map((a) => a.standard.packId) ?? []);
  const evidence = useEvidenceList(project.id);
  const { title, description } = workArea('assessments');
  if (list === undefined || packs === undefined || evidence === undefined) return <p className="muted">Loading…</p>;
  const libraryIds = new Set(evidence.map((e) => e.id));
  return (
    <Page title={`${title}: ${project.name}`} heading={title} caption={project.name}>
      <p>{description}</p>
      <p>
        <Link to={paths.assessments.start(project.id)} className="button">
          Start an assessment
        </Link>
      </p>
      <h2>Assessments</h2>
      {list.assessments.length === 0 ? (
        <p className="inset">
          This project has no assessments yet. Start one to check the project against a standard, point by point, before
          a panel.
        </p>
      ) : (
        <DataTable
          caption={`Assessments of ${project.name}`}
          scrollLabel="Assessments"
          columns={['Standard', 'Stage', 'Panel date', 'Points ready']}
        >
          {list.assessments.map((assessment) => (
            <Row
              key={assessment.id}
              projectId={project.id}
              assessment={assessment}
              packs={packs}
              libraryIds={libraryIds}
            />
          ))}
        </DataTable>
      )}
      {list.unreadable.length > 0 && (
        <p className="inset">
          {plural(list.unreadable.length, 'assessment', 'assessments')} of this project cannot be read by this version
          of Waymark, so {list.unreadable.length === 1 ? 'it is' : 'they are'} left as{' '}
          {list.unreadable.length === 1 ? 'it is' : 'they are'}. A newer version of Waymark may read{' '}
          {list.unreadable.length === 1 ? 'it' : 'them'}.
        </p>
      )}
      <MaturitySection project={project} />
    </Page>
  );
}
