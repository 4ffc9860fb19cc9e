// The form that adds one trial change to a what-if: move a step (change what it waits for), drop an
// ordering link, drop a dependency, or agree an exception. Each change is checked by the same edit rules
// that would keep it, so a trial never shows something that could not be kept.
import { useState, type FormEvent } from 'react';
import type { MapAnalysis } from '../../domain/compliance-map/analysis-types';
import { rulesOfCycle, waivedRuleKey } from '../../domain/compliance-map/cycle-rules';
import { waivableRules } from '../../domain/compliance-map/map-edit-register';
import type { ComplianceMap, WaivedRule } from '../../domain/compliance-map/map-model';
import { findStep, ORDER_RELATIONS, stepKey } from '../../domain/compliance-map/map-model';
import type { WhatIfChange } from '../../domain/compliance-map/what-if';
import { keepWhatIf } from '../../domain/compliance-map/what-if-keep';
import { ErrorSummary, type ErrorItem } from '../components/ErrorSummary';
import { describedBy, FieldFrame, FieldsetFrame, RadioGroup, TextArea } from '../components/fields';
import { parseStepKey } from '../../domain/compliance-map/map-edit-register';
import { linkSentence, waivedRuleSentence } from './map-words';

type Kind = 'move-step' | 'drop-link' | 'drop-dependency' | 'agree-exception';

const KINDS: readonly { value: Kind; label: string; hint: string }[] = [
  { value: 'move-step', label: 'Move a step', hint: 'Change which steps of its own process it waits for' },
  { value: 'drop-link', label: 'Drop an ordering link', hint: 'A link saying one step must come before another' },
  { value: 'drop-dependency', label: 'Drop a dependency', hint: 'A step no longer waits for another in its process' },
  { value: 'agree-exception', label: 'Agree an exception', hint: 'Both sides set one ordering rule aside' },
];

const FIELDS = {
  kind: 'whatif-kind',
  step: 'whatif-step',
  waitFor: 'whatif-wait',
  rule: 'whatif-rule',
  reason: 'whatif-reason',
};

interface Option {
  value: string;
  label: string;
}

function Choice(props: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  error?: string | undefined;
  groups: readonly { label: string; options: readonly Option[] }[];
  placeholder: string;
  onChange: (value: string) => void;
}) {
  const { id, label, hint, value, error, groups, placeholder, onChange } = props;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        className={`select${error ? ' input--error' : ''}`}
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{placeholder}</option>
        {groups
          .filter((g) => g.options.length > 0)
          .map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ))}
      </select>
    </FieldFrame>
  );
}

