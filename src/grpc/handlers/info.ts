import type { InfoCommandHandlers } from '../../../generated/grpc/commands.js';
import { ListSchemasResponse, ObjectInfoResponse, ObjectType } from '../../../generated/grpc/proto/info.js';
import { listBuckets } from '../../core/catalog/buckets.js';
import { notFound } from '../../core/errors.js';
import { getTable, listTables } from '../../core/tables/tables.js';
import { allow, type DriverContext, projectOf } from '../context.js';
import { unimplemented } from '../errors.js';
import { bucketName, objectPlace, placeOf } from '../paths.js';
import { objectTypeOf, tableObjectInfo } from './table-info.js';

/** Describing objects (REST listBuckets / listTables / getTable), from the catalog: no file is opened. */
export const infoHandlers = {
  /**
   * ObjectInfoCommand by expectedObjectType (unset = DATABASE, proto3's default): DATABASE path
   * [] / [project] / [project, branch] lists buckets; SCHEMA [.., bucket] lists tables; TABLE
   * [.., bucket, table] describes it (an alias table answers objectType VIEW with viewInfo);
   * VIEW [.., bucket, view] describes an alias table (a table there: NOT_FOUND view_not_found).
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
          schemaInfo: { objects: tables.map((t) => ({ objectName: t.name, objectType: objectTypeOf(t) })) },
        });
      }
      case ObjectType.TABLE:
      case ObjectType.VIEW: {
        const { place, own } = objectPlace(ctx, path, 2, 'bucket and table');
        allow(ctx, 'read', place.projectId, place.branchId);
        const table = await getTable(ctx.storage, {
          ...place,
          bucket: bucketName(ctx, place, own[0] ?? ''),
          table: own[1] ?? '',
        });
        if (command.expectedObjectType === ObjectType.VIEW && table.alias === undefined) {
          throw notFound('view_not_found', `${table.bucket}.${table.name} is a table, not a view`, {
            bucket_name: table.bucket,
            table_name: table.name,
          });
        }
        return { ...tableObjectInfo(table, path.slice(0, -1)), path: [...path] };
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
