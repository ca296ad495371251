-- Ingestion writes its rows in JDBC batches: Hibernate draws the ids of mentions, canonical facts and outbox
-- messages 50 at a time from a sequence per table (pooled optimizer: a value v read from the sequence stands for the
-- ids v-49..v), instead of one insert per row to learn an identity id. Each sequence starts 50 past the table's
-- highest id, so that the first block is above every existing row. An insert that leaves the id to the column
-- default takes a value of its own from the same sequence, which no block hands out again.

alter table event_mention alter column id drop identity;
create sequence event_mention_id_seq increment by 50 owned by event_mention.id;
select setval('event_mention_id_seq', coalesce((select max(id) from event_mention), 0) + 50, false);
alter table event_mention alter column id set default nextval('event_mention_id_seq');

alter table agreement_mention alter column id drop identity;
create sequence agreement_mention_id_seq increment by 50 owned by agreement_mention.id;
select setval('agreement_mention_id_seq', coalesce((select max(id) from agreement_mention), 0) + 50, false);
alter table agreement_mention alter column id set default nextval('agreement_mention_id_seq');

alter table trade_mention alter column id drop identity;
create sequence trade_mention_id_seq increment by 50 owned by trade_mention.id;
select setval('trade_mention_id_seq', coalesce((select max(id) from trade_mention), 0) + 50, false);
alter table trade_mention alter column id set default nextval('trade_mention_id_seq');

alter table catalog_event alter column id drop identity;
create sequence catalog_event_id_seq increment by 50 owned by catalog_event.id;
select setval('catalog_event_id_seq', coalesce((select max(id) from catalog_event), 0) + 50, false);
alter table catalog_event alter column id set default nextval('catalog_event_id_seq');

alter table agreement alter column id drop identity;
create sequence agreement_id_seq increment by 50 owned by agreement.id;
select setval('agreement_id_seq', coalesce((select max(id) from agreement), 0) + 50, false);
alter table agreement alter column id set default nextval('agreement_id_seq');

alter table trade_figure alter column id drop identity;
create sequence trade_figure_id_seq increment by 50 owned by trade_figure.id;
select setval('trade_figure_id_seq', coalesce((select max(id) from trade_figure), 0) + 50, false);
alter table trade_figure alter column id set default nextval('trade_figure_id_seq');

alter table outbox_message alter column id drop identity;
create sequence outbox_message_id_seq increment by 50 owned by outbox_message.id;
select setval('outbox_message_id_seq', coalesce((select max(id) from outbox_message), 0) + 50, false);
alter table outbox_message alter column id set default nextval('outbox_message_id_seq');

-- A new mention is inserted once, already pointing at its canonical fact, which may be inserted in the same flush
-- after it: the owner links are checked at commit.
alter table event_mention alter constraint event_mention_event_id_fkey deferrable initially deferred;
alter table agreement_mention alter constraint agreement_mention_agreement_id_fkey deferrable initially deferred;
alter table trade_mention alter constraint trade_mention_trade_figure_id_fkey deferrable initially deferred;
