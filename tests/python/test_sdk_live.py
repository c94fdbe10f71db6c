"""Live tests of the generated Python SDK against a running DuckStorage (Debian /usr/bin/python3, stdlib only).

Run by tests/python-sdk.test.ts, which starts the server and passes DUCKSTORAGE_URL and DUCKSTORAGE_ADMIN_KEY.
"""
import os
import unittest
import uuid

from duckstorage import Client
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


if __name__ == "__main__":
    unittest.main()
