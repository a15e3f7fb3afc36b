-- *********************************************************************
-- Update Database Script
-- *********************************************************************
-- *********************************************************************

-- Changeset configuration/4.1-to-5.0.xml::duende-5.0-configuration-apiresources-requireresourceindicator::duende-maven-plugin
-- Add ApiResources.RequireResourceIndicator (bool NOT NULL, Duende 5.0); existing rows get the default EF gives them.
ALTER TABLE "ApiResources" ADD ("RequireResourceIndicator" NUMBER(1) DEFAULT 0 NOT NULL);

-- Changeset configuration/4.1-to-5.0.xml::duende-5.0-configuration-tag::duende-maven-plugin
