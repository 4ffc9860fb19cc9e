// Suggested links for a person to accept, change or reject; nothing is applied on its own. Each shows the
// two steps, how strong the match is in words, the reasons seen, and a choice of relation (the suggested
// one first). After Accept or Reject, focus moves to the next suggestion, or to the message saying what
// happened when none is left, so a keyboard user never loses their place.
import { useEffect, useId, useRef, useState } from 'react';
import type { ComplianceMap, MapRelation } from '../../../domain/compliance-map/map-model';
import { MAP_RELATIONS, RELATION_LABELS, stepKey } from '../../../domain/compliance-map/map-model';
import type { Suggestion } from '../../../domain/compliance-map/analysis-types';
import { ViewSection } from './ViewSection';
import { count, MAP_SECTION_IDS, matchStrength, stepLabel, stepName } from './view-model';

export const SUGGESTIONS_PER_PAGE = 20;

export function suggestionKey(s: Pick<Suggestion, 'from' | 'to'>): string {
  return `${stepKey(s.from)}>${stepKey(s.to)}`;
}

/** A conflict needs a written reason, so it is drawn on the link's own page rather than from a suggestion. */
const CHOICES: readonly MapRelation[] = MAP_RELATIONS.filter((r) => r !== 'conflicts-with');

export function SuggestionList({
  map,
  suggestions,
  onAccept,
  onReject,
}: {
  map: ComplianceMap;
  suggestions: readonly Suggestion[];
  onAccept: (suggestion: Suggestion, relation: MapRelation) => void;
  onReject: (suggestion: Suggestion) => void;
}) {
  const uid = useId();
  const [chosen, setChosen] = useState<Record<string, MapRelation>>({});
  const [shown, setShown] = useState(SUGGESTIONS_PER_PAGE);
  const [message, setMessage] = useState('');
  const pending = useRef<number | null>(null);
  const headings = useRef(new Map<number, HTMLElement>());
  const status = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    const at = pending.current;
    if (at === null) return;
    pending.current = null;
    const next = Math.min(at, Math.min(shown, suggestions.length) - 1);
    if (next >= 0) headings.current.get(next)?.focus();
    else status.current?.focus();
  }, [suggestions, shown]);

  const pair = (s: Suggestion) => `${stepLabel(map, s.from)} and ${stepLabel(map, s.to)}`;
  const act = (s: Suggestion, i: number, accept: boolean) => {
    const relation = chosen[suggestionKey(s)] ?? s.relation;
    pending.current = i;
    setMessage(
      accept
        ? `Link made: ${stepName(map, s.from)} ${RELATION_LABELS[relation]} ${stepName(map, s.to)}.`
        : `Suggestion rejected: ${stepName(map, s.from)} and ${stepName(map, s.to)} will not be suggested again.`,
    );
    if (accept) onAccept(s, relation);
    else onReject(s);
  };

  return (
    <ViewSection id={MAP_SECTION_IDS.suggestions} title="Suggested links">
      <p ref={status} role="status" tabIndex={-1} className={message ? 'map-status' : 'visually-hidden'}>
        {message}
      </p>
      {suggestions.length === 0 ? (
        <p>No suggestions left to review.</p>
      ) : (
        <>
          <p>
            {`${count(suggestions.length, 'suggestion', 'suggestions')}, closest matches first. Nothing is linked until you accept it.`}
          </p>
          <ol className="list map-suggestions">
            {suggestions.slice(0, shown).map((s, i) => {
              const key = suggestionKey(s);
              const relation = chosen[key] ?? s.relation;
              const selectId = `${uid}-relation-${i}`;
              return (
                <li key={key} className="map-suggestion">
                  <h3
                    tabIndex={-1}
                    ref={(el) => {
                      if (el) headings.current.set(i, el);
                      else headings.current.delete(i);
                    }}
                  >
                    {pair(s)}
                  </h3>
                  <p>
                    <strong>{matchStrength(s.score)}</strong>
                    {` (score ${Math.round(s.score * 100)} out of 100)`}
                  </p>
                  {s.reasons.length > 0 && (
                    <ul className="list list--bullet">
                      {s.reasons.map((reason) => (
                        <li key={reason}>{reason}</li>
                      ))}
                    </ul>
                  )}
                  <div className="form-group">
                    <label className="label" htmlFor={selectId}>
                      {`How ${stepName(map, s.from)} relates to ${stepName(map, s.to)}`}
                    </label>
                    <select
                      id={selectId}
                      className="select"
                      value={relation}
                      onChange={(e) => {
                        const value = MAP_RELATIONS.find((r) => r === e.target.value);
                        if (value) setChosen({ ...chosen, [key]: value });
                      }}
                    >
                      {(CHOICES.includes(s.relation) ? CHOICES : [s.relation, ...CHOICES]).map((r) => (
                        <option key={r} value={r}>
                          {`${RELATION_LABELS[r]}${r === s.relation ? ' (suggested)' : ''}`}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="button-group">
                    <button type="button" className="button" onClick={() => act(s, i, true)}>
                      Accept<span className="visually-hidden">{` the link between ${pair(s)}`}</span>
                    </button>
                    <button type="button" className="button button--secondary" onClick={() => act(s, i, false)}>
                      Reject<span className="visually-hidden">{` the suggestion for ${pair(s)}`}</span>
                    </button>
                  </div>
                </li>
              );
            })}
          </ol>
          {suggestions.length > shown && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setShown(shown + SUGGESTIONS_PER_PAGE)}
            >
              {`Show ${Math.min(SUGGESTIONS_PER_PAGE, suggestions.length - shown)} more suggestions`}
            </button>
          )}
        </>
      )}
    </ViewSection>
  );
}
