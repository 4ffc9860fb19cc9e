import { describe, expect, it, vi } from 'vitest';
import { fakeAppApi } from '../fixtures/fake-app-api';
import { desktopPlatform } from '../../src/platform/desktop-platform';
import { isSafeExternalUrl, PlatformError } from '../../src/platform/platform';
import { formatBytes, readStorageStatus } from '../../src/platform/storage-status';

describe('isSafeExternalUrl', () => {
  it.each([
    ['https://www.gov.uk/service-manual', true],
    ['http://example.org', true],
    ['mailto:team@example.org', true],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['data:text/html,hi', false],
    ['not a url', false],
  ])('%s -> %s', (url, safe) => {
    expect(isSafeExternalUrl(url)).toBe(safe);
  });
});

describe('desktop platform', () => {
  const api = fakeAppApi;

  it('sends bytes and a file name, never a path, and unwraps the result', async () => {
    const saveFile = vi.fn().mockResolvedValue({ ok: true, value: { saved: true, fileName: 'case.docx' } });
    const platform = desktopPlatform(api({ saveFile }));
    const bytes = new Uint8Array([1, 2, 3]);
    await expect(
      platform.saveFile('case.docx', bytes, [{ name: 'Word document', extensions: ['docx'] }]),
    ).resolves.toEqual({ saved: true, fileName: 'case.docx' });
    expect(saveFile).toHaveBeenCalledWith({
      suggestedName: 'case.docx',
      bytes,
      filters: [{ name: 'Word document', extensions: ['docx'] }],
    });
  });

  it('never sends a link that is not a web or email address', async () => {
    const openExternal = vi.fn().mockResolvedValue({ ok: true, value: undefined });
    const platform = desktopPlatform(api({ openExternal }));
    await expect(platform.openExternal('javascript:alert(1)')).rejects.toThrow(
      'Only web and email links can be opened.',
    );
    await platform.openExternal('https://www.gov.uk/');
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://www.gov.uk/');
  });

  it('turns an error result into a PlatformError with its message', async () => {
    const platform = desktopPlatform(
      api({ openFile: () => Promise.resolve({ ok: false, error: 'That file is too large.' }) }),
    );
    await expect(platform.openFile([])).rejects.toThrow(new PlatformError('That file is too large.'));
  });
});

describe('storage status', () => {
  it('formats sizes for people', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(50 * 1024 * 1024)).toBe('50 MB');
    expect(formatBytes(3.2 * 1024 ** 3)).toBe('3.2 GB');
  });

  it('reads persistence and usage, and copes with a browser that says nothing', async () => {
    const storage = {
      persisted: () => Promise.resolve(true),
      estimate: () => Promise.resolve({ usage: 2048, quota: 10_000 }),
    } as unknown as StorageManager;
    await expect(readStorageStatus(storage)).resolves.toEqual({
      persisted: true,
      usageBytes: 2048,
      quotaBytes: 10_000,
    });
    await expect(readStorageStatus(undefined)).resolves.toEqual({
      persisted: null,
      usageBytes: null,
      quotaBytes: null,
    });
  });
});
