import java.nio.file.Files
import java.nio.file.Path

Path base = basedir.toPath()

// The project file changed only in its version characters.
def sameBytes = evaluate(base.resolve('../../../src/it/common/same-bytes.groovy').toFile())
sameBytes(base.resolve('expected'), base.resolve('repo'))

// The changelogs for the seed step exist: a baseline of the schema the project ran (6.0) and the step.
Path changelogs = base.resolve('src/main/resources/db/changelog/duende')
['duende-changelog.xml', 'duende-configuration.xml', 'duende-operational.xml',
 'configuration/baseline-6.0.xml', 'operational/baseline-6.0.xml',
 'configuration/6.0-to-6.1.xml', 'operational/6.0-to-6.1.xml'].each {
    assert Files.isRegularFile(changelogs.resolve(it)) : "missing changelog ${it}"
}
String step = changelogs.resolve('operational/6.0-to-6.1.xml').toFile().getText('UTF-8')
assert step.contains('id="duende-6.1-operational-persistedgrants-id-pk"')
assert step.contains('<rollback>')

// The SQL previews, one per database and step file, in Liquibase's offline format.
Path sql = base.resolve('target/duende/sql')
String h2 = sql.resolve('h2/operational/6.0-to-6.1.sql').toFile().getText('UTF-8')
assert h2.startsWith('-- *********************************************************************\n-- Update Database Script\n')
assert h2.contains('-- Changeset operational/6.0-to-6.1.xml::duende-6.1-operational-persistedgrants-id-pk::duende-maven-plugin\n')
String mssql = sql.resolve('mssql/configuration/baseline-6.0.sql').toFile().getText('UTF-8')
assert mssql.contains('CREATE TABLE [Clients] (')
assert mssql.contains(');\nGO\n')

// Liquibase applied them to H2 and reached the 6.1 tags of both stores and of the combined master.
String log = base.resolve('build.log').toFile().getText('UTF-8')
assert log.contains('Updated Directory.Build.props')
assert log.contains("Tag 'duende-6.1-configuration' applied to database")
assert log.contains("Tag 'duende-6.1-operational' applied to database")
assert log.contains("Tag 'duende-6.1' applied to database")
assert log.contains('BUILD SUCCESS')
