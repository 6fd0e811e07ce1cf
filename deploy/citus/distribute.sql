-- Distributes Policyhub's schema over a Citus cluster: every practice's rows, and so every key, foreign key,
-- trigger and join of one practice, stay together on one shard group.
--
-- Run once, as the schema owner, on the coordinator of an empty cluster, after the migrate command has
-- created the schema and before any application node starts (see deploy/README.md, "Scaling out").
-- Later releases' migrations run on the coordinator as usual; a release that adds a table adds it here too.
-- CitusReadinessIT checks this file against the migrated schema: every tenant table (one with a practice_id
-- column) is distributed by practice_id, every other table is a reference table, referenced tables come
-- first, and every tenant table's primary, unique and foreign keys include practice_id.
-- Liquibase's own tables (databasechangelog, databasechangeloglock) stay local to the coordinator.

-- The audit and immutability triggers run on the shards, next to the rows they guard and the audit trail of
-- the same practice (colocated), so Citus may distribute tables that have them.
set citus.enable_unsafe_triggers to on;

-- Global tables, copied to every node so that tenant tables reference and join them locally.
select create_reference_table('practice');
select create_reference_table('library_template');
select create_reference_table('library_template_version');

-- Tenant tables, sharded by practice and colocated with one another; referenced tables before referencing ones.
select create_distributed_table('policy', 'practice_id');
select create_distributed_table('client', 'practice_id', colocate_with => 'policy');
select create_distributed_table('policy_version', 'practice_id', colocate_with => 'policy');
select create_distributed_table('practice_template', 'practice_id', colocate_with => 'policy');
select create_distributed_table('practice_template_version', 'practice_id', colocate_with => 'policy');
select create_distributed_table('assignment', 'practice_id', colocate_with => 'policy');
select create_distributed_table('portal_link', 'practice_id', colocate_with => 'policy');
select create_distributed_table('acknowledgement', 'practice_id', colocate_with => 'policy');
select create_distributed_table('outbound_email', 'practice_id', colocate_with => 'policy');
select create_distributed_table('audit_entry', 'practice_id', colocate_with => 'policy');
select create_distributed_table('receipt_signing_key', 'practice_id', colocate_with => 'policy');
select create_distributed_table('practice_logo', 'practice_id', colocate_with => 'policy');
select create_distributed_table('staff_session_cutoff', 'practice_id', colocate_with => 'policy');
