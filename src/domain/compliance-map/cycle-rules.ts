// The ordering rules an exception could set aside to break one ordering contradiction, and a short key
// for each rule, so a screen can name rules in an address (the exception form offers the rules of the
// contradiction it was opened from).
import type { OrderCycle } from './analysis-types';
import { waivableRules } from './map-edit-register';
import type { ComplianceMap, WaivedRule } from './map-model';

/** "link:<id>" or "dependency:<process>:<step>:<step it waits for>". */
export function waivedRuleKey(rule: WaivedRule): string {
  return rule.type === 'link' ? `link:${rule.linkId}` : `dependency:${rule.processId}:${rule.stepId}:${rule.dependsOn}`;
}

/**
 * The rules that close a cycle, as rules an exception can name: each ordering link once, and each
 * dependency as "this step waits for that one". Rules already set aside are left out (they would not
 * be in the cycle), as are any the map no longer has.
 */
export function rulesOfCycle(map: ComplianceMap, cycle: OrderCycle): WaivedRule[] {
  const available = new Set(waivableRules(map).map(waivedRuleKey));
  const rules = new Map<string, WaivedRule>();
  for (const rule of cycle.rules) {
    const waived: WaivedRule =
      rule.type === 'link'
        ? { type: 'link', linkId: rule.linkId }
        : { type: 'dependency', processId: rule.processId, stepId: rule.to.stepId, dependsOn: rule.from.stepId };
    const key = waivedRuleKey(waived);
    if (available.has(key)) rules.set(key, waived);
  }
  return [...rules.values()];
}
