#!/usr/bin/env bash
# The application's login role: not a superuser, owner of nothing, unable to bypass row-level security.
# The migrations grant it exactly the privileges it needs. (Runs once, when the data volume is created.)
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    --set role="$POLICYHUB_DB_USERNAME" --set password="$POLICYHUB_DB_PASSWORD" <<'SQL'
create role :"role" login nosuperuser nocreatedb nocreaterole nobypassrls password :'password';
SQL
