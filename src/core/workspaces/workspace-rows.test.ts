import { existsSync } from 'node:fs';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBranch } from '../branches/branches.js';
import { createProject } from '../catalog/projects.js';
import { metaWrite, readRows } from '../metadata/tx.js';
import { closeStorage, openStorage } from '../storage.js';
import { audit, tempConfig } from '../testing.js';
import { passwordMatches } from './auth-limiter.js';
import { createWorkspace, gigabytes } from './workspaces.js';

const input = (name: string, ttlHours: number | null = null) => ({
  name,
  ttlHours,
  sizeLimitBytes: gigabytes(1),
  preloadTables: [],
});

describe('workspaces across a restart', () => {
  it('loads rows with their verifiers; removes rows of gone projects or branches and files without a row', async () => {
    const { config, dir } = await tempConfig();
    let s = await openStorage(config);
    await createProject(s, { id: 'p1', name: null, settings: null }, audit);
    const branch = await createBranch(s, 'p1', { name: 'dev', description: null }, audit);
    const onMain = await createWorkspace(s, { projectId: 'p1' }, input('main', 5), audit);
    const onBranch = await createWorkspace(s, { projectId: 'p1', branchId: branch.id }, input('dev'), audit);
    // Rows a crash or an old bug could leave: of a project and of a branch that are gone.
    await metaWrite(s, async (tx) => {
      for (const [id, project, branchId] of [
        ['ws_00000000000000aa', 'ghost', null],
        ['ws_00000000000000bb', 'p1', 'gone-branch'],
      ] as const) {
        await tx.run(
          `INSERT INTO ${s.m}.workspaces SELECT * REPLACE ($1 AS id, $2 AS project_id, $3 AS branch_id, $4 AS username)
           FROM ${s.m}.workspaces WHERE id = $5`,
          [id, project, branchId, `ws_${id}_00000000`, onMain.workspace.id],
        );
      }
      return () => undefined;
    });
    await closeStorage(s);

    const wsDir = join(config.duckdbDir, 'project_p1', '_workspaces');
    await writeFile(join(wsDir, 'ws_dead.duckdb'), 'x');
    await writeFile(join(wsDir, 'ws_dead.duckdb.wal'), 'x');
    await copyFile(join(wsDir, `${onMain.workspace.id}.duckdb`), join(wsDir, 'ws_00000000000000bb.duckdb'));
    await mkdir(join(config.duckdbDir, 'project_ghost', '_workspaces'), { recursive: true });

    s = await openStorage(config);
    try {
      expect([...s.workspaces.byId.keys()].sort()).toEqual(
        [onMain.workspace.id, onBranch.workspace.id].sort(),
      );
      const main = s.workspaces.byId.get(onMain.workspace.id);
      expect(main?.expiresAt).toBe(onMain.workspace.expiresAt);
      expect(s.workspaces.byUsername.get(onMain.workspace.connection.username)).toBe(main);
      expect(
        passwordMatches(
          main?.verifier ?? { salt: '', iterations: 1, storedKey: '', serverKey: '' },
          onMain.password,
        ),
      ).toBe(true);
      expect(s.workspaces.byId.get(onBranch.workspace.id)?.branchId).toBe(branch.id);
      const rows = await readRows(s.metaConn, `SELECT id FROM ${s.m}.workspaces ORDER BY id`);
      expect(rows.map((r) => r.id).sort()).toEqual([onMain.workspace.id, onBranch.workspace.id].sort());
      expect(existsSync(join(wsDir, 'ws_dead.duckdb'))).toBe(false);
      expect(existsSync(join(wsDir, 'ws_dead.duckdb.wal'))).toBe(false);
      expect(existsSync(join(wsDir, 'ws_00000000000000bb.duckdb'))).toBe(false);
      expect(existsSync(join(wsDir, `${onMain.workspace.id}.duckdb`))).toBe(true);
      expect(existsSync(join(config.duckdbDir, 'project_ghost'))).toBe(false);
    } finally {
      await closeStorage(s);
      await rm(dir, { recursive: true, force: true });
    }
  });
});
