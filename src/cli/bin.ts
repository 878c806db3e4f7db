#!/usr/bin/env node
// Entry point of the `policy-workbench` command. `npm run build` compiles it, with the engine, to
// lib/cli/bin.js, which package.json's `bin` names; `npm run policy` runs this source through tsx.
import { main } from './main';
import { createProcessIo } from './process-io';

// This file and its compiled copy both sit two folders below the package root, which holds
// package.json and catalogs/; so the command finds them from any working directory.
const packageRoot = new URL('../../', import.meta.url);
process.exitCode = await main(process.argv.slice(2), createProcessIo(packageRoot));
