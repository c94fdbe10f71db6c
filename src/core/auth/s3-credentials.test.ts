import { readFileSync, statSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createProject, deleteProject } from '../catalog/projects.js';
import { closeStorage, openStorage } from '../storage.js';
import { audit, tempConfig, withStorage } from '../testing.js';
import {
  createS3Credential,
  deleteS3Credential,
  isS3AccessKeyId,
  listS3Credentials,
  resolveS3Secret,
} from './s3-credentials.js';
import { seal, unseal } from './sealed.js';
import { deriveKey, forgetServerSecrets, secretPath } from './server-secret.js';

const project = (s: Parameters<typeof createProject>[0], id: string) =>
  createProject(s, { id, name: null, settings: null }, audit);

describe('sealed secrets', () => {
  const key = Buffer.alloc(32, 7);

  it('round-trips and refuses another key, another binding or a changed byte', () => {
    const sealed = seal(key, 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'DSABC\np1');
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain('wJalrXUtnFEMI');
    expect(unseal(key, sealed, 'DSABC\np1')).toBe('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
    expect(unseal(Buffer.alloc(32, 8), sealed, 'DSABC\np1')).toBeNull();
    expect(unseal(key, sealed, 'DSABC\np2')).toBeNull();
    const bytes = Buffer.from(sealed.slice(3), 'base64');
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    expect(unseal(key, `v1.${bytes.toString('base64')}`, 'DSABC\np1')).toBeNull();
    expect(unseal(key, 'plain text', 'DSABC\np1')).toBeNull();
    // A fresh IV each time: the same secret never seals to the same text.
    expect(seal(key, 'x', 'a')).not.toBe(seal(key, 'x', 'a'));
  });
});

describe('server secret', () => {
  it('creates DATA_DIR/secret.key once (0600, 32 bytes) and reads the same one after a reopen', async () => {
    const { config, dir } = await tempConfig();
    try {
      let s = await openStorage(config);
      const path = secretPath(config);
      expect(statSync(path).mode & 0o777).toBe(0o600);
      const first = readFileSync(path);
      expect(first).toHaveLength(32);
      const key = deriveKey(s, 'test purpose');
      await project(s, 'p1');
      const issued = await createS3Credential(
        s,
        { projectId: 'p1', description: null, readOnly: false },
        audit,
      );
      await closeStorage(s);
      forgetServerSecrets();
      s = await openStorage(config);
      try {
        expect(readFileSync(path).equals(first)).toBe(true);
        expect(deriveKey(s, 'test purpose').equals(key)).toBe(true);
        expect(deriveKey(s, 'other purpose').equals(key)).toBe(false);
        // Sealed before the restart, unsealed after it.
        expect((await resolveS3Secret(s, issued.accessKeyId))?.secret).toBe(issued.secretAccessKey);
      } finally {
        await closeStorage(s);
      }
    } finally {
      forgetServerSecrets();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses to start on a damaged secret.key rather than replacing it', async () => {
    const { config, dir } = await tempConfig();
    try {
      const { writeFileSync, mkdirSync } = await import('node:fs');
      mkdirSync(config.dataDir, { recursive: true });
      writeFileSync(secretPath(config), 'short');
      forgetServerSecrets();
      await expect(openStorage(config)).rejects.toMatchObject({ reason: 'server_secret_invalid' });
      expect(readFileSync(secretPath(config), 'utf8')).toBe('short');
    } finally {
      forgetServerSecrets();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('S3 credentials', () => {
  it('issues AWS-shaped pairs, lists them without secrets and resolves the secret', async () => {
    await withStorage(async (s) => {
      await project(s, 'p1');
      const issued = await createS3Credential(
        s,
        { projectId: 'p1', description: 'backup job', readOnly: true },
        audit,
      );
      expect(issued.accessKeyId).toMatch(/^DS[A-Z2-7]{18}$/);
      expect(isS3AccessKeyId(issued.accessKeyId)).toBe(true);
      expect(issued.secretAccessKey).toMatch(/^[A-Za-z0-9+/]{40}$/);
      expect(issued).toMatchObject({
        projectId: 'p1',
        readOnly: true,
        description: 'backup job',
        createdBy: 'admin',
      });
      const listed = await listS3Credentials(s, 'p1');
      expect(listed).toEqual([
        {
          accessKeyId: issued.accessKeyId,
          projectId: 'p1',
          readOnly: true,
          description: 'backup job',
          createdAt: issued.createdAt,
          createdBy: 'admin',
        },
      ]);
      expect(JSON.stringify(listed)).not.toContain(issued.secretAccessKey);
      expect(await resolveS3Secret(s, issued.accessKeyId)).toEqual({
        secret: issued.secretAccessKey,
        projectId: 'p1',
        readOnly: true,
      });
      expect(await resolveS3Secret(s, 'DSAAAAAAAAAAAAAAAAAA')).toBeNull();
      expect(await resolveS3Secret(s, 'duckdb')).toBeNull();
      const ops = await s.metaConn.runAndReadAll(
        `SELECT operation, resource_id FROM ${s.m}.operations_log WHERE operation LIKE '%s3_credential'`,
      );
      expect(ops.getRows()).toEqual([['create_s3_credential', issued.accessKeyId]]);
    });
  });

  it('keeps the secret sealed at rest', async () => {
    const { config, dir } = await tempConfig();
    try {
      const s = await openStorage(config);
      await project(s, 'p1');
      const issued = await createS3Credential(
        s,
        { projectId: 'p1', description: null, readOnly: false },
        audit,
      );
      const rows = await s.metaConn.runAndReadAll(`SELECT secret_sealed FROM ${s.m}.s3_credentials`);
      expect(String(rows.getRows()[0]?.[0])).not.toContain(issued.secretAccessKey);
      await closeStorage(s);
      const raw = await readFile(config.metadataPath);
      expect(raw.includes(Buffer.from(issued.secretAccessKey))).toBe(false);
    } finally {
      forgetServerSecrets();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("deletes only the project's own credential, and a deleted one stops resolving at once", async () => {
    await withStorage(async (s) => {
      await project(s, 'p1');
      await project(s, 'p2');
      const mine = await createS3Credential(
        s,
        { projectId: 'p1', description: null, readOnly: false },
        audit,
      );
      expect(await resolveS3Secret(s, mine.accessKeyId)).not.toBeNull(); // now cached
      await expect(deleteS3Credential(s, 'p2', mine.accessKeyId, audit)).rejects.toMatchObject({
        code: 'NOT_FOUND',
        reason: 's3_credential_not_found',
      });
      await expect(deleteS3Credential(s, 'p9', mine.accessKeyId, audit)).rejects.toMatchObject({
        code: 'NOT_FOUND',
        reason: 'project_not_found',
      });
      expect(await resolveS3Secret(s, mine.accessKeyId)).not.toBeNull();
      await deleteS3Credential(s, 'p1', mine.accessKeyId, audit);
      expect(await resolveS3Secret(s, mine.accessKeyId)).toBeNull();
      expect(await listS3Credentials(s, 'p1')).toEqual([]);
      await expect(deleteS3Credential(s, 'p1', mine.accessKeyId, audit)).rejects.toMatchObject({
        reason: 's3_credential_not_found',
      });
    });
  });

  it('forgets credentials of a deleted project, also when its id is created again', async () => {
    await withStorage(async (s) => {
      await project(s, 'p1');
      const old = await createS3Credential(s, { projectId: 'p1', description: null, readOnly: false }, audit);
      expect(await resolveS3Secret(s, old.accessKeyId)).not.toBeNull();
      await deleteProject(s, 'p1', audit);
      expect(await resolveS3Secret(s, old.accessKeyId)).toBeNull();
      await project(s, 'p1');
      expect(await resolveS3Secret(s, old.accessKeyId)).toBeNull();
      expect(await listS3Credentials(s, 'p1')).toEqual([]);
    });
  });

  it('refuses more than S3_CREDENTIALS_PER_PROJECT, naming the limit, and checks its input', async () => {
    await withStorage(
      async (s) => {
        await project(s, 'p1');
        await project(s, 'p2');
        const input = { projectId: 'p1', description: null, readOnly: false };
        await createS3Credential(s, input, audit);
        await createS3Credential(s, input, audit);
        await expect(createS3Credential(s, input, audit)).rejects.toMatchObject({
          code: 'RESOURCE_EXHAUSTED',
          reason: 's3_credential_limit_exceeded',
          message: expect.stringContaining('S3_CREDENTIALS_PER_PROJECT=2'),
        });
        // Per project: another one still has room.
        await createS3Credential(s, { ...input, projectId: 'p2' }, audit);
        await expect(createS3Credential(s, { ...input, projectId: 'nope' }, audit)).rejects.toMatchObject({
          code: 'NOT_FOUND',
          reason: 'project_not_found',
        });
        await expect(
          createS3Credential(s, { ...input, projectId: 'p2', description: 'x'.repeat(256) }, audit),
        ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
      },
      { S3_CREDENTIALS_PER_PROJECT: '2' },
    );
  });
});
