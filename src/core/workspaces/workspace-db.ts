import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { workspaceFile } from '../catalog/paths.js';
import { nextAlias } from '../db/engine.js';
import { Mutex } from '../db/mutex.js';
import { quoteIdent, quoteLiteral } from '../db/sql.js';
import type { WorkspaceEntry } from './workspace-model.js';

export interface WorkspaceDbLease {
  /** Quoted catalog alias of the attached workspace file. */
  readonly alias: string;
  release(): Promise<void>;
}

interface Attached {
  alias: string;
  refs: number;
}

/**
 * Workspace files ATTACHed in the process's one instance (TOOLCHAIN: one instance per process),
 * once per workspace however many sessions and REST calls use it, under a secret alias (a
 * session must not name another workspace's catalog); detached when the last user is done, so
 * an idle workspace holds no descriptor.
 */
export class WorkspaceDbs {
  private readonly attached = new Map<string, Attached>();
  private readonly mutex = new Mutex();

  constructor(
    private readonly conn: DuckDBConnection,
    private readonly duckdbDir: string,
  ) {}

  path(ws: Pick<WorkspaceEntry, 'projectId' | 'id'>): string {
    return workspaceFile(this.duckdbDir, ws.projectId, ws.id);
  }

  get openCount(): number {
    return this.attached.size;
  }

  lease(ws: Pick<WorkspaceEntry, 'projectId' | 'id'>): Promise<WorkspaceDbLease> {
    return this.mutex.run(async () => {
      let entry = this.attached.get(ws.id);
      if (entry === undefined) {
        const path = this.path(ws);
        await mkdir(dirname(path), { recursive: true });
        const alias = nextAlias('w');
        await this.conn.run(`ATTACH ${quoteLiteral(path)} AS ${quoteIdent(alias)}`);
        entry = { alias, refs: 0 };
        this.attached.set(ws.id, entry);
      }
      entry.refs += 1;
      const held = entry;
      let released = false;
      return {
        alias: quoteIdent(held.alias),
        release: async () => {
          if (released) return;
          released = true;
          await this.mutex.run(async () => {
            held.refs -= 1;
            if (held.refs > 0 || this.attached.get(ws.id) !== held) return;
            this.attached.delete(ws.id);
            await this.conn.run(`DETACH DATABASE IF EXISTS ${quoteIdent(held.alias)}`);
          });
        },
      };
    });
  }

  /** Detaches a workspace's file at once (its sessions were ended first): before deleting it. */
  forget(workspaceId: string): Promise<void> {
    return this.mutex.run(async () => {
      const entry = this.attached.get(workspaceId);
      if (entry === undefined) return;
      this.attached.delete(workspaceId);
      await this.conn.run(`DETACH DATABASE IF EXISTS ${quoteIdent(entry.alias)}`);
    });
  }

  async closeAll(): Promise<void> {
    for (const id of [...this.attached.keys()]) await this.forget(id);
  }
}
