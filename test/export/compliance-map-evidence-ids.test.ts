import { describe, expect, it } from 'vitest';
import { evidenceList } from '../../src/export/compliance-map-findings';

describe('evidence of agreement in the Word document', () => {
  it('treats ids that name Object properties as unknown items, never as the properties', () => {
    expect(evidenceList(['__proto__', 'constructor', 'e1'], { e1: 'Board minutes' })).toEqual({
      text: 'An item no longer in the evidence library\nAn item no longer in the evidence library\nBoard minutes',
      bulleted: true,
    });
  });
});
