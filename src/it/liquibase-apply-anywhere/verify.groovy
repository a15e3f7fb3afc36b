String log = new File(basedir, 'build.log').getText('UTF-8')
// 1. the Maven plugin ran the changesets
assert log.contains("Tag 'duende-6.1' applied to database")
// 2. the CLI, from another folder through the parent, found nothing to run
// Maven 3.9 and later name the plugin by its prefix (exec:...), older ones by its artifact id: the execution id is in both
int cli = log.indexOf('(liquibase-cli)')
assert cli > 0
assert log.indexOf('Database is up to date, no changesets to execute', cli) > 0 : 'the CLI ran changesets again'
// 3. Spring Boot's test checked the history
assert log.contains('Tests run: 1, Failures: 0, Errors: 0')
assert log.contains('BUILD SUCCESS')
true
