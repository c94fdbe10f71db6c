"""A whole session through the generated Python SDK, as the CLI's test runs one through `duckstorage`:
project, bucket, a table from a CSV header, the CSV streamed up with progress and imported, preview,
profile with its quality label, export streamed down, snapshot, branch (import there, merge status,
merge), and a workspace reached with psql (the password in PGPASSWORD, never on the command line).

Run by tests/python-sdk.test.ts with Debian's /usr/bin/python3 (stdlib only) against a live server.
"""
import csv
import io
import os
import re
import shutil
import subprocess
import tempfile
import unittest
import uuid

from duckstorage import ApiError, Client

URL = os.environ["DUCKSTORAGE_URL"]
ADMIN_KEY = os.environ["DUCKSTORAGE_ADMIN_KEY"]
MAIN = "default"


class ProgressReader(io.RawIOBase):
    """A binary file that tells how many bytes were read: the SDK streams it, sized by its fileno()."""

    def __init__(self, path):
        super().__init__()
        self.file = open(path, "rb")
        self.sent = []

    def readable(self):
        return True

    def readinto(self, buffer):
        n = self.file.readinto(buffer)
        if n:
            self.sent.append(n)
        return n

    def seekable(self):
        return True

    def seek(self, offset, whence=io.SEEK_SET):
        return self.file.seek(offset, whence)

    def tell(self):
        return self.file.tell()

    def fileno(self):
        return self.file.fileno()

    def close(self):
        self.file.close()
        super().close()


def csv_types(path, sample=100):
    """Column names of a CSV header with DuckDB types guessed from the first rows (as the CLI does)."""
    with open(path, newline="") as f:
        rows = list(csv.reader(f))[: sample + 1]
    header, body = rows[0], rows[1:]

    def guess(values):
        values = [v for v in values if v != ""]
        if values and all(re.fullmatch(r"-?(0|[1-9]\d*)", v) for v in values):
            return "INTEGER"
        if values and all(re.fullmatch(r"-?\d+(\.\d+)?", v) and not re.match(r"-?0\d", v) for v in values):
            return "DOUBLE"
        if values and all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) for v in values):
            return "DATE"
        return "VARCHAR"

    return [{"name": name, "type": guess([row[i] for row in body])} for i, name in enumerate(header)]


def quality_label(score):
    return "Excellent" if score >= 90 else "Good" if score >= 75 else "Fair" if score >= 50 else "Poor"


class LiveSessionTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="sdk-session-")
        self.project_id = "py_session_" + uuid.uuid4().hex[:8]

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def write_csv(self, name, first, count):
        path = os.path.join(self.dir, name)
        with open(path, "w", newline="") as f:
            out = csv.writer(f, lineterminator="\n")
            out.writerow(["id", "name", "amount", "created", "zip"])
            for i in range(first, first + count):
                amount = "" if i % 10 == 0 else "%.2f" % (i * 1.25)
                out.writerow([i, "duck, no. %d" % i if i % 7 == 0 else "duck %d" % i, amount,
                              "2024-01-%02d" % (i % 28 + 1), "0%d" % (i % 900)])
        return path

    def upload(self, client, path):
        reader = ProgressReader(path)
        try:
            file = client.upload_file_stream(self.project_id, body=reader, name=os.path.basename(path),
                                             content_type="text/csv")
        finally:
            reader.close()
        self.assertEqual(sum(reader.sent), os.path.getsize(path))
        if os.path.getsize(path) > 64 * 1024:
            self.assertGreater(len(reader.sent), 1)  # read in chunks while it was sent
        return file

    def test_full_session(self):
        # Project, with its own key for the rest of the session (a "profile" of the SDK: URL + key).
        admin = Client(URL, ADMIN_KEY)
        created = admin.create_project(id=self.project_id, name="Python session")
        client = Client(URL, created.api_key)
        client.create_bucket(self.project_id, MAIN, name="in_c_sales", description="Sales")

        # A table from a CSV header, the CSV streamed up with progress, then imported.
        path = self.write_csv("orders.csv", 1, 3000)
        columns = csv_types(path)
        self.assertEqual([c["type"] for c in columns], ["INTEGER", "VARCHAR", "DOUBLE", "DATE", "VARCHAR"])
        table = client.create_table(self.project_id, MAIN, "in_c_sales", name="orders", columns=columns,
                                    primary_key=["id"])
        self.assertEqual(table.primary_key, ["id"])
        file = self.upload(client, path)
        self.assertEqual(file.size_bytes, os.path.getsize(path))
        loaded = client.import_from_file(self.project_id, MAIN, "in_c_sales", "orders", file_id=file.id, format="csv")
        self.assertEqual((loaded.imported_rows, loaded.table_rows_after), (3000, 3000))

        # Preview.
        preview = client.preview_table(self.project_id, MAIN, "in_c_sales", "orders", limit=3, order_by="id:desc")
        self.assertEqual(preview.total_row_count, 3000)
        self.assertEqual([c.name for c in preview.columns], ["id", "name", "amount", "created", "zip"])
        self.assertEqual(preview.rows[0], {"id": 3000, "name": "duck 3000", "amount": None,
                                           "created": "2024-01-05", "zip": "0300"})

        # Profile, with the reference CLI's quality label.
        profile = client.profile_table(self.project_id, MAIN, "in_c_sales", "orders", mode="quality")
        self.assertEqual((profile.row_count, profile.column_count, profile.mode), (3000, 5, "quality"))
        self.assertIn(quality_label(profile.quality_score), ("Excellent", "Good", "Fair", "Poor"))
        by_name = {s.column_name: s for s in profile.statistics}
        self.assertEqual(by_name["id"].cardinality_class, "unique")
        self.assertAlmostEqual(by_name["amount"].null_percentage, 10.0)
        self.assertIn("pk_candidate", [i.type for i in profile.quality_issues if i.column == "id"])

        # Export, streamed down to a file.
        exported = client.export_to_file(self.project_id, MAIN, "in_c_sales", "orders", format="csv")
        self.assertEqual(exported.rows_exported, 3000)
        target = os.path.join(self.dir, "out.csv")
        with client.download_file_stream(self.project_id, exported.file_id) as download:
            written = download.save(target)
        self.assertEqual(written, exported.file_size_bytes)
        with open(target, newline="") as f:
            rows = list(csv.reader(f))
        self.assertEqual(rows[0], ["id", "name", "amount", "created", "zip"])
        self.assertEqual(len(rows), 3001)
        self.assertIn(["7", "duck, no. 7", "8.75", "2024-01-08", "07"], rows)

        # Snapshot.
        snap = client.create_snapshot(self.project_id, MAIN, bucket="in_c_sales", table="orders", description="py")
        self.assertEqual(snap.row_count, 3000)
        self.assertEqual(client.list_snapshots(self.project_id, MAIN).total, 1)

        # Branch: rows imported there, merge status, merge into main.
        branch = client.create_branch(self.project_id, name="dev")
        more = self.upload(client, self.write_csv("more.csv", 3001, 10))
        on_branch = client.import_from_file(self.project_id, branch.id, "in_c_sales", "orders", file_id=more.id,
                                            import_options={"incremental": True})
        self.assertEqual((on_branch.imported_rows, on_branch.table_rows_after), (10, 3010))
        self.assertEqual(client.get_table(self.project_id, MAIN, "in_c_sales", "orders").row_count, 3000)
        status = client.get_branch_merge_status(self.project_id, branch.id)
        self.assertEqual([(t.table_name, t.branch_changed, t.main_changed) for t in status.tables],
                         [("orders", True, False)])
        merged = client.merge_table(self.project_id, branch.id, "in_c_sales", "orders")
        self.assertEqual((merged.row_count, merged.conflict), (3010, False))

        # Workspace: the connection info makes a psql command; the password goes in its environment.
        ws = client.create_workspace(self.project_id, name="analysis", preload_tables=["in_c_sales.orders"])
        c = ws.connection
        conninfo = "host=%s port=%d dbname=%s user=%s sslmode=%s" % (c.host, c.port, c.database, c.username,
                                                                    c.ssl_mode)
        command = ["psql", conninfo, "-tAc", "select count(*) from in_c_sales.orders"]
        self.assertNotIn(c.password, " ".join(command))
        run = subprocess.run(command, env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PGPASSWORD": c.password},
                             capture_output=True, text=True, timeout=30)
        self.assertEqual((run.returncode, run.stdout.strip()), (0, "3010"), run.stderr)

        # Errors are typed: status, code, error (the reason) and the request id.
        with self.assertRaises(ApiError) as missing:
            client.get_table(self.project_id, MAIN, "in_c_sales", "nope")
        err = missing.exception
        self.assertEqual((err.status, err.code, err.error), (404, "NOT_FOUND", "table_not_found"))
        self.assertTrue(err.request_id)


if __name__ == "__main__":
    unittest.main()
