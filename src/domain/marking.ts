// The rule for a classification marking, shared by Settings, the export form and the command line:
// short plain text that displays as what it says. A marking is printed at the top and bottom of every
// page, so it must not hold characters a Word file cannot carry, nor invisible direction controls
// that make one word display as another (U+202E shows "LAICIFFO" as OFFICIAL).
import { MARKING_MAX_LENGTH } from './document-model';
import { characterCount, firstXmlForbidden, hasDirectionControl } from './xml-text';

export type MarkingProblem =
  | { kind: 'empty' }
  | { kind: 'too-long'; length: number }
  | { kind: 'control' }
  | { kind: 'direction' }
  | { kind: 'unsupported'; character: string };

function hasControl(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/** What is wrong with a marking as typed, or null when it can be used. Length is counted in whole characters. */
export function markingProblem(marking: string): MarkingProblem | null {
  const tidy = marking.trim();
  if (tidy.length === 0) return { kind: 'empty' };
  if (hasControl(marking)) return { kind: 'control' };
  if (hasDirectionControl(marking)) return { kind: 'direction' };
  const character = firstXmlForbidden(marking);
  if (character !== null) return { kind: 'unsupported', character };
  const length = characterCount(tidy.toUpperCase());
  if (length > MARKING_MAX_LENGTH) return { kind: 'too-long', length };
  return null;
}

/** The message a form shows for a marking problem, as one sentence without a full stop (form style). */
export function markingProblemMessage(problem: MarkingProblem): string {
  switch (problem.kind) {
    case 'empty':
      return 'Enter a security marking, such as OFFICIAL';
    case 'too-long':
      return `Enter a security marking of ${MARKING_MAX_LENGTH} characters or fewer`;
    case 'control':
      return 'Enter a marking without tabs, line breaks or other control characters';
    case 'direction':
      return 'Enter a marking without invisible text-direction characters, which can make it show as different words';
    case 'unsupported':
      return `Enter a marking without the character ${problem.character}, which Word documents cannot hold`;
  }
}
