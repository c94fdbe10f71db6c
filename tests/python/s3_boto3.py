"""boto3 against a live DuckStorage S3 endpoint (argv: endpoint, access key, secret, bucket)."""
import hashlib
import os
import sys

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

endpoint, access_key, secret, bucket = sys.argv[1:5]
s3 = boto3.client(
    "s3",
    endpoint_url=endpoint,
    aws_access_key_id=access_key,
    aws_secret_access_key=secret,
    region_name="us-east-1",
    config=Config(signature_version="s3v4", s3={"addressing_style": "path"}),
)

data = os.urandom(9 * 1024 * 1024)
s3.put_object(Bucket=bucket, Key="boto/one.bin", Body=data[:1000])
assert s3.get_object(Bucket=bucket, Key="boto/one.bin")["Body"].read() == data[:1000]
# upload_fileobj above the 8 MiB threshold: a multipart upload through the transfer manager.
import io

s3.upload_fileobj(io.BytesIO(data), bucket, "boto/big file.bin")
got = s3.get_object(Bucket=bucket, Key="boto/big file.bin")["Body"].read()
assert hashlib.md5(got).hexdigest() == hashlib.md5(data).hexdigest(), "multipart content differs"
keys = []
for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix="boto/", PaginationConfig={"PageSize": 1}):
    keys += [o["Key"] for o in page.get("Contents", [])]
assert keys == ["boto/big file.bin", "boto/one.bin"], keys
url = s3.generate_presigned_url("get_object", Params={"Bucket": bucket, "Key": "boto/one.bin"}, ExpiresIn=60)
import urllib.request

assert urllib.request.urlopen(url).read() == data[:1000]
put_url = s3.generate_presigned_url("put_object", Params={"Bucket": bucket, "Key": "boto/put by url"}, ExpiresIn=60)
urllib.request.urlopen(urllib.request.Request(put_url, data=b"put via url", method="PUT")).read()
assert s3.get_object(Bucket=bucket, Key="boto/put by url")["Body"].read() == b"put via url"
s3.delete_object(Bucket=bucket, Key="boto/put by url")
try:
    s3.get_object(Bucket=bucket, Key="boto/missing")
    raise AssertionError("expected NoSuchKey")
except ClientError as e:
    assert e.response["Error"]["Code"] == "NoSuchKey", e.response
s3.delete_objects(Bucket=bucket, Delete={"Objects": [{"Key": k} for k in keys]})
assert s3.list_objects_v2(Bucket=bucket, Prefix="boto/")["KeyCount"] == 0
print("boto3 ok")
