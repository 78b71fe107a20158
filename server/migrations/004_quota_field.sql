-- One name for the column that says which of a cell's four numbers it is (#20): the app calls
-- discovery_quota, landing_quota, discovery_actual and landing_actual a quota field (QuotaField),
-- and `metric` is the app's name for discovery or landing; the server called the column `metric`.
-- Now `field` everywhere: these columns, the API's JSON and paths (README "One name per idea").
alter table quota_cells rename column metric to field;
alter table quota_cells rename constraint quota_cells_metric_check to quota_cells_field_check;
alter table audit rename column metric to field;

-- The stored change events hold rows in the API's shape: the same rename, so a replay says `field`.
update events set payload = jsonb_set(payload, '{rows}', (
    select coalesce(jsonb_agg(case when r ? 'metric' then (r - 'metric') || jsonb_build_object('field', r -> 'metric') else r end order by n), '[]'::jsonb)
    from jsonb_array_elements(payload -> 'rows') with ordinality as x (r, n)))
  where payload ->> 'kind' = 'cells' and jsonb_typeof(payload -> 'rows') = 'array';

-- A page open from before the upgrade reads `metric`: when its event stream reconnects it is sent
-- this event, which tells it to reload (a `reset`, server/src/http/app.ts). A database with no
-- events has had no page to tell.
insert into events (payload) select '{"kind": "upgraded", "schemaVersion": 4}'::jsonb where exists (select 1 from events);
