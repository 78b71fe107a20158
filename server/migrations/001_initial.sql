-- The shared record of the quotas: accounts, sessions, cells with versions, the audit trail and events.
create table users (
  id serial primary key,
  username text not null unique,
  role text not null check (role in ('planner', 'town', 'viewer')),
  unit text,
  password_hash text not null,
  disabled boolean not null default false,
  created_at timestamptz not null default now(),
  check ((role = 'town') = (unit is not null))
);

create table sessions (
  token_hash text primary key,
  user_id integer not null references users (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_expiry on sessions (expires_at);

create table login_failures (
  key text not null,
  at timestamptz not null default now()
);
create index login_failures_key_at on login_failures (key, at);

-- One row per unit, year and metric; created (value null, version 0) for every unit at start.
create table quota_cells (
  unit text not null,
  year integer not null,
  metric text not null check (metric in ('discovery_quota', 'landing_quota', 'discovery_actual', 'landing_actual')),
  value integer check (value >= 0),
  status text check (status in ('reported', 'confirmed')),
  version integer not null default 0,
  updated_by text,
  updated_at timestamptz,
  primary key (unit, year, metric)
);

create table imports (
  id serial primary key,
  at timestamptz not null default now(),
  username text not null,
  changed integer not null,
  undone_at timestamptz
);

create table audit (
  id bigserial primary key,
  at timestamptz not null default now(),
  username text not null,
  unit text not null,
  year integer not null,
  metric text not null,
  old_value integer,
  new_value integer,
  old_status text,
  new_status text,
  via text not null check (via in ('edit', 'import', 'confirm', 'undo')),
  import_id integer references imports (id),
  version integer not null
);
create index audit_cell on audit (unit, year, metric, id);

-- Committed changes, read by every server process after a NOTIFY carrying the id.
create table events (
  id bigserial primary key,
  at timestamptz not null default now(),
  payload jsonb not null
);
