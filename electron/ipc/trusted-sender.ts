// The gate in front of every IPC handler: only frames showing the app's own pages may call in,
// arguments arrive as `unknown`, and failures come back as a Result rather than a thrown error.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import {
  channelHandler,
  INVOKE_CHANNELS,
  type BridgeChannel,
  type BridgeResult,
  type ChannelHandler,
  type HandlerTable,
  type Result,
} from '../../src/contract/bridge';
import { isAppUrl } from '../app-origin';

/** Shown when a call comes from a page that is not Waymark's own. */
export const FOREIGN_SENDER_ERROR = 'This request did not come from Waymark, so it was refused.';
/** Shown when a handler fails in a way it did not foresee. */
export const UNEXPECTED_ERROR = 'Something went wrong on this computer. Please try again.';

/** What the sender check reads from an IPC event. */
export interface SenderEvent {
  senderFrame: { url: string } | null;
}

/** True only when the calling frame still exists and shows a page from the app origin. */
export function isTrustedSender(event: SenderEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && isAppUrl(frame.url);
}

/** A handler body: the event and the raw, unvalidated arguments. */
export type TrustedHandler<T> = (event: IpcMainInvokeEvent, args: readonly unknown[]) => Promise<Result<T>>;

/**
 * Wraps a handler so that a foreign sender is refused before it runs and nothing it throws
 * crosses IPC as an exception.
 */
export function guardHandler<T>(
  handler: TrustedHandler<T>,
): (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<Result<T>> {
  return async (event, ...args) => {
    if (!isTrustedSender(event)) return { ok: false, error: FOREIGN_SENDER_ERROR };
    try {
      return await handler(event, args);
    } catch {
      return { ok: false, error: UNEXPECTED_ERROR };
    }
  };
}

/** Registers a guarded handler on a channel. */
export function handleTrusted<T>(ipcMain: IpcMain, channel: string, handler: TrustedHandler<T>): void {
  ipcMain.handle(channel, guardHandler(handler));
}

/** The main process's handlers, keyed by channel: each returns that channel's result. */
export type MainHandlers = HandlerTable<IpcMainInvokeEvent>;

/** Defines the main-process handler of one channel; its result type comes from the contract. */
export function mainHandler<K extends BridgeChannel>(
  channel: K,
  body: TrustedHandler<BridgeResult<K>>,
): ChannelHandler<K, IpcMainInvokeEvent> {
  return channelHandler(channel, body);
}

/** Registers the handlers for `channels`, each guarded, on the channel name the contract gives it. */
export function registerHandlers<K extends BridgeChannel>(
  ipcMain: IpcMain,
  handlers: Pick<MainHandlers, K>,
  channels: readonly K[],
): void {
  for (const channel of channels) handleTrusted(ipcMain, INVOKE_CHANNELS[channel], handlers[channel]);
}

/** A failed Result with one plain sentence. */
export function failure(error: string): { ok: false; error: string } {
  return { ok: false, error };
}
