// Finds sentences in guides, pack text and READMEs that send people to a work area of Waymark that is not
// available yet. A sentence does so when it names the area (one of its `names`), or when it speaks of Waymark
// as a place or an actor together with a word of the area's title ("Run a self-assessment in Waymark"). A sentence that says the
// area is coming ("Coming next: ...", "not yet") is allowed: it tells people what to expect, not what to use.
import type { WorkArea } from '../../src/domain/work-areas';

/** Waymark as a place or an actor: "in Waymark", "Waymark's", "Waymark keeps", not a pack id like waymark-playbook. */
const WAYMARK_AS_PLACE = /(?<![\w-])(in waymark|waymark['’]s|waymark (can|will|keeps|lets|shows|helps))(?![\w-])/i;

const STILL_TO_COME = /\b(coming|not yet|when it (is|becomes) available|later version|future version)\b/i;

/** Words of an area's title long enough to mean something on their own ("evidence", "compliance"). */
function titleWords(area: WorkArea): string[] {
  return area.title
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word.length >= 5);
}

export interface AreaMention {
  area: WorkArea['id'];
  sentence: string;
}

export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Sentences of `text` that send people to an area that is not available. */
export function mentionsOfUnavailableAreas(text: string, areas: readonly WorkArea[]): AreaMention[] {
  const found: AreaMention[] = [];
  for (const sentence of sentences(text)) {
    const lower = sentence.toLowerCase();
    if (STILL_TO_COME.test(sentence)) continue;
    for (const area of areas) {
      if (area.available) continue;
      const named = area.names.some((name) => lower.includes(name.toLowerCase()));
      const inWaymark =
        WAYMARK_AS_PLACE.test(sentence) && titleWords(area).some((word) => new RegExp(`\\b${word}`).test(lower));
      if (named || inWaymark) found.push({ area: area.id, sentence });
    }
  }
  return found;
}
