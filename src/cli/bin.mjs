#!/usr/bin/env node
// Entry point of the `policy-workbench` command. It runs the TypeScript sources directly through
// tsx's loader, so the command works right after `npm install`, with no build step.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// The repo's tsconfig, found from this file rather than from the caller's working directory.
register({ tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) });

const { main } = await import('./main.ts');
const { createProcessIo } = await import('./process-io.ts');
process.exitCode = await main(process.argv.slice(2), createProcessIo());
