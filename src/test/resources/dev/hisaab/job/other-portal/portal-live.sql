--
-- PostgreSQL database dump
--
SET standard_conforming_strings = on;
CREATE SCHEMA portal;
CREATE TABLE portal.apps (
    app_id text PRIMARY KEY,
    full_name text NOT NULL,
    phone varchar(10),
    submitted timestamp with time zone,
    fee_ok boolean NOT NULL,
    scheme_code char(1)
);
INSERT INTO portal.apps VALUES ('A1001', 'Asha Rani', '9811111111', '2025-12-01 10:00:00+05:30', true, 'U');
INSERT INTO portal.apps VALUES ('A1002', 'Vikram Singh', '9822222222', '2025-12-02 11:00:00+05:30', true, 'R');
INSERT INTO portal.apps VALUES ('A1004', 'John D''Souza', '9844444444', '2025-12-04 09:30:00+05:30', true, 'U');
INSERT INTO portal.apps VALUES ('A1006', 'Farah Khan', '9866666666', '2025-12-10 15:00:00+05:30', true, 'U');
--
-- PostgreSQL database dump complete
--
