"""A Keboola-Connection-like session against DuckStorage's gRPC driver, with Debian's grpcio.

Stubs come from specs/proto/ (compiled by the test into a temp dir on PYTHONPATH). Every step
asserts; the last line printed is a JSON summary the test checks. Env: DUCKSTORAGE_GRPC (host:port),
DUCKSTORAGE_URL (REST), DUCKSTORAGE_ADMIN_KEY.
"""
import json
import os
import sys
import urllib.request

import grpc
from proto import (backend_pb2, bucket_pb2, common_pb2, credentials_pb2, info_pb2, project_pb2,
                   service_pb2_grpc, table_pb2, workspace_pb2)

ADDRESS = os.environ["DUCKSTORAGE_GRPC"]
REST = os.environ["DUCKSTORAGE_URL"]
ADMIN = os.environ["DUCKSTORAGE_ADMIN_KEY"]
PROJECT = "py1"
T = table_pb2.ImportExportShared

channel = grpc.insecure_channel(ADDRESS)
driver = service_pb2_grpc.StorageDriverServiceStub(channel)


def execute(command, key, response_type=None, host=PROJECT):
    request = common_pb2.DriverRequest()
    request.credentials.Pack(credentials_pb2.GenericBackendCredentials(host=host, secret=key))
    request.command.Pack(command)
    request.runtimeOptions.runId = "run-1"
    answer = driver.Execute(request, timeout=60)
    if response_type is None:
        assert not answer.HasField("commandResponse"), answer
        return None, answer.messages
    out = response_type()
    assert answer.commandResponse.Unpack(out), answer.commandResponse.type_url
    return out, answer.messages


def upload(key, name, content):
    req = urllib.request.Request(
        f"{REST}/projects/{PROJECT}/files/stream?name={name}",
        data=content,
        method="POST",
        headers={"Authorization": f"Bearer {key}", "Content-Type": "text/csv"},
    )
    with urllib.request.urlopen(req) as res:
        return json.load(res)["id"]


def rest_get(key, path):
    req = urllib.request.Request(f"{REST}{path}", headers={"Authorization": f"Bearer {key}"})
    with urllib.request.urlopen(req) as res:
        return res.read()


summary = {}
_, messages = execute(backend_pb2.InitBackendCommand(), ADMIN, backend_pb2.InitBackendResponse, host="")
assert len(messages) == 1, messages

project, _ = execute(project_pb2.CreateProjectCommand(projectId=PROJECT), ADMIN, project_pb2.CreateProjectResponse)
key = project.projectPassword
assert project.projectDatabaseName == PROJECT

bucket, _ = execute(bucket_pb2.CreateBucketCommand(projectId=PROJECT, bucketId="in.c-test"), key,
                    bucket_pb2.CreateBucketResponse)
assert bucket.createBucketObjectName == "in_c_test", bucket
B = bucket.createBucketObjectName

create = table_pb2.CreateTableCommand(path=[B], tableName="products", primaryKeysNames=["id"])
create.columns.add(name="id", type="INTEGER")
create.columns.add(name="name", type="VARCHAR")
create.columns.add(name="price", type="DECIMAL", length="10,2")
info, _ = execute(create, key, info_pb2.ObjectInfoResponse)
assert [c.name for c in info.tableInfo.columns] == ["id", "name", "price"]

file_id = upload(key, "products.csv", b"id,name,price\n1,widget,9.99\n2,gadget,19.50\n3,doohickey,0.75\n")
load = table_pb2.TableImportFromFileCommand(
    fileProvider=T.HTTP,
    fileFormat=T.CSV,
    filePath=T.FilePath(root=f"project_{PROJECT}", path="", fileName=file_id),
    destination=T.Table(path=[B], tableName="products"),
)
load.formatTypeOptions.Pack(table_pb2.TableImportFromFileCommand.CsvTypeOptions(delimiter=",", enclosure='"'))
imported, _ = execute(load, key, table_pb2.TableImportResponse)
assert imported.importedRowsCount == 3 and imported.tableRowsCount == 3, imported
summary["imported"] = imported.importedRowsCount

preview_cmd = table_pb2.PreviewTableCommand(path=[B], tableName="products", columns=["id", "price"])
preview_cmd.orderBy.add(columnName="price", order=T.ExportOrderBy.DESC)
preview_cmd.filters.limit = 2
preview, _ = execute(preview_cmd, key, table_pb2.PreviewTableResponse)
rows = [{c.columnName: c.value.WhichOneof("kind") and getattr(c.value, c.value.WhichOneof("kind")) for c in r.columns}
        for r in preview.rows]
