// The matrix: the steps of one process down the side against the steps of another across the top, with
// the relation of every link in its cell, read from the row's step ("covered by": the row's step is
// covered by the column's step). Big processes are shown a page of rows and columns at a time, and can
// be narrowed to the steps that have links or to steps whose names match a search.
import { useId, useMemo, useState } from 'react';
import type { ComplianceMap, MapLink, MapRelation } from '../../../domain/compliance-map/map-model';
import { MAP_RELATIONS, RELATION_LABELS } from '../../../domain/compliance-map/map-model';
import { TableScroll } from '../../components/TableScroll';
import { ViewSection } from './ViewSection';
import { count, linkFrom, MAP_SECTION_IDS, RELATION_TERMS, type MapHrefs } from './view-model';

export const MATRIX_ROWS_PER_PAGE = 25;
export const MATRIX_COLUMNS_PER_PAGE = 8;
/** Above this many steps, the matrix starts with only the steps that have links. */
const LINKED_ONLY_FROM = 30;

type Cells = Map<string, Map<string, { link: MapLink; relation: MapRelation }[]>>;

function cellsBetween(links: readonly MapLink[], rowProcess: string, colProcess: string): Cells {
  const cells: Cells = new Map();
  for (const link of links) {
    for (const end of [link.from, link.to]) {
      if (end.processId !== rowProcess) continue;
      const seen = linkFrom(link, end);
      if (!seen || seen.other.processId !== colProcess) continue;
      const row = cells.get(end.stepId) ?? new Map();
      row.set(seen.other.stepId, [...(row.get(seen.other.stepId) ?? []), { link, relation: seen.relation }]);
      cells.set(end.stepId, row);
    }
  }
  return cells;
}

function Pager({
  label,
  at,
  size,
  total,
  onMove,
}: {
  label: string;
  at: number;
  size: number;
  total: number;
  onMove: (to: number) => void;
}) {
  if (total <= size) return null;
  return (
    <div className="button-group map-window" role="group" aria-label={`Which ${label} to show`}>
      <button
        type="button"
        className="button button--secondary"
        disabled={at === 0}
        onClick={() => onMove(Math.max(0, at - size))}
      >
        Previous {label}
      </button>
      <p aria-live="polite">{`Showing ${label} ${at + 1} to ${Math.min(at + size, total)} of ${total.toLocaleString('en-GB')}.`}</p>
      <button
        type="button"
        className="button button--secondary"
        disabled={at + size >= total}
        onClick={() => onMove(at + size)}
      >
        Next {label}
      </button>
    </div>
  );
}

