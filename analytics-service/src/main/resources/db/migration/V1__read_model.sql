-- Analytics read model, built from catalog.facts and rebuildable by replaying it.

-- Changes already applied, so that a redelivered message changes nothing.
create table processed_change (
    change_id    text primary key,
    processed_at timestamptz not null
);

-- The latest version seen of every catalog entity; the catalog numbers each kind apart, so an entity is its kind
-- and id. A retracted entity keeps its row (retracted = true) so that an older upsert arriving late cannot bring
-- it back.
create table entity_state (
    kind       text not null check (kind in ('event', 'agreement', 'trade')),
    entity_id  text not null,
    dyad       text not null,
    version    bigint not null,
    retracted  boolean not null,
    updated_at timestamptz not null,
    primary key (kind, entity_id)
);

-- Current events (retracted ones are deleted). event_date is the first day of the date at its precision.
create table event_fact (
    entity_id      text primary key,
    dyad           text not null,
    source         text not null,
    target         text not null,
    cameo          text not null,
    quad           smallint not null check (quad between 1 and 4),
    goldstein      numeric(6, 2) not null,
    event_date     date,
    date_precision text check (date_precision in ('year', 'month', 'day')),
    mentions       integer not null,
    articles       text[] not null,
    check ((event_date is null) = (date_precision is null))
);
create index event_fact_dyad_date on event_fact (dyad, event_date);

-- Current trade claims (retracted ones are deleted).
create table trade_figure (
    entity_id text primary key,
    dyad      text not null,
    exporter  text not null,
    importer  text not null,
    flow      text not null check (flow in ('export', 'total')),
    year      integer,
    value_usd double precision,
    basis     text not null check (basis in ('actual', 'estimate', 'target')),
    product   text,
    mentions  integer not null,
    articles  text[] not null,
    conflict  boolean not null
);
create index trade_figure_dyad on trade_figure (dyad);

-- Event counts per dyad, grain and period, maintained incrementally with every change. Under the quarter and
-- month grains, events dated only to the year are counted apart (precise = false) in their year's first period.
create table event_period_stats (
    dyad          text not null,
    grain         text not null check (grain in ('year', 'quarter', 'month')),
    period_start  date not null,
    precise       boolean not null,
    q1            integer not null,
    q2            integer not null,
    q3            integer not null,
    q4            integer not null,
    goldstein_sum numeric(14, 2) not null,
    primary key (dyad, grain, period_start, precise)
);
-- the latest dated year of the whole read model, for the dyad ranking's change windows
create index event_period_stats_grain_start on event_period_stats (grain, period_start);

-- Counts of each dyad's undated events.
create table event_undated_stats (
    dyad          text primary key,
    q1            integer not null,
    q2            integer not null,
    q3            integer not null,
    q4            integer not null,
    goldstein_sum numeric(14, 2) not null
);

-- Rebuilds of the read model by replay, for their status resource.
create table rebuild_run (
    id              uuid primary key,
    state           text not null check (state in ('RUNNING', 'COMPLETED', 'FAILED')),
    requested_at    timestamptz not null,
    finished_at     timestamptz,
    changes_read    bigint not null,
    changes_skipped bigint not null,
    detail          text
);
