// Lists kept per delivery phase (what assessors look for, prompts of a business case section), one text box
// per phase with one entry on each line.
import { PHASE_LABELS, PHASES, type Phase } from '../../domain/project';
import { EditorLines } from './editor-fields';

export type PerPhase = Partial<Record<Phase, string[]>>;

/** Sets one phase's list, leaving out phases with no entries; gives undefined when no phase has any. */
function withPhase(value: PerPhase | undefined, phase: Phase, items: string[] | undefined): PerPhase | undefined {
  const next: PerPhase = {};
  for (const each of PHASES) {
    const list = each === phase ? items : value?.[each];
    if (list) next[each] = list;
  }
  return Object.keys(next).length > 0 ? next : undefined;
}

export function PhaseLists(props: {
  idBase: string;
  legend: string;
  hint: string;
  phases: readonly Phase[];
  value: PerPhase | undefined;
  onChange: (value: PerPhase | undefined) => void;
}) {
  const { idBase, legend, hint, phases, value, onChange } = props;
  return (
    <fieldset className="fieldset editor-phases">
      <legend className="label">{legend}</legend>
      <p className="hint">{hint}</p>
      <div className="editor-phases__grid">
        {phases.map((phase) => (
          <EditorLines
            key={phase}
            id={`${idBase}-${phase}`}
            label={PHASE_LABELS[phase]}
            hint=""
            value={value?.[phase]}
            onChange={(items) => onChange(withPhase(value, phase, items))}
          />
        ))}
      </div>
    </fieldset>
  );
}
