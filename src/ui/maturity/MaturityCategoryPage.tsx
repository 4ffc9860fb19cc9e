// Scoring one category of a maturity model
// (/projects/:projectId/assessments/maturity/:maturityId/categories/:categoryId): for the category, or each
// of its dimensions, where the project is now (the model's levels, each with its description), the target
// level, notes, and the lever or next step that would close the gap. One form, saved together.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { scoreMaturityCategory } from '../../app/maturity/maturity-actions';
import {
  scoreDraftOf,
  scoreField,
  type MaturityErrors,
  type MaturityScoreDraft,
} from '../../app/maturity/maturity-edits';
import { levelDescription } from '../../app/maturity/maturity-models';
import { MATURITY_LIMITS, maturityRows, type MaturityRow } from '../../domain/assessment/maturity-self-assessment';
import { ErrorSummary } from '../components/ErrorSummary';
import { RadioGroup, TextArea } from '../components/fields';
import { Page } from '../components/Page';
import { repositories } from '../data';
import { paths } from '../paths';
import { NotFoundPage } from '../routes/NotFoundPage';
import { summaryItems } from '../assessments/assessment-screen';
import { maturityName, useMaturitySave, WithMaturity, type MaturityScreen } from './maturity-screen';

/** An id for a row's fields: the row key with its slash made safe for ids and selectors. */
function fieldId(row: MaturityRow, field: keyof MaturityScoreDraft): string {
  return `maturity-${row.key.replace(/[^A-Za-z0-9_-]/g, '--')}-${field}`;
}

function CategoryForm({ project, selfAssessment, model, categoryId }: MaturityScreen & { categoryId: string }) {
  const navigate = useNavigate();
  const category = model.categories.find((c) => c.id === categoryId);
  const rows = maturityRows(model).filter((row) => row.categoryId === categoryId);
  const [drafts, setDrafts] = useState<Record<string, MaturityScoreDraft>>(() =>
    Object.fromEntries(rows.map((row) => [row.key, scoreDraftOf(selfAssessment, row.key)])),
  );
  const [errors, setErrors] = useState<MaturityErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const { save, saving } = useMaturitySave(project, selfAssessment);
  if (!category || rows.length === 0) return <NotFoundPage />;
  const overview = paths.maturity.overview(project.id, selfAssessment.id);
  const fieldIds = Object.fromEntries(
    rows.flatMap((row) =>
      (['current', 'target', 'notes', 'lever'] as const).map((field) => [
        scoreField(field, row.key),
        fieldId(row, field),
      ]),
    ),
  );
  const set = (key: string, change: Partial<MaturityScoreDraft>) =>
    setDrafts((all) => ({ ...all, [key]: { ...(all[key] ?? scoreDraftOf(selfAssessment, key)), ...change } }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setSaveError(null);
    const result = await save(
      (target) => scoreMaturityCategory(repositories(), target, categoryId, drafts),
      `The scores for ${category?.title ?? 'the category'} are saved.`,
    );
    if (result.kind === 'invalid') setErrors(result.errors);
    else if (result.kind === 'failed') {
      setErrors({});
      setSaveError(result.message);
    } else await navigate(overview);
  }

  return (
    <Page
      title={`${category.title}: ${maturityName(selfAssessment, model)}: ${project.name}`}
      heading={category.title}
      caption={`${model.title}, ${project.name}`}
    >
      <p>
        <Link to={overview}>Back to the self-assessment</Link>
      </p>
      <p>{category.summary}</p>
      <form onSubmit={submit} noValidate className="form">
        <ErrorSummary errors={summaryItems(errors, fieldIds, saveError)} />
        {rows.map((row) => {
          const draft = drafts[row.key] ?? scoreDraftOf(selfAssessment, row.key);
          const dimension = category.dimensions?.find((d) => d.id === row.dimensionId);
          const about = dimension ? dimension.title : category.title;
          return (
            <section key={row.key} aria-labelledby={dimension ? `${fieldId(row, 'current')}-heading` : undefined}>
              {dimension && (
                <>
                  <h2 id={`${fieldId(row, 'current')}-heading`}>{dimension.title}</h2>
                  {dimension.summary && <p>{dimension.summary}</p>}
                </>
              )}
              <RadioGroup
                id={fieldId(row, 'current')}
                legend={`Where is the project now on ${about}?`}
                hint="Choose the level whose description is closest to how the project works today."
                value={draft.current}
                error={errors[scoreField('current', row.key)]}
                options={[
                  ...model.levels.map((level) => ({
                    value: level.id,
                    label: level.label,
                    hint: levelDescription(model, row.categoryId, row.dimensionId, level.id),
                  })),
                  { value: '', label: 'Not scored yet' },
                ]}
                onChange={(current) => set(row.key, { current })}
              />
              <RadioGroup
                id={fieldId(row, 'target')}
                legend={`What level is the target for ${about}?`}
                hint="Where the team wants to be by the next self-assessment. Not every row needs the highest level."
                value={draft.target}
                error={errors[scoreField('target', row.key)]}
                options={[
                  ...model.levels.map((level) => ({ value: level.id, label: level.label })),
                  { value: '', label: 'No target' },
                ]}
                onChange={(target) => set(row.key, { target })}
              />
              <TextArea
                id={fieldId(row, 'notes')}
                label={`Notes on ${about} (optional)`}
                hint="Why the team chose this level: what it sees, and who took part."
                value={draft.notes}
                error={errors[scoreField('notes', row.key)]}
                maxLength={MATURITY_LIMITS.notes}
                onChange={(notes) => set(row.key, { notes })}
              />
              <TextArea
                id={fieldId(row, 'lever')}
                label={`Lever or next step for ${about} (optional)`}
                hint="What the team will do to close the gap between now and the target."
                value={draft.lever}
                error={errors[scoreField('lever', row.key)]}
                maxLength={MATURITY_LIMITS.lever}
                onChange={(lever) => set(row.key, { lever })}
              />
            </section>
          );
        })}
        <div className="button-group">
          <button type="submit" className="button" aria-disabled={saving || undefined}>
            Save scores
          </button>
          <Link to={overview} className="button button--secondary">
            Cancel
          </Link>
        </div>
      </form>
    </Page>
  );
}

export function MaturityCategoryPage() {
  const { categoryId } = useParams();
  return (
    <WithMaturity title="Score a category">
      {(screen) => <CategoryForm {...screen} categoryId={categoryId ?? ''} />}
    </WithMaturity>
  );
}
