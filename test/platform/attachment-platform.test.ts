import { describe, expect, it, vi } from 'vitest';
import { fakeAppApi } from '../fixtures/fake-app-api';
import { desktopPlatform } from '../../src/platform/desktop-platform';
import { PlatformError } from '../../src/platform/platform';

describe('opening an attached file on the desktop', () => {
  const file = { name: 'notes.pdf', mediaType: 'application/pdf', bytes: new Uint8Array([1, 2]) };

  it('sends the name, media type and bytes on the bridge and reports that it opened', async () => {
    const openAttachment = vi.fn().mockResolvedValue({ ok: true, value: undefined });
    await expect(desktopPlatform(fakeAppApi({ openAttachment })).openAttachment(file)).resolves.toBe('opened');
    expect(openAttachment).toHaveBeenCalledWith(file);
  });

  it('turns a refusal from the main process into an error with its sentence', async () => {
    const openAttachment = vi.fn().mockResolvedValue({ ok: false, error: 'Waymark will not open notes.pdf.' });
    const failure = desktopPlatform(fakeAppApi({ openAttachment })).openAttachment(file);
    await expect(failure).rejects.toBeInstanceOf(PlatformError);
    await expect(failure).rejects.toThrow('Waymark will not open notes.pdf.');
  });
});
