-- *********************************************************************
-- Update Database Script
-- *********************************************************************
-- *********************************************************************

-- Changeset operational/baseline-8.0.xml::duende-8.0-operational-baseline-devicecodes-table::duende-maven-plugin
-- Create table DeviceCodes (Duende 8.0).
CREATE TABLE [DeviceCodes] (
    [UserCode] nvarchar(200) NOT NULL,
    [DeviceCode] nvarchar(200) NOT NULL,
    [SubjectId] nvarchar(200) NULL,
    [SessionId] nvarchar(100) NULL,
    [ClientId] nvarchar(200) NOT NULL,
    [Description] nvarchar(200) NULL,
    [CreationTime] datetime2 NOT NULL,
    [Expiration] datetime2 NOT NULL,
    [Data] nvarchar(max) NOT NULL,
    CONSTRAINT [PK_DeviceCodes] PRIMARY KEY ([UserCode])
);
GO

-- Changeset operational/baseline-8.0.xml::duende-8.0-operational-baseline-ix-devicecodes-devicecode::duende-maven-plugin
-- Create unique index IX_DeviceCodes_DeviceCode (Duende 8.0).
CREATE UNIQUE INDEX [IX_DeviceCodes_DeviceCode] ON [DeviceCodes] ([DeviceCode]);
GO

-- Changeset operational/baseline-8.0.xml::duende-8.0-operational-baseline-ix-devicecodes-expiration::duende-maven-plugin
-- Create index IX_DeviceCodes_Expiration (Duende 8.0).
CREATE INDEX [IX_DeviceCodes_Expiration] ON [DeviceCodes] ([Expiration]);
GO

-- Changeset operational/baseline-8.0.xml::duende-8.0-operational-baseline-persistedgrants-table::duende-maven-plugin
-- Create table PersistedGrants (Duende 8.0).
CREATE TABLE [PersistedGrants] (
    [Id] bigint NOT NULL IDENTITY,
    [Key] nvarchar(200) NULL,
    [Type] nvarchar(50) NOT NULL,
    [SubjectId] nvarchar(200) NULL,
    [SessionId] nvarchar(100) NULL,
    [ClientId] nvarchar(200) NOT NULL,
    [Description] nvarchar(200) NULL,
    [CreationTime] datetime2 NOT NULL,
    [Expiration] datetime2 NULL,
    [ConsumedTime] datetime2 NULL,
    [Data] nvarchar(max) NOT NULL,
    CONSTRAINT [PK_PersistedGrants] PRIMARY KEY ([Id])
);
GO

-- Changeset operational/baseline-8.0.xml::duende-8.0-operational-baseline-ix-persistedgrants-expiration::duende-maven-plugin
-- Create index IX_PersistedGrants_Expiration (Duende 8.0).
CREATE INDEX [IX_PersistedGrants_Expiration] ON [PersistedGrants] ([Expiration]);
GO

-- Changeset operational/baseline-8.0.xml::duende-8.0-operational-baseline-ix-persistedgrants-subjectid-clientid-type::duende-maven-plugin
-- Create index IX_PersistedGrants_SubjectId_ClientId_Type (Duende 8.0).
CREATE INDEX [IX_PersistedGrants_SubjectId_ClientId_Type] ON [PersistedGrants] ([SubjectId], [ClientId], [Type]);
GO

-- Changeset operational/baseline-8.0.xml::duende-8.0-operational-baseline-ix-persistedgrants-subjectid-sessionid-type::duende-maven-plugin
-- Create index IX_PersistedGrants_SubjectId_SessionId_Type (Duende 8.0).
CREATE INDEX [IX_PersistedGrants_SubjectId_SessionId_Type] ON [PersistedGrants] ([SubjectId], [SessionId], [Type]);
GO

-- Changeset operational/baseline-8.0.xml::duende-8.0-operational-baseline-ix-persistedgrants-consumedtime::duende-maven-plugin
-- Create index IX_PersistedGrants_ConsumedTime (Duende 8.0).
CREATE INDEX [IX_PersistedGrants_ConsumedTime] ON [PersistedGrants] ([ConsumedTime]);
GO

