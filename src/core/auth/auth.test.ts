import { describe, expect, it } from 'vitest';
import { createProject } from '../catalog/projects.js';
import type { Access, AccessRequest, ApiKeyScope, Principal } from '../model.js';
import { audit, withStorage } from '../testing.js';
import { createApiKey } from './api-keys.js';
import { authenticate, authorize } from './auth.js';

const ADMIN = 'admin-key-0123456789';

const key = (scope: ApiKeyScope, branchId: string | null = null): Principal => ({
  kind: 'project',
  keyId: 'k',
  projectId: 'p1',
  scope,
  branchId,
});

/** principal, request, allowed (else the message of the 403). */
const MATRIX: [string, Principal, AccessRequest, true | string][] = [
  ['admin: admin op', { kind: 'admin' }, { access: 'admin' }, true],
  ['admin: other project', { kind: 'admin' }, { access: 'write', projectId: 'p9', branchId: 'x' }, true],
  ['project key: admin op', key('project_admin'), { access: 'admin' }, 'Requires the admin API key'],
  ['other project', key('project_admin'), { access: 'read', projectId: 'p2' }, 'Access denied to project p2'],
  ['project_admin manage', key('project_admin'), { access: 'manage', projectId: 'p1' }, true],
  [
    'project_admin write any branch',
    key('project_admin'),
    { access: 'write', projectId: 'p1', branchId: 'dev' },
    true,
  ],
  [
    'branch_admin manage',
    key('branch_admin', 'default'),
    { access: 'manage', projectId: 'p1' },
    'Requires a project_admin key',
  ],
  [
    'branch_admin write own',
    key('branch_admin', 'default'),
    { access: 'write', projectId: 'p1', branchId: 'default' },
    true,
  ],
  [
    'branch_admin write other',
    key('branch_admin', 'default'),
    { access: 'write', projectId: 'p1', branchId: 'dev' },
    'This key is limited to branch default',
  ],
  [
    'branch_admin write project-level',
    key('branch_admin', 'default'),
    { access: 'write', projectId: 'p1' },
    'This key is limited to branch default',
  ],
  [
    'branch_read read project-level',
    key('branch_read', 'default'),
    { access: 'read', projectId: 'p1' },
    true,
  ],
  [
    'branch_read read own',
    key('branch_read', 'default'),
    { access: 'read', projectId: 'p1', branchId: 'default' },
    true,
  ],
  [
    'branch_read read other',
    key('branch_read', 'default'),
    { access: 'read', projectId: 'p1', branchId: 'dev' },
    'This key is limited to branch default',
  ],
  [
    'branch_read write',
    key('branch_read', 'default'),
    { access: 'write', projectId: 'p1', branchId: 'default' },
    'This key is read-only',
  ],
  [
    'branch_read manage',
    key('branch_read', 'default'),
    { access: 'manage', projectId: 'p1' },
    'Requires a project_admin key',
  ],
];

describe('authorize', () => {
  it.each(MATRIX)('%s', (_name, principal, req, want) => {
    if (want === true) expect(() => authorize(principal, req)).not.toThrow();
    else
      expect(() => authorize(principal, req)).toThrow(
        expect.objectContaining({ code: 'PERMISSION_DENIED', reason: 'forbidden', message: want }),
      );
  });
  it('covers every access level', () => {
    const levels = new Set<Access>(MATRIX.map(([, , r]) => r.access));
    expect([...levels].sort()).toEqual(['admin', 'manage', 'read', 'write']);
  });
});

describe('authenticate', () => {
  it('accepts the admin key and active project keys only', async () => {
    await withStorage(async (s) => {
      expect(await authenticate(s, ADMIN, ADMIN)).toEqual({ kind: 'admin' });
      const { apiKey } = await createProject(s, { id: 'p1', name: null, settings: null }, audit);
      expect(await authenticate(s, apiKey.secret, ADMIN)).toEqual({
        kind: 'project',
        keyId: apiKey.key.id,
        projectId: 'p1',
        scope: 'project_admin',
        branchId: null,
      });
      const want = { code: 'UNAUTHENTICATED', reason: 'unauthorized', message: 'Invalid or expired API key' };
      await expect(authenticate(s, 'nope', ADMIN)).rejects.toMatchObject(want);
      await expect(authenticate(s, '', '')).rejects.toMatchObject(want);
      await expect(authenticate(s, `${ADMIN}x`, ADMIN)).rejects.toMatchObject(want);
      const expiring = await createApiKey(
        s,
        'p1',
        { description: 'x', scope: 'project_admin', branchId: null, expiresInDays: 1 },
        audit,
      );
      const entry = s.catalog.keysById.get(expiring.key.id);
      if (entry === undefined) throw new Error('missing key');
      entry.key.expiresAt = new Date(Date.now() - 1000).toISOString();
      await expect(authenticate(s, expiring.secret, ADMIN)).rejects.toMatchObject(want);
    });
  });
});
