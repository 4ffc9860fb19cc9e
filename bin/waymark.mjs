#!/usr/bin/env node
// Launches the `waymark` command. The CLI is TypeScript; tsx compiles it on the fly so that it runs
// from a plain checkout with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/entry.ts');
