// A data table done the same way everywhere: a caption that names it, header cells scoped to their
// columns, and a labelled scroll region around it so a table wider than the screen scrolls inside its
// own box and the page never does. Rows are given as children; each starts with a row header
// (`<th scope="row">`).
import type { ReactNode } from 'react';
import { TableScroll } from './TableScroll';

/**
 * A column's heading; `hidden` keeps it for screen readers only (a column of buttons, say); `numeric` lines
 * the heading up on the right, over figures that are.
 */
export type DataColumn = string | { label: string; hidden: true } | { label: string; numeric: true };

export function DataTable({
  caption,
  showCaption = false,
  scrollLabel,
  columns,
  className,
  children,
}: {
  /** Names the table for assistive technology; shown above it when `showCaption` is set. */
  caption: string;
  showCaption?: boolean;
  /** Names the scroll region while the table is wider than its box (keep it different from the caption). */
  scrollLabel: string;
  columns: readonly DataColumn[];
  /** Extra classes for the table, such as `table--levels`. */
  className?: string;
  children: ReactNode;
}) {
  return (
    <TableScroll label={scrollLabel}>
      <table className={className ? `table ${className}` : 'table'}>
        <caption className={showCaption ? 'table__caption' : 'visually-hidden'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) =>
              typeof column === 'string' ? (
                <th scope="col" key={column}>
                  {column}
                </th>
              ) : 'numeric' in column ? (
                <th scope="col" key={column.label} className="numeric">
                  {column.label}
                </th>
              ) : (
                <th scope="col" key={column.label}>
                  <span className="visually-hidden">{column.label}</span>
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableScroll>
  );
}
