# DuckStorage. The two commands a new machine needs: `make start` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := start
NPM_STAMP := node_modules/.install-stamp
BUILD_STAMP := dist/.build-stamp
TS_SOURCES := $(shell find src generated cli -name '*.ts' -o -name '*.js' 2>/dev/null)

.PHONY: system-deps install generate check-generated build start test lint typecheck unit bench clean

install: $(NPM_STAMP)

$(NPM_STAMP): package.json package-lock.json
	# The committed lock is complete (every per-platform optional entry), so npm ci installs exactly
	# it and never rewrites it: a fresh clone stays clean after make start / make test.
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# Debian packages the tests use: the Python SDK's live tests run on Debian's /usr/bin/python3; the S3
# tests drive the real aws-cli, boto3 and rclone; the PG wire tests and bench compare with a real
# PostgreSQL 15 and drive psql, psycopg and pgJDBC (single-file Java sources need the JDK's compiler);
# `make generate` runs protoc (with the well-known types of libprotobuf-dev) on specs/proto/, and
# the gRPC tests drive a Python grpcio client whose stubs grpc_tools compiles; the pages tests open
# /, /docs and /dashboard in a headless chromium driven by puppeteer-core.
DEBIAN_PACKAGES := python3 awscli python3-boto3 rclone postgresql postgresql-client python3-psycopg \
	libpostgresql-jdbc-java default-jre-headless openjdk-17-jdk-headless \
	protobuf-compiler libprotobuf-dev python3-grpcio python3-grpc-tools chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
system-deps:
	@missing=""; for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "apt-get install$$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; fi

generate: $(NPM_STAMP) system-deps
	npx tsx codegen/main.ts

# CI fails when regenerating changes anything in generated/ (it is committed, never edited by hand).
check-generated: generate
	@if [ -n "$$(git status --porcelain -- generated)" ]; then \
		echo "generated/ is out of date with specs/ and codegen/: run 'make generate' and commit"; \
		git status --porcelain -- generated; exit 1; fi

$(BUILD_STAMP): $(NPM_STAMP) $(TS_SOURCES) tsconfig.json tsconfig.build.json
	npx tsc -p tsconfig.build.json
	@touch $@

build: $(BUILD_STAMP)

start: $(BUILD_STAMP)
	node dist/src/server.js

lint: $(NPM_STAMP)
	npx biome check --error-on-warnings .

typecheck: $(NPM_STAMP)
	npx tsc -p tsconfig.json --noEmit

unit: $(NPM_STAMP)
	node tests/run-suite.mjs

test: $(NPM_STAMP) system-deps lint typecheck check-generated
	node tests/run-suite.mjs

bench: $(NPM_STAMP)
	npm run bench:rest

clean:
	rm -rf dist .tmp
