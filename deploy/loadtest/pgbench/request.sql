-- Every statement the application sends for one portal acknowledgement (logged with org.hibernate.SQL=debug),
-- in its two transactions, as the application role: the database's share of a request, without the HTTP,
-- Spring and Hibernate work around it.
select practice_id as target_practice, token_hash
from loadtest.pgbench_link where n = (select nextval('loadtest.pgbench_link_next')) \gset
-- 1. PortalScopeFilter: which practice's scope the request runs in
begin;
select set_config('app.practice_id', '', true), set_config('app.visible_practices', '', true),
       set_config('app.platform_access', 'off', true);
select practice_of_portal_token(:token_hash) as practice_id \gset
commit;
-- 2. PortalAcknowledgement.acknowledge
begin;
select set_config('app.practice_id', :practice_id, true), set_config('app.visible_practices', '', true),
       set_config('app.platform_access', 'off', true);
select id as link_id, client_id, created_at, expires_at, policy_id, revoked_at
from portal_link where practice_id = :practice_id and token_hash = :token_hash \gset
select id, created_at, display_name, email, erased_at, external_ref, practice_id
from client where practice_id = :practice_id and id = :client_id and erased_at is null;
select created_at, draft_content, draft_revision, latest_version, status, title, updated_at
from policy where id = :policy_id and practice_id = :practice_id \gset
select change_kind, change_summary, content, content_hash, published_at, published_by
from policy_version where (policy_id, number) in ((:policy_id, :latest_version)) and practice_id = :practice_id \gset
insert into acknowledgement (practice_id, id, client_id, policy_id, version, content_hash, acknowledged_at,
                             method, full_name, ip_address, user_agent, recorded_by)
values (:practice_id, gen_random_uuid(), :client_id, :policy_id, :latest_version, :content_hash, now(),
        'PORTAL', 'Load Test Client', '127.0.0.1', 'pgbench', 'client:' || :client_id)
on conflict (practice_id, client_id, policy_id, version) do nothing;
commit;
