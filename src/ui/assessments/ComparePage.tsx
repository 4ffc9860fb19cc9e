// Compare two assessments of the same project (/assessments/:assessmentId/compare): by default this one and
// the one it was carried from. For each point, how its status and rating moved and what happened to its
// evidence, in words; then which actions were closed, are still open, are new or were dropped. Tables and
// words throughout, never colour alone.
import { useState } from 'react';
import { Link } from 'react-router';
import { assessmentChoiceLabel, compareInWords, inOrder } from '../../app/assessments/next-assessment';
import { findStandard } from '../../app/assessments/standards';
import {
  ASSESSMENT_STAGE_LABELS,
  type Assessment,
  type AssessmentAction,
} from '../../domain/assessment/assessment-model';
import { displayDate } from '../../domain/display-date';
import type { StandardTemplate } from '../../domain/pack';
import { DataTable } from '../components/DataTable';
import { describedBy, FieldFrame } from '../components/fields';
import { Page } from '../components/Page';
import { useAssessmentList, useStandardPacks } from '../data';
import { paths } from '../paths';
import { assessmentName, WithAssessment, type AssessmentScreen } from './assessment-screen';
import { plural } from './assessment-words';

function ActionsTable({
  caption,
  actions,
  titles,
}: {
  caption: string;
  actions: AssessmentAction[];
  titles: Map<string, string>;
}) {
  if (actions.length === 0) return <p>None.</p>;
  return (
    <DataTable caption={caption} scrollLabel={caption} columns={['What', 'Owner', 'Due', 'Point']}>
      {actions.map((action) => (
        <tr key={action.id}>
          <th scope="row">{action.what}</th>
          <td>{action.owner || 'Not given'}</td>
          <td>{action.dueDate ? displayDate(action.dueDate) : 'Not set'}</td>
          <td>
            {action.pointId === null
              ? 'The service as a whole'
              : `${action.pointId}. ${titles.get(action.pointId) ?? ''}`}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/** "13 points are not part of the beta reassessment, so they are not compared: 1, 2, 3 and 5." */
function notComparedSentence(
  ids: readonly string[],
  earlier: Assessment,
  later: Assessment,
  label: (a: Assessment) => string,
): string {
  const list = ids.length === 1 ? (ids[0] ?? '') : `${ids.slice(0, -1).join(', ')} and ${ids.at(-1) ?? ''}`;
  const partial =
    later.scope !== null && earlier.scope === null
      ? later
      : earlier.scope !== null && later.scope === null
        ? earlier
        : null;
  const where = partial ? `not part of the ${label(partial)}` : 'covered by only one of the two assessments';
  return `${plural(ids.length, 'point is', 'points are')} ${where}, so ${ids.length === 1 ? 'it is' : 'they are'} not compared: ${ids.length === 1 ? 'point' : 'points'} ${list}.`;
}

function Comparison({
  earlier,
  later,
  standard,
  label,
}: {
  earlier: Assessment;
  later: Assessment;
  standard: StandardTemplate;
  label: (a: Assessment) => string;
}) {
  const words = compareInWords(earlier, later, standard);
  const titles = new Map(standard.points.map((p) => [p.id, p.title]));
  const moved = words.points.filter((p) => !p.status.endsWith('(no change)') || !p.rating.endsWith('(no change)'));
  return (
    <>
      <p className="lead" data-testid="compare-summary">
        From the {label(earlier)} to the {label(later)}: {plural(moved.length, 'point moved', 'points moved')},{' '}
        {plural(words.closed.length, 'action closed', 'actions closed')},{' '}
        {plural(words.added.length, 'new action', 'new actions')}.
      </p>
      {words.notCompared.length > 0 && (
        <p className="inset" data-testid="not-compared">
          {notComparedSentence(words.notCompared, earlier, later, label)}
        </p>
      )}
      <h2>What moved, point by point</h2>
      <p>Overall rating: {words.overall}.</p>
      {words.points.length === 0 ? (
        <p>Neither assessment has answered or rated any point yet.</p>
      ) : (
        <DataTable
          caption="Each point's status, rating and evidence, earlier to later"
          scrollLabel="Points compared"
          columns={['Point', 'Status', 'Panel rating', 'Evidence']}
        >
          {words.points.map((point) => (
            <tr key={point.pointId}>
              <th scope="row">
                {point.pointId}. {point.title}
              </th>
              <td>{point.status}</td>
              <td>{point.rating}</td>
              <td>{point.evidence}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <h2>Actions closed</h2>
      <p className="hint">Open in the earlier assessment and done in the later one.</p>
      <ActionsTable caption="Actions closed" actions={words.closed} titles={titles} />
      <h2>New actions</h2>
      <p className="hint">Only in the later assessment.</p>
      <ActionsTable caption="New actions" actions={words.added} titles={titles} />
      <h2>Still open</h2>
      <ActionsTable caption="Actions still open" actions={words.stillOpen} titles={titles} />
      {words.dropped.length > 0 && (
        <>
          <h2>Not carried forward</h2>
          <p className="hint">Open in the earlier assessment and not in the later one.</p>
          <ActionsTable caption="Actions not carried forward" actions={words.dropped} titles={titles} />
        </>
      )}
    </>
  );
}

function Compare({ project, assessment, standard }: AssessmentScreen) {
  const list = useAssessmentList(project.id);
  const packs = useStandardPacks((list?.assessments ?? []).map((a) => a.standard.packId));
  // Only assessments against the same standard have the same points to compare.
  const others = (list?.assessments ?? []).filter(
    (a) =>
      a.id !== assessment.id &&
      a.standard.packId === assessment.standard.packId &&
      a.standard.templateId === assessment.standard.templateId,
  );
  const fallback =
    assessment.carriedFrom?.assessmentId ??
    others.find((a) => a.carriedFrom?.assessmentId === assessment.id)?.id ??
    others[0]?.id ??
    '';
  const [otherId, setOtherId] = useState<string | null>(null);
  const chosen = otherId ?? fallback;
  const name = assessmentName(assessment, standard);
  if (list === undefined || packs === undefined) return <p className="muted">Loading…</p>;
  const titleOf = (a: Assessment) => findStandard(packs, a.standard)?.title ?? a.standard.templateId;
  const label = (a: Assessment) => ASSESSMENT_STAGE_LABELS[a.stage].toLowerCase();
  const other = others.find((a) => a.id === chosen);
  const pair = other ? inOrder(other, assessment) : null;

  return (
    <Page title={`Compare assessments: ${name}: ${project.name}`} heading="Compare two assessments" caption={name}>
      <p>
        <Link to={paths.assessments.overview(project.id, assessment.id)}>Back to the assessment overview</Link>
      </p>
      {others.length === 0 ? (
        <p className="inset">
          This project has no other assessment against the {standard.title} to compare this one with.
        </p>
      ) : (
        <>
          <form className="inline-form" onSubmit={(e) => e.preventDefault()}>
            <FieldFrame id="compare-with" label="Compare this assessment with">
              <select
                id="compare-with"
                className="select"
                value={chosen}
                aria-describedby={describedBy('compare-with')}
                onChange={(e) => setOtherId(e.target.value)}
              >
                {others.map((a) => (
                  <option key={a.id} value={a.id}>
                    {assessmentChoiceLabel(a, titleOf(a))}
                  </option>
                ))}
              </select>
            </FieldFrame>
          </form>
          {pair && <Comparison earlier={pair[0]} later={pair[1]} standard={standard} label={label} />}
        </>
      )}
    </Page>
  );
}

export function ComparePage() {
  return <WithAssessment title="Compare two assessments">{(screen) => <Compare {...screen} />}</WithAssessment>;
}
