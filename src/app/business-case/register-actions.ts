// Use cases of a business case's risks, decisions and dependencies: add, change and remove a row of the
// draft revision the person was shown. A frozen revision is refused; a change made meanwhile elsewhere is
// reported, never written over.
import type { CaseRevision } from '../../domain/business-case/model';
import type { RevisionContent } from '../../domain/business-case/revisions';
import { newId } from '../../domain/ids';
import { changeDraft, missing, type DraftRepositories, type DraftTarget, type PartOutcome } from './cost-actions';
import {
  checkRegisterRow,
  REGISTER_WORDS,
  type RegisterField,
  type RegisterInput,
  type RegisterKind,
  type RegisterRows,
} from './register-edits';

function withRows<K extends RegisterKind>(kind: K, rows: RegisterRows[K][]): Partial<RevisionContent> {
  return { [kind]: rows } as Partial<RevisionContent>;
}

function rowsOf<K extends RegisterKind>(revision: CaseRevision, kind: K): RegisterRows[K][] {
  return revision[kind] as RegisterRows[K][];
}

/** Adds a row (rowId null) or changes one, from what the person typed. */
export async function saveRegisterRow<K extends RegisterKind>(
  repos: DraftRepositories,
  target: DraftTarget,
  kind: K,
  rowId: string | null,
  input: RegisterInput,
  clock: () => Date = () => new Date(),
): Promise<PartOutcome<RegisterField>> {
  const checked = checkRegisterRow(kind, input, rowId ?? newId());
  if (!checked.ok) return { ok: false, errors: checked.errors };
  const row = checked.value;
  const revision = await changeDraft(
    repos,
    target,
    (current) => {
      const rows = rowsOf(current, kind);
      if (rowId !== null && !rows.some((r) => r.id === rowId)) throw missing(REGISTER_WORDS[kind].one);
      return withRows(kind, rowId === null ? [...rows, row] : rows.map((r) => (r.id === rowId ? row : r)));
    },
    clock,
  );
  return { ok: true, revision, id: row.id };
}

/** Removes a row. */
export async function removeRegisterRow(
  repos: DraftRepositories,
  target: DraftTarget,
  kind: RegisterKind,
  rowId: string,
  clock: () => Date = () => new Date(),
): Promise<CaseRevision> {
  return changeDraft(
    repos,
    target,
    (current) => {
      const rows = rowsOf(current, kind);
      if (!rows.some((r) => r.id === rowId)) throw missing(REGISTER_WORDS[kind].one);
      return withRows(
        kind,
        rows.filter((r) => r.id !== rowId),
      );
    },
    clock,
  );
}
