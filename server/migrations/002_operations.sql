-- Operations: pruning by age, sign-in counters per account and address, case-folded unique usernames.
create index events_at on events (at);

-- One row per (account, address) that failed to sign in: attempts so far and when the next is allowed.
create table login_counters (
  key text primary key,
  attempts integer not null,
  next_allowed_at timestamptz not null,
  last_at timestamptz not null default now()
);
create index login_counters_last_at on login_counters (last_at);

-- Usernames are stored NFKC-normalised and case-folded by the server; this keeps them unique even
-- for names written before (the server compares lower(username)).
create unique index users_username_folded on users (lower(username));

drop table login_failures;
