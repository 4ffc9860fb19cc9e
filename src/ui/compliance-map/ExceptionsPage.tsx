// Exceptions of the map (/compliance-map/exceptions): ordering rules both sides agreed to set aside, with
// the reason and the evidence of agreement; and the form that agrees a new one (…/exceptions/new).
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { waivedRuleKey } from '../../domain/compliance-map/cycle-rules';
import {
  addException,
  emptyExceptionDraft,
  removeException,
  waivableRules,
  type ExceptionDraft,
} from '../../domain/compliance-map/map-edit-register';
import type { ComplianceMap, WaivedRule } from '../../domain/compliance-map/map-model';
import type { Project } from '../../domain/project';
import { DataTable } from '../components/DataTable';
import { formatDate } from '../components/dates';
import { ErrorSummary } from '../components/ErrorSummary';
import { RadioGroup, TextArea } from '../components/fields';
import { Page } from '../components/Page';
import { useEvidenceList } from '../data';
import { paths } from '../paths';
import { EvidenceChoices } from './EvidenceChoices';
import { changeFromList, summaryItems, useMapSave, WithMap } from './map-screen';
import { plural, waivedRuleSentence } from './map-words';

export function ExceptionsPage() {
  return <WithMap title="Exceptions">{(map, project) => <ExceptionList project={project} map={map} />}</WithMap>;
}

function ExceptionList({ project, map }: { project: Project; map: ComplianceMap }) {
  const evidence = useEvidenceList(project.id);
  const titles = new Map((evidence ?? []).map((e) => [e.id, e.title]));
  return (
    <Page
      title={`Exceptions of the compliance map: ${project.name}`}
      heading="Exceptions"
      caption={`Compliance map of ${project.name}`}
      actions={
        <Link to={paths.map.addException(project.id)} className="button">
          Agree an exception
        </Link>
      }
    >
      <p>
        <Link to={paths.map.home(project.id)}>Back to the compliance map</Link>
      </p>
      <p>
        An exception sets aside one ordering rule, a link saying one step must come before another or a step waiting for
        another in its own process, because both sides agreed to do it differently.
      </p>
      <p role="status">{plural(map.exceptions.length, 'exception', 'exceptions')}</p>
      {map.exceptions.length > 0 && (
        <DataTable
          caption={`Exceptions agreed in the compliance map of ${project.name}`}
          scrollLabel="Exceptions"
          columns={['Rule set aside', 'Why', 'Agreed', 'Evidence of agreement', { label: 'Actions', hidden: true }]}
        >
          {map.exceptions.map((exception) => {
            const rule = waivedRuleSentence(map, exception.waives);
            return (
              <tr key={exception.id}>
                <th scope="row">{rule}</th>
                <td className="pre-line">{exception.reason}</td>
                <td>
                  {exception.agreedBy || 'Someone not named'}, {formatDate(exception.agreedAt)}
                </td>
                <td>
                  {exception.evidenceIds.length === 0
                    ? 'None chosen'
                    : exception.evidenceIds
                        .map((id) => titles.get(id) ?? 'An item no longer in the evidence')
                        .join(', ')}
                </td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      void changeFromList(
                        project,
                        map,
                        (m) => removeException(m, exception.id),
                        'The exception is removed: the rule applies again.',
                      )
                    }
                  >
                    Remove<span className="visually-hidden"> the exception: {rule}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </Page>
  );
}

const FIELDS = { waives: 'exception-rule', reason: 'exception-reason', evidenceIds: 'exception-evidence' };

const ruleKey = (rule: WaivedRule): string => waivedRuleKey(rule);

function ExceptionForm({ project, map }: { project: Project; map: ComplianceMap }) {
  const navigate = useNavigate();
  const [search] = useSearchParams();
  // Opened from an ordering contradiction: its rules are offered (and the rule chosen when there is one).
  const allRules = waivableRules(map);
  const asked = new Set(search.getAll('rule'));
  const ofCycle = allRules.filter((r) => asked.has(ruleKey(r)));
  const [showAll, setShowAll] = useState(ofCycle.length === 0);
  const [draft, setDraft] = useState<ExceptionDraft>({
    ...emptyExceptionDraft(),
    waives: ofCycle.length === 1 ? (ofCycle[0] ?? null) : null,
  });
  const { errors, saveError, save } = useMapSave(project, map);
  const rules = showAll ? allRules : ofCycle;
  const back = ofCycle.length > 0 ? paths.map.home(project.id) : paths.map.exceptions(project.id);
  return (
    <form
      noValidate
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        void save(
          (m, c) => addException(m, draft, c),
          'The exception is agreed.',
          () => navigate(back),
        );
      }}
    >
      <ErrorSummary errors={summaryItems(errors, FIELDS, saveError)} />
      {!showAll && (
        <p className="inset">
          {`These are the ${rules.length === 1 ? 'rule' : `${rules.length} rules`} that make the steps wait for each other in a circle: setting one aside breaks this loop. `}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setShowAll(true);
              // The button goes; keep the keyboard's place on the first of the rules now listed.
              window.setTimeout(() => document.getElementById(FIELDS.waives)?.focus(), 0);
            }}
          >
            Show every ordering rule instead
          </button>
        </p>
      )}
      {rules.length === 0 ? (
        <p className="inset">
          The map has no ordering rules to set aside: no ordering links and no steps that wait for others.
        </p>
      ) : (
        <RadioGroup
          id={FIELDS.waives}
          legend="Which ordering rule do both sides agree to set aside?"
          value={draft.waives ? ruleKey(draft.waives) : ''}
          error={errors.waives}
          options={rules.map((rule) => ({
            value: ruleKey(rule),
            label: waivedRuleSentence(map, rule),
            hint: rule.type === 'link' ? 'An ordering link between processes' : 'A dependency inside one process',
          }))}
          onChange={(key) => setDraft({ ...draft, waives: rules.find((r) => ruleKey(r) === key) ?? null })}
        />
      )}
      <TextArea
        id={FIELDS.reason}
        label="Why do both sides agree to set it aside?"
        hint="What was agreed, by whom, and what happens instead"
        value={draft.reason}
        error={errors.reason}
        onChange={(reason) => setDraft({ ...draft, reason })}
      />
      <EvidenceChoices
        id={FIELDS.evidenceIds}
        legend="Evidence of the agreement (optional)"
        hint="Choose from the project's evidence, such as the minutes of the board that agreed it"
        projectId={project.id}
        value={draft.evidenceIds}
        error={errors.evidenceIds}
        onChange={(evidenceIds) => setDraft({ ...draft, evidenceIds })}
      />
      <div className="button-group">
        <button type="submit" className="button">
          Agree exception
        </button>
        <Link to={back} className="button button--secondary">
          Cancel
        </Link>
      </div>
    </form>
  );
}

export function ExceptionFormPage() {
  return (
    <WithMap title="Agree an exception">
      {(map, project) => (
        <Page
          title={`Agree an exception: ${project.name}`}
          heading="Agree an exception"
          caption={`Compliance map of ${project.name}`}
        >
          <ExceptionForm project={project} map={map} />
        </Page>
      )}
    </WithMap>
  );
}
