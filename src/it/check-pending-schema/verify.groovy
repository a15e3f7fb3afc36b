String log = new File(basedir, 'build.log').getText('UTF-8')
String message = 'PENDING_SCHEMA src/Idp/Idp.csproj:9: Liquibase changelogs in db/changelog/duende cover the configuration schema up to Duende 6.0, but the project files declare Duende 6.1.0 (schema 6.1): run mvn duende:migrate -Dduende.targetVersion=6.1.0 to emit the missing steps'
// Run 1 fails on the lagging changelogs, naming each store.
assert log.contains('[ERROR]   ' + message)
assert log.contains('cover the operational schema up to Duende 6.0')
assert log.contains('BUILD FAILURE')
// Run 2, with duende.failOnPendingSchema=false, only warns.
assert log.contains('[WARNING] ' + message)
assert log.contains('BUILD SUCCESS')
