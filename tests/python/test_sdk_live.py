"""Live tests of the generated Python SDK against a running DuckStorage (Debian /usr/bin/python3, stdlib only).

Run by tests/python-sdk.test.ts, which starts the server and passes DUCKSTORAGE_URL and DUCKSTORAGE_ADMIN_KEY.
"""
import hashlib
import os
import random
import shutil
import tempfile
import unittest
import uuid

from duckstorage import NULL, Client
from duckstorage.errors import ApiError

URL = os.environ["DUCKSTORAGE_URL"]
ADMIN_KEY = os.environ["DUCKSTORAGE_ADMIN_KEY"]


class LiveSdkTest(unittest.TestCase):
    def setUp(self):
        self.admin = Client(URL, ADMIN_KEY)
        self.project_id = "py_" + uuid.uuid4().hex[:8]

    def test_project_bucket_table_preview(self):
        created = self.admin.create_project(id=self.project_id, name="Python SDK")
        self.assertTrue(created.api_key.startswith("proj_%s_admin_" % self.project_id))
        self.assertEqual(created.db_path, "project_" + self.project_id)
        client = Client(URL, created.api_key)
        bucket = client.create_bucket(self.project_id, "default", name="in_c_sales", description="Sales")
        self.assertEqual(bucket.name, "in_c_sales")
        self.assertEqual(bucket.description, "Sales")
        table = client.create_table(
            self.project_id,
            "default",
            "in_c_sales",
            name="orders",
            columns=[{"name": "id", "type": "INTEGER"}, {"name": "amount", "type": "DECIMAL(10,2)"}],
            primary_key=["id"],
        )
        self.assertEqual(table.primary_key, ["id"])
        self.assertEqual([c.type for c in table.columns], ["INTEGER", "DECIMAL(10,2)"])
        preview = client.preview_table(self.project_id, "default", "in_c_sales", "orders", limit=10)
        self.assertEqual(preview.total_row_count, 0)
        self.assertEqual(preview.rows, [])
        self.assertEqual([c.name for c in preview.columns], ["id", "amount"])
        listed = client.list_tables(self.project_id, "default", "in_c_sales")
        self.assertEqual(listed.total, 1)
        stats = client.get_project_stats(self.project_id)
        self.assertEqual((stats.bucket_count, stats.table_count), (1, 1))
        self.assertIsNone(client.delete_table(self.project_id, "default", "in_c_sales", "orders"))

    def test_errors_carry_status_code_and_request_id(self):
        with self.assertRaises(ApiError) as caught:
            self.admin.get_project("does_not_exist_" + uuid.uuid4().hex[:6])
        error = caught.exception
        self.assertEqual(error.status, 404)
        self.assertEqual(error.code, "NOT_FOUND")
        self.assertTrue(error.request_id)
        with self.assertRaises(ApiError) as unauth:
            Client(URL).list_projects()
        self.assertEqual(unauth.exception.status, 401)

    def test_idempotent_retry(self):
        self.admin.create_project(id=self.project_id)
        key = "retry-" + uuid.uuid4().hex
        first = self.admin.create_api_key(self.project_id, description="ci", idempotency_key=key)
        again = self.admin.create_api_key(self.project_id, description="ci", idempotency_key=key)
        self.assertEqual(first.id, again.id)