-- Changeset operational/baseline-8.0.xml::duende-8.0-operational-baseline-ix-persistedgrants-key::duende-maven-plugin
-- Create unique index IX_PersistedGrants_Key (Duende 8.0).
CREATE UNIQUE INDEX [IX_PersistedGrants_Key] ON [PersistedGrants] ([Key]) WHERE [Key] IS NOT NULL;
GO

-- Changeset operational/baseline-8.0.xml::duende-8.0-operational-baseline-keys-table::duende-maven-plugin
-- Create table Keys (Duende 8.0).
CREATE TABLE [Keys] (
    [Id] nvarchar(450) NOT NULL,
    [Version] int NOT NULL,
    [Created] datetime2 NOT NULL,
    [Use] nvarchar(450) NULL,
    [Algorithm] nvarchar(100) NOT NULL,
    [IsX509Certificate] bit NOT NULL,
    [DataProtected] bit NOT NULL,
    [Data] nvarchar(max) NOT NULL,
    CONSTRAINT [PK_Keys] PRIMARY KEY ([Id])
);
GO

-- Changeset operational/baseline-8.0.xml::duende-8.0-operational-baseline-ix-keys-use::duende-maven-plugin
-- Create index IX_Keys_Use (Duende 8.0).
CREATE INDEX [IX_Keys_Use] ON [Keys] ([Use]);
GO

