import { metaWrite, UNCHANGED_CATALOG } from './metadata/tx.js';
import { type AuditContext, log, type Storage } from './storage.js';
import { nowIso } from './timestamps.js';

export type Operation =
  | 'create_project'
  | 'update_project'
  | 'delete_project'
  | 'create_api_key'
  | 'revoke_api_key'
  | 'rotate_api_key'
  | 'create_s3_credential'
  | 'delete_s3_credential'
  | 'create_bucket'
  | 'delete_bucket'
  | 'create_table'
  | 'delete_table'
  | 'create_alias'
  | 'delete_alias'
  | 'register_file'
  | 'delete_file'
  | 'complete_multipart_upload'
  | 'abort_multipart_upload'
  | 'import_from_file'
  | 'import_from_table'
  | 'export_to_file'
  | 'profile_table'
  | 'add_column'
  | 'drop_column'
  | 'alter_column'
  | 'add_primary_key'
  | 'drop_primary_key'
  | 'delete_rows'
  | 'create_snapshot'
  | 'delete_snapshot'
  | 'restore_snapshot'
  | 'update_snapshot_settings'
  | 'delete_snapshot_settings'
  | 'create_branch'
  | 'delete_branch'
  | 'copy_table_to_branch'
  | 'pull_table'
  | 'merge_table'
  | 'share_bucket'
  | 'unshare_bucket'
  | 'link_bucket'
  | 'unlink_bucket'
  | 'grant_readonly'
  | 'revoke_readonly'
  | 'create_workspace'
  | 'delete_workspace'
  | 'clear_workspace'
  | 'drop_workspace_object'
  | 'load_workspace_tables'
  | 'reset_workspace_credentials'
  | 'create_workspace_user'
  | 'drop_workspace_user'
  | 'reset_workspace_user_password'
  | 'grant_workspace_access'
  | 'revoke_workspace_access'
  | 'register_pgwire_session'
  | 'end_pgwire_session';

export interface OperationRecord {
  operation: Operation;
  projectId: string;
  resourceType:
    | 'project'
    | 'api_key'
    | 's3_credential'
    | 'bucket'
    | 'table'
    | 'file'
    | 'column'
    | 'snapshot'
    | 'snapshot_settings'
    | 'branch'
    | 'branch_table'
    | 'workspace'
    | 'workspace_object'
    | 'workspace_user'
    | 'pgwire_session';
  resourceId: string;
  details: Record<string, unknown>;
  /** `Date.now()` when the operation started, for duration_ms. */
  startedAt: number;
}

/**
 * Appends an operations_log row AFTER the operation committed; a failure here only logs a
 * warning (reference pitfall 03/15: an audit failure turned a committed change into a 500).
 */
export async function logOperation(s: Storage, audit: AuditContext, op: OperationRecord): Promise<void> {
  try {
    await metaWrite(
      s,
      async (tx) => {
        const id = s.state.opLogSeq + 1;
        await tx.run(
          `INSERT INTO ${s.m}.operations_log (id, "timestamp", request_id, actor, project_id, operation, resource_type, resource_id, details, duration_ms, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'success')`,
          [
            id,
            nowIso(),
            audit.requestId,
            audit.actor,
            op.projectId,
            op.operation,
            op.resourceType,
            op.resourceId,
            JSON.stringify(op.details),
            Math.max(0, Date.now() - op.startedAt),
          ],
        );
        return () => {
          s.state.opLogSeq = id;
        };
      },
      UNCHANGED_CATALOG,
    );
  } catch (error) {
    log(s, 'warn', 'could not write operations_log', { operation: op.operation, error: String(error) });
  }
}
