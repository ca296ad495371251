-- The trends answer's shifts list the weightiest events of a few periods of a pair (ShiftEventRepository): a range
-- of (dyad, event_date) ordered by abs(goldstein). With only (dyad, event_date) indexed, every event of the range
-- was a heap fetch, and a pair's events lie on as many pages as it has events (they arrive mixed with every other
-- pair's): about 1000 random page reads for a year-grain answer over a million events. Carrying the columns that
-- query reads in the index makes it an index-only scan (a few pages). It replaces the narrower index, which it
-- serves in every other use.
create index event_fact_dyad_date_covering on event_fact (dyad, event_date)
    include (goldstein, date_precision, entity_id);
drop index event_fact_dyad_date;
