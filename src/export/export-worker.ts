// The Web Worker entry for exports: builds documents off the window's thread, so exporting a long
// document never freezes the app. Start it through `exportInWorker` in export-client.ts.
import { handleExportMessage } from './export-worker-handler';

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  void handleExportMessage(event.data, (message, transfer) => self.postMessage(message, { transfer }));
});
