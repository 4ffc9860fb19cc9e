// The words for each template offered in a picker. Most are named by title and version; when two would
// read the same (a template and your own copy of it), each also names its pack and publisher, and, if
// even those match, the pack's id, so no two entries in the list read alike.

export interface TemplateChoice {
  key: string;
  title: string;
  version: string;
  packId: string;
  packName: string;
  publisher: string;
}

/** The label of each choice, by key, every one different from the others. */
export function templateChoiceLabels(choices: readonly TemplateChoice[]): Map<string, string> {
  const levels: ((c: TemplateChoice) => string)[] = [
    (c) => `${c.title} (${c.version})`,
    (c) => `${c.title} (${c.version}), in ${c.packName} (${c.publisher})`,
    (c) => `${c.title} (${c.version}), in ${c.packName} (${c.publisher}, pack ${c.packId})`,
  ];
  const labels = new Map<string, string>();
  for (const choice of choices) {
    let label = '';
    for (const level of levels) {
      label = level(choice);
      const clash = choices.some((other) => other.key !== choice.key && level(other) === label);
      if (!clash) break;
    }
    labels.set(choice.key, label);
  }
  return labels;
}
