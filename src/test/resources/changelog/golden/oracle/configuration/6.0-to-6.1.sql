-- *********************************************************************
-- Update Database Script
-- *********************************************************************
-- *********************************************************************

-- Changeset configuration/6.0-to-6.1.xml::duende-6.1-configuration-clients-coordinatelifetimewithusersession::duende-maven-plugin
-- Add Clients.CoordinateLifetimeWithUserSession (bool NULL, Duende 6.1).
ALTER TABLE "Clients" ADD ("CoordinateLifetimeWithUserSession" NUMBER(1) NULL);

-- Changeset configuration/6.0-to-6.1.xml::duende-6.1-configuration-tag::duende-maven-plugin
