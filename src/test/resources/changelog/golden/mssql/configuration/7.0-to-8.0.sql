-- *********************************************************************
-- Update Database Script
-- *********************************************************************
-- *********************************************************************

-- Changeset configuration/7.0-to-8.0.xml::duende-8.0-configuration-samlserviceproviders-table::duende-maven-plugin
-- Create table SamlServiceProviders (Duende 8.0).
CREATE TABLE [SamlServiceProviders] (
    [Id] int NOT NULL IDENTITY,
    [EntityId] nvarchar(200) NOT NULL,
    [DisplayName] nvarchar(200) NULL,
    [Description] nvarchar(1000) NULL,
    [Enabled] bit NOT NULL,
    [ClockSkewSeconds] float NULL,
    [RequestMaxAgeSeconds] float NULL,
    [AssertionLifetimeSeconds] float NULL,
    [RequireSignedAuthnRequests] bit NULL,
    [RequireSignedLogoutResponses] bit NULL,
    [AllowIdpInitiated] bit NOT NULL,
    [DefaultNameIdFormat] nvarchar(2000) NULL,
    [EmailNameIdClaimType] nvarchar(200) NULL,
    [SigningBehavior] int NULL,
    [AllowedSignatureAlgorithms] nvarchar(max) NULL,
    [Created] datetime2 NOT NULL,
    [Updated] datetime2 NULL,
    [LastAccessed] datetime2 NULL,
    [NonEditable] bit NOT NULL,
    CONSTRAINT [PK_SamlServiceProviders] PRIMARY KEY ([Id])
);
GO

-- Changeset configuration/7.0-to-8.0.xml::duende-8.0-configuration-ix-samlserviceproviders-entityid::duende-maven-plugin
-- Create unique index IX_SamlServiceProviders_EntityId (Duende 8.0).
CREATE UNIQUE INDEX [IX_SamlServiceProviders_EntityId] ON [SamlServiceProviders] ([EntityId]);
GO

-- Changeset configuration/7.0-to-8.0.xml::duende-8.0-configuration-samlallowedscopes-table::duende-maven-plugin
-- Create table SamlAllowedScopes (Duende 8.0).
CREATE TABLE [SamlAllowedScopes] (
    [Id] int NOT NULL IDENTITY,
    [Scope] nvarchar(200) NOT NULL,
    [SamlServiceProviderId] int NOT NULL,
    CONSTRAINT [PK_SamlAllowedScopes] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_SamlAllowedScopes_SamlServiceProviders_SamlServiceProviderId] FOREIGN KEY ([SamlServiceProviderId]) REFERENCES [SamlServiceProviders] ([Id]) ON DELETE CASCADE
);
GO

-- Changeset configuration/7.0-to-8.0.xml::duende-8.0-configuration-ix-samlallowedscopes-samlserviceproviderid-scope::duende-maven-plugin
-- Create unique index IX_SamlAllowedScopes_SamlServiceProviderId_Scope (Duende 8.0).
CREATE UNIQUE INDEX [IX_SamlAllowedScopes_SamlServiceProviderId_Scope] ON [SamlAllowedScopes] ([SamlServiceProviderId], [Scope]);
GO

-- Changeset configuration/7.0-to-8.0.xml::duende-8.0-configuration-samlassertionconsumerservices-table::duende-maven-plugin
-- Create table SamlAssertionConsumerServices (Duende 8.0).
CREATE TABLE [SamlAssertionConsumerServices] (
    [Id] int NOT NULL IDENTITY,
    [Location] nvarchar(400) NOT NULL,
    [Binding] nvarchar(200) NOT NULL,
    [Index] int NOT NULL,
    [IsDefault] bit NOT NULL,
    [SamlServiceProviderId] int NOT NULL,
    CONSTRAINT [PK_SamlAssertionConsumerServices] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_SamlAssertionConsumerServices_SamlServiceProviders_SamlServiceProviderId] FOREIGN KEY ([SamlServiceProviderId]) REFERENCES [SamlServiceProviders] ([Id]) ON DELETE CASCADE
);
GO

-- Changeset configuration/7.0-to-8.0.xml::duende-8.0-configuration-ix-samlassertionconsumerservices-samlserviceproviderid-location::duende-maven-plugin
-- Create unique index IX_SamlAssertionConsumerServices_SamlServiceProviderId_Location (Duende 8.0).
CREATE UNIQUE INDEX [IX_SamlAssertionConsumerServices_SamlServiceProviderId_Location] ON [SamlAssertionConsumerServices] ([SamlServiceProviderId], [Location]);
GO

-- Changeset configuration/7.0-to-8.0.xml::duende-8.0-configuration-samlauthncontextmappings-table::duende-maven-plugin
-- Create table SamlAuthnContextMappings (Duende 8.0).
CREATE TABLE [SamlAuthnContextMappings] (
    [Id] int NOT NULL IDENTITY,
    [OidcValue] nvarchar(250) NOT NULL,
    [SamlAuthnContextClassRef] nvarchar(500) NOT NULL,
    [SamlServiceProviderId] int NOT NULL,
    CONSTRAINT [PK_SamlAuthnContextMappings] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_SamlAuthnContextMappings_SamlServiceProviders_SamlServiceProviderId] FOREIGN KEY ([SamlServiceProviderId]) REFERENCES [SamlServiceProviders] ([Id]) ON DELETE CASCADE
);
GO

