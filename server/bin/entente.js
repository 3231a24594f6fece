#!/usr/bin/env node
// Entry point of `npx entente`: registers tsx so the TypeScript sources run as they are.
import { register } from 'tsx/esm/api';

// Libraries such as graphql-js skip their development-time checks in production; only
// `entente dev` (Vite's development server) runs in development mode unless NODE_ENV says so.
if (process.argv[2] !== 'dev') process.env.NODE_ENV ??= 'production';
register();
const { main } = await import('../src/cli/main.ts');
await main(process.argv.slice(2));
