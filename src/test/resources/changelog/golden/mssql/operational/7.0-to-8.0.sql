-- *********************************************************************
-- Update Database Script
-- *********************************************************************
-- *********************************************************************

-- Changeset operational/7.0-to-8.0.xml::duende-8.0-operational-samllogoutsessions-table::duende-maven-plugin
-- Create table SamlLogoutSessions (Duende 8.0).
CREATE TABLE [SamlLogoutSessions] (
    [Id] bigint NOT NULL IDENTITY,
    [LogoutId] nvarchar(200) NOT NULL,
    [SerializedSession] nvarchar(max) NOT NULL,
    [ExpiresAtUtc] datetime2 NOT NULL,
    [Version] bigint NOT NULL,
    CONSTRAINT [PK_SamlLogoutSessions] PRIMARY KEY ([Id])
);
GO

-- Changeset operational/7.0-to-8.0.xml::duende-8.0-operational-ix-samllogoutsessions-expiresatutc::duende-maven-plugin
-- Create index IX_SamlLogoutSessions_ExpiresAtUtc (Duende 8.0).
CREATE INDEX [IX_SamlLogoutSessions_ExpiresAtUtc] ON [SamlLogoutSessions] ([ExpiresAtUtc]);
GO

-- Changeset operational/7.0-to-8.0.xml::duende-8.0-operational-ix-samllogoutsessions-logoutid::duende-maven-plugin
-- Create unique index IX_SamlLogoutSessions_LogoutId (Duende 8.0).
CREATE UNIQUE INDEX [IX_SamlLogoutSessions_LogoutId] ON [SamlLogoutSessions] ([LogoutId]);
GO

-- Changeset operational/7.0-to-8.0.xml::duende-8.0-operational-samlsigninstates-table::duende-maven-plugin
-- Create table SamlSigninStates (Duende 8.0).
CREATE TABLE [SamlSigninStates] (
    [Id] bigint NOT NULL IDENTITY,
    [StateId] uniqueidentifier NOT NULL,
    [SerializedState] nvarchar(max) NOT NULL,
    [ExpiresAtUtc] datetime2 NOT NULL,
    [ServiceProviderEntityId] nvarchar(200) NOT NULL,
    CONSTRAINT [PK_SamlSigninStates] PRIMARY KEY ([Id])
);
GO

-- Changeset operational/7.0-to-8.0.xml::duende-8.0-operational-ix-samlsigninstates-expiresatutc::duende-maven-plugin
-- Create index IX_SamlSigninStates_ExpiresAtUtc (Duende 8.0).
CREATE INDEX [IX_SamlSigninStates_ExpiresAtUtc] ON [SamlSigninStates] ([ExpiresAtUtc]);
GO

-- Changeset operational/7.0-to-8.0.xml::duende-8.0-operational-ix-samlsigninstates-stateid::duende-maven-plugin
-- Create unique index IX_SamlSigninStates_StateId (Duende 8.0).
CREATE UNIQUE INDEX [IX_SamlSigninStates_StateId] ON [SamlSigninStates] ([StateId]);
GO

-- Changeset operational/7.0-to-8.0.xml::duende-8.0-operational-samllogoutsessionrequestindices-table::duende-maven-plugin
-- Create table SamlLogoutSessionRequestIndices (Duende 8.0).
CREATE TABLE [SamlLogoutSessionRequestIndices] (
    [Id] bigint NOT NULL IDENTITY,
    [RequestId] nvarchar(200) NOT NULL,
    [SamlLogoutSessionId] bigint NOT NULL,
    CONSTRAINT [PK_SamlLogoutSessionRequestIndices] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_SamlLogoutSessionRequestIndices_SamlLogoutSessions_SamlLogoutSessionId] FOREIGN KEY ([SamlLogoutSessionId]) REFERENCES [SamlLogoutSessions] ([Id]) ON DELETE CASCADE
);
GO

-- Changeset operational/7.0-to-8.0.xml::duende-8.0-operational-ix-samllogoutsessionrequestindices-requestid::duende-maven-plugin
-- Create unique index IX_SamlLogoutSessionRequestIndices_RequestId (Duende 8.0).
CREATE UNIQUE INDEX [IX_SamlLogoutSessionRequestIndices_RequestId] ON [SamlLogoutSessionRequestIndices] ([RequestId]);
GO

-- Changeset operational/7.0-to-8.0.xml::duende-8.0-operational-ix-samllogoutsessionrequestindices-samllogoutsessionid::duende-maven-plugin
-- Create index IX_SamlLogoutSessionRequestIndices_SamlLogoutSessionId (Duende 8.0).
CREATE INDEX [IX_SamlLogoutSessionRequestIndices_SamlLogoutSessionId] ON [SamlLogoutSessionRequestIndices] ([SamlLogoutSessionId]);
GO

-- Changeset operational/7.0-to-8.0.xml::duende-8.0-operational-tag::duende-maven-plugin
