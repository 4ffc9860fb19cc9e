// The delivery phase as a labelled tag (text, not colour alone).
import { PHASE_LABELS, type Phase } from '../../domain/project';

export function PhaseTag({ phase }: { phase: Phase }) {
  return <strong className={`tag tag--${phase}`}>{PHASE_LABELS[phase]}</strong>;
}
