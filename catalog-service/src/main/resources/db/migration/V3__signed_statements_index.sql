-- Signing links (SigningLinks) are recomputed only for the agreements a change can affect: those with a "signed"
-- statement in a dyad and year whose signing events changed. This index finds them without reading the dyad's
-- other statements; the year is written as the query writes it ('-' for undated statements).
create index agreement_mention_signed_idx on agreement_mention (dyad, (coalesce(left(date, 4), '-')))
    where status = 'signed';
