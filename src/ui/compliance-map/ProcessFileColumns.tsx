// What a process file holds, in plain words, beside the file choice on Add a process. The full description
// for people who prepare such files in bulk is docs/process-files.md; this says what a person needs to know
// to save one from a spreadsheet.
import { DataTable } from '../components/DataTable';

const COLUMNS: readonly [string, string, string][] = [
  [
    'id',
    'Yes',
    'A short name for the step, unique in the file: small letters, digits, hyphens and full stops, such as design-signoff',
  ],
  ['name', 'Yes', 'What the step is called, such as Design sign-off'],
  ['owner', 'No', 'Who owns the step, such as Architecture board'],
  ['phase', 'No', 'Discovery, alpha, beta or live'],
  ['evidence', 'No', 'The documents the step asks for, with a semicolon between each'],
  ['depends_on', 'No', 'The ids of steps in the same file that must finish first, with a semicolon between each'],
  ['duration_days', 'No', 'How many days the step usually takes, as a whole number'],
  ['description', 'No', 'What happens in the step'],
];

export function ProcessFileColumns() {
  return (
    <details className="details">
      <summary>What the file needs to hold</summary>
      <p>
        One step on each row of a CSV file or an Excel workbook (.xlsx). The first row gives the column headings below,
        in any order. In Excel, Waymark reads the sheet named Steps, or else the first sheet; save a CSV file as
        &ldquo;CSV UTF-8 (Comma delimited)&rdquo;.
      </p>
      <DataTable
        caption="Columns of a process file"
        scrollLabel="Columns of a process file"
        columns={['Column heading', 'Needed', 'What it holds']}
      >
        {COLUMNS.map(([heading, needed, what]) => (
          <tr key={heading}>
            <th scope="row">
              <code>{heading}</code>
            </th>
            <td>{needed}</td>
            <td>{what}</td>
          </tr>
        ))}
      </DataTable>
      <p>
        Nothing is added until the whole file is right. If something is wrong, every problem is listed with the number
        of its row as the spreadsheet shows it, so you can put it right and choose the file again. The process takes its
        title from the file name; you can change it once it is added.
      </p>
    </details>
  );
}
