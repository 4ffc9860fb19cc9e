// Starts the renderer: opens the local database, runs first-start set-up, then shows the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getDatabase } from '../db/database';
import { runStartup } from '../db/first-start';
import { repositories } from '../db/hooks';
import { loadBuiltInPacks } from './library/builtin-packs';
import { App } from './App';
import './styles/app.css';

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

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  try {
    await runStartup(getDatabase(), navigator.storage);
    await repositories().packs.installBuiltIns(await loadBuiltInPacks());
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    root.render(<StartupFailure message={`The browser said: ${message}`} />);
    return;
  }
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
