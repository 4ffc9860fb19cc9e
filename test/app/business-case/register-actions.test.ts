import { describe, expect, it } from 'vitest';
import { startRevision } from '../../../src/app/business-case/case-actions';
import { removeRegisterRow, saveRegisterRow } from '../../../src/app/business-case/register-actions';
import { FrozenRevisionWriteError } from '../../../src/db/business-case-repository';
import { caseSetup } from './parts-b-setup';

describe('risks, decisions and dependencies', () => {
  it('adds, changes and removes a risk', async () => {
    const s = await caseSetup();
    const added = await saveRegisterRow(
      s.repos,
      s.target(s.first),
      'risks',
      null,
      { text: 'Suppliers cannot start in time', person: 'Sam Jones', date: '2026-09-30', notes: 'Book early' },
      s.clock,
    );
    if (!added.ok) throw new Error('not saved');
    expect(added.revision.risks).toEqual([
      {
        id: added.id,
        risk: 'Suppliers cannot start in time',
        owner: 'Sam Jones',
        response: 'Book early',
        reviewBy: '2026-09-30',
      },
    ]);
    const changed = await saveRegisterRow(
      s.repos,
      s.target(added.revision),
      'risks',
      added.id,
      { text: 'Suppliers start late', person: 'Sam Jones', date: '', notes: 'Book early' },
      s.clock,
    );
    if (!changed.ok) throw new Error('not saved');
    expect(changed.revision.risks[0]).toMatchObject({ risk: 'Suppliers start late', reviewBy: null });
    const removed = await removeRegisterRow(s.repos, s.target(changed.revision), 'risks', added.id, s.clock);
    expect(removed.risks).toEqual([]);
  });

  it('records decisions and dependencies in their own fields, and refuses a bad row', async () => {
    const s = await caseSetup();
    const refused = await saveRegisterRow(
      s.repos,
      s.target(s.first),
      'decisions',
      null,
      { text: '  ', person: '', date: '2026-02-30', notes: '' },
      s.clock,
    );
    expect(refused).toEqual({
      ok: false,
      errors: { text: 'Say what was decided.', date: 'Date must be a real date, such as 31 3 2027, or left empty.' },
    });
    const decision = await saveRegisterRow(
      s.repos,
      s.target(s.first),
      'decisions',
      null,
      { text: 'Build the online form', person: 'Service owner', date: '2026-05-20', notes: 'Alpha research' },
      s.clock,
    );
    if (!decision.ok) throw new Error('not saved');
    const dependency = await saveRegisterRow(
      s.repos,
      s.target(decision.revision),
      'dependencies',
      null,
      { text: 'Identity service', person: 'Platform team', date: '2026-10-01', notes: 'ignored' },
      s.clock,
    );
    if (!dependency.ok) throw new Error('not saved');
    const [stored] = await s.stored();
    expect(stored?.decisions[0]).toMatchObject({
      decision: 'Build the online form',
      madeBy: 'Service owner',
      evidence: 'Alpha research',
    });
    expect(stored?.dependencies[0]).toEqual({
      id: dependency.id,
      dependency: 'Identity service',
      owner: 'Platform team',
      neededBy: '2026-10-01',
    });
  });

  it('refuses to change a frozen revision', async () => {
    const s = await caseSetup();
    const started = await startRevision(
      s.repos,
      { projectId: s.project.id, expectedUpdatedAt: s.first.updatedAt, summary: 'Alpha done.', author: '', gate: null },
      s.clock,
    );
    if (!started.ok) throw new Error('not started');
    await expect(
      saveRegisterRow(
        s.repos,
        s.target(started.value.frozen),
        'risks',
        null,
        { text: 'A risk', person: '', date: '', notes: '' },
        s.clock,
      ),
    ).rejects.toBeInstanceOf(FrozenRevisionWriteError);
    expect((await s.stored())[0]?.risks).toEqual([]);
  });
});
