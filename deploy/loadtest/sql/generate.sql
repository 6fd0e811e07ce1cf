-- Load-test data set, inserted straight into PostgreSQL as the superuser (which bypasses row-level security).
--
--   psql -h localhost -p 55432 -U postgres -d postgres -v ON_ERROR_STOP=1 \
--        -v tokens_file=target/tokens.csv -f sql/generate.sql
--
-- Re-runnable: it first removes everything an earlier run (and the load test that followed it) left behind.
-- Ids are derived from md5 of a fixed label, so every run produces the same practices, clients and policies;
-- only the portal tokens are new each time (fresh random 256-bit values, stored as SHA-256 hex).
--
-- Shape (practice 1 is the big one the compliance benchmark reads; it is the local run's demo practice "Aurora
-- Mind and Body", because the development issuer hands out staff tokens only for the demo practices):
--   practice 1 = Aurora (must exist: local profile, demo context) + 99 new practices "loadtest-002".."loadtest-100"
--   (101 practices with Northside); 100,000 clients: 10,000 in practice 1, 909 or 910 in each of the others
--   7 published policies per practice, each with a ~2 KB Markdown text:
--     1 code of conduct   v1 MAJOR, v2 MINOR  assigned to all, everyone acknowledged v1 (carries forward)  100,000
--     2 privacy notice    v1 MAJOR, v2 MAJOR  assigned to all, everyone acknowledged v1, ~half acked v2    ~150,000
--     3 cancellations     v1                  assigned to all, the other half acknowledged                 ~50,000
--     4 social media      v1                  assigned to all, nobody yet: the portal load test's links
--     5 telehealth        v1..v6 MAJOR        not assigned: the pgbench insert targets (no portal needed)
--     6 data protection   v1                  assigned to all, nobody yet: more of the portal load test's links
--     7 complaints        v1                  assigned to all, nobody yet: pgbench's portal links
--   => 600,000 assignments, 600,000 portal links (expiring in 30 days), 300,000 acknowledgements.
-- Each benchmark has links and targets of its own, enough for the default run on a fast machine (run.sh checks
-- the portal's budget before measuring): the portal load test 200,000 (its default run takes ~105,000), pgbench's
-- request script 300,000 (~220,000 at 3,100 transactions a second), its insert script 600,000 (~300,000).
-- The plain tokens of the 200,000 links of policies 4 and 6 are written (shuffled) to :tokens_file, one per line.

\set QUIET on
\timing off
set client_min_messages = warning;
select clock_timestamp() as started \gset

begin;

-- ---------------------------------------------------------------------------------------------------------
-- 1. Forget an earlier run. Evidence tables refuse deletes through triggers; replica mode skips those (and
--    the foreign-key triggers, so the order below is only tidiness).
-- ---------------------------------------------------------------------------------------------------------
set local session_replication_role = replica;
-- Everything of the generator's is in its own practices, or in Aurora under the generator's client and policy ids.
create temporary table lt_practice on commit drop as
select p, case when p = 1 then 'a0a0a0a0-0000-4000-8000-000000000001'::uuid else md5('lt-practice-' || p)::uuid end as id
from generate_series(1, 100) p;
create temporary table old_client on commit drop as
select md5('lt-client-' || g)::uuid as id from generate_series(1, 100000) g;
create temporary table old_policy on commit drop as
select md5('lt-policy-' || p || '-' || k)::uuid as id from generate_series(1, 100) p, generate_series(1, 7) k;
delete from acknowledgement where client_id in (select id from old_client);
delete from portal_link     where client_id in (select id from old_client);
delete from assignment      where client_id in (select id from old_client);
delete from policy_version  where policy_id in (select id from old_policy);
delete from policy          where id        in (select id from old_policy);
delete from client          where id        in (select id from old_client);
delete from practice        where alias like 'loadtest-%';
drop schema if exists loadtest cascade;
-- Replica mode stays on for the bulk load below: the generated history does not go through the audit
-- triggers (a million audit appends would only slow the load down); the benchmark's own acknowledgements do.

-- ---------------------------------------------------------------------------------------------------------
-- 2. Practices, clients, policies and their versions.
-- ---------------------------------------------------------------------------------------------------------
do $$ begin
    if not exists (select 1 from practice where id = 'a0a0a0a0-0000-4000-8000-000000000001') then
        raise exception 'the demo practice Aurora is missing: start the app with the local profile first';
    end if;
end $$;

insert into practice (id, name, alias, contact_email, created_at)
select id, 'Load Test Practice ' || p, 'loadtest-' || lpad(p::text, 3, '0'), 'office@loadtest-' || p || '.example',
       now() - interval '400 days'
from lt_practice where p > 1;

create temporary table lt_client on commit drop as
select g,
       case when g <= 10000 then 1 else 2 + (g - 10001) % 99 end as p,
       md5('lt-client-' || g)::uuid as id
from generate_series(1, 100000) g;
alter table lt_client add column practice_id uuid;
update lt_client c set practice_id = l.id from lt_practice l where l.p = c.p;

insert into client (practice_id, id, display_name, email, external_ref, created_at, erased_at)
select practice_id, id,
       (array['Alex','Sam','Jordan','Taylor','Morgan','Riley','Casey','Jamie','Robin','Avery'])[1 + g % 10]
           || ' ' || (array['Nguyen','Smith','Garcia','Müller','Okafor','Rossi','Kowalski','Tanaka','Silva','Dubois',
                            'Brown','Khan','Larsen'])[1 + (g / 10) % 13] || ' ' || g,
       'client' || g || '@loadtest.example',
       'LT-' || g,
       now() - interval '365 days',
       null
from lt_client;

create temporary table lt_policy (k int primary key, title text, versions text[], assigned boolean) on commit drop;
insert into lt_policy values
    (1, 'Code of conduct',         array['MAJOR', 'MINOR'], true),
    (2, 'Privacy notice',          array['MAJOR', 'MAJOR'], true),
    (3, 'Cancellation policy',     array['MAJOR'],          true),
    (4, 'Social media policy',     array['MAJOR'],          true),
    (5, 'Telehealth consent',      array['MAJOR', 'MAJOR', 'MAJOR', 'MAJOR', 'MAJOR', 'MAJOR'], false),
    (6, 'Data protection notice',  array['MAJOR'],          true),
    (7, 'Complaints procedure',    array['MAJOR'],          true);

-- A realistic body: about 2 KB of Markdown that names the practice, the policy and the version.
create function pg_temp.lt_content(practice int, title text, version int) returns text
    language sql immutable
    as $$
select '# ' || title || E'\n\n'
    || '_Load Test Practice ' || practice || ', version ' || version || E'_\n\n'
    || string_agg('## Section ' || s || E'\n\n'
                  || repeat('We keep what you tell us confidential and use it only to provide your care. ', 4)
                  || E'\n\n- You may ask for a copy of your records.\n- You may withdraw consent at any time.\n',
                  E'\n' order by s)
from generate_series(1, 5) s
$$;

insert into policy (practice_id, id, title, draft_content, draft_revision, status, latest_version, created_at, updated_at)
select l.id,
       md5('lt-policy-' || p || '-' || k)::uuid,
       t.title,
       pg_temp.lt_content(p, t.title, cardinality(t.versions)),
       cardinality(t.versions),
       'PUBLISHED',
       cardinality(t.versions),
       now() - interval '300 days',
       now() - interval '30 days'
from lt_practice l cross join lt_policy t;

insert into policy_version (practice_id, policy_id, number, title, content, content_hash, change_summary,
                            change_kind, published_by, published_at)
select l.id,
       md5('lt-policy-' || p || '-' || t.k)::uuid,
       v.number,
       t.title,
       c.content,
       encode(sha256(convert_to(c.content, 'UTF8')), 'hex'),
       case when v.number = 1 then 'First version' else 'Revised wording' end,
       v.kind,
       'loadtest-generator',
       now() - interval '300 days' + (v.number * interval '100 days')
from lt_practice l
cross join lt_policy t
cross join lateral unnest(t.versions) with ordinality as v(kind, number)
cross join lateral (select pg_temp.lt_content(p, t.title, v.number::int) as content) c;

-- ---------------------------------------------------------------------------------------------------------
-- 3. Assignments and portal links: every client gets policies 1-4, 6 and 7.
-- ---------------------------------------------------------------------------------------------------------
insert into assignment (practice_id, policy_id, client_id, assigned_at, assigned_by)
select c.practice_id, md5('lt-policy-' || c.p || '-' || t.k)::uuid, c.id, now() - interval '200 days', 'loadtest-generator'
from lt_client c cross join lt_policy t
where t.assigned;

-- 256 random bits per token (gen_random_uuid() draws from the server's strong random source; two of them
-- carry 244 random bits, the rest are UUID version bits), base64url without padding: 43 characters.
create temporary table lt_link on commit drop as
select c.practice_id, c.id as client_id, md5('lt-policy-' || c.p || '-' || t.k)::uuid as policy_id, t.k,
       translate(rtrim(encode(uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()), 'base64'), '='),
                 '+/', '-_') as token
from lt_client c cross join lt_policy t
where t.assigned;

insert into portal_link (practice_id, id, policy_id, client_id, token_hash, created_at, expires_at, revoked_at)
select practice_id, gen_random_uuid(), policy_id, client_id, encode(sha256(convert_to(token, 'UTF8')), 'hex'),
       now() - interval '1 day', now() + interval '30 days', null
from lt_link;

-- ---------------------------------------------------------------------------------------------------------
-- 4. 300,000 acknowledgements of the exact versions (number and hash) they name.
-- ---------------------------------------------------------------------------------------------------------
insert into acknowledgement (practice_id, id, client_id, policy_id, version, content_hash, acknowledged_at,
                             method, full_name, ip_address, user_agent, recorded_by)
select c.practice_id, gen_random_uuid(), c.id, v.policy_id, v.number, v.content_hash,
       v.published_at + ((c.g % 1000) * interval '1 minute'),
       case when c.g % 10 = 0 then 'IN_PERSON' else 'PORTAL' end,
       'Client ' || c.g,
       case when c.g % 10 = 0 then null else '198.51.100.' || (c.g % 250) end,
       case when c.g % 10 = 0 then null else 'Mozilla/5.0 (load test)' end,
       case when c.g % 10 = 0 then 'staff:loadtest' else 'client:' || c.id end
from lt_client c
-- half: which half of the clients acknowledged (0: all of them); a hash bit, so it is unrelated to names
join (values (1, 1, 0), (2, 1, 0), (2, 2, 1), (3, 1, 2)) as a(k, number, half) on true
join policy_version v
  on v.practice_id = c.practice_id and v.policy_id = md5('lt-policy-' || c.p || '-' || a.k)::uuid
 and v.number = a.number
where a.half = 0 or a.half = 1 + get_byte(decode(md5('lt-half-' || c.g), 'hex'), 0) % 2;

-- ---------------------------------------------------------------------------------------------------------
-- 5. What the benchmarks read: the portal tokens (shuffled) and the pgbench insert targets.
-- ---------------------------------------------------------------------------------------------------------
create schema loadtest;
create table loadtest.pgbench_target (
    n            bigint primary key,
    practice_id  uuid        not null,
    client_id    uuid        not null,
    policy_id    uuid        not null,
    version      integer     not null,
    content_hash varchar(64) not null
);
insert into loadtest.pgbench_target
select row_number() over (order by random()), c.practice_id, c.id, v.policy_id, v.number, v.content_hash
from lt_client c
join policy_version v on v.practice_id = c.practice_id and v.policy_id = md5('lt-policy-' || c.p || '-5')::uuid;
create sequence loadtest.pgbench_next;

-- For the pgbench script that replays every statement of a portal acknowledgement: links whose current
-- version the client has not acknowledged yet (policy 1's v2 (MINOR, nobody acked it as such), the
-- outstanding half of policies 2 and 3, and policy 7); the links of policies 4 and 6 stay for the HTTP load test.
create table loadtest.pgbench_link (
    n           bigint primary key,
    practice_id uuid        not null,
    token_hash  varchar(64) not null
);
insert into loadtest.pgbench_link
select row_number() over (order by random()), l.practice_id, l.token_hash
from portal_link l
join policy p on p.practice_id = l.practice_id and p.id = l.policy_id
where p.title not in ('Social media policy', 'Data protection notice')
  and not exists (select 1 from acknowledgement k
                  where k.practice_id = l.practice_id and k.client_id = l.client_id
                    and k.policy_id = l.policy_id and k.version = p.latest_version);
create sequence loadtest.pgbench_link_next;

grant usage on schema loadtest to policyhub_app;
grant select on loadtest.pgbench_target, loadtest.pgbench_link to policyhub_app;
grant usage on sequence loadtest.pgbench_next, loadtest.pgbench_link_next to policyhub_app;

create temporary table lt_token on commit preserve rows as
select token from lt_link where k in (4, 6) order by random();

commit;

\o :tokens_file
copy lt_token to stdout with (format csv, header);
\o
drop table lt_token;

vacuum analyze practice, client, policy, policy_version, assignment, portal_link, acknowledgement,
    loadtest.pgbench_target, loadtest.pgbench_link;

select (select count(*) from practice) as practices,
       (select count(*) from client) as clients,
       (select count(*) from assignment) as assignments,
       (select count(*) from portal_link) as portal_links,
       (select count(*) from acknowledgement) as acknowledgements,
       (select count(*) from loadtest.pgbench_target) as pgbench_targets,
       (select count(*) from loadtest.pgbench_link) as pgbench_links,
       round(extract(epoch from clock_timestamp() - :'started'::timestamptz)) as seconds;
