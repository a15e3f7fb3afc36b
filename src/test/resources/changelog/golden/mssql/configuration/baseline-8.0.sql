-- *********************************************************************
-- Update Database Script
-- *********************************************************************
-- *********************************************************************

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-apiresources-table::duende-maven-plugin
-- Create table ApiResources (Duende 8.0).
CREATE TABLE [ApiResources] (
    [Id] int NOT NULL IDENTITY,
    [Enabled] bit NOT NULL,
    [Name] nvarchar(200) NOT NULL,
    [DisplayName] nvarchar(200) NULL,
    [Description] nvarchar(1000) NULL,
    [AllowedAccessTokenSigningAlgorithms] nvarchar(100) NULL,
    [ShowInDiscoveryDocument] bit NOT NULL,
    [Created] datetime2 NOT NULL,
    [Updated] datetime2 NULL,
    [LastAccessed] datetime2 NULL,
    [NonEditable] bit NOT NULL,
    [RequireResourceIndicator] bit NOT NULL DEFAULT CAST(0 AS bit),
    CONSTRAINT [PK_ApiResources] PRIMARY KEY ([Id])
);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-ix-apiresources-name::duende-maven-plugin
-- Create unique index IX_ApiResources_Name (Duende 8.0).
CREATE UNIQUE INDEX [IX_ApiResources_Name] ON [ApiResources] ([Name]);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-apiscopes-table::duende-maven-plugin
-- Create table ApiScopes (Duende 8.0).
CREATE TABLE [ApiScopes] (
    [Id] int NOT NULL IDENTITY,
    [Enabled] bit NOT NULL,
    [Name] nvarchar(200) NOT NULL,
    [DisplayName] nvarchar(200) NULL,
    [Description] nvarchar(1000) NULL,
    [Required] bit NOT NULL,
    [Emphasize] bit NOT NULL,
    [ShowInDiscoveryDocument] bit NOT NULL,
    [Created] datetime2 NOT NULL DEFAULT '0001-01-01T00:00:00.0000000',
    [LastAccessed] datetime2 NULL,
    [NonEditable] bit NOT NULL DEFAULT CAST(0 AS bit),
    [Updated] datetime2 NULL,
    CONSTRAINT [PK_ApiScopes] PRIMARY KEY ([Id])
);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-ix-apiscopes-name::duende-maven-plugin
-- Create unique index IX_ApiScopes_Name (Duende 8.0).
CREATE UNIQUE INDEX [IX_ApiScopes_Name] ON [ApiScopes] ([Name]);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-clients-table::duende-maven-plugin
-- Create table Clients (Duende 8.0).
CREATE TABLE [Clients] (
    [Id] int NOT NULL IDENTITY,
    [Enabled] bit NOT NULL,
    [ClientId] nvarchar(200) NOT NULL,
    [ProtocolType] nvarchar(200) NOT NULL,
    [RequireClientSecret] bit NOT NULL,
    [ClientName] nvarchar(200) NULL,
    [Description] nvarchar(1000) NULL,
    [ClientUri] nvarchar(2000) NULL,
    [LogoUri] nvarchar(2000) NULL,
    [RequireConsent] bit NOT NULL,
    [AllowRememberConsent] bit NOT NULL,
    [AlwaysIncludeUserClaimsInIdToken] bit NOT NULL,
    [RequirePkce] bit NOT NULL,
    [AllowPlainTextPkce] bit NOT NULL,
    [RequireRequestObject] bit NOT NULL,
    [AllowAccessTokensViaBrowser] bit NOT NULL,
    [FrontChannelLogoutUri] nvarchar(2000) NULL,
    [FrontChannelLogoutSessionRequired] bit NOT NULL,
    [BackChannelLogoutUri] nvarchar(2000) NULL,
    [BackChannelLogoutSessionRequired] bit NOT NULL,
    [AllowOfflineAccess] bit NOT NULL,
    [IdentityTokenLifetime] int NOT NULL,
    [AllowedIdentityTokenSigningAlgorithms] nvarchar(100) NULL,
    [AccessTokenLifetime] int NOT NULL,
    [AuthorizationCodeLifetime] int NOT NULL,
    [ConsentLifetime] int NULL,
    [AbsoluteRefreshTokenLifetime] int NOT NULL,
    [SlidingRefreshTokenLifetime] int NOT NULL,
    [RefreshTokenUsage] int NOT NULL,
    [UpdateAccessTokenClaimsOnRefresh] bit NOT NULL,
    [RefreshTokenExpiration] int NOT NULL,
    [AccessTokenType] int NOT NULL,
    [EnableLocalLogin] bit NOT NULL,
    [IncludeJwtId] bit NOT NULL,
    [AlwaysSendClientClaims] bit NOT NULL,
    [ClientClaimsPrefix] nvarchar(200) NULL,
    [PairWiseSubjectSalt] nvarchar(200) NULL,
    [UserSsoLifetime] int NULL,
    [UserCodeType] nvarchar(100) NULL,
    [DeviceCodeLifetime] int NOT NULL,
    [Created] datetime2 NOT NULL,
    [Updated] datetime2 NULL,
    [LastAccessed] datetime2 NULL,
    [NonEditable] bit NOT NULL,
    [CibaLifetime] int NULL,
    [PollingInterval] int NULL,
    [CoordinateLifetimeWithUserSession] bit NULL,
    [DPoPClockSkew] time NOT NULL DEFAULT '00:00:00',
    [DPoPValidationMode] int NOT NULL DEFAULT 0,
    [InitiateLoginUri] nvarchar(2000) NULL,
    [RequireDPoP] bit NOT NULL DEFAULT CAST(0 AS bit),
    [PushedAuthorizationLifetime] int NULL,
    [RequirePushedAuthorization] bit NOT NULL DEFAULT CAST(0 AS bit),
    CONSTRAINT [PK_Clients] PRIMARY KEY ([Id])
);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-ix-clients-clientid::duende-maven-plugin
-- Create unique index IX_Clients_ClientId (Duende 8.0).
CREATE UNIQUE INDEX [IX_Clients_ClientId] ON [Clients] ([ClientId]);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-identityresources-table::duende-maven-plugin
-- Create table IdentityResources (Duende 8.0).
CREATE TABLE [IdentityResources] (
    [Id] int NOT NULL IDENTITY,
    [Enabled] bit NOT NULL,
    [Name] nvarchar(200) NOT NULL,
    [DisplayName] nvarchar(200) NULL,
    [Description] nvarchar(1000) NULL,
    [Required] bit NOT NULL,
    [Emphasize] bit NOT NULL,
    [ShowInDiscoveryDocument] bit NOT NULL,
    [Created] datetime2 NOT NULL,
    [Updated] datetime2 NULL,
    [NonEditable] bit NOT NULL,
    CONSTRAINT [PK_IdentityResources] PRIMARY KEY ([Id])
);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-ix-identityresources-name::duende-maven-plugin
-- Create unique index IX_IdentityResources_Name (Duende 8.0).
CREATE UNIQUE INDEX [IX_IdentityResources_Name] ON [IdentityResources] ([Name]);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-apiresourceclaims-table::duende-maven-plugin
-- Create table ApiResourceClaims (Duende 8.0).
CREATE TABLE [ApiResourceClaims] (
    [Id] int NOT NULL IDENTITY,
    [ApiResourceId] int NOT NULL,
    [Type] nvarchar(200) NOT NULL,
    CONSTRAINT [PK_ApiResourceClaims] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_ApiResourceClaims_ApiResources_ApiResourceId] FOREIGN KEY ([ApiResourceId]) REFERENCES [ApiResources] ([Id]) ON DELETE CASCADE
);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-ix-apiresourceclaims-apiresourceid-type::duende-maven-plugin
-- Create unique index IX_ApiResourceClaims_ApiResourceId_Type (Duende 8.0).
CREATE UNIQUE INDEX [IX_ApiResourceClaims_ApiResourceId_Type] ON [ApiResourceClaims] ([ApiResourceId], [Type]);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-apiresourceproperties-table::duende-maven-plugin
-- Create table ApiResourceProperties (Duende 8.0).
CREATE TABLE [ApiResourceProperties] (
    [Id] int NOT NULL IDENTITY,
    [ApiResourceId] int NOT NULL,
    [Key] nvarchar(250) NOT NULL,
    [Value] nvarchar(2000) NOT NULL,
    CONSTRAINT [PK_ApiResourceProperties] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_ApiResourceProperties_ApiResources_ApiResourceId] FOREIGN KEY ([ApiResourceId]) REFERENCES [ApiResources] ([Id]) ON DELETE CASCADE
);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-ix-apiresourceproperties-apiresourceid-key::duende-maven-plugin
-- Create unique index IX_ApiResourceProperties_ApiResourceId_Key (Duende 8.0).
CREATE UNIQUE INDEX [IX_ApiResourceProperties_ApiResourceId_Key] ON [ApiResourceProperties] ([ApiResourceId], [Key]);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-apiresourcescopes-table::duende-maven-plugin
-- Create table ApiResourceScopes (Duende 8.0).
CREATE TABLE [ApiResourceScopes] (
    [Id] int NOT NULL IDENTITY,
    [Scope] nvarchar(200) NOT NULL,
    [ApiResourceId] int NOT NULL,
    CONSTRAINT [PK_ApiResourceScopes] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_ApiResourceScopes_ApiResources_ApiResourceId] FOREIGN KEY ([ApiResourceId]) REFERENCES [ApiResources] ([Id]) ON DELETE CASCADE
);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-ix-apiresourcescopes-apiresourceid-scope::duende-maven-plugin
-- Create unique index IX_ApiResourceScopes_ApiResourceId_Scope (Duende 8.0).
CREATE UNIQUE INDEX [IX_ApiResourceScopes_ApiResourceId_Scope] ON [ApiResourceScopes] ([ApiResourceId], [Scope]);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-apiresourcesecrets-table::duende-maven-plugin
-- Create table ApiResourceSecrets (Duende 8.0).
CREATE TABLE [ApiResourceSecrets] (
    [Id] int NOT NULL IDENTITY,
    [ApiResourceId] int NOT NULL,
    [Description] nvarchar(1000) NULL,
    [Value] nvarchar(4000) NOT NULL,
    [Expiration] datetime2 NULL,
    [Type] nvarchar(250) NOT NULL,
    [Created] datetime2 NOT NULL,
    CONSTRAINT [PK_ApiResourceSecrets] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_ApiResourceSecrets_ApiResources_ApiResourceId] FOREIGN KEY ([ApiResourceId]) REFERENCES [ApiResources] ([Id]) ON DELETE CASCADE
);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-ix-apiresourcesecrets-apiresourceid::duende-maven-plugin
-- Create index IX_ApiResourceSecrets_ApiResourceId (Duende 8.0).
CREATE INDEX [IX_ApiResourceSecrets_ApiResourceId] ON [ApiResourceSecrets] ([ApiResourceId]);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-apiscopeclaims-table::duende-maven-plugin
-- Create table ApiScopeClaims (Duende 8.0).
CREATE TABLE [ApiScopeClaims] (
    [Id] int NOT NULL IDENTITY,
    [ScopeId] int NOT NULL,
    [Type] nvarchar(200) NOT NULL,
    CONSTRAINT [PK_ApiScopeClaims] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_ApiScopeClaims_ApiScopes_ScopeId] FOREIGN KEY ([ScopeId]) REFERENCES [ApiScopes] ([Id]) ON DELETE CASCADE
);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-ix-apiscopeclaims-scopeid-type::duende-maven-plugin
-- Create unique index IX_ApiScopeClaims_ScopeId_Type (Duende 8.0).
CREATE UNIQUE INDEX [IX_ApiScopeClaims_ScopeId_Type] ON [ApiScopeClaims] ([ScopeId], [Type]);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-apiscopeproperties-table::duende-maven-plugin
-- Create table ApiScopeProperties (Duende 8.0).
CREATE TABLE [ApiScopeProperties] (
    [Id] int NOT NULL IDENTITY,
    [ScopeId] int NOT NULL,
    [Key] nvarchar(250) NOT NULL,
    [Value] nvarchar(2000) NOT NULL,
    CONSTRAINT [PK_ApiScopeProperties] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_ApiScopeProperties_ApiScopes_ScopeId] FOREIGN KEY ([ScopeId]) REFERENCES [ApiScopes] ([Id]) ON DELETE CASCADE
);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-ix-apiscopeproperties-scopeid-key::duende-maven-plugin
-- Create unique index IX_ApiScopeProperties_ScopeId_Key (Duende 8.0).
CREATE UNIQUE INDEX [IX_ApiScopeProperties_ScopeId_Key] ON [ApiScopeProperties] ([ScopeId], [Key]);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-clientclaims-table::duende-maven-plugin
-- Create table ClientClaims (Duende 8.0).
CREATE TABLE [ClientClaims] (
    [Id] int NOT NULL IDENTITY,
    [Type] nvarchar(250) NOT NULL,
    [Value] nvarchar(250) NOT NULL,
    [ClientId] int NOT NULL,
    CONSTRAINT [PK_ClientClaims] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_ClientClaims_Clients_ClientId] FOREIGN KEY ([ClientId]) REFERENCES [Clients] ([Id]) ON DELETE CASCADE
);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-ix-clientclaims-clientid-type-value::duende-maven-plugin
-- Create unique index IX_ClientClaims_ClientId_Type_Value (Duende 8.0).
CREATE UNIQUE INDEX [IX_ClientClaims_ClientId_Type_Value] ON [ClientClaims] ([ClientId], [Type], [Value]);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-clientcorsorigins-table::duende-maven-plugin
-- Create table ClientCorsOrigins (Duende 8.0).
CREATE TABLE [ClientCorsOrigins] (
    [Id] int NOT NULL IDENTITY,
    [Origin] nvarchar(150) NOT NULL,
    [ClientId] int NOT NULL,
    CONSTRAINT [PK_ClientCorsOrigins] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_ClientCorsOrigins_Clients_ClientId] FOREIGN KEY ([ClientId]) REFERENCES [Clients] ([Id]) ON DELETE CASCADE
);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-ix-clientcorsorigins-clientid-origin::duende-maven-plugin
-- Create unique index IX_ClientCorsOrigins_ClientId_Origin (Duende 8.0).
CREATE UNIQUE INDEX [IX_ClientCorsOrigins_ClientId_Origin] ON [ClientCorsOrigins] ([ClientId], [Origin]);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-clientgranttypes-table::duende-maven-plugin
-- Create table ClientGrantTypes (Duende 8.0).
CREATE TABLE [ClientGrantTypes] (
    [Id] int NOT NULL IDENTITY,
    [GrantType] nvarchar(250) NOT NULL,
    [ClientId] int NOT NULL,
    CONSTRAINT [PK_ClientGrantTypes] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_ClientGrantTypes_Clients_ClientId] FOREIGN KEY ([ClientId]) REFERENCES [Clients] ([Id]) ON DELETE CASCADE
);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-ix-clientgranttypes-clientid-granttype::duende-maven-plugin
-- Create unique index IX_ClientGrantTypes_ClientId_GrantType (Duende 8.0).
CREATE UNIQUE INDEX [IX_ClientGrantTypes_ClientId_GrantType] ON [ClientGrantTypes] ([ClientId], [GrantType]);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-clientidprestrictions-table::duende-maven-plugin
-- Create table ClientIdPRestrictions (Duende 8.0).
CREATE TABLE [ClientIdPRestrictions] (
    [Id] int NOT NULL IDENTITY,
    [Provider] nvarchar(200) NOT NULL,
    [ClientId] int NOT NULL,
    CONSTRAINT [PK_ClientIdPRestrictions] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_ClientIdPRestrictions_Clients_ClientId] FOREIGN KEY ([ClientId]) REFERENCES [Clients] ([Id]) ON DELETE CASCADE
);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-ix-clientidprestrictions-clientid-provider::duende-maven-plugin
-- Create unique index IX_ClientIdPRestrictions_ClientId_Provider (Duende 8.0).
CREATE UNIQUE INDEX [IX_ClientIdPRestrictions_ClientId_Provider] ON [ClientIdPRestrictions] ([ClientId], [Provider]);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-clientpostlogoutredirecturis-table::duende-maven-plugin
-- Create table ClientPostLogoutRedirectUris (Duende 8.0).
CREATE TABLE [ClientPostLogoutRedirectUris] (
    [Id] int NOT NULL IDENTITY,
    [PostLogoutRedirectUri] nvarchar(400) NOT NULL,
    [ClientId] int NOT NULL,
    CONSTRAINT [PK_ClientPostLogoutRedirectUris] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_ClientPostLogoutRedirectUris_Clients_ClientId] FOREIGN KEY ([ClientId]) REFERENCES [Clients] ([Id]) ON DELETE CASCADE
);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-ix-clientpostlogoutredirecturis-clientid-postlogoutredirecturi::duende-maven-plugin
-- Create unique index IX_ClientPostLogoutRedirectUris_ClientId_PostLogoutRedirectUri (Duende 8.0).
CREATE UNIQUE INDEX [IX_ClientPostLogoutRedirectUris_ClientId_PostLogoutRedirectUri] ON [ClientPostLogoutRedirectUris] ([ClientId], [PostLogoutRedirectUri]);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-clientproperties-table::duende-maven-plugin
-- Create table ClientProperties (Duende 8.0).
CREATE TABLE [ClientProperties] (
    [Id] int NOT NULL IDENTITY,
    [ClientId] int NOT NULL,
    [Key] nvarchar(250) NOT NULL,
    [Value] nvarchar(2000) NOT NULL,
    CONSTRAINT [PK_ClientProperties] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_ClientProperties_Clients_ClientId] FOREIGN KEY ([ClientId]) REFERENCES [Clients] ([Id]) ON DELETE CASCADE
);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-ix-clientproperties-clientid-key::duende-maven-plugin
-- Create unique index IX_ClientProperties_ClientId_Key (Duende 8.0).
CREATE UNIQUE INDEX [IX_ClientProperties_ClientId_Key] ON [ClientProperties] ([ClientId], [Key]);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-clientredirecturis-table::duende-maven-plugin
-- Create table ClientRedirectUris (Duende 8.0).
CREATE TABLE [ClientRedirectUris] (
    [Id] int NOT NULL IDENTITY,
    [RedirectUri] nvarchar(400) NOT NULL,
    [ClientId] int NOT NULL,
    CONSTRAINT [PK_ClientRedirectUris] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_ClientRedirectUris_Clients_ClientId] FOREIGN KEY ([ClientId]) REFERENCES [Clients] ([Id]) ON DELETE CASCADE
);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-ix-clientredirecturis-clientid-redirecturi::duende-maven-plugin
-- Create unique index IX_ClientRedirectUris_ClientId_RedirectUri (Duende 8.0).
CREATE UNIQUE INDEX [IX_ClientRedirectUris_ClientId_RedirectUri] ON [ClientRedirectUris] ([ClientId], [RedirectUri]);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-clientscopes-table::duende-maven-plugin
-- Create table ClientScopes (Duende 8.0).
CREATE TABLE [ClientScopes] (
    [Id] int NOT NULL IDENTITY,
    [Scope] nvarchar(200) NOT NULL,
    [ClientId] int NOT NULL,
    CONSTRAINT [PK_ClientScopes] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_ClientScopes_Clients_ClientId] FOREIGN KEY ([ClientId]) REFERENCES [Clients] ([Id]) ON DELETE CASCADE
);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-ix-clientscopes-clientid-scope::duende-maven-plugin
-- Create unique index IX_ClientScopes_ClientId_Scope (Duende 8.0).
CREATE UNIQUE INDEX [IX_ClientScopes_ClientId_Scope] ON [ClientScopes] ([ClientId], [Scope]);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-clientsecrets-table::duende-maven-plugin
-- Create table ClientSecrets (Duende 8.0).
CREATE TABLE [ClientSecrets] (
    [Id] int NOT NULL IDENTITY,
    [ClientId] int NOT NULL,
    [Description] nvarchar(2000) NULL,
    [Value] nvarchar(4000) NOT NULL,
    [Expiration] datetime2 NULL,
    [Type] nvarchar(250) NOT NULL,
    [Created] datetime2 NOT NULL,
    CONSTRAINT [PK_ClientSecrets] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_ClientSecrets_Clients_ClientId] FOREIGN KEY ([ClientId]) REFERENCES [Clients] ([Id]) ON DELETE CASCADE
);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-ix-clientsecrets-clientid::duende-maven-plugin
-- Create index IX_ClientSecrets_ClientId (Duende 8.0).
CREATE INDEX [IX_ClientSecrets_ClientId] ON [ClientSecrets] ([ClientId]);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-identityresourceclaims-table::duende-maven-plugin
-- Create table IdentityResourceClaims (Duende 8.0).
CREATE TABLE [IdentityResourceClaims] (
    [Id] int NOT NULL IDENTITY,
    [IdentityResourceId] int NOT NULL,
    [Type] nvarchar(200) NOT NULL,
    CONSTRAINT [PK_IdentityResourceClaims] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_IdentityResourceClaims_IdentityResources_IdentityResourceId] FOREIGN KEY ([IdentityResourceId]) REFERENCES [IdentityResources] ([Id]) ON DELETE CASCADE
);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-ix-identityresourceclaims-identityresourceid-type::duende-maven-plugin
-- Create unique index IX_IdentityResourceClaims_IdentityResourceId_Type (Duende 8.0).
CREATE UNIQUE INDEX [IX_IdentityResourceClaims_IdentityResourceId_Type] ON [IdentityResourceClaims] ([IdentityResourceId], [Type]);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-identityresourceproperties-table::duende-maven-plugin
-- Create table IdentityResourceProperties (Duende 8.0).
CREATE TABLE [IdentityResourceProperties] (
    [Id] int NOT NULL IDENTITY,
    [IdentityResourceId] int NOT NULL,
    [Key] nvarchar(250) NOT NULL,
    [Value] nvarchar(2000) NOT NULL,
    CONSTRAINT [PK_IdentityResourceProperties] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_IdentityResourceProperties_IdentityResources_IdentityResourceId] FOREIGN KEY ([IdentityResourceId]) REFERENCES [IdentityResources] ([Id]) ON DELETE CASCADE
);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-ix-identityresourceproperties-identityresourceid-key::duende-maven-plugin
-- Create unique index IX_IdentityResourceProperties_IdentityResourceId_Key (Duende 8.0).
CREATE UNIQUE INDEX [IX_IdentityResourceProperties_IdentityResourceId_Key] ON [IdentityResourceProperties] ([IdentityResourceId], [Key]);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-identityproviders-table::duende-maven-plugin
-- Create table IdentityProviders (Duende 8.0).
CREATE TABLE [IdentityProviders] (
    [Id] int NOT NULL IDENTITY,
    [Scheme] nvarchar(200) NOT NULL,
    [DisplayName] nvarchar(200) NULL,
    [Enabled] bit NOT NULL,
    [Type] nvarchar(20) NOT NULL,
    [Properties] nvarchar(max) NULL,
    [Created] datetime2 NOT NULL DEFAULT '0001-01-01T00:00:00.0000000',
    [LastAccessed] datetime2 NULL,
    [NonEditable] bit NOT NULL DEFAULT CAST(0 AS bit),
    [Updated] datetime2 NULL,
    CONSTRAINT [PK_IdentityProviders] PRIMARY KEY ([Id])
);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-ix-identityproviders-scheme::duende-maven-plugin
-- Create unique index IX_IdentityProviders_Scheme (Duende 8.0).
CREATE UNIQUE INDEX [IX_IdentityProviders_Scheme] ON [IdentityProviders] ([Scheme]);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-samlserviceproviders-table::duende-maven-plugin
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

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-ix-samlserviceproviders-entityid::duende-maven-plugin
-- Create unique index IX_SamlServiceProviders_EntityId (Duende 8.0).
CREATE UNIQUE INDEX [IX_SamlServiceProviders_EntityId] ON [SamlServiceProviders] ([EntityId]);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-samlallowedscopes-table::duende-maven-plugin
-- Create table SamlAllowedScopes (Duende 8.0).
CREATE TABLE [SamlAllowedScopes] (
    [Id] int NOT NULL IDENTITY,
    [Scope] nvarchar(200) NOT NULL,
    [SamlServiceProviderId] int NOT NULL,
    CONSTRAINT [PK_SamlAllowedScopes] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_SamlAllowedScopes_SamlServiceProviders_SamlServiceProviderId] FOREIGN KEY ([SamlServiceProviderId]) REFERENCES [SamlServiceProviders] ([Id]) ON DELETE CASCADE
);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-ix-samlallowedscopes-samlserviceproviderid-scope::duende-maven-plugin
-- Create unique index IX_SamlAllowedScopes_SamlServiceProviderId_Scope (Duende 8.0).
CREATE UNIQUE INDEX [IX_SamlAllowedScopes_SamlServiceProviderId_Scope] ON [SamlAllowedScopes] ([SamlServiceProviderId], [Scope]);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-samlassertionconsumerservices-table::duende-maven-plugin
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

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-ix-samlassertionconsumerservices-samlserviceproviderid-location::duende-maven-plugin
-- Create unique index IX_SamlAssertionConsumerServices_SamlServiceProviderId_Location (Duende 8.0).
CREATE UNIQUE INDEX [IX_SamlAssertionConsumerServices_SamlServiceProviderId_Location] ON [SamlAssertionConsumerServices] ([SamlServiceProviderId], [Location]);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-samlauthncontextmappings-table::duende-maven-plugin
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

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-ix-samlauthncontextmappings-samlserviceproviderid-oidcvalue::duende-maven-plugin
-- Create unique index IX_SamlAuthnContextMappings_SamlServiceProviderId_OidcValue (Duende 8.0).
CREATE UNIQUE INDEX [IX_SamlAuthnContextMappings_SamlServiceProviderId_OidcValue] ON [SamlAuthnContextMappings] ([SamlServiceProviderId], [OidcValue]);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-samlcertificates-table::duende-maven-plugin
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

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-ix-samlcertificates-samlserviceproviderid::duende-maven-plugin
-- Create index IX_SamlCertificates_SamlServiceProviderId (Duende 8.0).
CREATE INDEX [IX_SamlCertificates_SamlServiceProviderId] ON [SamlCertificates] ([SamlServiceProviderId]);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-samlclaimmappings-table::duende-maven-plugin
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

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-ix-samlclaimmappings-samlserviceproviderid-claimtype::duende-maven-plugin
-- Create unique index IX_SamlClaimMappings_SamlServiceProviderId_ClaimType (Duende 8.0).
CREATE UNIQUE INDEX [IX_SamlClaimMappings_SamlServiceProviderId_ClaimType] ON [SamlClaimMappings] ([SamlServiceProviderId], [ClaimType]);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-samlrequestedclaimtypes-table::duende-maven-plugin
-- Create table SamlRequestedClaimTypes (Duende 8.0).
CREATE TABLE [SamlRequestedClaimTypes] (
    [Id] int NOT NULL IDENTITY,
    [ClaimType] nvarchar(250) NOT NULL,
    [SamlServiceProviderId] int NOT NULL,
    CONSTRAINT [PK_SamlRequestedClaimTypes] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_SamlRequestedClaimTypes_SamlServiceProviders_SamlServiceProviderId] FOREIGN KEY ([SamlServiceProviderId]) REFERENCES [SamlServiceProviders] ([Id]) ON DELETE CASCADE
);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-ix-samlrequestedclaimtypes-samlserviceproviderid-claimtype::duende-maven-plugin
-- Create unique index IX_SamlRequestedClaimTypes_SamlServiceProviderId_ClaimType (Duende 8.0).
CREATE UNIQUE INDEX [IX_SamlRequestedClaimTypes_SamlServiceProviderId_ClaimType] ON [SamlRequestedClaimTypes] ([SamlServiceProviderId], [ClaimType]);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-samlsinglelogoutservices-table::duende-maven-plugin
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

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-baseline-ix-samlsinglelogoutservices-samlserviceproviderid-binding::duende-maven-plugin
-- Create unique index IX_SamlSingleLogoutServices_SamlServiceProviderId_Binding (Duende 8.0).
CREATE UNIQUE INDEX [IX_SamlSingleLogoutServices_SamlServiceProviderId_Binding] ON [SamlSingleLogoutServices] ([SamlServiceProviderId], [Binding]);
GO

-- Changeset configuration/baseline-8.0.xml::duende-8.0-configuration-tag::duende-maven-plugin
