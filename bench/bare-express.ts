import express from 'express';

/**
 * The baseline: a bare express 5 server answering fixed JSON bodies (the same bytes DuckStorage
 * returned for the measured calls), so only the framework's own cost is measured.
 */
const bodies = JSON.parse(process.env.BARE_BODIES ?? '{}') as Record<string, unknown>;
const app = express();
for (const [path, body] of Object.entries(bodies)) app.get(path, (_req, res) => res.json(body));
const server = app.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address !== null && typeof address === 'object')
    process.stdout.write(`{"rest":"http://127.0.0.1:${address.port}"}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
