-- *********************************************************************
-- Update Database Script
-- *********************************************************************
-- *********************************************************************

-- Changeset configuration/6.1-to-6.3.xml::duende-6.3-configuration-clients-dpopclockskew::duende-maven-plugin
-- Add Clients.DPoPClockSkew (timespan NOT NULL, Duende 6.3); existing rows get the default EF gives them.
ALTER TABLE "Clients" ADD ("DPoPClockSkew" INTERVAL DAY(8) TO SECOND(7) DEFAULT INTERVAL '0 00:00:00' DAY TO SECOND NOT NULL);

-- Changeset configuration/6.1-to-6.3.xml::duende-6.3-configuration-clients-dpopvalidationmode::duende-maven-plugin
-- Add Clients.DPoPValidationMode (int NOT NULL, Duende 6.3); existing rows get the default EF gives them.
ALTER TABLE "Clients" ADD ("DPoPValidationMode" NUMBER(10) DEFAULT 0 NOT NULL);

-- Changeset configuration/6.1-to-6.3.xml::duende-6.3-configuration-clients-initiateloginuri::duende-maven-plugin
-- Add Clients.InitiateLoginUri (string(2000) NULL, Duende 6.3).
ALTER TABLE "Clients" ADD ("InitiateLoginUri" NVARCHAR2(2000) NULL);

-- Changeset configuration/6.1-to-6.3.xml::duende-6.3-configuration-clients-requiredpop::duende-maven-plugin
-- Add Clients.RequireDPoP (bool NOT NULL, Duende 6.3); existing rows get the default EF gives them.
ALTER TABLE "Clients" ADD ("RequireDPoP" NUMBER(1) DEFAULT 0 NOT NULL);

-- Changeset configuration/6.1-to-6.3.xml::duende-6.3-configuration-tag::duende-maven-plugin
