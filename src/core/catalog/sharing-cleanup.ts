import type { MetaTx } from '../metadata/tx.js';
import type { Storage } from '../storage.js';
import type { BucketEntry } from './catalog.js';

/**
 * Shares and links of a bucket or project that goes, for the entity's own metadata transaction
 * (`run` inside it, `forget` after its commit): nothing dangles or revives under a re-used name
 * (reference pitfall 02/6).
 */
export function sharingCleanup(
  s: Storage,
  what: { bucket: BucketEntry } | { projectId: string },
): { run: (tx: MetaTx) => Promise<void>; forget: () => void } {
  if ('bucket' in what) {
    const uid = what.bucket.uid;
    return {
      async run(tx) {
        await tx.run(`DELETE FROM ${s.m}.bucket_shares WHERE source_bucket_uid = $1`, [uid]);
        await tx.run(`DELETE FROM ${s.m}.bucket_links WHERE source_bucket_uid = $1`, [uid]);
      },
      forget() {
        for (const project of s.catalog.projects.values()) {
          for (const [key, link] of project.links)
            if (link.sourceBucketUid === uid) project.links.delete(key);
        }
      },
    };
  }
  const id = what.projectId;
  return {
    async run(tx) {
      await tx.run(
        `DELETE FROM ${s.m}.bucket_shares WHERE source_project_id = $1 OR target_project_id = $1`,
        [id],
      );
      await tx.run(`DELETE FROM ${s.m}.bucket_links WHERE source_project_id = $1 OR target_project_id = $1`, [
        id,
      ]);
    },
    forget() {
      for (const project of s.catalog.projects.values()) {
        for (const [key, link] of project.links) if (link.sourceProjectId === id) project.links.delete(key);
        for (const bucket of project.buckets.values()) bucket.sharedWith.delete(id);
      }
    },
  };
}
