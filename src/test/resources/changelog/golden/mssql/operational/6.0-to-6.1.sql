-- *********************************************************************
-- Update Database Script
-- *********************************************************************
-- *********************************************************************

-- Changeset operational/6.0-to-6.1.xml::duende-6.1-operational-persistedgrants-id-pk::duende-maven-plugin
-- Move the primary key of PersistedGrants from Key to a new identity column Id that numbers existing rows; Key becomes nullable (Duende 6.1).
ALTER TABLE [PersistedGrants] DROP CONSTRAINT [PK_PersistedGrants];
GO

ALTER TABLE [PersistedGrants] ALTER COLUMN [Key] nvarchar(200) NULL;
GO

ALTER TABLE [PersistedGrants] ADD [Id] bigint NOT NULL IDENTITY;
GO

ALTER TABLE [PersistedGrants] ADD CONSTRAINT [PK_PersistedGrants] PRIMARY KEY ([Id]);
GO

-- Changeset operational/6.0-to-6.1.xml::duende-6.1-operational-serversidesessions-table::duende-maven-plugin
-- Create table ServerSideSessions (Duende 6.1).
CREATE TABLE [ServerSideSessions] (
    [Id] int NOT NULL IDENTITY,
    [Key] nvarchar(100) NOT NULL,
    [Scheme] nvarchar(100) NOT NULL,
    [SubjectId] nvarchar(100) NOT NULL,
    [SessionId] nvarchar(100) NULL,
    [DisplayName] nvarchar(100) NULL,
    [Created] datetime2 NOT NULL,
    [Renewed] datetime2 NOT NULL,
    [Expires] datetime2 NULL,
    [Data] nvarchar(max) NOT NULL,
    CONSTRAINT [PK_ServerSideSessions] PRIMARY KEY ([Id])
);
GO

-- Changeset operational/6.0-to-6.1.xml::duende-6.1-operational-ix-serversidesessions-displayname::duende-maven-plugin
-- Create index IX_ServerSideSessions_DisplayName (Duende 6.1).
CREATE INDEX [IX_ServerSideSessions_DisplayName] ON [ServerSideSessions] ([DisplayName]);
GO

-- Changeset operational/6.0-to-6.1.xml::duende-6.1-operational-ix-serversidesessions-expires::duende-maven-plugin
-- Create index IX_ServerSideSessions_Expires (Duende 6.1).
CREATE INDEX [IX_ServerSideSessions_Expires] ON [ServerSideSessions] ([Expires]);
GO

-- Changeset operational/6.0-to-6.1.xml::duende-6.1-operational-ix-serversidesessions-key::duende-maven-plugin
-- Create unique index IX_ServerSideSessions_Key (Duende 6.1).
CREATE UNIQUE INDEX [IX_ServerSideSessions_Key] ON [ServerSideSessions] ([Key]);
GO

-- Changeset operational/6.0-to-6.1.xml::duende-6.1-operational-ix-serversidesessions-sessionid::duende-maven-plugin
-- Create index IX_ServerSideSessions_SessionId (Duende 6.1).
CREATE INDEX [IX_ServerSideSessions_SessionId] ON [ServerSideSessions] ([SessionId]);
GO

-- Changeset operational/6.0-to-6.1.xml::duende-6.1-operational-ix-serversidesessions-subjectid::duende-maven-plugin
-- Create index IX_ServerSideSessions_SubjectId (Duende 6.1).
CREATE INDEX [IX_ServerSideSessions_SubjectId] ON [ServerSideSessions] ([SubjectId]);
GO

-- Changeset operational/6.0-to-6.1.xml::duende-6.1-operational-ix-persistedgrants-key::duende-maven-plugin
-- Create unique index IX_PersistedGrants_Key (Duende 6.1).
CREATE UNIQUE INDEX [IX_PersistedGrants_Key] ON [PersistedGrants] ([Key]) WHERE [Key] IS NOT NULL;
GO

-- Changeset operational/6.0-to-6.1.xml::duende-6.1-operational-tag::duende-maven-plugin
