// @ts-check
/**
 * The build's second step (after tsc, which copies no file but .ts output): the staff console's
 * static files go into dist beside the compiled console, which serves them from there.
 */
const { cpSync, rmSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const from = join(root, 'src', 'console', 'assets');
const to = join(root, 'dist', 'src', 'console', 'assets');

rmSync(to, { recursive: true, force: true }); // no stale file of an earlier build stays servable
cpSync(from, to, { recursive: true });
