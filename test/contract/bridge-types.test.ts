// The desktop bridge is typed from one table: a channel wired to the wrong handler, a call with the
// wrong arguments, or a platform method reading the wrong channel fails the type check. The lines
// marked @ts-expect-error are checked by `tsc -p .` (part of `npm test`): if one of them ever
// compiled, tsc would report the unused directive and the type check would fail.
import { describe, expect, it } from 'vitest';
import {
  BRIDGE_CHANNELS,
  channelHandler,
  CHANNELS,
  INVOKE_CHANNELS,
  isBridgeChannel,
  type AppApi,
  type BridgeChannel,
  type HandlerTable,
  type SaveFileRequest,
  type TypedInvoke,
} from '../../src/contract/bridge';
import type { MainHandlers } from '../../electron/ipc/trusted-sender';
import type { Platform } from '../../src/platform/platform';
import { desktopPlatform } from '../../src/platform/desktop-platform';
import { fakeAppApi } from '../fixtures/fake-app-api';

const refused = async () => ({ ok: false as const, error: 'not used' });

/** A handler table whose every handler refuses; typed by the contract like the real one. */
const table: HandlerTable<unknown> = {
  about: channelHandler('about', refused),
  saveFile: channelHandler('saveFile', refused),
  openFile: channelHandler('openFile', refused),
  openFolder: channelHandler('openFolder', refused),
  openExternal: channelHandler('openExternal', refused),
  libraryFolder: channelHandler('libraryFolder', refused),
  chooseLibraryFolder: channelHandler('chooseLibraryFolder', refused),
  forgetLibraryFolder: channelHandler('forgetLibraryFolder', refused),
  readLibraryFolder: channelHandler('readLibraryFolder', refused),
  autoBackupState: channelHandler('autoBackupState', refused),
  writeAutoBackup: channelHandler('writeAutoBackup', refused),
  chooseAutoBackupFolder: channelHandler('chooseAutoBackupFolder', refused),
  openAttachment: channelHandler('openAttachment', refused),
};

const sent: { channel: BridgeChannel; args: unknown[] }[] = [];
const invoke: TypedInvoke = (channel, ...args) => {
  sent.push({ channel, args });
  return Promise.resolve({ ok: false, error: 'not used' });
};

const request: SaveFileRequest = { suggestedName: 'case.docx', bytes: new Uint8Array([1]), filters: [] };

/** Wirings the type check must refuse. Each is also a value, so the file runs as a test too. */
function wrongWirings(handlers: MainHandlers, api: AppApi): unknown[] {
  return [
    // A handler under another channel whose result type differs.
    // @ts-expect-error openFolder's handler cannot serve openFile.
    { ...handlers, openFile: handlers.openFolder } satisfies MainHandlers,
    // A handler under another channel with the same result type: the channel tag still tells them apart.
    // @ts-expect-error chooseLibraryFolder's handler cannot serve libraryFolder.
    { ...handlers, libraryFolder: handlers.chooseLibraryFolder } satisfies MainHandlers,
    // A missing handler.
    // @ts-expect-error every channel needs a handler.
    { about: handlers.about } satisfies MainHandlers,
    // A handler body that answers with another channel's result.
    // @ts-expect-error about answers with AboutInfo, not a folder.
    channelHandler('about', async () => ({ ok: true as const, value: { name: 'x', files: [] } })),
    // The preload sending the wrong arguments on a channel.
    // @ts-expect-error openFile takes file filters, not a save request.
    invoke('openFile', request),
    // @ts-expect-error openExternal takes one address.
    invoke('openExternal'),
    // The preload wiring a method to another channel.
    // @ts-expect-error saveFile cannot be answered from openFile's channel.
    { saveFile: (r: SaveFileRequest) => invoke('openFolder', r) } satisfies Pick<AppApi, 'saveFile'>,
    // @ts-expect-error openFile's result is not openFolder's.
    { openFile: () => invoke('openFolder') } satisfies Pick<AppApi, 'openFile'>,
    // The desktop platform reading the wrong channel.
    {
      // @ts-expect-error Platform.openFile returns a file, not a folder.
      openFile: async () => {
        const folder = await api.openFolder();
        return folder.ok ? folder.value : null;
      },
    } satisfies Pick<Platform, 'openFile'>,
    // @ts-expect-error Platform.openFolder takes no filters.
    { openFolder: (filters: string[]) => api.openFolder(filters) } satisfies Partial<Platform>,
  ];
}

describe('the bridge contract', () => {
  it('names one distinct channel per invoke call, and the menu channel apart', () => {
    const names = Object.values(INVOKE_CHANNELS);
    expect(new Set(names).size).toBe(names.length);
    expect(BRIDGE_CHANNELS).toEqual(Object.keys(INVOKE_CHANNELS));
    expect(names).not.toContain(CHANNELS.menuCommand);
    expect(isBridgeChannel('saveFile')).toBe(true);
    expect(isBridgeChannel('menuCommand')).toBe(false);
    expect(isBridgeChannel('toString')).toBe(false);
  });

  it('tags every handler with the channel it serves', () => {
    for (const channel of BRIDGE_CHANNELS) expect(table[channel].channel).toBe(channel);
  });

  it('lets the wrong wirings exist only as values the type check refuses', async () => {
    const wirings = wrongWirings(table, fakeAppApi());
    expect(wirings).toHaveLength(10);
    expect(sent.map((call) => call.channel)).toEqual(['openFile', 'openExternal']);
  });

  it('gives the desktop platform the results of the channels it calls', async () => {
    const platform = desktopPlatform(
      fakeAppApi({ openFile: () => Promise.resolve({ ok: true, value: { name: 'a.csv', bytes: new Uint8Array() } }) }),
    );
    expect(await platform.openFile([])).toEqual({ name: 'a.csv', bytes: new Uint8Array() });
  });
});
