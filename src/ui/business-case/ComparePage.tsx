// Two revisions of a business case side by side (/business-case/compare?from=1&to=2): the last frozen one and
// the current one unless others are chosen. Changed sections are shown with the words added and removed
// (marked <ins> and <del>, described in a legend, never by colour alone); unchanged ones are collapsed with a
// count. Then the assumptions that changed status, the options closed, the cost ranges with a chart of every
// revision's ranges and a table of the same figures, and the Word download of the changes.
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  compareRevisions,
  costRangeSeries,
  type RangeTrend,
  type RevisionComparison,
} from '../../domain/business-case/compare';
import { formatPence, type CostRange } from '../../domain/business-case/costs';
import { flattenTemplateSections, gateLabel } from '../../domain/business-case/gates';
import { ASSUMPTION_STATUS_LABELS, type AssumptionStatus, type CaseRevision } from '../../domain/business-case/model';
import type { DiffBlock, DiffSegment } from '../../domain/document-diff';
import { PHASE_LABELS } from '../../domain/project';
import { DataTable } from '../components/DataTable';
import { describedBy, FieldFrame } from '../components/fields';
import { Page } from '../components/Page';
import { paths } from '../paths';
import { ChangesDownload } from './CaseDownloads';
import { revisionLabel, WithCase, type CaseView } from './case-screen';
import { RangeChart, RangeTable } from './RangeChart';
import './business-case.css';
import './case-compare.css';

/** The revisions to compare by default: the last frozen one before the latest, and the latest. */
export function defaultPair(revisions: readonly CaseRevision[]): { from: number; to: number } | null {
  const sorted = [...revisions].sort((a, b) => a.number - b.number);
  const latest = sorted.at(-1);
  if (!latest || sorted.length < 2) return null;
  const frozen = sorted.filter((r) => r.status === 'frozen' && r.number !== latest.number).at(-1);
  return { from: (frozen ?? sorted.at(-2) ?? latest).number, to: latest.number };
}

function segmentContent(segment: DiffSegment): ReactNode {
  let content: ReactNode = segment.text;
  for (const mark of segment.marks ?? []) {
    if (mark.type === 'bold') content = <strong>{content}</strong>;
    if (mark.type === 'italic') content = <em>{content}</em>;
  }
  return content;
}

/** Which side is shown: the earlier revision (words kept and removed) or the later (words kept and added). */
type Side = 'before' | 'after';

function Segments({ segments, side }: { segments: readonly DiffSegment[]; side: Side }) {
  return (
    <>
      {segments.map((segment, i) => {
        if (segment.op === (side === 'before' ? 'insert' : 'delete')) return null;
        const content = segmentContent(segment);
        if (segment.op === 'insert') return <ins key={i}>{content}</ins>;
        if (segment.op === 'delete') return <del key={i}>{content}</del>;
        return <span key={i}>{content}</span>;
      })}
    </>
  );
}

