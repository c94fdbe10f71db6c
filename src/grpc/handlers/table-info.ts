import {
  ObjectInfoResponse,
  ObjectType,
  TableInfo,
  TableType,
  ViewInfo,
} from '../../../generated/grpc/proto/info.js';
import type { Table } from '../../core/model.js';

/** What TableInfo and ViewInfo share: columns, key and rows. */
const described = (t: Table) => ({
  columns: t.columns.map((c) => ({ name: c.name, type: c.type, nullable: c.nullable })),
  primaryKeysNames: [...t.primaryKey],
  rowsCount: BigInt(t.rowCount),
});

/** A core Table as the protocol's TableInfo; `path` is the bucket's path as the command gave it. */
export function tableInfo(table: Table, path: readonly string[]): TableInfo {
  return TableInfo.fromPartial({
    path: [...path],
    tableName: table.name,
    ...described(table),
    sizeBytes: BigInt(table.sizeBytes),
    tableType: TableType.NORMAL,
  });
}

/** An alias table as the protocol's ViewInfo: its columns with the source's types, no key. */
export function viewInfo(view: Table, path: readonly string[]): ViewInfo {
  return ViewInfo.fromPartial({ path: [...path], viewName: view.name, ...described(view) });
}

/** A table, or an alias table as a VIEW; `bucketPath` is the bucket's path as the command gave it. */
export function tableObjectInfo(table: Table, bucketPath: readonly string[]): ObjectInfoResponse {
  const path = [...bucketPath, table.name];
  return table.alias === undefined
    ? ObjectInfoResponse.fromPartial({
        path,
        objectType: ObjectType.TABLE,
        tableInfo: tableInfo(table, bucketPath),
      })
    : ObjectInfoResponse.fromPartial({
        path,
        objectType: ObjectType.VIEW,
        viewInfo: viewInfo(table, bucketPath),
      });
}

/** How a bucket's listing names a table or an alias table. */
export const objectTypeOf = (table: Table): ObjectType =>
  table.alias === undefined ? ObjectType.TABLE : ObjectType.VIEW;
