/**
 * Versioned schema of metadata.duckdb (reference pitfall 01/18: no versioning). Each migration
 * runs once, in its own transaction together with its schema_migrations row; append only.
 * `m` is the quoted catalog alias the file is attached under.
 */
export interface Migration {
  version: number;
  name: string;
  statements: (m: string) => string[];
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'catalog, keys, idempotency, operations log',
    statements: (m) => [
      `CREATE TABLE ${m}.projects (
        id VARCHAR PRIMARY KEY, name VARCHAR, db_path VARCHAR NOT NULL,
        created_at TIMESTAMPTZ NOT NULL, updated_at TIMESTAMPTZ NOT NULL,
        status VARCHAR NOT NULL DEFAULT 'active', settings JSON)`,
      `CREATE TABLE ${m}.api_keys (
        id VARCHAR PRIMARY KEY, project_id VARCHAR NOT NULL, branch_id VARCHAR,
        key_hash VARCHAR NOT NULL UNIQUE, key_prefix VARCHAR NOT NULL, scope VARCHAR NOT NULL,
        description VARCHAR, created_at TIMESTAMPTZ NOT NULL, last_used_at TIMESTAMPTZ,
        expires_at TIMESTAMPTZ, revoked_at TIMESTAMPTZ, lifetime_ms BIGINT)`,
      `CREATE TABLE ${m}.buckets (
        project_id VARCHAR NOT NULL, name_key VARCHAR NOT NULL, name VARCHAR NOT NULL,
        description VARCHAR, created_at TIMESTAMPTZ NOT NULL, PRIMARY KEY (project_id, name_key))`,
      `CREATE TABLE ${m}.tables (
        project_id VARCHAR NOT NULL, bucket_key VARCHAR NOT NULL, name_key VARCHAR NOT NULL,
        name VARCHAR NOT NULL, columns JSON NOT NULL, primary_key JSON NOT NULL,
        row_count BIGINT NOT NULL, size_bytes BIGINT NOT NULL,
        created_at TIMESTAMPTZ NOT NULL, updated_at TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (project_id, bucket_key, name_key))`,
      `CREATE TABLE ${m}.idempotency_keys (
        id VARCHAR PRIMARY KEY, project_id VARCHAR, state VARCHAR NOT NULL, method VARCHAR NOT NULL,
        url VARCHAR NOT NULL, body_hash VARCHAR NOT NULL, status INTEGER, payload BLOB,
        created_at TIMESTAMPTZ NOT NULL, expires_at TIMESTAMPTZ NOT NULL)`,
      `CREATE TABLE ${m}.operations_log (
        id BIGINT PRIMARY KEY, "timestamp" TIMESTAMPTZ NOT NULL, request_id VARCHAR, actor VARCHAR,
        project_id VARCHAR, operation VARCHAR NOT NULL, resource_type VARCHAR, resource_id VARCHAR,
        details JSON, duration_ms INTEGER, status VARCHAR NOT NULL, error_message VARCHAR)`,
    ],
  },
  {
    version: 2,
    name: 'file store: files and upload sessions',
    // One row per file; an upload session is a row with is_staged = true and expires_at, so it
    // survives a restart (the reference keeps sessions in process memory). No index on columns
    // that change (is_staged, expires_at): DuckDB turns updates of indexed columns into
    // delete + insert. upload_key stays after registration so that a crash between commit and
    // rename can be rolled forward by the sweep (src/core/files/sweep.ts).
    statements: (m) => [
      `CREATE TABLE ${m}.files (
        id VARCHAR PRIMARY KEY, project_id VARCHAR NOT NULL, name VARCHAR NOT NULL,
        path VARCHAR NOT NULL, size_bytes BIGINT NOT NULL, content_type VARCHAR,
        checksum_md5 VARCHAR, checksum_sha256 VARCHAR, is_staged BOOLEAN NOT NULL,
        created_at TIMESTAMPTZ NOT NULL, expires_at TIMESTAMPTZ, tags JSON,
        upload_key VARCHAR NOT NULL, expected_size BIGINT, uploaded_at TIMESTAMPTZ, created_by VARCHAR)`,
      `CREATE INDEX idx_files_project ON ${m}.files (project_id)`,
      `CREATE INDEX idx_files_upload_key ON ${m}.files (upload_key)`,
    ],
  },
  {
    version: 3,
    name: 'object store: object keys, multipart uploads, S3 credentials',
    // One store for the Files API and S3 (reference pitfall 08: two views of one directory):
    // every registered file has an object key, S3 objects are rows of `files`. Disk paths stay
    // id-derived, so a key never reaches the filesystem. Existing files get the key the
    // reference's S3 listing showed them under: {YYYY}/{MM}/{DD}/{file_id}_{name}.
    statements: (m) => [
      `ALTER TABLE ${m}.files ADD COLUMN object_key VARCHAR`,
      `ALTER TABLE ${m}.files ADD COLUMN object_meta JSON`,
      `UPDATE ${m}.files SET object_key = strftime(timezone('UTC', created_at), '%Y/%m/%d') || '/' || id || '_' || name
        WHERE NOT is_staged`,
      // Parts have no primary key: a re-sent part is DELETE + INSERT in one transaction.
      `CREATE TABLE ${m}.multipart_uploads (
        upload_id VARCHAR PRIMARY KEY, project_id VARCHAR NOT NULL, object_key VARCHAR NOT NULL,
        content_type VARCHAR, object_meta JSON, created_at TIMESTAMPTZ NOT NULL, created_by VARCHAR)`,
      `CREATE TABLE ${m}.multipart_parts (
        upload_id VARCHAR NOT NULL, part_number INTEGER NOT NULL, path VARCHAR NOT NULL,
        size_bytes BIGINT NOT NULL, checksum_md5 VARCHAR NOT NULL, created_at TIMESTAMPTZ NOT NULL)`,
      `CREATE INDEX idx_multipart_parts_upload ON ${m}.multipart_parts (upload_id)`,
      // The secret is stored encrypted (AES-256-GCM), retrievable for signature checks.
      `CREATE TABLE ${m}.s3_credentials (
        access_key_id VARCHAR PRIMARY KEY, project_id VARCHAR NOT NULL, secret_sealed VARCHAR NOT NULL,
        read_only BOOLEAN NOT NULL, description VARCHAR, created_at TIMESTAMPTZ NOT NULL, created_by VARCHAR)`,
    ],
  },
  {
    version: 4,
    name: 'snapshots, snapshot settings, stable bucket and table ids',
    // Settings are keyed by a stable id (uid), not by names: a table re-created under a dropped
    // one's name starts with inherited settings (reference pitfall 05/12). Snapshots keep the
    // source's names (they outlive the table) and its uid.
    statements: (m) => [
      `ALTER TABLE ${m}.buckets ADD COLUMN uid VARCHAR`,
      `UPDATE ${m}.buckets SET uid = uuid()::VARCHAR`,
      `ALTER TABLE ${m}.tables ADD COLUMN uid VARCHAR`,
      `UPDATE ${m}.tables SET uid = uuid()::VARCHAR`,
      `CREATE TABLE ${m}.snapshots (
        id VARCHAR PRIMARY KEY, project_id VARCHAR NOT NULL, bucket_name VARCHAR NOT NULL,
        table_name VARCHAR NOT NULL, table_uid VARCHAR NOT NULL, snapshot_type VARCHAR NOT NULL,
        row_count BIGINT NOT NULL, size_bytes BIGINT NOT NULL, definition JSON NOT NULL,
        created_at TIMESTAMPTZ NOT NULL, created_by VARCHAR, expires_at TIMESTAMPTZ NOT NULL,
        description VARCHAR)`,
      `CREATE INDEX idx_snapshots_project ON ${m}.snapshots (project_id)`,
      `CREATE TABLE ${m}.snapshot_settings (
        level VARCHAR NOT NULL, entity_uid VARCHAR NOT NULL, project_id VARCHAR NOT NULL,
        config JSON NOT NULL, updated_at TIMESTAMPTZ NOT NULL, PRIMARY KEY (level, entity_uid))`,
    ],
  },
  {
    version: 5,
    name: 'dev branches: branches, branch tables beside main tables',
    // A table row belongs to a branch: '' is main. A dev branch's rows are its copies (base_updated_at
    // = main's updated_at when copied, for merge status), its own tables (no base) and tombstones of
    // main tables it dropped (deleted). Rows are addressed by uid; the primary key gains branch_id,
    // which DuckDB cannot ALTER, so the table is rebuilt.
    statements: (m) => [
      `CREATE TABLE ${m}.branches (
        id VARCHAR PRIMARY KEY, project_id VARCHAR NOT NULL, name VARCHAR NOT NULL, name_key VARCHAR NOT NULL,
        description VARCHAR, created_at TIMESTAMPTZ NOT NULL, created_by VARCHAR, UNIQUE (project_id, name_key))`,
      `CREATE TABLE ${m}.tables_v5 (
        project_id VARCHAR NOT NULL, branch_id VARCHAR NOT NULL, bucket_key VARCHAR NOT NULL,
        name_key VARCHAR NOT NULL, name VARCHAR NOT NULL, columns JSON NOT NULL, primary_key JSON NOT NULL,
        row_count BIGINT NOT NULL, size_bytes BIGINT NOT NULL, created_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL, uid VARCHAR NOT NULL, base_updated_at TIMESTAMPTZ,
        deleted BOOLEAN NOT NULL DEFAULT false, PRIMARY KEY (project_id, branch_id, bucket_key, name_key))`,
      `INSERT INTO ${m}.tables_v5 (project_id, branch_id, bucket_key, name_key, name, columns, primary_key,
        row_count, size_bytes, created_at, updated_at, uid)
        SELECT project_id, '', bucket_key, name_key, name, columns, primary_key, row_count, size_bytes,
        created_at, updated_at, uid FROM ${m}.tables`,
      `DROP TABLE ${m}.tables`,
      `ALTER TABLE ${m}.tables_v5 RENAME TO tables`,
    ],
  },
  {
    version: 6,
    name: 'bucket sharing: shares and links',
    // A share names the source bucket by its stable uid (a re-created bucket of the same name is
    // not shared); a link is metadata only, never a directory (reference pitfall 02/3).
    statements: (m) => [
      `CREATE TABLE ${m}.bucket_shares (
        id VARCHAR PRIMARY KEY, source_project_id VARCHAR NOT NULL, source_bucket_uid VARCHAR NOT NULL,
        target_project_id VARCHAR NOT NULL, created_at TIMESTAMPTZ NOT NULL, created_by VARCHAR,
        UNIQUE (source_bucket_uid, target_project_id))`,
      `CREATE TABLE ${m}.bucket_links (
        id VARCHAR PRIMARY KEY, target_project_id VARCHAR NOT NULL, name_key VARCHAR NOT NULL, name VARCHAR NOT NULL,
        source_project_id VARCHAR NOT NULL, source_bucket_uid VARCHAR NOT NULL, created_at TIMESTAMPTZ NOT NULL,
        created_by VARCHAR, UNIQUE (target_project_id, name_key))`,
    ],
  },
  {
    version: 7,
    name: 'workspaces with their SCRAM verifiers',
    // One row per workspace, its credentials in the same row (reference pitfall 07/8: a
    // credentials table referencing workspaces made every UPDATE of an indexed column fail).
    // The password is never stored: only its SCRAM-SHA-256 verifier (RFC 5802), base64 fields.
    // branch_id NULL = main. Sessions are live sockets, counted in memory, never rows.
    statements: (m) => [
      `CREATE TABLE ${m}.workspaces (
        id VARCHAR PRIMARY KEY, project_id VARCHAR NOT NULL, branch_id VARCHAR, name VARCHAR NOT NULL,
        created_at TIMESTAMPTZ NOT NULL, expires_at TIMESTAMPTZ, size_limit_bytes BIGINT NOT NULL,
        username VARCHAR NOT NULL UNIQUE, scram_salt VARCHAR NOT NULL, scram_iterations INTEGER NOT NULL,
        scram_stored_key VARCHAR NOT NULL, scram_server_key VARCHAR NOT NULL, created_by VARCHAR)`,
    ],
  },
  {
    version: 8,
    name: 'workspace users and workspace access grants',
    // Extra PG wire logins of a workspace (CreateWorkspaceUserCommand), verifier only as in 7;
    // project_id (the workspace's) lets a project delete remove them with its other rows. A
    // username is unique here and never equal to a main one (other shape, checked on create).
    // Grants (GrantWorkspaceAccessToProjectCommand): a grantee project may load its own tables
    // into the workspace. No foreign keys (DuckDB: an FK blocks updates of referenced rows).
    statements: (m) => [
      `CREATE TABLE ${m}.workspace_users (
        id VARCHAR PRIMARY KEY, workspace_id VARCHAR NOT NULL, project_id VARCHAR NOT NULL,
        username VARCHAR NOT NULL UNIQUE, scram_salt VARCHAR NOT NULL, scram_iterations INTEGER NOT NULL,
        scram_stored_key VARCHAR NOT NULL, scram_server_key VARCHAR NOT NULL,
        created_at TIMESTAMPTZ NOT NULL, created_by VARCHAR)`,
      `CREATE TABLE ${m}.workspace_grants (
        workspace_id VARCHAR NOT NULL, project_id VARCHAR NOT NULL, grantee_project_id VARCHAR NOT NULL,
        created_at TIMESTAMPTZ NOT NULL, created_by VARCHAR, PRIMARY KEY (workspace_id, grantee_project_id))`,
    ],
  },
  {
    version: 9,
    name: 'alias tables (gRPC CreateViewCommand)',
    // A table of their own, not a kind of `tables` row: reconciliation, copy-on-write, merges,
    // snapshots and stats walk `tables` rows as table files, and an alias has none. branch_id ''
    // = main (as in `tables`). Rows are inserted and deleted, never updated.
    statements: (m) => [
      `CREATE TABLE ${m}.table_aliases (
        uid VARCHAR PRIMARY KEY, project_id VARCHAR NOT NULL, branch_id VARCHAR NOT NULL,
        bucket_key VARCHAR NOT NULL, name_key VARCHAR NOT NULL, name VARCHAR NOT NULL,
        source_bucket VARCHAR NOT NULL, source_table VARCHAR NOT NULL, columns JSON NOT NULL,
        where_filters JSON NOT NULL, created_at TIMESTAMPTZ NOT NULL, created_by VARCHAR,
        UNIQUE (project_id, branch_id, bucket_key, name_key))`,
    ],
  },
];
