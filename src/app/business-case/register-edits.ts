// Pure rules for the risks, decisions and dependencies of a business case: what a person typed for a row,
// checked before anything is stored, one plain sentence per field.
import type { DecisionRow, DependencyRow, RiskRow } from '../../domain/business-case/model';
import { isRealDate, type Checked, type FieldErrors } from './cost-edits';

export const REGISTER_KINDS = ['risks', 'decisions', 'dependencies'] as const;
export type RegisterKind = (typeof REGISTER_KINDS)[number];

export interface RegisterRows {
  risks: RiskRow;
  decisions: DecisionRow;
  dependencies: DependencyRow;
}

/** What a person typed for a row: the main text, the person, the date and (risks, decisions) the notes. */
export interface RegisterInput {
  text: string;
  person: string;
  /** `YYYY-MM-DD`, or '' for none. */
  date: string;
  notes: string;
}

export type RegisterField = 'text' | 'person' | 'date' | 'notes';

const LONG = 4000;
const SHORT = 300;

/** The words each register uses for its fields, shared by the screens and the checks. */
export const REGISTER_WORDS: Record<
  RegisterKind,
  {
    one: string;
    title: string;
    text: string;
    person: string;
    date: string;
    notes: string | null;
    empty: string;
  }
> = {
  risks: {
    one: 'risk',
    title: 'Risks',
    text: 'Risk',
    person: 'Owner',
    date: 'Review by',
    notes: 'Response',
    empty: 'Describe the risk.',
  },
  decisions: {
    one: 'decision',
    title: 'Decisions',
    text: 'Decision',
    person: 'Made by',
    date: 'Date',
    notes: 'Evidence',
    empty: 'Say what was decided.',
  },
  dependencies: {
    one: 'dependency',
    title: 'Dependencies',
    text: 'Dependency',
    person: 'Owner',
    date: 'Needed by',
    notes: null,
    empty: 'Describe what the project depends on.',
  },
};

export function rowToInput<K extends RegisterKind>(kind: K, row: RegisterRows[K]): RegisterInput {
  if (kind === 'risks') {
    const r = row as RiskRow;
    return { text: r.risk, person: r.owner, date: r.reviewBy ?? '', notes: r.response };
  }
  if (kind === 'decisions') {
    const d = row as DecisionRow;
    return { text: d.decision, person: d.madeBy, date: d.date ?? '', notes: d.evidence };
  }
  const d = row as DependencyRow;
  return { text: d.dependency, person: d.owner, date: d.neededBy ?? '', notes: '' };
}

/** The main text of a row, for tables and messages. */
export function rowText(kind: RegisterKind, row: RegisterRows[RegisterKind]): string {
  return rowToInput(kind, row).text;
}

/** Checks a row typed by a person and builds it with the id given. */
export function checkRegisterRow<K extends RegisterKind>(
  kind: K,
  input: RegisterInput,
  id: string,
): Checked<RegisterRows[K], RegisterField> {
  const words = REGISTER_WORDS[kind];
  const errors: FieldErrors<RegisterField> = {};
  const text = input.text.trim();
  if (text === '') errors.text = words.empty;
  else if (text.length > LONG) errors.text = `The ${words.one} must be ${LONG} characters or fewer.`;
  const person = input.person.trim();
  if (person.length > SHORT) errors.person = `${words.person} must be ${SHORT} characters or fewer.`;
  const date = input.date.trim();
  if (date !== '' && !isRealDate(date))
    errors.date = `${words.date} must be a real date, such as 31 3 2027, or left empty.`;
  const notes = input.notes.trim();
  if (words.notes && notes.length > LONG) errors.notes = `${words.notes} must be ${LONG} characters or fewer.`;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const when = date === '' ? null : date;
  const rows: RegisterRows = {
    risks: { id, risk: text, owner: person, response: notes, reviewBy: when },
    decisions: { id, decision: text, madeBy: person, date: when, evidence: notes },
    dependencies: { id, dependency: text, owner: person, neededBy: when },
  };
  return { ok: true, value: rows[kind] };
}
