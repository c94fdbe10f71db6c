import type { InfoCommandHandlers } from '../../../generated/grpc/commands.js';
import { ListSchemasResponse, ObjectInfoResponse, ObjectType } from '../../../generated/grpc/proto/info.js';
import { listBuckets } from '../../core/catalog/buckets.js';
import { getTable, listTables } from '../../core/tables/tables.js';
import { allow, type DriverContext, projectOf } from '../context.js';
import { unimplemented } from '../errors.js';
import { bucketName, objectPlace, placeOf } from '../paths.js';
import { tableInfo } from './table-info.js';

/** Describing objects (REST listBuckets / listTables / getTable), from the catalog: no file is opened. */
export const infoHandlers = {
  /**
   * ObjectInfoCommand by expectedObjectType (unset = DATABASE, proto3's default): DATABASE path
   * [] / [project] / [project, branch] lists buckets; SCHEMA [.., bucket] lists tables; TABLE
   * [.., bucket, table] describes it. VIEW: UNIMPLEMENTED (storage has no views).
   */
  async ObjectInfoCommand(command, ctx) {
    const path = command.path;
    switch (command.expectedObjectType) {
      case ObjectType.DATABASE: {
        const place = placeOf(ctx, path);
        allow(ctx, 'read', place.projectId, place.branchId);
        const buckets = await listBuckets(ctx.storage, place);
        return ObjectInfoResponse.fromPartial({
          path: [...path],
          objectType: ObjectType.DATABASE,
          databaseInfo: {
            objects: buckets.map((b) => ({ objectName: b.name, objectType: ObjectType.SCHEMA })),
          },
        });
      }
      case ObjectType.SCHEMA: {
        const { place, own } = objectPlace(ctx, path, 1, 'bucket');
        allow(ctx, 'read', place.projectId, place.branchId);
        const tables = await listTables(ctx.storage, {
          ...place,
          bucket: bucketName(ctx, place, own[0] ?? ''),
        });
        return ObjectInfoResponse.fromPartial({
          path: [...path],
          objectType: ObjectType.SCHEMA,
          schemaInfo: { objects: tables.map((t) => ({ objectName: t.name, objectType: ObjectType.TABLE })) },
        });
      }
      case ObjectType.TABLE: {
        const { place, own } = objectPlace(ctx, path, 2, 'bucket and table');
        allow(ctx, 'read', place.projectId, place.branchId);
        const table = await getTable(ctx.storage, {
          ...place,
          bucket: bucketName(ctx, place, own[0] ?? ''),
          table: own[1] ?? '',
        });
        return ObjectInfoResponse.fromPartial({
          path: [...path],
          objectType: ObjectType.TABLE,
          tableInfo: tableInfo(table, path.slice(0, -1)),
        });
      }
      default:
        throw unimplemented(
          `ObjectInfoCommand expectedObjectType ${ObjectType[command.expectedObjectType] ?? command.expectedObjectType}`,
        );
    }
  },

  /** ListSchemasCommand: the bucket names of the credentials' project, sorted. */
  async ListSchemasCommand(_command, ctx) {
    const projectId = projectOf(ctx, '', 'credentials.host');
    allow(ctx, 'read', projectId, 'default');
    const buckets = await listBuckets(ctx.storage, { projectId, branchId: 'default' });
    return ListSchemasResponse.fromPartial({ schemas: buckets.map((b) => b.name).sort() });
  },
} satisfies InfoCommandHandlers<DriverContext>;
