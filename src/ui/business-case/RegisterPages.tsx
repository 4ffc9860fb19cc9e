// The risks, decisions and dependencies of a business case (/business-case/risks, /decisions,
// /dependencies): a table of each, and the form that adds, changes or removes a row (/risks/new,
// /risks/:rowId and the same for the others). A frozen revision is shown, never offered for editing.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { removeRegisterRow, saveRegisterRow } from '../../app/business-case/register-actions';
import {
  REGISTER_WORDS,
  rowToInput,
  type RegisterInput,
  type RegisterKind,
  type RegisterRows,
} from '../../app/business-case/register-edits';
import { dateOrNot } from '../../export/business-case-words';
import { DataTable } from '../components/DataTable';
import { ErrorSummary } from '../components/ErrorSummary';
import { errorMessage } from '../components/error-message';
import { TextArea, TextField } from '../components/fields';
import { Page } from '../components/Page';
import { DateField } from '../evidence/DateField';
import { repositories } from '../data';
import { paths } from '../paths';
import { useNotices } from '../state/notices';
import { WithCase, type CaseView } from './case-screen';
import { CaseFormPage, errorItems, isFrozen, SAVE_FAILED, useDraftTarget } from './CostPages';
import { FrozenNotice, RemoveWithConfirm } from './part-screen';
import './business-case.css';

const INTRO: Record<RegisterKind, string> = {
  risks: 'What could stop the project delivering, who owns each risk, and what the team will do about it.',
  decisions: 'The decisions taken so far, who made them, when, and the evidence behind them.',
  dependencies: 'What the project needs from others to succeed, who owns it, and when it is needed.',
};

function rowsOf<K extends RegisterKind>(view: CaseView, kind: K): RegisterRows[K][] {
  return view.current[kind] as RegisterRows[K][];
}

function RegisterBody({ view, kind }: { view: CaseView; kind: RegisterKind }) {
  const words = REGISTER_WORDS[kind];
  const frozen = isFrozen(view);
  const rows = rowsOf(view, kind);
  const columns = [words.text, words.person, words.date, ...(words.notes ? [words.notes] : [])];
  return (
    <>
      {frozen && <FrozenNotice view={view} />}
      <p>{INTRO[kind]}</p>
      {rows.length === 0 ? (
        <p>No {kind} yet.</p>
      ) : (
        <DataTable
          caption={words.title}
          scrollLabel={`${words.title}, scrollable`}
          columns={[...columns, ...(frozen ? [] : [{ label: 'Change', hidden: true as const }])]}
        >
          {rows.map((row) => {
            const input = rowToInput(kind, row);
            return (
              <tr key={row.id}>
                <th scope="row">{input.text}</th>
                <td>{input.person || 'Not named'}</td>
                <td>{dateOrNot(input.date || null)}</td>
                {words.notes && <td>{input.notes || 'None given'}</td>}
                {!frozen && (
                  <td>
                    <Link to={paths.businessCase.registerRow(view.project.id, kind, row.id)}>
                      Change<span className="visually-hidden"> {input.text}</span>
                    </Link>
                  </td>
                )}
              </tr>
            );
          })}
        </DataTable>
      )}
      <div className="button-group">
        {!frozen && (
          <Link to={paths.businessCase.registerRow(view.project.id, kind)} className="button button--secondary">
            Add a {words.one}
          </Link>
        )}
        <Link to={paths.businessCase.home(view.project.id)}>Back to the business case</Link>
      </div>
    </>
  );
}

export function RegisterPage({ kind }: { kind: RegisterKind }) {
  const title = REGISTER_WORDS[kind].title;
  return (
    <WithCase title={title}>
      {(view) => (
        <Page title={`${title}: ${view.businessCase.title}`} heading={title} caption={view.businessCase.title}>
          <RegisterBody view={view} kind={kind} />
        </Page>
      )}
    </WithCase>
  );
}

function RegisterRowForm({
  view,
  kind,
  row,
}: {
  view: CaseView;
  kind: RegisterKind;
  row: RegisterRows[RegisterKind] | null;
}) {
  const words = REGISTER_WORDS[kind];
  const navigate = useNavigate();
  const target = useDraftTarget(view);
  const [input, setInput] = useState<RegisterInput>(() =>
    row ? rowToInput(kind, row) : { text: '', person: '', date: '', notes: '' },
  );
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const ids = { text: `${kind}-text`, person: `${kind}-person`, date: `${kind}-date`, notes: `${kind}-notes` };
  const set = (field: keyof RegisterInput) => (value: string) => setInput((old) => ({ ...old, [field]: value }));
  const back = paths.businessCase.register(view.project.id, kind);

  async function run(
    action: () => Promise<{ ok: boolean; errors?: Partial<Record<string, string>> }>,
    message: string,
  ) {
    if (saving) return;
    setSaving(true);
    setSaveError(null);
    try {
      const outcome = await action();
      if (!outcome.ok) return setErrors(outcome.errors ?? {});
      useNotices.getState().show({ kind: 'success', message, carry: true });
      await navigate(back);
    } catch (e) {
      setErrors({});
      setSaveError(errorMessage(e, SAVE_FAILED));
    } finally {
      setSaving(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(
      () => saveRegisterRow(repositories(), target, kind, row?.id ?? null, input),
      row ? `The ${words.one} is changed.` : `The ${words.one} is added.`,
    );
  }

  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorSummary errors={errorItems(errors, ids, saveError)} />
      <TextArea
        id={ids.text}
        label={words.text}
        error={errors.text}
        value={input.text}
        rows={3}
        maxLength={4001}
        onChange={set('text')}
      />
      <TextField
        id={ids.person}
        label={words.person}
        error={errors.person}
        value={input.person}
        maxLength={301}
        onChange={set('person')}
      />
      <DateField
        id={ids.date}
        legend={words.date}
        hint="For example 31 3 2027. Leave it empty if there is no date yet."
        error={errors.date}
        value={input.date}
        onChange={set('date')}
      />
      {words.notes && (
        <TextArea
          id={ids.notes}
          label={words.notes}
          error={errors.notes}
          value={input.notes}
          rows={3}
          maxLength={4001}
          onChange={set('notes')}
        />
      )}
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={saving || undefined}>
          {row ? `Save the ${words.one}` : `Add the ${words.one}`}
        </button>
        {row && (
          <RemoveWithConfirm
            label={`Remove the ${words.one}`}
            question={`Remove this ${words.one}?`}
            onConfirm={() =>
              void run(async () => {
                await removeRegisterRow(repositories(), target, kind, row.id);
                return { ok: true };
              }, `The ${words.one} is removed.`)
            }
          />
        )}
        <Link to={back}>Cancel</Link>
      </div>
    </form>
  );
}

export function RegisterRowPage({ kind }: { kind: RegisterKind }) {
  const { rowId } = useParams();
  const words = REGISTER_WORDS[kind];
  return (
    <CaseFormPage title={rowId ? `Change a ${words.one}` : `Add a ${words.one}`}>
      {(view) => {
        const row = rowId ? rowsOf(view, kind).find((r) => r.id === rowId) : null;
        if (row === undefined)
          return (
            <p>
              That {words.one} is not in the case.{' '}
              <Link to={paths.businessCase.register(view.project.id, kind)}>Go to the {kind}</Link>
            </p>
          );
        return <RegisterRowForm key={row?.id ?? 'new'} view={view} kind={kind} row={row} />;
      }}
    </CaseFormPage>
  );
}
