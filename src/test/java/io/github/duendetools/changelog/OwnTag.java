package io.github.duendetools.changelog;

/** Test helper: a DBA's own changelog that includes the Duende changelogs and tags the release in a changeset. */
final class OwnTag {

    private OwnTag() {
    }

    static String changelog(String tag) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog
                        xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                        xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
                    <include file="duende-changelog.xml" relativeToChangelogFile="true"/>
                    <changeSet id="%s" author="dba">
                        <tagDatabase tag="%s"/>
                    </changeSet>
                </databaseChangeLog>
                """.formatted(tag, tag);
    }
}
