// Watching the shared library folder: a burst of changes gives one notification after the folder is
// quiet, hidden entries (.git) are ignored, and a closed watch says nothing more. Both the recursive
// watch and the folder-by-folder fallback are checked against a real folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isHiddenChange, watchLibraryFolder, type LibraryFolderWatch } from '../../electron/ipc/library-folder-watch';

const DEBOUNCE = 150;
let shared: string;
let watch: LibraryFolderWatch | null = null;

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function write(relative: string, content: string): void {
  const full = path.join(shared, relative);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, content);
}

beforeEach(() => {
  shared = mkdtempSync(path.join(tmpdir(), 'waymark-library-watch-'));
  write('pack-a/pack.yaml', 'version: 1.0.0\n');
  write('pack-a/standards/a.yaml', 'id: a\n');
});

afterEach(() => {
  watch?.close();
  watch = null;
  rmSync(shared, { recursive: true, force: true });
});

describe('isHiddenChange', () => {
  it.each([
    ['.git/index', true],
    ['pack-a/.DS_Store', true],
    ['pack-a\\.git\\HEAD', true],
    ['pack-a/pack.yaml', false],
    ['new.zip', false],
    [null, false],
  ])('%s -> %s', (name, hidden) => {
    expect(isHiddenChange(name)).toBe(hidden);
  });
});

describe.each([
  ['recursive', true],
  ['folder by folder', false],
])('watchLibraryFolder (%s)', (_label, recursive) => {
  async function started(onChange: () => void): Promise<void> {
    watch = watchLibraryFolder(shared, onChange, { debounceMs: DEBOUNCE, recursive });
    // Give the watchers time to be set up before changing anything.
    await pause(200);
  }

  it('reports a burst of changes inside a pack once, after the folder is quiet', async () => {
    const onChange = vi.fn();
    await started(onChange);
    write('pack-a/standards/a.yaml', 'id: a\ntitle: changed\n');
    await pause(40);
    write('pack-a/pack.yaml', 'version: 1.1.0\n');
    await pause(40);
    write('new.zip', 'PK');
    expect(onChange).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledOnce(), { timeout: 3000, interval: 20 });
    await pause(DEBOUNCE * 3);
    expect(onChange).toHaveBeenCalledOnce();
  });

  it('notices a new pack folder and then changes inside it', async () => {
    const onChange = vi.fn();
    await started(onChange);
    write('pack-b/pack.yaml', 'version: 1.0.0\n');
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledOnce(), { timeout: 3000, interval: 20 });
    await pause(200);
    write('pack-b/pack.yaml', 'version: 2.0.0\n');
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(2), { timeout: 3000, interval: 20 });
  });

  it('ignores changes to hidden entries such as .git', async () => {
    const onChange = vi.fn();
    write('.git/HEAD', 'ref: refs/heads/main\n');
    await started(onChange);
    write('.git/HEAD', 'ref: refs/heads/other\n');
    write('.git/FETCH_HEAD', 'abc\n');
    await pause(DEBOUNCE * 4);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('says nothing once closed, even for a change already waiting', async () => {
    const onChange = vi.fn();
    await started(onChange);
    write('pack-a/pack.yaml', 'version: 3.0.0\n');
    await pause(40);
    watch?.close();
    expect(watch?.closed).toBe(true);
    write('pack-a/pack.yaml', 'version: 4.0.0\n');
    await pause(DEBOUNCE * 4);
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('a folder that cannot be watched', () => {
  it('closes at once when the folder does not exist', () => {
    watch = watchLibraryFolder(path.join(shared, 'missing'), vi.fn(), { debounceMs: DEBOUNCE });
    expect(watch.closed).toBe(true);
  });
});
