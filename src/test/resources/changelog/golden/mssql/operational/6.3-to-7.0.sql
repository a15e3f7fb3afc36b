-- *********************************************************************
-- Update Database Script
-- *********************************************************************
-- *********************************************************************

-- Changeset operational/6.3-to-7.0.xml::duende-7.0-operational-serversidesessions-id-long::duende-maven-plugin
-- Widen ServerSideSessions.Id to a 64-bit identity, keeping its primary key (Duende 7.0); marked ran when EF already did it.
ALTER TABLE [ServerSideSessions] DROP CONSTRAINT [PK_ServerSideSessions];
GO

ALTER TABLE [ServerSideSessions] ALTER COLUMN [Id] bigint NOT NULL;
GO

ALTER TABLE [ServerSideSessions] ADD CONSTRAINT [PK_ServerSideSessions] PRIMARY KEY ([Id]);
GO

-- Changeset operational/6.3-to-7.0.xml::duende-7.0-operational-pushedauthorizationrequests-table::duende-maven-plugin
-- Create table PushedAuthorizationRequests (Duende 7.0).
CREATE TABLE [PushedAuthorizationRequests] (
    [Id] bigint NOT NULL IDENTITY,
    [ReferenceValueHash] nvarchar(64) NOT NULL,
    [ExpiresAtUtc] datetime2 NOT NULL,
    [Parameters] nvarchar(max) NOT NULL,
    CONSTRAINT [PK_PushedAuthorizationRequests] PRIMARY KEY ([Id])
);
GO

-- Changeset operational/6.3-to-7.0.xml::duende-7.0-operational-ix-pushedauthorizationrequests-expiresatutc::duende-maven-plugin
-- Create index IX_PushedAuthorizationRequests_ExpiresAtUtc (Duende 7.0).
CREATE INDEX [IX_PushedAuthorizationRequests_ExpiresAtUtc] ON [PushedAuthorizationRequests] ([ExpiresAtUtc]);
GO

-- Changeset operational/6.3-to-7.0.xml::duende-7.0-operational-ix-pushedauthorizationrequests-referencevaluehash::duende-maven-plugin
-- Create unique index IX_PushedAuthorizationRequests_ReferenceValueHash (Duende 7.0).
CREATE UNIQUE INDEX [IX_PushedAuthorizationRequests_ReferenceValueHash] ON [PushedAuthorizationRequests] ([ReferenceValueHash]);
GO

-- Changeset operational/6.3-to-7.0.xml::duende-7.0-operational-tag::duende-maven-plugin
