// Starts the renderer: opens the local database, runs first-start set-up, then shows the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { localStorageMarker } from '../db/backup-status';
import { DATABASE_NAME, getDatabase } from '../db/database';
import { finishStartAfterRestore, runStartup } from '../db/first-start';
import { checkStoredVersion, isVersionError } from '../db/stored-version';
import { LATEST_VERSION } from '../db/schema';
import { repositories } from '../db/hooks';
import { loadBuiltInPacks } from './library/builtin-packs';
import { App } from './App';
import { NewerDatabaseScreen, VanishedDataScreen } from './startup/StartupScreens';
import './styles/app.css';
import './styles/compliance-map.css';

function StartupFailure({ message }: { message: string }) {
  return (
    <main className="main startup-failure">
      <h1>Waymark cannot open its storage</h1>
      <p>{message}</p>
      <p>
        Waymark keeps your work in this browser&apos;s local storage. Private browsing windows, or settings that block
        site data, can stop it from working. Try a normal window, or ask your IT team whether site data is allowed.
      </p>
    </main>
  );
}

function workspaceMarker() {
  try {
    return localStorageMarker(window.localStorage);
  } catch {
    return localStorageMarker(undefined);
  }
}

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  const showApp = () =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  const marker = workspaceMarker();
  try {
    // Never open (and so never change) a database that a newer Waymark made.
    const stored = await checkStoredVersion(indexedDB, DATABASE_NAME);
    if (stored.status === 'newer') {
      root.render(<NewerDatabaseScreen storedVersion={stored.storedVersion} readsUpTo={stored.readsUpTo} />);
      return;
    }
    // The built-in packs first: the example project made on first start takes its map's processes from them.
    await repositories().packs.installBuiltIns(await loadBuiltInPacks());
    const outcome = await runStartup(getDatabase(), navigator.storage, marker);
    if (outcome === 'vanished') {
      root.render(
        <VanishedDataScreen
          onRestored={() => void finishStartAfterRestore(getDatabase(), marker).then(showApp)}
          onStartAfresh={() =>
            void runStartup(getDatabase(), navigator.storage)
              .then(() => marker.set())
              .then(showApp)
          }
        />,
      );
      return;
    }
  } catch (error) {
    if (isVersionError(error)) {
      root.render(<NewerDatabaseScreen storedVersion={null} readsUpTo={LATEST_VERSION} />);
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    root.render(<StartupFailure message={`The browser said: ${message}`} />);
    return;
  }
  showApp();
}

void start();