export function WhatIfForm({
  map,
  trial,
  trialAnalysis,
  changes,
  onTry,
}: {
  /** The map as stored. */
  map: ComplianceMap;
  /** The map with the changes tried so far. */
  trial: ComplianceMap;
  trialAnalysis: MapAnalysis | null;
  changes: readonly WhatIfChange[];
  onTry: (change: WhatIfChange) => void;
}) {
  const [kind, setKind] = useState<Kind | ''>('');
  const [step, setStep] = useState('');
  /** The steps of its process the moving step would wait for; null until a step is chosen. */
  const [waitFor, setWaitFor] = useState<string[] | null>(null);
  const [rule, setRule] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Partial<Record<keyof typeof FIELDS | 'general', string>>>({});

  const stepGroups = trial.processes.map((p) => ({
    label: p.title,
    options: p.steps.map((s) => ({ value: stepKey({ processId: p.id, stepId: s.id }), label: s.name })),
  }));
  const moving = parseStepKey(step);
  const movingProcess = moving ? trial.processes.find((p) => p.id === moving.processId) : undefined;
  const orderLinks = trial.links.filter((l) => (ORDER_RELATIONS as readonly string[]).includes(l.relation));
  const rules = waivableRules(trial).filter(
    (r) => !trial.exceptions.some((e) => waivedRuleKey(e.waives) === waivedRuleKey(r)),
  );
  const inCycles = new Set((trialAnalysis?.cycles ?? []).flatMap((c) => rulesOfCycle(trial, c)).map(waivedRuleKey));
  const ruleOptions = (list: readonly WaivedRule[]) =>
    list.map((r) => ({ value: waivedRuleKey(r), label: waivedRuleSentence(trial, r) }));
  const dependencies = rules.filter((r) => r.type === 'dependency');

  function change(): WhatIfChange | Partial<Record<keyof typeof FIELDS, string>> {
    switch (kind) {
      case '':
        return { kind: 'Choose what you want to try' };
      case 'move-step': {
        if (!moving || !findStep(trial, moving)) return { step: 'Choose the step to move' };
        const now = findStep(trial, moving)?.dependsOn ?? [];
        const chosen = waitFor ?? now;
        if (chosen.length === now.length && chosen.every((d) => now.includes(d)))
          return { waitFor: 'Choose different steps for it to wait for: these are the steps it waits for now' };
        return { type: 'move-step', step: moving, dependsOn: [...chosen] };
      }
      case 'drop-link':
        return rule === '' ? { rule: 'Choose the ordering link to drop' } : { type: 'drop-link', linkId: rule };
      case 'drop-dependency': {
        const chosen = dependencies.find((r) => waivedRuleKey(r) === rule);
        if (chosen?.type !== 'dependency') return { rule: 'Choose the dependency to drop' };
        return {
          type: 'drop-dependency',
          processId: chosen.processId,
          stepId: chosen.stepId,
          dependsOn: chosen.dependsOn,
        };
      }
      case 'agree-exception': {
        const chosen = rules.find((r) => waivedRuleKey(r) === rule);
        const problems: Partial<Record<keyof typeof FIELDS, string>> = {};
        if (!chosen) problems.rule = 'Choose the ordering rule to set aside';
        if (reason.trim() === '') problems.reason = 'Say why both sides would agree to set it aside';
        if (!chosen || Object.keys(problems).length > 0) return problems;
        return { type: 'agree-exception', waives: chosen, reason: reason.trim(), agreedBy: '', agreedAt: '' };
      }
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const built = change();
    if (!('type' in built)) {
      setErrors(built);
      return;
    }
    // Checked by the rules that would keep it, so "Keep these changes" cannot fail on it later.
    const outcome = keepWhatIf(map, [...changes, built], {
      by: '',
      at: new Date().toISOString(),
      newId: () => 'trial',
    });
    if (!outcome.ok) {
      setErrors({ general: Object.values(outcome.errors)[0] ?? 'That change cannot be made.' });
      return;
    }
    setErrors({});
    setStep('');
    setWaitFor(null);
    setRule('');
    setReason('');
    onTry(built);
  }

  const items: ErrorItem[] = (Object.keys(FIELDS) as (keyof typeof FIELDS)[])
    .filter((k) => errors[k])
    .map((k) => ({ fieldId: FIELDS[k], message: errors[k] ?? '' }));
  if (errors.general) items.push({ message: errors.general });

  return (
    <form noValidate className="form" onSubmit={submit} aria-labelledby="whatif-form-heading">
      <h2 id="whatif-form-heading">Try a change</h2>
      <ErrorSummary errors={items} />
      <RadioGroup
        id={FIELDS.kind}
        legend="What do you want to try?"
        value={kind}
        error={errors.kind}
        options={KINDS}
        onChange={(value) => {
          setKind(value);
          setRule('');
          setErrors({});
        }}
      />
      {kind === 'move-step' && (
        <>
          <Choice
            id={FIELDS.step}
            label="Step to move"
            value={step}
            error={errors.step}
            groups={stepGroups}
            placeholder="Choose a step"
            onChange={(v) => {
              setStep(v);
              const chosen = parseStepKey(v);
              setWaitFor(chosen ? [...(findStep(trial, chosen)?.dependsOn ?? [])] : null);
            }}
          />
          {movingProcess && moving && (
            <FieldsetFrame
              id={FIELDS.waitFor}
              legend="Which steps of its process will it wait for?"
              hint={`It now waits for: ${
                findStep(trial, moving)
                  ?.dependsOn.map((d) => movingProcess.steps.find((o) => o.id === d)?.name ?? d)
                  .join(', ') || 'nothing'
              }. Tick every step it should wait for; with none ticked it can start at once.`}
              error={errors.waitFor}
            >
              <div className="radios whatif-wait">
                {movingProcess.steps
                  .filter((s) => s.id !== moving.stepId)
                  .map((other, index) => {
                    const id = index === 0 ? FIELDS.waitFor : `${FIELDS.waitFor}-${index}`;
                    const chosen = waitFor ?? [];
                    return (
                      <div className="radio" key={other.id}>
                        <input
                          id={id}
                          type="checkbox"
                          checked={chosen.includes(other.id)}
                          onChange={(e) =>
                            setWaitFor(
                              e.target.checked
                                ? movingProcess.steps
                                    .map((o) => o.id)
                                    .filter((o) => o === other.id || chosen.includes(o))
                                : chosen.filter((d) => d !== other.id),
                            )
                          }
                        />
                        <label htmlFor={id}>{other.name}</label>
                      </div>
                    );
                  })}
              </div>
            </FieldsetFrame>
          )}
        </>
      )}
      {kind === 'drop-link' && (
        <Choice
          id={FIELDS.rule}
          label="Ordering link to drop"
          value={rule}
          error={errors.rule}
          groups={[
            {
              label: 'Ordering links',
              options: orderLinks.map((l) => ({ value: l.id, label: linkSentence(trial, l) })),
            },
          ]}
          placeholder={orderLinks.length === 0 ? 'The map has no ordering links' : 'Choose a link'}
          onChange={setRule}
        />
      )}
      {kind === 'drop-dependency' && (
        <Choice
          id={FIELDS.rule}
          label="Dependency to drop"
          value={rule}
          error={errors.rule}
          groups={[
            {
              label: 'In an ordering contradiction',
              options: ruleOptions(dependencies.filter((r) => inCycles.has(waivedRuleKey(r)))),
            },
            {
              label: 'Other dependencies',
              options: ruleOptions(dependencies.filter((r) => !inCycles.has(waivedRuleKey(r)))),
            },
          ]}
          placeholder="Choose a dependency"
          onChange={setRule}
        />
      )}
      {kind === 'agree-exception' && (
        <>
          <Choice
            id={FIELDS.rule}
            label="Ordering rule to set aside"
            value={rule}
            error={errors.rule}
            groups={[
              {
                label: 'In an ordering contradiction',
                options: ruleOptions(rules.filter((r) => inCycles.has(waivedRuleKey(r)))),
              },
              { label: 'Other rules', options: ruleOptions(rules.filter((r) => !inCycles.has(waivedRuleKey(r)))) },
            ]}
            placeholder="Choose a rule"
            onChange={setRule}
          />
          <TextArea
            id={FIELDS.reason}
            label="Why would both sides agree to set it aside?"
            hint="Kept with the exception if you keep the changes"
            value={reason}
            error={errors.reason}
            onChange={setReason}
          />
        </>
      )}
      <button type="submit" className="button button--secondary">
        Try this change
      </button>
    </form>
  );
}