function DiffView({ blocks, side }: { blocks: readonly DiffBlock[]; side: Side }) {
  return (
    <div className="diff">
      {blocks.map((block, i) => {
        if (block.change === (side === 'before' ? 'inserted' : 'deleted')) return null;
        if (block.kind === 'table')
          return (
            <table className="table" key={i}>
              <tbody>
                {block.rows.map((row, r) => (
                  <tr key={r}>
                    {row.map((cell, c) =>
                      cell.header ? (
                        <th key={c} scope="col">
                          <Segments segments={cell.segments} side={side} />
                        </th>
                      ) : (
                        <td key={c}>
                          <Segments segments={cell.segments} side={side} />
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          );
        const { style } = block;
        const className =
          style.kind === 'heading'
            ? 'diff__block diff__block--heading'
            : style.kind === 'listItem'
              ? 'diff__block diff__block--item'
              : 'diff__block';
        const bullet = style.kind === 'listItem' ? (style.ordered ? '\u2013 ' : '\u2022 ') : '';
        return (
          <p className={className} key={i}>
            {bullet}
            <Segments segments={block.segments} side={side} />
          </p>
        );
      })}
    </div>
  );
}

const CHANGE_WORDS = { added: 'Added', removed: 'Removed', changed: 'Changed' } as const;

function statusWords(status: AssumptionStatus | null, missing: string): string {
  return status === null ? missing : ASSUMPTION_STATUS_LABELS[status];
}

const TREND_WORDS: Record<RangeTrend, string> = {
  narrowed: 'Narrowed',
  widened: 'Widened',
  moved: 'Moved, same width',
  same: 'No change',
  added: 'New in the later revision',
  removed: 'Removed',
};

function rangeText(range: CostRange | null): string {
  if (!range) return 'None';
  if (range.low === range.high) return `${formatPence(range.likely)} (firm)`;
  return `${formatPence(range.low)} to ${formatPence(range.high)} (likely ${formatPence(range.likely)})`;
}

function SectionChanges({ view, comparison }: { view: CaseView; comparison: RevisionComparison }) {
  const flat = view.template ? flattenTemplateSections(view.template) : [];
  const titles = new Map(flat.map(({ section }) => [section.id, section.title]));
  const changed = new Map(comparison.sections.map((c) => [c.sectionId, c]));
  const unchanged = flat.filter(({ section }) => !changed.has(section.id));
  return (
    <>
      <h2>Sections</h2>
      <div className="diff-legend" data-testid="diff-legend">
        <p>
          <strong>How changes are shown:</strong> words added in revision {comparison.to} are{' '}
          <span className="diff">
            <ins>underlined on green</ins>
          </span>
          ; words removed since revision {comparison.from} are{' '}
          <span className="diff">
            <del>struck through on red</del>
          </span>
          . Screen readers announce where each addition and removal starts and ends.
        </p>
      </div>
      <p data-testid="section-counts">
        {comparison.sections.length === 0
          ? 'No section changed.'
          : `${comparison.sections.length} ${comparison.sections.length === 1 ? 'section' : 'sections'} changed; ${unchanged.length} did not.`}
      </p>
      {comparison.sections.map((change) => {
        const title = titles.get(change.sectionId) ?? 'A section the template no longer has';
        const headingId = `compare-${change.sectionId}`;
        return (
          <section key={change.sectionId} className="compare-section" aria-labelledby={headingId}>
            <div className="compare-section__head">
              <h3 id={headingId}>{title}</h3>
              <span className="tag tag--attention">{CHANGE_WORDS[change.change]}</span>
            </div>
            <div className="compare-columns">
              <div>
                <h4>Revision {comparison.from}</h4>
                {change.change === 'added' ? (
                  <p className="muted">Nothing written.</p>
                ) : (
                  <DiffView blocks={change.diff} side="before" />
                )}
              </div>
              <div>
                <h4>Revision {comparison.to}</h4>
                {change.change === 'removed' ? (
                  <p className="muted">Nothing written.</p>
                ) : (
                  <DiffView blocks={change.diff} side="after" />
                )}
              </div>
            </div>
          </section>
        );
      })}
      {unchanged.length > 0 && (
        <details className="compare-unchanged">
          <summary>
            {unchanged.length} {unchanged.length === 1 ? 'section' : 'sections'} did not change
          </summary>
          <ul>
            {unchanged.map(({ section }) => (
              <li key={section.id}>{section.title}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

function OtherChanges({ view, comparison }: { view: CaseView; comparison: RevisionComparison }) {
  const upTo = view.revisions.filter((r) => r.number <= comparison.to);
  const series = costRangeSeries(upTo);
  return (
    <>
      <h2>Assumptions that changed status</h2>
      {comparison.assumptions.length === 0 ? (
        <p>No assumption changed status.</p>
      ) : (
        <DataTable
          caption={`Assumptions that changed status between revisions ${comparison.from} and ${comparison.to}`}
          scrollLabel="Assumptions that changed"
          columns={['Assumption', `Revision ${comparison.from}`, `Revision ${comparison.to}`]}
        >
          {comparison.assumptions.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.text}</th>
              <td>{statusWords(a.before, 'Not yet listed')}</td>
              <td>{statusWords(a.after, 'Removed')}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <h2>Options closed</h2>
      {comparison.optionsClosed.length === 0 ? (
        <p>No option was closed.</p>
      ) : (
        <ul>
          {comparison.optionsClosed.map((option) => (
            <li key={option.id}>
              <strong>{option.title}</strong>: {option.closedReason.trim() || 'No reason given.'}
            </li>
          ))}
        </ul>
      )}
      <h2>Cost ranges</h2>
      {comparison.costRanges.length === 0 ? (
        <p>Neither revision has any costs yet.</p>
      ) : (
        <>
          <DataTable
            caption={`Cost range of each phase in revisions ${comparison.from} and ${comparison.to}`}
            scrollLabel="Cost range changes"
            columns={['Phase', `Revision ${comparison.from}`, `Revision ${comparison.to}`, 'Change']}
          >
            {comparison.costRanges.map((c) => (
              <tr key={c.phase}>
                <th scope="row">{PHASE_LABELS[c.phase]}</th>
                <td>{rangeText(c.before)}</td>
                <td>{rangeText(c.after)}</td>
                <td>{TREND_WORDS[c.trend]}</td>
              </tr>
            ))}
          </DataTable>
          <h3>The ranges across revisions</h3>
          <div className="range-figure">
            <RangeChart series={series} id="compare-ranges" />
            <RangeTable series={series} caption="Cost ranges by phase and revision, in pounds" />
          </div>
        </>
      )}
      {comparison.approvalsAdded.length > 0 && (
        <>
          <h2>Approvals added</h2>
          <ul>
            {comparison.approvalsAdded.map((approval) => (
              <li key={approval.id}>{approval.body}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

const FROM_FIELD = 'compare-from';
const TO_FIELD = 'compare-to';

function ChooseRevisions({ view, from, to }: { view: CaseView; from: number; to: number }) {
  const navigate = useNavigate();
  const [first, setFirst] = useState(String(from));
  const [second, setSecond] = useState(String(to));
  const sorted = [...view.revisions].sort((a, b) => a.number - b.number);
  const choose = (event: FormEvent) => {
    event.preventDefault();
    void navigate(paths.businessCase.compare(view.project.id, Number(first), Number(second)));
  };
  const select = (id: string, label: string, value: string, set: (v: string) => void) => (
    <FieldFrame id={id} label={label}>
      <select
        id={id}
        className="select"
        value={value}
        aria-describedby={describedBy(id)}
        onChange={(e) => set(e.target.value)}
      >
        {sorted.map((revision) => (
          <option key={revision.id} value={String(revision.number)}>
            {revisionLabel(revision)}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
  return (
    <form onSubmit={choose} noValidate className="compare-choose">
      {select(FROM_FIELD, 'Compare', first, setFirst)}
      {select(TO_FIELD, 'with', second, setSecond)}
      <button type="submit" className="button button--secondary">
        Compare these revisions
      </button>
    </form>
  );
}

function CompareBody({ view }: { view: CaseView }) {
  const { project, businessCase, revisions, template } = view;
  const [search] = useSearchParams();
  const fallback = defaultPair(revisions);
  const numbers = new Set(revisions.map((r) => r.number));
  const asked = { from: Number(search.get('from')), to: Number(search.get('to')) };
  const valid = numbers.has(asked.from) && numbers.has(asked.to);
  const pair = valid ? asked : fallback;
  const title = 'Compare revisions';
  const page = (children: ReactNode) => (
    <Page title={`${title}: ${businessCase.title}`} heading={title} caption={businessCase.title}>
      {children}
      <p>
        <Link to={paths.businessCase.home(project.id)}>Back to the business case</Link>
      </p>
    </Page>
  );
  if (!pair)
    return page(
      <p>
        The case has only one revision so far. When you reach a gate,{' '}
        <Link to={paths.businessCase.newRevision(project.id)}>start a new revision</Link>; then you can compare the two.
      </p>,
    );
  const first = revisions.find((r) => r.number === Math.min(pair.from, pair.to));
  const second = revisions.find((r) => r.number === Math.max(pair.from, pair.to));
  if (!first || !second) return page(<p>Those revisions are not part of this case.</p>);
  const [older, newer] = [first, second];
  const order = template ? flattenTemplateSections(template).map(({ section }) => section.id) : [];
  const comparison = compareRevisions(older, newer, order);
  return page(
    <>
      {(search.has('from') || search.has('to')) && !valid && (
        <p className="inset">
          Those revisions are not part of this case, so the last frozen revision and the current one are shown.
        </p>
      )}
      <ChooseRevisions key={`${older.number}-${newer.number}`} view={view} from={older.number} to={newer.number} />
      {older.number === newer.number ? (
        <p className="inset">Both choices are revision {older.number}. Choose two different revisions to compare.</p>
      ) : (
        <>
          <p data-testid="compare-intro">
            {revisionLabel(older)}, asking to {gateLabel(older.gate).toLowerCase()}, compared with{' '}
            {revisionLabel(newer).replace(/^Revision/, 'revision')}, asking to {gateLabel(newer.gate).toLowerCase()}.
          </p>
          {newer.summary.trim() && (
            <p>
              <strong>What changed and why, in revision {newer.number}:</strong> {newer.summary}
            </p>
          )}
          {!template && (
            <p className="inset">
              The template this case was made from is not installed, so sections are shown without their titles.
            </p>
          )}
          <SectionChanges view={view} comparison={comparison} />
          <OtherChanges view={view} comparison={comparison} />
          <h2>Download the changes</h2>
          <ChangesDownload projectId={project.id} from={older.number} to={newer.number} />
        </>
      )}
    </>,
  );
}

export function ComparePage() {
  return <WithCase title="Compare revisions">{(view) => <CompareBody view={view} />}</WithCase>;
}
