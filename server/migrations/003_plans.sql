-- The planners' own plans (#21): one row per plan, the plan file as written (src/plans/schema.ts),
-- a version for stale saves (409) and whether it is a draft (shown to planners only).
create table plans (
  id text primary key,
  file jsonb not null,
  draft boolean not null,
  version integer not null,
  position integer not null,
  created_by text not null,
  updated_by text not null,
  updated_at timestamptz not null default now()
);

-- Every write of a plan, with the file as it was after it (a deleted plan's last file stays here).
create table plan_audit (
  id bigserial primary key,
  at timestamptz not null default now(),
  username text not null,
  plan_id text not null,
  action text not null check (action in ('create', 'update', 'publish', 'delete')),
  version integer not null,
  file jsonb
);
create index plan_audit_plan on plan_audit (plan_id, id);
