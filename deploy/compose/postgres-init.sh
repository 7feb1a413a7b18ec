#!/usr/bin/env bash
# Runs once, on an empty data volume (the postgres image's /docker-entrypoint-initdb.d): one
# database and owning login per service, as deploy/local/infoshare does for the local stack, and
# audit-service's runtime login audit_app, which owns nothing: audit-service's migrations (run as
# audit_svc) grant it only SELECT/INSERT on the trail. Passwords come from the environment.
set -euo pipefail

role() { # name password
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v role="$1" -v pw="$2" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'role', :'pw')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
SQL
}

database() { # name owner
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v db="$1" -v owner="$2" <<'SQL'
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'owner')
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SQL
}

role consent_svc "$CONSENT_DB_PASSWORD"
role sharing_svc "$SHARING_DB_PASSWORD"
role breach_svc "$BREACH_DB_PASSWORD"
role audit_svc "$AUDIT_DB_PASSWORD"
role audit_app "$AUDIT_APP_DB_PASSWORD"

database consent consent_svc
database sharing sharing_svc
database breach breach_svc
database audit audit_svc

# A fresh database lets PUBLIC create in schema public only on PostgreSQL < 15; on 15 the owner
# alone may, so audit_app can create nothing and holds only what the migrations grant it.
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname audit -c 'REVOKE ALL ON DATABASE audit FROM PUBLIC' \
  -c 'GRANT CONNECT, TEMPORARY ON DATABASE audit TO audit_app, audit_svc'
