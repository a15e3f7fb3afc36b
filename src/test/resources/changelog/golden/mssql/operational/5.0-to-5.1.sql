-- *********************************************************************
-- Update Database Script
-- *********************************************************************
-- *********************************************************************

-- Changeset operational/5.0-to-5.1.xml::duende-5.1-operational-ix-persistedgrants-consumedtime::duende-maven-plugin
-- Create index IX_PersistedGrants_ConsumedTime (Duende 5.1).
CREATE INDEX [IX_PersistedGrants_ConsumedTime] ON [PersistedGrants] ([ConsumedTime]);
GO

-- Changeset operational/5.0-to-5.1.xml::duende-5.1-operational-tag::duende-maven-plugin
