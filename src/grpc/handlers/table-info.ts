import { ObjectInfoResponse, ObjectType, TableInfo, TableType } from '../../../generated/grpc/proto/info.js';
import type { Table } from '../../core/model.js';

/** A core Table as the protocol's TableInfo; `path` is the bucket's path as the command gave it. */
export function tableInfo(table: Table, path: readonly string[]): TableInfo {
  return TableInfo.fromPartial({
    path: [...path],
    tableName: table.name,
    columns: table.columns.map((c) => ({ name: c.name, type: c.type, nullable: c.nullable })),
    primaryKeysNames: [...table.primaryKey],
    rowsCount: BigInt(table.rowCount),
    sizeBytes: BigInt(table.sizeBytes),
    tableType: TableType.NORMAL,
  });
}

/** The answer of table-changing commands: the table as it is after the change. */
export function tableObjectInfo(table: Table, bucketPath: readonly string[]): ObjectInfoResponse {
  return ObjectInfoResponse.fromPartial({
    path: [...bucketPath, table.name],
    objectType: ObjectType.TABLE,
    tableInfo: tableInfo(table, bucketPath),
  });
}
