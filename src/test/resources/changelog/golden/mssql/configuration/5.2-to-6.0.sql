-- *********************************************************************
-- Update Database Script
-- *********************************************************************
-- *********************************************************************

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-clientredirecturis-redirecturi-length::duende-maven-plugin
-- Shorten ClientRedirectUris.RedirectUri to 400 characters (Duende 6.0); halts, with the number of longer values, instead of truncating them.
ALTER TABLE [ClientRedirectUris] ALTER COLUMN [RedirectUri] nvarchar(400) NOT NULL;
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-clientpostlogoutredirecturis-postlogoutredirecturi-length::duende-maven-plugin
-- Shorten ClientPostLogoutRedirectUris.PostLogoutRedirectUri to 400 characters (Duende 6.0); halts, with the number of longer values, instead of truncating them.
ALTER TABLE [ClientPostLogoutRedirectUris] ALTER COLUMN [PostLogoutRedirectUri] nvarchar(400) NOT NULL;
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-identityproviders-created::duende-maven-plugin
-- Add IdentityProviders.Created (datetime NOT NULL, Duende 6.0); existing rows get the default EF gives them.
ALTER TABLE [IdentityProviders] ADD [Created] datetime2 NOT NULL DEFAULT '0001-01-01T00:00:00.0000000';
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-identityproviders-lastaccessed::duende-maven-plugin
-- Add IdentityProviders.LastAccessed (datetime NULL, Duende 6.0).
ALTER TABLE [IdentityProviders] ADD [LastAccessed] datetime2 NULL;
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-identityproviders-noneditable::duende-maven-plugin
-- Add IdentityProviders.NonEditable (bool NOT NULL, Duende 6.0); existing rows get the default EF gives them.
ALTER TABLE [IdentityProviders] ADD [NonEditable] bit NOT NULL DEFAULT CAST(0 AS bit);
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-identityproviders-updated::duende-maven-plugin
-- Add IdentityProviders.Updated (datetime NULL, Duende 6.0).
ALTER TABLE [IdentityProviders] ADD [Updated] datetime2 NULL;
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-clients-cibalifetime::duende-maven-plugin
-- Add Clients.CibaLifetime (int NULL, Duende 6.0).
ALTER TABLE [Clients] ADD [CibaLifetime] int NULL;
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-clients-pollinginterval::duende-maven-plugin
-- Add Clients.PollingInterval (int NULL, Duende 6.0).
ALTER TABLE [Clients] ADD [PollingInterval] int NULL;
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-apiscopes-created::duende-maven-plugin
-- Add ApiScopes.Created (datetime NOT NULL, Duende 6.0); existing rows get the default EF gives them.
ALTER TABLE [ApiScopes] ADD [Created] datetime2 NOT NULL DEFAULT '0001-01-01T00:00:00.0000000';
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-apiscopes-lastaccessed::duende-maven-plugin
-- Add ApiScopes.LastAccessed (datetime NULL, Duende 6.0).
ALTER TABLE [ApiScopes] ADD [LastAccessed] datetime2 NULL;
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-apiscopes-noneditable::duende-maven-plugin
-- Add ApiScopes.NonEditable (bool NOT NULL, Duende 6.0); existing rows get the default EF gives them.
ALTER TABLE [ApiScopes] ADD [NonEditable] bit NOT NULL DEFAULT CAST(0 AS bit);
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-apiscopes-updated::duende-maven-plugin
-- Add ApiScopes.Updated (datetime NULL, Duende 6.0).
ALTER TABLE [ApiScopes] ADD [Updated] datetime2 NULL;
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-ix-identityresourceproperties-identityresourceid-key::duende-maven-plugin
-- Create unique index IX_IdentityResourceProperties_IdentityResourceId_Key (Duende 6.0).
CREATE UNIQUE INDEX [IX_IdentityResourceProperties_IdentityResourceId_Key] ON [IdentityResourceProperties] ([IdentityResourceId], [Key]);
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-drop-ix-identityresourceproperties-identityresourceid::duende-maven-plugin
-- Drop index IX_IdentityResourceProperties_IdentityResourceId, replaced by a unique index that leads with the same column (Duende 6.0).
DROP INDEX [IX_IdentityResourceProperties_IdentityResourceId] ON [IdentityResourceProperties];
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-ix-identityresourceclaims-identityresourceid-type::duende-maven-plugin
-- Create unique index IX_IdentityResourceClaims_IdentityResourceId_Type (Duende 6.0).
CREATE UNIQUE INDEX [IX_IdentityResourceClaims_IdentityResourceId_Type] ON [IdentityResourceClaims] ([IdentityResourceId], [Type]);
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-drop-ix-identityresourceclaims-identityresourceid::duende-maven-plugin
-- Drop index IX_IdentityResourceClaims_IdentityResourceId, replaced by a unique index that leads with the same column (Duende 6.0).
DROP INDEX [IX_IdentityResourceClaims_IdentityResourceId] ON [IdentityResourceClaims];
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-ix-identityproviders-scheme::duende-maven-plugin
-- Create unique index IX_IdentityProviders_Scheme (Duende 6.0).
CREATE UNIQUE INDEX [IX_IdentityProviders_Scheme] ON [IdentityProviders] ([Scheme]);
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-ix-clientscopes-clientid-scope::duende-maven-plugin
-- Create unique index IX_ClientScopes_ClientId_Scope (Duende 6.0).
CREATE UNIQUE INDEX [IX_ClientScopes_ClientId_Scope] ON [ClientScopes] ([ClientId], [Scope]);
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-drop-ix-clientscopes-clientid::duende-maven-plugin
-- Drop index IX_ClientScopes_ClientId, replaced by a unique index that leads with the same column (Duende 6.0).
DROP INDEX [IX_ClientScopes_ClientId] ON [ClientScopes];
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-ix-clientredirecturis-clientid-redirecturi::duende-maven-plugin
-- Create unique index IX_ClientRedirectUris_ClientId_RedirectUri (Duende 6.0).
CREATE UNIQUE INDEX [IX_ClientRedirectUris_ClientId_RedirectUri] ON [ClientRedirectUris] ([ClientId], [RedirectUri]);
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-drop-ix-clientredirecturis-clientid::duende-maven-plugin
-- Drop index IX_ClientRedirectUris_ClientId, replaced by a unique index that leads with the same column (Duende 6.0).
DROP INDEX [IX_ClientRedirectUris_ClientId] ON [ClientRedirectUris];
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-ix-clientproperties-clientid-key::duende-maven-plugin
-- Create unique index IX_ClientProperties_ClientId_Key (Duende 6.0).
CREATE UNIQUE INDEX [IX_ClientProperties_ClientId_Key] ON [ClientProperties] ([ClientId], [Key]);
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-drop-ix-clientproperties-clientid::duende-maven-plugin
-- Drop index IX_ClientProperties_ClientId, replaced by a unique index that leads with the same column (Duende 6.0).
DROP INDEX [IX_ClientProperties_ClientId] ON [ClientProperties];
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-ix-clientpostlogoutredirecturis-clientid-postlogoutredirecturi::duende-maven-plugin
-- Create unique index IX_ClientPostLogoutRedirectUris_ClientId_PostLogoutRedirectUri (Duende 6.0).
CREATE UNIQUE INDEX [IX_ClientPostLogoutRedirectUris_ClientId_PostLogoutRedirectUri] ON [ClientPostLogoutRedirectUris] ([ClientId], [PostLogoutRedirectUri]);
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-drop-ix-clientpostlogoutredirecturis-clientid::duende-maven-plugin
-- Drop index IX_ClientPostLogoutRedirectUris_ClientId, replaced by a unique index that leads with the same column (Duende 6.0).
DROP INDEX [IX_ClientPostLogoutRedirectUris_ClientId] ON [ClientPostLogoutRedirectUris];
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-ix-clientidprestrictions-clientid-provider::duende-maven-plugin
-- Create unique index IX_ClientIdPRestrictions_ClientId_Provider (Duende 6.0).
CREATE UNIQUE INDEX [IX_ClientIdPRestrictions_ClientId_Provider] ON [ClientIdPRestrictions] ([ClientId], [Provider]);
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-drop-ix-clientidprestrictions-clientid::duende-maven-plugin
-- Drop index IX_ClientIdPRestrictions_ClientId, replaced by a unique index that leads with the same column (Duende 6.0).
DROP INDEX [IX_ClientIdPRestrictions_ClientId] ON [ClientIdPRestrictions];
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-ix-clientgranttypes-clientid-granttype::duende-maven-plugin
-- Create unique index IX_ClientGrantTypes_ClientId_GrantType (Duende 6.0).
CREATE UNIQUE INDEX [IX_ClientGrantTypes_ClientId_GrantType] ON [ClientGrantTypes] ([ClientId], [GrantType]);
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-drop-ix-clientgranttypes-clientid::duende-maven-plugin
-- Drop index IX_ClientGrantTypes_ClientId, replaced by a unique index that leads with the same column (Duende 6.0).
DROP INDEX [IX_ClientGrantTypes_ClientId] ON [ClientGrantTypes];
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-ix-clientcorsorigins-clientid-origin::duende-maven-plugin
-- Create unique index IX_ClientCorsOrigins_ClientId_Origin (Duende 6.0).
CREATE UNIQUE INDEX [IX_ClientCorsOrigins_ClientId_Origin] ON [ClientCorsOrigins] ([ClientId], [Origin]);
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-drop-ix-clientcorsorigins-clientid::duende-maven-plugin
-- Drop index IX_ClientCorsOrigins_ClientId, replaced by a unique index that leads with the same column (Duende 6.0).
DROP INDEX [IX_ClientCorsOrigins_ClientId] ON [ClientCorsOrigins];
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-ix-clientclaims-clientid-type-value::duende-maven-plugin
-- Create unique index IX_ClientClaims_ClientId_Type_Value (Duende 6.0).
CREATE UNIQUE INDEX [IX_ClientClaims_ClientId_Type_Value] ON [ClientClaims] ([ClientId], [Type], [Value]);
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-drop-ix-clientclaims-clientid::duende-maven-plugin
-- Drop index IX_ClientClaims_ClientId, replaced by a unique index that leads with the same column (Duende 6.0).
DROP INDEX [IX_ClientClaims_ClientId] ON [ClientClaims];
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-ix-apiscopeproperties-scopeid-key::duende-maven-plugin
-- Create unique index IX_ApiScopeProperties_ScopeId_Key (Duende 6.0).
CREATE UNIQUE INDEX [IX_ApiScopeProperties_ScopeId_Key] ON [ApiScopeProperties] ([ScopeId], [Key]);
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-drop-ix-apiscopeproperties-scopeid::duende-maven-plugin
-- Drop index IX_ApiScopeProperties_ScopeId, replaced by a unique index that leads with the same column (Duende 6.0).
DROP INDEX [IX_ApiScopeProperties_ScopeId] ON [ApiScopeProperties];
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-ix-apiscopeclaims-scopeid-type::duende-maven-plugin
-- Create unique index IX_ApiScopeClaims_ScopeId_Type (Duende 6.0).
CREATE UNIQUE INDEX [IX_ApiScopeClaims_ScopeId_Type] ON [ApiScopeClaims] ([ScopeId], [Type]);
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-drop-ix-apiscopeclaims-scopeid::duende-maven-plugin
-- Drop index IX_ApiScopeClaims_ScopeId, replaced by a unique index that leads with the same column (Duende 6.0).
DROP INDEX [IX_ApiScopeClaims_ScopeId] ON [ApiScopeClaims];
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-ix-apiresourcescopes-apiresourceid-scope::duende-maven-plugin
-- Create unique index IX_ApiResourceScopes_ApiResourceId_Scope (Duende 6.0).
CREATE UNIQUE INDEX [IX_ApiResourceScopes_ApiResourceId_Scope] ON [ApiResourceScopes] ([ApiResourceId], [Scope]);
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-drop-ix-apiresourcescopes-apiresourceid::duende-maven-plugin
-- Drop index IX_ApiResourceScopes_ApiResourceId, replaced by a unique index that leads with the same column (Duende 6.0).
DROP INDEX [IX_ApiResourceScopes_ApiResourceId] ON [ApiResourceScopes];
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-ix-apiresourceproperties-apiresourceid-key::duende-maven-plugin
-- Create unique index IX_ApiResourceProperties_ApiResourceId_Key (Duende 6.0).
CREATE UNIQUE INDEX [IX_ApiResourceProperties_ApiResourceId_Key] ON [ApiResourceProperties] ([ApiResourceId], [Key]);
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-drop-ix-apiresourceproperties-apiresourceid::duende-maven-plugin
-- Drop index IX_ApiResourceProperties_ApiResourceId, replaced by a unique index that leads with the same column (Duende 6.0).
DROP INDEX [IX_ApiResourceProperties_ApiResourceId] ON [ApiResourceProperties];
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-ix-apiresourceclaims-apiresourceid-type::duende-maven-plugin
-- Create unique index IX_ApiResourceClaims_ApiResourceId_Type (Duende 6.0).
CREATE UNIQUE INDEX [IX_ApiResourceClaims_ApiResourceId_Type] ON [ApiResourceClaims] ([ApiResourceId], [Type]);
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-drop-ix-apiresourceclaims-apiresourceid::duende-maven-plugin
-- Drop index IX_ApiResourceClaims_ApiResourceId, replaced by a unique index that leads with the same column (Duende 6.0).
DROP INDEX [IX_ApiResourceClaims_ApiResourceId] ON [ApiResourceClaims];
GO

-- Changeset configuration/5.2-to-6.0.xml::duende-6.0-configuration-tag::duende-maven-plugin
