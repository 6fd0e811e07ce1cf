-- Every statement the application sends for one portal acknowledgement (logged with org.hibernate.SQL=debug
-- and the PostgreSQL statement log), as the application role: the database's share of a request, without the
-- HTTP, Spring and Hibernate work around it.
select practice_id as target_practice, token_hash
from loadtest.pgbench_link where n = (select nextval('loadtest.pgbench_link_next')) \gset
-- 1. PortalScopeFilter: which practice's scope the request runs in (one autocommit statement, no transaction)
select practice_of_portal_token(:token_hash) as practice_id \gset
-- 2. PortalAcknowledgement.acknowledge: one transaction
begin;
select set_config('app.practice_id', :practice_id, true), set_config('app.visible_practices', :practice_id, true),
       set_config('app.platform_access', 'off', true), set_config('app.actor', 'portal-client', true);
select l.id as link_id, l.policy_id, l.client_id, l.created_at, l.expires_at, l.revoked_at,
       c.id is not null as client_active, p.status, v.number as version, v.content_hash
from portal_link l
join policy p on p.practice_id = l.practice_id and p.id = l.policy_id
left join client c on c.practice_id = l.practice_id and c.id = l.client_id and c.erased_at is null
left join policy_version v on v.practice_id = p.practice_id and v.policy_id = p.id and v.number = p.latest_version
where l.practice_id = :practice_id and l.token_hash = :token_hash \gset
insert into acknowledgement (practice_id, id, client_id, policy_id, version, content_hash, acknowledged_at,
                             method, full_name, ip_address, user_agent, recorded_by)
values (:practice_id, gen_random_uuid(), :client_id, :policy_id, :version, :content_hash, now(),
        'PORTAL', 'Load Test Client', '127.0.0.1', 'pgbench', 'client:' || :client_id)
on conflict (practice_id, client_id, policy_id, version) do nothing;
commit;