export function RelationMatrix({ map, hrefs }: { map: ComplianceMap; hrefs: MapHrefs }) {
  const uid = useId();
  const [rowId, setRowId] = useState(map.processes[0]?.id ?? '');
  const [colId, setColId] = useState(map.processes[1]?.id ?? '');
  const rowProcess = map.processes.find((p) => p.id === rowId);
  const colProcess = map.processes.find((p) => p.id === colId);
  const big = (rowProcess?.steps.length ?? 0) > LINKED_ONLY_FROM || (colProcess?.steps.length ?? 0) > LINKED_ONLY_FROM;
  const [linkedOnly, setLinkedOnly] = useState(big);
  const [search, setSearch] = useState('');
  const [rowAt, setRowAt] = useState(0);
  const [colAt, setColAt] = useState(0);
  const cells = useMemo(() => cellsBetween(map.links, rowId, colId), [map.links, rowId, colId]);
  const linkedCols = useMemo(() => new Set([...cells.values()].flatMap((row) => [...row.keys()])), [cells]);
  const needle = search.trim().toLowerCase();
  const keep = (name: string, linked: boolean) =>
    (!linkedOnly || linked) && (!needle || name.toLowerCase().includes(needle));
  const rows = (rowProcess?.steps ?? []).filter((s) => keep(s.name, cells.has(s.id)));
  const cols = (colProcess?.steps ?? []).filter((s) => keep(s.name, linkedCols.has(s.id)));
  const pageRows = rows.slice(rowAt, rowAt + MATRIX_ROWS_PER_PAGE);
  const pageCols = cols.slice(colAt, colAt + MATRIX_COLUMNS_PER_PAGE);
  const reset = () => {
    setRowAt(0);
    setColAt(0);
  };
  const choose = (label: string, value: string, set: (id: string) => void, id: string) => (
    <div className="form-group">
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="select"
        value={value}
        onChange={(e) => {
          set(e.target.value);
          reset();
        }}
      >
        {map.processes.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
      </select>
    </div>
  );
  const used = new Set(pageRows.flatMap((r) => [...(cells.get(r.id)?.values() ?? [])].flat().map((c) => c.relation)));

  return (
    <ViewSection id={MAP_SECTION_IDS.matrix} title="Matrix of links">
      {map.processes.length < 2 ? (
        <p>Add a second process to compare the steps of one with the other.</p>
      ) : (
        <>
          <div className="map-controls">
            {map.processes.length > 2 && (
              <>
                {choose('Steps down the side', rowId, setRowId, `${uid}-rows`)}
                {choose('Steps across the top', colId, setColId, `${uid}-cols`)}
              </>
            )}
            <div className="form-group">
              <label className="label" htmlFor={`${uid}-search`}>
                Find steps by name
              </label>
              <input
                id={`${uid}-search`}
                className="input"
                type="search"
                value={search}
                onChange={(e) => {
                  setSearch(e.target.value);
                  reset();
                }}
              />
            </div>
            <div className="checkbox">
              <input
                id={`${uid}-linked`}
                type="checkbox"
                checked={linkedOnly}
                onChange={(e) => {
                  setLinkedOnly(e.target.checked);
                  reset();
                }}
              />
              <label htmlFor={`${uid}-linked`}>Show only steps with links between these two processes</label>
            </div>
          </div>
          {rowId === colId ? (
            <p>Choose two different processes to compare.</p>
          ) : rows.length === 0 || cols.length === 0 ? (
            <p>{`No steps to show: ${linkedOnly ? 'no links between these processes match' : 'no step names match'}${needle ? ` “${search.trim()}”` : ''}.`}</p>
          ) : (
            <>
              <p>{`${count(rows.length, 'step', 'steps')} of ${rowProcess?.title ?? ''} down the side, ${count(cols.length, 'step', 'steps')} of ${colProcess?.title ?? ''} across the top. Each cell says how the step of its row relates to the step of its column.`}</p>
              <Pager label="rows" at={rowAt} size={MATRIX_ROWS_PER_PAGE} total={rows.length} onMove={setRowAt} />
              <Pager label="columns" at={colAt} size={MATRIX_COLUMNS_PER_PAGE} total={cols.length} onMove={setColAt} />
              <TableScroll label="Matrix of links">
                <table className="table map-matrix">
                  <caption className="visually-hidden">{`Links from steps of ${rowProcess?.title ?? ''} (rows) to steps of ${colProcess?.title ?? ''} (columns)`}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{`${rowProcess?.title ?? ''} step`}</th>
                      {pageCols.map((c) => (
                        <th scope="col" key={c.id}>
                          {c.name}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {pageRows.map((r) => (
                      <tr key={r.id}>
                        <th scope="row">{r.name}</th>
                        {pageCols.map((c) => {
                          const found = cells.get(r.id)?.get(c.id) ?? [];
                          return (
                            <td key={c.id}>
                              {found.length === 0 ? (
                                <span className="visually-hidden">No link</span>
                              ) : (
                                found.map(({ link, relation }, i) => (
                                  <span key={link.id}>
                                    {i > 0 && ', '}
                                    <a href={hrefs.linkHref(link.id)}>{RELATION_TERMS[relation]}</a>
                                    {link.status === 'draft' ? ' (draft)' : ''}
                                  </span>
                                ))
                              )}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
              {used.size > 0 && (
                <>
                  <h3>What the words in the cells mean</h3>
                  <dl className="map-legend">
                    {MAP_RELATIONS.filter((r) => used.has(r)).map((r) => (
                      <div key={r}>
                        <dt>{RELATION_TERMS[r]}</dt>
                        <dd>{`The row's step ${RELATION_LABELS[r]} the column's step.`}</dd>
                      </div>
                    ))}
                  </dl>
                </>
              )}
            </>
          )}
        </>
      )}
    </ViewSection>
  );
}