class LiveFilesTest(unittest.TestCase):
    """uploadFile (three steps), uploadFileStream and downloadFile with exact bytes and SHA-256."""

    @classmethod
    def setUpClass(cls):
        project_id = "py_files_" + uuid.uuid4().hex[:8]
        key = Client(URL, ADMIN_KEY).create_project(id=project_id).api_key
        cls.client = Client(URL, key)
        cls.project_id = project_id
        cls.dir = tempfile.mkdtemp(prefix="sdk-files-")
        # 2 MiB + 5 bytes: many chunks on every hop, not a round number.
        cls.data = random.Random(12).randbytes(2 * 1024 * 1024 + 5)
        cls.sha = hashlib.sha256(cls.data).hexdigest()
        cls.path = os.path.join(cls.dir, "data.bin")
        with open(cls.path, "wb") as file:
            file.write(cls.data)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dir, ignore_errors=True)

    def three_steps(self, file, filename):
        session = self.client.prepare_file_upload(self.project_id, filename=filename)
        staged = self.client.upload_file(self.project_id, session.upload_key, file=file)
        registered = self.client.register_file(self.project_id, upload_key=session.upload_key)
        return staged, registered

    def test_uploads_three_steps_and_streamed(self):
        staged, registered = self.three_steps(self.data, "bytes.bin")
        self.assertEqual((staged.size_bytes, staged.checksum_sha256), (len(self.data), self.sha))
        self.assertEqual((registered.name, registered.size_bytes), ("bytes.bin", len(self.data)))
        self.assertEqual(registered.checksum_sha256, self.sha)
        self.assertFalse(registered.is_staged)
        with open(self.path, "rb") as file:  # read in chunks while it is sent
            _, from_file = self.three_steps(file, "file.bin")
        self.assertEqual(from_file.checksum_sha256, self.sha)

        with open(self.path, "rb") as file:
            streamed = self.client.upload_file_stream(
                self.project_id, body=file, name="stream.csv", content_type="text/csv"
            )
        self.assertEqual((streamed.size_bytes, streamed.content_type), (len(self.data), "text/csv"))
        self.assertEqual(streamed.checksum_sha256, self.sha)
        # An iterable of unknown length goes out chunked.
        chunks = (self.data[i : i + 100_000] for i in range(0, len(self.data), 100_000))
        chunked = self.client.upload_file_stream(self.project_id, body=chunks, name="chunks.bin")
        self.assertEqual((chunked.checksum_sha256, chunked.content_type), (self.sha, "application/octet-stream"))
        small = self.client.upload_file_stream(self.project_id, body=b"\x00\x01\xff", name="small.bin")
        self.assertEqual(small.size_bytes, 3)

    def test_downloads_whole_range_stream_and_not_modified(self):
        _, registered = self.three_steps(self.data, "download.bin")
        file_id = registered.id
        self.assertEqual(self.client.download_file(self.project_id, file_id), self.data)
        self.assertEqual(
            self.client.download_file(self.project_id, file_id, range="bytes=1000-1999999"),
            self.data[1000:2000000],
        )
        with self.client.download_file_stream(self.project_id, file_id, range="bytes=-5") as tail:
            self.assertEqual((tail.status, tail.content_range), (206, "bytes %d-%d/%d" % (
                len(self.data) - 5, len(self.data) - 1, len(self.data))))
            self.assertEqual(tail.read(), self.data[-5:])
        target = os.path.join(self.dir, "downloaded.bin")
        with self.client.download_file_stream(self.project_id, file_id) as whole:
            self.assertEqual((whole.status, whole.content_length), (200, len(self.data)))
            etag = whole.etag
            self.assertEqual(whole.save(target), len(self.data))
        with open(target, "rb") as file:
            self.assertEqual(hashlib.sha256(file.read()).hexdigest(), self.sha)
        self.assertEqual(etag, '"%s"' % self.sha)
        self.assertIsNone(self.client.download_file(self.project_id, file_id, if_none_match=etag))
        with self.client.download_file_stream(self.project_id, file_id, if_none_match=etag) as same:
            self.assertEqual((same.status, same.read()), (304, b""))
        digest = hashlib.sha256()
        with self.client.download_file_stream(self.project_id, file_id, if_none_match='"other"') as changed:
            for chunk in changed:
                digest.update(chunk)
        self.assertEqual(digest.hexdigest(), self.sha)
        with self.assertRaises(ApiError) as missing:
            self.client.download_file(self.project_id, "no_such_file")
        self.assertEqual((missing.exception.status, missing.exception.code), (404, "NOT_FOUND"))

