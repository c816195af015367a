#!/usr/bin/env node
// The operator's command-line tool (`npx thidua …`). Runs the TypeScript sources through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
