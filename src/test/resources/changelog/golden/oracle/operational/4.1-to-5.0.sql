-- *********************************************************************
-- Update Database Script
-- *********************************************************************
-- *********************************************************************

-- Changeset operational/4.1-to-5.0.xml::duende-5.0-operational-keys-table::duende-maven-plugin
-- Create table Keys (Duende 5.0).
CREATE TABLE "Keys" (
    "Id" NVARCHAR2(450) NOT NULL,
    "Version" NUMBER(10) NOT NULL,
    "Created" TIMESTAMP(7) NOT NULL,
    "Use" NVARCHAR2(450) NULL,
    "Algorithm" NVARCHAR2(100) NOT NULL,
    "IsX509Certificate" NUMBER(1) NOT NULL,
    "DataProtected" NUMBER(1) NOT NULL,
    "Data" NCLOB NOT NULL,
    CONSTRAINT "PK_Keys" PRIMARY KEY ("Id")
);

-- Changeset operational/4.1-to-5.0.xml::duende-5.0-operational-ix-keys-use::duende-maven-plugin
-- Create index IX_Keys_Use (Duende 5.0).
CREATE INDEX "IX_Keys_Use" ON "Keys" ("Use");

-- Changeset operational/4.1-to-5.0.xml::duende-5.0-operational-tag::duende-maven-plugin