class LiveSnapshotsTest(unittest.TestCase):
    def setUp(self):
        self.admin = Client(URL, ADMIN_KEY)
        self.project_id = "py_" + uuid.uuid4().hex[:8]

    def test_snapshots_and_settings(self):
        created = self.admin.create_project(id=self.project_id)
        client = Client(URL, created.api_key)
        client.create_bucket(self.project_id, "default", name="b")
        client.create_table(
            self.project_id, "default", "b", name="t",
            columns=[{"name": "id", "type": "INTEGER", "nullable": False}], primary_key=["id"],
        )
        settings = client.update_table_snapshot_settings(
            self.project_id, "default", "b", "t", retention={"manual_days": 12}, enabled=True
        )
        self.assertEqual(settings.effective_config.retention.manual_days, 12)
        self.assertEqual(settings.inheritance["retention.manual_days"], "table")
        # A nested null unsets one key (merge patch); the other stays.
        settings = client.update_table_snapshot_settings(
            self.project_id, "default", "b", "t", retention={"manual_days": None}
        )
        self.assertTrue(settings.local_config.enabled)
        self.assertIsNone(settings.local_config.retention)
        # NULL sends an explicit null where None leaves the field out: it unsets `enabled`.
        settings = client.update_table_snapshot_settings(self.project_id, "default", "b", "t", enabled=NULL)
        self.assertIsNone(settings.local_config)
        self.assertEqual(settings.inheritance["enabled"], "system")
        with self.assertRaises(ApiError) as bad:
            client.update_project_snapshot_settings(self.project_id, retention={"manual_days": 0})
        self.assertEqual((bad.exception.status, bad.exception.error), (400, "invalid_config"))

        snap = client.create_snapshot(self.project_id, "default", bucket="b", table="t", description="py")
        self.assertTrue(snap.id.startswith("snap_t_"))
        self.assertEqual(snap.snapshot_type, "manual")
        listed = client.list_snapshots(self.project_id, "default", table="t")
        self.assertEqual([s.id for s in listed.snapshots], [snap.id])
        detail = client.get_snapshot(self.project_id, "default", snap.id)
        self.assertEqual(detail.primary_key, ["id"])
        self.assertFalse(detail.schema_columns[0].nullable)
        restored = client.restore_snapshot(self.project_id, "default", snap.id, target_table="t2")
        self.assertEqual((restored.restored_to["table"], restored.row_count), ("t2", 0))
        self.assertIsNone(client.delete_snapshot(self.project_id, "default", snap.id))
        with self.assertRaises(ApiError) as gone:
            client.get_snapshot(self.project_id, "default", snap.id)
        self.assertEqual((gone.exception.status, gone.exception.error), (404, "snapshot_not_found"))
        client.delete_table_snapshot_settings(self.project_id, "default", "b", "t")
        self.assertIsNone(client.get_table_snapshot_settings(self.project_id, "default", "b", "t").local_config)


