-- One database per service; each service's Flyway migrations create its tables.
CREATE DATABASE ingest OWNER entente;
CREATE DATABASE catalog OWNER entente;
CREATE DATABASE analytics OWNER entente;
