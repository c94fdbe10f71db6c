import type { ExecuteQueryCommandHandlers } from '../../../generated/grpc/commands.js';
import {
  ExecuteQueryResponse,
  ExecuteQueryResponse_Status,
} from '../../../generated/grpc/proto/executeQuery.js';
import { nameKey } from '../../core/catalog/names.js';
import { invalidArgument, StorageError } from '../../core/errors.js';
import type { CellValue } from '../../core/model.js';
import { encodeCell } from '../../core/tables/cell-values.js';
import { openQuerySession } from '../../core/workspaces/sql-gateway.js';
import { allow, type DriverContext, note } from '../context.js';
import { unimplemented } from '../errors.js';
import { placeOf } from '../paths.js';

/** Errors of the SQL itself: the call answers OK with status Error (the reference's contract). */
const SQL_REASONS = new Set([
  'sql_error',
  'sql_not_allowed',
  'sql_not_supported',
  'query_timeout',
  'query_canceled',
]);

const text = (v: CellValue): string =>
  v === null
    ? ''
    : typeof v === 'string'
      ? v
      : typeof v === 'object'
        ? JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x))
        : String(v);

const namesBucket = (ctx: DriverContext, projectId: string, name: string): boolean => {
  const project = ctx.storage.catalog.projects.get(projectId);
  const key = nameKey(name);
  return project !== undefined && (project.buckets.has(key) || project.links.has(key));
};

/** At most this many rows come back (the rest is cut, with a warning). */
const MAX_ROWS = 10_000;

export const queryHandlers = {
  /**
   * ExecuteQueryCommand: runs in the workspace SQL sandbox exactly like a PG wire session: the
   * project's tables (branch-aware, read-only) as "bucket"."table", no file or network access
   * (reference pitfall: an unsandboxed in-memory DuckDB that could read any file and saw no
   * data). pathRestriction: [] / [project] / [project, branch] run on a scratch catalog; a last
   * element naming a workspace of the project (id or Connection's workspace id) runs in that
   * workspace. timeout is the statement timeout (seconds).
   */
  async ExecuteQueryCommand(command, ctx) {
    if (command.snowflakeRole !== undefined || command.bigQueryServiceAccount !== undefined) {
      throw unimplemented('ExecuteQueryCommand restriction (Snowflake role / BigQuery service account)');
    }
    if (command.query.trim() === '') throw invalidArgument('invalid_request', 'query is required');
    const path = command.pathRestriction;
    const last = path.at(-1);
    const project = ctx.project ?? path[0] ?? '';
    const workspace =
      last === undefined
        ? undefined
        : ctx.storage.workspaces.ofProject(project).find((w) => w.id === last || w.name === last);
    if (workspace === undefined && last !== undefined && namesBucket(ctx, project, last)) {
      throw unimplemented(
        'ExecuteQueryCommand pathRestriction to a bucket (a session sees the whole project)',
      );
    }
    const place = placeOf(ctx, workspace === undefined ? path : path.slice(0, -1), 'pathRestriction');
    allow(ctx, 'read', place.projectId, place.branchId);
    if (workspace !== undefined) allow(ctx, 'write', place.projectId, workspace.branchId ?? 'default');
    const session = await openQuerySession(ctx.storage, {
      projectId: place.projectId,
      branchId: workspace?.branchId ?? (place.branchId === 'default' ? null : place.branchId),
      ...(workspace === undefined ? {} : { workspaceId: workspace.id }),
      clientAddress: null,
    });
    const started = Date.now();
    try {
      if (command.timeout > 0) session.setStatementTimeout(command.timeout * 1000);
      let columns: string[] = [];
      let rows: Record<string, string>[] = [];
      let changed = 0;
      let truncated = false;
      for (const sql of session.split(command.query)) {
        const statement = await session.prepare(sql);
        const cursor = await session.execute(statement, []);
        try {
          columns = cursor.columns.map((c) => c.name);
          rows = [];
          changed = cursor.rowsChanged;
          for (let chunk = await cursor.fetch(); chunk !== undefined; chunk = await cursor.fetch()) {
            for (const row of chunk.getRows()) {
              if (rows.length >= MAX_ROWS) {
                truncated = true;
                break;
              }
              const fields: Record<string, string> = {};
              columns.forEach((name, i) => {
                fields[name] = text(encodeCell(row[i] ?? null));
              });
              rows.push(fields);
            }
            if (truncated) break;
          }
        } finally {
          await cursor.close();
          statement.close();
        }
      }
      if (truncated) note(ctx, 'warning', `The result was cut to its first ${MAX_ROWS} rows`);
      return ExecuteQueryResponse.fromPartial({
        status: ExecuteQueryResponse_Status.Success,
        data: { columns, rows: rows.map((fields) => ({ fields })) },
        message:
          columns.length > 0
            ? `Query returned ${rows.length} rows`
            : `Query executed successfully (${changed} rows changed)`,
      });
    } catch (error) {
      if (!(error instanceof StorageError) || !SQL_REASONS.has(error.reason)) throw error;
      note(ctx, 'error', `Query failed after ${Date.now() - started} ms: ${error.message}`);
      return ExecuteQueryResponse.fromPartial({
        status: ExecuteQueryResponse_Status.Error,
        message: error.message,
      });
    } finally {
      await session.close();
    }
  },
} satisfies ExecuteQueryCommandHandlers<DriverContext>;
