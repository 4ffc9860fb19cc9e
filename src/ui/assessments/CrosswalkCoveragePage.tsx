// What this assessment already covers in other standards (/assessments/:assessmentId/crosswalks): for each
// standard an installed crosswalk maps to this one, each of its points is fully covered, partly covered or
// not covered by the points this assessment has ready or backed with evidence, and through which link. The
// same, for one point, on the point page (CrosswalkCoverageForPoint).
import { Link } from 'react-router';
import {
  COVERAGE_WORDS,
  coverageInOtherStandards,
  pointCoverageElsewhere,
} from '../../app/assessments/next-assessment';
import type { Assessment } from '../../domain/assessment/assessment-model';
import type { StandardTemplate } from '../../domain/pack';
import { DataTable } from '../components/DataTable';
import { Page } from '../components/Page';
import { useActivePacks } from '../data';
import { paths } from '../paths';
import { assessmentName, WithAssessment, type AssessmentScreen } from './assessment-screen';
import { plural } from './assessment-words';

/** What full and partial mean, in the same words on both screens. */
function CoverageMeaning() {
  return (
    <ul className="list list--bullet">
      <li>
        <strong>Fully covered</strong> means the crosswalk says the other point asks for the same as a point this
        assessment covers, or for part of it: the evidence you have should answer it.
      </li>
      <li>
        <strong>Partly covered</strong> means the two points overlap, or the other point asks for more: the evidence
        helps, but you will need more to answer it.
      </li>
      <li>
        A point of this assessment counts when it is ready, or has evidence from the library (and is not marked not
        applicable).
      </li>
    </ul>
  );
}

function Coverage({ project, assessment, standard }: AssessmentScreen) {
  const packs = useActivePacks();
  const name = assessmentName(assessment, standard);
  if (packs === undefined) return <p className="muted">Loading…</p>;
  const against = coverageInOtherStandards(assessment, standard, packs);
  return (
    <Page
      title={`Other standards: ${name}: ${project.name}`}
      heading="What this covers in other standards"
      caption={name}
    >
      <p>
        <Link to={paths.assessments.overview(project.id, assessment.id)}>Back to the assessment overview</Link>
      </p>
      <p>
        Crosswalks say how the points of two standards correspond. Using the crosswalks installed in the Library, this
        page shows how far the work in this assessment already goes towards each other standard, so you assess once and
        see where you stand against both.
      </p>
      <CoverageMeaning />
      {against.length === 0 ? (
        <p className="inset">
          No installed crosswalk maps the {standard.title} to another installed standard. Crosswalks come in template
          packs from the Library.
        </p>
      ) : (
        against.map((other) => (
          <section
            key={`${other.standard.packId}/${other.standard.templateId}`}
            aria-labelledby={`cw-${other.standard.templateId}`}
          >
            <h2 id={`cw-${other.standard.templateId}`}>{other.standard.title}</h2>
            <p data-testid="coverage-count">
              {plural(other.full, 'point fully covered', 'points fully covered')},{' '}
              {plural(other.partial, 'point partly covered', 'points partly covered')}, out of {other.points.length}.
              Worked out from the crosswalk{other.crosswalkTitles.length === 1 ? '' : 's'}{' '}
              {other.crosswalkTitles.join('; ')}.
            </p>
            <DataTable
              caption={`Points of the ${other.standard.title} and what this assessment covers`}
              scrollLabel={`${other.standard.title} coverage`}
              columns={['Point', 'Coverage', 'Through']}
            >
              {other.points.map((point) => (
                <tr key={point.pointId}>
                  <th scope="row">
                    {point.pointId}. {point.title}
                  </th>
                  <td>{COVERAGE_WORDS[point.coverage]}</td>
                  <td>
                    {point.through.length === 0 ? (
                      'No covered point maps to it'
                    ) : (
                      <ul className="list">
                        {point.through.map((link) => (
                          <li key={link.words}>{link.words.charAt(0).toUpperCase() + link.words.slice(1)}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </DataTable>
          </section>
        ))
      )}
    </Page>
  );
}

export function CrosswalkCoveragePage() {
  return (
    <WithAssessment title="What this covers in other standards">{(screen) => <Coverage {...screen} />}</WithAssessment>
  );
}

/** On a point's page: which points of other standards this point's work covers, through the crosswalks. */
export function CrosswalkCoverageForPoint({
  projectId,
  assessment,
  standard,
  pointId,
}: {
  projectId: string;
  assessment: Assessment;
  standard: StandardTemplate;
  pointId: string;
}) {
  const packs = useActivePacks();
  if (packs === undefined) return null;
  const rows = pointCoverageElsewhere(assessment, standard, packs, pointId);
  const mapped = pointCoverageElsewhere(
    {
      ...assessment,
      answers: [
        {
          pointId,
          status: 'ready',
          notApplicableReason: '',
          narrative: { type: 'plain', text: '' },
          evidenceIds: [],
          needsReview: false,
          rehearsalNotes: '',
        },
      ],
    },
    standard,
    packs,
    pointId,
  );
  if (mapped.length === 0) return null;
  return (
    <section aria-labelledby="crosswalk-heading" data-testid="point-crosswalk">
      <h2 id="crosswalk-heading">In other standards</h2>
      {rows.length === 0 ? (
        <p>
          Once this point is ready or has evidence, it also counts towards{' '}
          {mapped.map((m) => `${m.standardTitle} point ${m.pointId}`).join(', ')}.
        </p>
      ) : (
        <DataTable
          caption="Points of other standards this point's work covers"
          scrollLabel="Other standards"
          columns={['Standard', 'Point', 'Coverage', 'Through']}
        >
          {rows.map((row) => (
            <tr key={`${row.standardTitle}/${row.pointId}`}>
              <th scope="row">{row.standardTitle}</th>
              <td>
                {row.pointId}. {row.title}
              </td>
              <td>{COVERAGE_WORDS[row.coverage]}</td>
              <td>{row.words.charAt(0).toUpperCase() + row.words.slice(1)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <p>
        <Link to={paths.assessments.crosswalks(projectId, assessment.id)}>
          See what this assessment covers in other standards
        </Link>
      </p>
    </section>
  );
}
