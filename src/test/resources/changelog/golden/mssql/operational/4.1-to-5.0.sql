-- *********************************************************************
-- Update Database Script
-- *********************************************************************
-- *********************************************************************

-- Changeset operational/4.1-to-5.0.xml::duende-5.0-operational-keys-table::duende-maven-plugin
-- Create table Keys (Duende 5.0).
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

-- Changeset operational/4.1-to-5.0.xml::duende-5.0-operational-ix-keys-use::duende-maven-plugin
-- Create index IX_Keys_Use (Duende 5.0).
CREATE INDEX [IX_Keys_Use] ON [Keys] ([Use]);
GO

-- Changeset operational/4.1-to-5.0.xml::duende-5.0-operational-tag::duende-maven-plugin
