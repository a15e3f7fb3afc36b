-- *********************************************************************
-- Update Database Script
-- *********************************************************************
-- *********************************************************************

-- Changeset configuration/6.3-to-7.0.xml::duende-7.0-configuration-clients-pushedauthorizationlifetime::duende-maven-plugin
-- Add Clients.PushedAuthorizationLifetime (int NULL, Duende 7.0).
ALTER TABLE [Clients] ADD [PushedAuthorizationLifetime] int NULL;
GO

-- Changeset configuration/6.3-to-7.0.xml::duende-7.0-configuration-clients-requirepushedauthorization::duende-maven-plugin
-- Add Clients.RequirePushedAuthorization (bool NOT NULL, Duende 7.0); existing rows get the default EF gives them.
ALTER TABLE [Clients] ADD [RequirePushedAuthorization] bit NOT NULL DEFAULT CAST(0 AS bit);
GO

-- Changeset configuration/6.3-to-7.0.xml::duende-7.0-configuration-tag::duende-maven-plugin
