-- *********************************************************************
-- Update Database Script
-- *********************************************************************
-- *********************************************************************

-- Changeset configuration/5.1-to-5.2.xml::duende-5.2-configuration-identityproviders-table::duende-maven-plugin
-- Create table IdentityProviders (Duende 5.2).
CREATE TABLE [IdentityProviders] (
    [Id] int NOT NULL IDENTITY,
    [Scheme] nvarchar(200) NOT NULL,
    [DisplayName] nvarchar(200) NULL,
    [Enabled] bit NOT NULL,
    [Type] nvarchar(20) NOT NULL,
    [Properties] nvarchar(max) NULL,
    CONSTRAINT [PK_IdentityProviders] PRIMARY KEY ([Id])
);
GO

-- Changeset configuration/5.1-to-5.2.xml::duende-5.2-configuration-tag::duende-maven-plugin
