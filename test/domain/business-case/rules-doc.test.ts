// docs/business-case-rules.md states the discount rate schedule and the gates as the code has them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GREEN_BOOK_DISCOUNT_SCHEDULE } from '../../../src/domain/business-case/discount-rates';
import { CLASSIC_DOCUMENT_LABELS, GATE_RULES } from '../../../src/domain/business-case/gates';
import { CASE_GATES } from '../../../src/domain/business-case/model';

const doc = readFileSync(join(import.meta.dirname, '../../../docs/business-case-rules.md'), 'utf8').replace(
  /\s+/g,
  ' ',
);

describe('docs/business-case-rules.md', () => {
  it('gives the discount rate schedule the code uses', () => {
    const [first, ...rest] = GREEN_BOOK_DISCOUNT_SCHEDULE.bands;
    const last = rest.pop();
    const parts = [
      `${first?.ratePercent.toFixed(1)}% a year for years ${first?.fromYear} to ${first?.toYear}`,
      ...rest.map((b) => `${b.ratePercent.toFixed(1)}% for ${b.fromYear} to ${b.toYear}`),
    ];
    const sentence = `${parts.join(', ')} and ${last?.ratePercent.toFixed(1)}% from year ${last?.fromYear}`;
    expect(doc).toContain(sentence);
  });

  it('lists every gate with the classic document it stands in for', () => {
    for (const gate of CASE_GATES) {
      const rule = GATE_RULES[gate];
      expect(doc).toMatch(
        new RegExp(
          `\\| ${rule.label} +\\| ${rule.enters} questions +\\| ${CLASSIC_DOCUMENT_LABELS[rule.classic]} +\\|`,
        ),
      );
    }
  });
});