-- Changeset configuration/7.0-to-8.0.xml::duende-8.0-configuration-ix-samlauthncontextmappings-samlserviceproviderid-oidcvalue::duende-maven-plugin
-- Create unique index IX_SamlAuthnContextMappings_SamlServiceProviderId_OidcValue (Duende 8.0).
CREATE UNIQUE INDEX [IX_SamlAuthnContextMappings_SamlServiceProviderId_OidcValue] ON [SamlAuthnContextMappings] ([SamlServiceProviderId], [OidcValue]);
GO

-- Changeset configuration/7.0-to-8.0.xml::duende-8.0-configuration-samlcertificates-table::duende-maven-plugin
-- Create table SamlCertificates (Duende 8.0).
CREATE TABLE [SamlCertificates] (
    [Id] int NOT NULL IDENTITY,
    [Data] nvarchar(4000) NOT NULL,
    [Use] int NOT NULL,
    [SamlServiceProviderId] int NOT NULL,
    CONSTRAINT [PK_SamlCertificates] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_SamlCertificates_SamlServiceProviders_SamlServiceProviderId] FOREIGN KEY ([SamlServiceProviderId]) REFERENCES [SamlServiceProviders] ([Id]) ON DELETE CASCADE
);
GO

-- Changeset configuration/7.0-to-8.0.xml::duende-8.0-configuration-ix-samlcertificates-samlserviceproviderid::duende-maven-plugin
-- Create index IX_SamlCertificates_SamlServiceProviderId (Duende 8.0).
CREATE INDEX [IX_SamlCertificates_SamlServiceProviderId] ON [SamlCertificates] ([SamlServiceProviderId]);
GO

-- Changeset configuration/7.0-to-8.0.xml::duende-8.0-configuration-samlclaimmappings-table::duende-maven-plugin
-- Create table SamlClaimMappings (Duende 8.0).
CREATE TABLE [SamlClaimMappings] (
    [Id] int NOT NULL IDENTITY,
    [ClaimType] nvarchar(250) NOT NULL,
    [SamlAttributeName] nvarchar(250) NOT NULL,
    [SamlServiceProviderId] int NOT NULL,
    CONSTRAINT [PK_SamlClaimMappings] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_SamlClaimMappings_SamlServiceProviders_SamlServiceProviderId] FOREIGN KEY ([SamlServiceProviderId]) REFERENCES [SamlServiceProviders] ([Id]) ON DELETE CASCADE
);
GO

-- Changeset configuration/7.0-to-8.0.xml::duende-8.0-configuration-ix-samlclaimmappings-samlserviceproviderid-claimtype::duende-maven-plugin
-- Create unique index IX_SamlClaimMappings_SamlServiceProviderId_ClaimType (Duende 8.0).
CREATE UNIQUE INDEX [IX_SamlClaimMappings_SamlServiceProviderId_ClaimType] ON [SamlClaimMappings] ([SamlServiceProviderId], [ClaimType]);
GO

-- Changeset configuration/7.0-to-8.0.xml::duende-8.0-configuration-samlrequestedclaimtypes-table::duende-maven-plugin
-- Create table SamlRequestedClaimTypes (Duende 8.0).
CREATE TABLE [SamlRequestedClaimTypes] (
    [Id] int NOT NULL IDENTITY,
    [ClaimType] nvarchar(250) NOT NULL,
    [SamlServiceProviderId] int NOT NULL,
    CONSTRAINT [PK_SamlRequestedClaimTypes] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_SamlRequestedClaimTypes_SamlServiceProviders_SamlServiceProviderId] FOREIGN KEY ([SamlServiceProviderId]) REFERENCES [SamlServiceProviders] ([Id]) ON DELETE CASCADE
);
GO

-- Changeset configuration/7.0-to-8.0.xml::duende-8.0-configuration-ix-samlrequestedclaimtypes-samlserviceproviderid-claimtype::duende-maven-plugin
-- Create unique index IX_SamlRequestedClaimTypes_SamlServiceProviderId_ClaimType (Duende 8.0).
CREATE UNIQUE INDEX [IX_SamlRequestedClaimTypes_SamlServiceProviderId_ClaimType] ON [SamlRequestedClaimTypes] ([SamlServiceProviderId], [ClaimType]);
GO

-- Changeset configuration/7.0-to-8.0.xml::duende-8.0-configuration-samlsinglelogoutservices-table::duende-maven-plugin
-- Create table SamlSingleLogoutServices (Duende 8.0).
CREATE TABLE [SamlSingleLogoutServices] (
    [Id] int NOT NULL IDENTITY,
    [Location] nvarchar(400) NOT NULL,
    [Binding] nvarchar(200) NOT NULL,
    [SamlServiceProviderId] int NOT NULL,
    CONSTRAINT [PK_SamlSingleLogoutServices] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_SamlSingleLogoutServices_SamlServiceProviders_SamlServiceProviderId] FOREIGN KEY ([SamlServiceProviderId]) REFERENCES [SamlServiceProviders] ([Id]) ON DELETE CASCADE
);
GO

-- Changeset configuration/7.0-to-8.0.xml::duende-8.0-configuration-ix-samlsinglelogoutservices-samlserviceproviderid-binding::duende-maven-plugin
-- Create unique index IX_SamlSingleLogoutServices_SamlServiceProviderId_Binding (Duende 8.0).
CREATE UNIQUE INDEX [IX_SamlSingleLogoutServices_SamlServiceProviderId_Binding] ON [SamlSingleLogoutServices] ([SamlServiceProviderId], [Binding]);
GO

-- Changeset configuration/7.0-to-8.0.xml::duende-8.0-configuration-tag::duende-maven-plugin
