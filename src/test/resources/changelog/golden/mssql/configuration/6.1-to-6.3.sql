-- *********************************************************************
-- Update Database Script
-- *********************************************************************
-- *********************************************************************

-- Changeset configuration/6.1-to-6.3.xml::duende-6.3-configuration-clients-dpopclockskew::duende-maven-plugin
-- Add Clients.DPoPClockSkew (timespan NOT NULL, Duende 6.3); existing rows get the default EF gives them.
ALTER TABLE [Clients] ADD [DPoPClockSkew] time NOT NULL DEFAULT '00:00:00';
GO

-- Changeset configuration/6.1-to-6.3.xml::duende-6.3-configuration-clients-dpopvalidationmode::duende-maven-plugin
-- Add Clients.DPoPValidationMode (int NOT NULL, Duende 6.3); existing rows get the default EF gives them.
ALTER TABLE [Clients] ADD [DPoPValidationMode] int NOT NULL DEFAULT 0;
GO

-- Changeset configuration/6.1-to-6.3.xml::duende-6.3-configuration-clients-initiateloginuri::duende-maven-plugin
-- Add Clients.InitiateLoginUri (string(2000) NULL, Duende 6.3).
ALTER TABLE [Clients] ADD [InitiateLoginUri] nvarchar(2000) NULL;
GO

-- Changeset configuration/6.1-to-6.3.xml::duende-6.3-configuration-clients-requiredpop::duende-maven-plugin
-- Add Clients.RequireDPoP (bool NOT NULL, Duende 6.3); existing rows get the default EF gives them.
ALTER TABLE [Clients] ADD [RequireDPoP] bit NOT NULL DEFAULT CAST(0 AS bit);
GO

-- Changeset configuration/6.1-to-6.3.xml::duende-6.3-configuration-tag::duende-maven-plugin