-- Changeset operational/baseline-8.0.xml::duende-8.0-operational-baseline-serversidesessions-table::duende-maven-plugin
-- Create table ServerSideSessions (Duende 8.0).
CREATE TABLE [ServerSideSessions] (
    [Id] bigint NOT NULL IDENTITY,
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

-- Changeset operational/baseline-8.0.xml::duende-8.0-operational-baseline-ix-serversidesessions-displayname::duende-maven-plugin
-- Create index IX_ServerSideSessions_DisplayName (Duende 8.0).
CREATE INDEX [IX_ServerSideSessions_DisplayName] ON [ServerSideSessions] ([DisplayName]);
GO

-- Changeset operational/baseline-8.0.xml::duende-8.0-operational-baseline-ix-serversidesessions-expires::duende-maven-plugin
-- Create index IX_ServerSideSessions_Expires (Duende 8.0).
CREATE INDEX [IX_ServerSideSessions_Expires] ON [ServerSideSessions] ([Expires]);
GO

-- Changeset operational/baseline-8.0.xml::duende-8.0-operational-baseline-ix-serversidesessions-key::duende-maven-plugin
-- Create unique index IX_ServerSideSessions_Key (Duende 8.0).
CREATE UNIQUE INDEX [IX_ServerSideSessions_Key] ON [ServerSideSessions] ([Key]);
GO

-- Changeset operational/baseline-8.0.xml::duende-8.0-operational-baseline-ix-serversidesessions-sessionid::duende-maven-plugin
-- Create index IX_ServerSideSessions_SessionId (Duende 8.0).
CREATE INDEX [IX_ServerSideSessions_SessionId] ON [ServerSideSessions] ([SessionId]);
GO

-- Changeset operational/baseline-8.0.xml::duende-8.0-operational-baseline-ix-serversidesessions-subjectid::duende-maven-plugin
-- Create index IX_ServerSideSessions_SubjectId (Duende 8.0).
CREATE INDEX [IX_ServerSideSessions_SubjectId] ON [ServerSideSessions] ([SubjectId]);
GO

-- Changeset operational/baseline-8.0.xml::duende-8.0-operational-baseline-pushedauthorizationrequests-table::duende-maven-plugin
-- Create table PushedAuthorizationRequests (Duende 8.0).
CREATE TABLE [PushedAuthorizationRequests] (
    [Id] bigint NOT NULL IDENTITY,
    [ReferenceValueHash] nvarchar(64) NOT NULL,
    [ExpiresAtUtc] datetime2 NOT NULL,
    [Parameters] nvarchar(max) NOT NULL,
    CONSTRAINT [PK_PushedAuthorizationRequests] PRIMARY KEY ([Id])
);
GO

-- Changeset operational/baseline-8.0.xml::duende-8.0-operational-baseline-ix-pushedauthorizationrequests-expiresatutc::duende-maven-plugin
-- Create index IX_PushedAuthorizationRequests_ExpiresAtUtc (Duende 8.0).
CREATE INDEX [IX_PushedAuthorizationRequests_ExpiresAtUtc] ON [PushedAuthorizationRequests] ([ExpiresAtUtc]);
GO

-- Changeset operational/baseline-8.0.xml::duende-8.0-operational-baseline-ix-pushedauthorizationrequests-referencevaluehash::duende-maven-plugin
-- Create unique index IX_PushedAuthorizationRequests_ReferenceValueHash (Duende 8.0).
CREATE UNIQUE INDEX [IX_PushedAuthorizationRequests_ReferenceValueHash] ON [PushedAuthorizationRequests] ([ReferenceValueHash]);
GO

-- Changeset operational/baseline-8.0.xml::duende-8.0-operational-baseline-samllogoutsessions-table::duende-maven-plugin
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

-- Changeset operational/baseline-8.0.xml::duende-8.0-operational-baseline-ix-samllogoutsessions-expiresatutc::duende-maven-plugin
-- Create index IX_SamlLogoutSessions_ExpiresAtUtc (Duende 8.0).
CREATE INDEX [IX_SamlLogoutSessions_ExpiresAtUtc] ON [SamlLogoutSessions] ([ExpiresAtUtc]);
GO

-- Changeset operational/baseline-8.0.xml::duende-8.0-operational-baseline-ix-samllogoutsessions-logoutid::duende-maven-plugin
-- Create unique index IX_SamlLogoutSessions_LogoutId (Duende 8.0).
CREATE UNIQUE INDEX [IX_SamlLogoutSessions_LogoutId] ON [SamlLogoutSessions] ([LogoutId]);
GO

-- Changeset operational/baseline-8.0.xml::duende-8.0-operational-baseline-samlsigninstates-table::duende-maven-plugin
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

-- Changeset operational/baseline-8.0.xml::duende-8.0-operational-baseline-ix-samlsigninstates-expiresatutc::duende-maven-plugin
-- Create index IX_SamlSigninStates_ExpiresAtUtc (Duende 8.0).
CREATE INDEX [IX_SamlSigninStates_ExpiresAtUtc] ON [SamlSigninStates] ([ExpiresAtUtc]);
GO

-- Changeset operational/baseline-8.0.xml::duende-8.0-operational-baseline-ix-samlsigninstates-stateid::duende-maven-plugin
-- Create unique index IX_SamlSigninStates_StateId (Duende 8.0).
CREATE UNIQUE INDEX [IX_SamlSigninStates_StateId] ON [SamlSigninStates] ([StateId]);
GO

-- Changeset operational/baseline-8.0.xml::duende-8.0-operational-baseline-samllogoutsessionrequestindices-table::duende-maven-plugin
-- Create table SamlLogoutSessionRequestIndices (Duende 8.0).
CREATE TABLE [SamlLogoutSessionRequestIndices] (
    [Id] bigint NOT NULL IDENTITY,
    [RequestId] nvarchar(200) NOT NULL,
    [SamlLogoutSessionId] bigint NOT NULL,
    CONSTRAINT [PK_SamlLogoutSessionRequestIndices] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_SamlLogoutSessionRequestIndices_SamlLogoutSessions_SamlLogoutSessionId] FOREIGN KEY ([SamlLogoutSessionId]) REFERENCES [SamlLogoutSessions] ([Id]) ON DELETE CASCADE
);
GO

-- Changeset operational/baseline-8.0.xml::duende-8.0-operational-baseline-ix-samllogoutsessionrequestindices-requestid::duende-maven-plugin
-- Create unique index IX_SamlLogoutSessionRequestIndices_RequestId (Duende 8.0).
CREATE UNIQUE INDEX [IX_SamlLogoutSessionRequestIndices_RequestId] ON [SamlLogoutSessionRequestIndices] ([RequestId]);
GO

-- Changeset operational/baseline-8.0.xml::duende-8.0-operational-baseline-ix-samllogoutsessionrequestindices-samllogoutsessionid::duende-maven-plugin
-- Create index IX_SamlLogoutSessionRequestIndices_SamlLogoutSessionId (Duende 8.0).
CREATE INDEX [IX_SamlLogoutSessionRequestIndices_SamlLogoutSessionId] ON [SamlLogoutSessionRequestIndices] ([SamlLogoutSessionId]);
GO

-- Changeset operational/baseline-8.0.xml::duende-8.0-operational-tag::duende-maven-plugin
