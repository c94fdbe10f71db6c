// `duckstorage keys`: a project's API keys: createApiKey (the key is shown once), listApiKeys,
// getApiKey, revokeApiKey, rotateApiKey. Scopes: project_admin, branch_admin, branch_read
// (branch scopes need --branch-id; `default` = the main branch).
import { type Command, Option } from 'commander';
import type { components } from '../../generated/openapi.js';
import { act, integer } from '../action.js';
import { column } from '../output.js';

type ApiKey = components['schemas']['ApiKeyResponse'];
type Scope = ApiKey['scope'];

const keyColumns = [
  column<ApiKey>('ID', (k) => k.id),
  column<ApiKey>('PREFIX', (k) => k.key_prefix),
  column<ApiKey>('SCOPE', (k) => k.scope),
  column<ApiKey>('BRANCH', (k) => k.branch_id),
  column<ApiKey>('DESCRIPTION', (k) => k.description),
  column<ApiKey>('EXPIRES', (k) => k.expires_at),
  column<ApiKey>('LAST USED', (k) => k.last_used_at),
  column<ApiKey>('REVOKED', (k) => (k.is_revoked ? 'yes' : '')),
];

function keyFields(k: Omit<ApiKey, 'last_used_at' | 'is_revoked'> & Partial<ApiKey>): [string, unknown][] {
  return [
    ['id', k.id],
    ['project', k.project_id],
    ['prefix', k.key_prefix],
    ['scope', k.scope],
    ['branch', k.branch_id],
    ['description', k.description],
    ['created', k.created_at],
    ['expires', k.expires_at],
    ...(k.last_used_at === undefined ? [] : ([['last used', k.last_used_at]] as [string, unknown][])),
    ...(k.is_revoked === undefined ? [] : ([['revoked', k.is_revoked]] as [string, unknown][])),
  ];
}

export function registerKeys(program: Command): void {
  const keys = program.command('keys').description("a project's API keys");

  keys
    .command('list')
    .description('the keys of the project (never the secrets)')
    .action(
      act(async (ctx) => {
        const page = await ctx.client().listApiKeys({ path: { project_id: ctx.project() } });
        ctx.out.list(page.api_keys, keyColumns, page);
      }),
    );

  keys
    .command('get <key-id>')
    .description('one key')
    .action(
      act(async (ctx, _o: object, id: string) => {
        const key = await ctx.client().getApiKey({ path: { project_id: ctx.project(), key_id: id } });
        ctx.out.item(keyFields(key), key);
      }),
    );

  keys
    .command('create')
    .description('a new key; prints the secret once')
    .requiredOption('-d, --description <text>', 'what the key is for')
    .addOption(
      new Option('--scope <scope>', 'what it may do')
        .choices(['project_admin', 'branch_admin', 'branch_read'])
        .default('project_admin'),
    )
    .option('--branch-id <id>', 'the branch of a branch scope (default = main)')
    .option('--expires-in-days <n>', 'expires after this many days', integer('--expires-in-days'))
    .action(
      act(
        async (ctx, o: { description: string; scope: Scope; branchId?: string; expiresInDays?: number }) => {
          const created = await ctx.client().createApiKey({
            path: { project_id: ctx.project() },
            body: {
              description: o.description,
              scope: o.scope,
              ...(o.branchId === undefined
                ? o.scope === 'project_admin'
                  ? {}
                  : { branch_id: ctx.branch }
                : { branch_id: o.branchId }),
              ...(o.expiresInDays === undefined ? {} : { expires_in_days: o.expiresInDays }),
            },
          });
          ctx.out.item([...keyFields(created), ['api_key', created.api_key]], created);
          ctx.out.note('The api_key is shown only now.');
        },
      ),
    );

  keys
    .command('revoke <key-id>')
    .description('revoke a key at once (asks unless --yes)')
    .action(
      act(async (ctx, _o: object, id: string) => {
        await ctx.confirm(`Revoke key ${id}? Clients using it stop working at once.`);
        await ctx.client().revokeApiKey({ path: { project_id: ctx.project(), key_id: id } });
        ctx.out.result({ id, revoked: true }, `key ${id} revoked`);
      }),
    );

  keys
    .command('rotate <key-id>')
    .description('a new secret for a key (the old one stops working; asks unless --yes)')
    .action(
      act(async (ctx, _o: object, id: string) => {
        await ctx.confirm(`Rotate key ${id}? Its current secret stops working at once.`);
        const rotated = await ctx.client().rotateApiKey({ path: { project_id: ctx.project(), key_id: id } });
        ctx.out.item([...keyFields(rotated), ['api_key', rotated.api_key]], rotated);
        ctx.out.note('The new api_key is shown only now.');
      }),
    );
}
