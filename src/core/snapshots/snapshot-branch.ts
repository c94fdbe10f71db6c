/** Snapshots and their settings live on the main branch only (note 05 section 3). */
export { requireMainBranch } from '../catalog/branches.js';
