-- The acknowledgement insert transaction alone, as the application role: tenant scope, then the insert.
-- Each transaction takes the next not-yet-acknowledged (client, policy version) of the data set (policy 5,
-- which nobody is assigned), so every insert really inserts.
select practice_id, client_id, policy_id, version, content_hash
from loadtest.pgbench_target where n = (select nextval('loadtest.pgbench_next')) \gset
begin;
select set_config('app.practice_id', :practice_id, true), set_config('app.visible_practices', '', true),
       set_config('app.platform_access', 'off', true);
insert into acknowledgement (practice_id, id, client_id, policy_id, version, content_hash, acknowledged_at,
                             method, full_name, ip_address, user_agent, recorded_by)
values (:practice_id, gen_random_uuid(), :client_id, :policy_id, :version, :content_hash, now(),
        'PORTAL', 'Load Test Client', '127.0.0.1', 'pgbench', 'client:' || :client_id)
on conflict (practice_id, client_id, policy_id, version) do nothing;
commit;