assert preview.columns == ["id", "price"], preview.columns
assert [r["id"] for r in rows] == [2, 1], rows
summary["preview"] = rows

export = table_pb2.TableExportToFileCommand(
    source=T.Table(path=[B], tableName="products"),
    fileProvider=T.HTTP,
    filePath=T.FilePath(root=f"project_{PROJECT}", path="out", fileName="products.csv"),
)
exported, messages = execute(export, key, table_pb2.TableExportToFileResponse)
assert exported.tableInfo.rowsCount == 3, exported
listing = json.loads(rest_get(key, f"/projects/{PROJECT}/files"))
file = next(f for f in listing["files"] if f["name"] == "products.csv")
body = rest_get(key, f"/projects/{PROJECT}/files/{file['id']}/download").decode()
assert body.splitlines()[0] == "id,name,price" and len(body.splitlines()) == 4, body
summary["exported"] = exported.tableInfo.rowsCount

ws, _ = execute(workspace_pb2.CreateWorkspaceCommand(projectId=PROJECT, workspaceId="ws-1", isBranchDefault=True), key,
                workspace_pb2.CreateWorkspaceResponse)
assert ws.workspaceUserName and ws.workspacePassword and ws.workspaceObjectName, ws
load_ws = workspace_pb2.LoadTableToWorkspaceCommand(
    source=workspace_pb2.LoadTableToWorkspaceCommand.SourceTableMapping(path=[B], tableName="products"),
    destination=T.Table(path=[ws.workspaceObjectName], tableName="products"),
)
execute(load_ws, key)
reset, _ = execute(workspace_pb2.ResetWorkspacePasswordCommand(workspaceUserName=ws.workspaceUserName), key,
                   workspace_pb2.ResetWorkspacePasswordResponse)
assert reset.workspacePassword and reset.workspacePassword != ws.workspacePassword
extra, _ = execute(workspace_pb2.CreateWorkspaceUserCommand(projectId=PROJECT, workspaceId="ws-1"), key,
                   workspace_pb2.CreateWorkspaceUserResponse)
assert extra.workspaceUserName.startswith(f"ws_{ws.workspaceObjectName}_u") and extra.workspacePassword, extra
execute(workspace_pb2.DropWorkspaceUserCommand(workspaceUserName=extra.workspaceUserName), key)
execute(workspace_pb2.DropWorkspaceCommand(workspaceObjectName=ws.workspaceObjectName), key)
summary["workspace_user"] = ws.workspaceUserName
summary["extra_user"] = extra.workspaceUserName

branch, _ = execute(project_pb2.CreateDevBranchCommand(projectId=PROJECT, branchId="42"), key,
                    project_pb2.CreateDevBranchResponse)
deleted, _ = execute(table_pb2.DeleteTableRowsCommand(path=[PROJECT, "42", B], tableName="products"), key,
                     table_pb2.DeleteTableRowsResponse)
assert deleted.deletedRowsCount == 3 and deleted.tableRowsCount == 0, deleted
main, _ = execute(info_pb2.ObjectInfoCommand(path=[B, "products"], expectedObjectType=info_pb2.TABLE), key,
                  info_pb2.ObjectInfoResponse)
assert main.tableInfo.rowsCount == 3, main
execute(project_pb2.DropDevBranchCommand(devBranchReadOnlyRoleName=branch.devBranchReadOnlyRoleName), key)

try:
    execute(table_pb2.PreviewTableCommand(path=[B], tableName="missing"), key, table_pb2.PreviewTableResponse)
    raise AssertionError("preview of a missing table succeeded")
except grpc.RpcError as error:
    assert error.code() == grpc.StatusCode.NOT_FOUND, error
    summary["missing"] = error.code().name

execute(table_pb2.DropTableCommand(path=[B], tableName="products"), key)
execute(bucket_pb2.DropBucketCommand(bucketObjectName=B), key)
execute(project_pb2.DropProjectCommand(projectDatabaseName=PROJECT), ADMIN, host="")
try:
    rest_get(ADMIN, f"/projects/{PROJECT}")
    raise AssertionError("project still exists")
except urllib.error.HTTPError as error:
    assert error.code == 404

print(json.dumps(summary))
sys.exit(0)