class LiveBranchesSharingTest(unittest.TestCase):
    def setUp(self):
        self.admin = Client(URL, ADMIN_KEY)
        self.project_id = "py_" + uuid.uuid4().hex[:8]

    def test_branch_copy_merge_and_sharing(self):
        owner = Client(URL, self.admin.create_project(id=self.project_id).api_key)
        owner.create_bucket(self.project_id, "default", name="b")
        owner.create_table(self.project_id, "default", "b", name="t", columns=[{"name": "a", "type": "INTEGER"}])
        branch = owner.create_branch(self.project_id, name="py-dev")
        self.assertEqual(branch.table_count, 0)
        owner.add_column(self.project_id, branch.id, "b", "t", name="c", type="VARCHAR")
        self.assertEqual(owner.get_table(self.project_id, branch.id, "b", "t").source, "branch")
        self.assertEqual([c.name for c in owner.get_table(self.project_id, "default", "b", "t").columns], ["a"])
        status = owner.get_branch_merge_status(self.project_id, branch.id)
        self.assertEqual([(x.table_name, x.main_changed) for x in status.tables], [("t", False)])
        merged = owner.merge_table(self.project_id, branch.id, "b", "t")
        self.assertFalse(merged.conflict)
        self.assertEqual([c.name for c in owner.get_table(self.project_id, "default", "b", "t").columns], ["a", "c"])
        self.assertEqual(owner.list_branches(self.project_id).total, 1)
        self.assertIsNone(owner.delete_branch(self.project_id, branch.id))

        target_id = self.project_id + "_t"
        target = Client(URL, self.admin.create_project(id=target_id).api_key)
        with self.assertRaises(ApiError) as unshared:
            target.link_bucket(target_id, "default", "shared", source_project_id=self.project_id, source_bucket_name="b")
        self.assertEqual((unshared.exception.status, unshared.exception.error), (403, "bucket_not_shared"))
        info = owner.share_bucket(self.project_id, "default", "b", target_project_id=target_id)
        self.assertEqual(info.shared_with, [target_id])
        link = target.link_bucket(target_id, "default", "shared", source_project_id=self.project_id, source_bucket_name="b")
        self.assertTrue(link.is_linked)
        self.assertEqual(target.preview_table(target_id, "default", "shared", "t").total_row_count, 0)
        with self.assertRaises(ApiError) as read_only:
            target.delete_table(target_id, "default", "shared", "t")
        self.assertEqual((read_only.exception.status, read_only.exception.error), (403, "bucket_read_only"))
        self.assertIsNone(target.unlink_bucket(target_id, "default", "shared"))
        self.assertIsNone(owner.unshare_bucket(self.project_id, "default", "b", target_project_id=target_id))


class LiveWorkspacesTest(unittest.TestCase):
    def setUp(self):
        self.admin = Client(URL, ADMIN_KEY)
        self.project_id = "py_" + uuid.uuid4().hex[:8]

    def test_workspace_load_reset_delete(self):
        owner = Client(URL, self.admin.create_project(id=self.project_id).api_key)
        owner.create_bucket(self.project_id, "default", name="in.c-sales")
        owner.create_table(self.project_id, "default", "in.c-sales", name="orders", columns=[{"name": "id", "type": "INTEGER"}])
        ws = owner.create_workspace(self.project_id, name="py", ttl_hours=2)
        self.assertTrue(ws.id.startswith("ws_"))
        self.assertTrue(ws.connection.username.startswith("ws_%s_" % ws.id))
        self.assertEqual(len(ws.connection.password), 32)
        self.assertEqual(ws.connection.database, "workspace_" + ws.id)
        loaded = owner.load_workspace_tables(self.project_id, ws.id, tables=[
            {"source": "in.c-sales.orders", "destination": "orders"},
            {"source": "in.c-sales.missing"},
        ])
        self.assertEqual([(x.status, x.error and x.error.code) for x in loaded.loaded], [("loaded", None), ("failed", "table_not_found")])
        detail = owner.get_workspace(self.project_id, ws.id)
        self.assertIsNone(detail.connection.password)
        self.assertEqual([(o.name, o.type) for o in detail.workspace_objects], [("orders", "table")])
        self.assertEqual(owner.list_workspaces(self.project_id).total, 1)
        reset = owner.reset_workspace_credentials(self.project_id, ws.id)
        self.assertNotEqual(reset.password, ws.connection.password)
        auth = self.admin.authenticate_pgwire_user(username=ws.connection.username, password=reset.password)
        self.assertEqual(auth.workspace_id, ws.id)
        with self.assertRaises(ApiError) as old:
            self.admin.authenticate_pgwire_user(username=ws.connection.username, password=ws.connection.password)
        self.assertEqual((old.exception.status, old.exception.error), (401, "invalid_credentials"))
        self.assertIsNone(owner.delete_workspace(self.project_id, ws.id))
        with self.assertRaises(ApiError) as gone:
            owner.get_workspace(self.project_id, ws.id)
        self.assertEqual((gone.exception.status, gone.exception.error), (404, "workspace_not_found"))


if __name__ == "__main__":
    unittest.main()
