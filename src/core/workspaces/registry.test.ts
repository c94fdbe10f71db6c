import { describe, expect, it } from 'vitest';
import { WorkspaceRegistry } from './registry.js';
import type { WorkspaceEntry, WorkspaceUser } from './workspace-model.js';

const verifier = (tag: string) => ({ salt: tag, iterations: 4096, storedKey: tag, serverKey: tag });
const entry = (id: string): WorkspaceEntry => ({
  id,
  projectId: 'p',
  branchId: null,
  name: id,
  createdAt: '2026-01-01T00:00:00.000Z',
  expiresAt: null,
  sizeLimitBytes: 1,
  username: `ws_${id}_00000000`,
  verifier: verifier('main'),
  createdBy: null,
  users: new Map(),
  grantees: new Set(),
});
const user = (name: string): WorkspaceUser => ({
  id: `wsu_${name}`,
  username: name,
  verifier: verifier(name),
  createdAt: '2026-01-01T00:00:00.000Z',
  createdBy: null,
});

describe('WorkspaceRegistry logins', () => {
  it('indexes extra users with their workspace, and takes them out and back with it', () => {
    const r = new WorkspaceRegistry();
    const ws = entry('ws_a');
    r.add(ws);
    r.addUser(ws, user('ws_ws_a_u1'));
    expect(r.byUsername.get('ws_ws_a_u1')).toBe(ws);
    expect(r.verifierOf('ws_ws_a_u1')?.salt).toBe('ws_ws_a_u1');
    expect(r.verifierOf(ws.username)?.salt).toBe('main');
    expect(r.verifierOf('nobody')).toBeUndefined();
    r.remove(ws.id);
    expect(r.byUsername.size).toBe(0);
    // A workspace out of service (a delete in progress) gains no login.
    r.addUser(ws, user('ws_ws_a_u2'));
    expect(r.byUsername.has('ws_ws_a_u2')).toBe(false);
    r.add(ws);
    expect([...r.byUsername.keys()].sort()).toEqual([ws.username, 'ws_ws_a_u1', 'ws_ws_a_u2']);
    r.removeUser(ws, 'ws_ws_a_u1');
    expect(r.verifierOf('ws_ws_a_u1')).toBeUndefined();
    expect(ws.users.has('ws_ws_a_u1')).toBe(false);
  });
});
